"""POST /v1/audio/transcriptions and /v1/audio/speech over the Agent's own speech tools.

The tools come from the Agent's registry (transcribe_audio, speak), so their models load
once and are shared with chat requests.  Response shapes follow OpenAI's API.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from agent.serve.http.errors import ApiError

TRANSCRIPTION_FORMATS = ("json", "text", "verbose_json", "srt", "vtt")
SPEECH_FORMATS = ("wav", "mp3", "flac", "opus", "pcm", "aac")
#: OpenAI's voice names; they select the default local voice
OPENAI_VOICES = {"alloy", "ash", "ballad", "coral", "echo", "fable", "nova", "onyx", "sage", "shimmer", "verse",
                 "marin", "cedar"}
MAX_SPEECH_CHARS = 4096


class SpeechRequest(BaseModel):
    model_config = ConfigDict(extra="allow")
    model: str = "tts-1"
    input: str
    voice: str = "alloy"
    response_format: Literal["wav", "mp3", "flac", "opus", "pcm", "aac"] = "mp3"
    speed: float = Field(default=1.0, ge=0.25, le=4.0)


def speech_tool(agent: Any, name: str) -> Any:
    if name not in agent.registry:
        raise ApiError(500, f"the '{name}' tool is not available in this server (fix: run_agent.py tools "
                       "shows why)", code="tool_unavailable")
    tool = agent.registry.get(name)
    if not tool.has_models and agent.registry.models is not None:
        tool.models = agent.registry.models
    return tool


def check_voice(agent: Any, voice: str) -> str | None:
    """The local voice for an OpenAI voice name (None: the default voice); 400 for unknown ones."""
    if voice in OPENAI_VOICES:
        return None
    from tools.tts import piper_voices

    tool = speech_tool(agent, "speak")
    if agent.settings.tts_backend == "piper":
        voices = piper_voices(agent.settings, tool.models)
        if voice in voices:
            return voice
        have = ", ".join([*sorted(voices), "or an OpenAI voice name (alloy, ...)"])
    else:
        have = "an OpenAI voice name (alloy, ...): the Coqui backend has one voice"
    raise ApiError(400, f"voice: unknown voice '{voice}' (fix: use {have})", param="voice", code="invalid_value")


def transcribe(agent: Any, path: Path, language: str | None, cancel: Any) -> Any:
    """Decode first (a corrupt file fails before Whisper loads), then the tool's transcription."""
    from tools.audio import decode_audio

    tool = speech_tool(agent, "transcribe_audio")
    audio = decode_audio(path)
    cancel.raise_if_cancelled()
    return tool.transcribe_array(audio, language or None)


def _stamp(seconds: float, sep: str) -> str:
    ms = int(round(seconds * 1000))
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def transcription_body(result: Any, fmt: str) -> tuple[Any, str]:
    """(body, media type) for a TranscribeAudio result in one of OpenAI's response formats."""
    segs = list(result.segments)
    if fmt == "json":
        return {"text": result.text}, "application/json"
    if fmt == "text":
        return result.text + "\n", "text/plain; charset=utf-8"
    if fmt == "srt":
        blocks = [f"{i}\n{_stamp(s.start, ',')} --> {_stamp(s.end, ',')}\n{s.text}\n" for i, s in enumerate(segs, 1)]
        return "\n".join(blocks), "application/x-subrip; charset=utf-8"
    if fmt == "vtt":
        blocks = [f"{_stamp(s.start, '.')} --> {_stamp(s.end, '.')}\n{s.text}\n" for s in segs]
        return "WEBVTT\n\n" + "\n".join(blocks), "text/vtt; charset=utf-8"
    return {
        "task": "transcribe", "language": result.language or "", "duration": result.duration, "text": result.text,
        "segments": [{"id": i, "seek": 0, "start": s.start, "end": s.end, "text": s.text, "tokens": [],
                      "temperature": 0.0, "avg_logprob": 0.0, "compression_ratio": 0.0, "no_speech_prob": 0.0}
                     for i, s in enumerate(segs)],
    }, "application/json"


def form_field(form: Any, name: str, default: str | None = None) -> str | None:
    value = form.get(name)
    if value is None:
        return default
    if not isinstance(value, str):
        raise ApiError(400, f"{name}: must be a text field, not a file (fix: send {name} as a plain form field)",
                       param=name, code="invalid_value")
    return value.strip() or default


def check_transcription_form(form: Any) -> tuple[Any, str | None, str]:
    """(the uploaded file, language, response_format) from the multipart form, or 400."""
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise ApiError(400, "file: missing, or the multipart body was cut off before it (fix: send the audio "
                       "as a complete multipart file field named 'file')",
                       param="file", code="missing_file")
    fmt = form_field(form, "response_format", "json")
    if fmt not in TRANSCRIPTION_FORMATS:
        raise ApiError(400, f"response_format: '{fmt}' is not supported (fix: use one of "
                       f"{', '.join(TRANSCRIPTION_FORMATS)})", param="response_format", code="invalid_value")
    grains = [g for g in form.getlist("timestamp_granularities[]") + form.getlist("timestamp_granularities")
              if isinstance(g, str)]
    if "word" in grains:
        raise ApiError(400, "timestamp_granularities[]: word timestamps are not supported by the local Whisper "
                       "tool (fix: ask for 'segment')", param="timestamp_granularities[]", code="unsupported")
    if grains and fmt != "verbose_json":
        raise ApiError(400, "timestamp_granularities[]: needs response_format=verbose_json (fix: set it)",
                       param="timestamp_granularities[]", code="invalid_value")
    language = form_field(form, "language")
    if language is not None and not (2 <= len(language) <= 3 and language.isalpha()):
        raise ApiError(400, f"language: '{language}' is not an ISO-639-1 code (fix: e.g. 'en' or 'de', or leave it "
                       "out to detect)", param="language", code="invalid_value")
    return upload, language, fmt
