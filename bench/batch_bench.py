"""Batch throughput: ``run_agent.py batch "transcribe {file}"`` serial vs 2 local workers vs Ray.

Builds N short clips (default 40) in a temp folder by cutting the shared speech clips into
2.5-6 s pieces and adding Piper-synthesized sentences, then runs the real batch command (real
faster-whisper, fast-path routing, no LLM) once per configuration and reports files/minute
(wall time of the whole command, model loading included), the batch's own time, and the peak
resident memory of the whole process tree (sampled every 0.1 s with psutil), as Markdown.

    python -m bench.batch_bench [--clips 40] [--configs workers2,ray2,serial-1thread,serial]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

from bench.stt_bench import machine

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "audio"
SR = 16_000
SENTENCES = [
    "The quick brown fox jumps over the lazy dog.",
    "Please remind me to call my sister at six tonight.",
    "The train to Boston leaves from platform nine.",
    "Water boils at one hundred degrees Celsius.",
    "My favourite colour is green and my favourite fruit is an apple.",
    "The meeting has been moved to Thursday afternoon.",
    "Turn left at the next corner and walk two blocks.",
    "Our library opens at nine and closes at five.",
]
CONFIGS = {  # threads per worker default to max(1, cores // workers)
    "serial": ["--workers", "1"],
    "serial-1thread": ["--workers", "1", "--threads", "1"],
    "workers2": ["--workers", "2"],
    "ray2": ["--workers", "2", "--engine", "ray"],
}


def make_clips(folder: Path, n: int) -> list[Path]:
    """Cut the shared clips into pieces and synthesize sentences with Piper until there are ``n``."""
    from agent.config import Settings
    from agent.models import ModelStore
    from tools.audio import decode_audio, write_wav
    from tools.base import ToolContext
    from tools.tts import Speak

    pieces: list[np.ndarray] = []
    rng = np.random.default_rng(0)
    for name in ("jfk.flac", "multilingual.mp3", "hotwords.mp3", "stereo_diarization.wav"):
        if (DATA / name).exists():
            audio = decode_audio(DATA / name)
            start = 0
            while start + 2.5 * SR < audio.size:
                length = int(rng.uniform(2.5, 6.0) * SR)
                pieces.append(audio[start:start + length])
                start += length
    settings = Settings(output_dir=folder / "tts")
    speak = Speak(settings, models=ModelStore(settings))
    ctx = ToolContext(settings, folder / "tts")
    for s in SENTENCES:
        wav = speak.run(speak.Args(text=s), ctx).path
        pieces.append(decode_audio(wav))
    speak.close()
    out = []
    for i in range(n):  # repeat pieces to reach n (each file is distinct on disk)
        out.append(write_wav(folder / f"clip{i:03d}.wav", pieces[i % len(pieces)], SR))
    return out


def tree_rss(pid: int) -> int:
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run_config(name: str, folder: Path, n: int) -> dict:
    out = folder / f"{name}.jsonl"
    cmd = [sys.executable, str(ROOT / "run_agent.py"), "batch", "transcribe {file}", "--over",
           str(folder / "clip*.wav"), "--out", str(out), "--json", "--no-progress",
           "--out-dir", str(folder / "out"), *CONFIGS[name]]
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    load0 = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], tree_rss(proc.pid))
            time.sleep(0.1)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - t0
    th.join()
    try:
        summary = json.loads(stdout.strip().splitlines()[-1])
    except (json.JSONDecodeError, IndexError):
        raise SystemExit(f"{name} failed (exit {proc.returncode}): {stderr[-2000:]}") from None
    recs = [json.loads(line) for line in out.read_text().splitlines()]
    return {"name": name, "ok": summary["ok"], "failed": summary["failed"], "wall": wall,
            "batch": summary["seconds"], "peak_mb": peak[0] / 2**20, "load": (load0, os.getloadavg()[0]),
            "texts": {r["id"].rsplit("/", 1)[-1]: r["answer"] for r in recs}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clips", type=int, default=40)
    ap.add_argument("--configs", default="workers2,ray2,serial-1thread,serial")
    args = ap.parse_args(argv)
    os.environ["HF_HUB_OFFLINE"] = "1"
    lines = machine()
    with tempfile.TemporaryDirectory(prefix="mmagent-batch-bench-") as tmp:
        folder = Path(tmp)
        files = make_clips(folder, args.clips)
        seconds = sum(os.path.getsize(f) - 44 for f in files) / 2 / SR
        rows = []
        for name in args.configs.split(","):
            if name == "ray2":
                try:
                    import ray  # noqa: F401
                except ImportError:
                    print("skipping ray2: ray is not installed (pip install 'mmagent[ray]')", file=sys.stderr)
                    continue
            print(f"running {name} ...", file=sys.stderr, flush=True)
            rows.append(run_config(name, folder, args.clips))
            r = rows[-1]
            print(f"  {name}: {r['wall']:.1f}s wall, {r['peak_mb']:.0f} MB, load {r['load']}", file=sys.stderr, flush=True)
    ref = rows[0]["texts"]
    diff = {r["name"]: sum(ref.get(k) != v for k, v in r["texts"].items()) for r in rows[1:]}
    print(f"## Batch transcription throughput ({args.clips} clips, {seconds:.0f} s of audio)\n")
    print("\n".join(lines))
    print(f"- transcripts differing from {rows[0]['name']}: {diff or 'n/a'}\n")
    print("| config | ok/failed | wall s (incl. startup + model load) | files/min (wall) | batch s | "
          "files/min (batch) | peak RSS of process tree MB | load 1-min before/after |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['name']} | {r['ok']}/{r['failed']} | {r['wall']:.1f} | {60 * args.clips / r['wall']:.1f} | "
              f"{r['batch']:.1f} | {60 * args.clips / r['batch']:.1f} | {r['peak_mb']:.0f} | "
              f"{r['load'][0]:.2f} / {r['load'][1]:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
