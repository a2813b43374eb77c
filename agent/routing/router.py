"""Turns a request into a validated Plan: fast path -> learned layer -> chooser (LLM names the tools) -> LLM planner (grammar) -> validate/repair."""

from __future__ import annotations

import copy
import json
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from agent.llm import ChatModel
from agent.routing.chooser import Choice, from_tools, tools_schema
from agent.routing.fastpath import fast_path, find_mentions
from agent.routing.learned import SHAPES_TOOLS, Decision, LearnedRouter
from agent.routing.validate import PlanInputs, Problem, _drop_unasked, validate_plan
from agent.schemas import Plan, ToolCall, Turn, history_window
from prompts import render
from tools.errors import MMAgentError
from tools.registry import ToolRegistry

log = logging.getLogger(__name__)
AVAILABILITY_TTL = 30.0  # seconds a tool's availability (models installed) is trusted
CONTENT_TOOLS = ("transcribe_audio", "read_text_in_image", "caption_image")
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
        self._learned: LearnedRouter | None = None
        self._learned_error: str | None = None
        self._available: tuple[float, set[str]] | None = None
        self._regions: dict[tuple[str, int, int], int] = {}  # image version -> text regions (text_regions)
        #: the routing bench sets this to measure routing as if every registered tool could run
        self.assume_available = False

    # -- what can run --------------------------------------------------------------------
    def available(self) -> set[str]:
        """Registered tools whose models and engines are installed (cached for a few seconds)."""
        names = set(self.registry.names())
        if self.assume_available:
            return names
        now = time.monotonic()
        if self._available is None or now - self._available[0] > AVAILABILITY_TTL:
            ok = set()
            for n in names:
                try:
                    if self.registry.get(n).availability().ok:
                        ok.add(n)
                except Exception as exc:  # noqa: BLE001 - a check that cannot run does not hide the tool
                    log.debug("availability check of %s failed: %s", n, exc)
                    ok.add(n)
            self._available = (now, ok)
        return set(self._available[1])

    def unavailable_message(self, tool: str) -> str:
        try:
            av = self.registry.get(tool).availability()
            detail, fix = av.detail, av.fix
        except Exception as exc:  # noqa: BLE001
            detail, fix = str(exc), None
        return f"{tool} cannot run here: {detail or 'not installed'}" + (f" (fix: {fix})" if fix else "")

    # -- the learned layer -----------------------------------------------------------------
    def learned(self) -> LearnedRouter | None:
        """The learned layer, loaded on first use; None (with a logged reason) when it cannot load."""
        if self._learned is None and self._learned_error is None:
            from agent.routing.embed import Embedder

            models = getattr(self.registry, "models", None)
            try:
                lr = LearnedRouter(Embedder(models, threads=1, multilingual=self.settings.router_multilingual), self.settings.cache_dir)
                lr.heads()  # the bank embedded and the classifiers fitted once, both cached on disk
                lr.compose_vote("")
                self._learned = lr
            except (MMAgentError, OSError, ValueError, AttributeError, ImportError) as exc:
                self._learned_error = str(exc)
                log.warning("learned routing layer disabled: %s", exc)
        return self._learned

    def fill_arg(self, tool: str, arg: str, request: str) -> str | None:
        """One short grammar-constrained LLM call for a single string argument the request implies."""
        desc = self.registry.tool_class(tool).args_schema().get("properties", {}).get(arg, {}).get("description", "")
        schema = {"type": "object", "properties": {arg: {"type": "string", "maxLength": 200}},
                  "required": [arg], "additionalProperties": False}
        messages = [
            {"role": "system", "content": render("learned_arg", tool=tool, arg=arg, description=desc)},
            {"role": "user", "content": request},
        ]
        try:
            value = json.loads(self.model.complete(messages, schema=schema, max_tokens=48, temperature=0.0)).get(arg)
        except (ValueError, AttributeError):
            return None
        return value.strip() if isinstance(value, str) and value.strip() else None

    def decide_learned(self, request: str, attachments: list[str], mode: str) -> Decision | None:
        lr = self.learned()
        if lr is None:
            return None
        fill = self.fill_arg if mode == "layered" else None
        probe = self.text_regions if getattr(self.settings, "route_text_probe", False) else None
        return lr.decide(request, attachments, self.available(), fill=fill, text_probe=probe)

    def text_regions(self, path: str) -> int | None:
        """The text regions the OCR tool's detector finds in an image (cached per file version); None when
        the OCR tool cannot run or the file cannot be read (the request's words decide alone)."""
        if "read_text_in_image" not in self.available():
            return None
        try:
            st = Path(path).stat()
            key = (str(Path(path).resolve()), st.st_mtime_ns, st.st_size)
            if key not in self._regions:
                fn = getattr(self.registry.get("read_text_in_image"), "text_regions", None)
                if fn is None:
                    return None
                if len(self._regions) >= 512:
                    self._regions.clear()
                self._regions[key] = fn(path)
            return self._regions[key]
        except (MMAgentError, OSError, ValueError) as exc:  # unreadable, not an image, engine missing
            log.debug("text probe of %s: %s", path, exc)
            return None

    def choose(self, raw: str, request: str, attachments: list[str], compose: str) -> Choice:
        """The plan for the tool names the LLM wrote (``raw``), arguments from the request (chooser.py)."""
        try:
            tools = [str(s["tool"]) for s in json.loads(raw)["steps"]]
        except (ValueError, KeyError, TypeError) as exc:
            return Choice("", [], None, f"unreadable tool list: {exc}")
        # as for the planner's plans: a trailing tool whose intent the request never expressed goes
        # ("translate 'good night'" is not "say it"), and so does a search nobody asked for
        names = set(self.registry.names())
        kept = [c.tool for c in _drop_unasked([ToolCall(tool=t, args={}) for t in tools], self.registry, request, names)]
        if "search_images" in kept and "search_images" not in [c.tool for c in _drop_unasked(
                [ToolCall(tool="search_images", args={})], self.registry, request, names)]:
            kept = []
        c = from_tools(kept, request, attachments, self.available(), compose=compose, fill=self.fill_arg)
        if c.plan is None and kept == ["speak"]:
            # words to say that the user did not write ("say good morning in French"): the answer is
            # composed and spoken, as the validator repairs the planner's unsourced speak text
            c.plan = Plan(steps=[], source="chooser", speak_answer=True,
                          notes=["the words to say are not in the request: the answer is spoken"])
        return c

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
                 on_answer: Callable[[Iterator[str]], None] | None = None,
                 schema: dict[str, Any] | None = None) -> tuple[Plan, str]:
        """One grammar-constrained planner call; returns the parsed plan and the raw text.

        With a model that has ``plan_or_answer`` the call writes either a JSON plan or, for a
        request that needs no tool, the answer itself: its live token stream goes to
        ``on_answer`` (the graph's answer node reads it, so a direct question costs one LLM
        call), or is closed after the deciding token when nobody wants it (``plan`` command).
        """
        turns = [{"role": t.role, "content": t.content[:300]} for t in history_window(history, self.settings.history_turns)]
        user = render("planner_user", request=request, attachments=attachments, history=turns, feedback=feedback)
        messages = [{"role": "system", "content": self.system_prompt()}, {"role": "user", "content": user}]
        schema = schema or self.schema()
        decide = getattr(self.model, "plan_or_answer", None)
        if decide is None:
            raw = self.model.complete(messages, schema=schema, max_tokens=256, temperature=0.0)
        else:
            pieces = decide(messages, schema=schema,
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
            fp = fast_path(request, attachments, history, self.available(), files=self.learned() is None)
            if fp is not None:
                plan, problems = validate_plan(fp, self.registry, inputs, budget)
                if not problems:
                    plan = self._compose(plan, request)
                    return RouteResult(plan, [], "fast_path", time.perf_counter() - t0)
                if any(p.user for p in problems):
                    return self._reject(plan, problems, "fast_path", t0)
            named = find_mentions(request, attachments)
            follow_up = bool(history) and not (named.audio or named.images)
            d = None if follow_up else self.decide_learned(request, attachments, mode)
            if d is not None and d.missing:
                plan = Plan(steps=[], source="learned")
                return self._reject(plan, [Problem(0, self.unavailable_message(d.missing), "tool_unavailable", True)],
                                    "learned", t0)
            if d is not None and d.plan is not None:
                plan, problems = validate_plan(d.plan, self.registry, inputs, budget)
                if not problems:
                    return RouteResult(plan, [], "learned", time.perf_counter() - t0)
                if any(p.user for p in problems):
                    return self._reject(plan, problems, "learned", t0)
            mixed = bool(named.audio) and bool(named.images)  # a recording and a photo: the full planner's plan
            # the chooser builds arguments for the built-in tools only: with a plugin or MCP tool that
            # can run, the full planner (which writes every tool's arguments) decides
            builtin_only = self.available() <= SHAPES_TOOLS
            if mode == "layered" and not follow_up and not mixed and builtin_only \
                    and getattr(self.settings, "chooser", False):
                # the LLM writes the tool names only; the arguments come from the request
                plan, raw = self.llm_plan(request, attachments, history, None, on_answer,
                                          schema=tools_schema(sorted(self.available()), budget))
                if raw is not None and not raw.lstrip().startswith("{"):  # it answered directly
                    return RouteResult(plan.model_copy(update={"source": "chooser"}), [], "chooser",
                                       time.perf_counter() - t0, raw)
                c = self.choose(raw or "", request, attachments, d.compose if d is not None else "llm")
                if c.plan is not None:
                    plan, problems = validate_plan(c.plan, self.registry, inputs, budget)
                    if not problems:
                        return RouteResult(plan, [], "chooser", time.perf_counter() - t0, raw)
                log.debug("chooser handed over to the planner: %s", c.reason or "the plan did not validate")
        if mode == "fast":
            return RouteResult(Plan(steps=[], source="none"), [], "fast_path", time.perf_counter() - t0)
        available = self.available()
        raw = None
        plan = Plan()
        problems: list[Problem] = []
        for attempt in range(2):
            plan, raw = self.llm_plan(request, attachments, history, feedback, on_answer)
            if plan.rejected:
                feedback = plan.rejected
                continue
            plan, problems = validate_plan(plan, self.registry, inputs, budget)
            problems += [Problem(i, self.unavailable_message(c.tool), "tool_unavailable")
                         for i, c in enumerate(plan.steps, start=1) if c.tool not in available]
            if not problems:
                return RouteResult(plan, [], "llm", time.perf_counter() - t0, raw)
            if all(p.kind == "tool_unavailable" for p in problems):
                if attempt > 0:
                    return self._reject(plan, problems, "llm", t0, raw)
                feedback = ("; ".join(p.message for p in problems) + ". Use a tool that can run if one serves "
                            'the request; otherwise answer {"steps": []}')
                continue
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

    def _compose(self, plan: Plan, request: str) -> Plan:
        """A verbatim (template) answer only when the request asks for the content itself."""
        if plan.compose != "template" or not any(c.tool in CONTENT_TOOLS for c in plan.steps) \
                or plan.steps[-1].tool == "speak":
            return plan
        lr = self.learned()
        if lr is None:
            return plan
        return plan.model_copy(update={"compose": lr.compose_vote(request)})

    @staticmethod
    def _reject(plan: Plan, problems: list[Problem], layer: str, t0: float, raw: str | None = None) -> RouteResult:
        first_user = next((p for p in problems if p.user), problems[0])
        rejected = plan.model_copy(
            update={"rejected": "; ".join(p.message for p in problems), "rejected_kind": first_user.kind}
        )
        return RouteResult(rejected, problems, layer, time.perf_counter() - t0, raw)
