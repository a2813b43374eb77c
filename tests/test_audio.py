"""Audio decoding: formats, rates, channels, and every kind of bad input."""

from __future__ import annotations

import numpy as np
import pytest

from tests.audio_util import encode, tone
from tools.audio import SAMPLE_RATE, decode_audio, rms_dbfs, write_wav
from tools.errors import InputFileError


@pytest.mark.parametrize("ext, sr", [(".wav", 44100), (".flac", 22050), (".mp3", 44100), (".ogg", 48000), (".m4a", 32000)])
def test_formats_and_rates_decode_to_16k_mono(tmp_path, ext, sr):
    path = encode(tmp_path / f"a{ext}", tone(1.0, sr), sr)
    audio = decode_audio(path)
    assert audio.dtype == np.float32 and audio.ndim == 1
    assert abs(audio.size - SAMPLE_RATE) < 0.1 * SAMPLE_RATE  # ~1 s (codec padding allowed)
    assert -20 < rms_dbfs(audio) < -5


def test_stereo_channel_choice(tmp_path):
    sr = 16000
    left, right = tone(1.0, sr, 440, 0.5), np.zeros(sr, np.float32)
    path = encode(tmp_path / "st.wav", np.stack([left, right]), sr)
    assert rms_dbfs(decode_audio(path, channel="right")) == float("-inf")
    assert rms_dbfs(decode_audio(path, channel="left")) > -10
    mixed = decode_audio(path)
    assert np.allclose(mixed, decode_audio(path, channel="left") / 2, atol=1e-3)
    with pytest.raises(InputFileError, match="channel 5 does not exist"):
        decode_audio(path, channel=5)


def test_bytes_input(tmp_path):
    path = encode(tmp_path / "b.flac", tone(0.5, 16000), 16000)
    assert decode_audio(path.read_bytes()).size > 7000


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p, "file not found"),
        (lambda p: (p.write_bytes(b""), p)[1], "empty"),
        (lambda p: (p.write_bytes(b"RIFF\x00\x00garbage" * 10), p)[1], "not a readable audio file"),
        (lambda p: (p.write_text("hello, I am a text file pretending to be audio\n" * 20), p)[1], "not a readable audio file"),
    ],
    ids=["missing", "empty", "corrupt", "text"],
)
def test_bad_inputs_one_line_error_naming_file(tmp_path, make, message):
    path = make(tmp_path / "bad.wav")
    with pytest.raises(InputFileError) as err:
        decode_audio(path)
    line = err.value.one_line()
    assert "bad.wav" in line and message in line and "\n" not in line and err.value.fix


def test_folder_is_rejected(tmp_path):
    with pytest.raises(InputFileError, match="folder"):
        decode_audio(tmp_path)


def test_image_is_not_audio(tmp_path):
    from PIL import Image

    p = tmp_path / "pic.png"
    Image.new("RGB", (32, 32), "red").save(p)
    with pytest.raises(InputFileError, match="pic.png"):
        decode_audio(p)


def test_write_wav_roundtrip(tmp_path):
    path = write_wav(tmp_path / "o.wav", tone(0.5, 22050), 22050)
    back = decode_audio(path)
    assert abs(back.size - 8000) < 10
    assert not list(tmp_path.glob("*.tmp"))
