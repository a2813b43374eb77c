"""One job at a time (the LLM and the speech models share two CPU cores) behind a bounded queue.

``ticket = await queue.acquire()`` waits for the slot or raises 503 at once when
``max_waiting`` requests already wait.  ``ticket.start(work)`` runs ``work(emit)`` in a thread
and ``ticket.items(request)`` yields what it emits; a client that goes away cancels the
ticket's CancelToken.  The slot is released when the thread has really finished (so the
next job never overlaps a cancelled one) or, for a job that never started, on ``close()``.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable
from typing import Any

from agent.serve.http.errors import ApiError
from tools.base import CancelToken

_END = object()


class _Raised:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


class WorkQueue:
    def __init__(self, max_waiting: int, retry_after: int = 5) -> None:
        self.max_waiting = max_waiting
        self.retry_after = retry_after
        self.waiting = 0
        self.running = 0
        self.served = 0
        self.refused = 0
        self._sem: asyncio.Semaphore | None = None

    def status(self) -> dict[str, int]:
        return {"running": self.running, "waiting": self.waiting, "max_waiting": self.max_waiting,
                "served": self.served, "refused": self.refused}

    @property
    def busy(self) -> bool:
        return bool(self.running or self.waiting)

    async def acquire(self) -> Ticket:
        if self._sem is None:
            self._sem = asyncio.Semaphore(1)
        if self.running + self.waiting >= 1 + self.max_waiting:
            self.refused += 1
            raise ApiError(503, f"the server is busy ({self.running} running, {self.waiting} waiting) "
                           f"(fix: retry after {self.retry_after} s)", code="queue_full",
                           headers={"Retry-After": str(self.retry_after)})
        self.waiting += 1
        try:
            await self._sem.acquire()
        finally:
            self.waiting -= 1
        self.running += 1
        return Ticket(self, asyncio.get_running_loop())

    def _release(self) -> None:
        self.running -= 1
        self.served += 1
        assert self._sem is not None
        self._sem.release()


class Ticket:
    """The right to run one job; the job's CancelToken; the bridge from its thread to asyncio."""

    def __init__(self, queue: WorkQueue, loop: asyncio.AbstractEventLoop) -> None:
        self.queue = queue
        self.loop = loop
        self.cancel = CancelToken()
        self._items: asyncio.Queue[Any] = asyncio.Queue()
        self._thread: threading.Thread | None = None
        self._released = False
        self._on_release: list[Callable[[], None]] = []

    def on_release(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` when the job is over (e.g. remove the request's uploads)."""
        self._on_release.append(fn)

    def _release(self) -> None:
        if not self._released:
            self._released = True
            try:
                for fn in self._on_release:
                    fn()
            finally:
                self.queue._release()

    def start(self, work: Callable[[Callable[[Any], None]], None]) -> None:
        def emit(item: Any) -> None:
            if not self.loop.is_closed():  # the server may have shut down meanwhile
                self.loop.call_soon_threadsafe(self._items.put_nowait, item)

        def main() -> None:
            try:
                work(emit)
            except BaseException as exc:  # noqa: BLE001 - handed to the request that owns the job
                emit(_Raised(exc))
            finally:
                emit(_END)
                if not self.loop.is_closed():
                    self.loop.call_soon_threadsafe(self._release)

        self._thread = threading.Thread(target=main, name="mmagent-serve-job", daemon=True)
        self._thread.start()

    def close(self) -> None:
        """The request is over (done, failed or disconnected): stop the job, free the slot."""
        self.cancel.cancel()
        if self._thread is None:
            self._release()

    async def items(self, is_disconnected: Callable[[], Any] | None = None,
                    poll: float = 0.25) -> AsyncIterator[Any]:
        """What the job emits, in order; stops (and cancels the job) when the client goes away.

        ``is_disconnected`` is checked every ``poll`` seconds, also while items keep coming.
        """
        loop = asyncio.get_running_loop()
        next_check = loop.time() + poll
        while True:
            try:  # take what is already there without a timer task (events come in bursts)
                item = self._items.get_nowait()
            except asyncio.QueueEmpty:
                try:
                    item = await asyncio.wait_for(self._items.get(), poll)
                except TimeoutError:
                    item = None
            if is_disconnected is not None and loop.time() >= next_check:
                next_check = loop.time() + poll
                if await is_disconnected():
                    self.close()
                    return
            if item is None:
                continue
            if item is _END:
                return
            if isinstance(item, _Raised):
                raise item.exc
            yield item

    async def result(self, is_disconnected: Callable[[], Any] | None = None) -> list[Any]:
        return [item async for item in self.items(is_disconnected)]
