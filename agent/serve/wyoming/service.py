"""What every Wyoming connection shares: the Agent (models load once), the locks that queue
work on the models, the conversation histories and the limits.  All methods here block:
the handler runs them with ``asyncio.to_thread``, never on the event loop."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from agent.serve.wyoming.conversations import ConversationStore, chat_in_conversation
from agent.serve.wyoming.info import SERVICES, build_info
from tools.base import CancelToken

T = TypeVar("T")


@dataclass
class Limits:
    max_chunk_bytes: int = 1 << 20       # one audio-chunk payload (1 MiB is ~5 s of 48 kHz stereo 16-bit)
    max_audio_seconds: float = 120.0     # one utterance
    max_audio_bytes: int = 32 << 20      # one utterance's PCM, whatever its format
    max_text_chars: int = 5_000          # one synthesize / transcript text
    max_payload_bytes: int = 4 << 20     # any event's payload on the wire


@dataclass
class Answer:
    text: str
    error: str | None = None


@dataclass
class WyomingService:
    """Shared by all connections of one server process."""

    agent: Any
    services: tuple[str, ...] = SERVICES
    limits: Limits = field(default_factory=Limits)
    conversations: ConversationStore = field(default_factory=ConversationStore)

    def __post_init__(self) -> None:
        unknown = [s for s in self.services if s not in SERVICES]
        if unknown:
            raise ValueError(f"unknown Wyoming service(s) {unknown}; use {', '.join(SERVICES)}")
        # one model call of each kind at a time (asyncio locks queue the waiters in order without
        # holding a thread); the threading lock also guards the agent's history swap
        self.stt_lock = asyncio.Lock()
        self.tts_lock = asyncio.Lock()
        self.llm_lock = asyncio.Lock()
        self._agent_lock = threading.Lock()
        self._info: Any = None

    # -- describe ---------------------------------------------------------------
    @property
    def settings(self) -> Any:
        return self.agent.settings

    def voices(self) -> dict[str, Path]:
        from tools.tts import piper_voices

        return piper_voices(self.settings, self.agent.registry.models)

    def info(self) -> Any:
        if self._info is None:
            self._info = build_info(self.settings, self.agent.registry.models, self.services, voices=self.voices())
        return self._info

    @property
    def fast_direct(self) -> bool:
        return bool(self.settings.voice_fast_direct and self.settings.planner == "layered")

    # -- models -------------------------------------------------------------------
    def load(self) -> None:
        """Load the enabled services' models now (so the first request does not pay for it)."""
        if "asr" in self.services:
            self.agent.registry.get("transcribe_audio").ensure_loaded()
        if "tts" in self.services:
            self.agent.registry.get("speak").ensure_loaded()
        if "handle" in self.services:
            self.agent.warm_up(spoken=True, planner=not self.fast_direct)

    def transcribe(self, audio: np.ndarray, language: str | None) -> Any:
        """16 kHz mono float32 -> TranscribeAudio.Result (silence -> empty text)."""
        return self.agent.registry.get("transcribe_audio").transcribe_array(audio, language or None)

    def sample_rate(self, voice: str | None) -> int:
        speak = self.agent.registry.get("speak")
        speak.ensure_loaded()
        return int(speak._backend_for(voice).sample_rate)

    def synthesize(self, text: str, voice: str | None, cancel: CancelToken) -> Iterator[np.ndarray]:
        """Float32 chunks of speech for ``text`` (Piper yields one per sentence)."""
        for chunk in self.agent.registry.get("speak").stream(text, voice=voice):
            cancel.raise_if_cancelled()
            yield chunk

    def answer(self, text: str, conversation_id: str | None, cancel: CancelToken) -> Iterator[str | Answer]:
        """Run the agent on a transcript in its conversation: answer tokens as they come, then the Answer."""
        answer, error = "", None
        # like a voice-loop turn: spoken, no attached files, so skip the LLM planner unless the fast
        # layers match (Settings.voice_fast_direct); one LLM call less per question
        events = chat_in_conversation(self.agent, self.conversations, conversation_id, text,
                                      self._agent_lock, cancel=cancel, planner="fast" if self.fast_direct else None)
        try:
            for ev in events:
                if ev.type == "token":
                    yield str(ev.data.get("text", ""))
                elif ev.type == "final":
                    answer, error = ev.data.get("answer", ""), ev.data.get("error")
        finally:
            events.close()
        yield Answer(answer.strip(), error)


async def run_locked(lock: asyncio.Lock, fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)`` in a thread, queued behind ``lock``; the lock is held until the thread ends,
    even when the caller is cancelled (the client went away)."""
    async with lock:
        fut = asyncio.ensure_future(asyncio.to_thread(fn, *args))
        try:
            return await asyncio.shield(fut)
        except asyncio.CancelledError:
            await asyncio.wait([fut])
            raise


_DONE = object()


async def iterate_locked(lock: asyncio.Lock, make_iter: Callable[[], Iterator[T]],
                         cancel: CancelToken) -> AsyncIterator[T]:
    """Items of a blocking iterator, produced in a thread and yielded here as soon as each is ready.

    Queued behind ``lock``.  When the consumer stops early or is cancelled (client gone), the
    cancel token is set and the lock is held until the thread has stopped.
    """
    async with lock:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[Any, BaseException | None]] = asyncio.Queue()

        def put(item: Any, exc: BaseException | None = None) -> None:
            try:
                loop.call_soon_threadsafe(queue.put_nowait, (item, exc))
            except RuntimeError:  # the loop is gone (process shutting down)
                cancel.cancel()

        def work() -> None:
            try:
                for item in make_iter():
                    if cancel.cancelled:
                        break
                    put(item)
            except BaseException as exc:  # noqa: BLE001 - handed to the consumer
                put(_DONE, exc)
            else:
                put(_DONE)

        fut = asyncio.ensure_future(asyncio.to_thread(work))
        finished = False
        try:
            while True:
                item, exc = await queue.get()
                if item is _DONE:
                    finished = True
                    if exc is not None:
                        raise exc
                    return
                yield item
        finally:
            if not finished:  # the consumer stopped early: stop the producer
                cancel.cancel()
            await asyncio.wait([fut])
