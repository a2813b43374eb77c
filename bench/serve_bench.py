"""HTTP server benchmark: overhead against the in-process Agent, time to first token, throughput.

    HF_HUB_OFFLINE=1 .venv/bin/python -m bench.serve_bench [--runs 7] [--llm-runs 3] [--no-llm]

1. Overhead: the same request in-process (``Agent.run`` / the transcribe tool) and over HTTP
   with the official ``openai`` client against a live uvicorn server on 127.0.0.1, runs
   interleaved; the overhead is the difference of the medians, in wall time and in CPU time
   of this process (client, server and job threads: CPU time does not grow with the time a
   thread waits for a core on a loaded machine, wall time does).  Rows: chat with a scripted (instant) chat
   model, so only the adapter is measured; transcription of jfk.flac with the real Whisper
   (upload + multipart + queue + JSON).
2. Time to first streamed token over HTTP with the real packaged LLM (planner "fast": one
   LLM call), against the first ``token`` event of the in-process Agent.
3. Requests per minute at 1, 4 and 16 concurrent clients (scripted chat model: the server's
   own capacity; and the real LLM at 1 and 4 clients unless --no-llm).
Prints markdown tables with the machine and the load (``uptime``) they were measured under.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
JFK = ROOT.parent / "shared" / "data" / "audio" / "jfk.flac"
COUNTRIES = ["France", "Spain", "Italy", "Japan", "Peru", "Kenya", "Canada", "Egypt", "Norway", "Greece",
             "Brazil", "Poland"]


def load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def med(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def scripted_agent(out: Path, delay: float = 0.0) -> Any:
    from agent.config import Settings
    from agent.core import Agent
    from tools.testing import ScriptedChatModel

    def script(messages: Any, schema: Any) -> Any:
        return {"steps": []} if schema is not None else "Paris is the capital of France."

    s = Settings(output_dir=out, stt_threads=1, llm_threads=1)
    return Agent(s, model=ScriptedChatModel(script, token_delay=delay))


def _timed(fn: Any, runs: int) -> tuple[float, float]:
    """Median wall time and median process CPU time (every thread: client, server, job) of ``fn()``."""
    walls, cpus = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        fn()
        cpus.append(time.process_time() - c)
        walls.append(time.perf_counter() - w)
    return med(walls), med(cpus)


def overhead(runs: int, tmp: Path) -> list[tuple[str, float, float, float, float]]:
    """Rows of (request, in-process wall, HTTP wall, in-process CPU, HTTP CPU), interleaved runs."""
    import httpx
    import openai

    from agent.serve.http import ServeConfig
    from agent.serve.http.background import LiveServer
    from tools.base import CancelToken, ToolContext

    rows = []
    agent = scripted_agent(tmp / "a")
    q = "What is the capital of France?"
    with LiveServer(agent, ServeConfig(warm_up=False)) as srv:
        c = openai.OpenAI(base_url=srv.url + "/v1", api_key="x", max_retries=0, timeout=600)
        h = httpx.Client(timeout=60)
        msgs = [{"role": "user", "content": q}]
        agent.run(q)
        c.chat.completions.create(model="mmagent", messages=msgs)
        h.get(srv.url + "/health")
        pairs: list[tuple[str, Any, Any]] = [
            ("GET /health (HTTP round trip only, httpx)", lambda: None, lambda: h.get(srv.url + "/health")),
            ("chat (scripted LLM), openai client", lambda: agent.run(q),
             lambda: c.chat.completions.create(model="mmagent", messages=msgs)),
        ]
        if JFK.exists():
            tool = agent.registry.get("transcribe_audio")
            tool.models = agent.registry.models
            ctx = ToolContext(agent.settings, tmp, CancelToken(), models=agent.registry.models)
            args = tool.Args(path=str(JFK), language="en")
            tool.ensure_loaded()
            tool.run(args, ctx)

            def http_transcribe() -> None:
                with open(JFK, "rb") as f:
                    c.audio.transcriptions.create(model="whisper-1", file=f, language="en")

            pairs.append(("transcription jfk.flac (real Whisper base), openai client",
                          lambda: tool.run(args, ctx), http_transcribe))
        for name, local, remote in pairs:
            n = runs if "Whisper" not in name else max(3, runs // 3)
            a, b = [], []
            for _ in range(n):  # interleaved, so both see the same load
                a.append(_timed(local, 1))
                b.append(_timed(remote, 1))
            rows.append((name, med([x[0] for x in a]), med([x[0] for x in b]), med([x[1] for x in a]),
                         med([x[1] for x in b])))
        h.close()
    agent.close()
    return rows


def ttft(runs: int, tmp: Path) -> tuple[float, float, float] | None:
    import openai

    from agent.config import Settings
    from agent.core import Agent
    from agent.models import ModelStore
    from agent.serve.http import ServeConfig
    from agent.serve.http.background import LiveServer

    s = Settings(output_dir=tmp / "llm", planner="fast")
    if ModelStore(s).resolve("llm").path is None:
        return None
    agent = Agent(s)
    agent.warm_up(planner=False)  # the system prompts are cached, as the server's startup does
    agent.run("What is the capital of Chile? Answer in one word.")
    inproc, http, total = [], [], []
    with LiveServer(agent, ServeConfig(warm_up=False)) as srv:
        c = openai.OpenAI(base_url=srv.url + "/v1", api_key="x", max_retries=0, timeout=600)
        for i in range(runs):
            # a different question each time: the user's tokens are never served from the prompt cache
            q_in, q_http = (f"What is the capital of {COUNTRIES[(2 * i + k) % len(COUNTRIES)]}? Answer in one word."
                            for k in (0, 1))

            def local(q: str = q_in) -> None:
                t0 = time.perf_counter()
                first_in = None
                for ev in agent.stream(q):
                    if ev.type == "token" and first_in is None:
                        first_in = time.perf_counter() - t0
                inproc.append(first_in or float("nan"))

            def remote(q: str = q_http) -> None:
                t0 = time.perf_counter()
                first = None
                for chunk in c.chat.completions.create(model="mmagent", stream=True,
                                                       messages=[{"role": "user", "content": q}]):
                    if first is None and chunk.choices[0].delta.content:
                        first = time.perf_counter() - t0
                total.append(time.perf_counter() - t0)
                http.append(first or float("nan"))

            for fn in ((local, remote) if i % 2 == 0 else (remote, local)):  # alternate the order
                fn()
    agent.close()
    return med(inproc), med(http), med(total)


def throughput(agent: Any, clients: int, per_client: int, question: Any) -> tuple[float, int, int]:
    """Requests/minute answered when ``clients`` clients each send ``per_client`` requests in a row;
    ``question(i, j)`` is client i's j-th request."""
    import httpx

    from agent.serve.http import ServeConfig
    from agent.serve.http.background import LiveServer

    with LiveServer(agent, ServeConfig(warm_up=False, max_queue=64)) as srv:
        def worker(i: int) -> list[int]:
            codes = []
            with httpx.Client(timeout=1200) as c:
                for j in range(per_client):
                    r = c.post(srv.url + "/v1/chat/completions",
                               json={"model": "mmagent", "messages": [{"role": "user", "content": question(i, j)}]})
                    codes.append(r.status_code)
            return codes

        t0 = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            codes = [x for cs in pool.map(worker, range(clients)) for x in cs]
        wall = time.perf_counter() - t0
    ok = codes.count(200)
    return ok / wall * 60, ok, len(codes) - ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7, help="runs per overhead row (median)")
    ap.add_argument("--llm-runs", type=int, default=3, help="runs of the real-LLM time to first token")
    ap.add_argument("--no-llm", action="store_true", help="skip the real LLM rows")
    ap.add_argument("--only", choices=["overhead", "ttft", "throughput"], help="run one section")
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    tmp = Path(tempfile.mkdtemp(prefix="serve-bench-"))
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.python_version()}; "
          f"load average at start: {load()}\n")

    if args.only in (None, "overhead"):
        print("| request | wall in-process | wall over HTTP | wall overhead | CPU in-process | CPU over HTTP "
              "(client + server) | CPU overhead |")
        print("|---|---|---|---|---|---|---|")
        for name, a, b, ca, cb in overhead(args.runs, tmp):
            print(f"| {name} | {a * 1000:.1f} ms | {b * 1000:.1f} ms | {(b - a) * 1000:.1f} ms | {ca * 1000:.1f} ms "
                  f"| {cb * 1000:.1f} ms | {(cb - ca) * 1000:.1f} ms |", flush=True)
        print(f"\n(load average after: {load()})\n")
    if not args.no_llm and args.only in (None, "ttft"):
        r = ttft(args.llm_runs, tmp)
        if r is None:
            print("real LLM not installed: time to first token skipped\n")
        else:
            print("| real LLM, one-word answer | in-process first token | HTTP first streamed token | HTTP whole answer |")
            print("|---|---|---|---|")
            print(f"| median of {args.llm_runs} | {r[0]:.2f} s | {r[1]:.2f} s | {r[2]:.2f} s |")
            print(f"\n(load average after: {load()})\n")

    if args.only in (None, "throughput"):
        throughput_table(args, tmp)
    print(f"\nload average at end: {load()}")


def throughput_table(args: argparse.Namespace, tmp: Path) -> None:
    print("| chat model | concurrent clients | requests | requests/minute | refused (503) |")
    print("|---|---|---|---|---|")
    for clients in (1, 4, 16):
        agent = scripted_agent(tmp / f"t{clients}", delay=0.0)
        per = max(2, 64 // clients)
        rpm, ok, refused = throughput(agent, clients, per, lambda i, j: f"client {i} question {j}")
        print(f"| scripted (adapter only) | {clients} | {ok + refused} | {rpm:.0f} | {refused} |", flush=True)
        agent.close()
    if not args.no_llm:
        from agent.config import Settings
        from agent.core import Agent

        agent = Agent(Settings(output_dir=tmp / "rl", planner="fast"))
        agent.warm_up(planner=False)
        for clients, total in ((1, 4), (4, 8), (16, 16)):
            rpm, ok, refused = throughput(agent, clients, total // clients, lambda i, j, per=total // clients: (
                f"What is the capital of {COUNTRIES[(i * per + j) % len(COUNTRIES)]}? Answer in one word."))
            print(f"| real LLM (planner fast) | {clients} | {ok + refused} | {rpm:.1f} | {refused} |", flush=True)
        agent.close()


if __name__ == "__main__":
    main()
