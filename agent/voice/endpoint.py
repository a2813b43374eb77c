"""Endpointing: silero-vad finds speech and pauses; the end-of-turn model (``agent/voice/turn.py``,
Smart-Turn v3.2) decides in each pause whether the user is done.

The model is asked on a schedule (``turn_schedule``): first after ``voice_turn_check_ms`` of silence
with the strict ``voice_turn_threshold``, then again at the silences of ``voice_turn_rechecks`` with
thresholds that fall as the silence grows (the longer the pause, the likelier the turn is done).  A
``voice_turn_fallback_ms`` silence ends the turn whatever the model said; ``voice_turn_model=off``
restores the fixed ``voice_min_silence_ms`` silence.  After an unsure check, the voice loop's text
signal (``text_end``: the LLM's verdict on the early transcript, ``voice_turn_text``) may end the
turn before the fallback.
"""

from __future__ import annotations

import collections
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from agent.voice.audio_io import FRAME, SessionClock
from tools.audio import SAMPLE_RATE

FRAME_S = FRAME / SAMPLE_RATE


@dataclass
class Utterance:
    """One endpointed stretch of speech (padded audio) and its times on the session timeline."""

    audio: np.ndarray
    onset: float  # start of the first speech window
    speech_end: float  # end of the last speech window
    endpoint: float  # when the endpoint was decided (session clock)
    speech_s: float  # seconds of windows classified as speech
    heard_samples: int = -1  # samples up to the last window that was not clear silence (-1: all)
    reason: str = ""  # what ended it: "model", "text", "silence", "max" (too long), "manual" (push-to-talk / end)


class Endpointer:
    """silero-vad (ONNX, 1 thread) over 512-sample windows with min speech / min silence / pad,
    plus an optional end-of-turn model (``turn``, e.g. ``SmartTurn``).

    ``process(frame, index)`` returns ``("start", onset)`` when speech begins and
    ``("end", Utterance)`` at the endpoint.  Without a turn model the endpoint is a fixed
    ``voice_min_silence_ms`` silence.  With one, the model is asked in each pause on the schedule of
    ``turn_schedule`` (by default once, after ``voice_turn_check_ms`` of silence): P(complete) at or
    above that check's threshold ends the turn at once, otherwise the endpoint waits for the next
    check or ``voice_turn_fallback_ms`` of silence (the user may go on), unless ``text_end(silence)``
    (asked at every silent frame after the first check) says the transcript is finished.
    ``on_check(t, probability, complete)`` reports every verdict.  With ``manual=True``
    (push-to-talk) the caller decides start and end with ``begin()`` / ``finish()``; the VAD
    only measures speech.
    """

    def __init__(self, settings: Any, clock: SessionClock, model: Any = None, turn: Any = None) -> None:
        if model is None:
            from silero_vad import load_silero_vad

            model = load_silero_vad(onnx=True)
        self.model = model
        self.turn = turn
        self.on_check: Callable[[float, float, bool], None] | None = None
        # the text end-of-turn signal (the voice loop's): asked at each silent frame of a pause after the
        # model was unsure, with the silence so far (frames); True ends the turn
        self.text_end: Callable[[int], bool] | None = None
        self.clock = clock
        self.threshold = settings.voice_vad_threshold
        self.neg_threshold = max(0.05, self.threshold - 0.15)
        end_ms = settings.voice_turn_fallback_ms if turn is not None else settings.voice_min_silence_ms
        self.min_silence = max(1, round(end_ms / 1000 / FRAME_S))
        # the end-of-turn model is asked at these silences (frames), each with its threshold
        self.checks = {max(1, round(ms / 1000 / FRAME_S)): thr for ms, thr in turn_schedule(settings)
                       if round(ms / 1000 / FRAME_S) < self.min_silence}
        self.pad = max(0, round(settings.voice_speech_pad_ms / 1000 / FRAME_S))
        self.max_frames = int(settings.voice_max_utterance_s / FRAME_S)
        self.min_speech = settings.voice_min_speech_ms / 1000 / FRAME_S
        early = settings.voice_early_stt_ms
        # speculation (early STT, then the answer) starts at this silence, before the end-of-turn
        # model is asked, and only if it leaves time before the fallback endpoint
        self.early_frames = max(1, round(early / 1000 / FRAME_S)) if early > 0 else 0
        if self.early_frames >= self.min_silence:
            self.early_frames = 0
        self.manual = False
        self.reset()

    def reset(self) -> None:
        self.model.reset_states()
        self.pre: collections.deque[np.ndarray] = collections.deque(maxlen=self.pad)
        self.buf: list[np.ndarray] = []
        self.active = False
        self.silence = 0
        self.speech_frames = 0
        self.onset = self.last_end = 0.0
        self.last_end_len = 0
        self.sound_len = 0  # frames in buf up to the last one that was not clear silence

    def prob(self, frame: np.ndarray) -> float:
        import torch

        return float(self.model(torch.from_numpy(np.ascontiguousarray(frame, np.float32)), SAMPLE_RATE).item())

    def begin(self, t: float) -> None:
        self.active, self.buf, self.onset, self.last_end = True, list(self.pre), t, t

    def _keep(self) -> int:
        return self.last_end_len + self.pad if not self.manual else len(self.buf)

    def heard(self) -> int:
        """Samples of the utterance as it would end now, up to the last window that was not clear silence."""
        return -1 if self.manual else sum(f.size for f in self.buf[:min(self._keep(), self.sound_len)])

    def snapshot(self, reason: str = "") -> Utterance:
        """The utterance as it would end now, without ending it (used for early STT)."""
        keep = self._keep()
        audio = np.concatenate(self.buf[:keep]) if self.buf else np.zeros(0, np.float32)
        return Utterance(audio, round(self.onset, 3), round(self.last_end, 3), round(self.clock.now(), 3),
                         round(self.speech_frames * FRAME_S, 3), self.heard(), reason)

    def finish(self, reason: str = "manual") -> Utterance | None:
        if not self.active:
            return None
        utt = self.snapshot(reason)
        self.reset()
        return utt

    def check(self, threshold: float) -> bool:
        """Ask the end-of-turn model whether the audio so far is a finished turn."""
        prob = self.turn.probability(np.concatenate(self.buf))
        complete = prob >= threshold
        if self.on_check is not None:
            self.on_check(round(self.clock.now(), 3), round(prob, 3), complete)
        return complete

    def process(self, frame: np.ndarray, t0: float) -> tuple[str, Any] | None:
        """Feed one frame that started at session time ``t0``."""
        p = self.prob(frame)
        t1 = t0 + FRAME_S
        if not self.active:
            self.pre.append(frame)
            if p >= self.threshold and not self.manual:
                self.begin(t0)
                self.speech_frames, self.last_end, self.last_end_len = 1, t1, len(self.buf)
                self.sound_len = len(self.buf)
                return ("start", round(t0, 3))
            return None
        self.buf.append(frame)
        if p >= self.threshold:
            self.silence = 0
            self.speech_frames += 1
            self.last_end, self.last_end_len = t1, len(self.buf)
        elif p < self.neg_threshold:
            self.silence += 1
        if p >= self.neg_threshold:
            self.sound_len = len(self.buf)
        if not self.manual and (self.silence >= self.min_silence or len(self.buf) >= self.max_frames):
            return ("end", self.finish("silence" if self.silence >= self.min_silence else "max"))
        if (not self.manual and self.turn is not None and self.silence in self.checks
                and self.check(self.checks[self.silence])):
            return ("end", self.finish("model"))
        if (not self.manual and self.turn is not None and self.text_end is not None and self.checks
                and self.silence > min(self.checks) and self.text_end(self.silence)):
            # the model was unsure at its check, the transcript says the utterance is finished
            return ("end", self.finish("text"))
        if (not self.manual and self.early_frames and self.silence == self.early_frames
                and self.speech_frames >= self.min_speech):
            # a pause that may be the end: the utterance as it is now (the endpoint's has more trailing
            # silence; _Speculation.matches accepts it only if that extra audio is clear silence)
            return ("pause", self.snapshot())
        return None


def turn_schedule(settings: Any) -> list[tuple[int, float]]:
    """When the end-of-turn model is asked in a pause: (silence ms, P(complete) threshold) pairs, the
    first at ``voice_turn_check_ms`` / ``voice_turn_threshold``, then ``voice_turn_rechecks`` (a
    threshold that falls as the silence grows: the longer the pause, the likelier the turn is done)."""
    points = [(settings.voice_turn_check_ms, settings.voice_turn_threshold)]
    for item in filter(None, (x.strip() for x in settings.voice_turn_rechecks.split(","))):
        ms, _, thr = item.partition(":")
        points.append((int(ms), float(thr)))
    return sorted(points)
