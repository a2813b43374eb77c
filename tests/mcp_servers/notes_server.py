"""A real MCP tool server written for the tests (the ``mcp`` 1.x low-level server API).

    python tests/mcp_servers/notes_server.py                      # stdio
    python tests/mcp_servers/notes_server.py --http --port 8765   # streamable HTTP on 127.0.0.1

Two tools: ``find_note(topic)`` (text from a small notebook) and ``count_words(text)``
(structured content).  With ``NOTES_EXTRAS=1`` it also offers ``nap(seconds)`` (writes its pid
to ``$NOTES_PIDFILE`` then sleeps: the tests kill it mid-call), ``draw_dot()`` (returns a PNG)
and ``broken`` (an input schema with a dangling $ref: mmagent must skip it with a warning).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import os
import struct
import zlib

import mcp.types as types
from mcp.server.lowlevel import Server

NOTES = {
    "boat": "The boat club meets on Thursdays at 7 pm at pier 9; bring the blue life jackets.",
    "wifi": "The guest wifi password is heron-42.",
}


def _png() -> bytes:
    raw = b"\x00\xff\x00\x00"  # one red pixel
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def build() -> Server:
    server = Server("notes")
    extras = os.environ.get("NOTES_EXTRAS") == "1"

    @server.list_tools()
    async def list_tools() -> list[types.Tool]:
        tools = [
            types.Tool(name="find_note", description="Look up the user's personal note about a topic.",
                       inputSchema={"type": "object", "properties": {
                           "topic": {"$ref": "#/$defs/Topic"}}, "required": ["topic"],
                           "$defs": {"Topic": {"type": "string", "description": "what the note is about"}}}),
            types.Tool(name="count_words", description="Count the words in a text.",
                       inputSchema={"type": "object", "properties": {"text": {"type": "string"}},
                                    "required": ["text"]}),
        ]
        if extras:
            tools += [
                types.Tool(name="nap", description="Sleep for a while.", inputSchema={
                    "type": "object", "properties": {"seconds": {"type": "number", "minimum": 0}},
                    "required": ["seconds"]}),
                types.Tool(name="draw_dot", description="Draw a one-pixel image.",
                           inputSchema={"type": "object", "properties": {}}),
                types.Tool(name="broken", description="A tool with a malformed schema.", inputSchema={
                    "type": "object", "properties": {"x": {"$ref": "#/$defs/Missing"}}, "required": ["x"]}),
            ]
        return tools

    @server.call_tool(validate_input=False)
    async def call_tool(name: str, arguments: dict) -> list[types.ContentBlock] | dict:
        if name == "find_note":
            topic = str(arguments["topic"]).lower()
            note = next((v for k, v in NOTES.items() if k in topic), None)
            if note is None:
                raise ValueError(f"no note about {topic!r}")
            return [types.TextContent(type="text", text=note)]
        if name == "count_words":
            return {"words": len(str(arguments["text"]).split())}
        if name == "nap":
            pidfile = os.environ.get("NOTES_PIDFILE")
            if pidfile:
                with open(pidfile, "w") as f:
                    f.write(str(os.getpid()))
            await asyncio.sleep(float(arguments["seconds"]))
            return [types.TextContent(type="text", text=f"slept {arguments['seconds']} s (pid {os.getpid()})")]
        if name == "draw_dot":
            return [types.ImageContent(type="image", data=base64.b64encode(_png()).decode(), mimeType="image/png"),
                    types.TextContent(type="text", text="a red dot")]
        raise ValueError(f"unknown tool {name}")

    return server


async def serve_stdio(server: Server) -> None:
    from mcp.server.stdio import stdio_server

    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


def serve_http(server: Server, port: int) -> None:
    import uvicorn
    from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
    from starlette.applications import Starlette
    from starlette.routing import Route

    manager = StreamableHTTPSessionManager(app=server, stateless=True)

    class Endpoint:
        async def __call__(self, scope, receive, send) -> None:
            await manager.handle_request(scope, receive, send)

    app = Starlette(routes=[Route("/mcp", endpoint=Endpoint())], lifespan=lambda _app: manager.run())
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--http", action="store_true")
    ap.add_argument("--port", type=int, default=8765)
    a = ap.parse_args()
    server = build()
    if a.http:
        serve_http(server, a.port)
    else:
        asyncio.run(serve_stdio(server))


if __name__ == "__main__":
    main()
