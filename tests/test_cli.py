"""CLI: exit codes, one-line messages, JSON output.  Runs the real entry point in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO


def cli(*args: str, stdin: str | None = None, cwd=None, env_extra=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, str(REPO / "run_agent.py"), *args], input=stdin, capture_output=True, text=True,
        cwd=cwd or REPO, env=env, timeout=300,
    )


def test_missing_attachment_exit_3_one_line():
    p = cli("transcribe this", "--attach", "nope.wav")
    assert p.returncode == 3
    assert p.stderr.strip().splitlines() == ["error: nope.wav: file not found (fix: check the path given to --attach)"]
    assert "Traceback" not in p.stderr


def test_plan_with_missing_file_is_rejected(tmp_path):
    p = cli("plan", "what is said in gone.wav?", cwd=tmp_path)
    assert p.returncode == 3
    out = json.loads(p.stdout)
    assert out["rejected"] == "gone.wav: file not found"


def test_plan_stdin_lines_without_the_llm(tmp_path):
    (tmp_path / "memo.wav").write_bytes(b"x")
    p = cli("plan", "-", stdin="what is said in memo.wav?\nread aloud: hello there\n", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    lines = [json.loads(x) for x in p.stdout.splitlines()]
    assert lines[0]["steps"] == [{"tool": "transcribe_audio", "args": {"path": "memo.wav"}}]
    assert lines[1]["steps"] == [{"tool": "speak", "args": {"text": "hello there"}}]
    # the learned layer decides requests about files, the fast path the words to speak: no LLM either way
    assert [x["layer"] for x in lines] == ["learned", "fast_path"]


def test_tools_json_lists_schemas():
    p = cli("tools", "--json")
    assert p.returncode == 0
    tools = {t["name"]: t for t in json.loads(p.stdout)["tools"]}
    assert tools["transcribe_audio"]["args"]["required"] == ["path"]
    assert "available" in tools["speak"]


def test_models_pull_unknown_is_usage_error():
    p = cli("models", "pull", "nonexistent")
    assert p.returncode == 2 and "unknown model 'nonexistent'" in p.stderr


def test_bad_config_is_one_line(tmp_path):
    p = cli("tools", env_extra={"MMAGENT_STEP_BUDGET": "many"})
    assert p.returncode == 2 and p.stderr.startswith("error: invalid configuration")
    assert len(p.stderr.strip().splitlines()) == 1


def test_debug_shows_traceback():
    p = cli("transcribe this", "--attach", "nope.wav", "--debug")
    assert p.returncode != 0 and "Traceback" in p.stderr


@pytest.mark.real
def test_run_json_event_stream(shared_audio, tmp_path):
    p = cli("what is said in " + str(shared_audio / "jfk.flac") + "?", "--json", "--out-dir", str(tmp_path))
    assert p.returncode == 0, p.stderr
    events = [json.loads(x) for x in p.stdout.splitlines()]
    assert [e["type"] for e in events][:2] == ["start", "plan"]
    final = events[-1]
    assert final["type"] == "final"
    assert "ask not what your country" in final["data"]["answer"].lower()
    assert final["data"]["tool_results"][0]["tool"] == "transcribe_audio"
    assert final["data"]["timings"]["total"] > 0


@pytest.mark.real
def test_corrupt_audio_exit_3(tmp_path):
    bad = tmp_path / "broken.mp3"
    bad.write_bytes(b"ID3" + b"\x00garbage" * 50)
    p = cli(f"what is said in {bad}?", "--out-dir", str(tmp_path))
    assert p.returncode == 3
    assert "broken.mp3" in p.stderr and "not a readable audio file" in p.stderr
