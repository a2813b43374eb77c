"""The agent graph: plan -> act -> (observe -> plan)* -> answer [-> speak].

``build_graph(model, registry, settings)`` returns a compiled langgraph StateGraph.  Per-run
things (cancel token, clock, output folder) travel in the langgraph runtime context, and
every node emits typed AgentEvents through the custom stream.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypedDict

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime

from agent.compose import compose_answer, planner_history, quote_answer, replan_feedback
from agent.llm import ChatModel
from agent.result_cache import ResultCache
from agent.routing.router import Router
from agent.runtime import execute
from agent.schemas import AgentEvent, Clock, Plan, ToolCall, ToolResult, Turn
from tools.base import CancelToken, ToolContext
from tools.registry import ToolRegistry

# tool failures the planner can fix by planning again
REPLANNABLE = {"bad_args", "unknown_tool"}


class AgentState(TypedDict, total=False):
    request: str
    attachments: list[str]
    history: list[dict[str, Any]]
    speak: bool
    spoken: bool  # the caller reads the answer aloud itself (voice loop): plain sentences, no speak step
    planner: str | None
    plan: dict[str, Any]
    route_layer: str
    results: list[dict[str, Any]]
    rounds: int
    answer: str
    error: str | None
    error_kind: str | None
    timings: dict[str, float]


@dataclass
class RunContext:
    """Per-run inputs that are not state: one cancel token for the whole turn, the clock."""

    out_dir: Path
    cancel: CancelToken = field(default_factory=CancelToken)
    clock: Clock = field(default_factory=Clock)
    live_answer: Any = None  # a planner call that started the answer (LiveAnswer): the answer node reads it


def _emit(runtime: Runtime[RunContext], type_: str, **data: Any) -> None:
    runtime.stream_writer(AgentEvent(type=type_, t=runtime.context.clock.now(), data=data))  # type: ignore[arg-type]


def _timing(state: AgentState, key: str, seconds: float) -> dict[str, float]:
    t = dict(state.get("timings", {}))
    t[key] = round(t.get(key, 0.0) + seconds, 4)
    return t


def template_answer(results: list[ToolResult], registry: ToolRegistry) -> str:
    """A faithful answer built from the tool outputs themselves (no LLM, no paraphrase)."""
    return quote_answer(results, registry)


def build_graph(model: ChatModel, registry: ToolRegistry, settings: Any, *, checkpointer: Any = None,
                cache: ResultCache | None = None) -> Any:
    """Compile the agent graph with its dependencies passed in (no globals)."""
    router = Router(model, registry, settings)

    def plan_node(state: AgentState, runtime: Runtime[RunContext]) -> dict[str, Any]:
        # plans come from the user's words only: no tool output reaches the planner (issue #12)
        history = planner_history([Turn.model_validate(t) for t in state.get("history", [])])
        rounds = state.get("rounds", 0)
        if rounds == 0:
            # a direct answer in the spoken style needs the chat prompt: only a written one streams
            # from the planner call itself
            written = not (state.get("speak") or state.get("spoken"))
            rr = router.route(state["request"], state.get("attachments", []), history,
                              planner=state.get("planner"),
                              on_answer=(lambda it: setattr(runtime.context, "live_answer", it)) if written else None)
        else:
            failed = [ToolResult.model_validate(r) for r in state.get("results", []) if not r["ok"]]
            rr = router.route(state["request"], state.get("attachments", []), history,
                              feedback=replan_feedback(failed))
        plan = rr.plan
        if state.get("speak") and not plan.rejected:
            plan.speak_answer = True
        _emit(runtime, "plan", plan=plan.public(), layer=rr.layer, seconds=round(rr.seconds, 4),
              rejected=plan.rejected, round=rounds + 1)
        return {"plan": plan.model_dump(), "route_layer": rr.layer, "rounds": rounds + 1,
                "timings": _timing(state, "plan", rr.seconds)}

    def act_node(state: AgentState, runtime: Runtime[RunContext]) -> dict[str, Any]:
        plan = Plan.model_validate(state["plan"])
        done = [ToolResult.model_validate(r) for r in state.get("results", [])]
        ctx = ToolContext(settings, runtime.context.out_dir, runtime.context.cancel, models=registry.models)
        new: list[ToolResult] = []
        spent = 0.0
        for i, call in enumerate(plan.steps, start=1):
            if runtime.context.cancel.cancelled:
                break
            _emit(runtime, "tool_start", step=i, tool=call.tool, args=call.args)
            res = execute(call, i, new, registry, ctx, settings.tool_timeout, cache)
            spent += res.seconds
            new.append(res)
            _emit(runtime, "tool_end", **res.model_dump(mode="json"))
            if not res.ok:
                _emit(runtime, "error", step=i, tool=call.tool, error=res.error, kind=res.error_kind)
        return {"results": [r.model_dump(mode="json") for r in done + new], "timings": _timing(state, "tools", spent)}

    def after_plan(state: AgentState) -> str:
        plan = Plan.model_validate(state["plan"])
        return "act" if plan.steps and not plan.rejected else "answer"

    def after_act(state: AgentState, runtime: Runtime[RunContext]) -> str:
        plan = Plan.model_validate(state["plan"])
        results = state.get("results", [])
        last_round = [r for r in results[-len(plan.steps):]] if plan.steps else []
        fixable = [r for r in last_round if not r["ok"] and r.get("error_kind") in REPLANNABLE]
        if (fixable and not runtime.context.cancel.cancelled and plan.source != "fast_path"
                and state.get("rounds", 1) < settings.max_rounds):
            return "plan"
        return "answer"

    def answer_node(state: AgentState, runtime: Runtime[RunContext]) -> dict[str, Any]:
        plan = Plan.model_validate(state["plan"])
        results = [ToolResult.model_validate(r) for r in state.get("results", [])]
        clock = runtime.context.clock
        t0 = clock.now()
        error = error_kind = None
        live, runtime.context.live_answer = runtime.context.live_answer, None
        if live is not None and (plan.steps or plan.rejected):
            live.close()
            live = None
        if plan.rejected:
            answer = f"I could not do that: {plan.rejected}"
            error, error_kind = plan.rejected, plan.rejected_kind
            _emit(runtime, "token", text=answer)  # streamed like every answer: an HTTP stream or a voice turn says it
        elif not plan.steps or plan.compose == "llm":
            answer = _llm_answer(state, plan, results, runtime, live)
        else:
            answer = template_answer(results, registry)
            _emit(runtime, "token", text=answer)
        if not error and results and all(not r.ok for r in results):
            error = "; ".join(r.error or "" for r in results)
            error_kind = results[0].error_kind
        _emit(runtime, "answer", text=answer, seconds=round(clock.now() - t0, 4))
        return {"answer": answer, "error": error, "error_kind": error_kind,
                "timings": _timing(state, "answer", clock.now() - t0)}

    def _llm_answer(state: AgentState, plan: Plan, results: list[ToolResult], runtime: Runtime[RunContext],
                    live: Any = None) -> str:
        if live is not None:  # the planner call is already writing the answer: one LLM call in all
            return _relay(live, runtime, limit=settings.llm_max_tokens)
        spoken = bool(state.get("speak") or state.get("spoken") or plan.speak_answer)
        return compose_answer(model, registry, settings, request=state["request"],
                              results=results if plan.steps else [], history=state.get("history", []),
                              spoken=spoken, emit=lambda piece: _emit(runtime, "token", text=piece),
                              cancel=runtime.context.cancel)

    def _relay(pieces: Any, runtime: Runtime[RunContext], limit: int | None = None) -> str:
        out: list[str] = []
        try:
            for piece in pieces:
                if runtime.context.cancel.cancelled or (limit is not None and len(out) >= limit):
                    break
                out.append(piece)
                _emit(runtime, "token", text=piece)
        finally:
            close = getattr(pieces, "close", None)
            if close is not None:
                close()
        return "".join(out).strip()

    def after_answer(state: AgentState) -> str:
        plan = Plan.model_validate(state["plan"])
        spoke = any(r["tool"] == "speak" and r["ok"] for r in state.get("results", []))
        if plan.speak_answer and not spoke and state.get("answer") and "speak" in registry:
            return "speak"
        return END

    def speak_node(state: AgentState, runtime: Runtime[RunContext]) -> dict[str, Any]:
        results = [ToolResult.model_validate(r) for r in state.get("results", [])]
        ctx = ToolContext(settings, runtime.context.out_dir, runtime.context.cancel, models=registry.models)
        step = len(results) + 1
        call = ToolCall(tool="speak", args={"text": state["answer"]})
        _emit(runtime, "tool_start", step=step, tool="speak", args=call.args)
        res = execute(call, step, results, registry, ctx, settings.tool_timeout)
        _emit(runtime, "tool_end", **res.model_dump(mode="json"))
        if not res.ok:
            _emit(runtime, "error", step=step, tool="speak", error=res.error, kind=res.error_kind)
        return {"results": [r.model_dump(mode="json") for r in results + [res]],
                "timings": _timing(state, "speak", res.seconds)}

    g = StateGraph(AgentState, context_schema=RunContext)
    g.add_node("plan", plan_node)
    g.add_node("act", act_node)
    g.add_node("answer", answer_node)
    g.add_node("speak", speak_node)
    g.add_edge(START, "plan")
    g.add_conditional_edges("plan", after_plan, ["act", "answer"])
    g.add_conditional_edges("act", after_act, ["plan", "answer"])
    g.add_conditional_edges("answer", after_answer, ["speak", END])
    g.add_edge("speak", END)
    return g.compile(checkpointer=checkpointer)
