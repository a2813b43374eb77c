"""speak: text to a WAV file with Piper (default voice) or Coqui TTS."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from pydantic import BaseModel, Field

from tools.audio import write_wav
from tools.base import Availability, ModelResolver, Tool, ToolContext, ToolError, ToolOutput
from tools.errors import MissingDependencyError
from tools.media import MediaRef

MAX_CHARS = 20_000


class TtsBackend(Protocol):
    sample_rate: int

    def synthesize(self, text: str, speed: float = 1.0) -> Iterator[np.ndarray]:
        """Yield float32 mono chunks (one per sentence) as soon as each is ready."""
        ...


class PiperBackend:
    """Piper (VITS exported to ONNX, espeak-ng phonemes).  piper-tts is GPL-3.0."""

    def __init__(self, voice_path: str, *, threads: int = 0, variation: float | None = None) -> None:
        try:
            from piper import PiperVoice
        except ImportError as exc:
            raise MissingDependencyError("piper-tts", "piper", "the Piper TTS backend") from exc
        self.voice = PiperVoice.load(voice_path)
        self.voice_path = voice_path
        self.variation = variation  # Piper's noise scales; None: the voice's own (each call renders a little differently)
        self.threads = 0  # onnxruntime's default: one thread per core
        self.sample_rate = int(self.voice.config.sample_rate)
        if threads:
            self.set_threads(threads)

    def set_threads(self, threads: int) -> None:
        """Run the voice's ONNX session on ``threads`` intra-op threads (0: onnxruntime's default).

        On two cores the default (2 threads) competes with the LLM writing the next sentence while
        Piper synthesizes this one."""
        if threads == self.threads:
            return
        import onnxruntime as ort

        so = ort.SessionOptions()
        if threads:
            so.intra_op_num_threads = threads
            so.inter_op_num_threads = 1
        self.voice.session = ort.InferenceSession(str(self.voice_path), sess_options=so,
                                                  providers=["CPUExecutionProvider"])
        self.threads = threads

    def synthesize(self, text: str, speed: float = 1.0) -> Iterator[np.ndarray]:
        from piper import SynthesisConfig

        noise = {} if self.variation is None else {"noise_scale": self.variation, "noise_w_scale": self.variation}
        cfg = SynthesisConfig(length_scale=1.0 / max(0.25, speed), **noise)
        for chunk in self.voice.synthesize(text, syn_config=cfg):
            yield np.asarray(chunk.audio_float_array, dtype=np.float32)


def piper_voices(settings: Any, models: ModelResolver) -> dict[str, Path]:
    """Installed Piper voices by name: the default voice plus every ``*.onnx`` in the model dir."""
    voices: dict[str, Path] = {}
    r = models.resolve("tts", prepare=False)
    if r.path is not None:
        voices[Path(r.path).stem] = Path(r.path)
    model_dir = Path(settings.model_dir)
    if model_dir.is_dir():
        for p in sorted(model_dir.glob("*.onnx")):
            if p.with_name(p.name + ".json").exists():
                voices.setdefault(p.stem, p)
    return voices


def make_backend(settings: Any, models: ModelResolver, backend: str | None = None) -> TtsBackend:
    backend = backend or settings.tts_backend
    if backend == "coqui":
        from tools.tts_coqui import CoquiBackend

        if settings.tts_voice is None:
            raise ToolError(
                "the Coqui backend needs a local model folder",
                kind="model_missing",
                fix="set MMAGENT_TTS_VOICE to a folder with config.json and model.pth",
            )
        return CoquiBackend(str(settings.tts_voice), threads=settings.stt_threads)
    return PiperBackend(str(models.require("tts")), threads=getattr(settings, "tts_threads", 0),
                        variation=getattr(settings, "tts_variation", None))


class Speak(Tool):
    """Text to speech; writes a WAV and returns it as a MediaRef."""

    name = "speak"
    description = "Read text aloud: synthesize speech into a WAV file."
    intent = (
        r"\b(?:say|says|speak|spoken|aloud|out loud|read (?:\w+ )?(?:out|back|to me)|read me|pronounc\w*|"
        r"sag\w*|lies|vorles\w*|vor|laut|lis|dis|voix|lee|voz|di|leggi|alta voce|hardop|voorle\w*|diz|l[eê])\b"
    )

    verbatim_args = ("text",)

    class Args(BaseModel):
        text: str = Field(description="the text to speak; may be an earlier step's output like $1.text")
        voice: str | None = Field(default=None, description="installed voice name; null for the default voice")
        speed: float = Field(default=1.0, ge=0.5, le=2.0, description="speaking rate; 0.8 is slower, 1.25 faster")
        out: str | None = Field(default=None, description="output WAV file name; null to pick one")

    class Result(ToolOutput):
        path: str
        sample_rate: int
        duration: float
        first_audio_seconds: float = 0.0

    def __init__(self, settings: Any = None, models: ModelResolver | None = None) -> None:
        super().__init__(settings, models)
        self.backend: TtsBackend | None = None

    @classmethod
    def summarize(cls, result: Any) -> str:
        return f"I read it aloud: {result.data.get('path')}"

    def availability(self) -> Availability:
        if self.settings is not None and self.settings.tts_backend == "coqui":
            ok = self.settings.tts_voice is not None
            return Availability(ok, "coqui", None if ok else "set MMAGENT_TTS_VOICE")
        r = self.models.resolve("tts", prepare=False)
        return Availability(r.path is not None, f"piper voice from {r.source}", r.fix)

    def repair_args(self, args: dict[str, Any], settings: Any, request: str = "") -> dict[str, Any]:  # type: ignore[override]
        """Drop a voice the planner invented (small models write "default", "en-us-male")."""
        voice = args.get("voice")
        if voice is not None and (settings is None or settings.tts_backend != "piper" or not self.has_models
                                  or voice not in piper_voices(settings, self.models)):
            args = {k: v for k, v in args.items() if k != "voice"}
        return args

    def load(self) -> None:
        self.backend = make_backend(self.settings, self.models)
        self._voices: dict[str, TtsBackend] = {}

    def _backend_for(self, voice: str | None) -> TtsBackend:
        self.ensure_loaded()
        assert self.backend is not None
        if not voice or self.settings is None or self.settings.tts_backend != "piper":
            return self.backend
        voices = piper_voices(self.settings, self.models)
        if voice not in voices:
            raise ToolError(f"unknown voice '{voice}'", kind="bad_args",
                            fix=f"use one of: {', '.join(voices) or 'none installed'}")
        if voice not in self._voices:
            self._voices[voice] = PiperBackend(str(voices[voice]), variation=self.settings.tts_variation)
        return self._voices[voice]

    def close(self) -> None:
        self.backend = None
        super().close()

    def stream(self, text: str, speed: float = 1.0, voice: str | None = None) -> Iterator[np.ndarray]:
        """Audio chunks for ``text`` as they are synthesized (the voice loop plays these)."""
        yield from self._backend_for(voice).synthesize(text, speed)

    def run(self, args: Args, ctx: ToolContext) -> Result:  # type: ignore[override]
        text = args.text.strip()
        if not text:
            raise ToolError("nothing to speak: the text is empty", kind="bad_input")
        if len(text) > MAX_CHARS:
            raise ToolError(f"text too long ({len(text)} chars, max {MAX_CHARS})", kind="bad_input")
        if args.out:
            out = Path(args.out)
            out = out if out.is_absolute() else ctx.out_dir / out
            if out.suffix.lower() != ".wav":
                out = out.with_suffix(".wav")
            if out.exists():
                raise ToolError(f"{out} already exists", kind="bad_input", fix="choose another file name")
        else:
            out = ctx.new_output_path("speech", ".wav")
        t0 = time.perf_counter()
        first = 0.0
        chunks: list[np.ndarray] = []
        backend = self._backend_for(args.voice)
        for chunk in backend.synthesize(text, args.speed):
            if not chunks:
                first = time.perf_counter() - t0
            ctx.cancel.raise_if_cancelled()
            chunks.append(chunk)
        sr = backend.sample_rate
        audio = np.concatenate(chunks) if chunks else np.zeros(0, np.float32)
        write_wav(out, audio, sr)
        duration = round(audio.size / sr, 2)
        return self.Result(
            text=f"spoke {duration:.1f} s of audio into {out}",
            media=[MediaRef(kind="audio", path=str(out), mime="audio/wav")],
            path=str(out), sample_rate=sr, duration=duration, first_audio_seconds=round(first, 3),
        )
