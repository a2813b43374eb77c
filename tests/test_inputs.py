"""agent/inputs.py and the media-kind check in agent/routing/validate.py (issue #11), in process."""

from __future__ import annotations

import struct

import pytest

from agent.inputs import check_attachments, check_inputs, check_llm_file
from agent.routing.validate import PlanInputs, asked_kind, validate_plan
from agent.schemas import Plan, ToolCall
from tools.errors import ConfigError, InputFileError, UsageError
from tools.media import sniff
from tools.registry import ToolRegistry


@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("memo.wav", "sign.jpg"):
        (tmp_path / name).write_bytes(b"x")
    return tmp_path


def test_sniff_kinds():
    assert sniff(b"RIFF\x00\x00\x00\x00WAVEfmt ")[0] == "audio"
    assert sniff(b"\x89PNG\r\n\x1a\n")[0] == "image"
    assert sniff(b"\x00\x00\x00\x18ftypheic")[0] == "image"
    assert sniff(b"\x00\x00\x00\x18ftypM4A ")[0] == "audio"
    assert sniff(b'<?xml version="1.0"?><svg>') == (None, "an SVG vector image")
    assert sniff(b"%PDF-1.7") == (None, "a PDF document")
    assert sniff(b"hello there") == (None, "a text file")


def test_empty_and_long_requests_fail_without_a_model(settings):
    with pytest.raises(UsageError, match="empty"):
        check_inputs(" \n\t", [], settings)
    with pytest.raises(UsageError) as exc:
        check_inputs("x" * 100_000, [], settings)
    assert "100,000 characters" in exc.value.one_line() and "MMAGENT_MAX_REQUEST_CHARS" in exc.value.one_line()


def test_attachment_limits(settings, files):
    settings.max_attachments = 2
    with pytest.raises(UsageError, match="3 attachments"):
        check_attachments(["memo.wav"] * 3, settings)
    settings.attachment_max_mb = 1e-7
    with pytest.raises(InputFileError) as exc:
        check_attachments(["memo.wav"], settings)
    assert exc.value.one_line() == ("memo.wav: file is 1 bytes, above the 0 bytes attachment limit "
                                    "(fix: attach a smaller file or raise MMAGENT_ATTACHMENT_MAX_MB)")


def test_non_gguf_llm_path(settings, tmp_path):
    settings.llm_path = tmp_path / "model.gguf"
    settings.llm_path.write_text("not a model")
    with pytest.raises(ConfigError, match="not a GGUF"):
        check_llm_file(settings)
    settings.llm_path.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 291, 24) + b"\x00" * 8)
    check_llm_file(settings)  # a plausible header passes (24 bytes read, nothing loaded)


@pytest.mark.parametrize("request_, kind", [
    ("read the text in this image", "image"), ("describe the photo", "image"),
    ("transcribe the recording", "audio"), ("what is said in memo.wav?", "audio"),
    ("what is in this file?", None), ("read the sign in the recording", None),
    ("transcribe this audio file", "audio"), ("listen to the clip and tell me who speaks", "audio"),
    # sound words that say what the answer is for, not what is asked about: requests about an image
    ("play the text of slide.png back as audio", None), ("let me listen to a description of x.jpg", None),
    ("describe x.jpg for the audio guide", None), ("no sound please, what seat does x.png give me?", None),
    ("a one-line description of x.png for my podcast's show notes", None),
    # "scan" the noun is an image; the verb is not ("scan it for the time of the barbecue" about a voice note)
    ("what does this scan say?", "image"), ("zoom in on a.opus and scan it for the time of the barbecue", None),
    # pictures as the topic of a recording: a speech verb, or "about the photos ..."; not "tell me about this photo"
    ("transcribe \"Voice 012.m4a\", it's about the receipts for the trip", None),
    ("what does my landlord say about the poster in a.m4a?", None), ("what did she say, the pics are fine?", None),
    ("Ana sent me a.m4a about the photos from the party, what's in it?", None),
    ("write down the WhatsApp audio, I'll screenshot it for my sister", None),
    ("mi serve il testo del vocale, poi faccio uno screenshot", None),
    ("tell me about this photo", "image"), ("what does the sign in this photo say?", "image"),
    ("what does this photo say about the exam room?", "image"), ("describe this picture, the one I talked about", "image"),
])
def test_asked_kind(request_, kind):
    assert asked_kind(request_) == kind


def test_audio_for_an_image_request_is_refused_not_transcribed(settings, files):
    registry = ToolRegistry(settings)
    inputs = PlanInputs("read the text in this image", ["memo.wav"])
    for tool in ("read_text_in_image", "transcribe_audio"):  # repaired tool swap and direct audio tool
        _, problems = validate_plan(Plan(steps=[ToolCall(tool=tool, args={"path": "memo.wav"})], source="llm"),
                                    registry, inputs, 4)
        assert [(p.kind, p.user) for p in problems] == [("wrong_media", True)]
        assert "memo.wav: is an audio file, not an image" in problems[0].message
    with pytest.raises(InputFileError, match="not an image"):
        check_inputs("read the text in this image", ["memo.wav"], settings)


def test_mixed_request_is_not_a_mismatch(settings, files):
    plan = Plan(steps=[ToolCall(tool="transcribe_audio", args={"path": "memo.wav"}),
                       ToolCall(tool="caption_image", args={"path": "sign.jpg"})], source="llm")
    inputs = PlanInputs("transcribe memo.wav and describe sign.jpg", ["memo.wav", "sign.jpg"])
    assert asked_kind(inputs.request) is None  # "transcribe" is no kind word (whiteboards are transcribed too)
    _, problems = validate_plan(plan, ToolRegistry(settings), inputs, 4)
    assert not problems
    check_inputs(inputs.request, inputs.attachments, settings)


def test_kindless_request_still_repairs_the_tool(settings, files):
    plan = Plan(steps=[ToolCall(tool="caption_image", args={"path": "memo.wav"})], source="llm")
    out, problems = validate_plan(plan, ToolRegistry(settings), PlanInputs("what is in memo.wav?", ["memo.wav"]), 4)
    assert not problems and out.steps[0].tool == "transcribe_audio"


def test_special_files_never_block_the_decoders_or_the_index(tmp_path):
    import os

    from tools.audio import decode_audio
    from tools.image_index import scan_images
    from tools.images import open_image

    os.mkfifo(tmp_path / "pipe.jpg")
    os.mkfifo(tmp_path / "pipe.wav")
    (tmp_path / "real.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert list(scan_images(tmp_path)) == ["real.png"]
    with pytest.raises(InputFileError, match="FIFO"):
        open_image(tmp_path / "pipe.jpg")
    with pytest.raises(InputFileError, match="FIFO"):
        decode_audio(tmp_path / "pipe.wav")
    with pytest.raises(InputFileError, match="character device"):
        decode_audio("/dev/zero")
    with pytest.raises(InputFileError, match="no tool reads it as an image"):
        (tmp_path / "v.svg").write_text("<svg/>")
        open_image(tmp_path / "v.svg")


def test_unreadable_kind_named_in_the_request(settings, files):
    (files / "vector.svg").write_text("<svg/>")
    with pytest.raises(InputFileError) as exc:
        check_inputs("read the text in vector.svg", [], settings)
    assert exc.value.one_line().startswith("vector.svg: is an SVG vector image; no tool reads SVG files (fix: ")
    check_inputs("how do I convert vector.svg to png?", [], settings)  # about the file, not its content
    check_inputs("read the text in other.svg", [], settings)  # no such file: the planner decides


@pytest.mark.parametrize(("request_text", "named"), [
    ("what is the capital of France?", False),
    ("how many legs does a spider have", False),
    ("what is said in ../shared/data/audio/jfk.flac?", True),
    ('read "my scan.PNG" aloud', True),
    ("describe photo.jpg and then x.wav", True),
])
def test_mentions_file(request_text, named):
    """``run`` loads the LLM beside the routing layer only for requests that name no file."""
    from agent.inputs import mentions_file

    assert mentions_file(request_text) is named
