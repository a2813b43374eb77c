"""``run_agent.py run "request" [--attach FILE ...] [--speak]`` (the default command)."""

from __future__ import annotations

import argparse
import logging
import threading
from collections.abc import Callable
from typing import Any

from agent.cli.common import exit_code, print_stream, settings_from_args

HELP = 'run a request (the default command)'


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("request")
    p.add_argument("--attach", action="append", default=[], metavar="FILE", help="attach a file (repeatable)")
    p.add_argument("--speak", action="store_true", help="also read the answer aloud into a WAV")


def _warm(model: Any, agent_ready: threading.Event, holder: list[Any], spoken: bool,
          stop: Callable[[], bool]) -> None:
    try:
        model.get()  # llama.cpp loads with the GIL released: beside the main thread's imports
        agent_ready.wait()
        if holder and not stop():
            holder[0].warm_up(spoken=spoken, planner=False, stop=stop)
    except Exception as exc:  # noqa: BLE001 - the request itself reports a missing or broken model
        logging.getLogger("mmagent").debug("LLM warm-up failed: %s", exc)


def run(args: argparse.Namespace) -> int:
    from agent.inputs import check_inputs, check_llm_file, mentions_file

    settings = settings_from_args(args)
    check_llm_file(settings)  # 24 bytes read
    check_inputs(args.request, args.attach, settings)  # bad input fails before the agent is even built
    from agent.llm import default_model

    model = default_model(settings)
    stop_warm, agent_ready = threading.Event(), threading.Event()
    holder: list[Any] = []
    warm_thread = None
    if not args.attach and not mentions_file(args.request):
        # no file to read: a direct question (or a photo search), answered by the LLM.  Load it, then its
        # answer prompts' saved states, while the agent's modules import and the routing layer loads and
        # decides, not after them (a cold direct question: first token ~1.3 s sooner on a 2-core box;
        # bench/e2e_bench.py)
        warm_thread = threading.Thread(target=_warm, args=(model, agent_ready, holder, args.speak, stop_warm.is_set),
                                       daemon=True, name="llm-warm-up")
        warm_thread.start()
    try:
        from agent.core import Agent

        agent = Agent(settings, model=model)
        holder.append(agent)
        agent_ready.set()
        data = print_stream(agent.stream(args.request, args.attach, speak=args.speak), json_mode=args.json,
                            prefix="answer: ")
    finally:  # never exit while llama.cpp is loading or evaluating in the warm-up thread
        stop_warm.set()
        agent_ready.set()
        if warm_thread is not None:
            warm_thread.join()
    from agent.schemas import RunResult

    assert data is not None
    final = RunResult.model_validate(data)
    if not args.json:
        for f in final.files:
            print(f"file: {f.path}")
        print(f"time: {final.timings.get('total', 0):.2f}s")
    return exit_code(final)
