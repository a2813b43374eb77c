"""Encode test audio in real container formats with PyAV (no external tools)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

CODECS = {".wav": "pcm_s16le", ".flac": "flac", ".mp3": "libmp3lame", ".ogg": "libopus", ".m4a": "aac"}


def encode(path: Path, audio: np.ndarray, sr: int) -> Path:
    """Write ``audio`` (float32, shape (n,) mono or (channels, n)) to ``path`` in its suffix's format."""
    import av

    data = np.atleast_2d(audio).astype(np.float32)
    layout = "mono" if data.shape[0] == 1 else "stereo"
    with av.open(str(path), "w") as out:
        stream = out.add_stream(CODECS[path.suffix], rate=sr, layout=layout)
        frame_fmt = "fltp"
        step = 1024
        for i in range(0, data.shape[1], step):
            chunk = np.ascontiguousarray(data[:, i:i + step])
            frame = av.AudioFrame.from_ndarray(chunk, format=frame_fmt, layout=layout)
            frame.sample_rate = sr
            for pkt in stream.encode(frame):
                out.mux(pkt)
        for pkt in stream.encode(None):
            out.mux(pkt)
    return path


def tone(seconds: float, sr: int, freq: float = 440.0, amp: float = 0.3) -> np.ndarray:
    t = np.arange(int(seconds * sr)) / sr
    return (amp * np.sin(2 * np.pi * freq * t)).astype(np.float32)
