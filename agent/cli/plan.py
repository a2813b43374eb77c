"""``run_agent.py plan "request"``: print the plan as JSON without running tools (``plan -``: stdin)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from agent.cli.common import EXIT_FOR_KIND, settings_from_args
from tools.errors import MMAgentError

HELP = "print the plan as JSON without running tools ('-' reads stdin)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("request")
    p.add_argument("--attach", action="append", default=[], metavar="FILE")


def run(args: argparse.Namespace) -> int:
    from agent.inputs import check_attachments, check_inputs, check_llm_file

    settings = settings_from_args(args)
    check_llm_file(settings)  # 24 bytes read
    if args.request == "-":
        check_attachments(args.attach, settings)
    else:  # bad input fails before the agent is even built
        check_inputs(args.request, args.attach, settings)
    from agent.core import Agent

    agent = Agent(settings)
    requests = [line.strip() for line in sys.stdin] if args.request == "-" else [args.request]
    code = 0
    for req in requests:
        if not req:
            continue
        if args.request == "-":  # one bad line is reported (JSON + one stderr line); the others still run
            try:
                rr = agent.plan(req, args.attach)
            except MMAgentError as exc:
                print(json.dumps({"error": exc.one_line(), "exit_code": exc.exit_code}), flush=True)
                print(f"error: {exc.one_line()}", file=sys.stderr, flush=True)
                code = code or exc.exit_code
                continue
        else:
            rr = agent.plan(req, args.attach)
        out: dict[str, Any] = rr.plan.public()
        if rr.plan.rejected:
            out["rejected"] = rr.plan.rejected
            code = code or EXIT_FOR_KIND.get(rr.plan.rejected_kind or "", 5)
        if args.json or args.request == "-":
            out["layer"] = rr.layer
            out["seconds"] = round(rr.seconds, 4)
        print(json.dumps(out, ensure_ascii=False), flush=True)
    return code
