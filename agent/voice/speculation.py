"""Speculation: work a voice turn starts at a pause, before the endpoint is certain.

At ``voice_early_stt_ms`` of silence the loop transcribes the utterance as it is; with
``voice_speculate`` a direct answer then starts too (its events buffered, never played) and, with
``voice_speculate_tts``, its first chunk is synthesized (``PreSynth``: audio kept, never played).
If no speech follows, the turn takes it all over; if the user goes on, everything is discarded.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from agent.voice.endpoint import Utterance
from tools.base import CancelToken


class SpecCancel(CancelToken):
    """A speculation's own cancel flag; once a turn takes the speculation over, the turn's flag
    (barge-in) cancels it too."""

    def __init__(self) -> None:
        super().__init__()
        self.turn: CancelToken | None = None

    @property
    def cancelled(self) -> bool:
        return self._event.is_set() or (self.turn is not None and self.turn.cancelled)

    def raise_if_cancelled(self) -> None:
        if self.cancelled:
            super().cancel()
            super().raise_if_cancelled()


END = object()  # end of a speculation's event stream
TOOL = object()  # the speculation planned a tool after all: the turn runs the request itself


@dataclass
class Speculation:
    """Work started at a pause, before the endpoint was certain: the transcription and then (for a
    direct answer) the agent's answer, whose events are buffered, never spoken.

    If no speech follows the pause, the turn takes it over (``matches``): it uses the transcript
    and replays then follows the buffered events.  If the user goes on, it is discarded: the
    cancel flag stops the LLM, nothing was played, and history was never touched (the speculative
    run does not remember; the turn that takes it over does).
    """

    utt: Utterance
    thread: threading.Thread | None = None
    result: Any = None  # STT result; None: not run, superseded or failed (the turn transcribes again)
    superseded: bool = False  # discarded: speech went on after this pause (or the loop ended)
    stt_done: threading.Event = field(default_factory=threading.Event)
    decided: threading.Event = field(default_factory=threading.Event)  # events set (or not) for good
    cancel: SpecCancel = field(default_factory=SpecCancel)
    events: queue.Queue[Any] | None = None  # the speculative answer's events, then END; None: no answer
    answer_request: str = ""
    first_audio: PreSynth | None = None  # the answer's first chunk, synthesized before the endpoint
    text_p: float | None = None  # the LLM's P(the transcript is a finished utterance); None: not asked (yet)

    def matches(self, utt: Utterance) -> bool:
        """The endpoint's utterance is this one plus clear silence: same onset, no speech window after
        the same last one, and nothing louder than clear silence after this audio (the buffer only grows)."""
        if self.utt.onset != utt.onset or self.utt.speech_end != utt.speech_end:
            return False
        if utt.heard_samples < 0:
            return self.utt.audio.size == utt.audio.size
        return utt.heard_samples <= self.utt.audio.size <= utt.audio.size

    def discard(self) -> None:
        self.superseded = True
        self.cancel.cancel()

    def wait_stt(self) -> Any:
        self.stt_done.wait()
        return self.result

    def answer_events(self, text: str) -> queue.Queue[Any] | None:
        """The speculative answer's event queue for the turn's transcript ``text``, if one was started."""
        self.decided.wait()
        return self.events if self.events is not None and self.answer_request == text else None

    def presynth(self, text: str) -> PreSynth | None:
        """The first chunk's audio when the turn's first chunk is ``text`` (else it is dropped)."""
        pre, self.first_audio = self.first_audio, None
        if pre is not None and pre.text != text:
            pre.drop()
            return None
        return pre

    def join(self) -> None:
        if self.thread is not None:
            self.thread.join()
        if self.first_audio is not None:
            self.first_audio.join()


class PreSynth:
    """One chunk synthesized on its own thread before anyone may play it: ``chunks()`` hands the audio
    over as it comes (the turn's TTS thread plays it once the turn has taken the speculation over).
    The speculation's cancel flag (a discard, or the turn's barge-in after a take-over) stops it."""

    def __init__(self, tts: Any, text: str, cancel: CancelToken, *, hold_llm: bool = False) -> None:
        self.tts, self.text, self.cancel = tts, text, cancel
        self.hold_llm = hold_llm  # the speculative LLM (paced by ``cancel``) waits while this synthesizes
        self._dropped = threading.Event()
        self._q: queue.Queue[Any] = queue.Queue()
        self.thread = threading.Thread(target=self._run, daemon=True, name="voice-early-tts")
        self.thread.start()

    def _stopped(self) -> bool:
        return self.cancel.cancelled or self._dropped.is_set()

    def _run(self) -> None:
        if self.hold_llm:
            self.cancel.hold()
        try:
            if not self._stopped():
                for chunk in self.tts.stream(self.text, 1.0):
                    if self._stopped():
                        break
                    self._q.put(chunk)
        except Exception as exc:  # noqa: BLE001 - the reader synthesizes the chunk itself
            self._q.put(exc)
        finally:
            if self.hold_llm:
                self.cancel.release()
            self._q.put(None)

    def chunks(self) -> Iterator[Any]:
        """The audio chunks, each as soon as it is ready; if the early synthesis failed before its
        first chunk, the chunk is synthesized here instead."""
        given = 0
        while (item := self._q.get()) is not None:
            if isinstance(item, BaseException):
                if given:
                    raise item
                yield from self.tts.stream(self.text, 1.0)
                return
            given += 1
            yield item

    def drop(self) -> None:
        self._dropped.set()

    def join(self) -> None:
        self.thread.join()
