"""``run_agent.py plan "request"``: print the plan as JSON without running tools (``plan -``: stdin)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from agent.cli.common import EXIT_FOR_KIND, settings_from_args

HELP = "print the plan as JSON without running tools ('-' reads stdin)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("request")
    p.add_argument("--attach", action="append", default=[], metavar="FILE")


def run(args: argparse.Namespace) -> int:
    from agent.core import Agent

    agent = Agent(settings_from_args(args))
    requests = [line.strip() for line in sys.stdin] if args.request == "-" else [args.request]
    code = 0
    for req in requests:
        if not req:
            continue
        rr = agent.plan(req, args.attach)
        out: dict[str, Any] = rr.plan.public()
        if rr.plan.rejected:
            out["rejected"] = rr.plan.rejected
            code = EXIT_FOR_KIND.get(rr.plan.rejected_kind or "", 5)
        if args.json or args.request == "-":
            out["layer"] = rr.layer
            out["seconds"] = round(rr.seconds, 4)
        print(json.dumps(out, ensure_ascii=False), flush=True)
    return code if args.request != "-" else 0
