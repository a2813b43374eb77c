"""Tool contract, registry and plugin isolation (real entry points via a dist-info on sys.path)."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest
from pydantic import BaseModel

from tools.base import Tool, ToolOutput
from tools.registry import ToolRegistry, contract_problems
from tools.stt import TranscribeAudio
from tools.testing import FakeTool, ScriptedChatModel, assert_tool_conforms
from tools.tts import Speak


def test_builtin_tools_conform():
    for cls in (TranscribeAudio, Speak, FakeTool):
        assert_tool_conforms(cls)


def test_nonconforming_tool_is_reported():
    class Bad(Tool):
        name = "Bad Name"
        description = "two\nlines"

        class Args(BaseModel):
            x: int

    problems = contract_problems(Bad)
    assert any("snake_case" in p for p in problems)
    assert any("one non-empty line" in p for p in problems)
    assert any("run()" in p for p in problems)
    with pytest.raises(AssertionError):
        assert_tool_conforms(Bad)


def test_schema_is_derived_from_args():
    schema = TranscribeAudio.args_schema()
    assert schema["required"] == ["path"]
    assert TranscribeAudio.media_args() == {"path": "audio"}


def _make_plugin(root: Path, name: str, module_src: str, ep_value: str) -> None:
    pkg = root / name
    pkg.mkdir()
    (pkg / "__init__.py").write_text(textwrap.dedent(module_src))
    dist = root / f"{name}-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text(f"[mmagent.tools]\n{ep_value}\n")


GOOD_PLUGIN = '''
from pydantic import BaseModel, Field
from tools.base import Tool, ToolOutput

class WordCount(Tool):
    name = "count_words"
    description = "Count the words in a piece of text."

    class Args(BaseModel):
        text: str = Field(description="the text whose words to count")

    class Result(ToolOutput):
        words: int

    def run(self, args, ctx):
        n = len(args.text.split())
        return self.Result(text=f"{n} words", words=n)
'''


@pytest.fixture
def plugin_path(tmp_path, monkeypatch):
    _make_plugin(tmp_path, "mmagent_wordcount", GOOD_PLUGIN, "count_words = mmagent_wordcount:WordCount")
    _make_plugin(tmp_path, "mmagent_broken", "raise ImportError('boom: missing native lib')\n",
                 "broken_tool = mmagent_broken:Nope")
    _make_plugin(tmp_path, "mmagent_badcontract", "class NotATool:\n    pass\n",
                 "bad_contract = mmagent_badcontract:NotATool")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for mod in ("mmagent_wordcount", "mmagent_broken", "mmagent_badcontract"):
        sys.modules.pop(mod, None)


def test_plugins_discovered_and_broken_ones_skipped(plugin_path, settings):
    reg = ToolRegistry(settings)
    names = reg.names()
    assert "count_words" in names
    assert "transcribe_audio" in names and "speak" in names
    assert "broken_tool" not in names and "bad_contract" not in names
    assert any("broken_tool" in w and "import failed" in w for w in reg.warnings)
    assert any("bad_contract" in w for w in reg.warnings)


def test_plugin_is_not_imported_until_needed(plugin_path, settings):
    reg = ToolRegistry(settings)
    assert "mmagent_wordcount" not in sys.modules
    reg.names()
    assert "mmagent_wordcount" in sys.modules


def test_agent_plans_and_runs_plugin_without_core_changes(plugin_path, settings):
    from agent.core import Agent

    model = ScriptedChatModel([
        {"steps": [{"tool": "count_words", "args": {"text": "one two three four"}}]},
        "There are 4 words.",
    ])
    agent = Agent(settings, model=model, registry=ToolRegistry(settings))
    result = agent.run("how many words are in 'one two three four'?")
    assert result.plan.steps[0].tool == "count_words"
    assert result.tool_results[0].ok and result.tool_results[0].data["words"] == 4
    # the plugin's schema reached the planner grammar
    schema = model.calls[0].schema
    assert "count_words" in str(schema)
    assert result.answer == "There are 4 words."


def test_cli_survives_broken_plugin(plugin_path, capsys):
    from agent.cli import main

    assert main(["tools"]) == 0
    out = capsys.readouterr()
    assert "count_words" in out.out
    assert "broken_tool" in out.err


def test_tool_instances_are_lazy(settings):
    reg = ToolRegistry(settings)
    tool = reg.get("transcribe_audio")
    assert not tool.loaded


def test_duplicate_tool_name_rejected(settings):
    class Dup(FakeTool):
        pass

    reg = ToolRegistry(settings, builtins={}, plugins=False, tools=[FakeTool])
    reg.add(Dup)  # explicit add replaces: the caller asked for it
    assert reg.tool_class("fake_tool") is Dup
    assert isinstance(ToolOutput(text="x"), ToolOutput)


def test_concurrent_first_use_makes_one_instance(settings):
    """Server worker threads asking for the same tool at once share one instance (one model load)."""
    import threading
    import time

    class SlowInit(FakeTool):
        def __init__(self, *a, **kw):
            time.sleep(0.05)  # widens the window in which a second thread could build another
            super().__init__(*a, **kw)

    reg = ToolRegistry(settings, builtins={"transcribe_audio": "tools.stt:TranscribeAudio"}, plugins=False,
                       tools=[SlowInit])
    barrier = threading.Barrier(8)
    got: list[object] = []

    def worker() -> None:
        barrier.wait()
        got.append(reg.get("fake_tool"))
        got.append(reg.get("transcribe_audio"))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(x) for x in got if isinstance(x, SlowInit)}) == 1
    assert len({id(x) for x in got if not isinstance(x, SlowInit)}) == 1
    assert len(got) == 16
