"""mmagent's own MCP server (``run_agent.py mcp``) driven by the real ``mcp`` client.

The server runs as a subprocess (stdio, and streamable HTTP on 127.0.0.1).  ``ask`` uses the
scripted agent factory of the batch tests (tests.batch_fakes); ``transcribe_audio`` runs the
real packaged Whisper on jfk.flac.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("mcp")

from mcp import ClientSession, StdioServerParameters  # noqa: E402
from mcp.client.stdio import stdio_client  # noqa: E402
from mcp.client.streamable_http import streamable_http_client  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
FACTORY = "tests.batch_fakes:make_agent"


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "MMAGENT_OUTPUT_DIR": str(tmp_path / "out"),
           "MMAGENT_STT_THREADS": "1", "MMAGENT_LLM_THREADS": "1"}
    env.update(extra)
    return env


def _stdio(tmp_path: Path, roots: list[Path], **extra: str) -> StdioServerParameters:
    args = [str(REPO / "run_agent.py"), "mcp"]
    for r in roots:
        args += ["--root", str(r)]
    return StdioServerParameters(command=sys.executable, args=args, env=_env(tmp_path, **extra), cwd=str(tmp_path))


async def _with_session(params: StdioServerParameters, body) -> object:
    with open(params.cwd + "/server.log", "w") as errlog:  # type: ignore[operator]
        async with stdio_client(params, errlog=errlog) as (read, write), ClientSession(read, write) as s:
            await s.initialize()
            return await body(s)


def test_list_tools_ask_and_errors(tmp_path: Path) -> None:
    memo = tmp_path / "memo.wav"
    memo.write_text("meet me at the station at noon")
    outside = tmp_path.parent / f"{tmp_path.name}_outside.wav"
    outside.write_text("secret")

    async def body(s: ClientSession) -> dict:
        tools = {t.name: t for t in (await s.list_tools()).tools}
        ask = await s.call_tool("ask", {"request": "what is said in memo.wav?", "files": [str(memo)]})
        bad = await s.call_tool("ask", {"request": "transcribe it", "files": [str(outside)]})
        missing = await s.call_tool("transcribe_audio", {"path": str(tmp_path / "nope.wav")})
        badargs = await s.call_tool("transcribe_audio", {"pathx": 3})
        return {"tools": tools, "ask": ask, "bad": bad, "missing": missing, "badargs": badargs}

    r = asyncio.run(_with_session(_stdio(tmp_path, [tmp_path], MMAGENT_AGENT_FACTORY=FACTORY), body))
    tools = r["tools"]
    for name in ("transcribe_audio", "speak", "caption_image", "search_images", "read_text_in_image", "ask"):
        assert name in tools, sorted(tools)
    # the schema is the Args model's own JSON schema (what the planner uses)
    from tools.stt import TranscribeAudio

    assert tools["transcribe_audio"].inputSchema == TranscribeAudio.args_schema()
    assert tools["ask"].inputSchema["required"] == ["request"]

    ask = r["ask"]
    assert not ask.isError, ask.content
    sc = ask.structuredContent
    assert sc["plan"]["steps"][0]["tool"] == "transcribe_audio"
    assert sc["tools"][0]["text"] == "meet me at the station at noon"
    assert sc["answer"] and ask.content[0].text == sc["answer"]

    for key, words in (("bad", "outside the allowed folders"), ("missing", "file not found"),
                       ("badargs", "invalid arguments")):
        res = r[key]
        assert res.isError, (key, res)
        text = res.content[0].text
        assert words in text and "(fix: " in text and "\n" not in text, text


@pytest.mark.real
def test_transcribe_jfk_over_mcp(tmp_path: Path, shared_audio: Path) -> None:
    from bench.wer import wer

    clip = next(c for c in json.loads((shared_audio / "manifest.json").read_text())["clips"] if c["file"] == "jfk.flac")

    async def body(s: ClientSession) -> object:
        return await s.call_tool("transcribe_audio", {"path": str(shared_audio / "jfk.flac")})

    res = asyncio.run(_with_session(_stdio(tmp_path, [shared_audio]), body))
    assert not res.isError, res.content
    text = res.structuredContent["text"]
    assert res.content[0].text == text
    assert wer(clip["reference"], text) <= 0.10, text


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_http_transport_lists_and_asks(tmp_path: Path) -> None:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, str(REPO / "run_agent.py"), "mcp", "--transport", "http", "--port", str(port),
         "--root", str(tmp_path)],
        env=_env(tmp_path, MMAGENT_AGENT_FACTORY=FACTORY), cwd=tmp_path,
        stdout=subprocess.DEVNULL, stderr=open(tmp_path / "server.log", "w"))
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert proc.poll() is None, (tmp_path / "server.log").read_text()
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)

        async def body() -> tuple:
            async with streamable_http_client(f"http://127.0.0.1:{port}/mcp") as (read, write, _), \
                    ClientSession(read, write) as s:
                await s.initialize()
                names = [t.name for t in (await s.list_tools()).tools]
                res = await s.call_tool("ask", {"request": "hello there"})
                return names, res

        names, res = asyncio.run(body())
        assert "transcribe_audio" in names and "ask" in names
        assert not res.isError and res.structuredContent["answer"]
    finally:
        proc.terminate()
        proc.wait(10)


def test_http_refuses_public_bind_without_key(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, str(REPO / "run_agent.py"), "mcp", "--transport", "http",
                          "--host", "0.0.0.0", "--root", str(tmp_path)],
                         env=_env(tmp_path), cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "MMAGENT_MCP_API_KEY" in out.stderr, out.stderr
