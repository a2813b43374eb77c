"""MCP tool servers as mmagent tools: a real MCP server (tests/mcp_servers/notes_server.py) over
stdio and streamable HTTP, used through the registry, the planner (scripted model) and the graph."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("mcp")

from agent.config import Settings  # noqa: E402
from agent.core import Agent  # noqa: E402
from tools.base import ToolContext, ToolError  # noqa: E402
from tools.mcp import MCPProvider  # noqa: E402
from tools.mcp.schema import SchemaError, args_model  # noqa: E402
from tools.registry import ToolRegistry  # noqa: E402
from tools.testing import FakeTool, ScriptedChatModel  # noqa: E402

pytestmark = pytest.mark.usefixtures("shared_router_cache")  # the bank embedded once per session

REPO = Path(__file__).resolve().parents[1]
NOTES = str(REPO / "tests" / "mcp_servers" / "notes_server.py")


def notes_cfg(**kw) -> dict:
    env = {"NOTES_EXTRAS": "1", **kw.pop("env", {})}
    return {"command": sys.executable, "args": [NOTES], "env": env, **kw}


@pytest.fixture
def mcp_settings(tmp_path: Path) -> Settings:
    return Settings(output_dir=tmp_path / "out", model_dir=tmp_path / "models", cache_dir=tmp_path / "cache",
                    mcp_servers={"notes": notes_cfg(env={"NOTES_PIDFILE": str(tmp_path / "pid")})})


def registry_for(settings: Settings) -> ToolRegistry:
    return ToolRegistry(settings, builtins={}, plugins=False, tools=[FakeTool])


def run_tool(reg: ToolRegistry, name: str, args: dict, out: Path):
    tool = reg.get(name)
    return tool.run(tool.Args.model_validate(args), ToolContext(settings=reg.settings, out_dir=out))


# -- schema -> Args ------------------------------------------------------------------
def test_schema_refs_inlined_and_unsupported_degraded() -> None:
    schema = {
        "type": "object", "required": ["query"],
        "properties": {
            "query": {"$ref": "#/$defs/Q"},
            "limit": {"type": ["integer", "null"], "minimum": 1},
            "mode": {"enum": ["fast", "exact"]},
            "tags": {"type": "array", "items": {"type": "string", "pattern": "^[a-z]+$"}},
            "filter": {"allOf": [{"type": "object", "properties": {"year": {"type": "integer"}}}]},
            "from": {"type": "string", "format": "date"},
            "weird": {"not": {}},
            "anything": {},
            "meta": {"type": "object"},
            "k": {"const": 3},
            "choice": {"oneOf": [{"type": "string"}, {"type": "object", "properties": {"a": {"type": "number"}}}]},
        },
        "$defs": {"Q": {"type": "string", "description": "what to search"}},
    }
    model, degraded = args_model(schema, "t_args")
    out = model.model_json_schema()
    assert out["required"] == ["query"] and out["properties"]["query"]["description"] == "what to search"
    assert "weird" not in out["properties"] and any("weird" in d for d in degraded)
    assert "pattern" not in json.dumps(out) and "format" not in json.dumps(out)
    parsed = model.model_validate({"query": "x", "from": "2026-01-01", "filter": {"year": 2020}})
    assert parsed.model_dump(by_alias=True, exclude_none=True) == {
        "query": "x", "from": "2026-01-01", "filter": {"year": 2020}}
    # what is left compiles into llama.cpp's JSON-schema grammar, as the planner uses it
    from agent.routing.router import grammar_schema

    grammar = pytest.importorskip("llama_cpp.llama_grammar")
    grammar.LlamaGrammar.from_string(grammar.json_schema_to_gbnf(json.dumps(grammar_schema(out))), verbose=False)


@pytest.mark.parametrize("schema", [
    {"type": "string"},
    {"type": "object", "properties": {"x": {"$ref": "#/$defs/Missing"}}, "required": ["x"]},
    {"type": "object", "properties": {"n": {"$ref": "#/$defs/N"}}, "required": ["n"],
     "$defs": {"N": {"type": "object", "properties": {"n": {"$ref": "#/$defs/N"}}, "required": ["n"]}}},
    {"type": "object", "properties": {"x": {"type": "frobnicate"}}, "required": ["x"]},
])
def test_unusable_schema_raises(schema: dict) -> None:
    with pytest.raises(SchemaError):
        args_model(schema, "bad_args")


def test_planner_grammar_compiles_with_mcp_tools(mcp_settings: Settings) -> None:
    from agent.routing.router import plan_schema

    reg = registry_for(mcp_settings)
    schema = plan_schema(reg, 3)
    names = [v["properties"]["tool"]["const"] for v in schema["properties"]["steps"]["items"]["anyOf"]]
    assert {"notes_find_note", "notes_count_words", "fake_tool"} <= set(names)
    grammar = pytest.importorskip("llama_cpp.llama_grammar")
    gbnf = grammar.json_schema_to_gbnf(json.dumps(schema))
    grammar.LlamaGrammar.from_string(gbnf, verbose=False)
    reg.close_all()


# -- stdio: listed, planned, called, composed ---------------------------------------------
def test_stdio_tools_listed_with_warning_for_malformed_schema(mcp_settings: Settings) -> None:
    reg = registry_for(mcp_settings)
    names = reg.names()
    assert {"notes_find_note", "notes_count_words", "notes_nap", "notes_draw_dot"} <= set(names)
    assert "notes_broken" not in names
    assert any("notes/broken" in w and "schema" in w for w in reg.warnings), reg.warnings
    assert reg.tool_class("notes_find_note").server == "notes"
    reg.close_all()


def test_planned_called_and_composed(mcp_settings: Settings) -> None:
    def script(messages, schema):
        if schema is not None:  # the planner: the MCP tool is in its grammar and its prompt
            assert "notes_find_note" in json.dumps(schema)
            assert "notes_find_note" in messages[0]["content"]
            return {"steps": [{"tool": "notes_find_note", "args": {"topic": "boat club"}}]}
        # the answer: quote what the tool returned (tool outputs travel in their own messages)
        prompt = "\n".join(m["content"] for m in messages if m["role"] != "system")
        start = prompt.index("<tool_output")
        return "Your note says: " + prompt[prompt.index(">", start) + 1:prompt.index("</tool_output>")].strip()

    model = ScriptedChatModel(script)
    agent = Agent(mcp_settings, model=model, registry=registry_for(mcp_settings))
    try:
        result = agent.run("when does my boat club meet? check my notes")
    finally:
        agent.close()
    assert result.plan.steps[0].tool == "notes_find_note"
    assert result.tool_results[0].ok, result.tool_results[0].error
    assert "pier 9" in result.answer and result.error is None
    assert result.tool_results[0].data["server"] == "notes"


def test_structured_and_image_results(mcp_settings: Settings, tmp_path: Path) -> None:
    reg = registry_for(mcp_settings)
    try:
        out = run_tool(reg, "notes_count_words", {"text": "one two three"}, tmp_path / "o")
        assert out.structured == {"words": 3} and '"words": 3' in out.text
        img = run_tool(reg, "notes_draw_dot", {}, tmp_path / "o")
        assert img.text == "a red dot" and img.media[0].kind == "image"
        assert Path(img.media[0].path).read_bytes().startswith(b"\x89PNG")
        with pytest.raises(ToolError, match="no note about"):
            run_tool(reg, "notes_find_note", {"topic": "taxes"}, tmp_path / "o")
        # one server process for all of these calls
        assert reg.tool_class("notes_find_note").connection.starts == 1
    finally:
        reg.close_all()


def test_server_killed_mid_call_then_fresh_start(mcp_settings: Settings, tmp_path: Path) -> None:
    reg = registry_for(mcp_settings)
    conn = reg.tool_class("notes_nap").connection
    box: dict = {}

    def nap() -> None:
        try:
            box["out"] = run_tool(reg, "notes_nap", {"seconds": 60}, tmp_path / "o")
        except ToolError as exc:
            box["exc"] = exc

    try:
        t = threading.Thread(target=nap)
        t.start()
        pidfile = tmp_path / "pid"
        deadline = time.monotonic() + 60
        while not (pidfile.exists() and pidfile.read_text()) and time.monotonic() < deadline:
            time.sleep(0.05)
        first_pid = int(pidfile.read_text())
        os.kill(first_pid, signal.SIGKILL)
        t.join(30)
        assert not t.is_alive(), "the call did not return after the server died"
        exc = box["exc"]
        assert "'notes'" in str(exc) and exc.kind == "mcp_unavailable", exc
        # the next call starts a fresh server
        out = run_tool(reg, "notes_find_note", {"topic": "wifi"}, tmp_path / "o")
        assert "heron-42" in out.text and conn.starts == 2
        # a server that dies while idle is restarted transparently (the request was never sent)
        run_tool(reg, "notes_nap", {"seconds": 0}, tmp_path / "o")
        second_pid = int(pidfile.read_text())
        assert second_pid != first_pid
        os.kill(second_pid, signal.SIGKILL)
        time.sleep(0.5)
        out = run_tool(reg, "notes_count_words", {"text": "still here"}, tmp_path / "o")
        assert out.structured == {"words": 2} and conn.starts == 3
    finally:
        reg.close_all()


def test_hung_call_times_out_then_restarts(tmp_path: Path) -> None:
    settings = Settings(output_dir=tmp_path / "out", cache_dir=tmp_path / "cache",
                        mcp_servers={"notes": notes_cfg(timeout=1.5)})
    reg = registry_for(settings)
    try:
        with pytest.raises(ToolError) as err:
            run_tool(reg, "notes_nap", {"seconds": 30}, tmp_path / "o")
        assert err.value.kind == "timeout" and "'notes'" in str(err.value)
        assert "pier 9" in run_tool(reg, "notes_find_note", {"topic": "boat"}, tmp_path / "o").text
    finally:
        reg.close_all()


def test_server_that_cannot_start_is_a_tool_error(tmp_path: Path) -> None:
    settings = Settings(output_dir=tmp_path / "out", cache_dir=tmp_path / "cache", mcp_servers={
        "ghost": {"command": str(tmp_path / "no-such-server")}, "notes": notes_cfg()})
    reg = registry_for(settings)
    try:
        assert "fake_tool" in reg.names() and "notes_find_note" in reg.names()
        assert any("'ghost'" in w and "failed to start" in w for w in reg.warnings), reg.warnings
        # a cached list whose server later fails: the call is a tool error naming the server
        provider = MCPProvider({"ghost": {"command": str(tmp_path / "no-such-server")}}, tmp_path / "c2")
        cache = provider._cache_file(provider.connections["ghost"])
        cache.parent.mkdir(parents=True)
        cache.write_text(json.dumps([{"name": "echo", "description": "Echo.", "inputSchema": {
            "type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]}}]))
        reg2 = ToolRegistry(settings, builtins={}, plugins=False, providers=[provider])
        agent = Agent(settings, model=ScriptedChatModel([
            {"steps": [{"tool": "ghost_echo", "args": {"text": "hi"}}]}, "The ghost server is down."]),
            registry=reg2)
        result = agent.run("echo hi with the ghost server")
        r = result.tool_results[0]
        assert not r.ok and r.error_kind == "mcp_unavailable" and "'ghost'" in r.error
        assert result.answer == "The ghost server is down."
        agent.close()
    finally:
        reg.close_all()


def test_tool_list_cache_avoids_starting_servers(mcp_settings: Settings) -> None:
    reg = registry_for(mcp_settings)
    reg.names()
    reg.close_all()
    reg2 = registry_for(mcp_settings)
    assert "notes_find_note" in reg2.names()
    assert reg2.tool_class("notes_find_note").connection.starts == 0  # listed from the cache
    reg2.close_all()


def test_allowed_and_blocked_wildcards(tmp_path: Path) -> None:
    settings = Settings(output_dir=tmp_path / "out", cache_dir=tmp_path / "cache", mcp_servers={
        "notes": notes_cfg(allowed_tools=["*_*"], blocked_tools=["draw_*"])})
    reg = registry_for(settings)
    mcp_names = {n for n in reg.names() if n.startswith("notes_")}
    assert mcp_names == {"notes_find_note", "notes_count_words"}
    reg.close_all()


def test_cli_lists_mcp_tools_with_their_server(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "MMAGENT_CACHE_DIR": str(tmp_path / "cache"),
           "MMAGENT_MCP_SERVERS": json.dumps({"notes": notes_cfg()})}
    out = subprocess.run([sys.executable, str(REPO / "run_agent.py"), "tools"], env=env,
                         capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    line = next(ln for ln in out.stdout.splitlines() if ln.startswith("notes_find_note:"))
    assert "[mcp: notes/find_note]" in line
    assert "notes/broken" in out.stderr


# -- streamable HTTP ----------------------------------------------------------------------
@pytest.fixture
def http_notes(tmp_path: Path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, NOTES, "--http", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=open(tmp_path / "http.log", "w"))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, (tmp_path / "http.log").read_text()
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    yield f"http://127.0.0.1:{port}/mcp"
    proc.terminate()
    proc.wait(10)


def test_streamable_http_server(http_notes: str, tmp_path: Path) -> None:
    settings = Settings(output_dir=tmp_path / "out", cache_dir=tmp_path / "cache",
                        mcp_servers={"web_notes": {"url": http_notes}})
    model = ScriptedChatModel([{"steps": [{"tool": "web_notes_count_words", "args": {"text": "a b c d"}}]},
                               "That text has 4 words."])
    agent = Agent(settings, model=model, registry=registry_for(settings))
    try:
        result = agent.run("how many words are in 'a b c d'?")
    finally:
        agent.close()
    r = result.tool_results[0]
    assert r.ok, r.error
    assert r.data["structured"] == {"words": 4}
    assert '"words": 4' in "\n".join(m["content"] for m in model.calls[1].messages)  # in the answer prompt


# -- the real LLM plans the MCP tool -----------------------------------------------------
@pytest.mark.llm
def test_real_llm_plans_the_mcp_tool(tmp_path: Path) -> None:
    settings = Settings(output_dir=tmp_path / "out", cache_dir=tmp_path / "cache", llm_threads=1,
                        mcp_servers={"notes": notes_cfg(env={"NOTES_EXTRAS": "0"})})
    agent = Agent(settings)
    try:
        result = agent.run("Look up my personal note about the boat club: when does it meet?")
    finally:
        agent.close()
    tools = [s.tool for s in result.plan.steps]
    assert "notes_find_note" in tools, (tools, result.plan)
    ok = [r for r in result.tool_results if r.tool == "notes_find_note" and r.ok]
    assert ok and "pier 9" in ok[0].text
    assert "thursday" in result.answer.lower(), result.answer


def test_bad_server_config_is_one_line_naming_the_setting(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO),
           "MMAGENT_MCP_SERVERS": json.dumps({"notes": {"command": "x", "url": "http://127.0.0.1:1/mcp"}})}
    out = subprocess.run([sys.executable, str(REPO / "run_agent.py"), "tools"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 2
    assert out.stderr.startswith("error: invalid configuration: mcp_servers.notes: ") and "exactly one" in out.stderr
    assert out.stderr.count("\n") == 1


def test_missing_mcp_package_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "mcp", None)  # as if `pip install 'mmagent[mcp]'` never ran
    settings = Settings(output_dir=tmp_path / "out", cache_dir=tmp_path / "cache", mcp_servers={"notes": notes_cfg()})
    reg = registry_for(settings)
    assert reg.names() == ["fake_tool"]
    assert any("'notes'" in w and "mmagent[mcp]" in w for w in reg.warnings), reg.warnings
    reg.close_all()
