"""Hostile-input corpus (issue #11): the real CLI in subprocesses, offline, data made here.

Every case must end with the documented exit code, no traceback, no hang (timeout) and, for
errors, exactly one line on stderr that starts with ``error:``, names the file / setting /
argument and gives the fix.  ``MMAGENT_LLM_PATH`` points at a file with a valid GGUF header
that llama.cpp cannot load: a case that reaches the LLM fails loudly ("unexpected ..."), so the
corpus proves that these errors are found before a model loads.  The HTTP API is not on this
branch; its part of the corpus is left to issue #13.

Cases run in parallel (4 subprocesses) in one module fixture; each case is its own test.
"""

from __future__ import annotations

import json
import os
import socket
import struct
import subprocess
import sys
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.audio_util import encode, tone
from tests.conftest import REPO

TIMEOUT = 180


@dataclass
class Case:
    id: str
    argv: list[str]
    code: int
    names: list[str]  # every one must appear in the error line (file, setting or argument)
    stdin: str | None = None
    env: dict[str, str] = field(default_factory=dict)
    errors: int = 1  # error lines expected on stderr (chat / plan - report one per bad line)
    llm_ok: bool = False  # reaching the LLM is fine (never used by the cases below)


def _png_header(w: int, h: int) -> bytes:
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IEND", b"")


def _make_data(d: Path) -> dict[str, Path]:
    f: dict[str, Path] = {}

    def put(name: str, data: bytes | str) -> Path:
        p = d / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data.encode() if isinstance(data, str) else data)
        f[name] = p
        return p

    encode(d / "tone.wav", tone(1.0, 16000), 16000)
    f["tone.wav"] = d / "tone.wav"
    wav = (d / "tone.wav").read_bytes()
    put("empty.wav", b"")
    put("empty.png", b"")
    put("corrupt.mp3", b"ID3" + b"\x00garbage" * 50)
    put("truncated.wav", wav[:30])
    put("text-as.wav", "this is not audio at all\n" * 20)
    put("noise.flac", os.urandom(4000))
    put("corrupt.png", b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    put("bomb.png", _png_header(100_000, 100_000))
    put("truncated.jpg", b"\xff\xd8\xff\xe0" + os.urandom(100))
    put("vector.svg", '<svg xmlns="http://www.w3.org/2000/svg"><text x="1" y="9">EXIT</text></svg>')
    put("paper.pdf", b"%PDF-1.4\n%" + os.urandom(100))
    put("notes.txt", "remember the milk\n")
    put("archive.zip", b"PK\x03\x04" + os.urandom(100))
    put("blob", os.urandom(300) + b"\x00")
    put("svg-no-ext", '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>')
    put("photo.png", _png_header(8, 8))  # header-only PNG: enough for kind checks, never decoded here
    put("ünï cödé.wav", wav)
    put("-dash.wav", wav)
    (d / "adir.wav").mkdir()
    f["adir.wav"] = d / "adir.wav"
    os.mkfifo(d / "fifo.wav")
    f["fifo.wav"] = d / "fifo.wav"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(d / "sock.wav"))
    f["sock.wav"] = d / "sock.wav"
    f["_socket"] = sock  # type: ignore[assignment] - kept open while the corpus runs
    (d / "loop1.wav").symlink_to(d / "loop2.wav")
    (d / "loop2.wav").symlink_to(d / "loop1.wav")
    (d / "dangling.wav").symlink_to(d / "nowhere.wav")
    # configs and LLM files
    put("fake.gguf", b"GGUF" + struct.pack("<IQQ", 3, 1, 0) + b"\x00" * 64)  # header ok, not loadable
    put("text.gguf", "definitely not a model\n" * 5)
    put("v99.gguf", b"GGUF" + struct.pack("<IQQ", 99, 1, 0) + b"\x00" * 64)
    put("bad.toml", 'llm_threads = 2\nplanner = "fast\n')
    put("wrongtype.toml", 'planner = "fast"\nstep_budget = "lots"\n')
    put("binary.toml", os.urandom(200) + b"\xff\xfe")
    # task files
    put("tasks/binary.yaml", os.urandom(300) + b"\x00\xff")
    put("tasks/bad.yaml", "- id: a\n  request: [unclosed\n")
    put("tasks/deep.jsonl", "[" * 100_000 + "\n")
    put("tasks/badline.jsonl", '{"request": "transcribe a.wav"}\n{not json}\n')
    put("tasks/norequest.yaml", "- id: a\n  attachments: [x.wav]\n")
    put("tasks/blankrequest.yaml", "- id: a\n  request: '   '\n")
    put("tasks/listrequest.yaml", "- id: a\n  request: [1, 2]\n")
    put("tasks/attint.yaml", "- id: a\n  request: transcribe it\n  attachments: 5\n")
    put("tasks/idmap.yaml", "- id: {x: 1}\n  request: transcribe it\n")
    put("tasks/dup.yaml", "- id: a\n  request: hi\n- id: a\n  request: ho\n")
    put("tasks/empty.yaml", "")
    put("tasks/scalar.yaml", "just a sentence\n")
    put("tasks/badoptions.yaml", "- id: a\n  request: hi\n  options: {speak: maybe}\n")
    put("tasks/latin1.yaml", "- id: a\n  request: caf\xe9\n".encode("latin-1"))
    put("tasks/special.yaml", "- id: dev\n  request: what is this?\n  attachments: [/dev/zero]\n")
    (d / "tasks/folder.yaml").mkdir()
    return f


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("hostile")
    files = _make_data(d)
    yield files
    files["_socket"].close()  # type: ignore[attr-defined]


class _Names(dict):
    """File name -> path string; names not made (test ids only) map into the folder."""

    folder = Path("/corpus")

    def __missing__(self, key: str) -> str:
        return str(self.folder / key)


def cases(f: dict[str, Path]) -> list[Case]:
    d = f["tone.wav"].parent
    s = _Names({k: str(v) for k, v in f.items() if isinstance(v, Path)})
    s.folder = d
    out = d / "out"
    attach_bad = [  # (name, words the error must contain)
        ("nope.wav", "file not found"), ("/dev/zero", "character device"), ("/dev/null", "character device"),
        ("fifo.wav", "FIFO"), ("sock.wav", "socket"), ("adir.wav", "folder"), ("empty.wav", "empty"),
        ("vector.svg", "SVG"), ("paper.pdf", "PDF"), ("notes.txt", "text"), ("archive.zip", "ZIP"),
        ("blob", "no tool reads"), ("svg-no-ext", "SVG"), ("loop1.wav", "cannot be opened"),
        ("dangling.wav", "file not found"),
    ]
    c: list[Case] = []
    for name, words in attach_bad:
        path = name if name.startswith("/") else s[name]
        c.append(Case(f"attach-{name}", ["what is in this file?", "--attach", path], 3, [path, words]))
        if name in ("/dev/zero", "fifo.wav", "vector.svg", "empty.wav"):
            c.append(Case(f"plan-attach-{name}", ["plan", "describe this", "--attach", path], 3, [path, words]))
    # requests
    c += [
        Case("request-empty", [""], 2, ["request is empty"]),
        Case("request-blank", ["   "], 2, ["request is empty"]),
        Case("request-whitespace", ["\t\n  \n"], 2, ["request is empty"]),
        Case("request-100k", ["x" * 100_000], 2, ["100,000 characters", "MMAGENT_MAX_REQUEST_CHARS"]),
        Case("request-8001", ["y " * 4001], 2, ["characters", "MMAGENT_MAX_REQUEST_CHARS"]),
        Case("request-limit-setting", ["hello there"], 2, ["MMAGENT_MAX_REQUEST_CHARS"],
             env={"MMAGENT_MAX_REQUEST_CHARS": "5"}),
        Case("plan-empty", ["plan", "  "], 2, ["request is empty"]),
        Case("plan-100k", ["plan", "z" * 100_000], 2, ["MMAGENT_MAX_REQUEST_CHARS"]),
        Case("mention-svg", [f"read the text in {s['vector.svg']}"], 3, ["vector.svg", "SVG"]),
        Case("mention-pdf", [f"summarize {s['paper.pdf']}"], 3, ["paper.pdf", "PDF"]),
        Case("plan-mention-svg", ["plan", f"read the text in {s['vector.svg']}"], 3, ["vector.svg"]),
        Case("audio-for-image", ["read the text in this image", "--attach", s["tone.wav"]], 3,
             ["tone.wav", "audio file, not an image"]),
        Case("audio-for-photo", ["describe this photo", "--attach", s["ünï cödé.wav"]], 3,
             ["ünï cödé.wav", "not an image"]),
        Case("image-for-audio", ["transcribe this recording", "--attach", s["photo.png"]], 3,
             ["photo.png", "not an audio recording"]),
        Case("plan-audio-for-image", ["plan", "read the text in this image", "--attach", s["-dash.wav"]], 3,
             ["-dash.wav", "not an image"]),
        Case("too-many-attachments", ["compare these"] + [a for _ in range(17) for a in ("--attach", s["tone.wav"])],
             2, ["17 attachments", "MMAGENT_MAX_ATTACHMENTS"]),
        Case("attachment-too-big", ["what is said in this?", "--attach", s["tone.wav"]], 3,
             ["tone.wav", "MMAGENT_ATTACHMENT_MAX_MB"], env={"MMAGENT_ATTACHMENT_MAX_MB": "0.00001"}),
    ]
    # decoders behind the fast path (no LLM: the plan is transcribe_audio, the answer a template)
    for name, words in (("corrupt.mp3", "not a readable audio file"), ("truncated.wav", "not a readable audio file"),
                        ("text-as.wav", "not a readable audio file"), ("noise.flac", "noise.flac"),
                        ("fifo.wav", "FIFO"), ("photo.png", "not audio")):
        if name == "photo.png":
            continue  # an image named in an audio request is the media-kind case above
        c.append(Case(f"decode-{name}", [f"what is said in {s[name]}?", "--out-dir", str(out)], 3, [name, words]))
    c.append(Case("traversal", [f"what is said in {d}/../{d.name}/tone.wav?"], 3, ["outside the allowed folders"],
                  env={"MMAGENT_ALLOWED_ROOTS": json.dumps([str(d / 'tasks')])}))
    # configuration
    c += [
        Case("env-threads-abc", ["tools"], 2, ["MMAGENT_LLM_THREADS", "integer"], env={"MMAGENT_LLM_THREADS": "abc"}),
        Case("env-threads-zero", ["tools"], 2, ["MMAGENT_STT_THREADS", ">= 1"], env={"MMAGENT_STT_THREADS": "0"}),
        Case("env-planner", ["tools"], 2, ["MMAGENT_PLANNER", "layered"], env={"MMAGENT_PLANNER": "smart"}),
        Case("env-roots-not-json", ["tools"], 2, ["MMAGENT_ALLOWED_ROOTS", "JSON list"],
             env={"MMAGENT_ALLOWED_ROOTS": "/data"}),
        Case("env-step-budget", ["tools"], 2, ["MMAGENT_STEP_BUDGET"], env={"MMAGENT_STEP_BUDGET": "many"}),
        Case("env-max-chars-neg", ["hi"], 2, ["MMAGENT_MAX_REQUEST_CHARS"], env={"MMAGENT_MAX_REQUEST_CHARS": "-1"}),
        Case("env-audio-max", ["hi"], 2, ["MMAGENT_AUDIO_MAX_SECONDS"], env={"MMAGENT_AUDIO_MAX_SECONDS": "long"}),
        Case("toml-syntax", ["tools"], 2, ["bad.toml", "line 2"], env={"MMAGENT_CONFIG": s["bad.toml"]}),
        Case("toml-type", ["tools"], 2, ["wrongtype.toml:2", "step_budget"], env={"MMAGENT_CONFIG": s["wrongtype.toml"]}),
        Case("toml-binary", ["tools"], 2, ["binary.toml"], env={"MMAGENT_CONFIG": s["binary.toml"]}),
        Case("toml-folder", ["tools"], 2, [str(d)], env={"MMAGENT_CONFIG": str(d)}),
        Case("llm-text", ["hello"], 2, ["MMAGENT_LLM_PATH", "not a GGUF"], env={"MMAGENT_LLM_PATH": s["text.gguf"]}),
        Case("llm-v99", ["hello"], 2, ["MMAGENT_LLM_PATH", "version 99"], env={"MMAGENT_LLM_PATH": s["v99.gguf"]}),
        Case("llm-missing", ["hello"], 2, ["MMAGENT_LLM_PATH", "file not found"],
             env={"MMAGENT_LLM_PATH": str(d / "gone.gguf")}),
        Case("llm-folder", ["hello"], 2, ["MMAGENT_LLM_PATH", "folder"], env={"MMAGENT_LLM_PATH": str(d)}),
        Case("llm-devzero", ["plan", "hello"], 2, ["MMAGENT_LLM_PATH", "character device"],
             env={"MMAGENT_LLM_PATH": "/dev/zero"}),
        Case("flag-threads-zero", ["hi", "--threads", "0"], 2, ["--threads"]),
        Case("flag-threads-abc", ["hi", "--threads", "abc"], 2, ["--threads", "invalid int"]),
        Case("flag-planner", ["hi", "--planner", "magic"], 2, ["--planner"]),
        Case("flag-unknown", ["plan", "hi", "--frobnicate"], 2, ["--frobnicate"]),
        Case("no-request", ["run"], 2, ["request"]),
    ]
    # batch: task files, templates, --over globs, --out
    t = d / "tasks"
    res = str(out / "r.jsonl")
    for name, words in (("binary.yaml", "not UTF-8"), ("bad.yaml", "not valid YAML"), ("deep.jsonl", "nested"),
                        ("badline.jsonl", "badline.jsonl:2"), ("norequest.yaml", "no 'request'"),
                        ("blankrequest.yaml", "no 'request'"), ("listrequest.yaml", "no 'request'"),
                        ("attint.yaml", "attachments"), ("idmap.yaml", "'id'"),
                        ("dup.yaml", "duplicate task id"), ("empty.yaml", "no tasks"),
                        ("scalar.yaml", "expected a list"), ("badoptions.yaml", "invalid"),
                        ("latin1.yaml", "not UTF-8"), ("folder.yaml", "folder"), ("gone.yaml", "not found")):
        c.append(Case(f"batch-{name}", ["batch", str(t / name), "--out", res], 3 if name in ("folder.yaml", "gone.yaml")
                      else 2, [name, words]))
    c += [
        Case("batch-devzero-taskfile", ["batch", "/dev/zero", "--out", res], 3, ["/dev/zero", "character device"]),
        Case("batch-out-folder", ["batch", str(t / "dup.yaml"), "--out", str(d)], 2, ["--out", "is a folder"]),
        Case("batch-out-devnull", ["batch", str(t / "dup.yaml"), "--out", "/dev/null"], 2, ["--out", "device"]),
        Case("batch-out-empty", ["batch", str(t / "dup.yaml"), "--out", ""], 2, ["--out"]),
        Case("batch-out-under-file", ["batch", str(t / "dup.yaml"), "--out", s["notes.txt"] + "/r.jsonl"], 2,
             ["--out"]),
        Case("batch-workers-0", ["batch", str(t / "dup.yaml"), "--out", res, "--workers", "0"], 2, ["--workers"]),
        Case("batch-template-no-over", ["batch", "transcribe {file}", "--out", res], 2, ["--over"]),
        Case("batch-over-nomatch", ["batch", "transcribe {file}", "--over", str(d / "*.nothing"), "--out", res], 3,
             ["*.nothing", "--over"]),
        Case("batch-over-only-dirs", ["batch", "transcribe {file}", "--over", str(d / "adir*"), "--out", res], 3,
             ["adir*"]),
        Case("batch-over-empty-template", ["batch", "  ", "--over", str(d / "*.wav"), "--out", res], 2,
             ["template is empty"]),
        Case("batch-empty-source", ["batch", "", "--out", res], 2, ["task file name is empty"]),
    ]
    # index
    c += [
        Case("index-missing", ["index", str(d / "no-such-folder")], 3, ["no-such-folder", "folder not found"]),
        Case("index-file", ["index", s["notes.txt"]], 3, ["notes.txt", "not a folder"]),
        Case("index-devzero", ["index", "/dev/zero"], 3, ["/dev/zero", "not a folder"]),
        Case("index-batch-size", ["index", str(d), "--batch-size", "0"], 2, ["--batch-size"]),
        Case("index-empty", ["index", ""], 2, ["not a folder name"]),
    ]
    # voice loop --input (fails before the VAD, STT or LLM load)
    for name, words in (("nope.wav", "not found"), ("/dev/zero", "character device"), ("fifo.wav", "FIFO"),
                        ("empty.wav", "empty"), ("corrupt.mp3", "not a readable audio file"),
                        ("vector.svg", "not audio"), ("adir.wav", "folder"), ("photo.png", "not audio")):
        path = name if name.startswith("/") else s[name]
        c.append(Case(f"voice-input-{name}", ["voice", "--input", path, "--output", str(out / "v.wav"), "--fast"], 3,
                      [path, words]))
    c += [
        Case("voice-output-txt", ["voice", "--input", s["tone.wav"], "--output", str(out / "o.txt")], 2, ["o.txt"]),
        Case("voice-min-silence", ["voice", "--input", s["tone.wav"], "--min-silence-ms", "-5"], 2,
             ["--min-silence-ms"]),
        Case("voice-attach-devzero", ["voice", "--input", s["tone.wav"], "--attach", "/dev/zero"], 3, ["/dev/zero"]),
        Case("voice-empty-input", ["voice", "--input", ""], 2, ["--input"]),
    ]
    # chat input lines: one process, one error line per bad line, then /quit
    chat_lines = [f"/attach {s['vector.svg']}", "/attach /dev/zero", f"/attach {d / 'nope.wav'}",
                  f"/attach {s['fifo.wav']}", "/attach", "/frobnicate", "q" * 20_000,
                  f"read the text in {s['paper.pdf']}"]
    c.append(Case("chat-lines", ["chat"], 0, ["vector.svg", "/dev/zero", "nope.wav", "fifo.wav", "/frobnicate",
                                             "MMAGENT_MAX_REQUEST_CHARS", "paper.pdf"],
                  stdin="\n".join(chat_lines + ["/quit"]) + "\n", errors=len(chat_lines)))
    # plan - : one JSON per line; bad lines reported, good ones planned
    plan_lines = ["   ", "x" * 9000, f"read the text in {s['vector.svg']}", f"what is said in {s['tone.wav']}?",
                  f"summarize {s['notes.txt']}"]
    c.append(Case("plan-stdin-lines", ["plan", "-"], 2, ["MMAGENT_MAX_REQUEST_CHARS", "vector.svg", "notes.txt"],
                  stdin="\n".join(plan_lines) + "\n", errors=3))
    return c


CASE_COUNT = 109  # asserted below so the corpus cannot shrink silently


def _run(case: Case, d: Path, gguf: Path) -> tuple[subprocess.CompletedProcess | None, float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MMAGENT_")}
    env.update({"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONPATH": str(REPO),
                "MMAGENT_CONFIG": str(d / "no-config.toml"), "MMAGENT_LLM_PATH": str(gguf),
                "MMAGENT_MODEL_DIR": str(d / "models"), "MMAGENT_LLM_THREADS": "1", "MMAGENT_STT_THREADS": "1",
                "OMP_NUM_THREADS": "1"})
    env.update(case.env)
    t0 = time.perf_counter()
    try:
        p = subprocess.run([sys.executable, str(REPO / "run_agent.py"), *case.argv], input=case.stdin,
                           capture_output=True, text=True, cwd=d, env=env, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, time.perf_counter() - t0
    return p, time.perf_counter() - t0


@pytest.fixture(scope="module")
def outcomes(data: dict[str, Path]) -> dict[str, tuple[Case, subprocess.CompletedProcess | None, float]]:
    d = data["tone.wav"].parent
    all_cases = cases(data)
    with ThreadPoolExecutor(max_workers=4) as ex:
        runs = list(ex.map(lambda c: _run(c, d, data["fake.gguf"]), all_cases))
    return {c.id: (c, p, s) for c, (p, s) in zip(all_cases, runs, strict=True)}


def _ids() -> list[str]:
    return [c.id for c in cases({"tone.wav": Path("/corpus/tone.wav")})]  # ids only: paths are just formatted


IDS = _ids()


def test_corpus_size():
    assert len(IDS) == len(set(IDS)) == CASE_COUNT >= 80


@pytest.mark.parametrize("case_id", IDS)
def test_hostile_input(outcomes, case_id: str):
    case, p, seconds = outcomes[case_id]
    assert p is not None, f"{case_id}: no answer within {TIMEOUT} s (hang)"
    both = p.stdout + p.stderr
    assert "Traceback" not in both, both[-2000:]
    assert "unexpected" not in p.stderr and "Failed to load model" not in both, (
        f"{case_id}: reached the LLM or an unhandled error: {p.stderr[-500:]}")
    assert p.returncode == case.code, f"{case_id}: exit {p.returncode}, want {case.code}; stderr: {p.stderr[-800:]}"
    lines = [x for x in p.stderr.splitlines() if x.strip()]
    errors = [x for x in lines if x.startswith("error: ")]
    assert len(errors) == case.errors and len(lines) == case.errors, f"{case_id}: stderr is {lines}"
    for line in errors:
        assert "(fix: " in line and line.endswith(")"), f"{case_id}: no fix in {line!r}"
    text = "\n".join(errors)
    for name in case.names:
        assert name in text, f"{case_id}: {name!r} not named in {text!r}"
