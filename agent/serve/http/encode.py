"""Streaming audio encoders for /v1/audio/speech: each sentence's samples become bytes at once.

wav: a RIFF header with unknown ("streaming") sizes, then 16-bit PCM; pcm: raw s16le mono;
mp3 / flac / opus (in Ogg): PyAV (FFmpeg) muxing into a write-only buffer that is drained
after every chunk.
"""

from __future__ import annotations

import struct
from typing import Any

import numpy as np

MEDIA_TYPES = {"wav": "audio/wav", "pcm": "audio/pcm", "mp3": "audio/mpeg", "flac": "audio/flac",
               "opus": "audio/ogg", "aac": "audio/aac"}
_AV = {"mp3": ("mp3", "libmp3lame", None), "flac": ("flac", "flac", None), "opus": ("ogg", "libopus", 48000),
       "aac": ("adts", "aac", None)}


def pcm16(samples: np.ndarray) -> bytes:
    return (np.clip(samples, -1.0, 1.0) * 32767.0).astype("<i2").tobytes()


def wav_header(sample_rate: int) -> bytes:
    """A WAV header for a stream of unknown length (sizes 0xFFFFFFFF, as FFmpeg writes to pipes)."""
    return (b"RIFF" + struct.pack("<I", 0xFFFFFFFF) + b"WAVEfmt " +
            struct.pack("<IHHIIHH", 16, 1, 1, sample_rate, sample_rate * 2, 2, 16) +
            b"data" + struct.pack("<I", 0xFFFFFFFF))


class _Sink:
    """A write-only file object PyAV muxes into; ``take()`` returns what was written since."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []

    def write(self, data: Any) -> int:
        self.parts.append(bytes(data))
        return len(data)

    def take(self) -> bytes:
        out = b"".join(self.parts)
        self.parts.clear()
        return out


class Encoder:
    """``feed(samples) -> bytes`` per chunk, ``close() -> bytes`` at the end."""

    def __init__(self, fmt: str, sample_rate: int) -> None:
        self.fmt = fmt
        self.sample_rate = sample_rate
        self._started = False
        self._out: Any = None
        if fmt in _AV:
            import av

            container, codec, rate = _AV[fmt]
            self._sink = _Sink()
            self._out = av.open(self._sink, mode="w", format=container)
            self._stream = self._out.add_stream(codec, rate=rate or sample_rate, layout="mono")
            self._resampler = av.AudioResampler(format=self._stream.format.name, layout="mono",
                                                rate=rate or sample_rate,
                                                frame_size=self._stream.codec_context.frame_size or None)

    def _mux(self, frame: Any) -> None:
        frames = self._resampler.resample(frame)
        for f in frames:
            for pkt in self._stream.encode(f):
                self._out.mux(pkt)

    def feed(self, samples: np.ndarray) -> bytes:
        if self.fmt in ("wav", "pcm"):
            head = b"" if self._started or self.fmt == "pcm" else wav_header(self.sample_rate)
            self._started = True
            return head + pcm16(samples)
        import av

        frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(samples, np.float32)[None, :], format="flt",
                                           layout="mono")
        frame.sample_rate = self.sample_rate
        self._mux(frame)
        return self._sink.take()

    def close(self) -> bytes:
        if self._out is None:
            return b"" if self._started or self.fmt == "pcm" else wav_header(self.sample_rate)
        self._mux(None)
        for pkt in self._stream.encode(None):
            self._out.mux(pkt)
        self._out.close()
        return self._sink.take()
