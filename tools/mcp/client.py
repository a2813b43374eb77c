"""Long-lived MCP client sessions on one background asyncio loop thread.

One ``MCPConnection`` per configured server.  Its session is opened on first use (the
server process is spawned once, not per call) and kept until ``close()``.  A server that
fails to start, dies or hangs surfaces as a ``ToolError`` naming it; the broken session is
torn down (the process is stopped) and the next call starts a fresh one.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Any

from tools.base import CancelToken, ToolError
from tools.errors import MissingDependencyError
from tools.mcp.config import MCPServerConfig


def _import_mcp() -> Any:
    try:
        import mcp
    except ImportError as exc:
        raise MissingDependencyError("mcp", "mcp", "MCP tool servers") from exc
    return mcp


class LoopThread:
    """An asyncio event loop running in a daemon thread, started on first use."""

    def __init__(self, name: str = "mmagent-mcp") -> None:
        self._name = name
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None or self._thread is None or not self._thread.is_alive():
                loop = asyncio.new_event_loop()
                t = threading.Thread(target=loop.run_forever, name=self._name, daemon=True)
                t.start()
                self._loop, self._thread = loop, t
            return self._loop

    def submit(self, coro: Any) -> Future:
        return asyncio.run_coroutine_threadsafe(coro, self.loop())

    def stop(self) -> None:
        with self._lock:
            loop, t = self._loop, self._thread
            self._loop = self._thread = None
        if loop is not None and t is not None:
            loop.call_soon_threadsafe(loop.stop)
            t.join(timeout=5)
            if not t.is_alive():
                loop.close()


def _one_line(exc: BaseException) -> str:
    """A one-line description of ``exc`` (unwrapping anyio exception groups)."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class MCPConnection:
    """The session with one MCP server (opened lazily, kept for the process)."""

    def __init__(self, name: str, config: MCPServerConfig, loop: LoopThread, log_dir: Path | None = None) -> None:
        self.name = name
        self.config = config
        self._loop = loop
        self._log_dir = log_dir
        self._session: Any = None
        self._closing: asyncio.Event | None = None
        self._holder: asyncio.Task | None = None
        self._lock = threading.Lock()
        self.starts = 0  # how many sessions were opened (tests, diagnostics)

    # -- lifecycle (runs on the loop thread) ---------------------------------------
    async def _hold(self, ready: asyncio.Future) -> None:
        """Open the transport and session, signal ``ready``, keep them until closing."""
        from contextlib import AsyncExitStack

        from mcp import ClientSession

        self._closing = asyncio.Event()
        try:
            async with AsyncExitStack() as stack:
                if self.config.url:
                    import httpx
                    from mcp.client.streamable_http import streamable_http_client

                    http = await stack.enter_async_context(httpx.AsyncClient(
                        headers=self.config.headers, follow_redirects=True,
                        timeout=httpx.Timeout(self.config.startup_timeout, read=self.config.timeout + 5)))
                    read, write, _ = await stack.enter_async_context(
                        streamable_http_client(self.config.url, http_client=http))
                else:
                    from mcp import StdioServerParameters
                    from mcp.client.stdio import stdio_client

                    params = StdioServerParameters(
                        command=self.config.command or "", args=list(self.config.args),
                        env={**_inherited_env(), **self.config.env} or None,
                        cwd=str(self.config.cwd) if self.config.cwd else None)
                    errlog = stack.enter_context(self._errlog())
                    read, write = await stack.enter_async_context(stdio_client(params, errlog=errlog))
                session = await stack.enter_async_context(ClientSession(read, write))
                await session.initialize()
                self._session = session
                if not ready.done():
                    ready.set_result(session)
                await self._closing.wait()
        except BaseException as exc:  # noqa: BLE001 - reported to the waiting caller
            if not ready.done():
                ready.set_exception(exc if isinstance(exc, Exception) else RuntimeError(_one_line(exc)))
            if isinstance(exc, asyncio.CancelledError):
                raise
        finally:
            self._session = None

    def _errlog(self) -> Any:
        """Where the server's stderr goes: a log file per server (or /dev/null)."""
        if self._log_dir is None:
            return open("/dev/null", "w")  # noqa: SIM115 - closed by the exit stack
        self._log_dir.mkdir(parents=True, exist_ok=True)
        return open(self._log_dir / f"{self.name}.log", "a")  # noqa: SIM115

    async def _start(self) -> Any:
        ready: asyncio.Future = asyncio.get_running_loop().create_future()
        self._holder = asyncio.create_task(self._hold(ready))
        try:
            return await asyncio.wait_for(asyncio.shield(ready), self.config.startup_timeout)
        except BaseException:
            await self._stop()
            raise

    async def _stop(self) -> None:
        holder, self._holder = self._holder, None
        if holder is None:
            return
        if self._closing is not None:
            self._closing.set()
        try:
            await asyncio.wait_for(asyncio.shield(holder), 5)
        except BaseException:  # noqa: BLE001 - a hung shutdown is cancelled
            holder.cancel()
            with contextlib.suppress(BaseException):
                await asyncio.wait_for(holder, 5)
        self._session = None

    # -- thread-side API -------------------------------------------------------------
    def _wait(self, fut: Future, timeout: float, cancel: CancelToken | None = None) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                fut.cancel()
                raise FutureTimeout()
            try:
                return fut.result(timeout=min(left, 0.1))
            except FutureTimeout:
                if cancel is not None and cancel.cancelled:
                    fut.cancel()
                    raise ToolError("cancelled", kind="cancelled") from None

    def session(self) -> Any:
        """The live session, starting the server if needed (ToolError when it cannot start)."""
        _import_mcp()
        with self._lock:
            if self._session is not None and self._holder is not None and not self._holder.done():
                return self._session
            self._reset()
            self.starts += 1
            try:
                return self._wait(self._loop.submit(self._start()), self.config.startup_timeout + 10)
            except Exception as exc:  # noqa: BLE001 - any start failure is a tool error
                where = self.config.url or " ".join([self.config.command or "", *self.config.args])
                raise ToolError(
                    f"MCP server '{self.name}' failed to start ({where}): {_one_line(exc)}",
                    kind="mcp_unavailable",
                    fix=f"check [mcp_servers.{self.name}] in the config"
                        + (f"; its log is {self._log_dir / (self.name + '.log')}" if self._log_dir else ""),
                ) from None

    def _reset(self) -> None:
        if self._holder is not None:
            with contextlib.suppress(Exception):
                self._wait(self._loop.submit(self._stop()), 15)
        self._session = None

    def list_tools(self) -> list[Any]:
        """Every tool the server offers (all pages)."""
        session = self.session()

        async def _all() -> list[Any]:
            out, cursor = [], None
            while True:
                page = await session.list_tools(cursor) if cursor else await session.list_tools()
                out.extend(page.tools)
                cursor = page.nextCursor
                if not cursor:
                    return out

        try:
            return self._wait(self._loop.submit(_all()), self.config.startup_timeout)
        except Exception as exc:  # noqa: BLE001
            self.close()
            raise ToolError(f"MCP server '{self.name}' could not list its tools: {_one_line(exc)}",
                            kind="mcp_unavailable") from None

    def call(self, tool: str, arguments: dict[str, Any], cancel: CancelToken | None = None) -> Any:
        """Call ``tool``; returns the MCP CallToolResult.  Transport failures raise ToolError.

        A session whose server died while idle is noticed when the request cannot even be
        sent (a closed stream): then, and only then, a fresh server is started and the call
        is sent once more (it never reached the old one, so this cannot run it twice).
        """
        import anyio

        timeout = self.config.timeout
        try:
            session = self.session()
            fut = self._loop.submit(session.call_tool(tool, arguments))
            try:
                return self._wait(fut, timeout + 2, cancel)
            except (anyio.ClosedResourceError, anyio.BrokenResourceError):
                self.close()  # died while idle: the request was never sent
            session = self.session()
            fut = self._loop.submit(session.call_tool(tool, arguments))
            return self._wait(fut, timeout + 2, cancel)
        except FutureTimeout:
            self.close()
            raise ToolError(f"MCP server '{self.name}' did not answer {tool} within {timeout:g} s (stopped; "
                            "it restarts on the next call)", kind="timeout",
                            fix=f"raise timeout in [mcp_servers.{self.name}]") from None
        except ToolError as exc:
            if exc.kind != "cancelled":  # a cancelled call leaves the session usable
                self.close()
            raise
        except Exception as exc:  # noqa: BLE001 - connection lost, server crashed, protocol error
            self.close()
            raise ToolError(f"MCP server '{self.name}' failed during {tool}: {_one_line(exc)} (it restarts on "
                            "the next call)", kind="mcp_unavailable") from None

    def close(self) -> None:
        """Stop the session (and the server process); the next call starts a fresh one."""
        with self._lock:
            self._reset()


def _inherited_env() -> dict[str, str]:
    """The environment a stdio server gets: ours (PATH, venv, HOME...), then its ``env`` on top."""
    import os

    return dict(os.environ)
