"""Executes one ToolCall: resolve chained args, validate, load, run with a timeout.

Every failure becomes a ToolResult with ``ok=False`` and a stable ``error_kind``; the
run never dies because one tool failed.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from pydantic import ValidationError

from agent.result_cache import ResultCache
from agent.schemas import REF_RE, ToolCall, ToolResult
from tools.base import ToolContext, ToolError
from tools.errors import InputFileError, MissingDependencyError, MMAgentError, ModelNotInstalledError
from tools.registry import ToolRegistry

TEXT_LIMIT = 4000  # characters of a tool's text summary the LLM sees


def resolve_refs(args: dict[str, Any], previous: list[ToolResult]) -> dict[str, Any]:
    """Replace ``$N`` / ``$N.field`` in string args with step N's output."""

    def lookup(n: int, fld: str) -> Any:
        if not 1 <= n <= len(previous):
            raise ToolError(f"'${n}' refers to a step that has not run", kind="bad_args")
        r = previous[n - 1]
        if not r.ok:
            raise ToolError(f"step {n} ({r.tool}) failed, so '${n}.{fld}' has no value", kind="upstream_failed")
        return r.text if fld == "text" else r.data.get(fld, "")

    out: dict[str, Any] = {}
    for key, value in args.items():
        if isinstance(value, str) and REF_RE.search(value):
            whole = REF_RE.fullmatch(value.strip())
            if whole:
                out[key] = lookup(int(whole.group(1)), whole.group(2) or "text")
            else:
                out[key] = REF_RE.sub(lambda m: str(lookup(int(m.group(1)), m.group(2) or "text")), value)
        else:
            out[key] = value
    return out


def _error_kind(exc: BaseException) -> str:
    if isinstance(exc, ToolError):
        return exc.kind
    if isinstance(exc, InputFileError):
        return "bad_input"
    if isinstance(exc, ModelNotInstalledError):
        return "model_missing"
    if isinstance(exc, MissingDependencyError):
        return "missing_dependency"
    if isinstance(exc, ValidationError):
        return "bad_args"
    return "crash"


def _message(exc: BaseException) -> str:
    if isinstance(exc, MMAgentError):
        return exc.one_line()
    if isinstance(exc, ValidationError):
        return "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
    if isinstance(exc, ToolError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def execute(
    call: ToolCall, step: int, previous: list[ToolResult], registry: ToolRegistry, ctx: ToolContext,
    timeout: float, cache: ResultCache | None = None,
) -> ToolResult:
    """Run one planned call and always return a ToolResult (errors included).

    With a ``cache``, a tool that declares itself ``cacheable`` is not run again on the same
    arguments and unchanged input files (``result.data["cached"]`` says so).
    """
    t0 = time.perf_counter()
    result = ToolResult(step=step, tool=call.tool, args=dict(call.args))
    if call.tool not in registry:
        result.ok = False
        result.error = f"unknown tool '{call.tool}'"
        result.error_kind = "unknown_tool"
        return result
    try:
        args = resolve_refs(call.args, previous)
        result.args = args
        tool = registry.get(call.tool)
        if not tool.has_models and ctx.models is not None:
            tool.models = ctx.models
        parsed = tool.Args.model_validate(args)
        key = cache.key(tool, parsed) if cache is not None and tool.cacheable else None
        hit = cache.get(key) if key is not None else None
        if hit is not None:
            result.ok = True
            result.text, result.data, result.media = hit
            result.data["cached"] = True
            result.seconds = round(time.perf_counter() - t0, 4)
            return result
        box: dict[str, Any] = {}

        def work() -> None:
            try:
                tool.ensure_loaded()
                box["out"] = tool.run(parsed, ctx)
            except BaseException as exc:  # noqa: BLE001 - reported as a ToolResult
                box["exc"] = exc

        worker = threading.Thread(target=work, name=f"tool-{call.tool}", daemon=True)
        worker.start()
        worker.join(timeout)
        if worker.is_alive():
            ctx.cancel.cancel()
            raise ToolError(f"{call.tool} did not finish within {timeout:g} s", kind="timeout",
                            fix="raise MMAGENT_TOOL_TIMEOUT or use a shorter input")
        if "exc" in box:
            raise box["exc"]
        out = box["out"]
        result.ok = True
        result.text = out.text[:TEXT_LIMIT]
        result.data = out.model_dump(mode="json", exclude={"text", "media"})
        result.media = list(out.media)
        if key is not None:
            cache.put(key, result.text, result.data, result.media)
    except Exception as exc:  # noqa: BLE001 - any tool failure becomes an observation
        result.ok = False
        result.error = _message(exc)
        result.error_kind = _error_kind(exc)
    result.seconds = round(time.perf_counter() - t0, 4)
    return result
