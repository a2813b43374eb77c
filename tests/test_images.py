"""tools/images.py: orientation, modes, limits and one-line errors for bad files."""

from __future__ import annotations

import struct
import zlib

import numpy as np
import pytest
from PIL import Image

from tools.errors import InputFileError
from tools.images import open_image, to_rgb


def test_exif_orientation_applied(tmp_path):
    img = Image.new("RGB", (40, 20), "red")
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees clockwise on display
    p = tmp_path / "phone.jpg"
    img.save(p, exif=exif)
    out = open_image(p)
    assert out.size == (20, 40) and out.mode == "RGB"


@pytest.mark.parametrize("mode", ["RGBA", "LA", "L", "1", "P", "CMYK", "I;16", "I", "F"])
def test_modes_become_rgb(tmp_path, mode):
    img = Image.new(mode, (8, 6))
    out = to_rgb(img)
    assert out.mode == "RGB" and out.size == (8, 6)


def test_transparency_composited_on_white():
    out = to_rgb(Image.new("RGBA", (4, 4), (0, 0, 0, 0)))
    assert np.asarray(out).min() == 255


def test_16bit_png_scaled(tmp_path):
    arr = (np.arange(64, dtype=np.uint16).reshape(8, 8) * 1000)
    p = tmp_path / "deep.png"
    Image.fromarray(arr).save(p)
    out = np.asarray(open_image(p))
    assert out.dtype == np.uint8 and out.max() > 200 and out.min() == 0


def test_missing_file(tmp_path):
    with pytest.raises(InputFileError, match="nope.jpg: file not found"):
        open_image(tmp_path / "nope.jpg")


def test_folder_is_not_an_image(tmp_path):
    with pytest.raises(InputFileError, match="folder"):
        open_image(tmp_path)


def test_non_image(tmp_path):
    p = tmp_path / "notes.jpg"
    p.write_text("this is not a picture\n" * 10)
    with pytest.raises(InputFileError, match="notes.jpg: not an image"):
        open_image(p)


def test_empty_file(tmp_path):
    p = tmp_path / "empty.png"
    p.write_bytes(b"")
    with pytest.raises(InputFileError, match="empty"):
        open_image(p)


def test_corrupt_truncated(tmp_path):
    p = tmp_path / "cut.jpg"
    Image.fromarray(np.random.default_rng(0).integers(0, 255, (64, 64, 3), dtype=np.uint8)).save(p)
    p.write_bytes(p.read_bytes()[: 600])
    with pytest.raises(InputFileError, match="cut.jpg: corrupt or truncated"):
        open_image(p)


def _huge_png(path, w=20000, h=20000):
    """A tiny file whose header declares w x h pixels (a decompression bomb)."""
    Image.new("L", (10, 10)).save(path)
    data = bytearray(path.read_bytes())
    ihdr = struct.pack(">II", w, h) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr) & 0xFFFFFFFF)
    path.write_bytes(bytes(data))
    return path


def test_huge_declared_size_refused_before_decoding(tmp_path):
    p = _huge_png(tmp_path / "bomb.png")
    with pytest.raises(InputFileError, match=r"bomb.png: image too large .* above the 50 MP limit"):
        open_image(p)


def test_pil_bomb_error_caught(tmp_path):
    p = _huge_png(tmp_path / "bomb2.png")
    with pytest.raises(InputFileError, match="bomb2.png: image too large"):
        open_image(p, max_pixels=10**12)


def test_heic_when_pillow_heif_installed(tmp_path):
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    p = tmp_path / "photo.heic"
    try:
        Image.new("RGB", (32, 24), "blue").save(p, format="HEIF")
    except Exception as exc:  # noqa: BLE001 - no encoder in this build
        pytest.skip(f"no HEIC encoder: {exc}")
    out = open_image(p)
    assert out.size == (32, 24) and out.mode == "RGB"
