"""Command line: ``run_agent.py`` and ``mmagent`` are the same program.

    run_agent.py "request" [--attach FILE ...] [--speak] [--json]
    run_agent.py plan "request" [--attach FILE ...]     (or ``plan -`` for one request per line on stdin)
    run_agent.py chat | tools [--json] | models [--json] | models pull NAME
    run_agent.py voice | batch | index | serve | wyoming ...
    run_agent.py mcp [--transport stdio|http] [--port N]   (serve the tools over MCP)

Every subcommand is one module in this package with ``HELP``, ``add_arguments(parser)`` and
``run(args) -> int``; heavy imports stay inside ``run``.  A module that fails to import only
disables its own subcommand.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from agent.cli.common import add_common_options
from tools.errors import MMAgentError

SUBCOMMANDS = {
    "run": "agent.cli.run",
    "plan": "agent.cli.plan",
    "chat": "agent.cli.chat",
    "tools": "agent.cli.list_tools",
    "models": "agent.cli.models",
    "voice": "agent.cli.voice",
    "batch": "agent.cli.batch",
    "index": "agent.cli.index",
    "mcp": "agent.cli.mcp",
    "wyoming": "agent.cli.wyoming",
    "serve": "agent.cli.serve",
}
COMMANDS = tuple(SUBCOMMANDS)


class OneLineParser(argparse.ArgumentParser):
    """Usage mistakes are one line on stderr (exit 2), like every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {self.prog}: {message} (fix: see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="mmagent", description="Local, offline multimodal agent.")
    sub = parser.add_subparsers(dest="command")
    for name, module in SUBCOMMANDS.items():
        try:
            mod = importlib.import_module(module)
        except ImportError as exc:
            logging.getLogger("mmagent.cli").debug("subcommand %s unavailable: %r", name, exc)
            continue
        p = sub.add_parser(name, help=mod.HELP)
        mod.add_arguments(p)
        add_common_options(p)
        p.set_defaults(_module=mod)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] not in COMMANDS and argv[0] not in ("-h", "--help"):
        argv = ["run", *argv]
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    if not hasattr(args, "_module"):
        print(f"error: the '{args.command}' command is not available in this installation", file=sys.stderr)
        return 2
    debug = getattr(args, "debug", False) or os.environ.get("MMAGENT_DEBUG") == "1"
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        return int(args._module.run(args))
    except MMAgentError as exc:
        if debug:
            raise
        print(f"error: {exc.one_line()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader of our output went away (e.g. `| head`)
        return 1
    except Exception as exc:  # noqa: BLE001 - the last resort: never a traceback without --debug
        if debug:
            raise
        text = " ".join(str(exc).split())[:300]
        print(f"error: unexpected {type(exc).__name__}: {text} (fix: rerun with --debug for the traceback"
              " and report it)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
