"""Settings: defaults < TOML file < environment (MMAGENT_*) < explicit (CLI flags).

The TOML file is ``$MMAGENT_CONFIG`` or ``~/.config/mmagent/config.toml`` when it exists.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)


def _default_config_file() -> Path:
    env = os.environ.get("MMAGENT_CONFIG")
    if env:
        return Path(env).expanduser()
    return Path("~/.config/mmagent/config.toml").expanduser()


def _default_threads() -> int:
    # Measured on the 2-core dev machines: with other work running, 2 threads can be
    # much slower than 1 for llama.cpp / CTranslate2, but on an idle box 2 wins.
    return max(1, min(4, os.cpu_count() or 1))


class Settings(BaseSettings):
    """All of mmagent's configuration.  Every field can be set as ``MMAGENT_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="MMAGENT_", extra="ignore")

    # where things live
    model_dir: Path = Field(
        default=Path("~/.cache/mmagent/models"), description="user model directory"
    )
    cache_dir: Path = Field(
        default=Path("~/.cache/mmagent"), description="joined packaged weights, checksums"
    )
    output_dir: Path = Field(default=Path("mmagent_out"), description="where produced files go")
    allowed_roots: list[Path] = Field(
        default_factory=list,
        description="tools may only read files under these folders (empty: anywhere)",
    )

    # LLM
    llm_path: Path | None = Field(default=None, description="explicit GGUF file for the LLM")
    llm_threads: int = Field(default_factory=_default_threads)
    llm_ctx: int = 4096
    llm_max_tokens: int = 384
    llm_temperature: float = 0.2
    planner: Literal["layered", "llm", "fast"] = "layered"
    router_embed_path: Path | None = Field(
        default=None, description="folder with model.onnx + tokenizer.json for the learned routing layer")

    # speech
    stt_backend: Literal["faster-whisper", "openai-whisper"] = "faster-whisper"
    stt_model_path: Path | None = None
    stt_threads: int = Field(default_factory=_default_threads)
    stt_compute_type: str = "int8"
    stt_beam_size: int = 1
    tts_backend: Literal["piper", "coqui"] = "piper"
    tts_voice: Path | None = Field(default=None, description="Piper .onnx voice or Coqui dir")

    # vision (caption_image, search_images, read_text_in_image)
    caption_model_path: Path | None = Field(default=None, description="local HF image-to-text checkpoint dir")
    clip_model_path: Path | None = Field(default=None, description="local HF CLIP checkpoint dir")
    vision_quantize: Literal["auto", "none", "int8"] = Field(
        default="auto",
        description="dynamic int8 of Linear layers; auto: int8 for CLIP (~1.7x faster), fp32 for captions",
    )
    vision_runtime: Literal["torch", "onnx"] = Field(
        default="torch",
        description="CLIP embedding engine: torch, or onnx (ONNX Runtime; exported once into cache_dir/onnx/)",
    )
    vision_threads: int = Field(default_factory=_default_threads)
    image_max_pixels: int = Field(default=50_000_000, description="larger images are refused (decompression bombs)")
    image_library: Path | None = Field(default=None, description="default folder for search_images")
    index_dir: Path | None = Field(
        default=None, description="where image indexes live (default: <folder>/.mmagent_index)"
    )
    index_auto_limit: int = Field(default=200, description="search_images embeds at most this many new files itself")
    ocr_threads: int = 1

    # voice loop (agent/voice.py): VAD endpointing and duplex mode
    voice_vad_threshold: float = Field(default=0.5, description="silero-vad speech probability threshold")
    voice_min_silence_ms: int = Field(default=500, description="silence that ends an utterance")
    voice_min_speech_ms: int = Field(default=250, description="shorter speech is ignored (noise guard)")
    voice_speech_pad_ms: int = Field(default=200, description="audio kept before/after detected speech")
    voice_early_stt_ms: int = Field(
        default=200, description="start STT after this much silence, before the endpoint (0: off); "
        "used when no speech follows")
    voice_stt_window_s: float = Field(
        default=0.0, description="Whisper encodes max(this, speech + 2 s) instead of a padded 30 s window "
        "(faster-whisper, known language; falls back to 30 s if the output loops); 0 (default): always 30 s; "
        "10 measured ~4x faster STT but misheard two CI test phrases, so it is opt-in")
    voice_max_utterance_s: float = Field(default=30.0, description="force an endpoint after this long")
    voice_full_duplex: bool = Field(default=False, description="barge-in: user speech interrupts the reply")
    voice_first_chunk_chars: int = Field(default=24, description="first spoken chunk may end at a comma after this")
    voice_language: str | None = Field(default="en", description="STT language for the voice loop; null to detect")
    voice_warm_llm: bool = Field(
        default=True, description="load the LLM and evaluate its system prompts in the background when the "
        "voice loop starts, so the first turn does not pay for them")
    voice_fast_direct: bool = Field(
        default=True, description="voice turns without attached files skip the LLM planner unless the fast path "
        "matches (answer directly: one LLM call less per turn)")

    # agent
    step_budget: int = Field(default=4, description="most tool calls in one plan")
    max_rounds: int = Field(default=3, description="most plan -> act rounds in one run")
    tool_timeout: float = 300.0
    history_turns: int = 6
    debug: bool = False
    # testing / embedding hook: "module:function" taking Settings and returning an Agent;
    # batch workers (processes, Ray actors) build their Agent with it (see agent/engines.py)
    agent_factory: str | None = None

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=_default_config_file())
        return (init_settings, env_settings, toml)

    def model_post_init(self, __context: Any) -> None:
        for name in ("model_dir", "cache_dir", "output_dir"):
            setattr(self, name, Path(getattr(self, name)).expanduser())
        if self.llm_path is not None:
            self.llm_path = Path(self.llm_path).expanduser()
        self.allowed_roots = [Path(p).expanduser().resolve() for p in self.allowed_roots]
