"""The FastAPI app: ``create_app(agent, config)``.  Endpoints are thin: parse, queue, run, shape."""

from __future__ import annotations

import contextlib
import json
import logging
import shutil
import tempfile
import threading
from collections.abc import AsyncIterator
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from pydantic import BaseModel, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.formparsers import MultiPartException

from agent.schemas import AgentEvent, RunResult
from agent.serve.http import audio, chat, errors
from agent.serve.http.config import ServeConfig
from agent.serve.http.encode import MEDIA_TYPES, Encoder
from agent.serve.http.errors import ApiError
from agent.serve.http.guards import ApiKey, BodyLimit
from agent.serve.http.queue import Ticket, WorkQueue
from agent.serve.http.uploads import Uploads

log = logging.getLogger("mmagent.serve")
STATIC = {"/": ("index.html", "text/html; charset=utf-8"), "/app.js": ("app.js", "text/javascript; charset=utf-8"),
          "/style.css": ("style.css", "text/css; charset=utf-8")}


class JobStream(StreamingResponse):
    """A streamed response whose ticket is closed however the response ends (done, error, disconnect)."""

    def __init__(self, ticket: Ticket, content: AsyncIterator[Any], **kw: Any) -> None:
        super().__init__(content, **kw)
        self.ticket = ticket

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self.ticket.close()


async def json_body(request: Request, model: type[BaseModel]) -> Any:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/json":
        raise ApiError(415, f"Content-Type: '{ctype or 'none'}' is not accepted here (fix: send a JSON body with "
                       "'Content-Type: application/json')", code="unsupported_media_type")
    raw = await request.body()
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise ApiError(400, f"request body: not valid JSON ({exc}) (fix: send a JSON object)",
                       code="invalid_json") from exc
    if not isinstance(data, dict):
        raise ApiError(400, "request body: must be a JSON object (fix: send {...})", code="invalid_json")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise errors.validation_error(list(exc.errors())) from exc


def sse(obj: Any) -> str:
    return f"data: {json.dumps(obj, ensure_ascii=False)}\n\n"


def chat_job(agent: Any, inp: chat.ChatInput, ticket: Ticket, emit: Any, *, batch: bool = False) -> None:
    """Runs in the job thread: (transcribe a spoken question, then) stream the Agent's events.

    ``batch``: hand over all events at the end in one list (a plain, non-streamed answer): each
    hand-over wakes the event loop, which then waits for the GIL the job thread holds.
    """
    if batch:
        events: list[AgentEvent] = []
        try:
            chat_job(agent, inp, ticket, events.append)
        finally:
            emit(events)
        return
    text = inp.text
    if inp.spoken_audio is not None:
        stt = audio.speech_tool(agent, "transcribe_audio")
        text = stt.transcribe_array(inp.spoken_audio, agent.settings.voice_language).text.strip()
        emit(AgentEvent(type="transcript", data={"text": text}))
        if not text:
            emit(AgentEvent(type="final", data=RunResult(request="", answer="").model_dump(mode="json")))
            return
    for ev in agent.stream(text, inp.attachments, cancel=ticket.cancel, history=inp.history):
        emit(ev)
        if ticket.cancel.cancelled:
            break


def _warm(agent: Any, queue: WorkQueue) -> None:
    try:
        agent.warm_up(planner=agent.settings.planner != "fast", stop=lambda: queue.busy)
        for name in ("transcribe_audio", "speak"):
            if queue.busy or name not in agent.registry:
                continue
            tool = audio.speech_tool(agent, name)
            if tool.availability().ok:
                tool.ensure_loaded()
    except Exception as exc:  # noqa: BLE001 - a failed warm-up only costs the first request time
        log.warning("warm-up failed: %s", exc)


def create_app(agent: Any, config: ServeConfig | None = None) -> FastAPI:
    """The HTTP app around ``agent`` (its models load once and serve every request)."""
    cfg = config or ServeConfig()
    cfg.check()
    queue = WorkQueue(cfg.max_queue, cfg.retry_after)
    upload_root = Path(tempfile.mkdtemp(prefix="mmagent-serve-")).resolve()
    # tools read only this request's uploads and the configured roots, never other server files
    agent.settings.allowed_roots = [upload_root, *cfg.allowed_roots]

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if cfg.warm_up:
            threading.Thread(target=_warm, args=(agent, queue), name="mmagent-warm", daemon=True).start()
        try:
            yield
        finally:
            shutil.rmtree(upload_root, ignore_errors=True)

    app = FastAPI(title="mmagent", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.queue = queue
    app.state.upload_root = upload_root
    errors.install(app)

    def static(name: str, media_type: str) -> Any:
        async def page() -> Response:
            body = (resources.files("agent.serve.http") / "static" / name).read_bytes()
            return Response(body, media_type=media_type, headers={"Cache-Control": "no-cache"})
        return page

    for route, (name, media_type) in STATIC.items():
        app.add_api_route(route, static(name, media_type), methods=["GET"], include_in_schema=False)

    @app.get("/health")
    async def health() -> dict[str, Any]:
        return {"status": "ok", "queue": queue.status()}

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        ids = [cfg.model_name]
        store = agent.registry.models
        for name in ("stt", "tts"):
            with contextlib.suppress(Exception):
                r = store.resolve(name, prepare=False)
                if r.path is not None:
                    ids.append(Path(r.path).stem if name == "tts" else Path(r.path).name)
        return {"object": "list", "data": [{"id": i, "object": "model", "created": 0, "owned_by": "mmagent"}
                                           for i in ids]}

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request) -> Response:
        req = await json_body(request, chat.ChatRequest)
        uploads = Uploads(upload_root)
        try:
            if all(isinstance(m.content, str | None) for m in req.messages):  # text only: nothing to decode
                inp = chat.prepare(req, uploads, cfg.allowed_roots)
            else:
                inp = await run_in_threadpool(chat.prepare, req, uploads, cfg.allowed_roots)
            ticket = await queue.acquire()
        except BaseException:
            uploads.cleanup()
            raise
        ticket.on_release(uploads.cleanup)
        ticket.start(lambda emit: chat_job(agent, inp, ticket, emit, batch=not req.stream))
        shaper = chat.Shaper(req.model)
        if req.stream:
            return JobStream(ticket, _chat_sse(ticket, shaper), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
        try:
            events = [ev for batch in await ticket.result(request.is_disconnected) for ev in batch]
        finally:
            ticket.close()
        transcript = next((e.data["text"] for e in events if e.type == "transcript"), None)
        final = next((e for e in reversed(events) if e.type == "final"), None)
        if final is None:
            return Response(status_code=499)  # the client went away; nobody reads this
        tokens = sum(1 for e in events if e.type == "token")
        steps = [p for p in (chat.event_payload(e) for e in events) if p and p["event"] != "transcript"]
        mm = {**chat.final_payload(final.data, transcript), "events": steps}
        return JSONResponse(shaper.completion(final.data.get("answer", ""), tokens, mm))

    async def _chat_sse(ticket: Ticket, shaper: chat.Shaper) -> AsyncIterator[str]:
        yield sse(shaper.chunk({"role": "assistant", "content": ""}))
        transcript = None
        try:
            async for ev in ticket.items():
                if ev.type == "token":
                    yield sse(shaper.chunk({"content": ev.data.get("text", "")}))
                elif ev.type == "final":
                    yield sse(shaper.chunk({}, "stop", chat.final_payload(ev.data, transcript)))
                else:
                    if ev.type == "transcript":
                        transcript = ev.data.get("text", "")
                    payload = chat.event_payload(ev)
                    if payload is not None:
                        yield sse(shaper.chunk({}, None, payload))
        except Exception as exc:  # noqa: BLE001 - reported in-stream as OpenAI does
            err = errors.from_exception(exc)
            yield sse(errors.error_body(err.status, err.message, err.param, err.code))
        yield "data: [DONE]\n\n"

    @app.post("/v1/audio/transcriptions")
    async def transcriptions(request: Request) -> Response:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "multipart/form-data":
            raise ApiError(415, f"Content-Type: '{ctype or 'none'}' is not accepted here (fix: send "
                           "multipart/form-data with the audio in a 'file' field)", code="unsupported_media_type")
        try:
            form = await request.form(max_files=2, max_fields=32, max_part_size=cfg.max_body_bytes)
        except (MultiPartException, StarletteHTTPException) as exc:  # Starlette wraps parse errors in a 400
            detail = getattr(exc, "message", None) or getattr(exc, "detail", "")
            raise ApiError(400, f"multipart body: {detail} (fix: send a complete multipart/form-data body)",
                           code="invalid_multipart") from exc
        uploads = Uploads(upload_root)
        try:
            upload, language, fmt = audio.check_transcription_form(form)
            data = await upload.read()
            name = Path(upload.filename or "audio").name or "audio"
            if not data:
                raise ApiError(400, f"file '{name}': empty (0 bytes) (fix: send a non-empty audio file)",
                               param="file", code="empty_file")
            path = uploads.dir / name
            path.write_bytes(data)
            ticket = await queue.acquire()
        except BaseException:
            uploads.cleanup()
            raise
        finally:
            await form.close()
        ticket.on_release(uploads.cleanup)
        ticket.start(lambda emit: emit(audio.transcribe(agent, path, language, ticket.cancel)))
        try:
            results = await ticket.result(request.is_disconnected)
        except Exception as exc:
            raise errors.from_exception(exc, param="file") from exc
        finally:
            ticket.close()
        if not results:
            return Response(status_code=499)
        body, media_type = audio.transcription_body(results[0], fmt)
        if isinstance(body, str):
            return PlainTextResponse(body, media_type=media_type)
        return JSONResponse(body)

    @app.post("/v1/audio/speech")
    async def speech(request: Request) -> Response:
        req = await json_body(request, audio.SpeechRequest)
        text = req.input.strip()
        if not text:
            raise ApiError(400, "input: empty (fix: send the text to speak)", param="input", code="invalid_value")
        if len(text) > audio.MAX_SPEECH_CHARS:
            raise ApiError(400, f"input: {len(text)} characters, over {audio.MAX_SPEECH_CHARS} (fix: split the "
                           "text)", param="input", code="invalid_value")
        voice = audio.check_voice(agent, req.voice)
        tool = audio.speech_tool(agent, "speak")
        ticket = await queue.acquire()

        def job(emit: Any) -> None:
            tool.ensure_loaded()
            enc = None
            for samples in tool.stream(text, req.speed, voice):
                if ticket.cancel.cancelled:
                    return
                if enc is None:
                    enc = Encoder(req.response_format, tool.backend.sample_rate if voice is None
                                  else _rate_of(tool, voice))
                emit(enc.feed(samples))
            if enc is not None:
                emit(enc.close())

        ticket.start(job)

        async def body() -> AsyncIterator[bytes]:
            async for chunk in ticket.items():
                if chunk:
                    yield chunk

        return JobStream(ticket, body(), media_type=MEDIA_TYPES[req.response_format])

    app.add_middleware(BodyLimit, limit=cfg.max_body_bytes)
    app.add_middleware(ApiKey, key=cfg.api_key)
    if cfg.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=cfg.cors_origins, allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    return app


def _rate_of(tool: Any, voice: str) -> int:
    from tools.tts import piper_voices

    path = piper_voices(tool.settings, tool.models)[voice]
    with open(str(path) + ".json") as f:
        return int(json.load(f)["audio"]["sample_rate"])
