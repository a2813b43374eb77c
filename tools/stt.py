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
NO_SPEECH_PROB = 0.6  # Whisper's own guard (as faster-whisper and openai-whisper apply it): a decode this sure
NO_SPEECH_LOGPROB = -1.0  # there is no speech, and this unsure of its words, is dropped
WINDOW_MIN_FRAMES = 1000  # a short window is never shorter than 10 s (100 mel frames per second)
WINDOW_TAIL_FRAMES = 200  # and holds >= 2 s of silence after the speech
WINDOW_PASSES = 3  # decodes of the rest when Whisper stops before the end of the speech; then the 30 s path
WINDOW_REST_S = 1.0  # speech left after the last timestamp that is worth another decode
GAP_S = 3.0  # the 30 s path: speech this long that no segment covers is decoded again on its own


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

    def __init__(self, model_path: str, *, threads: int, compute_type: str, beam_size: int,
                 short_window: bool = True) -> None:
        try:
            from faster_whisper import WhisperModel
        except ImportError as exc:
            raise MissingDependencyError("faster-whisper", "speech", "transcribe_audio") from exc
        self.model = WhisperModel(
            model_path, device="cpu", compute_type=compute_type, cpu_threads=threads,
            local_files_only=True,
        )
        self.beam_size = beam_size
        self.short_window = short_window
        self._languages = _LanguageSpy(self.model.model)
        self.model.model = self._languages

    def transcribe(self, audio: np.ndarray, language: str | None) -> Transcript:
        if self.short_window:
            t = self.transcribe_window(audio, language)
            if t is not None:
                return t
            log.debug("window transcription fell back to the 30 s path (%.1f s of audio)", audio.size / SAMPLE_RATE)
        return self.transcribe_padded(audio, language)

    def transcribe_padded(self, audio: np.ndarray, language: str | None) -> Transcript:
        """faster-whisper's own path: 30 s windows, temperature fallback, any length."""
        # An unknown language on a multilingual model: faster-whisper's own detection encodes the first
        # 30 s window once more before transcribing it (a second encoder pass: ~2 s for any file on a
        # 2-core box).  Its per-window detection (``multilingual``) reads the language from the encoder
        # output the transcription computes anyway; the placeholder language is replaced by it before
        # the first token is decoded, and the spy reports what it detected.
        detect = language is None and self.model.model.is_multilingual
        self._languages.reset()
        segs, info = self._padded(audio, language, detect)
        found = self._languages.first() if detect else info.language
        # Whisper may end a 30 s window early (at a change of language, multilingual.mp3's German half on
        # some CPUs) and faster-whisper then seeks past the whole window: speech the VAD hears that no
        # segment covers is decoded again on its own, once
        extra = []
        for a, b in uncovered_speech(audio, segs, GAP_S):
            clip = audio[int(a * SAMPLE_RATE):int(b * SAMPLE_RATE)]
            extra += [Segment(start=round(a + x.start, 2), end=round(a + x.end, 2), text=x.text)
                      for x in self._padded(clip, language, detect)[0]]
        if extra:
            log.debug("re-decoded %d stretches of speech the 30 s path skipped", len(extra))
            segs = sorted(segs + extra, key=lambda x: x.start)
        return Transcript(text=" ".join(s.text for s in segs).strip(), language=found, segments=segs)

    def _padded(self, audio: np.ndarray, language: str | None, detect: bool) -> tuple[list[Segment], Any]:
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
            if not no_speech(s.no_speech_prob, s.avg_logprob)
        ]
        return segs, info

    def transcribe_window(self, audio: np.ndarray, language: str | None) -> Transcript | None:
        """A recording whose speech fits one window: encode it once in a window just longer than the speech.

        faster-whisper pads every window to 30 s, so the encoder (most of the time for short files)
        costs the same for a 4 s clip as for a 30 s one.  Here the speech Silero VAD finds is joined as
        faster-whisper's ``vad_filter`` joins it, encoded in a window of max(10 s, speech + 2 s), the
        language is read from that encoder output, and one timestamped decode gives the segments, mapped
        back to the file's own times.  Returns None where the 30 s path must decide: speech longer than
        28 s, a decode that runs away or loops, or a low-confidence result (that path retries at higher
        temperatures).  bench/hearing_bench.py --file-window compares both paths.
        """
        from faster_whisper.audio import pad_or_trim
        from faster_whisper.tokenizer import Tokenizer
        from faster_whisper.vad import SpeechTimestampsMap, VadOptions, collect_chunks, get_speech_timestamps

        fe = self.model.feature_extractor
        if audio.size > fe.n_samples * 5 // 4:
            # speech under 28 s in a longer file is rare, and the VAD pass costs ~1 % of the audio's length
            # (bench/stt_bench.py: a 60 s file 0.7 s slower) before the 30 s path runs its own
            return None
        chunks = get_speech_timestamps(audio, VadOptions())
        if not chunks:
            return Transcript(text="", language=language, segments=[])
        speech = np.concatenate(collect_chunks(audio, chunks)[0])
        feats = fe(speech)
        frames = int(feats.shape[-1])
        if frames + WINDOW_TAIL_FRAMES > fe.nb_max_frames:
            return None
        whisper = self._languages._inner
        tok = None
        timed: list[tuple[float, float, list[int]]] = []
        offset = 0  # frames of speech decoded so far
        for _ in range(WINDOW_PASSES):
            rest = feats[:, offset:]
            n = max(WINDOW_MIN_FRAMES, int(rest.shape[-1]) + WINDOW_TAIL_FRAMES)
            encoded = self.model.encode(np.ascontiguousarray(pad_or_trim(rest, n), np.float32))
            if language is None:
                language = whisper.detect_language(encoded)[0][0][0][2:-2] if whisper.is_multilingual else "en"
            if tok is None:
                tok = Tokenizer(self.model.hf_tokenizer, whisper.is_multilingual, task="transcribe", language=language)
            prompt = list(tok.sot_sequence)
            rest_s = rest.shape[-1] / 100
            cap = len(prompt) + int(rest_s * 10) + 16  # text plus timestamp pairs, ~3x a fast talker
            r = whisper.generate(encoded, [prompt], beam_size=self.beam_size, max_length=cap, return_scores=True,
                                 return_no_speech_prob=True, suppress_blank=True,
                                 suppress_tokens=_suppressed(tok), max_initial_timestamp_index=50)[0]
            ids = r.sequences_ids[0]
            score = r.scores[0] if r.scores else 0.0
            if len(ids) + len(prompt) >= cap:
                return None
            if no_speech(r.no_speech_prob, score):
                if not offset:
                    return Transcript(text="", language=language, segments=[])
                break
            if score < -1.0:  # faster-whisper's log_prob_threshold: its path retries at higher temperatures
                return None
            base = offset / 100
            timed += [(base + a, base + b, part) for a, b, part in timed_parts(ids, tok.timestamp_begin, rest_s)]
            # Whisper may stop before the end of the speech (as in faster-whisper's 30 s windows, which then
            # seek to the last timestamp): the rest is decoded from there, in a window of its own
            stamps = [i for i in ids if i >= tok.timestamp_begin]
            done = (stamps[-1] - tok.timestamp_begin) * 0.02 if stamps and ids[-1] >= tok.timestamp_begin else rest_s
            if done <= 0 or rest_s - done <= WINDOW_REST_S:
                break
            offset += int(done * 100)
        else:
            return None
        times = SpeechTimestampsMap(chunks, SAMPLE_RATE)
        segs = []
        for start, end, part in timed:
            text = tok.decode(part).strip()
            if text:
                segs.append(Segment(start=round(times.get_original_time(start), 2),
                                    end=round(times.get_original_time(end, is_end=True), 2), text=text))
        text = " ".join(s.text for s in segs).strip()
        if looping(text):
            return None
        return Transcript(text=text, language=language, segments=segs)

    def short_inputs(self, audio: np.ndarray, language: str, window_s: float,
                     prompt_text: str = "") -> tuple[Any, list[int], int, Any] | None:
        """What a short-window decoding call takes: the tokenizer, the prompt tokens, a length cap and the
        encoder input (the log-mel features padded to a window just longer than the audio); None when the
        audio leaves no room for >= 2 s of silence in a 30 s window."""
        import ctranslate2
        from faster_whisper.audio import pad_or_trim
        from faster_whisper.tokenizer import Tokenizer

        fe = self.model.feature_extractor
        feats = fe(audio)
        frames = int(feats.shape[-1])
        if frames + 200 > fe.nb_max_frames:
            return None
        n = min(fe.nb_max_frames, max(int(window_s * 100), frames + 200))
        tok = Tokenizer(self.model.hf_tokenizer, self.model.model.is_multilingual, task="transcribe",
                        language=language)
        prev = [tok.sot_prev, *tok.encode(" " + prompt_text.strip())] if prompt_text.strip() else []
        prompt = [*prev, *tok.sot_sequence, tok.no_timestamps]
        cap = len(prompt) + int(audio.size / SAMPLE_RATE * 8) + 8  # ~3x a fast talker's token rate
        features = ctranslate2.StorageView.from_array(np.ascontiguousarray(pad_or_trim(feats, n)[None], np.float32))
        return tok, prompt, cap, features

    def transcribe_short(self, audio: np.ndarray, language: str, window_s: float,
                         prompt_text: str = "", beam_size: int = 1) -> Transcript | None:
        """One greedy pass over a window just longer than the audio instead of a padded 30 s one.

        The encoder's cost grows with its input, so a 2 s question in a 10 s window encodes
        about 3x faster (bench/stt_window_bench.py).  Whisper was trained on 30 s windows and
        can loop on short ones; a looping or runaway output returns None and the caller
        falls back to the normal path.  No timestamps (the voice loop needs none).
        ``prompt_text``: Whisper's previous-text prompt (``initial_prompt``), e.g. the kind of speech
        to expect; "" for none.  ``beam_size``: 1 is greedy (the default).
        """
        inputs = self.short_inputs(audio, language, window_s, prompt_text)
        if inputs is None:
            return None
        tok, prompt, cap, features = inputs
        r = self.model.model.generate(features, [prompt], beam_size=beam_size, max_length=cap, return_scores=True,
                                      return_no_speech_prob=True, suppress_blank=True, suppress_tokens=[-1])[0]
        ids = r.sequences_ids[0]
        text = tok.decode(ids).strip()
        if len(ids) + len(prompt) >= cap or looping(text):
            return None
        if no_speech(r.no_speech_prob, r.scores[0] if r.scores else 0.0):
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


def uncovered_speech(audio: np.ndarray, segments: list[Segment], min_s: float) -> list[tuple[float, float]]:
    """The stretches (start, end in seconds) of ``min_s`` or more that Silero VAD hears as speech and no
    segment covers."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    covered = sorted((s.start, s.end) for s in segments)
    gaps = []
    for chunk in get_speech_timestamps(audio, VadOptions()):
        a, b = chunk["start"] / SAMPLE_RATE, chunk["end"] / SAMPLE_RATE
        cur = a
        for start, end in covered:
            if end <= cur or start >= b:
                continue
            if start - cur >= min_s:
                gaps.append((cur, start))
            cur = max(cur, end)
        if b - cur >= min_s:
            gaps.append((cur, b))
    return gaps


def no_speech(no_speech_prob: float, avg_logprob: float) -> bool:
    """Whisper's no-speech guard: the decoder is sure there is no speech and unsure of the words it wrote."""
    return no_speech_prob > NO_SPEECH_PROB and avg_logprob < NO_SPEECH_LOGPROB


def _suppressed(tok: Any) -> list[int]:
    """faster-whisper's default token suppression (``suppress_tokens=[-1]``: non-speech symbols) plus the
    task and start tokens, as its own decode passes them."""
    return sorted({*tok.non_speech_tokens, tok.transcribe, tok.translate, tok.sot, tok.sot_prev, tok.sot_lm})


def timed_parts(ids: list[int], timestamp_begin: int, duration: float,
                precision: float = 0.02) -> list[tuple[float, float, list[int]]]:
    """Split one timestamped Whisper decode into (start, end, text tokens) parts.

    Whisper writes ``<|t0|> text <|t1|><|t1|> text <|t2|>``: a part opens at a timestamp and closes at the
    next one.  Text before any timestamp starts at 0; text after the last timestamp ends at ``duration``.
    """
    parts: list[tuple[float, float, list[int]]] = []
    start: float | None = None
    last = 0.0
    text: list[int] = []
    for i in ids:
        if i < timestamp_begin:
            text.append(i)
            continue
        t = (i - timestamp_begin) * precision
        if text:
            begin = last if start is None else start
            parts.append((begin, max(t, begin), text))
            text, start = [], None
        elif start is None:
            start = t
        last = t
    if text:
        begin = last if start is None else start
        parts.append((begin, max(duration, begin), text))
    return parts


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
            if not no_speech(s.get("no_speech_prob", 0), s.get("avg_logprob", 0))
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
        beam_size=settings.stt_beam_size, short_window=getattr(settings, "stt_file_window", True),
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
            t = short(audio, language, window_s, getattr(self.settings, "voice_stt_prompt", ""),
                      getattr(self.settings, "voice_stt_beam_size", 1))
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
