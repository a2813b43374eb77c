"""POST /v1/chat/completions: OpenAI messages in, Agent.stream events out as OpenAI shapes.

The last message is the request; earlier user/assistant messages are the chat history.
``image_url`` and ``input_audio`` parts become files in the request's upload folder and are
attached.  A message that is only audio is a spoken question: its transcript (the Agent's
own transcribe_audio tool) is the request, as in the voice loop.  The plan, tool steps and
the final result travel in an extra ``mmagent`` field that OpenAI clients ignore.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from agent.schemas import AgentEvent, Turn
from agent.serve.http.errors import ApiError
from agent.serve.http.uploads import AUDIO_FORMATS, Uploads, b64decode, image_from_url

IMAGE_ONLY_REQUEST = "What is in this image?"
TEXT_LIMIT = 600  # characters of a tool's output echoed in a stream event


class ImageUrl(BaseModel):
    url: str
    detail: str | None = None


class InputAudio(BaseModel):
    data: str
    format: str = "wav"


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: Literal["text", "image_url", "input_audio"]
    text: str | None = None
    image_url: ImageUrl | None = None
    input_audio: InputAudio | None = None


class Message(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[ContentPart] | None = None


class ChatRequest(BaseModel):
    """OpenAI's request; sampling options are accepted and ignored (the agent sets its own)."""

    model_config = ConfigDict(extra="allow")
    model: str = "mmagent"
    messages: list[Message] = Field(min_length=1)
    stream: bool = False


def text_of(content: str | list[ContentPart] | None) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    return "\n".join(p.text or "" for p in content if p.type == "text").strip()


@dataclass
class ChatInput:
    """What one chat request gives the Agent."""

    text: str
    attachments: list[str] = field(default_factory=list)
    history: list[Turn] = field(default_factory=list)
    spoken_audio: Any = None  # decoded samples of an audio-only question (transcribed in the job)


def prepare(req: ChatRequest, uploads: Uploads, allowed_roots: list[Path]) -> ChatInput:
    """Check the messages and write inline media to the upload folder (400 naming the part)."""
    from tools.audio import decode_audio
    from tools.errors import InputFileError

    last = req.messages[-1]
    n = len(req.messages) - 1
    if last.role != "user":
        raise ApiError(400, f"messages[{n}].role: the last message must be the user's, not '{last.role}' "
                       "(fix: end messages with a user message)", param=f"messages[{n}].role", code="invalid_value")
    history = [Turn(role=m.role, content=text_of(m.content)) for m in req.messages[:-1]
               if m.role in ("user", "assistant") and text_of(m.content)]
    out = ChatInput(text=text_of(last.content), history=history)
    audio_parts = []
    parts = last.content if isinstance(last.content, list) else []
    for j, part in enumerate(parts):
        param = f"messages[{n}].content[{j}]"
        if part.type == "image_url":
            if part.image_url is None:
                raise ApiError(400, f"{param}.image_url: missing (fix: add {{\"url\": ...}})", param=param)
            out.attachments.append(str(image_from_url(part.image_url.url, f"{param}.image_url.url", uploads,
                                                      allowed_roots)))
        elif part.type == "input_audio":
            if part.input_audio is None:
                raise ApiError(400, f"{param}.input_audio: missing (fix: add {{\"data\": ..., \"format\": ...}})",
                               param=param)
            fmt = part.input_audio.format.lower()
            if fmt not in AUDIO_FORMATS:
                raise ApiError(400, f"{param}.input_audio.format: '{fmt}' is not supported (fix: use one of "
                               f"{', '.join(AUDIO_FORMATS)})", param=f"{param}.input_audio.format")
            data = b64decode(part.input_audio.data, f"{param}.input_audio.data")
            try:
                samples = decode_audio(data)
            except InputFileError as exc:
                raise ApiError(400, f"{param}.input_audio.data: {exc.one_line()}", code="bad_audio",
                               param=f"{param}.input_audio.data") from exc
            out.attachments.append(str(uploads.save(data, AUDIO_FORMATS[fmt], "audio")))
            audio_parts.append(samples)
        elif part.type == "text" and part.text is None:
            raise ApiError(400, f"{param}.text: missing (fix: add the text)", param=f"{param}.text")
    if not out.text:
        if len(audio_parts) == 1 and len(out.attachments) == 1:
            out.spoken_audio = audio_parts[0]
            out.attachments = []
        elif any(p.type == "image_url" for p in parts) and not audio_parts:
            out.text = IMAGE_ONLY_REQUEST
        else:
            raise ApiError(400, f"messages[{n}].content: no text (fix: add a text part saying what to do "
                           "with the attachments)", param=f"messages[{n}].content", code="invalid_value")
    return out


def event_payload(ev: AgentEvent) -> dict[str, Any] | None:
    """The ``mmagent`` field for one agent event (None: not forwarded)."""
    d = ev.data
    if ev.type == "plan":
        return {"event": "plan", "t": ev.t, "plan": d.get("plan"), "layer": d.get("layer"),
                "rejected": d.get("rejected")}
    if ev.type == "tool_start":
        return {"event": "tool_start", "t": ev.t, "step": d.get("step"), "tool": d.get("tool"), "args": d.get("args")}
    if ev.type == "tool_end":
        text = d.get("text") or ""
        return {"event": "tool_end", "t": ev.t, "step": d.get("step"), "tool": d.get("tool"), "ok": d.get("ok"),
                "text": text[:TEXT_LIMIT], "error": d.get("error"), "error_kind": d.get("error_kind"),
                "seconds": d.get("seconds"), "media": d.get("media", [])}
    if ev.type == "error":
        return {"event": "error", "t": ev.t, **d}
    if ev.type == "transcript":
        return {"event": "transcript", "t": ev.t, "text": d.get("text", "")}
    return None


def final_payload(result: dict[str, Any], transcript: str | None) -> dict[str, Any]:
    out = {"event": "final", "answer": result.get("answer", ""), "plan": result.get("plan"),
           "tool_results": result.get("tool_results", []), "files": result.get("files", []),
           "timings": result.get("timings", {}), "error": result.get("error")}
    if transcript is not None:
        out["transcript"] = transcript
    return out


class Shaper:
    """Builds OpenAI response objects for one completion."""

    def __init__(self, model: str) -> None:
        self.id = f"chatcmpl-{uuid.uuid4().hex}"
        self.created = int(time.time())
        self.model = model

    def chunk(self, delta: dict[str, Any] | None = None, finish: str | None = None,
              mmagent: dict[str, Any] | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "object": "chat.completion.chunk", "created": self.created,
                               "model": self.model,
                               "choices": [{"index": 0, "delta": delta or {}, "finish_reason": finish}]}
        if mmagent is not None:
            out["mmagent"] = mmagent
        return out

    def completion(self, answer: str, tokens: int, mmagent: dict[str, Any]) -> dict[str, Any]:
        return {"id": self.id, "object": "chat.completion", "created": self.created, "model": self.model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": answer},
                             "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 0, "completion_tokens": tokens, "total_tokens": tokens},
                "mmagent": mmagent}
