"""Tool registry: built-in tools, plugins from the ``mmagent.tools`` entry-point group, and
tools from providers (the MCP servers in ``settings.mcp_servers``, see tools/mcp/).

Plugins are discovered by name without importing them; a plugin is imported the first
time the tool list is needed.  A plugin that fails to import or breaks the Tool contract
is skipped with a one-line warning and never crashes the agent.  A provider is any object with
``tool_classes() -> list[type[Tool]]``, ``warnings`` and ``close()``; its tools are added the
first time the tool list is needed, and ``close_all`` closes it.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Iterable
from importlib.metadata import entry_points
from typing import Any

from tools.base import NAME_RE, ModelResolver, Tool, ToolOutput

log = logging.getLogger("mmagent.registry")

ENTRY_POINT_GROUP = "mmagent.tools"

BUILTINS: dict[str, str] = {
    "transcribe_audio": "tools.stt:TranscribeAudio",
    "speak": "tools.tts:Speak",
    "caption_image": "tools.caption:CaptionImage",
    "search_images": "tools.clip_search:SearchImages",
    "read_text_in_image": "tools.ocr:ReadTextInImage",
}


def contract_problems(cls: Any) -> list[str]:
    """Everything wrong with ``cls`` as a Tool class (empty list when it conforms)."""
    from pydantic import BaseModel

    problems: list[str] = []
    if not (isinstance(cls, type) and issubclass(cls, Tool)):
        return [f"{cls!r} is not a subclass of tools.base.Tool"]
    name = getattr(cls, "name", None)
    if not isinstance(name, str) or not NAME_RE.match(name):
        problems.append(f"name {name!r} is not snake_case")
    desc = getattr(cls, "description", None)
    if not isinstance(desc, str) or not desc.strip() or "\n" in desc.strip():
        problems.append("description must be one non-empty line")
    args = getattr(cls, "Args", None)
    if not (isinstance(args, type) and issubclass(args, BaseModel)):
        problems.append("Args must be a pydantic BaseModel subclass")
    else:
        try:
            schema = args.model_json_schema()
            if schema.get("type") != "object":
                problems.append("Args schema must be an object")
        except Exception as exc:  # noqa: BLE001 - any failure means the schema is unusable
            problems.append(f"Args has no JSON schema: {exc}")
    res = getattr(cls, "Result", None)
    if not (isinstance(res, type) and issubclass(res, ToolOutput)):
        problems.append("Result must subclass tools.base.ToolOutput")
    if getattr(cls, "run", None) is Tool.run:
        problems.append("run() is not implemented")
    return problems


def _import_object(target: str) -> Any:
    module, _, attr = target.partition(":")
    obj = importlib.import_module(module)
    for part in attr.split("."):
        obj = getattr(obj, part)
    return obj


class ToolRegistry:
    """The tools the agent may plan with.  Instances are created (not loaded) on demand."""

    def __init__(
        self,
        settings: Any = None,
        *,
        models: ModelResolver | None = None,
        builtins: dict[str, str] | None = None,
        plugins: bool = True,
        tools: Iterable[Tool | type[Tool]] = (),
        providers: Iterable[Any] | None = None,
    ) -> None:
        """``providers``: tool providers; None builds the MCP provider from ``settings.mcp_servers``."""
        self.settings = settings
        self._models = models
        # servers (HTTP, Wyoming, MCP) plan and run requests on worker threads: resolving the
        # lazy imports and creating instances happens once, under this lock
        self._lock = threading.RLock()
        self._pending: dict[str, tuple[str, Any]] = {}
        for name, target in (BUILTINS if builtins is None else builtins).items():
            self._pending[name] = ("builtin", target)
        if plugins:
            for ep in entry_points(group=ENTRY_POINT_GROUP):
                if ep.name in self._pending:
                    self._warn(f"plugin tool '{ep.name}' ({ep.value}) skipped: name already used")
                    continue
                self._pending[ep.name] = ("plugin", ep)
        self._classes: dict[str, type[Tool]] = {}
        self._instances: dict[str, Tool] = {}
        self.warnings: list[str] = []
        self._providers: list[Any] = list(providers) if providers is not None else []
        self._default_providers = providers is None
        self._providers_pending = True
        for t in tools:
            self.add(t)

    def _make_default_providers(self) -> list[Any]:
        servers = getattr(self.settings, "mcp_servers", None)
        if not servers:
            return []
        from tools.mcp import MCPProvider

        return [MCPProvider(servers, getattr(self.settings, "cache_dir", None))]

    def _resolve_providers(self) -> None:
        self._providers_pending = False
        if self._default_providers:
            try:
                self._providers = self._make_default_providers()
            except Exception as exc:  # noqa: BLE001 - e.g. the mcp package missing: warn, keep going
                msg = exc.one_line() if hasattr(exc, "one_line") else repr(exc)
                self._warn(f"MCP servers skipped: {msg}")
                self._providers = []
        for provider in self._providers:
            try:
                classes = provider.tool_classes()
            except Exception as exc:  # noqa: BLE001 - a broken provider must never crash us
                self._warn(f"tool provider {provider!r} skipped: {exc!r}")
                continue
            for w in getattr(provider, "warnings", []):
                self._warn(w)
            for cls in classes:
                problems = contract_problems(cls)
                if problems:
                    self._warn(f"provided tool '{getattr(cls, 'name', cls)}' skipped: {'; '.join(problems)}")
                elif cls.name in self._classes:
                    self._warn(f"provided tool '{cls.name}' skipped: name already used")
                else:
                    self._classes[cls.name] = cls

    @property
    def providers(self) -> list[Any]:
        return list(self._providers)

    def _warn(self, msg: str) -> None:
        if not hasattr(self, "warnings"):
            self.warnings = []
        self.warnings.append(msg)
        log.warning(msg)

    def add(self, tool: Tool | type[Tool]) -> None:
        """Register a tool class or instance directly (tests, embedding applications)."""
        cls = tool if isinstance(tool, type) else type(tool)
        problems = contract_problems(cls)
        if problems:
            raise TypeError(f"{cls.__name__} does not conform: {'; '.join(problems)}")
        self._pending.pop(cls.name, None)
        self._classes[cls.name] = cls
        if not isinstance(tool, type):
            if not tool.has_models and self._models is not None:
                tool.models = self._models
            self._instances[cls.name] = tool

    @property
    def models(self) -> ModelResolver | None:
        return self._models

    @models.setter
    def models(self, value: ModelResolver | None) -> None:
        """Give every tool (created or still to come) the model store its weights resolve through."""
        self._models = value
        for tool in self._instances.values():
            if not tool.has_models:
                tool.models = value

    def _resolve_all(self) -> None:
        if not self._pending and not self._providers_pending:
            return
        with self._lock:
            self._resolve_locked()

    def _resolve_locked(self) -> None:
        for name in list(self._pending):
            origin, target = self._pending.pop(name)
            try:
                cls = target.load() if origin == "plugin" else _import_object(target)
            except Exception as exc:  # noqa: BLE001 - a broken plugin must never crash us
                where = target.value if origin == "plugin" else target
                self._warn(f"{origin} tool '{name}' ({where}) skipped: import failed: {exc!r}")
                continue
            problems = contract_problems(cls)
            if problems:
                self._warn(f"{origin} tool '{name}' skipped: {'; '.join(problems)}")
                continue
            if cls.name != name and origin == "plugin":
                self._warn(f"plugin entry point '{name}' provides tool '{cls.name}'")
            if cls.name in self._classes:
                self._warn(f"{origin} tool '{cls.name}' skipped: name already used")
                continue
            self._classes[cls.name] = cls
        if self._providers_pending:
            self._resolve_providers()

    # -- queries ----------------------------------------------------------------
    def names(self) -> list[str]:
        self._resolve_all()
        return list(self._classes)

    def __contains__(self, name: str) -> bool:
        return name in self.names()

    def tool_class(self, name: str) -> type[Tool]:
        self._resolve_all()
        return self._classes[name]

    def get(self, name: str) -> Tool:
        """The (unloaded until first run) tool instance for ``name``; KeyError if unknown."""
        tool = self._instances.get(name)
        if tool is not None:
            return tool
        with self._lock:
            if name not in self._instances:
                tool = self.tool_class(name)(self.settings)
                if not tool.has_models and self._models is not None:
                    tool.models = self._models
                self._instances[name] = tool
            return self._instances[name]

    def specs(self) -> list[dict[str, Any]]:
        return [self.tool_class(n).spec() for n in self.names()]

    def close_all(self) -> None:
        for tool in self._instances.values():
            try:
                tool.close()
            except Exception as exc:  # noqa: BLE001
                log.warning("closing %s failed: %r", tool.name, exc)
        for provider in self._providers:
            try:
                provider.close()
            except Exception as exc:  # noqa: BLE001
                log.warning("closing provider %r failed: %r", provider, exc)
