"""The ChatModel protocol and its llama.cpp implementation (GGUF, JSON-schema grammar)."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, Protocol, runtime_checkable

from tools.base import CancelToken
from tools.errors import MissingDependencyError

Message = dict[str, str]


@runtime_checkable
class ChatModel(Protocol):
    """What the router and the answer node need from an LLM."""

    def complete(
        self,
        messages: list[Message],
        *,
        schema: dict[str, Any] | None = None,
        max_tokens: int = 256,
        temperature: float = 0.0,
    ) -> str:
        """Whole reply.  With ``schema`` the output is constrained to JSON matching it."""
        ...

    def stream(
        self,
        messages: list[Message],
        *,
        max_tokens: int = 256,
        temperature: float = 0.2,
        cancel: CancelToken | None = None,
    ) -> Iterator[str]:
        """Reply tokens as they are generated; stops early when ``cancel`` is set."""
        ...


def _bounded_ram_cache(llama_cpp: Any, capacity_bytes: int) -> Any:
    """A llama.cpp RAM prompt cache that counts whole saved states against its capacity.

    ``LlamaRAMCache`` only counts the KV bytes of each state, not the (n_batch x n_vocab)
    float32 logits saved with it (~310 MB for Qwen2.5's 152k vocabulary), so it grew by
    ~0.3 GB per call without bound (measured: past 18 GB over a 100-request eval).
    """

    class BoundedRAMCache(llama_cpp.LlamaRAMCache):  # type: ignore[misc,name-defined]
        @property
        def cache_size(self) -> int:
            return sum(
                s.llama_state_size + s.scores.nbytes + s.input_ids.nbytes for s in self.cache_state.values()
            )

    return BoundedRAMCache(capacity_bytes=capacity_bytes)


class LlamaCppChatModel:
    """A GGUF chat model through llama-cpp-python.

    Plans are grammar-constrained from a JSON schema (compiled once per schema).  A RAM
    prompt cache keeps the KV state of the fixed system prompts, so only the new part of
    each request is evaluated.
    """

    def __init__(self, model_path: str, *, n_ctx: int = 4096, n_threads: int = 2, seed: int = 0) -> None:
        try:
            import llama_cpp
        except ImportError as exc:
            raise MissingDependencyError("llama-cpp-python", "llm", "the local LLM") from exc
        self._llama_cpp = llama_cpp
        self.llm = llama_cpp.Llama(
            model_path=model_path, n_ctx=n_ctx, n_threads=n_threads, n_threads_batch=n_threads,
            n_batch=512, seed=seed, verbose=False,
        )
        self.llm.set_cache(_bounded_ram_cache(llama_cpp, capacity_bytes=3 << 29))
        self._grammars: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._waiting = 0  # real requests queued for the lock (warm-up steps yield to them)
        self._count_lock = threading.Lock()
        self.model_path = model_path

    @contextlib.contextmanager
    def _queued(self) -> Iterator[None]:
        """Hold the model for one request; warm-up steps see it waiting and let it go first."""
        with self._count_lock:
            self._waiting += 1
        try:
            self._lock.acquire()
        finally:
            with self._count_lock:
                self._waiting -= 1
        try:
            yield
        finally:
            self._lock.release()

    def _grammar(self, schema: dict[str, Any]) -> Any:
        key = json.dumps(schema, sort_keys=True)
        if key not in self._grammars:
            self._grammars[key] = self._llama_cpp.LlamaGrammar.from_json_schema(key, verbose=False)
        return self._grammars[key]

    def complete(
        self,
        messages: list[Message],
        *,
        schema: dict[str, Any] | None = None,
        max_tokens: int = 256,
        temperature: float = 0.0,
    ) -> str:
        kwargs: dict[str, Any] = {}
        if schema is not None:
            kwargs["grammar"] = self._grammar(schema)
        with self._queued():
            out = self.llm.create_chat_completion(
                messages=messages, max_tokens=max_tokens, temperature=temperature, **kwargs  # type: ignore[arg-type]
            )
        return str(out["choices"][0]["message"]["content"] or "")  # type: ignore[index]

    WARM_CHUNK = 64  # tokens per warm-up step: a real request waits at most one step

    def _prompt_tokens(self, messages: list[Message]) -> list[int] | None:
        """``messages`` formatted and tokenized as create_chat_completion does (GGUF chat template)."""
        template = self.llm.metadata.get("tokenizer.chat_template")
        if not template:
            return None
        from llama_cpp import llama_chat_format

        model = self.llm._model  # noqa: SLF001 - the token texts llama-cpp-python itself uses
        eos, bos = self.llm.token_eos(), self.llm.token_bos()
        fmt = llama_chat_format.Jinja2ChatFormatter(
            template=template, eos_token=model.token_get_text(eos) if eos != -1 else "",
            bos_token=model.token_get_text(bos) if bos != -1 else "")
        result = fmt(messages=messages)  # type: ignore[arg-type]
        return list(self.llm.tokenize(result.prompt.encode("utf-8"), add_bos=not result.added_special, special=True))

    def warm(self, prompts: list[tuple[list[Message], dict[str, Any] | None]],
             stop: Callable[[], bool] = lambda: False) -> None:
        """Evaluate each prompt into the prompt cache (and compile each schema's grammar).

        The prompt is evaluated ``WARM_CHUNK`` tokens at a time, releasing the model between
        steps: a real request that arrives meanwhile goes first (its own prompt), and ``stop()``
        ends the warm-up within one step (so a process can exit cleanly while it runs).
        """
        from llama_cpp import Llama

        for messages, schema in prompts:
            if stop():
                return
            if schema is not None:
                self._grammar(schema)
            tokens = self._prompt_tokens(messages)
            if tokens is None:  # no chat template to format with: one uninterruptible call
                self.complete(messages, schema=schema, max_tokens=1)
                continue
            while not stop():
                while self._waiting:  # a real request is queued for the model: let it run
                    time.sleep(0.02)
                with self._lock:
                    llm = self.llm
                    # the KV state may have moved on (a real request ran): keep the common prefix
                    n = Llama.longest_token_prefix(llm._input_ids.tolist(), tokens)  # noqa: SLF001
                    if n >= len(tokens):
                        llm.cache[tokens] = llm.save_state()
                        break
                    llm.n_tokens = n
                    llm.eval(tokens[n:n + self.WARM_CHUNK])

    def stream(
        self,
        messages: list[Message],
        *,
        max_tokens: int = 256,
        temperature: float = 0.2,
        cancel: CancelToken | None = None,
    ) -> Iterator[str]:
        with self._queued():
            it = self.llm.create_chat_completion(
                messages=messages, max_tokens=max_tokens, temperature=temperature, stream=True  # type: ignore[arg-type]
            )
            try:
                for chunk in it:
                    if cancel is not None and cancel.cancelled:
                        break
                    piece = chunk["choices"][0]["delta"].get("content")  # type: ignore[index,union-attr]
                    if piece:
                        yield piece
            finally:
                close = getattr(it, "close", None)
                if close:
                    close()


class LazyChatModel:
    """Defers loading the LLM until it is first needed (fast-path runs never load it)."""

    def __init__(self, factory: Callable[[], ChatModel]) -> None:
        self._factory = factory
        self._model: ChatModel | None = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def get(self) -> ChatModel:
        with self._lock:
            if self._model is None:
                self._model = self._factory()
            return self._model

    def complete(self, messages: list[Message], **kw: Any) -> str:
        return self.get().complete(messages, **kw)

    def stream(self, messages: list[Message], **kw: Any) -> Iterator[str]:
        return self.get().stream(messages, **kw)

    def warm(self, prompts: list[tuple[list[Message], dict[str, Any] | None]],
             stop: Callable[[], bool] = lambda: False) -> None:
        """Load the model and warm its prompt cache (when the model supports it)."""
        if stop():
            return
        warm = getattr(self.get(), "warm", None)
        if warm is not None:
            warm(prompts, stop)


def default_model(settings: Any) -> LazyChatModel:
    """The configured GGUF model, resolved offline and loaded lazily."""

    def factory() -> ChatModel:
        from agent.models import ModelStore

        path = ModelStore(settings).require("llm")
        return LlamaCppChatModel(str(path), n_ctx=settings.llm_ctx, n_threads=settings.llm_threads)

    return LazyChatModel(factory)
