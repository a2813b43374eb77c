"""Decode any audio file or bytes to 16 kHz mono float32 (PyAV / FFmpeg), and write WAVs.

One module for every audio input in mmagent: wav, flac, mp3, ogg, m4a, any sample rate,
mono or stereo (mix the channels or pick one).
"""

from __future__ import annotations

import io
import wave
from pathlib import Path
from typing import Literal

import numpy as np

from tools.errors import InputFileError

SAMPLE_RATE = 16_000
Channel = Literal["mix", "left", "right"] | int


def _pick_channel(data: np.ndarray, channel: Channel, name: str) -> np.ndarray:
    if data.shape[0] == 1 or channel == "mix":
        return data.mean(axis=0)
    idx = {"left": 0, "right": 1}.get(channel, channel) if isinstance(channel, str) else channel
    if not isinstance(idx, int) or not 0 <= idx < data.shape[0]:
        raise InputFileError(
            f"{name}: has {data.shape[0]} channels, channel {channel!r} does not exist",
            "use channel 'mix', 'left', 'right' or an index below the channel count",
        )
    return data[idx]


def decode_audio(
    source: str | Path | bytes, *, channel: Channel = "mix", sample_rate: int = SAMPLE_RATE
) -> np.ndarray:
    """Decode ``source`` (a path or encoded bytes) to mono float32 at ``sample_rate``.

    Raises InputFileError (one line naming the file) for a missing, empty, corrupt or
    non-audio input.
    """
    import av

    if isinstance(source, bytes | bytearray):
        name = "<audio bytes>"
        if not source:
            raise InputFileError(f"{name}: empty input", "pass a non-empty audio file")
        handle: object = io.BytesIO(source)
    else:
        path = Path(source)
        name = str(path)
        if not path.exists():
            raise InputFileError(f"{name}: file not found", "check the path")
        if path.is_dir():
            raise InputFileError(f"{name}: is a folder, not an audio file", "pass an audio file")
        if path.stat().st_size == 0:
            raise InputFileError(f"{name}: file is empty (0 bytes)", "pass a non-empty audio file")
        handle = str(path)
    chunks: list[np.ndarray] = []
    try:
        with av.open(handle, mode="r", metadata_errors="ignore") as container:  # type: ignore[arg-type]
            if not container.streams.audio:
                raise InputFileError(f"{name}: contains no audio stream", "pass an audio file")
            stream = container.streams.audio[0]
            resampler = av.AudioResampler(format="fltp", rate=sample_rate)
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    chunks.append(out.to_ndarray())
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray())
    except InputFileError:
        raise
    except (av.error.FFmpegError, UnicodeDecodeError, ValueError, OSError) as exc:
        raise InputFileError(
            f"{name}: not a readable audio file ({type(exc).__name__})",
            "pass a wav/flac/mp3/ogg/m4a file that plays",
        ) from None
    if not chunks:
        raise InputFileError(f"{name}: contains no audio samples", "pass a non-empty recording")
    data = np.concatenate(chunks, axis=1).astype(np.float32)
    mono = _pick_channel(data, channel, name)
    if mono.size == 0:
        raise InputFileError(f"{name}: contains no audio samples", "pass a non-empty recording")
    return np.ascontiguousarray(mono, dtype=np.float32)


def rms_dbfs(audio: np.ndarray) -> float:
    """Loudness of ``audio`` in dBFS (-inf for digital silence)."""
    if audio.size == 0:
        return float("-inf")
    rms = float(np.sqrt(np.mean(np.square(audio, dtype=np.float64))))
    return 20.0 * np.log10(rms) if rms > 0 else float("-inf")


def write_wav(path: str | Path, audio: np.ndarray, sample_rate: int) -> Path:
    """Write float32 [-1, 1] or int16 samples as a 16-bit mono PCM WAV, atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if audio.dtype != np.int16:
        audio = (np.clip(audio, -1.0, 1.0) * 32767.0).astype(np.int16)
    tmp = path.with_name(path.name + ".tmp")
    with wave.open(str(tmp), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sample_rate)
        w.writeframes(audio.tobytes())
    tmp.replace(path)
    return path
