"""One Wyoming connection: events in, jobs on the shared models, events out.

``handle_event`` only updates the connection's state and queues jobs, so the connection
keeps reading while a job runs: a client that disconnects is noticed at once and its work
is cancelled.  Jobs run one after another (answers keep their order); the models they use
are shared by all connections and queued by the service's locks.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from agent.serve.wyoming.audio import AudioFormatError, check_format, pcm16_chunks, to_stt_input
from agent.serve.wyoming.service import Answer, WyomingService, iterate_locked, run_locked
from agent.voice.chunker import SentenceChunker
from tools.base import CancelToken, ToolError
from tools.errors import MMAgentError

log = logging.getLogger("mmagent.wyoming")

Job = Callable[[], Awaitable[None]]


class ProtocolError(Exception):
    """A bad event from the client; becomes an ``error`` event with ``code``, the connection survives."""

    def __init__(self, text: str, code: str) -> None:
        super().__init__(text)
        self.code = code


def _handler_base() -> type:
    from wyoming.server import AsyncEventHandler

    return AsyncEventHandler


def make_handler_factory(service: WyomingService) -> Callable[[Any, Any], Any]:
    """A factory for ``AsyncServer.run``: one ``MmagentEventHandler`` per connection."""
    base = _handler_base()
    cls = type("MmagentEventHandler", (ConnectionLogic, base), {})

    def factory(reader: Any, writer: Any) -> Any:
        return cls(service, reader, writer)

    return factory


class ConnectionLogic:
    """Mixed into wyoming's ``AsyncEventHandler`` (imported lazily: an optional dependency)."""

    def __init__(self, service: WyomingService, reader: Any, writer: Any) -> None:
        super().__init__(reader, writer)  # type: ignore[call-arg]
        self.service = service
        self.limits = service.limits
        self.cancel = CancelToken()
        self._jobs: asyncio.Queue[Job] = asyncio.Queue()
        self._worker: asyncio.Task[None] | None = None
        self._language: str | None = None
        self._audio_fmt: tuple[int, int, int] | None = None
        self._audio: list[bytes] = []
        self._audio_seconds = 0.0
        self._audio_bytes = 0
        self._stream_voice: Any = None
        self._chunker: SentenceChunker | None = None

    # -- connection lifecycle ----------------------------------------------------------
    async def run(self) -> None:
        """The library's read loop, but a malformed frame closes only this connection, quietly."""
        from wyoming.event import async_read_event

        self._is_running = True
        try:
            while self._is_running:
                try:
                    event = await async_read_event(self.reader)
                except (EOFError, OSError, AttributeError, KeyError, TypeError, asyncio.LimitOverrunError) as exc:
                    log.info("closing a connection that sent a malformed frame: %r", exc)
                    break
                if event is None or not await self.handle_event(event):
                    break
        finally:
            await self.disconnect()
            self.writer.close()

    async def disconnect(self) -> None:
        self.cancel.cancel()
        if self._worker is not None and not self._worker.done():
            self._worker.cancel()

    async def _work(self) -> None:
        while True:
            job = await self._jobs.get()
            try:
                await job()
            except asyncio.CancelledError:
                raise
            except ProtocolError as exc:
                await self._error(str(exc), exc.code)
            except (ToolError, MMAgentError) as exc:
                await self._error(str(exc), getattr(exc, "kind", None) or type(exc).__name__)
            except (ConnectionError, RuntimeError) as exc:
                log.info("connection lost while answering: %r", exc)
                return
            except Exception as exc:  # noqa: BLE001 - one failed job must not end the connection
                log.exception("wyoming job failed")
                await self._error(f"internal error: {type(exc).__name__}: {exc}", "internal-error")

    def _enqueue(self, job: Job) -> None:
        if self._worker is None:
            self._worker = asyncio.create_task(self._work(), name="mmagent wyoming jobs")
        self._jobs.put_nowait(job)

    async def _error(self, text: str, code: str) -> None:
        from wyoming.error import Error

        log.info("error event to client: %s (%s)", text, code)
        try:
            await self.write_event(Error(text=text, code=code).event())  # type: ignore[attr-defined]
        except (ConnectionError, RuntimeError):
            pass

    # -- events -----------------------------------------------------------------------
    async def handle_event(self, event: Any) -> bool:
        try:
            await self._dispatch(event)
        except ConnectionError:
            return False
        except ProtocolError as exc:
            await self._error(str(exc), exc.code)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            await self._error(f"malformed '{event.type}' event: {type(exc).__name__}: {exc}", "bad-event")
        return True

    def _need(self, service: str, event_type: str) -> None:
        if service not in self.service.services:
            raise ProtocolError(f"'{event_type}' needs the {service} service, which this server does not run "
                                f"(start it with --services including {service})", "service-disabled")

    def _text(self, data: dict[str, Any], event_type: str) -> str:
        text = data.get("text")
        if not isinstance(text, str):
            raise ProtocolError(f"'{event_type}' needs a string field 'text'", "bad-event")
        if len(text) > self.limits.max_text_chars:
            raise ProtocolError(f"'{event_type}' text is {len(text)} characters, the limit is "
                                f"{self.limits.max_text_chars}", "text-too-long")
        return text

    async def _dispatch(self, event: Any) -> None:
        from wyoming.info import Describe
        from wyoming.ping import Ping, Pong

        t, data = event.type, event.data if isinstance(event.data, dict) else {}
        if event.payload is not None and len(event.payload) > self.limits.max_payload_bytes:
            self._reset_audio()
            raise ProtocolError(f"'{t}' payload is {len(event.payload)} bytes, the limit is "
                                f"{self.limits.max_payload_bytes}", "payload-too-large")
        if Describe.is_type(t):
            await self.write_event(self.service.info().event())  # type: ignore[attr-defined]
        elif Ping.is_type(t):
            await self.write_event(Pong(text=data.get("text")).event())  # type: ignore[attr-defined]
        elif t == "transcribe":
            self._need("asr", t)
            lang = data.get("language")
            self._language = lang if isinstance(lang, str) and lang else None
        elif t in ("audio-start", "audio-chunk", "audio-stop"):
            self._need("asr", t)
            self._audio_event(t, data, event.payload)
        elif t in ("synthesize", "synthesize-start", "synthesize-chunk", "synthesize-stop"):
            self._need("tts", t)
            self._synthesize_event(t, data)
        elif t == "transcript":
            self._need("handle", t)
            text = self._text(data, t)
            context = data.get("context") if isinstance(data.get("context"), dict) else None
            self._enqueue(lambda: self._handle(text, context))
        else:
            raise ProtocolError(f"unknown event type '{t}'; this server handles describe, transcribe, "
                                "audio-*, synthesize*, transcript and ping", "unknown-event")

    # -- speech to text ---------------------------------------------------------------
    def _reset_audio(self) -> None:
        self._audio_fmt, self._audio, self._audio_seconds, self._audio_bytes = None, [], 0.0, 0

    def _audio_event(self, t: str, data: dict[str, Any], payload: bytes | None) -> None:
        if t == "audio-start":
            try:
                self._audio_fmt = check_format(data.get("rate"), data.get("width"), data.get("channels"))
            except AudioFormatError as exc:
                self._reset_audio()
                raise ProtocolError(str(exc), "bad-audio-format") from None
            self._audio, self._audio_seconds, self._audio_bytes = [], 0.0, 0
            return
        if self._audio_fmt is None:
            raise ProtocolError(f"'{t}' before 'audio-start': send audio-start (rate, width, channels) first",
                                "audio-not-started")
        if t == "audio-chunk":
            try:
                fmt = check_format(data.get("rate"), data.get("width"), data.get("channels"))
            except AudioFormatError as exc:
                self._reset_audio()
                raise ProtocolError(str(exc), "bad-audio-format") from None
            if fmt != self._audio_fmt:
                self._reset_audio()
                raise ProtocolError(f"audio-chunk format {fmt} differs from audio-start's; the utterance "
                                    "was dropped", "bad-audio-format")
            payload = payload or b""
            if len(payload) > self.limits.max_chunk_bytes:
                self._reset_audio()
                raise ProtocolError(f"audio-chunk of {len(payload)} bytes is over the {self.limits.max_chunk_bytes}"
                                    "-byte limit; the utterance was dropped (send smaller chunks)", "chunk-too-large")
            rate, width, channels = fmt
            self._audio_seconds += len(payload) / (rate * width * channels)
            self._audio_bytes += len(payload)
            if self._audio_seconds > self.limits.max_audio_seconds or self._audio_bytes > self.limits.max_audio_bytes:
                self._reset_audio()
                raise ProtocolError(f"utterance longer than {self.limits.max_audio_seconds:.0f} s or "
                                    f"{self.limits.max_audio_bytes >> 20} MiB; it was dropped", "audio-too-long")
            self._audio.append(payload)
            return
        pcm, fmt, language = b"".join(self._audio), self._audio_fmt, self._language
        self._reset_audio()
        self._enqueue(lambda: self._transcribe(pcm, fmt, language))

    async def _transcribe(self, pcm: bytes, fmt: tuple[int, int, int], language: str | None) -> None:
        from wyoming.asr import Transcript

        audio = await asyncio.to_thread(to_stt_input, pcm, *fmt)
        result = await run_locked(self.service.stt_lock, self.service.transcribe, audio, language)
        await self.write_event(Transcript(text=result.text, language=result.language).event())  # type: ignore[attr-defined]

    # -- text to speech ---------------------------------------------------------------
    def _synthesize_event(self, t: str, data: dict[str, Any]) -> None:
        if t == "synthesize-start":
            self._stream_voice = self._voice(data)
            self._chunker = SentenceChunker(first_min_chars=10_000)  # whole sentences, never a comma cut
            return
        if t == "synthesize":
            if self._chunker is not None:
                return  # Home Assistant also sends the whole text during streaming: the chunks already have it
            text, voice = self._text(data, t).strip(), self._voice(data)
            if not text:
                raise ProtocolError("'synthesize' has an empty 'text'", "empty-text")
            self._enqueue(lambda: self._speak(text, voice))
            return
        if self._chunker is None:
            raise ProtocolError(f"'{t}' before 'synthesize-start'", "synthesize-not-started")
        voice = self._stream_voice
        if t == "synthesize-chunk":
            sentences = self._chunker.feed(self._text(data, t))
        else:
            sentences = self._chunker.flush()
            self._chunker = None
        for s in sentences:
            self._enqueue(lambda s=s: self._speak(s, voice))
        if t == "synthesize-stop":
            self._enqueue(self._stopped)

    def _voice(self, data: dict[str, Any]) -> str | None:
        """The requested installed voice: by name, else the first one in the language, else the default."""
        voice = data.get("voice")
        if not isinstance(voice, dict):
            return None
        name = voice.get("name")
        voices = self.service.voices()
        if isinstance(name, str) and name:
            if name not in voices:
                raise ProtocolError(f"unknown voice '{name}'; installed: {', '.join(voices) or 'none'}",
                                    "unknown-voice")
            return name
        lang = voice.get("language")
        if isinstance(lang, str) and lang:
            from agent.serve.wyoming.info import voice_language

            for n, path in voices.items():
                code = voice_language(path).replace("-", "_").lower()
                if code == lang.replace("-", "_").lower() or code.split("_")[0] == lang.lower():
                    return n
        return None

    async def _speak(self, text: str, voice: str | None) -> None:
        from wyoming.audio import AudioChunk, AudioStart, AudioStop

        rate = await run_locked(self.service.tts_lock, self.service.sample_rate, voice)
        await self.write_event(AudioStart(rate=rate, width=2, channels=1).event())  # type: ignore[attr-defined]
        samples = 0
        async for audio in iterate_locked(self.service.tts_lock,
                                          lambda: self.service.synthesize(text, voice, self.cancel), self.cancel):
            for pcm in pcm16_chunks(audio):
                chunk = AudioChunk(rate=rate, width=2, channels=1, audio=pcm, timestamp=int(samples * 1000 / rate))
                await self.write_event(chunk.event())  # type: ignore[attr-defined]
                samples += len(pcm) // 2
        await self.write_event(AudioStop(timestamp=int(samples * 1000 / rate)).event())  # type: ignore[attr-defined]

    async def _stopped(self) -> None:
        from wyoming.tts import SynthesizeStopped

        await self.write_event(SynthesizeStopped().event())  # type: ignore[attr-defined]

    # -- conversation -----------------------------------------------------------------
    async def _handle(self, text: str, context: dict[str, Any] | None) -> None:
        from wyoming.handle import Handled, HandledChunk, HandledStart, HandledStop, NotHandled

        cid = context.get("conversation_id") if context else None
        cid = str(cid) if cid not in (None, "") else None
        if not text.strip():
            await self.write_event(NotHandled(text="I heard nothing.", context=context).event())  # type: ignore[attr-defined]
            return
        await self.write_event(HandledStart(context=context).event())  # type: ignore[attr-defined]
        answer = Answer("")
        async for item in iterate_locked(self.service.llm_lock,
                                         lambda: self.service.answer(text, cid, self.cancel), self.cancel):
            if isinstance(item, Answer):
                answer = item
            elif item:
                await self.write_event(HandledChunk(text=item).event())  # type: ignore[attr-defined]
        if answer.text:
            await self.write_event(Handled(text=answer.text, context=context).event())  # type: ignore[attr-defined]
        else:
            await self.write_event(NotHandled(text=answer.error or "I could not answer that.",  # type: ignore[attr-defined]
                                              context=context).event())
        await self.write_event(HandledStop().event())  # type: ignore[attr-defined]
