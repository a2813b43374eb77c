"""Configuration of one MCP tool server (``[mcp_servers.<name>]`` in config.toml).

    [mcp_servers.notes]
    command = "python"
    args = ["notes_server.py"]
    env = { NOTES_DIR = "~/notes" }
    blocked_tools = ["delete_*"]

    [mcp_servers.web]
    url = "http://127.0.0.1:9000/mcp"
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import re
from pathlib import Path

from pydantic import BaseModel, Field, model_validator

SERVER_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")


class MCPServerConfig(BaseModel):
    """One server: ``command`` (+ ``args``, ``env``, ``cwd``) for stdio, or ``url`` for streamable HTTP."""

    model_config = {"extra": "forbid"}

    command: str | None = Field(default=None, description="program to start (stdio transport)")
    args: list[str] = Field(default_factory=list, description="its command-line arguments")
    env: dict[str, str] = Field(default_factory=dict, description="extra environment variables for it")
    cwd: Path | None = Field(default=None, description="its working directory")
    url: str | None = Field(default=None, description="streamable HTTP endpoint, e.g. http://127.0.0.1:9000/mcp")
    headers: dict[str, str] = Field(default_factory=dict, description="HTTP headers (e.g. Authorization)")
    allowed_tools: list[str] = Field(default_factory=lambda: ["*"], description="wildcards of tools to offer")
    blocked_tools: list[str] = Field(default_factory=list, description="wildcards of tools never offered")
    timeout: float = Field(default=60.0, gt=0, description="seconds one tool call may take")
    startup_timeout: float = Field(default=20.0, gt=0, description="seconds to start and initialise the server")

    @model_validator(mode="after")
    def _one_transport(self) -> MCPServerConfig:
        if bool(self.command) == bool(self.url):
            raise ValueError("set exactly one of 'command' (stdio) or 'url' (streamable HTTP)")
        return self

    @property
    def transport(self) -> str:
        return "http" if self.url else "stdio"

    def wants(self, tool: str) -> bool:
        """Whether the server's tool ``tool`` passes allowed_tools / blocked_tools."""
        allowed = any(fnmatch.fnmatchcase(tool, pat) for pat in self.allowed_tools)
        return allowed and not any(fnmatch.fnmatchcase(tool, pat) for pat in self.blocked_tools)

    def fingerprint(self) -> str:
        """Identifies the server's launch configuration (the tool-list cache key)."""
        keep = self.model_dump(mode="json", include={"command", "args", "env", "cwd", "url"})
        return hashlib.sha256(json.dumps(keep, sort_keys=True).encode()).hexdigest()[:16]


def check_server_name(name: str) -> str | None:
    """A problem with ``name`` as an MCP server name (it prefixes tool names), or None."""
    if not SERVER_NAME_RE.match(name):
        return f"MCP server name {name!r} must be snake_case (a-z, 0-9, _), it prefixes its tool names"
    return None
