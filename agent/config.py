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

    # speech
    stt_backend: Literal["faster-whisper", "openai-whisper"] = "faster-whisper"
    stt_model_path: Path | None = None
    stt_threads: int = Field(default_factory=_default_threads)
    stt_compute_type: str = "int8"
    stt_beam_size: int = 1
    tts_backend: Literal["piper", "coqui"] = "piper"
    tts_voice: Path | None = Field(default=None, description="Piper .onnx voice or Coqui dir")

    # agent
    step_budget: int = Field(default=4, description="most tool calls in one plan")
    max_rounds: int = Field(default=3, description="most plan -> act rounds in one run")
    tool_timeout: float = 300.0
    history_turns: int = 6
    debug: bool = False

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
