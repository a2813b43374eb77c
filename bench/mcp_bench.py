"""Call overhead of an MCP tool against a built-in tool.

    python -m bench.mcp_bench [--calls 50] [--runs 5]

Both tools do trivial work (echo / count words), so the difference is the protocol cost.
Each call goes through the same path the agent uses (``agent.runtime.execute``: arg
validation, a worker thread with the timeout, result conversion).  Rows (median over
``--runs`` runs of ``--calls`` calls each, in ms per call):

- built-in: ``tools.testing.FakeTool`` (in process)
- mcp stdio: ``notes_count_words`` of tests/mcp_servers/notes_server.py over stdio
- mcp http: the same server over streamable HTTP on 127.0.0.1
plus the one-off costs: spawning + initialising the stdio server and listing its tools
(what the first call or a cold ``run_agent.py tools`` pays), and the same from the tool-list cache.
"""

from __future__ import annotations

import argparse
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NOTES = str(REPO / "tests" / "mcp_servers" / "notes_server.py")


def _per_call(fn, calls: int, runs: int) -> float:
    fn()  # warm (starts the server / loads)
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        for _ in range(calls):
            fn()
        samples.append((time.perf_counter() - t0) / calls * 1000)
    return statistics.median(samples)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=50)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()

    from agent.config import Settings
    from agent.runtime import execute
    from agent.schemas import ToolCall
    from tools.base import ToolContext
    from tools.mcp import MCPProvider
    from tools.registry import ToolRegistry
    from tools.testing import FakeTool

    tmp = Path(tempfile.mkdtemp(prefix="mcp_bench_"))
    settings = Settings(output_dir=tmp / "out", cache_dir=tmp / "cache")
    ctx = ToolContext(settings=settings, out_dir=tmp / "out")

    def caller(reg: ToolRegistry, name: str, args: dict):
        def call() -> None:
            r = execute(ToolCall(tool=name, args=args), 1, [], reg, ctx, 60)
            assert r.ok, r.error
        return call

    rows: list[tuple[str, str]] = []
    builtin = ToolRegistry(settings, builtins={}, plugins=False, tools=[FakeTool], providers=[])
    rows.append(("built-in tool call (FakeTool, in process)", f"{_per_call(caller(builtin, 'fake_tool', {'text': 'a b c'}), a.calls, a.runs):.2f} ms"))

    stdio_cfg = {"notes": {"command": sys.executable, "args": [NOTES]}}
    starts, cached = [], []
    for i in range(a.runs):
        p = MCPProvider(stdio_cfg, tmp / f"c{i}")
        t0 = time.perf_counter()
        p.tool_classes()  # no cache: spawn + initialize + tools/list
        starts.append(time.perf_counter() - t0)
        p.close()
        p2 = MCPProvider(stdio_cfg, tmp / f"c{i}")
        t0 = time.perf_counter()
        p2.tool_classes()
        cached.append(time.perf_counter() - t0)
        p2.close()
    stdio = ToolRegistry(settings, builtins={}, plugins=False, providers=[MCPProvider(stdio_cfg, tmp / "s")])
    rows.append(("MCP tool call over stdio (notes_count_words)",
                 f"{_per_call(caller(stdio, 'notes_count_words', {'text': 'a b c'}), a.calls, a.runs):.2f} ms"))

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, NOTES, "--http", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        http = ToolRegistry(settings, builtins={}, plugins=False, providers=[
            MCPProvider({"web": {"url": f"http://127.0.0.1:{port}/mcp"}}, tmp / "h")])
        rows.append(("MCP tool call over streamable HTTP (127.0.0.1)",
                     f"{_per_call(caller(http, 'web_count_words', {'text': 'a b c'}), a.calls, a.runs):.2f} ms"))
        http.close_all()
    finally:
        proc.terminate()
        proc.wait(10)
    rows.append(("stdio server start + initialize + tools/list (no cache)", f"{statistics.median(starts):.2f} s"))
    rows.append(("tool list from the cache (server not started)", f"{statistics.median(cached) * 1000:.1f} ms"))
    builtin.close_all()
    stdio.close_all()

    load = os.getloadavg()
    cpu = platform.processor() or platform.machine()
    try:
        cpu = next(ln.split(":", 1)[1].strip() for ln in open("/proc/cpuinfo") if ln.startswith("model name"))
    except (OSError, StopIteration):
        pass
    print(f"machine: {cpu}, {os.cpu_count()} cores; "
          f"load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}; median of {a.runs} runs x {a.calls} calls")
    print(f"| {'what':<58} | {'time':>10} |\n|{'-' * 60}|{'-' * 12}|")
    for what, t in rows:
        print(f"| {what:<58} | {t:>10} |")


if __name__ == "__main__":
    main()
