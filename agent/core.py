"""The Agent: the Python API over the graph, reused by the CLI, the chat REPL and batch runs.

    from agent import Agent
    agent = Agent(Settings())
    result = agent.run("what is said in jfk.flac?")
    for event in agent.stream("transcribe memo.wav and read it aloud"): ...
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from agent.compose import planner_history
from agent.config import Settings
from agent.graph import RunContext, build_graph
from agent.inputs import check_attachments, check_inputs, check_llm_file
from agent.llm import ChatModel, default_model
from agent.models import ModelStore
from agent.result_cache import ResultCache
from agent.routing.router import Router, RouteResult
from agent.schemas import AgentEvent, Plan, RunResult, ToolResult, Turn, trim_history
from tools.base import CancelToken
from tools.registry import ToolRegistry

__all__ = ["Agent", "check_attachments"]


class Agent:
    """A loaded agent: models load lazily on first use and stay loaded across runs."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        model: ChatModel | None = None,
        registry: ToolRegistry | None = None,
        checkpointer: Any = None,
    ) -> None:
        self.settings = settings or Settings()
        if model is None:
            check_llm_file(self.settings)  # a non-GGUF llm_path fails here, before the graph runs
        self.model = model if model is not None else default_model(self.settings)
        self.registry = registry if registry is not None else ToolRegistry(self.settings)
        if self.registry.models is None:  # tools resolve their weights through the agent's model store
            self.registry.models = ModelStore(self.settings)
        # results of file-reading tools, reused while the file is unchanged (agent/result_cache.py)
        self.results = ResultCache(self.settings.result_cache_size)
        self.graph = build_graph(self.model, self.registry, self.settings, checkpointer=checkpointer,
                                 cache=self.results)
        self.router = Router(self.model, self.registry, self.settings)
        self.history: list[Turn] = []
        self._warmed: set[str] = set()  # system prompts warm_up() has evaluated

    def plan(self, request: str, attachments: list[str] | None = None) -> RouteResult:
        """Plan without running anything."""
        return self.router.route(request, self.check_inputs(request, attachments),
                                 planner_history(self.history))

    def check_inputs(self, request: str, attachments: Any = None) -> list[str]:
        """Everything about a request that can be checked before a model loads (agent/inputs.py);
        returns the checked attachment paths or raises a one-line typed error."""
        return check_inputs(request, attachments, self.settings)

    def stream(
        self,
        request: str,
        attachments: list[str] | None = None,
        *,
        speak: bool = False,
        cancel: CancelToken | None = None,
        remember: bool = False,
        planner: str | None = None,
        spoken: bool = False,
        history: list[Turn] | None = None,
    ) -> Iterator[AgentEvent]:
        """Run one request and yield its events; the last one is ``final`` with a RunResult.

        Bad input (agent/inputs.py) raises a typed error before the first event.

        ``planner`` overrides the routing layers for this run only (see Settings.planner).
        ``spoken``: the caller reads the answer aloud itself (the voice loop), so the answer is
        written for speech (no lists or markdown) without adding a speak step.
        ``history`` replaces the agent's own chat history for this run only (the HTTP server
        takes it from the request's messages, as the OpenAI API does).
        """
        attachments = self.check_inputs(request, attachments)
        ctx = RunContext(out_dir=self.settings.output_dir, cancel=cancel or CancelToken())
        yield AgentEvent(type="start", t=0.0, data={"request": request, "attachments": attachments})
        state: dict[str, Any] = {
            "request": request, "attachments": attachments, "speak": speak, "spoken": spoken, "planner": planner,
            "history": [t.model_dump() for t in (self.history if history is None else history)], "results": [], "rounds": 0, "timings": {},
        }
        final: dict[str, Any] = dict(state)
        for mode, chunk in self.graph.stream(state, context=ctx, stream_mode=["custom", "values"]):
            if mode == "custom":
                yield chunk
            else:
                final = chunk
        result = self._result(request, final, ctx)
        if remember:
            self.remember(request, attachments, result)
        yield AgentEvent(type="final", t=ctx.clock.now(), data=result.model_dump(mode="json"))

    def run(self, request: str, attachments: list[str] | None = None, **kw: Any) -> RunResult:
        """Run one request to completion and return its RunResult."""
        final = None
        for ev in self.stream(request, attachments, **kw):
            final = ev
        assert final is not None and final.type == "final"
        return RunResult.model_validate(final.data)

    def chat(self, request: str, attachments: list[str] | None = None, **kw: Any) -> Iterator[AgentEvent]:
        """Like ``stream`` but the turn is kept in history for follow-ups."""
        return self.stream(request, attachments, remember=True, **kw)

    @staticmethod
    def _result(request: str, state: dict[str, Any], ctx: RunContext) -> RunResult:
        results = [ToolResult.model_validate(r) for r in state.get("results", [])]
        timings = dict(state.get("timings", {}))
        timings["total"] = ctx.clock.now()
        return RunResult(
            request=request,
            answer=state.get("answer", ""),
            plan=Plan.model_validate(state["plan"]) if state.get("plan") else Plan(),
            tool_results=results,
            files=[m for r in results for m in r.media],
            timings=timings,
            error=state.get("error"),
        )

    def remember(self, request: str, attachments: list[str], result: RunResult) -> None:
        """Add a finished run to the chat history (``chat`` does it itself; the voice loop calls it
        for an answer it started speculatively with ``remember=False`` and then kept)."""
        content_results = [r for r in result.tool_results if r.ok and r.tool != "speak"]
        self.history.append(Turn(role="user", content=request, attachments=attachments))
        self.history.append(Turn(
            role="assistant", content=result.answer,
            result_text=content_results[-1].text if content_results else None,
            attachments=[m.path for m in result.files],
        ))
        self.history = trim_history(self.history, self.settings.history_turns)

    def end_of_turn(self, request: str, history: list[Turn] | None = None, *, spoken: bool = True) -> float | None:
        """P(``request``, a transcript so far, is a finished utterance) from the LLM: the probability
        of the end-of-turn token right after it, in the same messages a direct answer to it would get
        (so that answer re-uses the evaluated tokens).  None when the model cannot tell (no chat
        template, or a model without ``end_of_turn`` such as the scripted test model)."""
        from agent.compose import Defences, chat_messages

        fn = getattr(self.model, "end_of_turn", None)
        if fn is None or not request.strip():
            return None
        turns = [t.model_dump() for t in (self.history if history is None else history)]
        d = Defences.parse(getattr(self.settings, "answer_defences", None))
        return fn(chat_messages(request, turns, spoken, self.settings.history_turns, d))

    def warm_up(self, *, spoken: bool = False, planner: bool = True,
                stop: Callable[[], bool] = lambda: False) -> bool:
        """Load the LLM and evaluate its fixed system prompts once: the planner's, chat, answer; with
        ``planner``, also load the learned routing layer (its bank vectors and classifiers are cached).

        llama.cpp keeps each prompt's state in its RAM cache, so the first real request pays
        only for its own tokens instead of the whole system prompt (measured: the first planner
        call of a voice session took 34 s cold).  Each state is also saved under
        ``cache_dir/llm_state`` (agent/llm_state.py): the next process loads it in well under a
        second instead of evaluating it.  The llama.cpp model evaluates in small steps: a
        real request arriving meanwhile goes first, and ``stop()`` ends the warm-up within a step.
        ``planner=False`` skips the long planner prompt when it will not be used (voice turns
        without files).  A no-op for
        models without ``warm`` (the scripted test model) and for prompts already warmed.
        Returns whether anything was warmed.
        """
        warm = getattr(self.model, "warm", None)
        if warm is None:
            return False
        if planner and self.settings.planner != "llm":
            # the learned layer's bank embedded and its classifiers fitted, cached on disk: on a fresh
            # install the first routed request otherwise pays for it (~2 min on a 2-core box)
            self.router.learned()
        from prompts import render

        hello = {"role": "user", "content": "hello"}
        wanted: dict[str, tuple[list[dict[str, str]], dict[str, Any] | None]] = {}
        if planner:  # first: the first LLM request of a command is planned
            wanted["planner"] = ([{"role": "system", "content": self.router.system_prompt()}, hello],
                                 self.router.schema())
        wanted[f"chat-{spoken}"] = ([{"role": "system", "content": render("chat", spoken=spoken)}, hello], None)
        wanted["answer"] = ([{"role": "system", "content": render("answer")}, hello], None)
        todo = [k for k in wanted if k not in self._warmed]
        if not todo:
            return False
        warm([wanted[k] for k in todo], stop)
        if stop():
            return False
        self._warmed.update(todo)
        return True

    def close(self) -> None:
        self.registry.close_all()
