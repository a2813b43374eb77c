"""Text end-of-turn bench: does the LLM's P(end of turn) after the early transcript rescue the finished
questions Smart-Turn is unsure about, without cutting sentences that have a pause inside?

    python -m bench.text_turn_bench record --out rec.json [--split dev]     # models: once per sample
    python -m bench.text_turn_bench sweep rec.json [--split dev]            # any rule, no models
    python -m bench.text_turn_bench sweep rec.json --split test --only 0.3:0.0:300   # the chosen rule, once

``record`` streams the hearing set (bench/hearing_set.py, re-synthesized: Piper varies per call)
through the real endpointer on audio time, and at every pause it records what the voice loop would
know: Smart-Turn's P(complete) at ``voice_turn_check_ms``, the early transcript of the snapshot taken
at ``voice_early_stt_ms`` (Whisper, the voice turn's short window) and the LLM's P(end of turn) after
it (``Agent.end_of_turn``: one forward pass over the transcript's tokens after the cached system
prompt), with the STT and LLM seconds each took, and the longest silence the pause reached.

``sweep`` applies rules ``T:A:S`` (text P >= T, audio P >= A, at least S ms of silence) on top of the
default audio rule (P >= ``voice_turn_threshold`` at the check; the ``voice_turn_fallback_ms``
silence) and prints, per rule: false cut-offs (sentences with a 300-700 ms pause that end at a pause
before it), finished questions left to the fallback, the endpoint delay of finished questions, and
jfk.flac's turns (one sentence with ~1 s pauses).  Two timings: ``instant`` (the text verdict counts
from S on: the worst case for cut-offs, the best for delay) and ``measured`` (it counts from
``voice_early_stt_ms`` + the recorded STT + LLM seconds, if later than S).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

FALLBACK_MS = 1200


def record(args: argparse.Namespace) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from silero_vad import load_silero_vad

    from agent.config import Settings
    from agent.core import Agent
    from agent.voice.endpoint import FRAME_S
    from agent.voice.turn import SmartTurn
    from bench import hearing_set
    from bench.hearing_bench import LEAD_S, endpoint_run
    from tools.audio import decode_audio

    settings = Settings(stt_threads=args.threads, llm_threads=args.threads)
    agent = Agent(settings)
    stt, tts = agent.registry.get("transcribe_audio"), agent.registry.get("speak")
    stt.ensure_loaded()
    tts.ensure_loaded()
    agent.warm_up(spoken=True, planner=False)
    loads = [os.getloadavg()[0]]
    items = [it for it in hearing_set.build(tts, args.questions) if it.source != "real"]
    pauses = hearing_set.paused(tts)
    keep = (lambda t: True) if args.split == "all" else (lambda t: hearing_set.split_of(t) == args.split)
    items, pauses = [it for it in items if keep(it.text)], [p for p in pauses if keep(p.text)]
    vad = load_silero_vad(onnx=True)
    turn = SmartTurn(threads=1).load()
    check_frames = round(settings.voice_turn_check_ms / 1000 / FRAME_S)
    rows: list[dict[str, Any]] = []

    def run(kind: str, source: str, text: str, audio: Any, pause_at: float | None, pause_ms: int) -> None:
        found: dict[float, Any] = {}
        ends, checks = endpoint_run(settings, vad, turn, audio, record=True, pauses=found)
        last = ends[-1].speech_end if ends else None
        for end, (snap, frames) in sorted(found.items()):
            if kind == "paused" and end > LEAD_S + pause_at + 0.1:
                continue  # only the pauses before the inserted one can cut the sentence
            if kind == "jfk" and end == last:
                continue  # the end of the recording
            row_kind = "inner" if kind == "finished" and end != last else kind  # a pause inside a question
            p_audio = [p for _, p, e, _, sil in checks if abs(e - end) < 2e-3 and sil == check_frames]
            t = time.perf_counter()
            res = stt.transcribe_array(snap.audio, settings.voice_language, settings.voice_stt_window_s)
            stt_s = time.perf_counter() - t
            t = time.perf_counter()
            p_text = agent.end_of_turn(res.text.strip(), []) if res.text.strip() else 0.0
            llm_s = time.perf_counter() - t
            rows.append(dict(kind=row_kind, source=source, text=text, pause_ms=pause_ms, split=hearing_set.split_of(text)
                             if text in hearing_set._split() else "-", speech_end=end,
                             p_audio=p_audio[0] if p_audio else None, transcript=res.text.strip(),
                             p_text=p_text, stt_s=stt_s, llm_s=llm_s, silence_ms=round(frames * FRAME_S * 1000)))
        loads.append(os.getloadavg()[0])

    for p in pauses:
        run("paused", p.source, p.text, p.audio, p.pause_at, p.pause_ms)
    for it in items:
        run("finished", it.source, it.text, it.audio, None, 0)
    jfk = hearing_set.DATA / "jfk.flac"
    if jfk.exists():
        run("jfk", "real", "jfk.flac", decode_audio(jfk), 99.0, 0)
    out = {"split": args.split, "threads": args.threads, "load": [min(loads), max(loads)], "cores": os.cpu_count(),
           "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "rows": rows}
    Path(args.out).write_text(json.dumps(out, indent=1))
    print(f"{len(rows)} pauses recorded ({len(pauses)} paused sentences, {len(items)} finished questions), "
          f"load {min(loads):.1f}-{max(loads):.1f} -> {args.out}")
    return 0


def apply(rows: list[dict[str, Any]], thr_text: float, thr_audio: float, min_ms: int, timing: str,
          audio_thr: float = 0.97, check_ms: int = 96, early_ms: int = 64) -> dict[str, Any]:
    """One rule over recorded pauses: when each pause would end (ms of silence; None: it does not)."""
    def end_ms(r: dict[str, Any]) -> float | None:
        pa = r["p_audio"]
        if pa is not None and pa >= audio_thr:
            return check_ms
        if thr_text <= 1.0 and r["p_text"] is not None and r["p_text"] >= thr_text and (pa or 0.0) >= thr_audio:
            ready = early_ms + 1000 * (r["stt_s"] + r["llm_s"]) if timing == "measured" else 0.0
            at = max(min_ms, check_ms, ready)
            if at < FALLBACK_MS:
                return at
        return FALLBACK_MS

    cut: set[tuple[int, str, str, int]] = set()  # (sample, source, text, pause ms): a run of the set counts once
    paused_ids: set[tuple[int, str, str, int]] = set()
    delays, slow, jfk_turns = [], 0, 1
    inner_cut: set[tuple[int, str, str]] = set()
    for r in rows:
        at = end_ms(r)
        reached = r["silence_ms"] + 1  # frames are 32 ms: a pause that reached this silence ends here
        if r["kind"] == "paused":
            key = (r.get("sample", 1), r["source"], r["text"], r["pause_ms"])
            paused_ids.add(key)
            if at is not None and reached >= at:
                cut.add(key)
        elif r["kind"] == "finished":
            delays.append(at / 1000)
            slow += at >= FALLBACK_MS
        elif r["kind"] == "inner" and at is not None and reached >= at:
            inner_cut.add((r.get("sample", 1), r["source"], r["text"]))
        elif r["kind"] == "jfk" and at is not None and reached >= at and r.get("sample", 1) == 1:
            jfk_turns += 1  # jfk.flac is the same in every sample: counted from the first
    d = sorted(delays)
    return {"cuts": len(cut), "paused": len(paused_ids), "slow": slow, "finished": len(d),
            "median": statistics.median(d) if d else float("nan"), "mean": statistics.mean(d) if d else float("nan"),
            "p95": d[min(len(d) - 1, round(0.95 * (len(d) - 1)))] if d else float("nan"),
            "jfk": jfk_turns, "cut_items": sorted(cut), "inner": len(inner_cut)}


def sweep(args: argparse.Namespace) -> int:
    rows: list[dict[str, Any]] = []
    meta = []
    for f in args.files:
        data = json.loads(Path(f).read_text())
        meta.append(f"{f}: {data['split']} split, recorded {data['when']}, {data['threads']} thread(s), "
                    f"load {data['load'][0]:.1f}-{data['load'][1]:.1f}")
        rows += [dict(r, sample=len(meta)) for r in data["rows"]
                 if args.split == "all" or r["split"] == args.split or r["kind"] == "jfk"]
    print("\n".join(meta))
    fin = [r for r in rows if r["kind"] == "finished"]
    par = [r for r in rows if r["kind"] == "paused"]
    print(f"{len(fin)} finished questions, {len({(r['source'], r['text'], r['pause_ms']) for r in par})} paused "
          f"sentences ({len(par)} pauses before the inserted one); STT s median "
          f"{statistics.median(r['stt_s'] for r in rows):.2f}, LLM s median {statistics.median(r['llm_s'] for r in rows):.2f}")
    rules: list[tuple[float, float, int]] = [(9.0, 0.0, 0)]  # the audio model alone (today's default)
    if args.only:
        rules += [(float(a), float(b), int(c)) for a, b, c in (x.split(":") for x in args.only.split(","))]
    else:
        rules += [(t, a, s) for t in (0.05, 0.1, 0.2, 0.3, 0.5, 0.7) for a in (0.0, 0.1, 0.3)
                  for s in (300, 400, 500, 600)]
    print(f"{'rule T:A:S':18} {'timing':9} {'false cut-offs':>15} {'to fallback':>12} {'delay median / mean / p95 (s)':>30} "
          f"{'jfk turns':>10} {'questions cut':>14}")
    for rule in rules:
        for timing in ("instant", "measured"):
            if rule[0] > 1.0 and timing == "measured":
                continue
            r = apply(rows, *rule, timing=timing, audio_thr=args.audio_threshold)
            name = "audio only (default)" if rule[0] > 1.0 else f"{rule[0]:g}:{rule[1]:g}:{rule[2]}"
            cuts, slow = f"{r['cuts']}/{r['paused']}", f"{r['slow']}/{r['finished']}"
            delay = f"{r['median']:.3f} / {r['mean']:.3f} / {r['p95']:.3f}"
            print(f"{name:18} {timing:9} {cuts:>15} {slow:>12} {delay:>30} {r['jfk']:>10} {r['inner']:>14}")
            if args.only and r["cut_items"]:
                for c in r["cut_items"]:
                    print(f"    cut: {c}")
    if args.verbose:
        for r in sorted(rows, key=lambda r: (r["kind"], r["p_text"] or 0)):
            print(f"  {r['kind']:8} {r['source']:12} audio {r['p_audio'] or 0:.2f} text {r['p_text'] or 0:.3f} "
                  f"sil {r['silence_ms']:5} stt {r['stt_s']:.2f} llm {r['llm_s']:.2f} {r['transcript']!r}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("record")
    r.add_argument("--out", required=True)
    r.add_argument("--split", default="dev", choices=("dev", "test", "all"))
    r.add_argument("--questions", type=int, default=16)
    r.add_argument("--threads", type=int, default=1)
    s = sub.add_parser("sweep")
    s.add_argument("files", nargs="+")
    s.add_argument("--split", default="dev", choices=("dev", "test", "all"))
    s.add_argument("--only", default="", help="rules T:A:S, comma-separated (else a grid)")
    s.add_argument("--verbose", action="store_true")
    s.add_argument("--audio-threshold", type=float, default=0.97,
                   help="Smart-Turn's P(complete) that ends a turn at the check (voice_turn_threshold)")
    args = ap.parse_args(argv)
    return record(args) if args.cmd == "record" else sweep(args)


if __name__ == "__main__":
    sys.exit(main())
