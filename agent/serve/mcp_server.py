"""mmagent as an MCP server: its built-in tools and plugins, plus ``ask`` (the whole agent).

    run_agent.py mcp                          # stdio (what desktop assistants and IDEs spawn)
    run_agent.py mcp --transport http --port 8808   # streamable HTTP on http://127.0.0.1:8808/mcp

Each tool's input schema is its Args model's JSON schema (the same one the planner uses).
Files are read only under the allowed roots (``--root``, else ``allowed_roots``, else the
working folder).  A failure comes back as an MCP tool error (``isError``) whose text is the
one-line message and fix.  Uses the ``mcp`` 1.x low-level server API.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import sys
import threading
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from tools.base import Tool
from tools.errors import MissingDependencyError, MMAgentError, UsageError

LOOPBACK = ("127.0.0.1", "::1", "localhost")


class AskArgs(BaseModel):
    request: str = Field(description="what to do, in plain words (e.g. 'what is said in memo.wav?')")
    files: list[str] = Field(default_factory=list, description="paths of files the request is about")


ASK_DESCRIPTION = ("Run the mmagent agent on a request (speech-to-text, OCR, captions, image search, speech) "
                   "with optional file paths; returns the answer, the plan and produced files.")


class ToolServer:
    """The protocol-independent part: tool list, argument and path checks, running tools and ``ask``."""

    def __init__(self, settings: Any, roots: list[Path], registry: Any = None) -> None:
        from agent.models import ModelStore
        from tools.registry import ToolRegistry

        self.roots = [Path(r).expanduser().resolve() for r in roots]
        self.settings = settings.model_copy(update={"allowed_roots": self.roots})
        self.registry = registry if registry is not None else ToolRegistry(
            self.settings, models=ModelStore(self.settings))
        self._agent: Any = None
        self._lock = threading.Lock()  # one request at a time: models are shared and not re-entrant

    def tool_classes(self) -> list[type[Tool]]:
        """Built-in and plugin tools (tools proxied from other MCP servers are not re-exported)."""
        classes = [self.registry.tool_class(n) for n in self.registry.names()]
        return [c for c in classes if not hasattr(c, "remote_name")]

    def tool_specs(self) -> list[dict[str, Any]]:
        specs = [{"name": c.name, "description": c.description, "inputSchema": c.args_schema()}
                 for c in self.tool_classes()]
        specs.append({"name": "ask", "description": ASK_DESCRIPTION, "inputSchema": AskArgs.model_json_schema()})
        return specs

    # -- checks ---------------------------------------------------------------------
    def check_path(self, value: str, field: str) -> str:
        path = Path(value).expanduser()
        if not path.is_absolute():
            path = self.roots[0] / path
        path = path.resolve()
        if not any(path.is_relative_to(r) for r in self.roots):
            raise UsageError(f"{field}: {value} is outside the allowed folders",
                             f"use a file under {', '.join(map(str, self.roots))} or start the server with --root")
        if not path.is_file():
            raise UsageError(f"{field}: {value}: file not found", "pass the path of an existing file")
        return str(path)

    def _parse(self, cls: type[BaseModel], arguments: dict[str, Any]) -> BaseModel:
        try:
            return cls.model_validate(arguments)
        except ValidationError as exc:
            bad = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'arguments'}: {e['msg']}" for e in exc.errors())
            raise UsageError(f"invalid arguments: {bad}", "follow the tool's input schema") from None

    # -- calls (blocking; the transports run them in a worker thread) ----------------------
    def call(self, name: str, arguments: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        """Run tool ``name``; returns (text, structured content).  Raises MMAgentError on failure."""
        if name == "ask":
            return self.ask(self._parse(AskArgs, arguments))  # type: ignore[arg-type]
        if name not in {c.name for c in self.tool_classes()}:
            raise UsageError(f"unknown tool '{name}'", "list the tools (tools/list) and use one of them")
        cls = self.registry.tool_class(name)
        args = self._parse(cls.Args, arguments).model_dump(mode="json", exclude_none=True)
        for field in cls.media_args():
            if isinstance(args.get(field), str):
                args[field] = self.check_path(args[field], field)
        from agent.runtime import execute
        from agent.schemas import ToolCall
        from tools.base import ToolContext

        ctx = ToolContext(settings=self.settings, out_dir=self.settings.output_dir, models=self.registry.models)
        with self._lock:
            r = execute(ToolCall(tool=name, args=args), 1, [], self.registry, ctx, self.settings.tool_timeout)
        if not r.ok:
            raise ToolCallFailed(r.error or "failed", r.error_kind or "tool_error")
        files = [m.model_dump(mode="json") for m in r.media]
        return r.text, {"text": r.text, **r.data, "files": files}

    def agent(self) -> Any:
        if self._agent is None:
            if getattr(self.settings, "agent_factory", None):
                from agent.tasks.engines import build_agent

                self._agent = build_agent(self.settings)
            else:
                from agent.core import Agent

                self._agent = Agent(self.settings, registry=self.registry)
        return self._agent

    def ask(self, args: AskArgs) -> tuple[str, dict[str, Any]]:
        files = [self.check_path(f, f"files[{i}]") for i, f in enumerate(args.files)]
        with self._lock:
            result = self.agent().run(args.request, files)
        if result.error and not result.answer:
            raise ToolCallFailed(result.error, "agent_error")
        out = {"answer": result.answer, "plan": result.plan.public(),
               "tools": [{"tool": r.tool, "ok": r.ok, "text": r.text, "error": r.error} for r in result.tool_results],
               "files": [m.model_dump(mode="json") for m in result.files], "error": result.error}
        return result.answer, out


class ToolCallFailed(MMAgentError):
    """A tool ran and failed (its one-line message already includes the fix)."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


def build_mcp_server(tools: ToolServer) -> Any:
    """The ``mcp`` low-level Server offering ``tools``."""
    try:
        import anyio
        import mcp.types as types
        from mcp.server.lowlevel import Server
    except ImportError as exc:
        raise MissingDependencyError("mcp", "mcp", "run_agent.py mcp") from exc

    server = Server("mmagent")

    @server.list_tools()
    async def list_tools() -> list[types.Tool]:
        return [types.Tool(**spec) for spec in tools.tool_specs()]

    @server.call_tool(validate_input=False)  # ToolServer validates with the Args models (better messages)
    async def call_tool(name: str, arguments: dict[str, Any]) -> Any:
        try:
            text, structured = await anyio.to_thread.run_sync(tools.call, name, dict(arguments or {}))
        except MMAgentError as exc:
            return types.CallToolResult(isError=True, content=[types.TextContent(type="text", text=exc.one_line())])
        content = [types.TextContent(type="text", text=text or json.dumps(structured, ensure_ascii=False))]
        return types.CallToolResult(content=content, structuredContent=structured)

    return server


async def serve_stdio(server: Any) -> None:
    from mcp.server.stdio import stdio_server

    async with stdio_server() as (read, write):
        # stdout is the protocol channel (already wrapped above): a stray print() from a tool
        # or library must not corrupt it, so Python-level output goes to stderr from here on
        with contextlib.redirect_stdout(sys.stderr):
            await server.run(read, write, server.create_initialization_options())


def http_app(server: Any, api_key: str | None = None) -> Any:
    """A Starlette app serving ``server`` at ``/mcp`` (streamable HTTP, stateless)."""
    from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    manager = StreamableHTTPSessionManager(app=server, stateless=True)

    class Endpoint:
        async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
            if api_key is not None:
                auth = dict(scope.get("headers") or []).get(b"authorization", b"").decode()
                if not hmac.compare_digest(auth, f"Bearer {api_key}"):
                    resp = JSONResponse({"error": "missing or wrong API key (send Authorization: Bearer KEY)"}, 401)
                    await resp(scope, receive, send)
                    return
            await manager.handle_request(scope, receive, send)

    return Starlette(routes=[Route("/mcp", endpoint=Endpoint())], lifespan=lambda _app: manager.run())


def serve_http(server: Any, host: str, port: int, api_key: str | None = None) -> None:
    if host not in LOOPBACK and not api_key:
        raise UsageError(f"--host {host} would expose the tools beyond this machine without a key",
                         "bind to 127.0.0.1 or set MMAGENT_MCP_API_KEY")
    import uvicorn

    uvicorn.run(http_app(server, api_key), host=host, port=port, log_level="warning")
