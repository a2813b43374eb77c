"""RSS over many requests on one Agent: does memory stay bounded?

    HF_HUB_OFFLINE=1 .venv/bin/python bench/memory_bench.py [--requests 500] [--every 50] [--max-tokens 24]

Runs a rotating mix of requests through one ``Agent`` (direct questions that vary, so the
prompt cache keeps missing and saving; spoken replies through the fast path and Piper) and
prints the process RSS every ``--every`` requests.  The baseline is the RSS after the first
``--every`` requests (models loaded, caches filled once); "growth" is the last sample against
it (the goal: within 10 %).  Run from the repo root.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = [
    "what is {n} plus {m}?", "name a fruit that starts with the letter {c}", "what is the capital of country number {n} "
    "in alphabetical order?", "translate 'good morning {n}' into German", "is {n} a prime number?",
    "give me a synonym for happy, variant {n}", "how many days are in {n} weeks?", "write a haiku about the number {n}",
]
SPOKEN = "say the number {n}"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def request(i: int, spoken_every: int) -> str:
    if spoken_every and i % spoken_every == spoken_every - 1:
        return SPOKEN.format(n=i)
    q = QUESTIONS[i % len(QUESTIONS)]
    return q.format(n=i, m=i * 7 % 13, c="abcdefghijklmnopqrstuvwxyz"[i % 26])


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=500)
    ap.add_argument("--every", type=int, default=50, help="RSS sample interval (requests)")
    ap.add_argument("--max-tokens", type=int, default=24, help="answer length cap (keeps the run short)")
    ap.add_argument("--spoken-every", type=int, default=5, help="every Nth request is a spoken reply (0: none)")
    ap.add_argument("--threads", type=int)
    args = ap.parse_args(argv)

    from agent.config import Settings
    from agent.core import Agent
    from bench.routing_eval import machine

    over: dict[str, object] = {"output_dir": tempfile.mkdtemp(prefix="mmagent_mem_"), "llm_max_tokens": args.max_tokens}
    if args.threads:
        over["llm_threads"] = args.threads
    settings = Settings(**over)
    header = machine(settings)
    agent = Agent(settings)
    samples: list[tuple[int, float, float]] = [(0, rss_mb(), 0.0)]
    walls: list[float] = []
    failures = 0
    why: dict[str, int] = {}
    t_start = time.perf_counter()
    for i in range(args.requests):
        t0 = time.perf_counter()
        res = agent.run(request(i, args.spoken_every))
        walls.append(time.perf_counter() - t0)
        failures += 0 if res.ok else 1
        if not res.ok:
            text = request(i, args.spoken_every)
            key = f"{res.plan.rejected_kind or (res.tool_results[-1].error_kind if res.tool_results else '?')}: {text}"
            why[key] = why.get(key, 0) + 1
        if (i + 1) % args.every == 0 or i + 1 == args.requests:
            samples.append((i + 1, rss_mb(), time.perf_counter() - t_start))
            print(f"  {i + 1} requests: RSS {samples[-1][1]:.0f} MB", file=sys.stderr, flush=True)
    agent.close()

    base = samples[1][1] if len(samples) > 2 else samples[0][1]
    print(f"## Memory over {args.requests} requests (one Agent)")
    print()
    print(header)
    print(f"load avg at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          f"median request {statistics.median(walls):.2f} s; failed requests: {failures}")
    for key, n in sorted(why.items(), key=lambda kv: -kv[1])[:10]:
        print(f"  failed x{n}: {key}")
    print()
    print("| requests | RSS MB | vs baseline | elapsed s |")
    print("|---|---|---|---|")
    for n, mb, el in samples:
        print(f"| {n} | {mb:.0f} | {100 * (mb - base) / base:+.1f} % | {el:.0f} |")
    growth = 100 * (samples[-1][1] - base) / base
    print()
    print(f"growth after the baseline sample: {growth:+.1f} % ({'within' if abs(growth) <= 10 else 'OUTSIDE'} 10 %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
