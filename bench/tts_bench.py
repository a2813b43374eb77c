"""TTS speed: time to first audio and real-time factor for Piper and Coqui.

    python -m bench.tts_bench [--runs 3] [--threads 1] [--coqui-model DIR] [--skip-piper]

Each model is loaded once, warmed up with one untimed pass, then the same five sentences are
synthesized ``--runs`` times as one text (as the ``speak`` tool does).  Reported per backend,
median over the runs: seconds until the first chunk (the first sentence) arrives, total
synthesis seconds, seconds of audio produced, and the real-time factor (synthesis seconds /
audio seconds; below 1 is faster than real time).

Without ``--coqui-model`` the Coqui row is a tiny *random-weight* VITS built on the spot
(tools.testing_coqui): it exercises Coqui's real loading and inference code but says nothing
about how fast a trained Coqui voice runs (a real VITS is ~30-80x larger).  Pass a real
Coqui model folder (config.json + model.pth) with ``--coqui-model`` for that.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SENTENCES = (
    "The quick brown fox jumps over the lazy dog.",
    "Please remind me to call the dentist tomorrow morning.",
    "It looks like rain this afternoon, so take an umbrella.",
    "The meeting has been moved to the small room on the second floor.",
    "Thank you, that is all for today!",
)
TEXT = " ".join(SENTENCES)


@dataclass
class Row:
    backend: str
    model: str
    load_s: float
    first_s: float
    synth_s: float
    audio_s: float
    chunks: int

    @property
    def rtf(self) -> float:
        return self.synth_s / self.audio_s if self.audio_s else float("nan")


def measure(backend: object, runs: int) -> tuple[float, float, float, int]:
    """Median (first-chunk s, synthesis s, audio s) over ``runs`` timed passes, and the chunk count."""
    firsts, totals, audios, chunks = [], [], [], 0
    for i in range(runs + 1):  # pass 0 is the warm-up
        t0 = time.perf_counter()
        first, samples, chunks = 0.0, 0, 0
        for chunk in backend.synthesize(TEXT):  # type: ignore[attr-defined]
            if chunks == 0:
                first = time.perf_counter() - t0
            samples += chunk.size
            chunks += 1
        total = time.perf_counter() - t0
        if i:
            firsts.append(first)
            totals.append(total)
            audios.append(samples / backend.sample_rate)  # type: ignore[attr-defined]
    return statistics.median(firsts), statistics.median(totals), statistics.median(audios), chunks


def bench_piper(runs: int, threads: int) -> Row:
    from agent.config import Settings
    from agent.models import ModelStore
    from tools.tts import PiperBackend

    voice = ModelStore(Settings()).require("tts")
    t0 = time.perf_counter()
    backend = PiperBackend(str(voice), threads=threads)
    load = time.perf_counter() - t0
    return Row("piper", f"{Path(voice).stem} (default voice)", load, *measure(backend, runs))


def bench_coqui(runs: int, threads: int, model_dir: Path | None) -> Row:
    from tools.tts_coqui import CoquiBackend

    with tempfile.TemporaryDirectory(prefix="tiny_vits_") as tmp:
        if model_dir is None:
            from tools.testing_coqui import make_tiny_vits

            folder, label = make_tiny_vits(Path(tmp), seed=0), "tiny RANDOM VITS (not a real voice)"
        else:
            folder, label = model_dir, model_dir.name
        t0 = time.perf_counter()
        backend = CoquiBackend(str(folder), threads=threads)
        load = time.perf_counter() - t0
        return Row("coqui", label, load, *measure(backend, runs))


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{cpu}, {os.cpu_count()} logical cores, load average (1/5/15 min) {load}, {platform.platform()}"


def table(rows: list[Row]) -> str:
    lines = [
        "| backend | model | load s | first audio s | synth s | audio s | RTF | chunks |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        lines.append(
            f"| {r.backend} | {r.model} | {r.load_s:.2f} | {r.first_s:.3f} | {r.synth_s:.3f} "
            f"| {r.audio_s:.2f} | {r.rtf:.3f} | {r.chunks} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed passes per backend (median reported)")
    parser.add_argument("--threads", type=int, default=1, help="CPU threads for torch (Coqui)")
    parser.add_argument("--coqui-model", type=Path, default=None, help="a real Coqui model folder")
    parser.add_argument("--skip-piper", action="store_true", help="only benchmark Coqui")
    parser.add_argument("--skip-coqui", action="store_true", help="only benchmark Piper")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    print(f"machine: {machine()}")
    print(f"text: {len(SENTENCES)} sentences, {len(TEXT)} characters; runs: {args.runs} (+1 warm-up), "
          f"threads: {args.threads}\n")
    rows = []
    if not args.skip_piper:
        rows.append(bench_piper(args.runs, args.threads))
    if not args.skip_coqui:
        rows.append(bench_coqui(args.runs, args.threads, args.coqui_model))
    print(table(rows))
    print(
        "\nfirst audio: seconds until the first sentence's chunk; RTF: synthesis s / audio s (median)."
        "\nPiper runs on onnxruntime with its default thread count (PiperBackend takes no thread setting);"
        " --threads sets torch's threads for Coqui."
    )
    if not args.skip_coqui and args.coqui_model is None:
        print("The Coqui row is a tiny random-weight VITS: it says nothing about a real Coqui voice's speed.")
    print(f"\nafter: load average {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
