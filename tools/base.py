"""The Tool contract.

A tool is a small class with a ``name``, a one-line ``description`` the LLM reads, one
pydantic ``Args`` model (its JSON schema is what the planner is constrained to) and one
``Result`` model (a ``text`` summary the LLM reads plus typed fields).  ``load()`` is lazy
and idempotent and holds the heavy imports; ``run(args, ctx)`` does the work.

Example::

    class Shout(Tool):
        name = "shout"
        description = "Upper-case a piece of text."

        class Args(BaseModel):
            text: str

        class Result(ToolOutput):
            pass

        def run(self, args, ctx):
            return self.Result(text=args.text.upper())
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Protocol, runtime_checkable

from pydantic import BaseModel, Field

from tools.media import MediaKind, MediaRef

NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")


@runtime_checkable
class ModelResolver(Protocol):
    """Where a tool's weights come from.  The agent passes its model store in (``agent.models``);
    tools never import it.  ``resolve`` returns an object with ``path`` (None when missing),
    ``source``, ``fix`` and ``spec`` (``title``, ``setting``); ``require`` returns the path or
    raises ``ModelNotInstalledError`` with the fix."""

    def resolve(self, name: str, *, verify: bool = False, prepare: bool = True) -> Any: ...

    def require(self, name: str) -> Path: ...


def media_path(kind: MediaKind, description: str) -> Any:
    """A pydantic Field for an argument that is a path to an input file of ``kind``.

    The planner validator checks such paths: they must exist, be inside the allowed
    roots and have been mentioned by the user (or produced by an earlier step).
    """
    return Field(description=description, json_schema_extra={"x-media": kind})


class ToolOutput(BaseModel):
    """Base of every tool's Result: ``text`` is what the LLM reads; ``media`` what it produced."""

    text: str
    media: list[MediaRef] = Field(default_factory=list)


class ToolError(Exception):
    """An error the LLM (or user) can act on; it becomes an observation, not a crash.

    ``kind`` is a stable machine-readable code (``missing_file``, ``bad_input``,
    ``model_missing``, ``timeout``, ...); never parse the message.
    """

    def __init__(self, message: str, kind: str = "tool_error", fix: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind
        self.fix = fix

    def __str__(self) -> str:
        return f"{self.message} (fix: {self.fix})" if self.fix else self.message


HOLD_MAX_S = 1.0  # the longest a producer waits at one step while its CancelToken is held


class CancelToken:
    """One cancel flag shared by everything in a turn (LLM generation, tools, playback)."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._released = threading.Event()
        self._released.set()

    def cancel(self) -> None:
        self._event.set()

    def hold(self) -> None:
        """Ask producers that pace themselves (the LLM between tokens) to wait: the voice loop holds the
        LLM while it synthesizes its first chunk, the two would otherwise share the same cores."""
        self._released.clear()

    def release(self) -> None:
        self._released.set()

    def wait_released(self, timeout: float = HOLD_MAX_S) -> None:
        """(A producer between units of work.)  Wait while held, at most ``timeout`` seconds."""
        if not self._released.is_set():
            self._released.wait(timeout)

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise ToolError("cancelled", kind="cancelled")


@dataclass
class ToolContext:
    """What a tool gets besides its args: settings, where to write, the cancel token and the
    model store its weights resolve through (``ctx.models.resolve("stt")``)."""

    settings: Any
    out_dir: Path
    cancel: CancelToken = field(default_factory=CancelToken)
    models: ModelResolver | None = None

    def new_output_path(self, stem: str, suffix: str) -> Path:
        """A fresh, non-clobbering file path in the output directory."""
        self.out_dir.mkdir(parents=True, exist_ok=True)
        i = 1
        while True:
            p = self.out_dir / f"{stem}_{i}{suffix}"
            try:  # reserve the name atomically: parallel batch workers share out_dir
                p.touch(exist_ok=False)
                return p
            except FileExistsError:
                i += 1


@dataclass
class Availability:
    """Whether a tool can run now, and if not, how to fix it."""

    ok: bool
    detail: str = ""
    fix: str | None = None


class Tool:
    """Base class for modality tools.  Subclasses set name, description, Args, Result."""

    name: ClassVar[str]
    description: ClassVar[str]
    Args: ClassVar[type[BaseModel]]
    Result: ClassVar[type[ToolOutput]] = ToolOutput
    #: Optional regex: words that show the user asked for this tool.  When set, a step the
    #: LLM planned for this tool is dropped if the request (or the CLI flag) never asked
    #: for it, e.g. ``speak`` without "say"/"aloud": small models over-use such tools.
    intent: ClassVar[str | None] = None
    #: String args whose value must be words the user typed (or an earlier step's output,
    #: ``$1.text``), never text the planner wrote: e.g. the text ``speak`` says.  The router
    #: copies them from the request (agent/routing/verbatim.py, security issue #12).
    verbatim_args: ClassVar[tuple[str, ...]] = ()
    #: True when ``run`` is a pure function of its arguments and input files (no side
    #: effects, same output for the same bytes): the agent may reuse a result while the
    #: files are unchanged instead of running the model again.
    cacheable: ClassVar[bool] = False

    def __init__(self, settings: Any = None, models: ModelResolver | None = None) -> None:
        self.settings = settings
        self._models = models
        self._loaded = False
        self._load_lock = threading.Lock()

    # -- model weights -----------------------------------------------------------
    @property
    def models(self) -> ModelResolver:
        """The model store passed in by the agent (registry, constructor or ``ToolContext``)."""
        if self._models is None:
            raise ToolError(
                f"tool '{self.name}' was given no model store",
                kind="model_missing",
                fix="create tools through ToolRegistry(settings, models=...) or pass models= to the tool",
            )
        return self._models

    @models.setter
    def models(self, value: ModelResolver | None) -> None:
        self._models = value

    @property
    def has_models(self) -> bool:
        return self._models is not None

    # -- lifecycle -------------------------------------------------------------
    def load(self) -> None:
        """Load models / heavy imports.  Idempotent; call ``ensure_loaded`` instead."""

    def ensure_loaded(self) -> None:
        with self._load_lock:
            if not self._loaded:
                self.load()
                self._loaded = True

    @property
    def loaded(self) -> bool:
        return self._loaded

    def close(self) -> None:
        """Release models.  The tool can be loaded again afterwards."""
        self._loaded = False

    def availability(self) -> Availability:
        """Cheap check (no model loading) of whether the tool's models are installed."""
        return Availability(True)

    # -- work ------------------------------------------------------------------
    def run(self, args: BaseModel, ctx: ToolContext) -> ToolOutput:
        raise NotImplementedError

    # -- schema ----------------------------------------------------------------
    @classmethod
    def args_schema(cls) -> dict[str, Any]:
        """JSON schema of Args: what the planner grammar is built from."""
        return cls.Args.model_json_schema()

    @classmethod
    def media_args(cls) -> dict[str, str]:
        """Names of Args fields that are input-file paths, mapped to their media kind."""
        out: dict[str, str] = {}
        for fname, f in cls.Args.model_fields.items():
            extra = f.json_schema_extra
            if isinstance(extra, dict) and "x-media" in extra:
                out[fname] = str(extra["x-media"])
        return out

    @classmethod
    def result_fields(cls) -> set[str]:
        return set(cls.Result.model_fields)

    @classmethod
    def repair_args(cls, args: dict[str, Any], settings: Any, request: str = "") -> dict[str, Any]:
        """Fix planned args before validation (e.g. drop an invented optional value)."""
        return args

    @classmethod
    def summarize(cls, result: Any) -> str:
        """The sentence a template answer uses for a successful ``result`` (a ToolResult)."""
        return str(result.text)

    @classmethod
    def spec(cls) -> dict[str, Any]:
        return {"name": cls.name, "description": cls.description, "args": cls.args_schema()}
