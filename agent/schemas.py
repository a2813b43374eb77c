"""Pydantic models shared by every part of mmagent.

These are the contracts between the router, the runtime, the graph, the CLI and the
voice / batch front ends.  Everything that crosses a module boundary is one of these.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from tools.media import MediaKind, MediaRef

__all__ = ["REF_RE", "AgentEvent", "Clock", "MediaKind", "MediaRef", "Plan", "RunResult", "ToolCall", "ToolResult", "Turn", "history_step",
           "history_window", "trim_history"]

#: a string argument that refers to an earlier step's output: ``"$1"`` or ``"$1.text"``
REF_RE = re.compile(r"\$(\d+)(?:\.([A-Za-z_]\w*))?")


class ToolCall(BaseModel):
    """One planned tool invocation. String args may reference earlier steps: ``"$1.text"``."""

    tool: str
    args: dict[str, Any] = Field(default_factory=dict)


PlanSource = Literal["fast_path", "learned", "chooser", "llm", "repaired", "scripted", "none"]


class Plan(BaseModel):
    """An ordered list of tool calls; ``steps == []`` means answer directly."""

    steps: list[ToolCall] = Field(default_factory=list)
    source: PlanSource = "llm"
    compose: Literal["llm", "template"] = "llm"
    speak_answer: bool = False
    notes: list[str] = Field(default_factory=list)
    rejected: str | None = None
    rejected_kind: str | None = None

    def public(self) -> dict[str, Any]:
        """The plan as the CLI prints it: ``{"steps": [{"tool":..., "args":...}]}``."""
        return {"steps": [s.model_dump() for s in self.steps]}


class ToolResult(BaseModel):
    """What one executed ToolCall produced: a text summary for the LLM plus typed data."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    step: int
    tool: str
    args: dict[str, Any] = Field(default_factory=dict)
    ok: bool = True
    text: str = ""
    data: dict[str, Any] = Field(default_factory=dict)
    media: list[MediaRef] = Field(default_factory=list)
    error: str | None = None
    error_kind: str | None = None
    seconds: float = 0.0


T = TypeVar("T")


def history_window(history: Sequence[T], turns: int) -> list[T]:
    """The messages of ``history`` a prompt shows: at most the last ``turns``, dropped in steps.

    A window that slid by one exchange per turn would change the prompt right after the system
    prompt on every turn, and llama.cpp would evaluate the whole history again (bench/history_bench.py
    on a 2-core box: the direct answer's prompt pass 1.63 s from the 5th turn with a sliding window,
    0.47 s with this one).  Here the window's start only moves in steps of ``turns`` messages (made even:
    whole exchanges), counted from the start of the conversation, so between the steps each prompt
    extends the one before and only the new exchange is evaluated; right after a step it holds
    fewer (at least the newest exchange).  ``history`` must start where the conversation starts or
    at a multiple of that step (``trim_history`` keeps that).
    """
    if turns <= 0:
        return []
    return list(history[_step_up(len(history) - turns, history_step(turns)):])


def history_step(turns: int) -> int:
    """How many messages ``history_window`` drops at once: ``turns``, made even (whole exchanges)."""
    return max(1, turns - turns % 2)


def _step_up(n: int, step: int) -> int:
    """``n`` rounded up to a multiple of ``step``; 0 when ``n`` <= 0 (nothing to drop)."""
    return max(0, -(-n // step) * step)


def trim_history(history: list[T], turns: int) -> list[T]:
    """Bound a remembered history at ``2 * turns`` messages, dropping a multiple of ``turns`` from its
    start, so that ``history_window`` of the trimmed list is the window of the untrimmed one."""
    if turns <= 0:
        return []
    return history[_step_up(len(history) - 2 * turns, history_step(turns)):]


class Turn(BaseModel):
    """One chat turn kept in history."""

    role: Literal["user", "assistant", "tool"]
    content: str
    attachments: list[str] = Field(default_factory=list)
    result_text: str | None = None  # the content a follow-up like "read that aloud" refers to


EventType = Literal[
    "start", "plan", "tool_start", "tool_end", "token", "answer", "audio_chunk", "error", "final",
    # voice loop (agent/voice.py)
    "voice_state", "vad_start", "vad_end", "stt_early", "tts_early", "transcript", "first_token", "first_audio", "barge_in", "turn_end",
    "turn_check",  # the end-of-turn model's verdict at a pause
    "turn_text",  # the LLM's P(the early transcript is a finished utterance) at a pause (voice_turn_text)
]


class AgentEvent(BaseModel):
    """A typed event in the stream every front end consumes.  ``t`` is seconds since run start."""

    type: EventType
    t: float = 0.0
    data: dict[str, Any] = Field(default_factory=dict)


class RunResult(BaseModel):
    """The outcome of one agent run."""

    request: str
    answer: str = ""
    plan: Plan = Field(default_factory=Plan)
    tool_results: list[ToolResult] = Field(default_factory=list)
    files: list[MediaRef] = Field(default_factory=list)
    timings: dict[str, float] = Field(default_factory=dict)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class Clock:
    """Monotonic clock relative to a start time, shared by one run's events."""

    def __init__(self) -> None:
        self.start = time.perf_counter()

    def now(self) -> float:
        return round(time.perf_counter() - self.start, 4)
