"""transcribe_audio: speech to text with faster-whisper (default) or openai-whisper."""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path
from typing import Any, Literal, Protocol

import numpy as np
from pydantic import BaseModel, Field

from tools.audio import SAMPLE_RATE, decode_audio, rms_dbfs
from tools.base import Availability, ModelResolver, Tool, ToolContext, ToolOutput, media_path
from tools.errors import MissingDependencyError

log = logging.getLogger("mmagent.stt")

SILENCE_DBFS = -55.0  # quieter than this is treated as silence: no text is invented


class Segment(BaseModel):
    start: float
    end: float
    text: str


class Transcript(BaseModel):
    text: str
    language: str | None
    segments: list[Segment]


class SttBackend(Protocol):
    def transcribe(self, audio: np.ndarray, language: str | None) -> Transcript: ...


class FasterWhisperBackend:
    """CTranslate2 Whisper, int8 on CPU by default, with the bundled Silero VAD filter."""

    def __init__(self, model_path: str, *, threads: int, compute_type: str, beam_size: int) -> None:
        try:
            from faster_whisper import WhisperModel
        except ImportError as exc:
            raise MissingDependencyError("faster-whisper", "speech", "transcribe_audio") from exc
        self.model = WhisperModel(
            model_path, device="cpu", compute_type=compute_type, cpu_threads=threads,
            local_files_only=True,
        )
        self.beam_size = beam_size
        self._languages = _LanguageSpy(self.model.model)
        self.model.model = self._languages

    def transcribe(self, audio: np.ndarray, language: str | None) -> Transcript:
        # An unknown language on a multilingual model: faster-whisper's own detection encodes the first
        # 30 s window once more before transcribing it (a second encoder pass: ~2 s for any file on a
        # 2-core box).  Its per-window detection (``multilingual``) reads the language from the encoder
        # output the transcription computes anyway; the placeholder language is replaced by it before
        # the first token is decoded, and the spy reports what it detected.
        detect = language is None and self.model.model.is_multilingual
        self._languages.reset()
        segments, info = self.model.transcribe(
            audio,
            language="en" if detect else language,
            multilingual=detect,
            beam_size=self.beam_size,
            vad_filter=True,
            condition_on_previous_text=False,
        )
        segs = [
            Segment(start=round(s.start, 2), end=round(s.end, 2), text=s.text.strip())
            for s in segments
            if not (s.no_speech_prob > 0.6 and s.avg_logprob < -1.0)
        ]
        found = self._languages.first() if detect else info.language
        return Transcript(text=" ".join(s.text for s in segs).strip(), language=found, segments=segs)

    def transcribe_short(self, audio: np.ndarray, language: str, window_s: float,
                         prompt_text: str = "") -> Transcript | None:
        """One greedy pass over a window just longer than the audio instead of a padded 30 s one.

        The encoder's cost grows with its input, so a 2 s question in a 10 s window encodes
        about 3x faster (bench/stt_window_bench.py).  Whisper was trained on 30 s windows and
        can loop on short ones; a looping or runaway output returns None and the caller
        falls back to the normal path.  No timestamps (the voice loop needs none).
        ``prompt_text``: Whisper's previous-text prompt (``initial_prompt``), e.g. the kind of speech
        to expect; "" for none.
        """
        import ctranslate2
        from faster_whisper.audio import pad_or_trim
        from faster_whisper.tokenizer import Tokenizer

        fe = self.model.feature_extractor
        feats = fe(audio)
        frames = int(feats.shape[-1])
        if frames + 200 > fe.nb_max_frames:  # no room for >= 2 s of silence after the speech
            return None
        n = min(fe.nb_max_frames, max(int(window_s * 100), frames + 200))
        tok = Tokenizer(self.model.hf_tokenizer, self.model.model.is_multilingual, task="transcribe",
                        language=language)
        prev = [tok.sot_prev, *tok.encode(" " + prompt_text.strip())] if prompt_text.strip() else []
        prompt = [*prev, *tok.sot_sequence, tok.no_timestamps]
        cap = len(prompt) + int(audio.size / SAMPLE_RATE * 8) + 8  # ~3x a fast talker's token rate
        features = ctranslate2.StorageView.from_array(np.ascontiguousarray(pad_or_trim(feats, n)[None], np.float32))
        r = self.model.model.generate(features, [prompt], beam_size=1, max_length=cap, return_scores=True,
                                      return_no_speech_prob=True, suppress_blank=True, suppress_tokens=[-1])[0]
        ids = r.sequences_ids[0]
        text = tok.decode(ids).strip()
        if len(ids) + len(prompt) >= cap or looping(text):
            return None
        if r.no_speech_prob > 0.6 and (r.scores[0] if r.scores else 0.0) < -1.0:
            text = ""
        dur = round(audio.size / SAMPLE_RATE, 2)
        return Transcript(text=text, language=language, segments=[Segment(start=0.0, end=dur, text=text)] if text else [])


class _LanguageSpy:
    """Stands in for the CTranslate2 Whisper model inside faster-whisper's ``WhisperModel`` and keeps
    the first language ``detect_language`` found in this thread's current transcription."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self._local = threading.local()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def reset(self) -> None:
        self._local.first = None

    def first(self) -> str | None:
        return getattr(self._local, "first", None)

    def detect_language(self, *args: Any, **kwargs: Any) -> Any:
        results = self._inner.detect_language(*args, **kwargs)
        if getattr(self._local, "first", None) is None and results and results[0]:
            self._local.first = results[0][0][0][2:-2]  # "<|de|>" -> "de"
        return results


def looping(text: str, min_words: int = 3) -> bool:
    """True when a run of ``min_words`` or more words repeats back to back (Whisper's loop failure)."""
    words = text.lower().split()
    for k in range(min_words, len(words) // 2 + 1):
        for i in range(len(words) - 2 * k + 1):
            if words[i:i + k] == words[i + k:i + 2 * k]:
                return True
    return False


class OpenAIWhisperBackend:
    """The reference openai-whisper implementation (PyTorch), on the same weights."""

    def __init__(self, checkpoint: str, *, threads: int) -> None:
        try:
            import torch
            import whisper
        except ImportError as exc:
            raise MissingDependencyError("openai-whisper", "openai-whisper", "the openai-whisper backend") from exc
        torch.set_num_threads(threads)
        self.model = whisper.load_model(checkpoint, device="cpu")

    def transcribe(self, audio: np.ndarray, language: str | None) -> Transcript:
        out: dict[str, Any] = self.model.transcribe(
            audio, language=language, fp16=False, condition_on_previous_text=False,
            temperature=0.0,
        )
        segs = [
            Segment(start=round(s["start"], 2), end=round(s["end"], 2), text=s["text"].strip())
            for s in out["segments"]
            if not (s.get("no_speech_prob", 0) > 0.6 and s.get("avg_logprob", 0) < -1.0)
        ]
        return Transcript(text=" ".join(s.text for s in segs).strip(), language=out.get("language"), segments=segs)


def make_backend(settings: Any, models: ModelResolver, backend: str | None = None) -> SttBackend:
    """Build the configured STT backend from the resolved (offline) weights."""
    backend = backend or settings.stt_backend
    ct2_dir = models.require("stt")
    if backend == "openai-whisper":
        from tools.whisper_convert import openai_checkpoint_for

        ckpt = openai_checkpoint_for(ct2_dir, settings.cache_dir)
        return OpenAIWhisperBackend(str(ckpt), threads=settings.stt_threads)
    return FasterWhisperBackend(
        str(ct2_dir), threads=settings.stt_threads, compute_type=settings.stt_compute_type,
        beam_size=settings.stt_beam_size,
    )


class TranscribeAudio(Tool):
    """Speech to text for any audio file; silence yields an empty transcript, never text."""

    name = "transcribe_audio"
    cacheable = True
    description = "Transcribe speech in an audio file (wav, flac, mp3, ogg, m4a) to text."

    class Args(BaseModel):
        path: str = media_path("audio", "path of the audio file to transcribe")
        language: str | None = Field(
            default=None, description="ISO language code such as 'en' or 'de'; null to detect"
        )
        channel: Literal["mix", "left", "right"] = Field(
            default="mix", description="which channel of a stereo file to transcribe"
        )

    class Result(ToolOutput):
        language: str | None = None
        segments: list[Segment] = Field(default_factory=list)
        duration: float = 0.0
        no_speech: bool = False

    def __init__(self, settings: Any = None, models: ModelResolver | None = None) -> None:
        super().__init__(settings, models)
        self.backend: SttBackend | None = None

    @classmethod
    def repair_args(cls, args: dict[str, Any], settings: Any, request: str = "") -> dict[str, Any]:
        """Set the language only when the request names it; otherwise auto-detect.

        Small models fill in "en" or the language of the request by habit, which makes
        Whisper transcribe (or translate) a recording in the wrong language.
        """
        from tools.languages import spoken_language

        # in "translate x.mp3 into English" the named language is the target, not the audio's
        named = None if re.search(r"translat|übersetz|tradu", request, re.IGNORECASE) else spoken_language(request)
        args = {k: v for k, v in args.items() if k != "language"}
        return {**args, "language": named} if named else args

    @classmethod
    def summarize(cls, result: Any) -> str:
        name = Path(str(result.args.get("path", "the recording"))).name
        if result.data.get("no_speech") or not result.text:
            return f"I heard no speech in {name}."
        return f'{name} says: "{result.text}"'

    def availability(self) -> Availability:
        r = self.models.resolve("stt", prepare=False)
        return Availability(r.path is not None, f"whisper base from {r.source}", r.fix)

    def load(self) -> None:
        self.backend = make_backend(self.settings, self.models)

    def close(self) -> None:
        self.backend = None
        super().close()

    def transcribe_array(self, audio: np.ndarray, language: str | None = None, window_s: float | None = None) -> Result:
        """Transcribe 16 kHz mono float32 samples (used by the voice loop).

        ``window_s`` (faster-whisper, a known language) encodes a short window instead of a
        padded 30 s one; see ``FasterWhisperBackend.transcribe_short``.
        """
        duration = round(audio.size / SAMPLE_RATE, 2)
        if rms_dbfs(audio) < SILENCE_DBFS:
            return self.Result(text="", language=language, duration=duration, no_speech=True)
        self.ensure_loaded()
        assert self.backend is not None
        t = None
        short = getattr(self.backend, "transcribe_short", None)
        if window_s and language and short is not None:
            t = short(audio, language, window_s, getattr(self.settings, "voice_stt_prompt", ""))
            if t is None:
                log.debug("short-window STT fell back to the 30 s window (%.1f s of audio)", duration)
        if t is None:
            t = self.backend.transcribe(audio, language)
        return self.Result(
            text=t.text, language=t.language, segments=t.segments, duration=duration,
            no_speech=not t.text,
        )

    def run(self, args: Args, ctx: ToolContext) -> Result:  # type: ignore[override]
        audio = decode_audio(args.path, channel=args.channel,
                             max_seconds=getattr(self.settings, "audio_max_seconds", None))
        ctx.cancel.raise_if_cancelled()
        return self.transcribe_array(audio, args.language)
