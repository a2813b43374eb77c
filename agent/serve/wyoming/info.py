"""The ``info`` answer to ``describe``: what this server offers, as Home Assistant reads it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SERVICES = ("asr", "tts", "handle")
ATTRIBUTION = {
    "asr": ("OpenAI Whisper via faster-whisper", "https://github.com/SYSTRAN/faster-whisper"),
    "tts": ("Piper (rhasspy)", "https://github.com/rhasspy/piper"),
    "handle": ("mmagent", "https://github.com/mmagent/mmagent"),
}
# the languages the chat model answers well in (the agent's prompts and fast layers are English-first)
AGENT_LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl"]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("mmagent")
    except PackageNotFoundError:
        return "0.1.0"


def whisper_languages() -> list[str]:
    try:
        from faster_whisper.tokenizer import _LANGUAGE_CODES
    except ImportError:
        return ["en"]
    return sorted(_LANGUAGE_CODES)


def voice_language(onnx_path: Path) -> str:
    """A Piper voice's language from its ``.onnx.json`` (``en_US``), or ``en_US`` when unreadable."""
    try:
        cfg = json.loads(Path(str(onnx_path) + ".json").read_text(encoding="utf-8"))
        return str(cfg.get("language", {}).get("code") or cfg.get("espeak", {}).get("voice") or "en_US")
    except (OSError, ValueError, AttributeError):
        return "en_US"


def build_info(settings: Any, models: Any, services: tuple[str, ...], *, voices: dict[str, Path]) -> Any:
    """A ``wyoming.info.Info`` with one program per enabled service."""
    from wyoming.info import (
        AsrModel,
        AsrProgram,
        Attribution,
        HandleModel,
        HandleProgram,
        Info,
        TtsProgram,
        TtsVoice,
    )

    version = _version()

    def attribution(service: str) -> Any:
        name, url = ATTRIBUTION[service]
        return Attribution(name=name, url=url)

    info = Info()
    if "asr" in services:
        r = models.resolve("stt", prepare=False)
        model_name = Path(str(r.path)).name if r.path is not None else "faster-whisper-base"
        info.asr.append(AsrProgram(
            name="mmagent-whisper", attribution=attribution("asr"), installed=True,
            description="mmagent speech-to-text (Whisper on this machine)", version=version,
            supports_transcript_streaming=False,
            models=[AsrModel(
                name=model_name, attribution=attribution("asr"), installed=r.path is not None,
                description=r.spec.title, version=None, languages=whisper_languages(),
            )],
        ))
    if "tts" in services:
        info.tts.append(TtsProgram(
            name="mmagent-piper", attribution=attribution("tts"), installed=True,
            description="mmagent text-to-speech (Piper on this machine)", version=version,
            supports_synthesize_streaming=True,
            voices=[TtsVoice(
                name=name, attribution=attribution("tts"), installed=True,
                description=f"Piper voice {name}", version=None, languages=[voice_language(path)],
            ) for name, path in voices.items()],
        ))
    if "handle" in services:
        r = models.resolve("llm", prepare=False)
        info.handle.append(HandleProgram(
            name="mmagent", attribution=attribution("handle"), installed=True,
            description="mmagent: local tool-using assistant (answers questions; no home control)",
            version=version, supports_handled_streaming=True,
            models=[HandleModel(
                name="mmagent", attribution=attribution("handle"), installed=r.path is not None,
                description=r.spec.title, version=version, languages=AGENT_LANGUAGES,
            )],
        ))
    return info
