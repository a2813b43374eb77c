"""Decoding settings for the voice turn's short-window Whisper call, on the hearing set's dev or test half.

    python -m bench.stt_decode_bench --split dev [--all-voices] [--variants default,float32,prompt,beam5]

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
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

# name -> (compute type, prompt, beam size); prompt None: the shipped default (Settings.voice_stt_prompt),
# beam None: the shipped default (Settings.voice_stt_beam_size)
VARIANTS: dict[str, tuple[str, str | None, int | None]] = {
    "default": ("int8", None, None),
    "no-prompt": ("int8", "", None),
    "float32": ("float32", "", None),
    "int8_float32": ("int8_float32", "", None),
    "prompt": ("int8", "A question or request to a voice assistant.", None),
    "float32+prompt": ("float32", "A question or request to a voice assistant.", None),
    "beam3": ("int8", None, 3),
    "beam5": ("int8", None, 5),
}


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
    from tools.registry import ToolRegistry
    from tools.stt import TranscribeAudio

    tmp = Path(tempfile.mkdtemp(prefix="stt_decode_bench_"))
    variants = dict(VARIANTS)
    for i, text in enumerate(args.extra_prompt, start=2):
        variants[f"prompt{i}"] = ("int8", text, None)
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
        compute, prompt, beam = variants[n]
        if prompt and args.prompt is not None:
            prompt = args.prompt
        s = Settings(stt_threads=args.threads, output_dir=tmp / "out", stt_compute_type=compute,
                     **({} if prompt is None else {"voice_stt_prompt": prompt}),
                     **({} if beam is None else {"voice_stt_beam_size": beam}))
        tool = TranscribeAudio(s, ModelStore(s))
        tool.ensure_loaded()
        tools[n] = tool
    from bench import hearing_set
    from bench.hearing_bench import stt_table

    t0 = time.perf_counter()
    items = [u for u in hearing_set.build(tts, all_voices=args.all_voices)
             if args.split == "all" or hearing_set.split_of(u.text) == args.split]
    print(f"{args.split} half: {len(items)} utterances (built in {time.perf_counter() - t0:.0f} s)", flush=True)
    loads = [os.getloadavg()[0]]
    # the test half's errors are not listed: it is measured, never studied
    stt_table(items, {n: (lambda a, tool=tools[n]: tool.transcribe_array(a, "en", args.window).text) for n in names},
              f"{args.split} half, {len(items)} utterances, {args.window:g} s window, {args.threads} thread(s)",
              loads, show_misheard=args.split != "test")
    print(f"\nload avg (1 min) during the run {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
