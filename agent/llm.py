"""The ChatModel protocol and its llama.cpp implementation (GGUF, JSON-schema grammar)."""

from __future__ import annotations

import contextlib
import ctypes
import functools
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, Protocol, runtime_checkable

from agent.llm_state import KVStateStore, StateKey
from tools.base import CancelToken
from tools.errors import MissingDependencyError, ModelNotInstalledError

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


class _NoRedirect:
    """Stands in for llama-cpp-python's ``suppress_stdout_stderr`` (same signature)."""

    def __init__(self, disable: bool = True) -> None:
        self.disable = disable

    def __enter__(self) -> _NoRedirect:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


@functools.cache
def quiet_llama_cpp() -> Any:
    """Keep llama.cpp quiet without touching the process's output (once per process).

    llama-cpp-python (verbose off) hides llama.cpp's chatter while loading by pointing file descriptors 1
    and 2 at /dev/null (``suppress_stdout_stderr``).  Those belong to the whole process: a model loading
    in a background thread (``run``, ``chat``, the voice loop and the servers load it beside other work)
    swallowed what the main thread printed meanwhile (``run --json`` lost its ``plan`` event).  Instead
    llama.cpp's log lines go to the ``mmagent.llama_cpp`` logger at DEBUG (shown with ``--debug``), and the
    redirection is a no-op; a model that cannot load still raises with its message.  Returns the
    installed callback (kept alive by the cache)."""
    import llama_cpp
    import llama_cpp._internals
    import llama_cpp.llama

    log = logging.getLogger("mmagent.llama_cpp")

    @llama_cpp.llama_log_callback
    def to_logging(level: int, text: bytes, user_data: Any) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s", text.decode("utf-8", "replace").rstrip())

    llama_cpp.llama_log_set(to_logging, ctypes.c_void_p(0))
    for module in (llama_cpp.llama, llama_cpp._internals):  # noqa: SLF001 - where Llama's loaders look it up
        module.suppress_stdout_stderr = _NoRedirect  # type: ignore[attr-defined]
    return to_logging


class LlamaCppChatModel:
    """A GGUF chat model through llama-cpp-python.

    Plans are grammar-constrained from a JSON schema (compiled once per schema).  The KV
    state of each fixed system prompt is kept in RAM (``prompt_states``) and on disk
    (agent/llm_state.py), so only the new part of each request is evaluated.

    No llama-cpp-python prompt cache: it saves the whole state after every call, including
    an (n_batch x n_vocab) float32 logits copy (~310 MB for Qwen2.5), which cost seconds per
    answer on a busy box and grew memory (once past 18 GB over a 100-request eval).
    """

    def __init__(self, model_path: str, *, n_ctx: int = 4096, n_threads: int = 2, seed: int = 0,
                 state_store: KVStateStore | None = None, model_sha256: str | None = None,
                 prompt_lookup: int = 0) -> None:
        try:
            import llama_cpp
        except ImportError as exc:
            raise MissingDependencyError("llama-cpp-python", "llm", "the local LLM") from exc
        self._llama_cpp = llama_cpp
        quiet_llama_cpp()
        draft = None
        if prompt_lookup > 0:  # speculative drafts copied from the prompt (paths, quoted words)
            from llama_cpp.llama_speculative import LlamaPromptLookupDecoding

            draft = LlamaPromptLookupDecoding(num_pred_tokens=prompt_lookup)
        try:
            self.llm = llama_cpp.Llama(
                model_path=model_path, n_ctx=n_ctx, n_threads=n_threads, n_threads_batch=n_threads,
                n_batch=512, seed=seed, verbose=False, draft_model=draft,
            )
        except ValueError as exc:  # llama.cpp could not read the file: not a GGUF model, or corrupt
            raise ModelNotInstalledError(
                f"{model_path}: the LLM could not be loaded (not a GGUF model llama.cpp can read, or corrupt)",
                "set MMAGENT_LLM_PATH to a GGUF file, or unset it to use the packaged model "
                "(run_agent.py models lists and checks it)") from exc
        self._grammars: dict[str, Any] = {}
        self._formatter: Any = None  # the chat template, compiled once (_prompt_tokens)
        self._lock = threading.Lock()
        self._waiting = 0  # real requests queued for the lock (warm-up steps yield to them)
        self._count_lock = threading.Lock()
        self.model_path = model_path
        self.n_ctx = n_ctx
        # persisted system-prompt states (agent/llm_state.py); off without the model's sha256
        self._store = state_store if model_sha256 else None
        self._model_sha256 = model_sha256 or ""
        self._prefixes: dict[str, list[int] | None] = {}  # system prompt -> its shared token prefix
        self._restored: set[str] = set()  # system prompts whose state is loaded or saved
        self.prompt_states: dict[tuple[int, ...], Any] = {}  # prefix tokens -> compact LlamaState
        self.calls = 0  # LLM calls made (complete + stream), for tests and benches
        self.state_events: list[tuple[str, int]] = []  # ("loaded" | "saved", n_tokens)

    def set_threads(self, threads: int) -> None:
        """Change llama.cpp's thread count (generation and prompt) for the following calls."""
        with self._lock:
            self._llama_cpp.llama_set_n_threads(self.llm._ctx.ctx, threads, threads)  # noqa: SLF001

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
            todo = self._restore(messages)
            self.calls += 1
            out = self.llm.create_chat_completion(
                messages=messages, max_tokens=max_tokens, temperature=temperature, **kwargs  # type: ignore[arg-type]
            )
            if todo:
                self._persist(messages, todo)
        return str(out["choices"][0]["message"]["content"] or "")  # type: ignore[index]

    # -- persisted system-prompt states -------------------------------------------------

    MAX_PREFIXES = 16

    def _prefix(self, messages: list[Message]) -> list[int] | None:
        """The tokens every request with this system prompt starts with (None: no system prompt)."""
        if not messages or messages[0].get("role") != "system":
            return None
        system = messages[0]["content"]
        if system not in self._prefixes:
            from llama_cpp import Llama

            a = self._prompt_tokens([messages[0], {"role": "user", "content": "a"}])
            b = self._prompt_tokens([messages[0], {"role": "user", "content": "b"}])
            if len(self._prefixes) >= self.MAX_PREFIXES:
                self._prefixes.clear()
            self._prefixes[system] = None if a is None or b is None else a[:Llama.longest_token_prefix(a, b)]
        return self._prefixes[system]

    def _key(self, tokens: list[int]) -> StateKey:
        return StateKey.for_tokens(self._model_sha256, self.n_ctx, str(self._llama_cpp.__version__), tokens)

    def _compact_state(self, tokens: list[int], data: bytes) -> Any:
        """A LlamaState for the RAM cache without the (n_batch x n_vocab) logits copy save_state() makes."""
        import numpy as np

        ids = np.zeros(self.llm.n_ctx(), dtype=np.intc)
        ids[:len(tokens)] = tokens
        return self._llama_cpp.LlamaState(
            input_ids=ids, scores=np.zeros((1, self.llm.n_vocab()), dtype=np.single), n_tokens=len(tokens),
            llama_state=data, llama_state_size=len(data), seed=self.llm._seed)  # noqa: SLF001

    def _state_bytes(self) -> bytes:
        import ctypes

        lc, ctx = self._llama_cpp, self.llm._ctx.ctx  # noqa: SLF001
        size = int(lc.llama_state_get_size(ctx))
        buf = (ctypes.c_uint8 * size)()
        n = int(lc.llama_state_get_data(ctx, buf, size))
        return ctypes.string_at(buf, n)

    def _keep(self, tokens: list[int], state: Any) -> None:
        self.prompt_states.pop(tuple(tokens), None)
        while len(self.prompt_states) >= self.MAX_PREFIXES:
            self.prompt_states.pop(next(iter(self.prompt_states)))
        self.prompt_states[tuple(tokens)] = state

    def _restore(self, messages: list[Message]) -> list[int] | None:
        """(Model lock held.)  Put the system prompt's evaluated state in the KV before a call.

        From RAM when this process has it, else from the state file.  Returns the prefix to save
        after this call when neither has it.
        """
        from llama_cpp import Llama

        prefix = self._prefix(messages)
        if not prefix:
            return None
        if Llama.longest_token_prefix(self.llm._input_ids.tolist(), prefix) >= len(prefix):  # noqa: SLF001
            return None  # the KV already starts with it
        state = self.prompt_states.get(tuple(prefix))
        if state is not None:
            self.llm.load_state(state)
            return None
        system = messages[0]["content"]
        if self._store is not None and system not in self._restored and self._load(prefix):
            self._restored.add(system)
            return None
        return prefix

    def _load(self, prefix: list[int]) -> bool:
        """Load the saved state of ``prefix`` (into the KV and ``prompt_states``); False when there is none usable."""
        if self._store is None:
            return False
        saved = self._store.load(self._key(prefix))
        if saved is None:
            return False
        state = self._compact_state(saved.tokens, saved.data)
        try:
            self.llm.load_state(state)  # proves the bytes fit this context
        except (RuntimeError, ValueError):
            self.llm.reset()
            self.llm._ctx.kv_cache_clear()  # noqa: SLF001
            return False
        self._keep(saved.tokens, state)
        self.state_events.append(("loaded", len(saved.tokens)))
        return True

    def _persist(self, messages: list[Message], prefix: list[int]) -> None:
        """(Model lock held.)  Keep the evaluated ``prefix`` (the KV holds it after a call) in RAM and on disk."""
        from llama_cpp import Llama

        llm, n = self.llm, len(prefix)
        if Llama.longest_token_prefix(llm._input_ids.tolist(), prefix) < n:  # noqa: SLF001
            return
        llm.n_tokens = n
        llm._ctx.kv_cache_seq_rm(-1, n, -1)  # noqa: SLF001
        data = self._state_bytes()
        if self._store is not None:
            self._store.save(self._key(prefix), prefix, data)
        self._keep(prefix, self._compact_state(prefix, data))
        self._restored.add(messages[0]["content"])
        self.state_events.append(("saved", n))

    WARM_CHUNK = 64  # tokens per warm-up step: a real request waits at most one step

    def _prompt_tokens(self, messages: list[Message]) -> list[int] | None:
        """``messages`` formatted and tokenized as create_chat_completion does (GGUF chat template)."""
        template = self.llm.metadata.get("tokenizer.chat_template")
        if not template:
            return None
        fmt = self._formatter
        if fmt is None:  # compiling the Jinja template costs ~20 ms: once per model
            from llama_cpp import llama_chat_format

            model = self.llm._model  # noqa: SLF001 - the token texts llama-cpp-python itself uses
            eos, bos = self.llm.token_eos(), self.llm.token_bos()
            fmt = self._formatter = llama_chat_format.Jinja2ChatFormatter(
                template=template, eos_token=model.token_get_text(eos) if eos != -1 else "",
                bos_token=model.token_get_text(bos) if bos != -1 else "")
        result = fmt(messages=messages)  # type: ignore[arg-type]
        return list(self.llm.tokenize(result.prompt.encode("utf-8"), add_bos=not result.added_special, special=True))

    def warm(self, prompts: list[tuple[list[Message], dict[str, Any] | None]],
             stop: Callable[[], bool] = lambda: False) -> None:
        """Evaluate each prompt's system prefix into ``prompt_states`` (and compile each schema's grammar).

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
            tokens = self._prefix(messages) or self._prompt_tokens(messages)
            if tokens is None:  # no chat template to format with: one uninterruptible call
                self.complete(messages, schema=schema, max_tokens=1)
                continue
            system = messages[0]["content"] if messages and messages[0].get("role") == "system" else None
            if system in self._restored or tuple(tokens) in self.prompt_states:
                continue
            if system is not None:
                with self._lock:
                    if self._load(tokens):  # saved by an earlier process: no evaluation
                        self._restored.add(system)
                        continue
            while not stop():
                while self._waiting:  # a real request is queued for the model: let it run
                    time.sleep(0.02)
                with self._lock:
                    llm = self.llm
                    # the KV state may have moved on (a real request ran): keep the common prefix
                    n = Llama.longest_token_prefix(llm._input_ids.tolist(), tokens)  # noqa: SLF001
                    if n >= len(tokens):
                        if system is not None:
                            self._persist(messages, tokens)
                        else:
                            self._keep(tokens, self._compact_state(tokens, self._state_bytes()))
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
        return self._stream(messages, max_tokens, temperature, cancel, None)

    END_PUNCT = ("?", ".", "!", "?\n", ".\n", "!\n", "?\n\n", ".\n\n", "!\n\n")

    def end_of_turn(self, messages: list[Message]) -> float | None:
        """P(the last user message is finished): the probability that the token right after its text
        (terminal punctuation stripped) is the chat template's end-of-turn token or terminal
        punctuation.  No generation.

        It comes from the answer's own prompt pass: the whole prompt of ``messages`` (as an answer to
        them would evaluate it) is evaluated in one batch over the tokens after the cached system
        prompt, with logits kept at two positions: the end of the stripped text (this probability)
        and the end of the prompt (the answer's first token).  An answer to the same messages that
        follows (the voice loop's speculative answer) finds its prompt already evaluated and samples
        at once, so the probability costs no extra forward pass.  None when the model has no chat
        template to find the end-of-turn token with.
        """
        import numpy as np
        from llama_cpp import Llama

        role, text = messages[-1]["role"], messages[-1]["content"].rstrip().rstrip(".?!,;:…").rstrip()
        with self._queued():
            full = self._prompt_tokens(messages)
            a = self._prompt_tokens([*messages[:-1], {"role": role, "content": text}])
            b = self._prompt_tokens([*messages[:-1], {"role": role, "content": text + " zz"}])
            if full is None or a is None or b is None:
                return None
            k = Llama.longest_token_prefix(a, b)  # a[:k]: the prompt up to the end of the stripped text
            if k < 1 or k >= len(a):
                return None
            ends = {a[k], self.llm.token_eos()}
            ends |= {t[0] for s in self.END_PUNCT
                     if len(t := self.llm.tokenize(s.encode(), add_bos=False, special=False)) == 1}
            todo = self._restore(messages)
            self.calls += 1
            # the answer's prompt starts with the stripped text's tokens (BPE splits punctuation off a
            # word): one pass for both; else (rare) a pass over the stripped prompt alone
            prompt = full if Llama.longest_token_prefix(full, a) >= k else a[:k]
            logits = self._eval_with_logits_at(prompt, k - 1)
            if todo:
                self._persist(messages, todo)
        p = np.exp(logits - logits.max())
        return float(p[sorted(ends)].sum() / p.sum())

    def _eval_with_logits_at(self, tokens: list[int], at: int) -> Any:
        """(Model lock held.)  Evaluate ``tokens`` after the longest prefix the KV already holds (but from
        ``at`` at the latest) in one llama.cpp batch, keeping the logits at position ``at`` (returned) and
        at the last token (left for the next sampling, as ``Llama.eval`` leaves them)."""
        import numpy as np
        from llama_cpp import Llama

        llm = self.llm
        n = min(Llama.longest_token_prefix(llm._input_ids.tolist(), tokens), at)  # noqa: SLF001
        todo = tokens[n:]
        if len(todo) > llm.n_batch:  # a long text: the ordinary path, two passes
            llm.n_tokens = n
            llm.eval(tokens[n:at + 1])
            row = np.ctypeslib.as_array(llm._ctx.get_logits(), shape=(llm.n_vocab(),)).astype(np.float64)  # noqa: SLF001
            llm.eval(tokens[at + 1:])
            return row
        ctx, batch = llm._ctx, llm._batch  # noqa: SLF001
        ctx.kv_cache_seq_rm(-1, n, -1)
        llm.n_tokens = n
        batch.set_batch(batch=todo, n_past=n, logits_all=False)
        batch.batch.logits[at - n] = True
        ctx.decode(batch)
        llm.input_ids[n:n + len(todo)] = todo
        llm.n_tokens = n + len(todo)
        llm._requires_eval = False  # noqa: SLF001 - the last logits are live: a same-prompt answer samples at once
        return np.ctypeslib.as_array(ctx.get_logits_ith(at - n), shape=(llm.n_vocab(),)).astype(np.float64)

    def plan_or_answer(
        self,
        messages: list[Message],
        *,
        schema: dict[str, Any],
        max_tokens: int = 256,
        temperature: float = 0.0,
        cancel: CancelToken | None = None,
    ) -> Iterator[str]:
        """One call that writes either a JSON plan matching ``schema`` or a plain-text answer.

        The grammar allows a JSON object (``schema``) or text that does not start with ``{``:
        the first token decides, and a direct answer streams from the call that decided it.
        """
        key = "either:" + json.dumps(schema, sort_keys=True)
        if key not in self._grammars:
            from llama_cpp.llama_grammar import json_schema_to_gbnf

            plan = re.sub(r"(?m)^root ::=", "plan ::=", json_schema_to_gbnf(json.dumps(schema)))
            # the text may not start with "{" (a plan) nor "`" (a fenced plan: Qwen likes ```json)
            text = plan + '\nroot ::= plan | answer\nanswer ::= [^{` \\t\\r\\n] [^\\x00]*\n'
            self._grammars[key] = self._llama_cpp.LlamaGrammar.from_string(text, verbose=False)
        return self._stream(messages, max_tokens, temperature, cancel, self._grammars[key])

    def _stream(self, messages: list[Message], max_tokens: int, temperature: float,
                cancel: CancelToken | None, grammar: Any) -> Iterator[str]:
        with self._queued():
            todo = self._restore(messages)
            self.calls += 1
            it = self.llm.create_chat_completion(
                messages=messages, max_tokens=max_tokens, temperature=temperature, stream=True,  # type: ignore[arg-type]
                grammar=grammar,
            )
            try:
                for chunk in it:
                    if cancel is not None and cancel.cancelled:
                        break
                    piece = chunk["choices"][0]["delta"].get("content")  # type: ignore[index,union-attr]
                    if piece:
                        yield piece
                    if cancel is not None:  # before the next token: a voice turn may be synthesizing
                        cancel.wait_released()
            finally:
                close = getattr(it, "close", None)
                if close:
                    close()
                if todo:
                    self._persist(messages, todo)


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

    def plan_or_answer(self, messages: list[Message], **kw: Any) -> Iterator[str]:
        """The loaded model's one-call plan-or-answer, or its plain JSON plan when it has none."""
        model = self.get()
        decide = getattr(model, "plan_or_answer", None)
        if decide is not None:
            return decide(messages, **kw)
        kw.pop("cancel", None)
        return iter([model.complete(messages, **kw)])

    def end_of_turn(self, messages: list[Message]) -> float | None:
        """The loaded model's P(the last user message is finished), or None when it cannot tell."""
        fn = getattr(self.get(), "end_of_turn", None)
        return fn(messages) if fn is not None else None

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

        store = ModelStore(settings)
        path = store.require("llm")
        return LlamaCppChatModel(str(path), n_ctx=settings.llm_ctx, n_threads=settings.llm_threads,
                                 state_store=KVStateStore(settings.cache_dir / "llm_state"),
                                 model_sha256=store.checksum(path))

    return LazyChatModel(factory)
