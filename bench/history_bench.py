"""Chat history window: the direct answer's prompt pass turn by turn over one conversation.

    python bench/history_bench.py [--turns 10] [--runs 2] [--threads 0]

One conversation of short questions is asked twice per run with the real LLM: with the shipped window
(``agent.schemas.history_window``: the oldest ``history_turns`` messages dropped at once) and with a
window that slides by one exchange every turn (what the code did before 2026-12-03).  For each turn the
table shows the seconds of ``Agent.end_of_turn`` (the answer's own prompt pass over everything after
the cached system prompt) and how many prompt tokens the KV cache already held.  The two windows
alternate run by run, so both see the same machine load.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUESTIONS = [
    "How many legs does a spider have?", "What colour is the sky on a clear day?", "Who wrote Romeo and Juliet?",
    "What is 2 plus 3?", "Name a fruit that is yellow.", "How many days are in a week?",
    "What is the boiling point of water?", "Which planet is closest to the Sun?", "What do bees make?",
    "How many minutes are in an hour?", "What is the capital of Italy?", "How many wheels does a bicycle have?",
]


def sliding(history: Any, turns: int) -> list[Any]:
    """The window before 2026-12-03: the last ``turns`` messages, one exchange later every turn."""
    return list(history[-turns:]) if turns > 0 else []


def conversation(agent: Any, n: int) -> list[tuple[float, int, int, int]]:
    """Ask ``n`` questions in one conversation; per turn: (prompt pass seconds, tokens cached, prompt tokens,
    history messages shown)."""
    from llama_cpp import Llama

    from agent.compose import Defences, chat_messages
    from agent.schemas import RunResult

    model = agent.model.get()
    d = Defences.parse(agent.settings.answer_defences)
    agent.history.clear()
    out = []
    for q in QUESTIONS[:n]:
        turns = [t.model_dump() for t in agent.history]
        messages = chat_messages(q, turns, True, agent.settings.history_turns, d)
        prompt = model._prompt_tokens(messages)  # noqa: SLF001
        cached = Llama.longest_token_prefix(model.llm._input_ids.tolist(), prompt)  # noqa: SLF001
        t0 = time.perf_counter()
        agent.end_of_turn(q)
        dt = time.perf_counter() - t0
        answer = "".join(ev.data["text"] for ev in agent.stream(q, [], planner="fast", spoken=True,
                                                                 remember=False) if ev.type == "token")
        agent.remember(q, [], RunResult(request=q, answer=answer))
        out.append((dt, cached, len(prompt), len(messages) - 2))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--turns", type=int, default=10)
    ap.add_argument("--runs", type=int, default=2, help="conversations per window (alternating)")
    ap.add_argument("--threads", type=int, default=0, help="LLM threads (0: the shipped default)")
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    import agent.compose as compose
    from agent.config import Settings
    from agent.core import Agent
    from agent.schemas import history_window

    kw = {"llm_threads": args.threads} if args.threads else {}
    settings = Settings(**kw, output_dir=Path(tempfile.mkdtemp(prefix="history_bench_")))
    agent = Agent(settings)
    agent.warm_up(spoken=True, planner=False)
    windows = {"stepped (shipped)": history_window, "sliding (before)": sliding}
    results: dict[str, list[list[tuple[float, int, int, int]]]] = {w: [] for w in windows}
    loads = [os.getloadavg()[0]]
    for _ in range(args.runs):
        for name, fn in windows.items():
            compose.history_window = fn  # type: ignore[assignment]
            results[name].append(conversation(agent, args.turns))
            loads.append(os.getloadavg()[0])
    compose.history_window = history_window  # type: ignore[assignment]

    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), "?") if Path("/proc/cpuinfo").exists() else "?"
    print(f"direct answer prompt pass per turn of one conversation (Agent.end_of_turn), median of {args.runs} "
          f"runs; history_turns={settings.history_turns}; {cpu}, {os.cpu_count()} cores, llm_threads "
          f"{agent.model.get().llm.n_threads}, load {min(loads):.1f}-{max(loads):.1f}")
    names = list(windows)
    print("| turn | " + " | ".join(f"{n}: s (history messages; cached / prompt tokens)" for n in names) + " |")
    print("|---|" + "---|" * len(names))
    for i in range(args.turns):
        cells = []
        for n in names:
            runs = [r[i] for r in results[n]]
            cells.append(f"{statistics.median(x[0] for x in runs):.2f} ({runs[0][3]}; {runs[0][1]} / {runs[0][2]})")
        print(f"| {i + 1} | " + " | ".join(cells) + " |")
    for n in names:
        late = [r[i][0] for r in results[n] for i in range(min(4, args.turns), args.turns)]
        if late:
            print(f"{n}: turns {min(4, args.turns) + 1}-{args.turns} median {statistics.median(late):.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
