"""mmagent: a local, offline, tool-augmented multimodal agent.

``from agent import Agent, Settings`` is the Python API; heavy modules load on first use.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Agent", "Settings"]


def __getattr__(name: str) -> Any:
    if name == "Agent":
        from agent.core import Agent

        return Agent
    if name == "Settings":
        from agent.config import Settings

        return Settings
    raise AttributeError(name)
