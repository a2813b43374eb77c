"""Prompt templates as files, rendered with Jinja2 StrictUndefined."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

PROMPT_DIR = Path(__file__).parent


@cache
def _env() -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(PROMPT_DIR)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )


def render(name: str, **variables: Any) -> str:
    """Render ``prompts/<name>.j2``; a missing variable is an error, never silently empty."""
    return _env().get_template(f"{name}.j2").render(**variables).strip()
