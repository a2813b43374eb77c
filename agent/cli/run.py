"""``run_agent.py run "request" [--attach FILE ...] [--speak]`` (the default command)."""

from __future__ import annotations

import argparse

from agent.cli.common import exit_code, print_stream, settings_from_args

HELP = 'run a request (the default command)'


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("request")
    p.add_argument("--attach", action="append", default=[], metavar="FILE", help="attach a file (repeatable)")
    p.add_argument("--speak", action="store_true", help="also read the answer aloud into a WAV")


def run(args: argparse.Namespace) -> int:
    from agent.inputs import check_inputs, check_llm_file

    settings = settings_from_args(args)
    check_llm_file(settings)  # 24 bytes read
    check_inputs(args.request, args.attach, settings)  # bad input fails before the agent is even built
    from agent.core import Agent
    from agent.schemas import RunResult

    agent = Agent(settings)
    data = print_stream(agent.stream(args.request, args.attach, speak=args.speak), json_mode=args.json,
                        prefix="answer: ")
    assert data is not None
    final = RunResult.model_validate(data)
    if not args.json:
        for f in final.files:
            print(f"file: {f.path}")
        print(f"time: {final.timings.get('total', 0):.2f}s")
    return exit_code(final)
