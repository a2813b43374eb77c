"""The Coqui TTS backend, on a tiny random-weight VITS built offline (tools.testing_coqui)."""

from __future__ import annotations

import json
import os
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

from tools.base import ToolError
from tools.errors import MissingDependencyError
from tools.tts_coqui import CoquiBackend

TWO_SENTENCES = "Hello there, this is the first sentence. And here is a second one!"


@pytest.fixture(scope="module")
def tiny_vits(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random VITS folder (config.json + model.pth); skips when coqui-tts is missing."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from tools.testing_coqui import make_tiny_vits

    try:
        return make_tiny_vits(tmp_path_factory.mktemp("tiny_vits"), seed=0)
    except MissingDependencyError as exc:
        pytest.skip(f"coqui-tts is not importable ({exc.__cause__!r}); pip install 'mmagent[coqui]'")


@pytest.fixture(scope="module")
def backend(tiny_vits: Path) -> CoquiBackend:
    return CoquiBackend(str(tiny_vits), threads=1)


def test_tiny_vits_folder(tiny_vits: Path) -> None:
    config = json.loads((tiny_vits / "config.json").read_text())
    assert (tiny_vits / "model.pth").is_file()
    assert config["model"] == "vits" and config["use_phonemes"] is False


def test_synthesize_yields_one_float32_chunk_per_sentence(backend: CoquiBackend, tiny_vits: Path) -> None:
    sample_rate = json.loads((tiny_vits / "config.json").read_text())["audio"]["sample_rate"]
    assert backend.sample_rate == sample_rate
    assert len(backend.sentences(TWO_SENTENCES)) == 2

    calls: list[str] = []
    real_tts = backend.synth.tts

    def counting_tts(text: str, **kwargs: object) -> object:
        calls.append(text)
        return real_tts(text, **kwargs)

    backend.synth.tts = counting_tts  # type: ignore[method-assign]
    try:
        stream = backend.synthesize(TWO_SENTENCES)
        first = next(stream)
        assert len(calls) == 1, "the first chunk must come before the second sentence is synthesized"
        chunks = [first, *stream]
    finally:
        del backend.synth.tts
    assert len(chunks) == 2 and len(calls) == 2
    for chunk, sentence in zip(chunks, calls, strict=True):
        assert chunk.dtype == np.float32 and chunk.ndim == 1
        assert np.isfinite(chunk).all() and np.abs(chunk).max() > 0
        seconds = chunk.size / sample_rate
        # a VITS frame is hop_length samples; random durations still land within ~0.02-0.5 s a character
        assert 0.02 * len(sentence) <= seconds <= 0.5 * len(sentence), (sentence, seconds)


def test_speak_tool_writes_wav_with_coqui(tiny_vits: Path, tmp_path: Path) -> None:
    from agent.config import Settings
    from agent.models import ModelStore
    from tools.base import ToolContext
    from tools.tts import Speak

    settings = Settings(tts_backend="coqui", tts_voice=tiny_vits, output_dir=tmp_path)
    tool = Speak(settings, models=ModelStore(settings))
    assert tool.availability().ok
    result = tool.run(Speak.Args(text=TWO_SENTENCES), ToolContext(settings, tmp_path))
    with wave.open(result.path, "rb") as wav:
        assert wav.getnchannels() == 1 and wav.getframerate() == 16_000
        frames = wav.getnframes()
        audio = np.frombuffer(wav.readframes(frames), dtype=np.int16)
    assert frames > 16_000 // 2 and np.abs(audio).max() > 0
    assert result.sample_rate == 16_000
    assert result.duration == pytest.approx(frames / 16_000, abs=0.01)
    assert result.media[0].path == result.path


def test_missing_folder_config_and_checkpoint(tmp_path: Path) -> None:
    with pytest.raises(ToolError) as err:
        CoquiBackend(str(tmp_path / "nope"))
    assert err.value.kind == "model_missing"
    with pytest.raises(ToolError) as err:
        CoquiBackend(str(tmp_path))
    assert err.value.kind == "model_missing" and "config.json" in err.value.message
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(ToolError) as err:
        CoquiBackend(str(tmp_path))
    assert err.value.kind == "model_missing" and ".pth" in err.value.message


def test_missing_package_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "config.json").write_text("{}")
    (tmp_path / "model.pth").write_bytes(b"")
    monkeypatch.setitem(sys.modules, "TTS", None)  # makes `import TTS` fail
    with pytest.raises(MissingDependencyError) as err:
        CoquiBackend(str(tmp_path))
    assert err.value.package == "coqui-tts" and err.value.extra == "coqui"
