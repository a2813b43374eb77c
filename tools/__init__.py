"""mmagent modality tools: the Tool contract, the registry and the built-in tools."""

from tools.base import CancelToken, Tool, ToolContext, ToolError, ToolOutput, media_path

__all__ = ["CancelToken", "Tool", "ToolContext", "ToolError", "ToolOutput", "media_path"]
