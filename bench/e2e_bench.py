"""End-to-end wall time of ``run_agent.py`` requests, cold (fresh process) and warm (same Agent).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/e2e_bench.py [--runs 3] [--threads N] [--request TEXT ...]

Cold: ``run_agent.py "<request>"`` in a fresh subprocess, timed by wall clock around the
whole process (imports, model loads, routing, tools, answer); median of ``--runs``.
Warm: one ``Agent`` in this process; the first run loads the models (reported as "first
in-process"), the median is over the ``--runs`` runs after it.  Default requests: the
transcription of ../shared/data/audio/jfk.flac (fast path, Whisper, template answer) and a
direct answer (LLM planner + LLM answer).  Run from the repo root.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REQUESTS = ["what is said in ../shared/data/audio/jfk.flac?", "what is the capital of France?"]


def cold_runs(request: str, runs: int, threads: int | None, out_dir: str) -> dict[str, Any]:
    """Fresh ``run_agent.py --json`` processes: wall time, and when the plan and the first token came."""
    cmd = [sys.executable, str(ROOT / "run_agent.py"), request, "--out-dir", out_dir, "--json"]
    if threads:
        cmd += ["--threads", str(threads)]
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    walls: list[float] = []
    plans: list[float] = []
    firsts: list[float] = []
    codes: list[int] = []
    last = ""
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        lines = []
        plan_at = first_at = None
        for line in proc.stdout:
            now = time.perf_counter() - t0
            lines.append(line)
            try:
                kind = json.loads(line).get("type")
            except ValueError:
                continue
            if kind == "plan" and plan_at is None:
                plan_at = now
            elif kind in ("token", "answer") and first_at is None:
                first_at = now
        err = proc.stderr.read() if proc.stderr else ""
        codes.append(proc.wait())
        walls.append(time.perf_counter() - t0)
        if plan_at is not None:
            plans.append(plan_at)
        if first_at is not None:
            firsts.append(first_at)
        last = "".join(lines[-3:]) + err[-2000:]
    return {"walls": walls, "plans": plans, "firsts": firsts, "codes": codes, "output": last}


def warm_runs(agent: Any, request: str, runs: int) -> dict[str, Any]:
    """The same request ``runs + 1`` times on one Agent: wall, first token, LLM calls per run."""
    results = []
    walls: list[float] = []
    firsts: list[float] = []
    calls: list[int] = []
    for _ in range(runs + 1):
        before = _llm_calls(agent)
        t0 = time.perf_counter()
        first = None
        for ev in agent.stream(request):
            if ev.type == "token" and first is None:
                first = time.perf_counter() - t0
            if ev.type == "final":
                results.append(_run_result(ev.data))
        walls.append(time.perf_counter() - t0)
        firsts.append(first if first is not None else walls[-1])
        calls.append(_llm_calls(agent) - before)
    return {"first": walls[0], "walls": walls[1:], "firsts": firsts[1:], "calls": calls[1:], "results": results}


def _run_result(data: dict[str, Any]) -> Any:
    from agent.schemas import RunResult

    return RunResult.model_validate(data)


def _llm_calls(agent: Any) -> int:
    model = getattr(agent.model, "_model", None) or agent.model
    return int(getattr(model, "calls", 0))


def _fmt(xs: list[float]) -> str:
    return f"{statistics.median(xs):.2f}" if xs else "n/a"


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3, help="cold processes and warm runs per request (default 3)")
    ap.add_argument("--threads", type=int, help="CPU threads for the LLM and speech models")
    ap.add_argument("--request", action="append", help="request(s) to time (default: jfk.flac + a direct answer)")
    ap.add_argument("--skip-cold", action="store_true")
    ap.add_argument("--skip-warm", action="store_true")
    args = ap.parse_args(argv)

    from agent.config import Settings
    from agent.core import Agent
    from bench.routing_eval import machine

    over: dict[str, Any] = {}
    if args.threads:
        over["llm_threads"] = over["stt_threads"] = args.threads
    requests = args.request or DEFAULT_REQUESTS
    out_dir = tempfile.mkdtemp(prefix="mmagent_e2e_")
    over["output_dir"] = out_dir
    over["result_cache_size"] = 0  # warm runs repeat a request: each must run its tools again
    settings = Settings(**over)
    header = machine(settings)
    load_before = os.getloadavg()

    cold: dict[str, dict[str, Any]] = {}
    if not args.skip_cold:
        for req in requests:
            print(f"cold: {req} x{args.runs}", file=sys.stderr, flush=True)
            cold[req] = cold_runs(req, args.runs, args.threads, out_dir)
            if any(cold[req]["codes"]):
                print(f"  exit codes {cold[req]['codes']}; last output:\n{cold[req]['output']}", file=sys.stderr)
    warm: dict[str, dict[str, Any]] = {}
    if not args.skip_warm:
        agent = Agent(settings)
        for req in requests:
            print(f"warm: {req} x{args.runs + 1}", file=sys.stderr, flush=True)
            warm[req] = warm_runs(agent, req, args.runs)
        agent.close()
    load_after = os.getloadavg()

    print(f"## End-to-end wall time (median of {args.runs})")
    print()
    print(header)
    print("load avg before/after: " + ", ".join(f"{x:.2f}" for x in load_before) + " / "
          + ", ".join(f"{x:.2f}" for x in load_after))
    try:
        import resource

        print(f"peak RSS of the warm process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    except ImportError:
        pass
    print()
    print("| request | route | cold wall s (min-max) | cold: plan at s | cold: first token at s "
          "| warm first in-process s | warm s (min-max) | warm first token s | warm LLM calls "
          "| warm plan / tools / answer s |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for req in requests:
        c = cold.get(req, {})
        w = warm.get(req, {})
        cw = c.get("walls", [])
        cold_cell = f"{_fmt(cw)} ({min(cw):.2f}-{max(cw):.2f})" if cw else "skipped"
        ww = w.get("walls", [])
        warm_cell = f"{_fmt(ww)} ({min(ww):.2f}-{max(ww):.2f})" if ww else "skipped"
        route = parts = "n/a"
        if w:
            last = w["results"][-1]
            route = f"{last.plan.source}: " + (" -> ".join(s.tool for s in last.plan.steps) or "answer directly")
            later = w["results"][1:]
            parts = " / ".join(
                f"{statistics.median([r.timings.get(k, 0.0) for r in later]):.2f}" for k in ("plan", "tools", "answer")
            )
        first = f"{w['first']:.2f}" if w else "skipped"
        calls = ",".join(str(n) for n in w.get("calls", [])) or "n/a"
        print(f"| `{req}` | {route} | {cold_cell} | {_fmt(c.get('plans', []))} | {_fmt(c.get('firsts', []))} "
              f"| {first} | {warm_cell} | {_fmt(w.get('firsts', []))} | {calls} | {parts} |")
    print()
    for req, w in warm.items():
        ans = w["results"][-1].answer.replace("\n", " ")
        print(f"- answer to `{req}`: {ans[:160]}{'...' if len(ans) > 160 else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
