"""Router layers: fast path, grammar-constrained LLM planner (scripted), validation and repair."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.routing.fastpath import fast_path, find_mentions
from agent.routing.router import Router, plan_schema
from agent.routing.validate import PlanInputs, validate_plan
from agent.schemas import Plan, ToolCall, Turn
from tools.registry import ToolRegistry
from tools.testing import FakeTool, ScriptedChatModel


@pytest.fixture(autouse=True)
def _full_planner(settings):
    """These tests script the full JSON planner: the chooser layer (tests/test_chooser.py) is off."""
    settings.chooser = False

TOOLS = {"transcribe_audio", "speak", "read_text_in_image", "caption_image"}


@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("memo.wav", "call.mp3", "sign.jpg", "cat.png"):
        (tmp_path / name).write_bytes(b"x")
    return tmp_path


@pytest.mark.parametrize(
    "request_, expected",
    [
        ("what is said in memo.wav?", [("transcribe_audio", {"path": "memo.wav"})]),
        ("Transcribe call.mp3", [("transcribe_audio", {"path": "call.mp3"})]),
        ("transcribe memo.wav and read it aloud",
         [("transcribe_audio", {"path": "memo.wav"}), ("speak", {"text": "$1.text"})]),
        ("what is said in memo.wav? read the answer aloud",
         [("transcribe_audio", {"path": "memo.wav"}), ("speak", {"text": "$1.text"})]),
        ("read aloud: the meeting starts at noon", [("speak", {"text": "the meeting starts at noon"})]),
        ('say "good morning"', [("speak", {"text": "good morning"})]),
        ("read the sign in sign.jpg", [("read_text_in_image", {"path": "sign.jpg"})]),
        ("describe cat.png", [("caption_image", {"path": "cat.png"})]),
    ],
)
def test_fast_path_unambiguous(request_, expected):
    plan = fast_path(request_, [], [], TOOLS)
    assert plan is not None and plan.source == "fast_path"
    assert [(s.tool, s.args) for s in plan.steps] == expected


@pytest.mark.parametrize(
    "request_",
    [
        "what is the capital of France?",
        "how do I convert memo.wav to mp3?",
        "what is a flac file?",
        "tell me a joke",
        "summarize the meeting",
        "compare memo.wav and sign.jpg",
    ],
)
def test_fast_path_defers(request_):
    assert fast_path(request_, [], [], TOOLS) is None


def test_fast_path_reasoning_composes_with_llm():
    plan = fast_path("what is said in memo.wav and how many times is country said?", [], [], TOOLS)
    assert plan is not None and plan.compose == "llm"


def test_fast_path_attachment_and_followup():
    plan = fast_path("what does this recording say?", ["/data/rec.flac"], [], TOOLS)
    assert plan is not None and plan.steps[0].args["path"] == "/data/rec.flac"
    hist = [Turn(role="user", content="x"), Turn(role="assistant", content="rec.flac says: \"hi\"", result_text="hi")]
    plan = fast_path("now read that aloud", [], hist, TOOLS)
    assert plan is not None and plan.steps == [ToolCall(tool="speak", args={"text": "hi"})]


def test_mentions_match_attachment_basename():
    m = find_mentions("transcribe memo.wav", ["/abs/dir/memo.wav"])
    assert m.audio == ["/abs/dir/memo.wav"]


@pytest.mark.parametrize("typed", ['"{p}"', "“{p}”", "„{p}“", "«{p}»", "`{p}`", "'{p}'", "‘{p}’", "{p}"])
def test_mentions_find_a_path_with_spaces_however_typed(tmp_path, monkeypatch, typed):
    """Phones type curly quotes; people leave paths with spaces unquoted: "Nova gravação 9.m4a" is one file
    when it exists (not "9.m4a"), and the plan's path is the whole name."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "rec").mkdir()
    (tmp_path / "rec" / "Nova gravação 9.m4a").write_bytes(b"x")
    (tmp_path / "IMG 1.jpg").write_bytes(b"x")
    m = find_mentions("transcreve " + typed.format(p="rec/Nova gravação 9.m4a") + " e lê IMG 1.jpg", [])
    assert m.audio == ["rec/Nova gravação 9.m4a"] and m.images == ["IMG 1.jpg"]


def test_mentions_unquoted_spaces_stay_short_when_nothing_fits(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "9.m4a").write_bytes(b"x")
    assert find_mentions("transcribe Nova gravação 9.m4a", []).audio == ["9.m4a"]  # the file that exists
    assert find_mentions("transcribe my note 3.m4a", []).audio == ["3.m4a"]  # no file: validation names it


def test_mentions_unquoted_long_screenshot_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "Screen Shot 2026-11-25 at 7.41.09 PM.png").write_bytes(b"x")
    m = find_mentions("what's on Screen Shot 2026-11-25 at 7.41.09 PM.png?", [])
    assert m.images == ["Screen Shot 2026-11-25 at 7.41.09 PM.png"]


def test_mentions_unquoted_spaces_match_an_attachment():
    m = find_mentions("what does Voice 012.m4a say?", ["/abs/dir/Voice 012.m4a"])
    assert m.audio == ["/abs/dir/Voice 012.m4a"]


def _registry(settings):
    return ToolRegistry(settings)


def test_plan_schema_derived_from_args(settings):
    schema = plan_schema(_registry(settings), 4)
    variants = schema["properties"]["steps"]["items"]["anyOf"]
    names = {v["properties"]["tool"]["const"] for v in variants}
    assert {"transcribe_audio", "speak"} <= names
    stt = next(v for v in variants if v["properties"]["tool"]["const"] == "transcribe_audio")
    assert stt["properties"]["args"]["required"] == ["path"]
    assert "x-media" not in json.dumps(schema)


def test_validation_rejects_unmentioned_path(settings, files):
    plan = Plan(steps=[ToolCall(tool="transcribe_audio", args={"path": "/etc/passwd.wav"})])
    _, problems = validate_plan(plan, _registry(settings), PlanInputs("what is said in memo.wav?"), 4)
    assert problems and "not given by the user" in problems[0].message


def test_validation_repairs_basename_and_drops_unknown_args(settings, files):
    full = str(files / "memo.wav")
    plan = Plan(steps=[ToolCall(tool="transcribe_audio", args={"path": "memo.wav", "bogus": 1})])
    fixed, problems = validate_plan(plan, _registry(settings), PlanInputs("what is said here?", [full]), 4)
    assert not problems
    assert fixed.steps[0].args == {"path": full}
    assert fixed.source == "repaired"


def test_validation_clamps_numbers_to_their_bounds(settings, files):
    """An out-of-range number (the planner copied "variant 53" into k <= 50) is moved to the bound,
    not a rejected plan; an error that is not a numeric bound still rejects."""
    plan = Plan(steps=[ToolCall(tool="speak", args={"text": "hello there", "speed": 9})])
    fixed, problems = validate_plan(plan, _registry(settings), PlanInputs("say 'hello there' quickly"), 4)
    assert not problems and fixed.steps[0].args["speed"] == 2.0
    plan = Plan(steps=[ToolCall(tool="speak", args={"text": "hello there", "speed": 0.1})])
    fixed, problems = validate_plan(plan, _registry(settings), PlanInputs("say 'hello there' slowly"), 4)
    assert not problems and fixed.steps[0].args["speed"] == 0.5
    plan = Plan(steps=[ToolCall(tool="speak", args={"text": "hello there", "speed": "fast"})])
    _, problems = validate_plan(plan, _registry(settings), PlanInputs("say 'hello there' quickly"), 4)
    assert problems and "bad args" in problems[0].message


@pytest.mark.parametrize("ref, msg", [("$2.text", "earlier step"), ("$1.nope", "no output 'nope'")])
def test_validation_checks_references(settings, files, ref, msg):
    plan = Plan(steps=[ToolCall(tool="transcribe_audio", args={"path": "memo.wav"}),
                       ToolCall(tool="speak", args={"text": ref})])
    _, problems = validate_plan(plan, _registry(settings), PlanInputs("transcribe memo.wav"), 4)
    assert problems and msg in problems[0].message


def test_validation_missing_file_is_user_error(settings, files):
    plan = Plan(steps=[ToolCall(tool="transcribe_audio", args={"path": "gone.wav"})])
    _, problems = validate_plan(plan, _registry(settings), PlanInputs("transcribe gone.wav"), 4)
    assert problems[0].user and problems[0].kind == "missing_file"


def test_validation_allowed_roots(settings, files, tmp_path):
    plan = Plan(steps=[ToolCall(tool="transcribe_audio", args={"path": "memo.wav"})])
    inputs = PlanInputs("transcribe memo.wav", allowed_roots=[tmp_path / "elsewhere"])
    _, problems = validate_plan(plan, _registry(settings), inputs, 4)
    assert problems[0].kind == "not_allowed"


def test_llm_planner_used_when_fast_path_defers(settings, files):
    model = ScriptedChatModel([{"steps": [{"tool": "transcribe_audio", "args": {"path": "call.mp3", "language": "de"}}]}])
    r = Router(model, _registry(settings), settings).route("übersetze das Gespräch in call.mp3 ins Englische")
    assert r.layer == "llm" and not r.problems
    assert r.plan.steps[0].args == {"path": "call.mp3"}  # the audio's language is not named: detect it
    system = model.calls[0].messages[0]["content"]
    assert "transcribe_audio" in system and "speak" in system
    assert model.calls[0].schema is not None


def test_llm_plan_repair_round(settings, files):
    model = ScriptedChatModel([
        {"steps": [{"tool": "transcribe_audio", "args": {"path": "invented.wav"}}]},
        {"steps": [{"tool": "transcribe_audio", "args": {"path": "call.mp3"}}]},
    ])
    r = Router(model, _registry(settings), settings).route("give me the words spoken in call.mp3, verbatim please")
    assert not r.problems and r.plan.steps[0].args["path"] == "call.mp3"
    assert "rejected" in model.calls[1].messages[1]["content"]


def test_llm_plan_rejected_after_repair_fails(settings, files):
    bad = {"steps": [{"tool": "transcribe_audio", "args": {"path": "invented.wav"}}]}
    model = ScriptedChatModel([bad, bad])
    r = Router(model, _registry(settings), settings).route("please get the words spoken in call.mp3 verbatim")
    assert r.plan.rejected and "not given by the user" in r.plan.rejected


def test_direct_answer_plan(settings):
    model = ScriptedChatModel([{"steps": []}])
    r = Router(model, _registry(settings), settings).route("what is the capital of France?")
    assert r.plan.steps == [] and r.layer == "llm"


def test_fast_planner_mode_never_calls_llm(settings):
    settings.planner = "fast"
    model = ScriptedChatModel()
    r = Router(model, ToolRegistry(settings, tools=[FakeTool]), settings).route("what is 2+2?")
    assert r.plan.steps == [] and model.calls == []


def test_invalid_json_from_model_is_rejected(settings):
    model = ScriptedChatModel(["not json", "still not json"])
    r = Router(model, _registry(settings), settings).route("do something odd")
    assert r.plan.rejected and "invalid JSON" in r.plan.rejected


def test_fast_path_ignores_path_outside_message(settings, files):
    assert Path("memo.wav").exists()
    r = Router(ScriptedChatModel(), _registry(settings), settings).route("what is said in memo.wav?")
    assert r.layer == "fast_path" and r.plan.steps[0].args["path"] == "memo.wav"


@pytest.mark.parametrize(
    "follow, speed",
    [("now read that aloud", None), ("Now, read that aloud again.", None), ("read it again slower", 0.8),
     ("and read it again, a bit faster please", 1.25), ("repeat that", None)],
)
def test_followups_refer_to_last_result(follow, speed):
    hist = [Turn(role="user", content="x"), Turn(role="assistant", content='a.wav says: "hi"', result_text="hi")]
    plan = fast_path(follow, [], hist, TOOLS)
    assert plan is not None
    assert plan.steps[0].args["text"] == "hi"
    assert plan.steps[0].args.get("speed") == speed


@pytest.mark.parametrize(
    "request_, kept",
    [("What is the capital of France? Answer in one word.", False), ("write a poem about cats", False),
     ("say hello world", True), ("Lies laut vor: Das Essen ist fertig.", True), ("pronounce quinoa", True)],
)
def test_unasked_speak_is_dropped(settings, request_, kept):
    model = ScriptedChatModel([{"steps": [{"tool": "speak", "args": {"text": request_}}]}])
    settings.planner = "llm"
    r = Router(model, _registry(settings), settings).route(request_)
    assert not r.problems
    assert [s.tool for s in r.plan.steps] == (["speak"] if kept else [])


def test_invented_voice_is_repaired_away(settings, files):
    model = ScriptedChatModel([{"steps": [{"tool": "speak", "args": {"text": "hi", "voice": "en-us-male-fast"}}]}])
    settings.planner = "llm"
    r = Router(model, _registry(settings), settings).route("say hi")
    assert r.plan.steps[0].args == {"text": "hi"} and r.plan.source == "repaired"


def test_media_kind_mismatch_is_rejected(settings, files):
    plan = Plan(steps=[ToolCall(tool="transcribe_audio", args={"path": "sign.jpg"})])
    _, problems = validate_plan(plan, _registry(settings), PlanInputs("transcribe sign.jpg"), 4)
    assert problems and "needs an audio file" in problems[0].message


@pytest.mark.parametrize("request_, lang", [("transcribe memo.wav", None), ("transcribe the German memo.wav", "de")])
def test_transcribe_language_follows_request(settings, files, request_, lang):
    plan = Plan(steps=[ToolCall(tool="transcribe_audio", args={"path": "memo.wav", "language": "en"})])
    fixed, problems = validate_plan(plan, _registry(settings), PlanInputs(request_), 4)
    assert not problems and fixed.steps[0].args.get("language") == lang


def test_llm_question_about_missing_file_becomes_direct_answer(settings, files):
    plan = {"steps": [{"tool": "transcribe_audio", "args": {"path": "input.wav"}}]}
    model = ScriptedChatModel([plan, plan])
    r = Router(model, _registry(settings), settings).route("how would I turn input.wav into an mp3 with ffmpeg?")
    assert r.plan.steps == [] and not r.plan.rejected and "input.wav: file not found" in r.plan.notes[0]
    assert "does not need the content" in model.calls[1].messages[1]["content"]


def test_wrong_media_tool_is_swapped_for_the_only_matching_one(settings, files):
    from tools.testing import FakeTool as _Fake  # noqa: F401  (registry below has only real tools)

    plan = Plan(steps=[ToolCall(tool="speak", args={"text": "x"})])
    _, problems = validate_plan(plan, _registry(settings), PlanInputs("say x"), 4)
    assert not problems
    bad = {"steps": [{"tool": "read_text_in_image", "args": {"path": "memo.wav"}}]}
    reg = _registry(settings)
    if "read_text_in_image" not in reg.names():
        pytest.skip("vision tools not registered")
    r = Router(ScriptedChatModel([bad]), reg, settings).route("what are the key points of memo.wav?")
    assert [(s.tool, s.args) for s in r.plan.steps] == [("transcribe_audio", {"path": "memo.wav"})]


def test_invented_paths_twice_become_direct_answer(settings, files):
    bad = {"steps": [{"tool": "transcribe_audio", "args": {"path": "/home/me/rec.ogg"}}]}
    r = Router(ScriptedChatModel([bad, bad]), _registry(settings), settings).route("which is better, mp3 or ogg?")
    assert r.plan.steps == [] and not r.plan.rejected and r.plan.notes


def test_german_adjective_names_language():
    from agent.routing.fastpath import spoken_language

    assert spoken_language("Transkribiere die deutsche Aufnahme x.mp3") == "de"
