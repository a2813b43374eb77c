"""Results of tools that read a file, reused while the file is unchanged.

A chat that transcribes ``memo.wav`` and then asks a question about it, ``make demo``'s second
question, or a batch that OCRs the same receipt for two tasks run the same model on the same
bytes twice.  Tools that are pure functions of their arguments and input files say so with
``Tool.cacheable``; their results are kept in a small in-process LRU keyed by the tool, its
validated arguments and, for every file argument, the file's identity (real path, size,
modification time, inode).  Changing, replacing or touching a file changes its key.  Nothing is
written to disk; errors are never cached.
"""

from __future__ import annotations

import json
import os
import threading
from collections import OrderedDict
from typing import Any

from tools.media import MediaRef, expand_path


class ResultCache:
    """A bounded, thread-safe LRU of ``(text, data, media)`` by call key."""

    def __init__(self, size: int = 64) -> None:
        self.size = max(0, int(size))
        self._items: OrderedDict[str, tuple[str, dict[str, Any], list[MediaRef]]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(tool: Any, args: Any) -> str | None:
        """The key of a validated call, or None when it must not be cached (a file that
        cannot be stat'ed: the tool reports that itself)."""
        files: dict[str, list[Any]] = {}
        for name in tool.media_args():
            value = getattr(args, name)
            if not isinstance(value, str):
                continue
            try:
                p = expand_path(value).resolve()
                st = p.stat()
            except (OSError, ValueError):
                return None
            files[name] = [str(p), st.st_size, st.st_mtime_ns, st.st_ino]
        return json.dumps([tool.name, args.model_dump(mode="json"), files], sort_keys=True, default=str)

    def get(self, key: str) -> tuple[str, dict[str, Any], list[MediaRef]] | None:
        with self._lock:
            hit = self._items.get(key)
            if hit is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
        text, data, media = hit
        # copies: a caller that edits the result must not change the cached one
        return text, json.loads(json.dumps(data)), [m.model_copy() for m in media if os.path.exists(m.path)]

    def put(self, key: str, text: str, data: dict[str, Any], media: list[MediaRef]) -> None:
        if self.size == 0:
            return
        with self._lock:
            self._items[key] = (text, json.loads(json.dumps(data)), [m.model_copy() for m in media])
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)
