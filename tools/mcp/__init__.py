"""MCP (Model Context Protocol) client: tools of configured MCP servers as mmagent tools.

Needs the optional ``mcp`` package (``pip install 'mmagent[mcp]'``, pinned to the 1.x API).
"""

from tools.mcp.config import MCPServerConfig
from tools.mcp.provider import MCPProvider, MCPResult, MCPTool, tool_name

__all__ = ["MCPProvider", "MCPResult", "MCPServerConfig", "MCPTool", "tool_name"]
