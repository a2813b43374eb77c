"""Decoding settings for the voice turn's short-window Whisper call, on the hearing set's dev or test half.

    python -m bench.stt_decode_bench --split dev [--all-voices] [--variants default,float32,prompt]

The hearing set (bench/hearing_set.py) is split by sentence into dev and test halves before any
tuning; decoding settings are chosen on ``--split dev`` (with ``--all-voices`` every dev sentence in
every espeak-ng voice and Piper variant, a larger sample of the same sentences) and the test half is
measured once with the winner.  Each variant is the voice turn's call (``transcribe_array`` with the
10 s window) on a Whisper base backend built with that variant's settings; WER per source, median
seconds per utterance, and every misheard utterance.
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

# name -> (compute type, prompt); prompt None: the shipped default (Settings.voice_stt_prompt)
VARIANTS: dict[str, tuple[str, str | None]] = {
    "default": ("int8", None),
    "no-prompt": ("int8", ""),
    "float32": ("float32", ""),
    "int8_float32": ("int8_float32", ""),
    "prompt": ("int8", "A question or request to a voice assistant."),
    "float32+prompt": ("float32", "A question or request to a voice assistant."),
}


def build_set(tts: Any, split: str, all_voices: bool) -> list[Any]:
    """The hearing set's utterances of one split (``all``: both); ``all_voices``: every question of the
    split in every espeak-ng voice and Piper variant (a larger sample of the same sentences)."""
    from bench import hearing_set as hs

    if not all_voices:
        items = hs.build(tts)
    else:
        tmp = Path(tempfile.mkdtemp(prefix="stt_decode_"))
        items = [u for u in hs.build(tts) if u.source == "real"]
        variants = {"piper": {}, "piper-fast": {"length_scale": 0.8}, "piper-slow": {"length_scale": 1.25},
                    "piper-varied": {"noise_scale": 0.9, "noise_w_scale": 1.1}}
        for i, q in enumerate(hs.QUESTIONS):
            for name, cfg in variants.items():
                items.append(hs.Utterance(name, q, hs.trim(hs.piper(tts, q, tmp, **cfg))))
            items.append(hs.Utterance("piper-noisy", q, hs.noisy(hs.trim(hs.piper(tts, q, tmp)), 15.0, i)))
            for voice, rate in hs.ESPEAK_VOICES:
                items.append(hs.Utterance("espeak", q, hs.trim(hs.espeak(q, voice, rate, tmp))))
    return [u for u in items if split == "all" or hs.split_of(u.text) == split]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), required=True)
    ap.add_argument("--all-voices", action="store_true", help="every sentence of the split in every voice")
    ap.add_argument("--variants", default="no-prompt,default", help=f"comma-separated: {', '.join(VARIANTS)}")
    ap.add_argument("--prompt", default=None, help="override the prompt text of the *prompt variants")
    ap.add_argument("--extra-prompt", action="append", default=[], help="another int8 variant with this prompt "
                    "(repeatable; named prompt2, prompt3, ...)")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--window", type=float, default=10.0)
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from agent.config import Settings
    from agent.models import ModelStore
    from bench.wer import edit_distance, normalize
    from tools.registry import ToolRegistry
    from tools.stt import TranscribeAudio

    tmp = Path(tempfile.mkdtemp(prefix="stt_decode_bench_"))
    variants = dict(VARIANTS)
    for i, text in enumerate(args.extra_prompt, start=2):
        variants[f"prompt{i}"] = ("int8", text)
    names = [v.strip() for v in args.variants.split(",") if v.strip()] + [f"prompt{i}" for i in
                                                                        range(2, 2 + len(args.extra_prompt))]
    unknown = [n for n in names if n not in variants]
    if unknown:
        print(f"unknown variant(s) {', '.join(unknown)}; choose from {', '.join(variants)}", file=sys.stderr)
        return 2
    base = Settings(stt_threads=args.threads, output_dir=tmp / "out")
    reg = ToolRegistry(base, models=ModelStore(base))
    tts = reg.get("speak")
    tts.ensure_loaded()
    tools: dict[str, Any] = {}
    for n in names:
        compute, prompt = variants[n]
        if prompt and args.prompt is not None:
            prompt = args.prompt
        s = Settings(stt_threads=args.threads, output_dir=tmp / "out", stt_compute_type=compute,
                     **({} if prompt is None else {"voice_stt_prompt": prompt}))
        tool = TranscribeAudio(s, ModelStore(s))
        tool.ensure_loaded()
        tools[n] = tool
    t0 = time.perf_counter()
    items = build_set(tts, args.split, args.all_voices)
    print(f"{args.split} half: {len(items)} utterances (built in {time.perf_counter() - t0:.0f} s)", flush=True)
    loads = [os.getloadavg()[0]]
    sources = sorted({u.source for u in items}, key=lambda s: (s != "real", s))
    stats = {n: {s: [0, 0] for s in sources} for n in names}
    times: dict[str, list[float]] = {n: [] for n in names}
    misheard: dict[str, list[str]] = {n: [] for n in names}
    for k, u in enumerate(items):
        ref = normalize(u.text)
        for n in names:  # interleaved: every variant sees the same load
            t = time.perf_counter()
            hyp = tools[n].transcribe_array(u.audio, "en", args.window).text
            times[n].append(time.perf_counter() - t)
            e = edit_distance(ref, normalize(hyp))
            stats[n][u.source][0] += e
            stats[n][u.source][1] += len(ref)
            if e:
                misheard[n].append(f"{u.source}: {u.text!r} -> {hyp!r}")
        if k % 20 == 19:
            loads.append(os.getloadavg()[0])
            print(f"  {k + 1}/{len(items)}", flush=True)
    counts = {s: sum(1 for u in items if u.source == s) for s in sources}
    print(f"\nWER % per source ({args.split} half, {len(items)} utterances, {args.window:g} s window, "
          f"{args.threads} thread(s))")
    print(f"{'variant':16} " + " ".join(f"{s + f' ({counts[s]})':>16}" for s in sources)
          + f" {'all':>7} {'s (median)':>11}")
    for n in names:
        cells = [100 * e / max(1, m) for e, m in stats[n].values()]
        e_all = sum(e for e, _ in stats[n].values())
        n_all = sum(m for _, m in stats[n].values())
        print(f"{n:16} " + " ".join(f"{c:16.1f}" for c in cells)
              + f" {100 * e_all / n_all:7.1f} {statistics.median(times[n]):11.3f}")
    if args.split != "test":  # the test half's errors are not read: it is measured, never studied
        for n in names:
            for line in misheard[n]:
                print(f"  misheard [{n}] {line}")
    print(f"\nload avg (1 min) during the run {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
