"""Regenerate the small fixture files the routing set names (run from the repo root).

    HF_HUB_OFFLINE=1 .venv/bin/python bench/routing_files/make_fixtures.py

The audio is short English speech synthesized with the packaged Piper voice and resampled
to 16 kHz mono (each file well under 100 KB).  The routing set only plans, it never
transcribes these, so e.g. ``interview.mp3`` being described as "German" in a request is
about the request's wording, not the file's content.  The images are tiny PNG/JPEG files
drawn with Pillow for the vision group.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from agent.config import Settings  # noqa: E402
from agent.models import ModelStore  # noqa: E402
from tools.audio import SAMPLE_RATE, write_wav  # noqa: E402
from tools.tts import PiperBackend  # noqa: E402

SPEECH = {
    "memo.wav": "Remember to buy milk and call the dentist tomorrow.",
    "meeting.wav": "The meeting moves to Thursday at three.",
    "voicemail.wav": "Hi, this is Anna. Please call me back.",
    "interview.mp3": "Thank you for having me on the show today.",
    "podcast.flac": "Welcome back to the podcast, everyone.",
}


def _resample(audio: np.ndarray, sr: int) -> np.ndarray:
    n = int(round(audio.size * SAMPLE_RATE / sr))
    return np.interp(np.linspace(0, audio.size - 1, n), np.arange(audio.size), audio).astype(np.float32)


def _encode(wav: Path, out: Path, codec: str) -> None:
    """Re-encode a 16 kHz mono WAV to mp3/flac with PyAV."""
    import av

    with av.open(str(wav)) as src, av.open(str(out), "w") as dst:
        stream = dst.add_stream(codec, rate=SAMPLE_RATE, layout="mono")  # type: ignore[call-arg]
        for frame in src.decode(audio=0):
            frame.pts = None
            for packet in stream.encode(frame):
                dst.mux(packet)
        for packet in stream.encode(None):
            dst.mux(packet)


def make_audio() -> None:
    tts = PiperBackend(str(ModelStore(Settings()).require("tts")))
    for name, text in SPEECH.items():
        audio = np.concatenate(list(tts.synthesize(text)))
        audio = _resample(audio, tts.sample_rate) * 0.9
        target = HERE / name
        if target.suffix == ".wav":
            write_wav(target, audio, SAMPLE_RATE)
        else:
            tmp = write_wav(HERE / (target.stem + ".tmp.wav"), audio, SAMPLE_RATE)
            _encode(tmp, target, {"mp3": "libmp3lame", "flac": "flac"}[target.suffix[1:]])
            tmp.unlink()
        print(f"{target.relative_to(ROOT)}: {target.stat().st_size} bytes")


def make_images() -> None:
    from PIL import Image, ImageDraw

    sign = Image.new("RGB", (240, 100), "white")
    d = ImageDraw.Draw(sign)
    d.rectangle([4, 4, 235, 95], outline="red", width=4)
    d.text((40, 40), "NO PARKING", fill="black")
    sign.save(HERE / "sign.png")
    photo = Image.new("RGB", (160, 120), (120, 180, 240))
    d = ImageDraw.Draw(photo)
    d.rectangle([0, 80, 160, 120], fill=(230, 210, 150))
    d.ellipse([110, 10, 140, 40], fill=(255, 220, 0))
    photo.save(HERE / "beach.jpg", quality=85)
    (HERE / "photos").mkdir(exist_ok=True)
    photo.save(HERE / "photos" / "holiday.jpg", quality=85)
    for name in ("sign.png", "beach.jpg", "photos/holiday.jpg"):
        print(f"{(HERE / name).relative_to(ROOT)}: {(HERE / name).stat().st_size} bytes")


if __name__ == "__main__":
    make_audio()
    make_images()
