"""Per-conversation chat histories for one shared Agent: bounded in size and number, expiring.

The Agent keeps one global ``history`` (what ``Agent.chat`` reads and extends).  The server
runs one agent request at a time, so each request swaps its conversation's history in,
runs ``Agent.chat`` and takes the extended history back out (the Agent trims it to
``settings.history_turns``).  Conversations idle longer than ``ttl_s`` are forgotten, and
beyond ``max_conversations`` the least recently used one is dropped.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import Any

from agent.schemas import AgentEvent, Turn


class ConversationStore:
    def __init__(self, *, ttl_s: float = 600.0, max_conversations: int = 100,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl_s = ttl_s
        self.max_conversations = max_conversations
        self.clock = clock
        self._items: OrderedDict[str, tuple[float, list[Turn]]] = OrderedDict()
        self._lock = threading.Lock()

    def _expire(self, now: float) -> None:
        for cid in [c for c, (t, _) in self._items.items() if now - t > self.ttl_s]:
            del self._items[cid]

    def get(self, cid: str | None) -> list[Turn]:
        """A copy of the conversation's history ([] for a new, expired or absent id)."""
        if not cid:
            return []
        with self._lock:
            self._expire(self.clock())
            item = self._items.get(cid)
            return list(item[1]) if item else []

    def put(self, cid: str | None, history: list[Turn]) -> None:
        if not cid:
            return
        with self._lock:
            now = self.clock()
            self._expire(now)
            self._items[cid] = (now, list(history))
            self._items.move_to_end(cid)
            while len(self._items) > self.max_conversations:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            self._expire(self.clock())
            return len(self._items)


def chat_in_conversation(agent: Any, store: ConversationStore, cid: str | None, text: str,
                         lock: threading.Lock, **kw: Any) -> Iterator[AgentEvent]:
    """``agent.chat(text, spoken=True, ...)`` with ``cid``'s history in place of the agent's own.

    ``lock`` serializes agent runs (one LLM at a time) and guards the history swap.
    A request without a conversation id runs with an empty history and is not remembered.
    """
    with lock:
        saved = agent.history
        agent.history = store.get(cid)
        try:
            yield from agent.chat(text, spoken=True, **kw)
            store.put(cid, agent.history)
        finally:
            agent.history = saved
