"""``run_agent.py tools``: list tools, their argument schemas and whether their models are installed."""

from __future__ import annotations

import argparse
import json
import sys

from agent.cli.common import settings_from_args

HELP = 'list tools, their argument schemas and model availability'


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--refresh", action="store_true",
                   help="ask every MCP server for its tool list again (instead of the cached list)")


def run(args: argparse.Namespace) -> int:
    from agent.models import ModelStore
    from tools.registry import ToolRegistry

    settings = settings_from_args(args)
    providers = None
    if args.refresh and settings.mcp_servers:
        from tools.mcp import MCPProvider

        providers = [MCPProvider(settings.mcp_servers, settings.cache_dir, refresh=True)]
    reg = ToolRegistry(settings, models=ModelStore(settings), providers=providers)
    rows = []
    for name in reg.names():
        cls = reg.tool_class(name)
        av = reg.get(name).availability()
        rows.append({"name": name, "description": cls.description, "args": cls.args_schema(),
                     "available": av.ok, "detail": av.detail, "fix": av.fix,
                     "mcp_server": getattr(cls, "server", None), "mcp_tool": getattr(cls, "remote_name", None)})
    if args.json:
        print(json.dumps({"tools": rows, "warnings": reg.warnings}, indent=1))
        return 0
    for r in rows:
        status = "ready" if r["available"] else f"models missing ({r['fix']})"
        if r["mcp_server"]:
            status = f"mcp: {r['mcp_server']}/{r['mcp_tool']}"
        print(f"{r['name']}: {r['description']}  [{status}]")
        props = r["args"].get("properties", {})
        req = set(r["args"].get("required", []))
        for k, v in props.items():
            print(f"    {k}{'' if k in req else ' (optional)'}: {v.get('description', '')}")
    for w in reg.warnings:
        print(f"warning: {w}", file=sys.stderr)
    reg.close_all()
    return 0
