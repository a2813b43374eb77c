"""mmagent modality tools: the Tool contract, the registry and the built-in tools.

This package is the lower layer: it never imports ``agent``.  A plugin needs only this::

    from tools import Tool, ToolContext, ToolOutput, media_path
"""

from tools.base import (
    Availability,
    CancelToken,
    ModelResolver,
    Tool,
    ToolContext,
    ToolError,
    ToolOutput,
    media_path,
)
from tools.errors import (
    ConfigError,
    InputFileError,
    MissingDependencyError,
    MMAgentError,
    ModelNotInstalledError,
    PlanError,
    UsageError,
)
from tools.media import MediaKind, MediaRef

__all__ = [
    "Availability", "CancelToken", "ConfigError", "InputFileError", "MMAgentError", "MediaKind", "MediaRef",
    "MissingDependencyError", "ModelNotInstalledError", "ModelResolver", "PlanError", "Tool", "ToolContext",
    "ToolError", "ToolOutput", "UsageError", "media_path",
]
