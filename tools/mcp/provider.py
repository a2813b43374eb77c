"""MCP servers as a tool provider: each server tool becomes a Tool class ``<server>_<tool>``.

Tool lists are cached on disk (``<cache_dir>/mcp/``, keyed by the server's launch config)
so building the registry does not start every server: a server is contacted for its list
only when no cache exists, and otherwise first when one of its tools runs (which also
refreshes the cache).  Results become ToolOutputs: text (and structured content) for the
LLM, images/audio/blobs written to the run's output folder as MediaRefs.  Everything a
server returns is data; it never becomes a plan.
"""

from __future__ import annotations

import atexit
import base64
import json
import logging
import mimetypes
import re
import weakref
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, ClassVar

from pydantic import BaseModel

from tools.base import NAME_RE, Availability, Tool, ToolContext, ToolError, ToolOutput
from tools.errors import MissingDependencyError
from tools.mcp.client import LoopThread, MCPConnection
from tools.mcp.config import MCPServerConfig, check_server_name
from tools.mcp.schema import SchemaError, args_model
from tools.media import MediaRef

log = logging.getLogger("mmagent.mcp")


class MCPResult(ToolOutput):
    """What an MCP tool returned: ``text`` for the LLM, ``structured`` content, produced files."""

    server: str = ""
    structured: dict[str, Any] | None = None


class MCPTool(Tool):
    """Base of the generated tool classes (one per server tool)."""

    Result = MCPResult
    server: ClassVar[str]
    remote_name: ClassVar[str]
    connection: ClassVar[MCPConnection]

    def availability(self) -> Availability:
        return Availability(True, f"MCP server '{self.server}'")

    def run(self, args: BaseModel, ctx: ToolContext) -> MCPResult:  # type: ignore[override]
        arguments = args.model_dump(mode="json", by_alias=True, exclude_none=True)
        res = self.connection.call(self.remote_name, arguments, cancel=ctx.cancel)
        return to_output(self.server, self.remote_name, res, ctx)


def to_output(server: str, tool: str, res: Any, ctx: ToolContext) -> MCPResult:
    """An MCP CallToolResult -> MCPResult (a tool-reported error -> ToolError)."""
    texts: list[str] = []
    media: list[MediaRef] = []
    for item in res.content or []:
        kind = getattr(item, "type", "")
        if kind == "text":
            texts.append(item.text)
        elif kind in ("image", "audio"):
            media.append(_write(ctx, f"{server}_{tool}", base64.b64decode(item.data), item.mimeType, kind))
        elif kind == "resource":
            r = item.resource
            if getattr(r, "text", None) is not None:
                texts.append(r.text)
            elif getattr(r, "blob", None) is not None:
                mime = r.mimeType or "application/octet-stream"
                k = "image" if mime.startswith("image/") else "audio" if mime.startswith("audio/") else "file"
                media.append(_write(ctx, f"{server}_{tool}", base64.b64decode(r.blob), mime, k))
        elif kind == "resource_link":
            texts.append(f"[resource {item.name}: {item.uri}]")
    structured = getattr(res, "structuredContent", None)
    text = "\n".join(t for t in texts if t).strip()
    if not text and structured is not None:
        text = json.dumps(structured, ensure_ascii=False)
    if not text and media:
        text = "produced " + ", ".join(m.name for m in media)
    if res.isError:
        raise ToolError(f"MCP tool {server}/{tool} reported an error: {text or 'no details'}", kind="tool_error")
    return MCPResult(text=text, media=media, server=server, structured=structured)


def _write(ctx: ToolContext, stem: str, data: bytes, mime: str | None, kind: str) -> MediaRef:
    ext = mimetypes.guess_extension(mime or "") or ".bin"
    path = ctx.new_output_path(stem, ext)
    path.write_bytes(data)
    return MediaRef(kind=kind, path=str(path), mime=mime)  # type: ignore[arg-type]


def tool_name(server: str, tool: str) -> str:
    """``<server>_<tool>`` as a valid, snake_case tool name."""
    snake = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", tool).lower()
    return re.sub(r"_+", "_", re.sub(r"[^a-z0-9_]", "_", f"{server}_{snake}")).strip("_")


def _one_line(text: str | None, fallback: str) -> str:
    first = " ".join((text or "").split()).strip()
    return (first[:200] or fallback)


class MCPProvider:
    """Tools from every configured MCP server.  ``tool_classes()`` is what the registry adds."""

    origin = "mcp"

    def __init__(self, servers: dict[str, Any], cache_dir: Path | None = None, *, refresh: bool = False) -> None:
        self.cache_dir = Path(cache_dir) / "mcp" if cache_dir else None
        self.refresh = refresh
        self.warnings: list[str] = []
        self._loop = LoopThread()
        self.connections: dict[str, MCPConnection] = {}
        for name, cfg in servers.items():
            problem = check_server_name(name)
            if problem:
                self._warn(f"{problem}; server skipped")
                continue
            cfg = cfg if isinstance(cfg, MCPServerConfig) else MCPServerConfig.model_validate(cfg)
            self.connections[name] = MCPConnection(name, cfg, self._loop, self.cache_dir)
        ref = weakref.ref(self)
        atexit.register(lambda: (p := ref()) is not None and p.close())  # stop servers at exit

    def _warn(self, msg: str) -> None:
        self.warnings.append(msg)
        log.warning(msg)

    # -- tool lists ------------------------------------------------------------------
    def _cache_file(self, conn: MCPConnection) -> Path | None:
        if self.cache_dir is None:
            return None
        return self.cache_dir / f"tools-{conn.name}-{conn.config.fingerprint()}.json"

    def _fetch(self, conn: MCPConnection) -> list[dict[str, Any]]:
        tools = [t.model_dump(mode="json", include={"name", "description", "inputSchema"}) for t in conn.list_tools()]
        cache = self._cache_file(conn)
        if cache is not None:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(".tmp")
            tmp.write_text(json.dumps(tools))
            tmp.replace(cache)
        return tools

    def _listing(self, conn: MCPConnection) -> list[dict[str, Any]] | None:
        cache = self._cache_file(conn)
        if cache is not None and cache.exists() and not self.refresh:
            try:
                return json.loads(cache.read_text())
            except (OSError, ValueError):
                pass
        try:
            return self._fetch(conn)
        except ToolError as exc:
            self._warn(f"MCP server '{conn.name}' skipped: {exc}")
            return None
        except MissingDependencyError as exc:
            self._warn(f"MCP server '{conn.name}' skipped: {exc.one_line()}")
            return None

    def tool_classes(self) -> list[type[Tool]]:
        """A Tool class for every usable tool of every server (servers contacted in parallel)."""
        conns = list(self.connections.values())
        if not conns:
            return []
        with ThreadPoolExecutor(max_workers=min(8, len(conns))) as pool:
            listings = list(pool.map(self._listing, conns))
        out: list[type[Tool]] = []
        for conn, listing in zip(conns, listings, strict=True):
            for spec in listing or []:
                cls = self._tool_class(conn, spec)
                if cls is not None:
                    out.append(cls)
        return out

    def _tool_class(self, conn: MCPConnection, spec: dict[str, Any]) -> type[Tool] | None:
        remote = str(spec.get("name", ""))
        if not conn.config.wants(remote):
            return None
        name = tool_name(conn.name, remote)
        if not NAME_RE.match(name):
            self._warn(f"MCP tool '{conn.name}/{remote}' skipped: cannot make a tool name from it")
            return None
        try:
            args, degraded = args_model(spec.get("inputSchema"), f"{name}_args")
        except SchemaError as exc:
            self._warn(f"MCP tool '{conn.name}/{remote}' skipped: unusable input schema: {exc}")
            return None
        if degraded:
            log.info("MCP tool %s/%s: schema simplified: %s", conn.name, remote, "; ".join(degraded))
        desc = _one_line(spec.get("description"), f"Tool {remote} of MCP server {conn.name}.")
        attrs = {"name": name, "description": f"{desc} (MCP server {conn.name})", "Args": args,
                 "server": conn.name, "remote_name": remote, "connection": conn, "__module__": __name__}
        return type(f"MCP_{name}", (MCPTool,), attrs)

    def close(self) -> None:
        """Stop every server session and the loop thread (idempotent; also runs at exit)."""
        for conn in self.connections.values():
            try:
                conn.close()
            except Exception as exc:  # noqa: BLE001
                log.warning("stopping MCP server %s failed: %r", conn.name, exc)
        self._loop.stop()
