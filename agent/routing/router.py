"""Turns a request into a validated Plan: fast path -> LLM planner (grammar) -> validate/repair."""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from agent.llm import ChatModel
from agent.routing.fastpath import fast_path
from agent.routing.validate import PlanInputs, Problem, validate_plan
from agent.schemas import Plan, Turn
from prompts import render
from tools.registry import ToolRegistry

_DROP_KEYS = {"title", "description", "x-media", "default", "examples"}


def _inline(schema: Any, defs: dict[str, Any]) -> Any:
    """Inline ``$ref``s and drop keys the grammar does not need."""
    if isinstance(schema, dict):
        if "$ref" in schema:
            return _inline(defs[schema["$ref"].split("/")[-1]], defs)
        return {k: _inline(v, defs) for k, v in schema.items() if k not in _DROP_KEYS and k != "$defs"}
    if isinstance(schema, list):
        return [_inline(v, defs) for v in schema]
    return schema


def grammar_schema(args_schema: dict[str, Any]) -> dict[str, Any]:
    s = copy.deepcopy(args_schema)
    out = _inline(s, s.get("$defs", {}))
    out["additionalProperties"] = False
    return out


def plan_schema(registry: ToolRegistry, max_steps: int) -> dict[str, Any]:
    """The JSON schema the planner's output is constrained to, derived from every tool's Args."""
    variants = [
        {
            "type": "object",
            "properties": {"tool": {"const": name}, "args": grammar_schema(registry.tool_class(name).args_schema())},
            "required": ["tool", "args"],
            "additionalProperties": False,
        }
        for name in registry.names()
    ]
    return {
        "type": "object",
        "properties": {"steps": {"type": "array", "items": {"anyOf": variants}, "maxItems": max_steps}},
        "required": ["steps"],
        "additionalProperties": False,
    }


def _describe_args(schema: dict[str, Any]) -> str:
    req = set(schema.get("required", []))
    parts = []
    for name, prop in schema.get("properties", {}).items():
        types = [p.get("type", "any") for p in prop.get("anyOf", [prop])]
        if "enum" in prop:
            types = ["|".join(map(str, prop["enum"]))]
        typ = " or ".join(t for t in types if t != "null")
        opt = "" if name in req else ", optional"
        desc = prop.get("description", "")
        parts.append(f"{name} ({typ}{opt}){': ' + desc if desc else ''}")
    return "; ".join(parts) or "none"


class LiveAnswer:
    """The rest of a planner call that turned out to be the answer: iterate it, then ``close()``.

    Until it is read to the end or closed it holds the model (the call is still running).
    """

    def __init__(self, first: str, rest: Iterator[str]) -> None:
        self._first: str | None = first
        self._rest = rest

    def __iter__(self) -> LiveAnswer:
        return self

    def __next__(self) -> str:
        if self._first is not None:
            first, self._first = self._first, None
            return first
        return next(self._rest)

    def close(self) -> None:
        self._first = None
        close = getattr(self._rest, "close", None)
        if close is not None:
            close()


@dataclass
class RouteResult:
    plan: Plan
    problems: list[Problem]
    layer: str
    seconds: float
    raw: str | None = None


class Router:
    """Layered router.  ``model`` is only touched when the fast path does not decide."""

    def __init__(self, model: ChatModel, registry: ToolRegistry, settings: Any) -> None:
        self.model = model
        self.registry = registry
        self.settings = settings
        self._system: str | None = None
        self._schema: dict[str, Any] | None = None

    def system_prompt(self) -> str:
        if self._system is None:
            tools = [
                {"name": n, "description": self.registry.tool_class(n).description,
                 "args": _describe_args(self.registry.tool_class(n).args_schema())}
                for n in self.registry.names()
            ]
            self._system = render("planner", tools=tools)
        return self._system

    def schema(self) -> dict[str, Any]:
        if self._schema is None:
            self._schema = plan_schema(self.registry, self.settings.step_budget)
        return self._schema

    def _inputs(self, request: str, attachments: list[str], history: list[Turn]) -> PlanInputs:
        hist_paths = [a for t in history for a in t.attachments]
        return PlanInputs(request, list(attachments), hist_paths, list(self.settings.allowed_roots))

    def llm_plan(self, request: str, attachments: list[str], history: list[Turn], feedback: str | None = None,
                 on_answer: Callable[[Iterator[str]], None] | None = None) -> tuple[Plan, str]:
        """One grammar-constrained planner call; returns the parsed plan and the raw text.

        With a model that has ``plan_or_answer`` the call writes either a JSON plan or, for a
        request that needs no tool, the answer itself: its live token stream goes to
        ``on_answer`` (the graph's answer node reads it, so a direct question costs one LLM
        call), or is closed after the deciding token when nobody wants it (``plan`` command).
        """
        turns = [{"role": t.role, "content": t.content[:300]} for t in history[-self.settings.history_turns:]]
        user = render("planner_user", request=request, attachments=attachments, history=turns, feedback=feedback)
        messages = [{"role": "system", "content": self.system_prompt()}, {"role": "user", "content": user}]
        decide = getattr(self.model, "plan_or_answer", None)
        if decide is None:
            raw = self.model.complete(messages, schema=self.schema(), max_tokens=256, temperature=0.0)
        else:
            pieces = decide(messages, schema=self.schema(),
                            max_tokens=max(256, self.settings.llm_max_tokens), temperature=0.0)
            first = next(pieces, "")
            if not first.lstrip().startswith("{"):
                if on_answer is not None:
                    on_answer(LiveAnswer(first, pieces))
                else:
                    LiveAnswer(first, pieces).close()
                return Plan(steps=[], source="llm", notes=["answered directly by the planner call"]), first
            raw = first + "".join(pieces)
        try:
            plan = Plan.model_validate({**json.loads(raw), "source": "llm"})
        except (ValueError, ValidationError) as exc:
            plan = Plan(steps=[], source="llm", rejected=f"the planner returned invalid JSON: {exc}", rejected_kind="bad_plan")
        return plan, raw

    def route(
        self, request: str, attachments: list[str] | None = None, history: list[Turn] | None = None,
        feedback: str | None = None,
        planner: str | None = None,
        on_answer: Callable[[Iterator[str]], None] | None = None,
    ) -> RouteResult:
        """Plan ``request``: fast path first, then the LLM with up to one repair round.

        ``feedback`` (errors from a previous round) skips the fast path and goes to the LLM.
        ``planner`` overrides ``settings.planner`` for this call ("layered", "llm", "fast").
        """
        mode = planner or self.settings.planner
        attachments = list(attachments or [])
        history = list(history or [])
        t0 = time.perf_counter()
        inputs = self._inputs(request, attachments, history)
        budget = self.settings.step_budget
        if feedback is None and mode in ("layered", "fast"):
            fp = fast_path(request, attachments, history, set(self.registry.names()))
            if fp is not None:
                plan, problems = validate_plan(fp, self.registry, inputs, budget)
                if not problems:
                    return RouteResult(plan, [], "fast_path", time.perf_counter() - t0)
                if any(p.user for p in problems):
                    return self._reject(plan, problems, "fast_path", t0)
        if mode == "fast":
            return RouteResult(Plan(steps=[], source="none"), [], "fast_path", time.perf_counter() - t0)
        raw = None
        plan = Plan()
        problems: list[Problem] = []
        for attempt in range(2):
            plan, raw = self.llm_plan(request, attachments, history, feedback, on_answer)
            if plan.rejected:
                feedback = plan.rejected
                continue
            plan, problems = validate_plan(plan, self.registry, inputs, budget)
            if not problems:
                return RouteResult(plan, [], "llm", time.perf_counter() - t0, raw)
            if any(p.user for p in problems):
                only_missing = all(p.kind in ("missing_file", "unmentioned_path") for p in problems)
                if only_missing and attempt > 0:
                    # the LLM layer (not the fast path) insists on a file that does not exist:
                    # the request is about files, not one to open ("how do I convert x.wav?")
                    missing = ", ".join(p.message for p in problems)
                    direct = Plan(steps=[], source="llm", notes=[f"answered without tools: {missing}"])
                    return RouteResult(direct, [], "llm", time.perf_counter() - t0, raw)
                if attempt > 0 or not only_missing:
                    break
                # a question *about* a file that does not exist ("how do I convert x.wav?")
                # usually needs no tool: let the planner reconsider once
                feedback = ("; ".join(p.message for p in problems)
                            + '. If the request does not need the content of that file, answer {"steps": []}')
                continue
            feedback = "; ".join(p.message for p in problems)
            if attempt > 0 and all(p.kind == "unmentioned_path" for p in problems) and not inputs.known_paths():
                # twice a path the user never gave: the request names no file to open
                direct = Plan(steps=[], source="llm", notes=[f"answered without tools: {feedback}"])
                return RouteResult(direct, [], "llm", time.perf_counter() - t0, raw)
        if plan.rejected and not problems:
            return RouteResult(plan, [], "llm", time.perf_counter() - t0, raw)
        return self._reject(plan, problems, "llm", t0, raw)

    @staticmethod
    def _reject(plan: Plan, problems: list[Problem], layer: str, t0: float, raw: str | None = None) -> RouteResult:
        first_user = next((p for p in problems if p.user), problems[0])
        rejected = plan.model_copy(
            update={"rejected": "; ".join(p.message for p in problems), "rejected_kind": first_user.kind}
        )
        return RouteResult(rejected, problems, layer, time.perf_counter() - t0, raw)
