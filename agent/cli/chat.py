"""``run_agent.py chat``: multi-turn chat in the terminal (/attach FILE, /quit)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from agent.cli.common import print_stream, settings_from_args, warming_up
from agent.inputs import check_attachments
from tools.errors import MMAgentError

HELP = 'multi-turn chat (/attach FILE, /quit)'


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--speak", action="store_true")


def run(args: argparse.Namespace) -> int:
    from agent.core import Agent

    agent = Agent(settings_from_args(args))
    # while the user types: load the LLM, evaluate its system prompts
    with warming_up(lambda stop: agent.warm_up(spoken=args.speak, stop=stop)):
        return _chat_loop(agent, args)


def _chat_loop(agent: Any, args: argparse.Namespace) -> int:
    pending: list[str] = []
    print("mmagent chat: type a request; /attach FILE to attach, /quit to leave.")
    while True:
        try:
            line = input("you> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not line:
            continue
        if line in ("/quit", "/exit"):
            return 0
        if line.startswith("/attach ") or line == "/attach":
            name = line[len("/attach"):].strip()
            try:  # checked now, so the mistake is reported at the /attach line
                pending.extend(check_attachments([name], agent.settings))
            except MMAgentError as exc:
                print(f"error: {exc.one_line()}", file=sys.stderr, flush=True)
                continue
            print(f"attached: {pending[-1]}")
            continue
        if line.startswith("/"):
            print(f"error: unknown command {line.split()[0]!r} (fix: use /attach FILE or /quit)", file=sys.stderr,
                  flush=True)
            continue
        try:
            final = print_stream(agent.chat(line, pending, speak=args.speak), json_mode=args.json, prefix="agent> ")
            if final and not args.json:
                for f in final["files"]:
                    print(f"  file: {f['path']}")
        except MMAgentError as exc:
            print(f"error: {exc.one_line()}", file=sys.stderr, flush=True)
        pending = []
