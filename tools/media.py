"""Media references: files are passed by reference (path or handle), never inlined into prompts."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from tools.errors import InputFileError

MediaKind = Literal["audio", "image", "text", "file"]


class MediaRef(BaseModel):
    """A file passed by reference (never inlined into a prompt)."""

    kind: MediaKind
    path: str
    handle: str | None = None
    mime: str | None = None

    @property
    def name(self) -> str:
        return Path(self.path).name


def sniff(head: bytes) -> tuple[str | None, str]:
    """``(kind, description)`` from a file's first bytes: kind is "audio", "image" or None."""
    h = head
    if h[:4] == b"RIFF" and h[8:12] in (b"WAVE", b"AVI "):
        return "audio", "WAV/AVI"
    if h[:4] == b"RIFF" and h[8:12] == b"WEBP":
        return "image", "WebP"
    if h[4:8] == b"ftyp":
        brand = h[8:12]
        return ("image", "HEIC/AVIF") if brand in (b"heic", b"heix", b"mif1", b"msf1", b"avif") else ("audio", "MP4")
    for magic, kind, desc in (
        (b"fLaC", "audio", "FLAC"), (b"ID3", "audio", "MP3"), (b"OggS", "audio", "Ogg"),
        (b"\x1aE\xdf\xa3", "audio", "Matroska/WebM"), (b"FORM", "audio", "AIFF"), (b"#!AMR", "audio", "AMR"),
        (b".snd", "audio", "AU"), (b"0&\xb2u", "audio", "WMA"),
        (b"\xff\xd8\xff", "image", "JPEG"), (b"\x89PNG", "image", "PNG"), (b"GIF8", "image", "GIF"),
        (b"BM", "image", "BMP"), (b"II*\x00", "image", "TIFF"), (b"MM\x00*", "image", "TIFF"),
        (b"%PDF", None, "a PDF document"), (b"PK\x03\x04", None, "a ZIP archive (or an Office document)"),
        (b"\x7fELF", None, "a program"), (b"\x1f\x8b", None, "a gzip archive"), (b"MThd", None, "a MIDI file"),
    ):
        if h.startswith(magic):
            return kind, desc
    if len(h) >= 2 and h[0] == 0xFF and h[1] & 0xE0 == 0xE0:  # MPEG audio / ADTS AAC frame sync
        return "audio", "MPEG audio"
    low = h[:1024].lower()
    if b"<svg" in low:
        return None, "an SVG vector image"
    if b"<html" in low or b"<!doctype html" in low:
        return None, "an HTML page"
    if b"\x00" not in h:
        try:
            h.decode("utf-8")
            return None, "a text file"
        except UnicodeDecodeError as exc:
            if exc.start >= len(h) - 3:  # cut inside a multi-byte character at the end of the sample
                return None, "a text file"
    return None, "a file of an unknown kind"


def special_kind(mode: int) -> str | None:
    """What a non-regular file is ("a FIFO (named pipe)", ...), None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "not a regular file"


def expand_path(p: str | Path) -> Path:
    """``Path(p).expanduser()``, but "~name" of a user that does not exist stays literal
    (pathlib raises RuntimeError there) instead of escaping as an untyped error."""
    try:
        return Path(p).expanduser()
    except RuntimeError:
        return Path(p)


def regular_file_head(path: Path, name: str, *, expected: str, give: str, where: str = "check the path",
                      head_bytes: int = 1024) -> tuple[os.stat_result, bytes]:
    """Stat ``path`` and read its first bytes, or raise one-line InputFileError naming ``name``.

    The one pre-check every file input goes through (audio decoding, image opening, the
    agent's attachment check): missing, unreadable path, folder, special file (device, FIFO,
    socket: reading one would hang or never end), empty, unreadable file.  ``expected`` is what
    the caller wanted ("an audio file"), ``give`` the verb of the fix ("pass", "attach"),
    ``where`` the fix for a path that does not resolve.
    """
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputFileError(f"{name}: file not found", where) from None
    except OSError as exc:  # symlink loop, name too long, permissions on a parent folder
        raise InputFileError(f"{name}: cannot be opened ({exc.strerror or type(exc).__name__})", where) from None
    special = special_kind(st.st_mode)
    if special == "a folder":
        raise InputFileError(f"{name}: is a folder, not {expected}", f"{give} {expected}")
    if special:
        raise InputFileError(f"{name}: is {special}, not a regular file", f"{give} a regular file")
    if st.st_size == 0:
        raise InputFileError(f"{name}: file is empty (0 bytes)", f"{give} a non-empty file")
    try:
        with open(path, "rb") as f:
            head = f.read(head_bytes)
    except OSError as exc:
        raise InputFileError(f"{name}: cannot be read ({exc.strerror or type(exc).__name__})",
                             "check the file's permissions") from None
    return st, head
