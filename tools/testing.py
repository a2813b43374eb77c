"""Test helpers for mmagent and for plugin authors.

- ``ScriptedChatModel``: a ChatModel that answers from a script (a list or a function),
  records every call and can check replies against the planner's JSON schema.
- ``FakeTool``: a configurable tool (echo, fail, hang) for graph tests.
- ``assert_tool_conforms(tool)``: checks a Tool class or instance against the contract.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, Field

from tools.base import CancelToken, Tool, ToolContext, ToolError, ToolOutput
from tools.registry import contract_problems

Reply = str | dict[str, Any]
Script = list[Reply] | Callable[[list[dict[str, str]], dict[str, Any] | None], Reply]


@dataclass
class ScriptedCall:
    messages: list[dict[str, str]]
    schema: dict[str, Any] | None
    reply: str


@dataclass
class ScriptedChatModel:
    """A deterministic ChatModel.  Dict replies are JSON-encoded (plans)."""

    script: Script = field(default_factory=list)
    default: Reply = "OK."
    calls: list[ScriptedCall] = field(default_factory=list)
    token_delay: float = 0.0  # seconds between streamed words (like a real model)

    def _next(self, messages: list[dict[str, str]], schema: dict[str, Any] | None) -> str:
        if callable(self.script):
            reply = self.script(messages, schema)
        elif self.script:
            reply = self.script.pop(0)
        else:
            reply = self.default
        text = json.dumps(reply) if isinstance(reply, dict) else str(reply)
        self.calls.append(ScriptedCall(messages, schema, text))
        return text

    def complete(self, messages: list[dict[str, str]], *, schema: dict[str, Any] | None = None,
                 max_tokens: int = 256, temperature: float = 0.0) -> str:
        return self._next(messages, schema)

    def stream(self, messages: list[dict[str, str]], *, max_tokens: int = 256, temperature: float = 0.2,
               cancel: CancelToken | None = None) -> Iterator[str]:
        text = self._next(messages, None)
        for i, word in enumerate(text.split(" ")):
            if cancel is not None and cancel.cancelled:
                return
            if self.token_delay:
                time.sleep(self.token_delay)
            yield word if i == 0 else " " + word
            if cancel is not None:
                cancel.wait_released()  # as the real model waits between tokens


class FakeTool(Tool):
    """A tool whose behaviour tests choose: echo its text, raise, or hang."""

    name = "fake_tool"
    description = "A fake tool for tests: echoes its text."

    class Args(BaseModel):
        text: str = Field(description="text to echo")

    class Result(ToolOutput):
        length: int = 0

    def __init__(self, settings: Any = None, *, fail: str | None = None, hang: float = 0.0) -> None:
        super().__init__(settings)
        self.fail = fail
        self.hang = hang
        self.load_count = 0
        self.calls: list[str] = []
        self._lock = threading.Lock()

    def load(self) -> None:
        self.load_count += 1

    def run(self, args: Args, ctx: ToolContext) -> Result:  # type: ignore[override]
        with self._lock:
            self.calls.append(args.text)
        deadline = time.monotonic() + self.hang
        while time.monotonic() < deadline and not ctx.cancel.cancelled:
            time.sleep(0.01)
        if self.fail:
            raise ToolError(self.fail, kind="tool_error")
        return self.Result(text=f"echo: {args.text}", length=len(args.text))


def assert_tool_conforms(tool: Tool | type[Tool]) -> None:
    """Raise AssertionError listing every way ``tool`` breaks the Tool contract."""
    cls = tool if isinstance(tool, type) else type(tool)
    problems = contract_problems(cls)
    if not problems:
        schema = cls.args_schema()
        json.dumps(schema)  # must be serialisable: it becomes the planner's grammar
        for name in cls.media_args():
            if schema["properties"][name].get("type") not in ("string", None):
                problems.append(f"media arg '{name}' must be a string path")
        inst = tool if not isinstance(tool, type) else cls(None)
        if inst.loaded:
            problems.append("a new instance must not be loaded (load lazily)")
    assert not problems, f"{cls.__name__} breaks the Tool contract: " + "; ".join(problems)
