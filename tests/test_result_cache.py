"""Tool results reused while the input file is unchanged (agent/result_cache.py)."""

from __future__ import annotations

import os
import shutil
import threading
from typing import Any

import pytest
from pydantic import BaseModel

from agent.core import Agent
from agent.result_cache import ResultCache
from agent.runtime import execute
from agent.schemas import ToolCall
from tools.base import Tool, ToolContext, ToolError, ToolOutput, media_path
from tools.registry import ToolRegistry
from tools.testing import ScriptedChatModel


class ByteCount(Tool):
    """Reads a file: a pure function of its bytes (cacheable)."""

    name = "count_bytes"
    description = "Count the bytes of a file."
    cacheable = True

    class Args(BaseModel):
        path: str = media_path("file", "the file")
        unit: str = "bytes"

    def __init__(self, settings: Any = None) -> None:
        super().__init__(settings)
        self.runs = 0
        self.lock = threading.Lock()

    def run(self, args: Args, ctx: ToolContext) -> ToolOutput:  # type: ignore[override]
        with self.lock:
            self.runs += 1
        data = open(args.path, "rb").read()
        if not data:
            raise ToolError(f"{args.path}: empty", kind="bad_input")
        return ToolOutput(text=f"{len(data)} {args.unit}")


class Rig:
    """One cacheable ByteCount tool in a registry, run through the agent's ``execute``."""

    def __init__(self, settings: Any, folder: Any) -> None:
        self.tool = ByteCount(settings)
        self.registry = ToolRegistry(settings, builtins={}, plugins=False, tools=[self.tool])
        self.ctx = ToolContext(settings, folder)

    def run(self, cache: ResultCache, **args: Any) -> Any:
        return execute(ToolCall(tool="count_bytes", args=args), 1, [], self.registry, self.ctx, 10.0, cache)


@pytest.fixture
def rig(settings, tmp_path):
    return Rig(settings, tmp_path)


def test_same_file_is_not_read_twice_until_it_changes(rig, tmp_path):
    f = tmp_path / "a.bin"
    f.write_bytes(b"12345")
    tool = rig.tool
    cache = ResultCache(8)
    first = rig.run(cache, path=str(f))
    second = rig.run(cache, path=str(f))
    assert first.ok and second.ok and first.text == second.text == "5 bytes"
    assert tool.runs == 1 and second.data.get("cached") is True and "cached" not in first.data
    assert rig.run(cache, path=str(f), unit="B").text == "5 B" and tool.runs == 2  # other args
    f.write_bytes(b"1234567")  # changed file: new size and mtime
    assert rig.run(cache, path=str(f)).text == "7 bytes" and tool.runs == 3
    st = f.stat()
    f.write_bytes(b"abcdefg")  # same size; the modification time moves on
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    assert rig.run(cache, path=str(f)).text == "7 bytes" and tool.runs == 4
    g = tmp_path / "b.bin"
    shutil.copy(f, g)  # another file with the same bytes is another key
    rig.run(cache, path=str(g))
    assert tool.runs == 5


def test_errors_are_not_cached_and_uncacheable_tools_always_run(rig, tmp_path):
    f = tmp_path / "empty.bin"
    f.write_bytes(b"")
    tool = rig.tool
    cache = ResultCache(8)
    assert not rig.run(cache, path=str(f)).ok
    assert not rig.run(cache, path=str(f)).ok
    assert tool.runs == 2 and len(cache) == 0
    assert not rig.run(cache, path=str(tmp_path / "missing.bin")).ok  # no key: the tool reports it
    f.write_bytes(b"x")
    tool.cacheable = False  # type: ignore[misc]
    rig.run(cache, path=str(f))
    rig.run(cache, path=str(f))
    assert tool.runs == 5 and len(cache) == 0


def test_lru_is_bounded_and_zero_turns_it_off(rig, tmp_path):
    tool = rig.tool
    files = []
    for i in range(5):
        files.append(tmp_path / f"{i}.bin")
        files[-1].write_bytes(b"x" * (i + 1))
    cache = ResultCache(3)
    for f in files:
        rig.run(cache, path=str(f))
    assert len(cache) == 3
    rig.run(cache, path=str(files[0]))  # evicted: runs again
    assert tool.runs == 6
    off = ResultCache(0)
    rig.run(off, path=str(files[1]))
    rig.run(off, path=str(files[1]))
    assert tool.runs == 8 and len(off) == 0


def test_agent_reuses_a_transcript_across_turns(settings, tmp_path):
    """The agent owns one cache: a second request about the same file does not read it again."""
    f = tmp_path / "memo.wav"
    f.write_bytes(b"hello")
    settings.planner = "llm"  # the scripted plans, not the learned layer's transcribe_audio
    tool = ByteCount(settings)
    reg = ToolRegistry(settings, builtins={}, plugins=False, tools=[tool])
    plan = {"steps": [{"tool": "count_bytes", "args": {"path": str(f)}}]}
    agent = Agent(settings, model=ScriptedChatModel([plan, "It has 5 bytes.", plan, "Five."]), registry=reg)
    first = agent.run(f"how big is {f} in bytes")
    second = agent.run(f"and how big is {f} now")
    assert first.ok and second.ok and tool.runs == 1
    assert second.tool_results[0].data.get("cached") is True and second.tool_results[0].text == "5 bytes"
    assert agent.results.hits == 1


@pytest.mark.real
def test_real_transcript_reused(settings, shared_audio, tmp_path):
    jfk = tmp_path / "jfk.flac"
    shutil.copy(shared_audio / "jfk.flac", jfk)
    agent = Agent(settings, model=ScriptedChatModel([]))  # the fast path transcribes; no LLM call allowed
    first = agent.run(f"what is said in {jfk}?")
    second = agent.run(f"what is said in {jfk}?")
    assert first.ok and second.ok and "fellow Americans" in second.answer
    assert [r.tool for r in second.tool_results] == ["transcribe_audio"]
    assert second.tool_results[0].data.get("cached") is True and second.tool_results[0].text == first.tool_results[0].text
