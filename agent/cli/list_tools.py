"""``run_agent.py tools``: list tools, their argument schemas and whether their models are installed."""

from __future__ import annotations

import argparse
import json
import sys

from agent.cli.common import settings_from_args

HELP = 'list tools, their argument schemas and model availability'


def add_arguments(p: argparse.ArgumentParser) -> None:
    """No options beyond the common ones."""


def run(args: argparse.Namespace) -> int:
    from agent.models import ModelStore
    from tools.registry import ToolRegistry

    settings = settings_from_args(args)
    reg = ToolRegistry(settings, models=ModelStore(settings))
    rows = []
    for name in reg.names():
        cls = reg.tool_class(name)
        av = reg.get(name).availability()
        rows.append({"name": name, "description": cls.description, "args": cls.args_schema(),
                     "available": av.ok, "detail": av.detail, "fix": av.fix})
    if args.json:
        print(json.dumps({"tools": rows, "warnings": reg.warnings}, indent=1))
        return 0
    for r in rows:
        status = "ready" if r["available"] else f"models missing ({r['fix']})"
        print(f"{r['name']}: {r['description']}  [{status}]")
        props = r["args"].get("properties", {})
        req = set(r["args"].get("required", []))
        for k, v in props.items():
            print(f"    {k}{'' if k in req else ' (optional)'}: {v.get('description', '')}")
    for w in reg.warnings:
        print(f"warning: {w}", file=sys.stderr)
    return 0
