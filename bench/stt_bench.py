"""Speech-to-text benchmark: faster-whisper vs openai-whisper on the same Whisper base weights.

Reports word error rate (``bench.wer``) and real-time factor (processing seconds / audio seconds,
median of ``--runs`` timed runs after one untimed warm-up per backend, the backends interleaved run
by run) on the shared test clips and on a ~60 s concatenation of them, as a Markdown table with the
machine it ran on.  faster-whisper runs twice: with the short window for files (``stt_file_window``,
the default) and with its own padded 30 s windows.

    python -m bench.stt_bench [--runs 3] [--threads 1] [--data DIR] [--detect] [--no-openai]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "audio"
GAP_SECONDS = 0.3  # silence between clips in the concatenation


@dataclass
class Clip:
    name: str
    audio: np.ndarray
    reference: str | None  # None: WER not measured (no complete reference)
    language: str | None

    @property
    def seconds(self) -> float:
        return self.audio.size / 16_000


def load_clips(data: Path, concat_seconds: float) -> list[Clip]:
    """The clips named in ``data/manifest.json`` plus their ~``concat_seconds`` concatenation."""
    from tools.audio import decode_audio

    manifest = {c["file"]: c for c in json.loads((data / "manifest.json").read_text())["clips"]}
    jfk, stereo, multi = manifest["jfk.flac"], manifest["stereo_diarization.wav"], manifest["multilingual.mp3"]
    clips = [
        Clip("jfk.flac", decode_audio(data / "jfk.flac"), jfk["reference"], jfk["language"]),
        *(
            Clip(f"stereo_diarization.wav ({side})", decode_audio(data / stereo["file"], channel=side),
                 stereo["channels"][side], stereo["language"])
            for side in ("left", "right")
        ),
        # the English reference covers only the first half (then German): RTF only
        Clip("multilingual.mp3", decode_audio(data / multi["file"]), None, None),
    ]
    parts: list[Clip] = []
    total = 0.0
    for clip in [c for c in clips if c.reference] * 20:  # round robin until closest to the target
        if parts and total + clip.seconds / 2 > concat_seconds:
            break
        parts.append(clip)
        total += clip.seconds + GAP_SECONDS
    gap = np.zeros(int(GAP_SECONDS * 16_000), np.float32)
    audio = np.concatenate([x for p in parts for x in (p.audio, gap)][:-1]).astype(np.float32)
    reference = " ".join(p.reference or "" for p in parts)
    clips.append(Clip(f"concatenation ({len(parts)} clips)", audio, reference, "en"))
    return clips


def _cpu_model() -> str:
    try:
        info = Path("/proc/cpuinfo").read_text().splitlines()
    except OSError:
        info = []
    for key in ("model name", "Hardware", "Processor", "cpu model"):  # x86 first, then ARM & co
        for line in info:
            if line.split(":")[0].strip() == key and ":" in line:
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def machine() -> list[str]:
    """CPU model, core count, load average, library versions."""
    from importlib import metadata

    cpu = _cpu_model()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    versions = []
    for dist in ("faster-whisper", "ctranslate2", "openai-whisper", "torch"):
        try:
            versions.append(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{dist} missing")
    return [
        f"- CPU: {cpu}; {os.cpu_count()} logical cores ({usable} usable); {platform.machine()}",
        "- load average (1/5/15 min) at start: " + " / ".join(f"{x:.2f}" for x in os.getloadavg()),
        f"- Python {platform.python_version()}; " + ", ".join(versions),
    ]


def build_backends(threads: int, compute_type: str | None, openai: bool = True) -> list[tuple[str, str, Any, float]]:
    """(name, precision, backend, load seconds) for both backends, each loaded once."""
    from agent.config import Settings
    from agent.models import ModelStore
    from tools.stt import FasterWhisperBackend, OpenAIWhisperBackend
    from tools.whisper_convert import openai_checkpoint_for

    settings = Settings()
    ct2_dir = ModelStore(settings).require("stt")
    compute_type = compute_type or settings.stt_compute_type
    out = []
    t = time.perf_counter()
    fw = FasterWhisperBackend(str(ct2_dir), threads=threads, compute_type=compute_type,
                              beam_size=settings.stt_beam_size)
    out.append(("faster-whisper", f"{compute_type}, beam {settings.stt_beam_size}, VAD, file window", fw,
                time.perf_counter() - t))
    t = time.perf_counter()
    padded = FasterWhisperBackend(str(ct2_dir), threads=threads, compute_type=compute_type,
                                  beam_size=settings.stt_beam_size, short_window=False)
    out.append(("faster-whisper", f"{compute_type}, beam {settings.stt_beam_size}, VAD, 30 s windows", padded,
                time.perf_counter() - t))
    if not openai:
        return out
    t = time.perf_counter()
    checkpoint = openai_checkpoint_for(ct2_dir, settings.cache_dir)  # converts on the first run only
    print(f"  openai-whisper checkpoint {checkpoint} ready in {time.perf_counter() - t:.1f} s",
          file=sys.stderr, flush=True)
    t = time.perf_counter()
    ow = OpenAIWhisperBackend(str(checkpoint), threads=threads)
    out.append(("openai-whisper", "float32, greedy", ow, time.perf_counter() - t))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with manifest.json and clips")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per clip and backend (median)")
    ap.add_argument("--threads", type=int, default=1, help="CPU threads for both backends")
    ap.add_argument("--compute-type", default=None, help="faster-whisper compute type (default: setting)")
    ap.add_argument("--concat-seconds", type=float, default=60.0, help="length of the concatenated clip")
    ap.add_argument("--text", action="store_true", help="also print every transcript")
    ap.add_argument("--detect", action="store_true", help="no language given: each backend detects it "
                    "(what transcribe_audio does unless the request names the language)")
    ap.add_argument("--no-openai", action="store_true", help="faster-whisper rows only")
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from bench.wer import wer

    header = machine()
    clips = load_clips(args.data, args.concat_seconds)
    backends = build_backends(args.threads, args.compute_type, openai=not args.no_openai)
    rows: dict[tuple[int, int], str] = {}
    texts: dict[tuple[int, int], str] = {}
    times: dict[tuple[int, int], list[float]] = {}
    for name, _, backend, load_s in backends:
        backend.transcribe(clips[0].audio, clips[0].language)  # warm-up, not timed
        header.append(f"- {name} load time: {load_s:.1f} s")
    # interleaved: every run of a clip goes through each backend in turn, so all see the same load
    for c, clip in enumerate(clips):
        language = None if args.detect else clip.language
        for _ in range(max(1, args.runs)):
            for b, (_, _, backend, _) in enumerate(backends):
                t = time.perf_counter()
                texts[b, c] = backend.transcribe(clip.audio, language).text
                times.setdefault((b, c), []).append(time.perf_counter() - t)
        print(f"  done: {clip.name}", file=sys.stderr, flush=True)
    for b, (name, precision, _, _) in enumerate(backends):
        for c, clip in enumerate(clips):
            rtf = [x / clip.seconds for x in times[b, c]]
            score = f"{100 * wer(clip.reference, texts[b, c]):.1f} %" if clip.reference else "n/a"
            rows[b, c] = (f"| {clip.name} | {clip.seconds:.1f} | {name} | {precision} | {score} | "
                          f"{statistics.median(rtf):.3f} | {min(rtf):.3f}-{max(rtf):.3f} |")

    print("## STT benchmark: faster-whisper vs openai-whisper (Whisper base, same weights)\n")
    print("\n".join(header))
    print(f"- threads: {args.threads}; timed runs per cell: {args.runs} (after one warm-up); "
          "RTF = processing time / audio duration (lower is faster)")
    print("- load average (1/5/15 min) at end: " + " / ".join(f"{x:.2f}" for x in os.getloadavg()))
    print("\n| clip | audio s | backend | decoding | WER | RTF median | RTF min-max |")
    print("|---|---:|---|---|---:|---:|---:|")
    print("\n".join(rows.values()))
    print("\nmultilingual.mp3: RTF only (its reference covers only the English first half).")
    if args.text:
        print("\n### Transcripts\n")
        print("\n".join(f"- {backends[b][0]} ({backends[b][1]}) / {clips[c].name}: {t}" for (b, c), t in texts.items()))
    return 0


if __name__ == "__main__":
    if str(ROOT) not in sys.path:  # run as a script: make agent/, tools/ and bench/ importable
        sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
