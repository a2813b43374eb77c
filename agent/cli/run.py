"""``run_agent.py run "request" [--attach FILE ...] [--speak]`` (the default command)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from agent.cli.common import exit_code, print_stream, settings_from_args, warming_up

HELP = 'run a request (the default command)'


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("request")
    p.add_argument("--attach", action="append", default=[], metavar="FILE", help="attach a file (repeatable)")
    p.add_argument("--speak", action="store_true", help="also read the answer aloud into a WAV")


def run(args: argparse.Namespace) -> int:
    from agent.inputs import check_inputs, check_llm_file, mentions_file

    settings = settings_from_args(args)
    check_llm_file(settings)  # 24 bytes read
    check_inputs(args.request, args.attach, settings)  # bad input fails before the agent is even built
    from agent.llm import default_model

    model = default_model(settings)
    pending: Future[Any] = Future()  # the agent, once built (None if building it failed)

    def warm(stop: Callable[[], bool]) -> None:
        model.get()  # llama.cpp loads with the GIL released: beside the main thread's imports
        agent = pending.result()
        if agent is not None and not stop():
            agent.warm_up(spoken=args.speak, planner=False, stop=stop)

    # no file to read: a direct question (or a photo search), answered by the LLM.  Load it, then its
    # answer prompts' saved states, while the agent's modules import and the routing layer loads and
    # decides, not after them (a cold direct question: first token ~1.3 s sooner on a 2-core box;
    # bench/e2e_bench.py)
    with warming_up(warm, enabled=not args.attach and not mentions_file(args.request)):
        agent: Any = None
        try:
            from agent.core import Agent

            agent = Agent(settings, model=model)
        finally:
            pending.set_result(agent)
        data = print_stream(agent.stream(args.request, args.attach, speak=args.speak), json_mode=args.json,
                            prefix="answer: ")
    from agent.schemas import RunResult

    assert data is not None
    final = RunResult.model_validate(data)
    if not args.json:
        for f in final.files:
            print(f"file: {f.path}")
        print(f"time: {final.timings.get('total', 0):.2f}s")
    return exit_code(final)
