"""Persisted KV state files (agent/llm_state.py): every bad file loads as None and is rebuilt."""

from __future__ import annotations

import multiprocessing as mp
from pathlib import Path

import pytest

from agent.llm_state import MAGIC, KVStateStore, StateKey

TOKENS = list(range(1000, 1300))
DATA = bytes(range(256)) * 4000  # ~1 MB stands in for llama.cpp's state bytes


def _key(model: str = "a" * 64, tokens: list[int] = TOKENS, n_ctx: int = 4096, version: str = "0.3.36") -> StateKey:
    return StateKey.for_tokens(model, n_ctx, version, tokens)


def test_round_trip(tmp_path: Path) -> None:
    store = KVStateStore(tmp_path / "kv")
    assert store.load(_key()) is None  # missing: nothing, no error
    path = store.save(_key(), TOKENS, DATA)
    assert path is not None and path.read_bytes().startswith(MAGIC)
    saved = store.load(_key())
    assert saved is not None and saved.tokens == TOKENS and saved.data == DATA
    assert [p.name for p in (tmp_path / "kv").iterdir()] == [path.name]  # no temp files left


@pytest.mark.parametrize("other", [
    {"model": "b" * 64}, {"n_ctx": 2048}, {"version": "0.3.99"}, {"tokens": TOKENS[:-1] + [7]},
])
def test_another_model_prompt_ctx_or_version_is_not_loaded(tmp_path: Path, other: dict) -> None:
    store = KVStateStore(tmp_path)
    store.save(_key(), TOKENS, DATA)
    key = _key(**other)
    assert store.load(key) is None
    # even a file renamed to the other key's name is refused: the header carries the key
    store.path(_key()).rename(store.path(key))
    assert store.load(key) is None


def _corrupt_variants(blob: bytes) -> dict[str, bytes]:
    mid = len(blob) // 2
    flipped = bytearray(blob)
    flipped[mid] ^= 0xFF
    bad_header = bytearray(blob)
    bad_header[len(MAGIC) + 4 + 30] ^= 0x01  # inside the header JSON (the model's sha256)
    return {
        "empty": b"",
        "magic only": MAGIC,
        "truncated header": blob[:len(MAGIC) + 10],
        "truncated body": blob[:mid],
        "one byte short": blob[:-1],
        "trailing garbage": blob + b"x",
        "bit flip in the state": bytes(flipped),
        "bit flip in the header": bytes(bad_header),
        "wrong magic": b"NOT-A-STATE!" + blob[len(MAGIC):],
        "huge header length": MAGIC + b"\xff\xff\xff\xff" + blob[len(MAGIC) + 4:],
    }


CASES = ["empty", "magic only", "truncated header", "truncated body", "one byte short", "trailing garbage",
         "bit flip in the state", "bit flip in the header", "wrong magic", "huge header length"]


@pytest.mark.parametrize("case", CASES)
def test_corrupt_or_truncated_file_loads_as_none_and_is_rebuilt(tmp_path: Path, case: str) -> None:
    store = KVStateStore(tmp_path)
    path = store.save(_key(), TOKENS, DATA)
    assert path is not None
    path.write_bytes(_corrupt_variants(path.read_bytes())[case])
    assert store.load(_key()) is None
    store.save(_key(), TOKENS, DATA)  # the rebuild replaces it
    saved = store.load(_key())
    assert saved is not None and saved.data == DATA


def test_unwritable_folder_is_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert KVStateStore(blocker / "kv").save(_key(), TOKENS, DATA) is None


def test_tokens_must_match_the_key(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="prompt_sha256"):
        KVStateStore(tmp_path).save(_key(), TOKENS[:10], DATA)


def _writer(folder: str, seed: int, rounds: int) -> None:
    store = KVStateStore(Path(folder))
    data = bytes([seed]) * (len(DATA) + seed)  # each writer writes a different, valid state
    for _ in range(rounds):
        store.save(_key(), TOKENS, data)
        got = store.load(_key())
        assert got is not None and len(got.data) in {len(DATA) + s for s in range(4)}


def test_concurrent_writers_never_leave_a_torn_file(tmp_path: Path) -> None:
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(tmp_path), seed, 15)) for seed in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0, 0, 0]
    saved = KVStateStore(tmp_path).load(_key())
    assert saved is not None
    assert saved.data == bytes([saved.data[0]]) * (len(DATA) + saved.data[0])  # one writer's whole state
    assert [p.suffix for p in tmp_path.iterdir()] == [".kv"]
