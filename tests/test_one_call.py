"""One LLM call for a direct question: the planner call writes a plan or the answer itself."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from agent.core import Agent
from tools.registry import ToolRegistry
from tools.testing import FakeTool, ScriptedChatModel

TOOL_PLAN = {"steps": [{"tool": "fake_tool", "args": {"text": "hello"}}]}


@dataclass
class OneCallModel(ScriptedChatModel):
    """A scripted model with ``plan_or_answer``: a scripted dict is a plan, a string is the answer."""

    decided: list[str] = field(default_factory=list)  # "plan" / "answer" per plan_or_answer call
    closed: list[bool] = field(default_factory=list)  # whether each plan_or_answer stream was closed early

    def plan_or_answer(self, messages: list[dict[str, str]], *, schema: dict[str, Any], max_tokens: int = 256,
                       temperature: float = 0.0, cancel: Any = None) -> Iterator[str]:
        assert schema is not None
        text = self._next(messages, schema)
        self.decided.append("plan" if text.startswith("{") else "answer")
        idx = len(self.closed)
        self.closed.append(True)
        words = text.split(" ")
        for i, word in enumerate(words):
            if self.token_delay:
                time.sleep(self.token_delay)
            yield word if i == 0 else " " + word
        self.closed[idx] = False  # read to the end


def make(settings: Any, script: list[Any]) -> tuple[Agent, OneCallModel, FakeTool]:
    tool = FakeTool(settings)
    reg = ToolRegistry(settings, builtins={}, plugins=False, tools=[tool])
    model = OneCallModel(script)
    settings.planner = "llm"
    return Agent(settings, model=model, registry=reg), model, tool


def test_direct_question_is_answered_by_the_planner_call(settings) -> None:
    agent, model, tool = make(settings, ["Paris is the capital of France."])
    events = list(agent.stream("what is the capital of France?"))
    assert len(model.calls) == 1 and model.decided == ["answer"]
    plan = next(e for e in events if e.type == "plan")
    assert plan.data["plan"]["steps"] == [] and plan.data["layer"] == "llm"
    tokens = [e.data["text"] for e in events if e.type == "token"]
    assert len(tokens) == 6 and "".join(tokens) == "Paris is the capital of France."
    assert events[-1].data["answer"] == "Paris is the capital of France."
    assert model.closed == [False] and tool.calls == []


def test_a_plan_still_runs_its_tools_then_answers(settings) -> None:
    agent, model, tool = make(settings, [TOOL_PLAN, "It echoed hello."])
    result = agent.run("echo hello with the fake tool")
    assert model.decided == ["plan"] and len(model.calls) == 2  # plan, then the answer over the tool output
    assert tool.calls == ["hello"] and result.answer == "It echoed hello."


def test_plan_only_closes_the_answer_after_the_deciding_token(settings) -> None:
    agent, model, _ = make(settings, ["Paris is the capital of France."])
    rr = agent.plan("what is the capital of France?")
    assert rr.plan.steps == [] and rr.layer == "llm"
    assert model.closed == [True]  # nobody reads the answer: the call stops


def test_spoken_answer_uses_the_chat_prompt(settings) -> None:
    """The voice loop's spoken style lives in the chat prompt: the planner's text is not relayed."""
    agent, model, _ = make(settings, ["Paris, written.", "Paris, spoken."])
    result = agent.run("what is the capital of France?", spoken=True)
    assert result.answer == "Paris, spoken." and len(model.calls) == 2 and model.closed == [True]
    assert model.calls[1].schema is None and "mmagent" in model.calls[1].messages[0]["content"]


def test_cancel_stops_the_relayed_answer(settings) -> None:
    from tools.base import CancelToken

    agent, model, _ = make(settings, ["one two three four five six seven eight"])
    model.token_delay = 0.2
    cancel = CancelToken()
    seen = []
    for ev in agent.stream("count for me", cancel=cancel):
        if ev.type == "token":
            seen.append(ev.data["text"])
            if len(seen) == 2:
                cancel.cancel()
    assert len(seen) < 8 and model.closed == [True]


def test_relayed_answer_keeps_the_answer_length_cap(settings) -> None:
    agent, model, _ = make(settings, ["one two three four five six seven eight"])
    settings.llm_max_tokens = 3
    result = agent.run("count for me")
    assert result.answer == "one two three" and model.closed == [True]
