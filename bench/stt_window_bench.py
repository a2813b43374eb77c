"""Short-window Whisper for voice turns: the padded 30 s window vs ``voice_stt_window_s`` windows.

Short spoken questions (Piper-synthesized, as in ``bench.voice_latency``) and the two channels of
the shared stereo recording go through the packaged faster-whisper base model: the normal path
(30 s window, VAD filter) and ``FasterWhisperBackend.transcribe_short`` with windows of 6, 10 and
15 s (falling back to the normal path when the output loops).  Runs are interleaved per clip;
the table gives median seconds per clip, mean / max WER and how often the fallback ran.

    python -m bench.stt_window_bench [--runs 3] [--threads 1]
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

import numpy as np

from bench.stt_bench import DEFAULT_DATA, machine
from bench.voice_latency import DIRECT
from bench.wer import wer

WINDOWS = (6.0, 10.0, 15.0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    from agent.config import Settings
    from agent.models import ModelStore
    from tools.audio import decode_audio, write_wav
    from tools.stt import make_backend
    from tools.tts import Speak

    settings = Settings(stt_threads=args.threads, output_dir=Path(tempfile.mkdtemp(prefix="stt_window_")))
    backend = make_backend(settings, ModelStore(settings), "faster-whisper")
    speak = Speak(settings, models=ModelStore(settings))
    speak.ensure_loaded()
    assert speak.backend is not None
    clips: list[tuple[str, np.ndarray]] = []
    pad = np.zeros(3200, np.float32)
    for q in DIRECT:
        wav = write_wav(settings.output_dir / "q.wav", np.concatenate(list(speak.stream(q))), speak.backend.sample_rate)
        clips.append((q, np.concatenate([pad, decode_audio(wav), pad])))
    manifest = {c["file"]: c for c in json.loads((args.data / "manifest.json").read_text())["clips"]}
    stereo = manifest.get("stereo_diarization.wav")
    if stereo:
        for side in ("left", "right"):
            clips.append((stereo["channels"][side], decode_audio(args.data / stereo["file"], channel=side)))

    modes = ["30 s window (normal path)"] + [f"{w:g} s window" for w in WINDOWS]
    secs: dict[str, list[float]] = {m: [] for m in modes}
    errs: dict[str, list[float]] = {m: [] for m in modes}
    fallbacks = dict.fromkeys(modes, 0)
    backend.transcribe(clips[0][1], "en")  # warm-up
    for run in range(args.runs):
        for ref, audio in clips:
            for mode, window in zip(modes, (None, *WINDOWS), strict=True):
                t0 = time.perf_counter()
                t = backend.transcribe_short(audio, "en", window) if window else None
                if window and t is None:
                    fallbacks[mode] += 1
                if t is None:
                    t = backend.transcribe(audio, "en")
                secs[mode].append(time.perf_counter() - t0)
                if run == 0:
                    errs[mode].append(wer(ref, t.text))
    durations = [a.size / 16000 for _, a in clips]
    print("\n".join(machine()))
    print(f"\n{len(clips)} clips of {min(durations):.1f}-{max(durations):.1f} s (median "
          f"{statistics.median(durations):.1f} s), {args.runs} interleaved runs, {args.threads} thread(s), "
          f"load {os.getloadavg()[0]:.2f}\n")
    print("| encoder window | median s per clip | vs 30 s | mean WER | max WER | loop fallbacks |")
    print("|---|---:|---:|---:|---:|---:|")
    base = statistics.median(secs[modes[0]])
    for m in modes:
        med = statistics.median(secs[m])
        print(f"| {m} | {med:.3f} | {base / med:.1f}x | {np.mean(errs[m]) * 100:.1f} % | "
              f"{max(errs[m]) * 100:.0f} % | {fallbacks[m]} of {len(clips) * args.runs} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
