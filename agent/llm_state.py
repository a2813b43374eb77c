"""Persisted llama.cpp KV state of the fixed system prompts, one file per prompt prefix.

A fresh process loads the evaluated state of the planner, answer and chat system prompts
from ``<cache_dir>/llm_state/`` instead of re-evaluating ~1,000 tokens (30-50 s cold on two
busy cores).  A file is keyed by everything that makes a state reusable: the model file's
sha256, the prompt's token ids, ``n_ctx`` and the llama-cpp-python version.

File layout (little-endian)::

    MAGIC (12 bytes) | header length (u32) | header JSON | tokens (int32 x n_tokens) | state bytes

The header carries the key, the token count, the state's length and a sha256 over tokens +
state.  Anything that does not check out (missing, truncated, corrupt, written for another
model or version) loads as ``None`` and the caller rebuilds it; nothing here raises on a
bad file.  Writes go to a unique temporary name in the same folder and are renamed into
place (``os.replace`` is atomic), so concurrent writers never leave a torn file: the last
complete write wins.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import struct
import tempfile
from array import array
from dataclasses import asdict, dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MAGIC = b"MMAGENT-KV\x00\x01"
_LEN = struct.Struct("<I")
_MAX_HEADER = 1 << 16


@dataclass(frozen=True)
class StateKey:
    """What a saved state is valid for."""

    model_sha256: str
    n_ctx: int
    engine_version: str
    prompt_sha256: str  # of the prompt's token ids

    @classmethod
    def for_tokens(cls, model_sha256: str, n_ctx: int, engine_version: str, tokens: list[int]) -> StateKey:
        return cls(model_sha256, n_ctx, engine_version, tokens_digest(tokens))

    def file_name(self) -> str:
        blob = json.dumps(asdict(self), sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:32] + ".kv"


@dataclass(frozen=True)
class SavedState:
    tokens: list[int]
    data: bytes


def tokens_digest(tokens: list[int]) -> str:
    return hashlib.sha256(array("i", tokens).tobytes()).hexdigest()


class KVStateStore:
    """Reads and writes state files in ``folder`` (created on first write)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def path(self, key: StateKey) -> Path:
        return self.folder / key.file_name()

    def load(self, key: StateKey) -> SavedState | None:
        """The saved state for ``key``, or None when it is missing or does not check out."""
        path = self.path(key)
        try:
            with path.open("rb") as f:
                blob = f.read()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("KV state %s unreadable (%s); it will be rebuilt", path, exc)
            return None
        state = self._parse(blob, key)
        if state is None:
            log.warning("KV state %s is invalid (truncated, corrupt or for another model); it will be rebuilt", path)
        return state

    @staticmethod
    def _parse(blob: bytes, key: StateKey) -> SavedState | None:
        n = len(MAGIC)
        if len(blob) < n + _LEN.size or blob[:n] != MAGIC:
            return None
        (hlen,) = _LEN.unpack_from(blob, n)
        start = n + _LEN.size
        if hlen > _MAX_HEADER or len(blob) < start + hlen:
            return None
        try:
            header = json.loads(blob[start:start + hlen])
            saved_key = StateKey(**header["key"])
            n_tokens, data_len, digest = int(header["n_tokens"]), int(header["data_len"]), str(header["sha256"])
        except (ValueError, TypeError, KeyError):
            return None
        body = memoryview(blob)[start + hlen:]
        if saved_key != key or len(body) != 4 * n_tokens + data_len:
            return None
        if hashlib.sha256(body).hexdigest() != digest:
            return None
        tokens = array("i")
        tokens.frombytes(body[:4 * n_tokens])
        if tokens_digest(list(tokens)) != key.prompt_sha256:
            return None
        return SavedState(list(tokens), bytes(body[4 * n_tokens:]))

    def save(self, key: StateKey, tokens: list[int], data: bytes) -> Path | None:
        """Write atomically; returns the path, or None when the folder is not writable."""
        if tokens_digest(tokens) != key.prompt_sha256:
            raise ValueError("the tokens do not match the key's prompt_sha256")
        tok = array("i", tokens).tobytes()
        h = hashlib.sha256(tok)
        h.update(data)
        header = json.dumps({"key": asdict(key), "n_tokens": len(tokens), "data_len": len(data),
                             "sha256": h.hexdigest()}).encode()
        path = self.path(key)
        tmp = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=self.folder)
            with os.fdopen(fd, "wb") as f:
                f.write(MAGIC + _LEN.pack(len(header)) + header)
                f.write(tok)
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
            return path
        except OSError as exc:
            log.warning("could not save KV state to %s (%s); the next process re-evaluates the prompt", path, exc)
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
            return None
