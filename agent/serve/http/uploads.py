"""Per-request upload folders, always removed, and decoding of inline media (base64, data: URIs)."""

from __future__ import annotations

import base64
import binascii
import re
import shutil
import tempfile
from pathlib import Path

from agent.serve.http.errors import ApiError

DATA_URI = re.compile(r"^data:(?P<mime>[\w.+-]+/[\w.+-]+)?(?:;[\w=.-]+)*;base64,(?P<data>.*)$", re.DOTALL)
IMAGE_MIME = {"image/png": ".png", "image/jpeg": ".jpg", "image/jpg": ".jpg", "image/webp": ".webp",
              "image/gif": ".gif", "image/bmp": ".bmp", "image/tiff": ".tiff", "image/heic": ".heic"}
AUDIO_FORMATS = {"wav": ".wav", "mp3": ".mp3", "flac": ".flac", "ogg": ".ogg", "opus": ".ogg", "webm": ".webm",
                 "m4a": ".m4a"}


def sniff_image(data: bytes) -> str | None:
    """The file suffix for image bytes from their magic number, None when not an image we know."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return ".png"
    if data.startswith(b"\xff\xd8\xff"):
        return ".jpg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return ".gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return ".webp"
    if data.startswith(b"BM"):
        return ".bmp"
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return ".tiff"
    return None


def b64decode(text: str, param: str) -> bytes:
    try:
        data = base64.b64decode(re.sub(r"\s+", "", text), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ApiError(400, f"{param}: not valid base64 ({exc}) (fix: send the file's bytes base64-encoded)",
                       param=param, code="invalid_base64") from exc
    if not data:
        raise ApiError(400, f"{param}: empty (fix: send a non-empty file)", param=param, code="empty_file")
    return data


class Uploads:
    """A fresh folder under the server's upload root for one request (made on the first save);
    ``cleanup()`` removes it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._dir: Path | None = None
        self._n = 0

    @property
    def dir(self) -> Path:
        if self._dir is None:
            self.root.mkdir(parents=True, exist_ok=True)
            self._dir = Path(tempfile.mkdtemp(prefix="req-", dir=self.root))
        return self._dir

    def save(self, data: bytes, suffix: str, stem: str = "upload") -> Path:
        self._n += 1
        path = self.dir / f"{stem}{self._n}{suffix}"
        path.write_bytes(data)
        return path

    def cleanup(self) -> None:
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)


def image_from_url(url: str, param: str, uploads: Uploads, allowed_roots: list[Path]) -> Path:
    """An image_url.url (data: URI, bare base64, or a path under the allowed roots) as a file."""
    url = url.strip()
    if url.startswith(("http://", "https://")):
        raise ApiError(400, f"{param}: remote URLs are not fetched, the server is offline "
                       "(fix: send the image as a data: URI or base64)", param=param, code="remote_url")
    m = DATA_URI.match(url)
    if m:
        data = b64decode(m.group("data"), param)
        suffix = IMAGE_MIME.get((m.group("mime") or "").lower()) or sniff_image(data)
    elif url.startswith(("/", "~", "file://", "./", "../")):
        return _server_path(url.removeprefix("file://"), param, allowed_roots)
    else:
        data = b64decode(url, param)
        suffix = sniff_image(data)
    if suffix is None or sniff_image(data) is None and suffix not in (".heic", ".tiff"):
        raise ApiError(400, f"{param}: the data is not a PNG, JPEG, WebP, GIF, BMP or TIFF image "
                       "(fix: send an image file)", param=param, code="not_an_image")
    return uploads.save(data, suffix, "image")


def _server_path(raw: str, param: str, allowed_roots: list[Path]) -> Path:
    path = Path(raw).expanduser().resolve()
    if not any(path == r or r in path.parents for r in allowed_roots):
        why = "the server allows no server-side paths" if not allowed_roots else \
            f"it is outside the allowed roots ({', '.join(map(str, allowed_roots))})"
        raise ApiError(400, f"{param}: {raw}: {why} (fix: upload the file as base64, or start the server with "
                       "--allow-root FOLDER)", param=param, code="path_not_allowed")
    if not path.is_file():
        raise ApiError(400, f"{param}: {raw}: file not found (fix: check the path)", param=param,
                       code="file_not_found")
    return path
