"""The chooser layer (agent/routing/chooser.py): the LLM writes the tool names only, the arguments come
from the request; it hands over to the full planner when the names are not a plan shape for the files
given or an argument is missing.  Scripted model, the learned layer stubbed out (it "is not sure"),
so every request reaches the chooser."""

from __future__ import annotations

import pytest

from agent.routing.chooser import from_tools, options_for, shape_of, tools_schema
from agent.routing.learned import SHAPES_TOOLS
from agent.routing.router import Router
from agent.schemas import Turn
from tools.registry import ToolRegistry
from tools.testing import ScriptedChatModel


def names(*tools):
    return {"steps": [{"tool": t} for t in tools]}


@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("memo.wav", "meeting.wav", "note.png", "beach.jpg"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "photos").mkdir()
    return tmp_path


def _router(settings, script):
    reg = ToolRegistry(settings)
    model = ScriptedChatModel(list(script))
    r = Router(model, reg, settings)
    r.assume_available = True
    r.decide_learned = lambda *a, **k: None  # the learned layer is not sure: fall through
    return r, model


def test_shapes_of_tool_names():
    assert shape_of(["transcribe_audio", "transcribe_audio"]) == "transcribe"  # one step per file
    assert shape_of(["read_text_in_image", "speak"]) == "ocr_speak"
    assert shape_of(["search_images", "caption_image"]) == "search_caption"
    assert shape_of([]) == "none"
    assert shape_of(["caption_image", "transcribe_audio"]) is None  # mixed: the full planner's job
    schema = tools_schema(["speak", "caption_image"], 3)
    assert schema["properties"]["steps"]["items"]["properties"]["tool"]["enum"] == ["caption_image", "speak"]
    assert "args" not in schema["properties"]["steps"]["items"]["properties"]


def test_options_follow_the_files_given(files):
    opts, _ = options_for("what is said in memo.wav?", [], set(SHAPES_TOOLS))
    assert opts == ["none", "transcribe", "transcribe_speak"]
    opts, _ = options_for("what is on note.png", [], set(SHAPES_TOOLS))
    assert "ocr" in opts and "caption" in opts and "transcribe" not in opts and "speak" not in opts


def test_names_that_do_not_fit_the_files_hand_over(files):
    c = from_tools(["transcribe_audio"], "what is on note.png", [], set(SHAPES_TOOLS))
    assert c.plan is None and "not a plan shape" in c.reason
    # a file-reading tool without any file given: not about a file of the user's, no tool
    c = from_tools(["read_text_in_image"], "what does 'read receipt' mean?", [], set(SHAPES_TOOLS))
    assert c.plan is not None and c.plan.steps == []


def test_chooser_plans_with_arguments_from_the_request(settings, files):
    router, model = _router(settings, [names("transcribe_audio", "speak")])
    rr = router.route("meeting.wav, the bit after the jingle?? I want it spoken")
    assert rr.layer == "chooser" and not rr.problems and rr.plan.source == "chooser"
    assert [(c.tool, c.args) for c in rr.plan.steps] == [
        ("transcribe_audio", {"path": "meeting.wav"}), ("speak", {"text": "$1.text"})]
    assert len(model.calls) == 1
    tools = model.calls[0].schema["properties"]["steps"]["items"]["properties"]["tool"]["enum"]
    assert "transcribe_audio" in tools  # the same planner prompt, a grammar of tool names only
    assert model.calls[0].messages[0]["content"] == router.system_prompt()


def test_chooser_no_steps_means_no_tool(settings, files):
    router, model = _router(settings, [names()])
    rr = router.route("is flac lossless? memo.wav is huge")
    assert rr.layer == "chooser" and rr.plan.steps == [] and len(model.calls) == 1


def test_missing_argument_filled_then_planned(settings, files):
    router, model = _router(settings, [names("search_images"), {"query": "a red bike"}])
    rr = router.route("got any pictures from the bike trip?")
    assert rr.layer == "chooser"
    assert [(c.tool, c.args) for c in rr.plan.steps] == [("search_images", {"query": "a red bike"})]
    assert model.calls[1].schema["required"] == ["query"]


def test_unfillable_argument_hands_over_to_the_planner(settings, files):
    router, model = _router(settings, [names("search_images"), {"query": ""}, {"steps": []}])
    rr = router.route("got any pictures from the bike trip?")
    assert rr.layer == "llm" and rr.plan.steps == []
    assert len(model.calls) == 3  # tool names, fill (empty), the full planner
    assert "args" in str(model.calls[2].schema)


def test_tools_the_request_never_asked_for_are_dropped(settings, files):
    # "tell me a joke" chosen as speak, "who wrote Emma?" as a search: no tool, nothing filled
    for request, tool in (("tell me a joke", "speak"), ("who wrote Emma?", "search_images")):
        router, model = _router(settings, [names(tool)])
        rr = router.route(request)
        assert rr.layer == "chooser" and rr.plan.steps == [] and len(model.calls) == 1
    # asked to speak, but the words are not written out: the answer is composed and spoken
    router, model = _router(settings, [names("speak")])
    rr = router.route("please greet my guests in French, out loud")
    assert rr.layer == "chooser" and rr.plan.steps == [] and rr.plan.speak_answer and len(model.calls) == 1


def test_mixed_media_goes_to_the_full_planner(settings, files):
    plan = {"steps": [{"tool": "caption_image", "args": {"path": "beach.jpg"}},
                      {"tool": "transcribe_audio", "args": {"path": "memo.wav"}}]}
    router, model = _router(settings, [plan])
    rr = router.route("what is in beach.jpg and what does memo.wav say?")
    assert rr.layer == "llm" and [c.tool for c in rr.plan.steps] == ["caption_image", "transcribe_audio"]
    assert len(model.calls) == 1 and "args" in str(model.calls[0].schema)  # no chooser call for a mixed plan


def test_follow_ups_and_the_setting_skip_the_chooser(settings, files):
    router, model = _router(settings, [{"steps": []}])
    history = [Turn(role="user", content="what is said in memo.wav?"), Turn(role="assistant", content="hello")]
    router.route("and what did they mean by that?", history=history)
    assert len(model.calls) == 1 and "args" in str(model.calls[0].schema)  # the full planner
    settings.chooser = False
    router, model = _router(settings, [{"steps": []}])
    router.route("hmm, the thing before, out loud")
    assert len(model.calls) == 1 and "args" in str(model.calls[0].schema)


def test_a_plugin_tool_that_can_run_leaves_planning_to_the_full_planner(settings, files):
    from tools.testing import FakeTool

    reg = ToolRegistry(settings, tools=[FakeTool])
    model = ScriptedChatModel([{"steps": [{"tool": "fake_tool", "args": {"text": "hi"}}]}])
    r = Router(model, reg, settings)
    r.assume_available = True
    r.decide_learned = lambda *a, **k: None
    rr = r.route("echo hi with the fake tool")
    assert rr.layer == "llm" and [c.tool for c in rr.plan.steps] == ["fake_tool"] and len(model.calls) == 1
