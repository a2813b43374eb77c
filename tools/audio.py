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
from tools.media import regular_file_head, sniff

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


def _check_path(path: Path) -> None:
    """Missing, folder, special (device, FIFO, socket), empty or non-audio file: one line."""
    name = str(path)
    _, head = regular_file_head(path, name, expected="an audio file", give="pass")
    kind, desc = sniff(head)
    if kind == "image" or desc in ("an SVG vector image", "a PDF document", "an HTML page"):
        raise InputFileError(f"{name}: is {'an image' if kind == 'image' else desc}, not audio",
                             "pass a wav/flac/mp3/ogg/m4a recording")


def decode_audio(
    source: str | Path | bytes, *, channel: Channel = "mix", sample_rate: int = SAMPLE_RATE,
    max_seconds: float | None = None,
) -> np.ndarray:
    """Decode ``source`` (a path or encoded bytes) to mono float32 at ``sample_rate``.

    Raises InputFileError (one line naming the file) for a missing, empty, special, corrupt or
    non-audio input, and for audio longer than ``max_seconds`` (MMAGENT_AUDIO_MAX_SECONDS).
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
        _check_path(path)
        handle = str(path)
    chunks: list[np.ndarray] = []
    limit = int(max_seconds * sample_rate) if max_seconds else None
    total = 0

    def too_long() -> InputFileError:
        return InputFileError(f"{name}: audio is longer than the {max_seconds:g} s limit",
                              "cut it into shorter files or raise MMAGENT_AUDIO_MAX_SECONDS")
    try:
        with av.open(handle, mode="r", metadata_errors="ignore") as container:  # type: ignore[arg-type]
            if not container.streams.audio:
                raise InputFileError(f"{name}: contains no audio stream", "pass an audio file")
            stream = container.streams.audio[0]
            if max_seconds and container.duration and container.duration / 1e6 > max_seconds * 1.01:
                raise too_long()  # from the header, before decoding
            resampler = av.AudioResampler(format="fltp", rate=sample_rate)
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    chunks.append(out.to_ndarray())
                    total += out.samples
                if limit is not None and total > limit:
                    raise too_long()  # the header lied or had no duration
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray())
    except InputFileError:
        raise
    except (av.error.FFmpegError, UnicodeDecodeError, ValueError, OSError, EOFError, IndexError,
            OverflowError, MemoryError) as exc:
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
