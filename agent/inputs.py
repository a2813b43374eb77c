"""Checks on a request and its attachments that run before any model loads.

Each failure is one typed error (tools/errors.py) naming the request, file or setting and
the fix: an empty or too long request, too many attachments, a missing file, a folder, a
special file (device, FIFO, socket), an unreadable, empty or too large file, a file of a
kind no tool reads (SVG, PDF, text, archives), and an LLM file that is not a GGUF model.
The limits are settings (``MMAGENT_MAX_REQUEST_CHARS``, ``MMAGENT_MAX_ATTACHMENTS``,
``MMAGENT_ATTACHMENT_MAX_MB``; ``MMAGENT_AUDIO_MAX_SECONDS`` and ``MMAGENT_IMAGE_MAX_PIXELS``
are enforced by the decoders).
"""

from __future__ import annotations

import os
import re
import stat
import struct
from pathlib import Path
from typing import Any

from tools.errors import ConfigError, InputFileError, UsageError
from tools.media import expand_path, regular_file_head, sniff, special_kind

AUDIO_EXT = frozenset(("wav", "flac", "mp3", "ogg", "oga", "opus", "m4a", "aac", "webm", "wma", "mp4", "mkv",
                       "mka", "aif", "aiff", "amr", "au", "3gp", "mov", "avi"))
IMAGE_EXT = frozenset(("jpg", "jpeg", "png", "gif", "bmp", "webp", "tif", "tiff", "heic", "heif"))
READABLE = "audio (wav, flac, mp3, ogg, m4a) or an image (jpg, png, webp, gif, bmp, tiff, heic)"

# extensions of common files no tool reads, with a readable name
_UNREAD_EXT = {
    "svg": "an SVG vector image", "svgz": "an SVG vector image", "pdf": "a PDF document", "txt": "a text file",
    "md": "a text file", "csv": "a CSV table", "json": "a JSON file", "html": "an HTML page", "htm": "an HTML page",
    "xml": "an XML file", "doc": "a Word document", "docx": "a Word document", "odt": "a text document",
    "xls": "a spreadsheet", "xlsx": "a spreadsheet", "ppt": "a presentation", "pptx": "a presentation",
    "zip": "a ZIP archive", "gz": "a compressed archive", "tar": "a tar archive", "7z": "a 7-Zip archive",
    "rar": "a RAR archive", "exe": "a program", "so": "a program library", "py": "a source file",
    "eps": "a PostScript file", "ps": "a PostScript file", "psd": "a Photoshop file", "ico": "an icon file",
    "mid": "a MIDI file (notes, not sound)", "midi": "a MIDI file (notes, not sound)",
}


def check_request(request: Any, settings: Any) -> str:
    """The request, or UsageError for a non-string, empty/blank or too long one."""
    if not isinstance(request, str):
        raise UsageError(f"the request must be text, not {type(request).__name__}", "pass the request as a string")
    if not request.strip():
        raise UsageError("the request is empty", 'type what you want, e.g. "what is said in memo.wav?"')
    if "\x00" in request:
        raise UsageError("the request contains a NUL character", "remove control characters from the request")
    limit = int(getattr(settings, "max_request_chars", 0) or 0)
    if limit and len(request) > limit:
        raise UsageError(
            f"the request is {len(request):,} characters long, above the {limit:,} limit",
            "shorten it (put long text in a file) or raise MMAGENT_MAX_REQUEST_CHARS")
    return request


_MENTION = re.compile(r"""(?:"([^"]+\.\w{1,5})"|'([^']+\.\w{1,5})'|([\w~./\\-]*[\w-]\.(\w{1,5})))(?![\w])""")


# a question *about* a file, not about its content ("how do I convert vector.svg to png?")
_ABOUT_FILE = re.compile(r"\b(how (?:do|can|to|would|should)|convert\w*|format|rename|delete|move|copy|open with)\b",
                         re.IGNORECASE)


def mentions_file(request: str) -> bool:
    """Whether the request names something that looks like a file (``name.ext``, quoted or not)."""
    return _MENTION.search(request) is not None


def check_mentioned_files(request: str) -> None:
    """A file named in the request that exists but is of a kind no tool reads fails with one line
    (unless the request asks about the file rather than its content)."""
    if _ABOUT_FILE.search(request):
        return
    for m in _MENTION.finditer(request):
        name = m.group(1) or m.group(2) or m.group(3)
        ext = Path(name).suffix.lower().lstrip(".")
        if ext in AUDIO_EXT or ext in IMAGE_EXT:
            continue
        desc = _UNREAD_EXT.get(ext)
        try:
            p = expand_path(name)
            is_file = p.is_file()
        except (OSError, ValueError):
            continue
        if desc and is_file:
            raise InputFileError(f"{name}: is {desc}; no tool reads {ext.upper()} files",
                                 f"give {READABLE}, e.g. convert it to PNG or WAV first")


def _size(n: float) -> str:
    return f"{n / 1e6:,.1f} MB" if n >= 100_000 else f"{n:,.0f} bytes"


def _check_one(p: str, settings: Any) -> str:
    if not isinstance(p, str) or not p.strip():
        raise UsageError(f"attachment {p!r}: not a file name", "give the path of a file to --attach")
    if "\x00" in p:
        raise InputFileError(f"{p!r}: file name contains a NUL character", "check the path given to --attach")
    path = expand_path(p)
    st, head = regular_file_head(path, p, expected="a file", give="attach", where="check the path given to --attach",
                                 head_bytes=2048)
    max_mb = float(getattr(settings, "attachment_max_mb", 0) or 0)
    if max_mb and st.st_size > max_mb * 1_000_000:
        raise InputFileError(f"{p}: file is {_size(st.st_size)}, above the {_size(max_mb * 1e6)} attachment limit",
                             "attach a smaller file or raise MMAGENT_ATTACHMENT_MAX_MB")
    ext = path.suffix.lower().lstrip(".")
    if ext in AUDIO_EXT or ext in IMAGE_EXT:
        return str(path)  # the decoder reports a corrupt file with its own one line
    if ext in _UNREAD_EXT:
        raise InputFileError(f"{p}: is {_UNREAD_EXT[ext]}; no tool reads {ext.upper()} files",
                             f"attach {READABLE}, e.g. convert it first")
    kind, desc = sniff(head)
    if kind is None:
        raise InputFileError(f"{p}: is {desc}; no tool reads it", f"attach {READABLE}")
    return str(path)


def check_attachments(paths: Any, settings: Any = None) -> list[str]:
    """Fail fast, with one line naming the file, on an attachment that cannot be read."""
    if isinstance(paths, str | bytes) or paths is None:
        paths = [] if paths is None else [paths]
    paths = list(paths)
    limit = int(getattr(settings, "max_attachments", 0) or 0)
    if limit and len(paths) > limit:
        raise UsageError(f"{len(paths)} attachments, above the limit of {limit}",
                         "attach fewer files (use batch --over for many) or raise MMAGENT_MAX_ATTACHMENTS")
    return [_check_one(p.decode() if isinstance(p, bytes) else p, settings) for p in paths]


def check_llm_file(settings: Any) -> None:
    """An explicit ``llm_path`` must be a GGUF file (magic, version, tensor count): read 24 bytes."""
    path = getattr(settings, "llm_path", None)
    if path is None:
        return
    where = f"llm_path ({path}, MMAGENT_LLM_PATH or config.toml)"
    fix = "point MMAGENT_LLM_PATH at a .gguf model file, or unset it to use the packaged model"
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise ConfigError(f"{where}: is {special_kind(st.st_mode)}, not a GGUF file", fix)
        with open(path, "rb") as f:
            head = f.read(24)
    except FileNotFoundError:
        raise ConfigError(f"{where}: file not found", fix) from None
    except OSError as exc:
        raise ConfigError(f"{where}: cannot be read ({exc.strerror or type(exc).__name__})", fix) from None
    if len(head) < 24 or head[:4] != b"GGUF":
        raise ConfigError(f"{where}: not a GGUF model file (no GGUF header)", fix)
    version, tensors = struct.unpack("<IQ", head[4:16])
    if version not in (2, 3):
        raise ConfigError(f"{where}: unsupported GGUF version {version} (llama.cpp reads 2 and 3)", fix)
    if tensors == 0 or tensors > 1_000_000:
        raise ConfigError(f"{where}: GGUF header lists {tensors} tensors; the file is not a usable model", fix)


def check_inputs(request: Any, attachments: Any, settings: Any) -> list[str]:
    """Everything about a request that can be checked before a model loads; returns the checked
    attachment paths or raises a one-line typed error.  Cheap to import: the CLI calls it before
    it builds the Agent (whose graph library alone takes seconds to import)."""
    from agent.routing.validate import check_media_kinds

    check_request(request, settings)
    paths = check_attachments(attachments, settings)
    check_mentioned_files(request)
    check_media_kinds(request, paths)
    return paths
