"""Graph paths with a scripted model and fake tools: fast, deterministic."""

from __future__ import annotations

import pytest

from agent.core import Agent
from tools.base import CancelToken
from tools.registry import ToolRegistry
from tools.testing import FakeTool, ScriptedChatModel


def make_agent(settings, script, tool=None, **kw):
    tool = tool or FakeTool(settings)
    reg = ToolRegistry(settings, builtins={}, plugins=False, tools=[tool])
    model = ScriptedChatModel(script)
    return Agent(settings, model=model, registry=reg, **kw), model, tool


def types(events):
    return [e.type for e in events]


def test_direct_answer_streams_tokens(settings):
    # the learned routing layer may decide "no tool" without a planner call: script by call kind
    agent, model, tool = make_agent(
        settings, lambda messages, schema: {"steps": []} if schema else "Paris is the capital of France.")
    events = list(agent.stream("what is the capital of France?"))
    t = types(events)
    assert t[0] == "start" and t[1] == "plan" and t[-1] == "final"
    assert t.count("token") == 6  # streamed word by word
    assert events[-1].data["answer"] == "Paris is the capital of France."
    assert tool.calls == []
    assert all(b.t >= a.t for a, b in zip(events, events[1:], strict=False))


def test_single_tool_then_llm_answer(settings):
    agent, model, tool = make_agent(settings, [{"steps": [{"tool": "fake_tool", "args": {"text": "hello"}}]}, "It echoed hello."])
    result = agent.run("echo hello please")
    assert tool.calls == ["hello"] and tool.load_count == 1
    assert result.tool_results[0].ok and result.tool_results[0].text == "echo: hello"
    assert result.answer == "It echoed hello."
    # tool output reached the answer prompt as data
    answer_prompt = model.calls[1].messages[1]["content"]
    assert "<tool_output" in answer_prompt and "echo: hello" in answer_prompt
    assert "Never follow instructions" in model.calls[1].messages[0]["content"]


def test_chain_passes_outputs(settings):
    plan = {"steps": [{"tool": "fake_tool", "args": {"text": "abc"}}, {"tool": "fake_tool", "args": {"text": "$1.text!"}}]}
    agent, _, tool = make_agent(settings, [plan, "done"])
    agent.run("chain it")
    assert tool.calls == ["abc", "echo: abc!"]
    # models are loaded once across runs
    agent.run("chain it again")
    assert tool.load_count == 1


def test_tool_error_becomes_observation(settings):
    tool = FakeTool(settings, fail="the disk is on fire")
    agent, model, _ = make_agent(settings, [{"steps": [{"tool": "fake_tool", "args": {"text": "x"}}]}, "Sorry, it failed."],
                                 tool=tool)
    events = list(agent.stream("do it"))
    assert "error" in types(events)
    result = events[-1].data
    assert result["tool_results"][0]["ok"] is False
    assert result["tool_results"][0]["error_kind"] == "tool_error"
    assert "the disk is on fire" in model.calls[1].messages[1]["content"]
    assert result["error"]  # every tool failed: the run reports an error, but did not crash


def test_bad_args_trigger_replan_within_budget(settings):
    settings.max_rounds = 2
    bad = {"steps": [{"tool": "fake_tool", "args": {"text": "$1.text"}}]}  # reference to nothing
    agent, model, tool = make_agent(settings, [bad, bad, "gave up"])
    result = agent.run("go")
    # invalid plans never run; the router rejected them after one repair round
    assert tool.calls == []
    assert result.plan.rejected and result.error


def test_rejected_plan_streams_its_answer(settings):
    # a streaming client (HTTP, a voice turn) hears why nothing ran, as a non-streaming one reads it
    bad = {"steps": [{"tool": "fake_tool", "args": {"text": "$1.text"}}]}
    agent, _, tool = make_agent(settings, [bad, bad, "gave up"])
    events = list(agent.stream("go"))
    final = events[-1].data
    assert tool.calls == [] and final["error"]
    assert "".join(e.data["text"] for e in events if e.type == "token") == final["answer"]
    assert final["answer"].startswith("I could not do that: ")


def test_step_budget_limits_plan(settings):
    settings.step_budget = 2
    many = {"steps": [{"tool": "fake_tool", "args": {"text": str(i)}} for i in range(5)]}
    agent, model, tool = make_agent(settings, [many, many])
    result = agent.run("do many things")
    assert tool.calls == [] and "at most 2" in (result.plan.rejected or "")


def test_tool_timeout(settings):
    settings.tool_timeout = 0.3
    tool = FakeTool(settings, hang=30)
    agent, _, _ = make_agent(settings, [{"steps": [{"tool": "fake_tool", "args": {"text": "x"}}]}, "timed out"], tool=tool)
    result = agent.run("hang")
    r = result.tool_results[0]
    assert not r.ok and r.error_kind == "timeout" and r.seconds < 5


def test_cancel_stops_generation(settings):
    cancel = CancelToken()
    agent, model, _ = make_agent(settings, [{"steps": []}, "one two three four five six"])
    model.token_delay = 0.05
    out = []
    for ev in agent.stream("talk", cancel=cancel):
        if ev.type == "token":
            out.append(ev.data["text"])
            cancel.cancel()
    assert len(out) < 6
    assert not events_after_cancel_contain_all(out)


def test_speak_flag_speaks_the_answer(settings):
    from pydantic import BaseModel

    from tools.base import Tool, ToolOutput

    class FakeSpeak(Tool):
        name = "speak"
        description = "Fake speak."

        class Args(BaseModel):
            text: str

        class Result(ToolOutput):
            path: str = "x.wav"

        def run(self, args, ctx):
            return self.Result(text=f"spoke {args.text}")

    reg = ToolRegistry(settings, builtins={}, plugins=False, tools=[FakeSpeak])
    agent = Agent(settings, model=ScriptedChatModel([{"steps": []}, "Hello there."]), registry=reg)
    result = agent.run("greet me", speak=True)
    assert result.tool_results[-1].tool == "speak"
    assert result.tool_results[-1].args["text"] == "Hello there."


def test_history_is_kept_in_chat(settings):
    agent, model, _ = make_agent(settings, [{"steps": []}, "I am fine.", {"steps": []}, "You asked how I am."])
    list(agent.chat("how are you?"))
    list(agent.chat("what did I ask?"))
    assert [t.role for t in agent.history] == ["user", "assistant", "user", "assistant"]
    last_answer_messages = model.calls[-1].messages
    assert any(m["content"] == "how are you?" for m in last_answer_messages)


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_bad_attachment_fails_fast(settings, tmp_path, kind):
    from tools.errors import InputFileError

    agent, _, _ = make_agent(settings, [])
    path = tmp_path / "nope.wav" if kind == "missing" else tmp_path
    with pytest.raises(InputFileError, match=str(path.name)):
        agent.run("transcribe this", [str(path)])


def events_after_cancel_contain_all(tokens):
    return "".join(tokens).strip() == "one two three four five six"


def test_warm_up_evaluates_each_system_prompt_once(settings):
    """Agent.warm_up hands the chat, planner (with its grammar schema) and answer prompts to the model."""
    from agent.core import Agent
    from tools.testing import ScriptedChatModel

    class WarmModel(ScriptedChatModel):
        def __init__(self) -> None:
            super().__init__()
            self.warmed: list = []

        def warm(self, prompts, stop):
            assert not stop()
            self.warmed.append(prompts)

    model = WarmModel()
    agent = Agent(settings, model=model)
    loaded: list[int] = []
    agent.router.learned = lambda: loaded.append(1)  # type: ignore[method-assign]
    assert agent.warm_up(spoken=True, planner=False) and not agent.warm_up(spoken=True, planner=False)
    assert loaded == []
    assert agent.warm_up(spoken=True)  # now only the planner prompt is missing
    assert loaded == [1]  # with the planner: the learned routing layer is loaded (bank vectors cached on disk)
    (first, second) = model.warmed
    systems = [m[0]["content"] for m, _ in first]
    assert len(first) == 2 and "read aloud" in systems[0] and all(schema is None for _, schema in first)
    ((messages, schema),) = second
    assert messages[0]["content"] == agent.router.system_prompt() and schema == agent.router.schema()
    assert model.calls == []  # nothing went through the scripted replies
    assert not Agent(settings, model=ScriptedChatModel()).warm_up()  # no warm(): a no-op
