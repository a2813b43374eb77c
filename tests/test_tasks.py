"""Scripted batch tasks with fakes: loading, hashing, JSONL + resume, kill -9, workers, Ray."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agent.cli import main
from agent.tasks.engines import run_batch
from agent.tasks.taskfile import ResultsFile, Task, input_hash, load_tasks, template_tasks
from tools.errors import UsageError

REPO = Path(__file__).resolve().parents[1]
FACTORY = "tests.batch_fakes:make_agent"


@pytest.fixture
def fake_settings(settings):
    settings.agent_factory = FACTORY
    return settings


@pytest.fixture
def clips(tmp_path):
    folder = tmp_path / "rec"
    folder.mkdir()
    for i in range(8):
        (folder / f"clip{i}.wav").write_text(f"hello number {i}")
    (folder / "bad.wav").write_text("CORRUPT header")
    return folder


def outcome(path):
    """The final set of results: id -> (status, answer, input hash)."""
    recs = [json.loads(line) for line in Path(path).read_text().splitlines()]
    return {r["id"]: (r["status"], r["answer"], r["input_hash"]) for r in recs}


def test_load_yaml_and_jsonl(tmp_path):
    (tmp_path / "a.wav").write_text("x")
    (tmp_path / "t.yaml").write_text(
        "tasks:\n- id: one\n  request: transcribe a.wav\n  attachments: [a.wav]\n  options: {speak: true}\n"
        "- request: hello\n")
    tasks = load_tasks(tmp_path / "t.yaml")
    assert [t.id for t in tasks] == ["one", "task-2"]
    assert tasks[0].attachments == [str(tmp_path / "a.wav")] and tasks[0].options.speak
    (tmp_path / "t.jsonl").write_text('{"id": "x", "request": "r"}\n\n{"id": "y", "request": "s"}\n')
    assert [t.id for t in load_tasks(tmp_path / "t.jsonl")] == ["x", "y"]
    (tmp_path / "dup.jsonl").write_text('{"id": "x", "request": "r"}\n{"id": "x", "request": "s"}\n')
    with pytest.raises(UsageError, match="duplicate"):
        load_tasks(tmp_path / "dup.jsonl")


def test_template_over_glob(clips):
    tasks = template_tasks("transcribe {file} ({stem})", str(clips / "clip*.wav"))
    assert len(tasks) == 8 and tasks[0].id == str(clips / "clip0.wav")
    assert tasks[0].request == f"transcribe {clips / 'clip0.wav'} (clip0)"
    assert tasks[0].attachments == [tasks[0].id]


def test_input_hash_tracks_request_and_files(clips):
    f = clips / "clip0.wav"
    t = Task(id="a", request="transcribe", attachments=[str(f)])
    h = input_hash(t)
    assert h == input_hash(t.model_copy())
    assert h != input_hash(t.model_copy(update={"request": "other"}))
    f.write_text("changed content!")
    assert h != input_hash(t)


def test_torn_last_line_is_truncated(tmp_path):
    p = tmp_path / "r.jsonl"
    p.write_bytes(b'{"id": "a", "status": "ok", "input_hash": "1"}\n{"id": "b", "sta')
    rf = ResultsFile(p)
    assert list(rf.load()) == ["a"]
    assert p.read_bytes().endswith(b"}\n")
    rf.append({"id": "b", "status": "ok"})
    rf.close()
    assert [json.loads(line)["id"] for line in p.read_text().splitlines()] == ["a", "b"]


def test_serial_batch_results_and_resume(fake_settings, clips, tmp_path):
    tasks = template_tasks("transcribe {file}", str(clips / "*.wav"))
    tasks.append(Task(id="missing", request="transcribe gone.wav", attachments=[str(clips / "gone.wav")]))
    out = tmp_path / "r.jsonl"
    s = run_batch(tasks, out, fake_settings, progress=False)
    assert (s.ok, s.failed, s.skipped, s.not_run) == (8, 2, 0, 0) and not s.success
    recs = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert len(recs) == 10
    good = recs[str(clips / "clip3.wav")]
    assert good["status"] == "ok" and good["answer"] == "hello number 3" and good["error"] is None
    assert good["plan"]["steps"][0]["tool"] == "transcribe_audio"
    assert good["tool_results"][0]["text"] == "hello number 3"
    assert {"total", "task"} <= set(good["timings"]) and len(good["input_hash"]) == 16
    bad = recs[str(clips / "bad.wav")]
    assert bad["status"] == "failed" and bad["error_kind"] == "bad_input" and "bad.wav" in bad["error"]
    assert recs["missing"]["status"] == "failed" and "gone.wav" in recs["missing"]["error"]

    # re-run: everything is skipped, failures are not retried by default
    s2 = run_batch(tasks, out, fake_settings, progress=False)
    assert (s2.ok, s2.failed, s2.skipped, s2.failed_total) == (0, 0, 10, 2)
    # fixing a bad file changes its input hash: it reruns without --retry-failed
    (clips / "bad.wav").write_text("fixed now")
    s3 = run_batch(tasks, out, fake_settings, progress=False)
    assert (s3.ok, s3.failed, s3.skipped) == (1, 0, 9)
    # --retry-failed reruns the remaining failure; the file is compacted to one line per id
    s4 = run_batch(tasks, out, fake_settings, retry_failed=True, progress=False)
    assert (s4.ok, s4.failed, s4.skipped) == (0, 1, 9)
    lines = out.read_text().splitlines()
    assert len(lines) == 10 and outcome(out)[str(clips / "bad.wav")][:2] == ("ok", "fixed now")


def test_fail_fast_stops(fake_settings, clips, tmp_path, capsys):
    tasks = template_tasks("transcribe {file}", str(clips / "*.wav"))  # bad.wav sorts first
    s = run_batch(tasks, tmp_path / "r.jsonl", fake_settings, fail_fast=True, progress=True)
    assert s.stopped_early and s.failed == 1 and s.ok == 0 and s.not_run == 8
    assert "failed=1" in capsys.readouterr().err  # the tqdm bar's postfix counts


def test_cli_batch_exit_codes(clips, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MMAGENT_AGENT_FACTORY", FACTORY)
    out = tmp_path / "r.jsonl"
    code = main(["batch", "transcribe {file}", "--over", str(clips / "clip*.wav"), "--out", str(out), "--json",
                 "--out-dir", str(tmp_path / "o")])
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert code == 0 and summary["ok"] == 8 and summary["success"]
    code = main(["batch", "transcribe {file}", "--over", str(clips / "*.wav"), "--out", str(out)])
    text = capsys.readouterr().out
    assert code == 1 and "1 failed, 8 skipped" in text and "bad.wav" in text
    assert main(["batch", "x {file}", "--over", str(clips / "*.nothing")]) == 3


def test_two_workers_match_serial(fake_settings, clips, tmp_path):
    tasks = template_tasks("transcribe {file}", str(clips / "*.wav"))
    run_batch(tasks, tmp_path / "serial.jsonl", fake_settings, progress=False)
    s = run_batch(tasks, tmp_path / "par.jsonl", fake_settings, workers=2, progress=False)
    assert (s.ok, s.failed) == (8, 1)
    assert outcome(tmp_path / "par.jsonl") == outcome(tmp_path / "serial.jsonl")


def test_ray_matches_serial(fake_settings, clips, tmp_path):
    pytest.importorskip("ray", reason="ray is not installed (pip install 'mmagent[ray]')")
    tasks = template_tasks("transcribe {file}", str(clips / "*.wav"))
    run_batch(tasks, tmp_path / "serial.jsonl", fake_settings, progress=False)
    s = run_batch(tasks, tmp_path / "ray.jsonl", fake_settings, engine="ray", workers=2, progress=False)
    assert (s.ok, s.failed) == (8, 1)
    assert outcome(tmp_path / "ray.jsonl") == outcome(tmp_path / "serial.jsonl")
    pids = {json.loads(line)["pid"] for line in (tmp_path / "ray.jsonl").read_text().splitlines()}
    assert os.getpid() not in pids  # ran in Ray actors, not in the driver


@pytest.mark.parametrize(("sig", "workers"), [(signal.SIGKILL, 1), (signal.SIGKILL, 2), (signal.SIGINT, 2)],
                         ids=["kill9-serial", "kill9-2workers", "ctrl-c-2workers"])
def test_resume_after_interruption(fake_settings, tmp_path, sig, workers):
    folder = tmp_path / "rec"
    folder.mkdir()
    # 40 tasks at 0.15 s each: >= 2 s of work remain when the kill lands (with 16, a stalled parent
    # once wrote the last results in a burst and the batch finished before the signal: exit 1)
    for i in range(40):
        (folder / f"c{i:02d}.wav").write_text(f"words {i}")
    (folder / "c05.wav").write_text("CORRUPT")
    tasks = template_tasks("transcribe {file}", str(folder / "*.wav"))
    run_batch(tasks, tmp_path / "ref.jsonl", fake_settings, progress=False)

    out = tmp_path / "r.jsonl"
    cmd = [sys.executable, "run_agent.py", "batch", "transcribe {file}", "--over", str(folder / "*.wav"),
           "--out", str(out), "--workers", str(workers), "--out-dir", str(tmp_path / "o")]
    env = {**os.environ, "MMAGENT_AGENT_FACTORY": FACTORY, "MMAGENT_TEST_TOOL_DELAY": "0.15"}
    # SIGINT at its default in the child: an inherited SIG_IGN (from whatever ran this pytest)
    # would make Python skip its KeyboardInterrupt handler and the batch would ignore Ctrl-C
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    rng = random.Random()
    want = rng.randint(2, 10)  # kill at a random point after a few results were written
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_text().count("\n") >= want:
            break
        time.sleep(0.02)
    time.sleep(rng.random() * 0.15)
    assert proc.poll() is None, "the batch finished before it could be interrupted"
    os.killpg(proc.pid, sig)  # the batch and its workers, like a terminal's Ctrl-C
    code = proc.wait(30)
    assert code == (130 if sig == signal.SIGINT else -signal.SIGKILL), proc.stderr.read() if proc.stderr else ""
    done_before = out.read_text().count("\n")
    assert 0 < done_before < len(tasks), (done_before, proc.stderr.read() if proc.stderr else "")
    with open(out, "ab") as f:  # as if the kill had landed in the middle of a write
        f.write(b'{"id": "torn')
    proc2 = subprocess.run(cmd, cwd=REPO, env={**env, "MMAGENT_TEST_TOOL_DELAY": "0"}, capture_output=True,
                           text=True, timeout=120)
    assert proc2.returncode == 1, proc2.stderr  # bad file => non-zero
    assert f"{done_before} skipped" in proc2.stdout
    lines = out.read_text().splitlines()
    assert len(lines) == len(tasks) and all(json.loads(line) for line in lines)
    assert outcome(out) == outcome(tmp_path / "ref.jsonl")


def test_worker_threads_split_the_cores(settings, monkeypatch):
    from agent.tasks.engines import worker_settings

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert (worker_settings(settings, 1).stt_threads, worker_settings(settings, 2).llm_threads) == (2, 1)
    assert worker_settings(settings, 4).stt_threads == 1 and worker_settings(settings, 2, threads=3).stt_threads == 3
