"""``run_agent.py mcp [--transport stdio|http] [--port N]``: serve mmagent's tools over MCP."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from agent.cli.common import settings_from_args

HELP = "serve the tools and an 'ask' tool (the whole agent) over MCP (stdio or streamable HTTP)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--transport", choices=["stdio", "http"], default="stdio")
    p.add_argument("--host", default="127.0.0.1", help="HTTP bind address (default loopback)")
    p.add_argument("--port", type=int, default=8808, help="HTTP port (endpoint http://HOST:PORT/mcp)")
    p.add_argument("--root", action="append", default=[], metavar="DIR",
                   help="folder the tools may read files from (repeatable; default: allowed_roots or the cwd)")


def run(args: argparse.Namespace) -> int:
    import anyio

    from agent.serve.mcp_server import ToolServer, build_mcp_server, serve_http, serve_stdio
    from tools.errors import UsageError

    settings = settings_from_args(args)
    roots = [Path(r) for r in args.root] or list(settings.allowed_roots) or [Path.cwd()]
    for r in roots:
        if not Path(r).expanduser().is_dir():
            raise UsageError(f"--root {r}: not a folder", "pass an existing folder")
    tools = ToolServer(settings, roots)
    server = build_mcp_server(tools)
    for w in tools.registry.warnings:
        print(f"warning: {w}", file=sys.stderr)
    try:
        if args.transport == "stdio":
            anyio.run(serve_stdio, server)
        else:
            print(f"mmagent MCP server on http://{args.host}:{args.port}/mcp (roots: "
                  f"{', '.join(map(str, tools.roots))})", file=sys.stderr, flush=True)
            serve_http(server, args.host, args.port, os.environ.get("MMAGENT_MCP_API_KEY") or None)
    finally:
        tools.registry.close_all()
    return 0
