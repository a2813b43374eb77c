"""Helpers shared by the held-out routing sets' fixture generators (``heldout*/make_fixtures.py``).

The generators draw their images with Pillow and synthesize their audio with espeak-ng, re-encoded by
ffmpeg (bitexact); all of it is deterministic, so running a generator reproduces its committed files
byte for byte.  They are run as scripts (``.venv/bin/python bench/routing_files/heldoutN/make_fixtures.py``
from the repo root, or by absolute path from anywhere) and put this folder on ``sys.path`` to import
this module.  numpy and scikit-image are imported only inside the helpers that use them, so the
first generator (``heldout/``), which draws with Pillow alone, still needs only Pillow.

A change here can change the bytes of every generator's fixtures: rerun them all afterwards and
check that ``git status`` shows no fixture file changed.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import wave
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[2]

# --------------------------------------------------------------------------- fonts and text

FONTS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation")]
SANS, BOLD, MONO, MONO_BOLD = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono", "DejaVuSansMono-Bold"
SERIF, SERIF_BOLD = "LiberationSerif-Regular|DejaVuSerif", "LiberationSerif-Bold|DejaVuSerif-Bold"
HAND = "LiberationSerif-Italic|DejaVuSerif-Italic"  # a stand-in for handwriting
HAND_BOLD = "LiberationSerif-BoldItalic|DejaVuSerif-BoldItalic"
MARKER = "LiberationSans-Bold|DejaVuSans-Bold"  # whiteboard marker capitals


def font(names: str, size: int) -> ImageFont.ImageFont:
    """First font found of a '|'-separated list of names (e.g. a Liberation face, then a DejaVu fallback)."""
    for name in names.split("|"):
        for d in FONTS:
            p = d / f"{name}.ttf"
            if p.exists():
                return ImageFont.truetype(str(p), size)
    return ImageFont.load_default()


def draw_lines(img: Image.Image, xy: tuple[int, int], lines: list[str], font, fill="black", gap: int = 4) -> int:
    """Draw lines of text downwards from ``xy``; returns the y below the last line."""
    d = ImageDraw.Draw(img)
    x, y = xy
    for line in lines:
        d.text((x, y), line, fill=fill, font=font)
        y += getattr(font, "size", 11) + gap
    return y


# --------------------------------------------------------------------------- photo effects


def photo_finish(img: Image.Image, seed: int, noise: float = 6.0, blur: float = 0.8) -> Image.Image:
    """Soften a drawn scene and add seeded sensor-like noise."""
    import numpy as np

    img = img.convert("RGB").filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype(np.float32)
    a += np.random.default_rng(seed).normal(0.0, noise, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def photographed(doc: Image.Image, seed: int, angle: float, bg=(70, 60, 55), pad: int = 24) -> Image.Image:
    """A document lying on a table (or stuck to a wall or door), shot with a phone: padded, rotated, noisy."""
    w, h = doc.size
    canvas = Image.new("RGB", (w + 2 * pad, h + 2 * pad), bg)
    canvas.paste(doc, (pad, pad))
    canvas = canvas.rotate(angle, resample=Image.BICUBIC, fillcolor=bg)
    return photo_finish(canvas, seed, noise=5.0, blur=0.6)


def gradient(size: tuple[int, int], top: tuple[int, int, int], bottom: tuple[int, int, int]) -> Image.Image:
    """A vertical colour gradient (a sky, a wall)."""
    import numpy as np

    w, h = size
    t = np.linspace(0.0, 1.0, h)[:, None, None]
    a = (1 - t) * np.array(top)[None, None, :] + t * np.array(bottom)[None, None, :]
    return Image.fromarray(np.repeat(a, w, axis=1).astype(np.uint8))


def skimage_photo(
    name: str, crop: tuple[int, int, int, int] | None = None, size: tuple[int, int] | None = None
) -> Image.Image:
    """One of scikit-image's bundled sample photos (``skimage.data.<name>``; "motorcycle" is the left
    image of ``stereo_motorcycle``), as RGB, cropped and then resized."""
    import numpy as np
    from skimage import data

    arr = data.stereo_motorcycle()[0] if name == "motorcycle" else getattr(data, name)()
    img = Image.fromarray(np.asarray(arr)).convert("RGB")
    if crop:
        img = img.crop(crop)
    if size:
        img = img.resize(size, Image.LANCZOS)
    return img


def tint(img: Image.Image, gains=(1.05, 1.0, 0.9)) -> Image.Image:
    """Scale the R, G, B channels (the default warms a photo up)."""
    import numpy as np

    a = np.asarray(img).astype(np.float32) * np.array(gains)[None, None, :]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def save_images(out_dir: Path, images: dict[str, Callable[[], Image.Image]], quality: int = 82) -> list[Path]:
    """Draw and save each image (a name ending in .png: optimized PNG; otherwise by its extension, e.g.
    JPEG, at ``quality``), making sub-folders (an album) as needed."""
    out = []
    for name, fn in images.items():
        path = out_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix.lower() == ".png":
            fn().save(path, optimize=True)
        else:
            fn().save(path, quality=quality)
        out.append(path)
    return out


# --------------------------------------------------------------------------- audio

# ffmpeg output options by file extension (lower case)
CODECS = {
    ".opus": ["-f", "ogg", "-c:a", "libopus", "-b:a", "16k"],
    ".webm": ["-f", "webm", "-c:a", "libopus", "-b:a", "16k"],
    ".aac": ["-f", "adts", "-c:a", "aac", "-b:a", "32k"],
    ".ogg": ["-f", "ogg", "-c:a", "libvorbis", "-q:a", "1"],
    ".m4a": ["-f", "ipod", "-c:a", "aac", "-b:a", "32k"],
    ".mp3": ["-f", "mp3", "-c:a", "libmp3lame", "-b:a", "32k"],
    ".flac": ["-f", "flac", "-c:a", "flac", "-sample_fmt", "s16", "-compression_level", "12"],
    ".wav": ["-f", "wav", "-c:a", "pcm_s16le"],
}
LOSSLESS = (".flac", ".wav")  # these get a lower sample rate so the files stay small


def join_wavs(parts: list[Path], out: Path, pause: float = 0.5) -> float:
    """Concatenate WAV files with ``pause`` seconds of silence between them; returns the length in seconds."""
    frames, params = [], None
    for i, p in enumerate(parts):
        with wave.open(str(p)) as w:
            if params is None:
                params = w.getparams()
                silence = b"\0" * (int(pause * w.getframerate()) * w.getsampwidth() * w.getnchannels())
            elif w.getframerate() != params.framerate:
                raise SystemExit(f"{p}: sample rate differs")
            frames.append(w.readframes(w.getnframes()))
        if i < len(parts) - 1:
            frames.append(silence)
    data = b"".join(frames)
    with wave.open(str(out), "wb") as w:
        w.setparams(params)
        w.writeframes(data)
    return len(data) / (params.sampwidth * params.nchannels * params.framerate)


def synthesize(
    speech: dict[str, list[tuple[str, str]]],
    out_dir: Path,
    *,
    speed: int,
    pause: float = 0.5,
    lossless_rate: int = 8000,
    max_seconds: float | None = None,
) -> list[Path]:
    """Speak each file's turns (``name: [(espeak voice, text), ...]``) with espeak-ng at ``speed``
    words a minute, join the turns with ``pause`` s of silence, and encode the clip with ffmpeg
    (bitexact, no metadata) to mono 16 kHz (``lossless_rate`` Hz for .flac / .wav) in the format
    its extension names."""
    for tool in ("espeak-ng", "ffmpeg"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} not found on PATH")
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, (name, turns) in enumerate(speech.items()):
            parts = []
            for i, (voice, text) in enumerate(turns):
                part = Path(tmp) / f"a{n}_{i}.wav"
                subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(part), text], check=True)
                parts.append(part)
            wav = Path(tmp) / f"a{n}.wav"
            seconds = join_wavs(parts, wav, pause)
            assert max_seconds is None or seconds <= max_seconds, f"{name}: {seconds:.1f} s"
            print(f"{name}: {seconds:.1f} s")
            target = out_dir / name
            ext = target.suffix.lower()
            rate = str(lossless_rate) if ext in LOSSLESS else "16000"
            subprocess.run(
                ["ffmpeg", "-y", "-loglevel", "error", "-i", str(wav), "-ac", "1", "-ar", rate,
                 "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact",
                 *CODECS[ext], str(target)],
                check=True,
            )  # fmt: skip
            out.append(target)
    return out


def report(paths: list[Path], max_bytes: int) -> None:
    """Print each generated file's size (and the total); fail if one is not under ``max_bytes``."""
    total = 0
    for path in paths:
        size = path.stat().st_size
        total += size
        assert size < max_bytes, f"{path} is {size} bytes"
        print(f"{path.relative_to(ROOT)}: {size} bytes")
    print(f"total {total} bytes")
