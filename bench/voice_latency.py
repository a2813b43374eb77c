"""Voice turn latency: where the time goes between the end of the user's speech and the first
audio sample of the reply.

    python -m bench.voice_latency [--direct 8] [--tool 4] [--threads 0] [--max-tokens 48] [--scripted]
    python -m bench.voice_latency --direct 15 --tool 0 --rotate --variant "no spec:voice_speculate=false"

Each turn is one spoken question streamed in real time (paced file source) through the real
voice loop: silero-vad endpointing, faster-whisper STT, the agent (the packaged GGUF LLM unless
``--scripted``), the sentence chunker, Piper TTS, and a recording sink.  Times are on the audio
timeline, relative to the end of the user's speech (last VAD speech window).  The questions are
synthesized with Piper (the shared data has real recordings, but no spoken questions); tool turns
ask about an attached recording (jfk.flac), so they run transcribe_audio.

``--variant NAME:key=value,...`` adds a variant (settings overrides; ``llm_threads``,
``stt_threads`` and ``tts_threads`` switch the loaded models' threads); ``--rotate`` asks every
question under every variant, one pass per variant (the fairest comparison: same questions,
paired).  Stages include ``first_chunk`` (the first text chunk handed to TTS).

``--compare`` alternates turns between the shipped defaults and the previous ones (a fixed
500 ms endpoint silence instead of the end-of-turn model, the padded 30 s Whisper window) in one
run, so a loaded machine slows both alike: compare the ratio, and say the load (printed).

The first turn is cold (the LLM loads on first use; STT/TTS are loaded before listening).
The sink does not pace playback (the first sample still goes out as soon as it is synthesized),
and ``--max-tokens`` caps answers: neither changes time-to-first-audio, both keep the run short.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

DIRECT = [
    "What is the capital of France?",
    "How many legs does a spider have?",
    "What colour is the sky on a clear day?",
    "Who wrote Romeo and Juliet?",
    "What is two plus three?",
    "Name a fruit that is yellow.",
    "How many days are in a week?",
    "What is the boiling point of water?",
    "What language is spoken in Spain?",
    "Which planet is closest to the sun?",
    "What do bees make?",
    "How many minutes are in an hour?",
    "What is the largest ocean on Earth?",
    "How many sides does a triangle have?",
    "What gas do plants breathe in?",
    "Who painted the Mona Lisa?",
    "What is the opposite of hot?",
    "How many hours are in a day?",
    "What is frozen water called?",
    "Which animal is known as the king of the jungle?",
]
TOOL = [
    "What is said in this recording?",
    "Transcribe this recording.",
    "What does the speaker say in this audio file?",
    "What is said in this recording?",
]
STAGES = ("endpoint", "transcript", "plan", "first_token", "first_chunk", "first_audio")
JFK = Path(__file__).resolve().parents[2] / "shared" / "data" / "audio" / "jfk.flac"


def pct(values: list[float], p: float) -> float:
    v = sorted(values)
    k = max(0, min(len(v) - 1, int(round(p / 100 * (len(v) - 1)))))
    return v[k]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--direct", type=int, default=8, help="direct-answer turns")
    ap.add_argument("--tool", type=int, default=4, help="tool turns (transcribe an attached recording)")
    ap.add_argument("--threads", type=int, default=0, help="LLM and STT threads (0: the shipped defaults, "
                    "decided from the load average)")
    ap.add_argument("--max-tokens", type=int, default=48)
    ap.add_argument("--llm-planner", action="store_true", help="also plan direct questions with the LLM "
                    "(voice_fast_direct off)")
    ap.add_argument("--scripted", action="store_true", help="scripted LLM (no GGUF) to isolate STT/TTS")
    ap.add_argument("--compare", action="store_true", help="alternate turns between the shipped defaults and "
                    "the previous defaults (fixed 500 ms endpoint silence, padded 30 s Whisper window), distinct "
                    "questions so neither variant reuses the other's cached prompt")
    ap.add_argument("--variant", action="append", default=[], metavar="NAME:KEY=VALUE,...",
                    help="alternate turns between the shipped defaults and this variant (settings overrides, "
                    "e.g. 'no spec:voice_speculate=false,voice_early_stt_ms=200'); repeatable")
    ap.add_argument("--rotate", action="store_true", help="with variants: ask every question under every "
                    "variant (questions x variants turns) instead of alternating distinct questions")
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from agent.config import Settings
    from agent.core import Agent
    from agent.voice.audio_io import ArraySource, RecordingSink
    from agent.voice.loop import VoiceLoop
    from tools.audio import decode_audio, write_wav
    from tools.testing import ScriptedChatModel

    threads = {"llm_threads": args.threads, "stt_threads": args.threads} if args.threads else {}
    settings = Settings(**threads, llm_max_tokens=args.max_tokens,
                        output_dir=Path(tempfile.mkdtemp(prefix="voice_bench_")),
                        voice_fast_direct=not args.llm_planner,
                        result_cache_size=0)  # every tool turn transcribes its recording: no reused result
    model = None
    if args.scripted:
        model = ScriptedChatModel(lambda m, s: {"steps": []} if s else "Here is a short answer. It has two parts.",
                                  token_delay=0.05)
    agent = Agent(settings, model=model)
    llm_note = "scripted LLM (0.05 s/token)" if args.scripted else "packaged GGUF (Qwen2.5-Coder-1.5B Q4_K_M)"
    tts = agent.registry.get("speak")
    tts.ensure_loaded()
    tmp = Path(tempfile.mkdtemp(prefix="voice_bench_q_"))

    def speech(text: str) -> np.ndarray:
        audio = np.concatenate(list(tts.stream(text)))
        return decode_audio(write_wav(tmp / "q.wav", audio, tts.backend.sample_rate))

    plan: list[tuple[str, str]] = [("direct", q) for q in (DIRECT * 2)[: args.direct]]
    plan += [("tool", q) for q in (TOOL * 4)[: args.tool]]
    if args.tool and not JFK.exists():
        print(f"note: {JFK} missing: no tool turns", file=sys.stderr)
        plan = [p for p in plan if p[0] == "direct"]
    variants = {"default": {"voice_turn_model": settings.voice_turn_model,
                            "voice_stt_window_s": settings.voice_stt_window_s}}
    if args.compare:
        variants["before (fixed 500 ms silence, 30 s window)"] = {"voice_turn_model": "off",
                                                                   "voice_stt_window_s": 0.0}
    for spec in args.variant:
        vname, _, kvs = spec.partition(":")
        over: dict[str, Any] = {}
        for kv in filter(None, kvs.split(",")):
            key, _, raw = kv.partition("=")
            try:
                over[key.strip()] = json.loads(raw)
            except json.JSONDecodeError:
                over[key.strip()] = raw
        variants[vname] = over
    keys = {k for v in variants.values() for k in v}
    variants["default"] = {k: getattr(settings, k) for k in keys}
    turn_model = None
    if settings.voice_turn_model == "smart-turn":
        from agent.voice.turn import SmartTurn

        turn_model = SmartTurn(settings.voice_turn_model_path, threads=1).load()
    names = list(variants)
    if args.rotate and len(names) > 1:
        # every question under every variant, one pass per variant offset: the same question comes back
        # only a whole pass later (llama.cpp keeps just the last prompt), and no variant gets easier questions
        runs = [(kind, q, names[(i + r) % len(names)]) for r in range(len(names))
                for i, (kind, q) in enumerate(plan)]
    else:
        runs = [(kind, q, names[i % len(names)]) for i, (kind, q) in enumerate(plan)]
    stt_backends: dict[int, Any] = {}
    rows: list[dict[str, Any]] = []
    loads: list[float] = []
    for i, (kind, question, variant) in enumerate(runs):
        for name, value in {**variants["default"], **variants[variant]}.items():
            setattr(agent.settings, name, value)
            if name == "tts_threads":
                tts.backend.set_threads(int(value))
            elif name == "llm_threads" and not args.scripted:
                agent.model.get().set_threads(int(value))
            elif name == "stt_file_window":
                stt = agent.registry.get("transcribe_audio")
                stt.ensure_loaded()
                stt.backend.short_window = bool(value)
            elif name == "stt_threads":
                stt = agent.registry.get("transcribe_audio")
                if int(value) not in stt_backends:
                    from tools.stt import make_backend

                    stt_backends[int(value)] = make_backend(agent.settings, agent.registry.models)
                stt.backend = stt_backends[int(value)]
        audio = np.concatenate([np.zeros(4000, np.float32), speech(question)])
        agent.history.clear()
        attach = [str(JFK)] if kind == "tool" else []
        events: list[Any] = []
        loop = VoiceLoop(agent, ArraySource(audio, tail_silence_s=2.0), RecordingSink(fast=True),
                         full_duplex=False, on_event=events.append, attachments=attach,
                         turn_model=turn_model if agent.settings.voice_turn_model == "smart-turn" else None)
        t0 = time.perf_counter()
        records = [r for r in loop.run() if not r.skipped]
        loads.append(os.getloadavg()[0])
        if not records:
            print(f"turn {i + 1}: no turn detected for {question!r}", file=sys.stderr)
            continue
        r = records[0]
        tm = r.timings()
        row = {"turn": i + 1, "kind": r.kind, "asked": kind, "cold": i == 0, "heard": r.transcript, "tools": ",".join(r.tools),
               **{s: tm[s] for s in STAGES}, "wall": time.perf_counter() - t0, "answer": r.answer,
               "variant": variant, "early": r.early_stt, "spec": r.speculative, "spec_tts": r.speculative_tts,
               "question": question, "reason": r.end_reason,
               "text": next(((e.data["probability"], round(e.t - r.speech_end, 3)) for e in events
                             if e.type == "turn_text" and abs(e.data["speech_end"] - r.speech_end) < 2e-3), None),
               "checks": sum(1 for e in events if e.type == "turn_check"
                             and abs(e.data["at"] - r.endpoint) < 1.3)}
        rows.append(row)
        cells = " ".join(f"{row[s]:6.2f}" if row[s] is not None else "     -" for s in STAGES)
        text = f" text={row['text'][0]:.2f}@{row['text'][1]:.2f}s" if row["text"] else ""
        print(f"{row['turn']:>3} {kind:6} {'cold' if row['cold'] else 'warm':4} {variant[:8]:8} {cells}  "
              f"early={'y' if r.early_stt else 'n'}{'+llm' if r.speculative else ''}{'+tts' if r.speculative_tts else ''} "
              f"asks={row['checks']} end={r.end_reason}"
              f"{text} tools [{row['tools']}] "
              f"{r.transcript[:36]!r} -> {r.answer[:44]!r}", flush=True)

    planner = "LLM planner on every turn" if args.llm_planner else "voice_fast_direct (no planner call without files)"
    print(f"\nvoice turn latency, seconds after the end of user speech; LLM: {llm_note}; {planner}; "
          f"threads LLM {settings.llm_threads} STT {settings.stt_threads} TTS {settings.tts_threads or 'ort default'}; load avg (1 min) during run {min(loads):.1f}-{max(loads):.1f} "
          f"on {os.cpu_count()} cores")
    misrouted = [r["turn"] for r in rows if r["kind"] != r["asked"]]
    if misrouted:
        print(f"turns routed differently than intended (grouped by what ran): {misrouted}")
    print(f"{'group':58} {'n':>3} " + " ".join(f"{s:>17}" for s in STAGES))
    groups = [("cold (turn 1)", [r for r in rows if r["cold"]])]
    for v in variants:
        suffix = f", {v}" if len(variants) > 1 else ""
        groups += [(f"warm direct{suffix}", [r for r in rows if not r["cold"] and r["kind"] == "direct"
                                            and r["variant"] == v]),
                   (f"warm tool{suffix}", [r for r in rows if not r["cold"] and r["kind"] == "tool"
                                          and r["variant"] == v])]
    for name, rs in groups:
        if not rs:
            continue
        cells = []
        for s in STAGES:
            v = [r[s] for r in rs if r[s] is not None]
            cells.append(f"{statistics.median(v):6.2f} / {pct(v, 95):6.2f}  " if v else f"{'-':>17}")
        print(f"{name:58} {len(rs):>3} " + " ".join(f"{c:>17}" for c in cells) + "   (median / p95)")
    warm = [r for r in rows if not r["cold"] and r["kind"] == "direct" and r["first_audio"] is not None
            and r["variant"] == "default"]
    if warm:
        m = statistics.median(r["first_audio"] for r in warm)
        p95 = pct([r["first_audio"] for r in warm], 95)
        print(f"\ngoal: warm direct first audio <= 1.2 s median, <= 1.8 s p95 after the end of speech: "
              f"median {m:.2f} s, p95 {p95:.2f} s ({'met' if m <= 1.2 and p95 <= 1.8 else 'NOT met'})")
        tool = [r["first_audio"] for r in rows if not r["cold"] and r["kind"] == "tool"
                and r["variant"] == "default" and r["first_audio"] is not None]
        if tool:
            mt = statistics.median(tool)
            print(f"goal: warm tool turn first audio <= 3.0 s median: {mt:.2f} s ({'met' if mt <= 3.0 else 'NOT met'})")
        for v in variants:
            other = [r["first_audio"] for r in rows if not r["cold"] and r["kind"] == "direct"
                     and r["variant"] == v and r["first_audio"] is not None]
            if v != "default" and other:
                print(f"default / {v} (warm direct first audio, medians): {m / statistics.median(other):.2f}")
        for v in variants:  # paired per question (--rotate): variant - default
            if v == "default":
                continue
            base = {r["question"]: r["first_audio"] for r in warm}
            pairs = [r["first_audio"] - base[r["question"]] for r in rows if r["variant"] == v and not r["cold"]
                     and r["kind"] == "direct" and r["first_audio"] is not None and r["question"] in base]
            if pairs:
                print(f"paired warm direct first audio, {v} - default: median {statistics.median(pairs):+.2f} s over "
                      f"{len(pairs)} questions (default faster in {sum(d > 0 for d in pairs)})")
        for v in variants:
            rs = [r for r in rows if not r["cold"] and r["kind"] == "direct" and r["variant"] == v]
            ends = {k: sum(r["reason"] == k for r in rs) for k in ("model", "text", "silence")}
            print(f"what ended the warm direct turns, {v}: " + ", ".join(f"{k} {n}" for k, n in ends.items()))
            ready = [r["text"][1] for r in rs if r["text"]]
            if ready:
                print(f"  text verdicts ({v}): {len(ready)}, ready {statistics.median(ready):.2f} s after the end of "
                      f"speech (median; min {min(ready):.2f}, max {max(ready):.2f})")
        steps = {s: statistics.median((r[s] or 0) - (r[p] or 0) for r in warm)
                 for p, s in zip(STAGES[:-1], STAGES[1:], strict=True)}
        steps = {"endpoint (VAD silence)": statistics.median(r["endpoint"] for r in warm), **steps}
        print("where the time goes (median per stage): "
              + ", ".join(f"{k.replace('transcript', 'STT').replace('first_audio', 'TTS first chunk')} "
                          f"{v:.2f}s" for k, v in steps.items()))
    agent.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
