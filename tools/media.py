"""Media references: files are passed by reference (path or handle), never inlined into prompts."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel

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
