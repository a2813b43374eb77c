"""PCM conversion between the Wyoming wire format and the tools' float32 arrays.

Wyoming audio is raw little-endian signed PCM described by ``rate``, ``width`` (bytes per
sample) and ``channels``.  STT wants 16 kHz mono float32; Piper gives float32 mono at the
voice's rate and Home Assistant wants 16-bit PCM chunks.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from tools.audio import SAMPLE_RATE

WIDTHS = {1: np.int8, 2: np.int16, 4: np.int32}
SAMPLES_PER_CHUNK = 1024  # what wyoming-piper sends


class AudioFormatError(ValueError):
    """An audio-start / audio-chunk whose rate, width or channels cannot be decoded."""


def check_format(rate: object, width: object, channels: object) -> tuple[int, int, int]:
    """Validate a Wyoming audio format; raises AudioFormatError naming the bad field."""
    for name, value in (("rate", rate), ("width", width), ("channels", channels)):
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise AudioFormatError(f"audio field '{name}' must be a positive integer, got {value!r}")
    assert isinstance(rate, int) and isinstance(width, int) and isinstance(channels, int)
    if width not in WIDTHS:
        raise AudioFormatError(f"audio field 'width' must be 1, 2 or 4 bytes, got {width}")
    if not 8000 <= rate <= 192_000:
        raise AudioFormatError(f"audio field 'rate' must be 8000..192000 Hz, got {rate}")
    if channels > 8:
        raise AudioFormatError(f"audio field 'channels' must be 1..8, got {channels}")
    return rate, width, channels


def pcm_to_float(pcm: bytes, width: int, channels: int) -> np.ndarray:
    """Interleaved PCM bytes -> float32 mono in [-1, 1] (channels mixed); a trailing partial frame is dropped."""
    frame = width * channels
    usable = len(pcm) - len(pcm) % frame
    data = np.frombuffer(pcm[:usable], dtype=np.dtype(WIDTHS[width]).newbyteorder("<"))
    scale = float(2 ** (8 * width - 1))
    samples = data.astype(np.float32) / scale
    if channels > 1:
        samples = samples.reshape(-1, channels).mean(axis=1)
    return np.ascontiguousarray(samples, dtype=np.float32)


def resample(audio: np.ndarray, rate: int, target: int = SAMPLE_RATE) -> np.ndarray:
    """Resample float32 mono with FFmpeg's resampler (PyAV), as file input is."""
    if rate == target or audio.size == 0:
        return audio.astype(np.float32, copy=False)
    import av

    resampler = av.AudioResampler(format="flt", layout="mono", rate=target)
    frame = av.AudioFrame.from_ndarray(audio.reshape(1, -1), format="flt", layout="mono")
    frame.sample_rate = rate
    out = [f.to_ndarray().reshape(-1) for f in resampler.resample(frame)]
    out += [f.to_ndarray().reshape(-1) for f in resampler.resample(None)]
    return np.concatenate(out).astype(np.float32) if out else np.zeros(0, np.float32)


def to_stt_input(pcm: bytes, rate: int, width: int, channels: int) -> np.ndarray:
    """Wire PCM in any format -> 16 kHz mono float32 (what TranscribeAudio.transcribe_array takes)."""
    return resample(pcm_to_float(pcm, width, channels), rate)


def float_to_pcm16(audio: np.ndarray) -> bytes:
    return (np.clip(audio, -1.0, 1.0) * 32767.0).astype("<i2").tobytes()


def pcm16_chunks(audio: np.ndarray, samples_per_chunk: int = SAMPLES_PER_CHUNK) -> Iterator[bytes]:
    """float32 mono -> 16-bit PCM byte chunks of ``samples_per_chunk`` samples."""
    pcm = float_to_pcm16(audio)
    step = samples_per_chunk * 2
    for i in range(0, len(pcm), step):
        yield pcm[i:i + step]
