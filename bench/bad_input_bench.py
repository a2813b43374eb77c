"""Time to the one-line error for bad input (issue #11): the real CLI in a subprocess.

Each case runs ``--runs`` times (default 3); the table gives the median wall time from process
start to exit, and the same for ``run_agent.py tools`` (the bare start-up cost of the CLI) as a
reference.  None of these cases may load a model: ``MMAGENT_LLM_PATH`` points at a file with a
valid GGUF header that llama.cpp cannot load, so reaching the LLM would show as an error.

    python -m bench.bad_input_bench [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.stt_bench import machine

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        (d / "fake.gguf").write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 1, 0) + b"\x00" * 64)
        (d / "text.gguf").write_text("not a model\n")
        (d / "vector.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
        (d / "memo.wav").write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x00" * 40)
        (d / "bad.toml").write_text('planner = "fast\n')
        base = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT), "MMAGENT_CONFIG": str(d / "none.toml"),
                "MMAGENT_LLM_PATH": str(d / "fake.gguf")}
        cases = [
            ("reference: `tools` (CLI start-up)", ["tools"], {}),
            ("empty request", ["   "], {}),
            ("100,000-character request", ["x" * 100_000], {}),
            ("`--attach /dev/zero`", ["what is this?", "--attach", "/dev/zero"], {}),
            ("SVG named in the request", [f"read the text in {d / 'vector.svg'}"], {}),
            ("audio attached to an image request", ["read the text in this image", "--attach", str(d / "memo.wav")], {}),
            ("`MMAGENT_LLM_THREADS=abc`", ["hello"], {"MMAGENT_LLM_THREADS": "abc"}),
            ("malformed config TOML", ["hello"], {"MMAGENT_CONFIG": str(d / "bad.toml")}),
            ("non-GGUF `MMAGENT_LLM_PATH`", ["hello"], {"MMAGENT_LLM_PATH": str(d / "text.gguf")}),
            ("`batch --out` a folder", ["batch", "tasks.yaml", "--out", str(d)], {}),
        ]
        rows = []
        for name, argv, env in cases:
            times, code = [], None
            for _ in range(args.runs):
                t0 = time.perf_counter()
                p = subprocess.run([sys.executable, str(ROOT / "run_agent.py"), *argv], capture_output=True, text=True,
                                   cwd=d, env={**base, **env}, timeout=300)
                times.append(time.perf_counter() - t0)
                code = p.returncode
            rows.append((name, code, statistics.median(times)))
    for line in machine():
        print(line)
    print(f"\nmedian of {args.runs} runs, wall time from process start to exit\n")
    print("| input | exit code | seconds |\n| --- | --- | --- |")
    for name, code, sec in rows:
        print(f"| {name} | {code} | {sec:.2f} |")


if __name__ == "__main__":
    main()
