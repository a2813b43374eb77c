"""vision_runtime=onnx: the ONNX Runtime CLIP embedder against torch fp32, with a tiny random CLIP."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import numpy as np
import pytest

from agent.config import Settings
from agent.models import ModelStore
from tests.vision_util import load_embedder_for, make_photos
from tools.base import ToolContext
from tools.clip_search import ClipEmbedder, SearchImages
from tools.errors import MissingDependencyError
from tools.images import open_image

pytest.importorskip("transformers")
pytest.importorskip("onnxruntime")


@pytest.fixture(scope="module")
def tiny_clip(tmp_path_factory):
    from tools.testing_vision import make_tiny_clip

    return make_tiny_clip(tmp_path_factory.mktemp("clip") / "tiny-clip")


@pytest.fixture(scope="module")
def torch_fp32(tiny_clip):
    return load_embedder_for(Settings(clip_model_path=tiny_clip, vision_threads=1, vision_quantize="none"))


@pytest.fixture(scope="module")
def photos(tmp_path_factory):
    return [open_image(p) for p in make_photos(tmp_path_factory.mktemp("photos"), 5)]


QUERIES = ["a", "a lighthouse at sunset", "the red car on the beach with a dog and a cat in the sea " * 3]


def _settings(tmp_path, tiny_clip, **kw):
    kw = {"vision_quantize": "none", "vision_runtime": "onnx", **kw}
    return Settings(output_dir=tmp_path / "out", model_dir=tmp_path / "models", cache_dir=tmp_path / "cache",
                    clip_model_path=tiny_clip, vision_threads=1, **kw)


def _cos(a, b):
    return (np.asarray(a) * np.asarray(b)).sum(-1)


def _no_export(monkeypatch):
    import torch

    import tools.onnx_clip as oc

    def boom(*a, **k):
        raise AssertionError("re-exported")

    monkeypatch.setattr(torch.onnx, "export", boom)
    monkeypatch.setattr(oc, "_export_checkpoint", boom)
    monkeypatch.setattr(oc, "quantize_int8", boom)


def test_onnx_fp32_matches_torch_and_export_is_reused(tmp_path, tiny_clip, torch_fp32, photos, monkeypatch):
    pytest.importorskip("onnx")
    from tools.onnx_clip import OnnxClipEmbedder

    s = _settings(tmp_path, tiny_clip)
    emb = load_embedder_for(s)
    assert isinstance(emb, OnnxClipEmbedder) and emb.exported
    assert emb.folder.parent == tmp_path / "cache" / "onnx" and emb.folder.name.startswith("tiny-clip-")
    assert {p.name for p in emb.folder.iterdir()} == {"image.onnx", "text.onnx", "meta.json", "export.lock"}
    assert emb.model_id == torch_fp32.model_id and emb.dim == torch_fp32.dim  # same index either way
    # batch sizes other than the export's (2): the batch axis is dynamic
    for batch in (photos, photos[:1]):
        got, ref = emb.images(batch), torch_fp32.images(batch)
        assert got.shape == ref.shape and got.dtype == np.float32
        assert _cos(got, ref).min() > 0.999
    for q in QUERIES:  # token lengths 3 to 77 (truncated): the sequence axis is dynamic
        assert _cos(emb.text(q), torch_fp32.text(q)) > 0.999
    assert emb.images([]).shape == (0, emb.dim)

    stamps = {p.name: p.stat().st_mtime_ns for p in emb.folder.iterdir()}
    _no_export(monkeypatch)
    again = load_embedder_for(s)
    assert not again.exported and again.folder == emb.folder
    assert {p.name: p.stat().st_mtime_ns for p in emb.folder.iterdir()} == stamps
    assert np.allclose(again.images(photos), emb.images(photos), atol=1e-6)


def test_onnx_int8_reuses_fp32_export(tmp_path, tiny_clip, torch_fp32, photos, monkeypatch):
    pytest.importorskip("onnx")
    import tools.onnx_clip as oc

    load_embedder_for(_settings(tmp_path, tiny_clip))  # fp32 export
    calls = []
    real = oc._export_checkpoint
    monkeypatch.setattr(oc, "_export_checkpoint", lambda *a, **k: calls.append(1) or real(*a, **k))
    q = load_embedder_for(_settings(tmp_path, tiny_clip, vision_quantize="int8"))
    assert q.exported and not calls  # only quantized, not exported again
    assert (q.folder / "image-int8.onnx").exists() and (q.folder / "text-int8.onnx").exists()
    # dynamic int8 of random tiny weights: close to fp32, not identical
    assert _cos(q.images(photos), torch_fp32.images(photos)).min() > 0.98
    assert _cos(q.text(QUERIES[1]), torch_fp32.text(QUERIES[1])) > 0.98
    _no_export(monkeypatch)
    assert not load_embedder_for(_settings(tmp_path, tiny_clip, vision_quantize="int8")).exported
    # auto means int8 for CLIP with either runtime
    assert load_embedder_for(_settings(tmp_path, tiny_clip, vision_quantize="auto")).quantize == "int8"


def test_new_weights_get_a_new_export(tmp_path, tiny_clip):
    from tools.onnx_clip import export_dir

    copy = Path(shutil.copytree(tiny_clip, tmp_path / "tiny-clip"))
    a = export_dir(tmp_path, copy)
    assert export_dir(tmp_path, copy) == a
    (copy / "README.md").write_text("docs do not matter")
    assert export_dir(tmp_path, copy) == a
    weights = next(copy.glob("*.safetensors"))
    weights.write_bytes(weights.read_bytes())  # same size, new mtime
    assert export_dir(tmp_path, copy) != a


def test_failed_export_leaves_nothing_half_written(tmp_path, tiny_clip, monkeypatch):
    pytest.importorskip("onnx")
    import torch

    def half(module, args, path, **kw):
        Path(path).write_bytes(b"partial")
        raise RuntimeError("killed mid-export")

    monkeypatch.setattr(torch.onnx, "export", half)
    with pytest.raises(RuntimeError, match="killed mid-export"):
        load_embedder_for(_settings(tmp_path, tiny_clip))
    left = {p.name for p in (tmp_path / "cache" / "onnx").glob("*/*")}
    assert left <= {"export.lock"}, left
    monkeypatch.undo()
    assert load_embedder_for(_settings(tmp_path, tiny_clip)).exported  # and the next load exports cleanly


def test_missing_onnxruntime_names_the_extra(tmp_path, tiny_clip, monkeypatch):
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # import onnxruntime -> ImportError
    with pytest.raises(MissingDependencyError) as ei:
        load_embedder_for(_settings(tmp_path, tiny_clip))
    assert ei.value.package == "onnxruntime" and ei.value.extra == "vision"
    assert "mmagent[vision]" in ei.value.one_line()
    # the torch runtime does not need it
    assert isinstance(load_embedder_for(_settings(tmp_path, tiny_clip, vision_runtime="torch")), ClipEmbedder)


def test_missing_onnx_only_matters_for_the_export(tmp_path, tiny_clip, monkeypatch):
    pytest.importorskip("onnx")
    load_embedder_for(_settings(tmp_path, tiny_clip))
    monkeypatch.setitem(sys.modules, "onnx", None)
    assert not load_embedder_for(_settings(tmp_path, tiny_clip)).exported  # cached export: onnxruntime is enough
    with pytest.raises(MissingDependencyError) as ei:
        load_embedder_for(_settings(tmp_path / "other", tiny_clip))
    assert ei.value.package == "onnx" and ei.value.extra == "vision"


def test_search_tool_with_onnx_runtime(tmp_path, tiny_clip):
    pytest.importorskip("onnx")
    folder = tmp_path / "photos"
    files = make_photos(folder, 6)
    shutil.copyfile(files[2], folder / "copy_of_2.png")
    s = _settings(tmp_path, tiny_clip)
    tool = SearchImages(s, models=ModelStore(s))
    ctx = ToolContext(s, tmp_path / "out")
    r = tool.run(tool.Args(query=str(files[2]), k=2, folder=str(folder)), ctx)
    assert Path(r.path).name == "copy_of_2.png" and r.hits[0].score > 0.999 and r.indexed == 7
    r = tool.run(tool.Args(query="a lighthouse", k=3, folder=str(folder)), ctx)
    assert len(r.hits) == 3


def test_index_cli_runtime_onnx(tmp_path, tiny_clip):
    pytest.importorskip("onnx")
    import json
    import os
    import subprocess

    repo = Path(__file__).resolve().parents[1]
    folder = tmp_path / "photos"
    make_photos(folder, 3)
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", MMAGENT_CLIP_MODEL_PATH=str(tiny_clip),
               MMAGENT_CACHE_DIR=str(tmp_path / "cache"), MMAGENT_VISION_THREADS="1", OMP_NUM_THREADS="1")
    out = subprocess.run([sys.executable, str(repo / "run_agent.py"), "index", str(folder), "--runtime", "onnx",
                          "--json"], env=env, cwd=repo, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1])["total"] == 3
    assert list((tmp_path / "cache" / "onnx").glob("tiny-clip-*/meta.json"))
