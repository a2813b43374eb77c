"""caption_image with a tiny random BLIP built offline, loaded through the real path."""

from __future__ import annotations

import pytest
from PIL import Image

from agent.config import Settings
from agent.models import ModelStore
from agent.runtime import execute
from agent.schemas import ToolCall
from tools.base import ToolContext, ToolError
from tools.caption import CaptionImage
from tools.errors import InputFileError
from tools.registry import ToolRegistry
from tools.testing import assert_tool_conforms

pytest.importorskip("transformers")


@pytest.fixture(scope="module")
def tiny_blip(tmp_path_factory):
    from tools.testing_vision import make_tiny_blip

    return make_tiny_blip(tmp_path_factory.mktemp("blip") / "tiny-blip")


def _settings(tmp_path, **kw):
    return Settings(output_dir=tmp_path / "out", model_dir=tmp_path / "models", cache_dir=tmp_path / "cache",
                    vision_threads=1, **kw)


@pytest.fixture
def photo(tmp_path):
    p = tmp_path / "photo.jpg"
    Image.new("RGB", (64, 48), (200, 120, 40)).save(p)
    return p


def test_conforms():
    assert_tool_conforms(CaptionImage)


def test_model_missing_says_how_to_install(tmp_path, photo):
    s = _settings(tmp_path)
    tool = CaptionImage(s, models=ModelStore(s))
    assert not tool.availability().ok
    with pytest.raises(ToolError) as ei:
        tool.ensure_loaded()
    assert ei.value.kind == "model_missing"
    assert "caption model not installed" in str(ei.value) and "run_agent.py models pull caption" in str(ei.value)
    # through the runtime: an observation, not a crash, and no invented description
    r = execute(ToolCall(tool="caption_image", args={"path": str(photo)}), 1, [], ToolRegistry(s, plugins=False, models=ModelStore(s)),
                ToolContext(s, tmp_path / "out"), timeout=30)
    assert not r.ok and r.error_kind == "model_missing" and "models pull caption" in r.error and r.text == ""


def test_tiny_blip_captions(tmp_path, tiny_blip, photo):
    s = _settings(tmp_path, caption_model_path=tiny_blip)
    tool = CaptionImage(s, models=ModelStore(s))
    assert tool.availability().ok
    ctx = ToolContext(s, tmp_path / "out")
    r = tool.run(tool.Args(path=str(photo)), ctx)
    assert r.text and r.path == str(photo) and r.model == "tiny-blip"
    r2 = tool.run(tool.Args(path=str(photo), prompt="a photo of"), ctx)
    assert r2.text.startswith("a photo of")
    tool.close()
    assert not tool.loaded


def test_tiny_blip_int8(tmp_path, tiny_blip, photo):
    import torch

    s = _settings(tmp_path, caption_model_path=tiny_blip, vision_quantize="int8")
    tool = CaptionImage(s, models=ModelStore(s))
    r = tool.run(tool.Args(path=str(photo)), ToolContext(s, tmp_path / "out"))
    assert r.text
    assert any(isinstance(m, torch.ao.nn.quantized.dynamic.Linear) for m in tool.model.modules())


def test_bad_image(tmp_path, tiny_blip):
    s = _settings(tmp_path, caption_model_path=tiny_blip)
    p = tmp_path / "x.png"
    p.write_bytes(b"\x89PNG\r\n\x1a\n garbage")
    with pytest.raises(InputFileError, match="x.png"):
        CaptionImage(s, models=ModelStore(s)).run(CaptionImage.Args(path=str(p)), ToolContext(s, tmp_path / "out"))
