"""Open any image file as an upright 8-bit RGB PIL image, or fail with one line naming the file.

Shared by caption_image, search_images and read_text_in_image:

- EXIF orientation is applied (``ImageOps.exif_transpose``), so phone photos are upright;
- RGBA / LA / palette-with-transparency are composited on white; grayscale, CMYK, 1-bit,
  16-bit and float images become 8-bit RGB;
- HEIC/HEIF opens when the optional ``pillow-heif`` package is installed;
- images above ``max_pixels`` (default 50 MP, ``MMAGENT_IMAGE_MAX_PIXELS``) are refused
  from the header alone, before any pixel is decoded (decompression bombs); PIL's own
  ``DecompressionBombError`` is caught too;
- a missing file, a folder, a non-image and a corrupt/truncated image each raise
  ``InputFileError`` with a one-line message that names the file.
"""

from __future__ import annotations

import struct
import warnings
from pathlib import Path
from typing import Any

from tools.errors import InputFileError
from tools.media import regular_file_head, sniff

IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff", ".heic", ".heif")
DEFAULT_MAX_PIXELS = 50_000_000

_heif_checked = False


def _register_heif() -> bool:
    """Register the HEIC opener once if pillow-heif is installed (optional extra)."""
    global _heif_checked
    if _heif_checked:
        return True
    try:
        from pillow_heif import register_heif_opener
    except ImportError:
        return False
    register_heif_opener()
    _heif_checked = True
    return True


def is_image_path(path: str | Path) -> bool:
    return Path(path).suffix.lower() in IMAGE_EXTENSIONS


def max_pixels_of(settings: Any) -> int:
    return int(getattr(settings, "image_max_pixels", None) or DEFAULT_MAX_PIXELS)


def to_rgb(img: Any) -> Any:
    """Convert any PIL mode to 8-bit RGB (transparency composited on white)."""
    import numpy as np
    from PIL import Image

    mode = img.mode
    if mode == "RGB":
        return img
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        arr = np.asarray(img, dtype=np.float32)
        top = float(arr.max()) if arr.size else 0.0
        if mode == "F" and top <= 1.0:
            arr = arr * 255.0
        elif top > 255.0:
            arr = arr / (65535.0 if top <= 65535.0 else top) * 255.0
        return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L").convert("RGB")
    if mode == "P":
        img = img.convert("RGBA") if "transparency" in img.info else img.convert("RGB")
        mode = img.mode
    if mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        rgba = img.convert("RGBA")
        bg = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(bg, rgba).convert("RGB")
    return img.convert("RGB")


def open_image(path: str | Path, *, max_pixels: int = DEFAULT_MAX_PIXELS) -> Any:
    """Open ``path`` as an upright RGB ``PIL.Image`` (fully decoded) or raise InputFileError."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    p = Path(path).expanduser()
    _, head = regular_file_head(p, str(path), expected="an image file", give="give")
    kind, desc = sniff(head)
    if kind == "audio" or (kind is None and desc in ("an SVG vector image", "a PDF document", "an HTML page")):
        what = "audio" if kind == "audio" else desc
        raise InputFileError(f"{path}: is {what}; no tool reads it as an image",
                             "give a JPEG, PNG, WebP, GIF, BMP, TIFF or HEIC file (convert vector images to PNG)")
    if p.suffix.lower() in (".heic", ".heif") and not _register_heif():
        raise InputFileError(f"{path}: HEIC images need pillow-heif", "pip install pillow-heif")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(p)
            w, h = img.size
            if w * h > max_pixels:
                raise InputFileError(
                    f"{path}: image is {w}x{h} ({w * h / 1e6:.0f} MP), above the {max_pixels / 1e6:.0f} MP limit",
                    "downscale it or raise MMAGENT_IMAGE_MAX_PIXELS",
                )
            img.load()
            img = ImageOps.exif_transpose(img) or img
            return to_rgb(img)
    except InputFileError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        # Pillow's own limit (2x Image.MAX_IMAGE_PIXELS) fired before ours; its message is not parsed
        pil_limit = 2 * (Image.MAX_IMAGE_PIXELS or 0)
        limit = min(max_pixels, pil_limit) if pil_limit else max_pixels
        fix = "downscale it" if limit == pil_limit else "downscale it or raise MMAGENT_IMAGE_MAX_PIXELS"
        raise InputFileError(f"{path}: image too large (over {pil_limit / 1e6:.0f} MP, above the "
                             f"{limit / 1e6:.0f} MP limit)", fix) from exc
    except UnidentifiedImageError as exc:
        raise InputFileError(f"{path}: not an image (or an unsupported format)",
                             "give a JPEG, PNG, WebP, GIF, BMP, TIFF or HEIC file") from exc
    except (OSError, ValueError, SyntaxError, EOFError, IndexError, TypeError, struct.error,
            OverflowError, MemoryError, ZeroDivisionError) as exc:
        raise InputFileError(f"{path}: corrupt or truncated image ({type(exc).__name__}: {exc})".splitlines()[0],
                             "re-export or re-download the image") from exc
