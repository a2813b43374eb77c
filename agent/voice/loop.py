"""The voice loop: audio source -> VAD + end-of-turn model -> STT -> agent -> sentence chunks -> TTS -> sink.

Endpointing (``agent/voice/endpoint.py``): silero-vad finds speech and pauses; in each pause the
end-of-turn model decides whether the user is done.  Speculation (``agent/voice/speculation.py``):
at a pause, before the endpoint, the transcript, a direct answer and its first chunk's audio are
made silently; the turn takes them over if the user has finished, else they are thrown away.

Everything streams: STT starts when the endpoint is detected, answer tokens go through the
sentence chunker, a TTS thread synthesizes each chunk while the next ones generate, and a
playback thread plays them.  All times are on one session timeline (``SessionClock``), so a
file source paced in real time and a recording sink make whole conversations measurable.

Duplex: half-duplex (default, for a speaker) ignores input while a turn runs.  Full-duplex
(``voice_full_duplex``, for headsets / file input) lets speech onset barge in: playback stops
at the next 20 ms block, the turn's CancelToken stops the LLM and pending tools, and the
assistant Turn in history is trimmed to the sentences that were (partly) played.

    loop = VoiceLoop(agent, PacedFileSource("q.wav"), WavSink("reply.wav"), on_event=print)
    records = loop.run()
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from typing import Any

import numpy as np

from agent.schemas import AgentEvent, RunResult
from agent.voice.audio_io import AudioSink, AudioSource, SessionClock
from agent.voice.chunker import SentenceChunker
from agent.voice.endpoint import FRAME_S, Endpointer, Utterance
from agent.voice.speculation import END, TOOL, PreSynth, Speculation
from tools.audio import decode_audio
from tools.base import CancelToken

__all__ = ["FRAME_S", "Endpointer", "TurnRecord", "Utterance", "VoiceLoop"]
log = logging.getLogger("mmagent.voice")
TOOL_ANNOUNCE = {"transcribe_audio": "transcribing...", "read_text_in_image": "reading the image...",
                 "caption_image": "looking at the image...", "search_images": "searching photos...",
                 "speak": "reading aloud..."}


@dataclass
class TurnRecord:
    """What happened in one voice turn, with session times (seconds)."""

    index: int
    onset: float = 0.0
    speech_end: float = 0.0
    endpoint: float = 0.0
    transcript_t: float | None = None
    plan_t: float | None = None
    first_token_t: float | None = None
    first_audio_t: float | None = None
    end_t: float | None = None
    transcript: str = ""
    answer: str = ""
    spoken: str = ""
    sentences: list[str] = field(default_factory=list)
    tools: list[str] = field(default_factory=list)
    skipped: str | None = None
    early_stt: bool = False
    end_reason: str = ""  # what ended the user's turn: model, text, silence (fallback), max, manual
    speculative: bool = False  # the answer was started at the pause, before the endpoint
    speculative_tts: bool = False  # its first chunk was synthesized before the endpoint too
    first_chunk_t: float | None = None  # the first chunk of the answer handed to TTS
    cancelled: bool = False
    barge_in_onset: float | None = None
    playback_stopped: float | None = None
    cancel: CancelToken = field(default_factory=CancelToken, repr=False)

    @property
    def kind(self) -> str:
        return "tool" if self.tools else "direct"

    def timings(self) -> dict[str, float | None]:
        """Seconds after the end of user speech for each stage."""
        def rel(t: float | None) -> float | None:
            return None if t is None else round(t - self.speech_end, 3)
        return {"endpoint": rel(self.endpoint), "transcript": rel(self.transcript_t), "plan": rel(self.plan_t),
                "first_token": rel(self.first_token_t), "first_chunk": rel(self.first_chunk_t),
                "first_audio": rel(self.first_audio_t),
                "end": rel(self.end_t)}

    def as_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "cancel"}
        d["sentences"], d["tools"] = list(self.sentences), list(self.tools)
        d.update(kind=self.kind, timings=self.timings())
        if self.barge_in_onset is not None and self.playback_stopped is not None:
            d["barge_in_latency"] = round(max(0.0, self.playback_stopped - self.barge_in_onset), 3)
        return d


class VoiceLoop:
    """Runs the conversation until the source ends (see module docstring)."""

    def __init__(
        self, agent: Any, source: AudioSource, sink: AudioSink, *, full_duplex: bool | None = None,
        push_to_talk: bool = False, on_event: Callable[[AgentEvent], None] | None = None,
        attachments: list[str] | None = None, vad_model: Any = None, clock: SessionClock | None = None,
        turn_model: Any = None,
    ) -> None:
        self.agent = agent
        self.settings = agent.settings
        self.source, self.sink = source, sink
        self.full_duplex = self.settings.voice_full_duplex if full_duplex is None else full_duplex
        self.push_to_talk = push_to_talk
        self.on_event = on_event
        self.attachments = list(attachments or [])
        self.clock = clock or SessionClock()
        if turn_model is None and self.settings.voice_turn_model == "smart-turn" and not push_to_talk:
            from agent.voice.turn import SmartTurn

            turn_model = SmartTurn(self.settings.voice_turn_model_path, threads=1).load()
        self.vad = Endpointer(self.settings, self.clock, vad_model, turn_model or None)
        self.vad.on_check = lambda t, p, done: self.emit("turn_check", at=t, probability=p, complete=done)
        if self.settings.voice_turn_text > 0 and self.settings.voice_early_stt_ms > 0:
            self.vad.text_end = self._text_end
        self.vad.manual = push_to_talk
        self.stt = agent.registry.get("transcribe_audio")
        self.tts = agent.registry.get("speak")
        self.records: list[TurnRecord] = []
        self._active: TurnRecord | None = None
        self._early: Speculation | None = None
        self._warm_thread: threading.Thread | None = None
        self._stop_warm = threading.Event()
        self._worker: threading.Thread | None = None
        self._emit_lock = threading.Lock()
        self._ptt = threading.Event()
        self._stop = threading.Event()

    def stop(self) -> None:
        """End the loop after the current frame (the running turn still finishes)."""
        self._stop.set()

    # -- events ----------------------------------------------------------------
    def emit(self, type_: str, **data: Any) -> None:
        if self.on_event is not None:
            ev = AgentEvent(type=type_, t=round(self.clock.now(), 4), data=data)  # type: ignore[arg-type]
            with self._emit_lock:
                self.on_event(ev)

    def state(self, state: str, **data: Any) -> None:
        self.emit("voice_state", state=state, **data)

    # -- warm-up ---------------------------------------------------------------
    def warm_up(self) -> None:
        """Load STT, TTS and the learned routing layer (every voice turn is routed by it, the early
        transcript's too) before listening; with ``voice_warm_llm`` the LLM loads and evaluates its
        system prompts in the background while listening."""
        self.stt.ensure_loaded()
        self.tts.ensure_loaded()
        if self.settings.planner != "llm":
            # its two encoders load in ~1-3 s on a 2-core box: paid by the first pause, that would push
            # the text end-of-turn verdict past the fallback silence
            self.agent.router.learned()
        if self.settings.voice_warm_llm:
            def warm() -> None:
                try:
                    planner = bool(self.attachments) or not self.settings.voice_fast_direct
                    if self.agent.warm_up(spoken=True, planner=planner, stop=self._stop_warm.is_set):
                        self.emit("voice_state", state="llm_ready")
                except Exception as exc:  # noqa: BLE001 - the first turn loads the model instead
                    self.emit("error", error=f"LLM warm-up failed: {type(exc).__name__}: {exc}")

            self._warm_thread = threading.Thread(target=warm, daemon=True, name="voice-llm-warm-up")
            self._warm_thread.start()

    # -- main loop -------------------------------------------------------------
    def run(self) -> list[TurnRecord]:
        self.warm_up()
        self.sink.open(int(self.tts.backend.sample_rate), self.clock)
        self.clock.reset()
        self.source.start(self.clock)
        if self.push_to_talk:
            threading.Thread(target=self._ptt_keys, daemon=True).start()
        self.state("listening")
        index = 0
        try:
            while not self._stop.is_set() and (frame := self.source.read()) is not None:
                self._on_frame(frame, index)
                index += 1
            if self.vad.active and not self._stop.is_set():
                self._endpoint(self.vad.finish("manual"))
        finally:
            if self._worker is not None:
                self._worker.join()
            if self._early is not None:  # never taken by a turn: throw it away
                self._early.discard()
                self._early.join()
            if self._warm_thread is not None:  # never leave the process inside llama.cpp at exit
                self._stop_warm.set()
                self._warm_thread.join()
            self.source.close()
            self.sink.close()
        self.state("done")
        return self.records

    def _ptt_keys(self) -> None:
        for _line in sys.stdin:
            if self._ptt.is_set():
                self._ptt.clear()
            else:
                self._ptt.set()

    def _busy(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    def _on_frame(self, frame: np.ndarray, index: int) -> None:
        t = self.source.frame_time(index)
        busy = self._busy()
        if busy and not self.full_duplex:
            if self.vad.active or self.vad.pre:
                self.vad.reset()
            return  # half-duplex: input is ignored while a turn runs
        if self.push_to_talk:
            if self._ptt.is_set() and not self.vad.active:
                self.vad.begin(t)
                self._speech_started(t)
            elif not self._ptt.is_set() and self.vad.active:
                self._endpoint(self.vad.finish())
                return
        ev = self.vad.process(frame, t)
        early = self._early
        if (early is not None and not early.superseded and (ev is None or ev[0] != "end")
                and (not self.vad.active or round(self.vad.last_end, 3) != early.utt.speech_end)):
            early.discard()  # the user went on speaking: stop the speculative answer now
        if ev is None:
            return
        if ev[0] == "start":
            self._speech_started(ev[1])
        elif ev[0] == "pause":
            self._start_early_stt(ev[1])
        else:
            self._endpoint(ev[1])

    def _start_early_stt(self, utt: Utterance) -> None:
        """Start transcribing at a pause, while the end-of-turn model and the endpoint are still pending.

        If no speech follows, the endpoint's utterance is this audio plus silence and the turn uses
        the result (the STT time overlaps the endpointing).  With ``voice_speculate`` a direct answer
        (no attachments, the fast planner, no tool in the plan) then starts too, buffered.  If the
        user goes on speaking, everything is discarded.  Skipped while a turn runs (it would compete
        for CPU and history may still change) and for unpaced input (no real silence to overlap).
        """
        if not self.source.realtime or self._busy():
            return
        prev, early = self._early, Speculation(utt)
        if prev is not None:
            prev.discard()  # speech resumed after that pause: its audio is not the utterance

        def work() -> None:
            try:
                if prev is not None:
                    prev.wait_stt()  # one STT model at a time
                if early.superseded:
                    return
                try:
                    early.result = self._transcribe(utt.audio)
                except Exception as exc:  # noqa: BLE001 - the turn falls back to a normal transcription
                    log.debug("early STT failed: %s", exc)
            finally:
                early.stt_done.set()
            try:
                wanted = self.vad.text_end is not None or self.settings.voice_speculate
                history = self._direct_history(early) if early.result is not None and wanted else None
                if history is not None and self.vad.text_end is not None and not early.superseded:
                    self._ask_text(early, history)
                if history is not None and self.settings.voice_speculate and not early.superseded:
                    self._speculate_answer(early, history)
            finally:
                early.decided.set()

        early.thread = threading.Thread(target=work, daemon=True, name="voice-early-stt")
        early.thread.start()
        self._early = early
        self.emit("stt_early", onset=utt.onset, speech_end=utt.speech_end)

    def _ask_text(self, early: Speculation, history: list[Any]) -> None:
        """The text end-of-turn signal for a direct question: the LLM's P(the early transcript is finished),
        from the prompt pass of the direct answer's own messages (the speculative answer that follows
        samples its first token from that pass: no extra forward pass).  Read by ``_text_end`` while the
        pause goes on.  Not asked for a request with files or a tool step (the LLM would work for
        nothing, and the turn's planner call would wait for it)."""
        text = early.result.text.strip()
        try:
            p = self.agent.end_of_turn(text, history)
        except Exception as exc:  # noqa: BLE001 - the audio model and the fallback still end the turn
            log.debug("text end-of-turn failed: %s", exc)
            return
        if p is not None and not early.superseded:
            early.text_p = p
            self.emit("turn_text", probability=round(p, 3), speech_end=early.utt.speech_end,
                      done=p >= self.settings.voice_turn_text)

    def _text_end(self, silence: int) -> bool:
        """(Audio thread.)  End the turn now on the text signal: the latest speculation is for this pause,
        nothing but clear silence followed its audio, its transcript's P(finished) reached
        ``voice_turn_text`` and ``voice_turn_text_ms`` of silence have passed."""
        early = self._early
        if (early is None or early.superseded or early.text_p is None
                or early.text_p < self.settings.voice_turn_text
                or silence * FRAME_S * 1000 < self.settings.voice_turn_text_ms):
            return False
        vad = self.vad
        return early.utt.onset == round(vad.onset, 3) and early.utt.speech_end == round(vad.last_end, 3) \
            and vad.heard() <= early.utt.audio.size

    def _fast(self) -> bool:
        return self.settings.voice_fast_direct and not self.attachments and self.settings.planner == "layered"

    def _speculate_answer(self, early: Speculation, history: list[Any]) -> None:
        """Run the agent on the early transcript with its events buffered (see ``Speculation``), and
        with ``voice_speculate_tts`` synthesize its first chunk as soon as it is written (``PreSynth``).

        Only for a direct answer: the caller asked the fast planner first (``_direct_history``: rules
        only, milliseconds), and a plan with any tool step is not speculated (no tool runs before the
        user has finished).
        The run does not remember; the turn that takes it over adds it to history.
        """
        text = early.result.text.strip()
        events: queue.Queue[Any] = queue.Queue()
        early.answer_request, early.events = text, events
        early.decided.set()
        first = self._chunker() if self.settings.voice_speculate_tts else None
        gen = self.agent.stream(text, [], cancel=early.cancel, planner="fast", spoken=True, remember=False,
                                history=history)
        try:
            for ev in gen:
                if ev.type == "tool_start" or (ev.type == "plan" and (ev.data.get("plan") or {}).get("steps")):
                    early.discard()  # not a direct answer after all (never expected: routed above)
                    events.put(TOOL)
                    return
                if first is not None and ev.type == "token" and (chunks := first.feed(ev.data["text"])):
                    self._presynth(early, chunks[0])  # before the token is queued: the turn finds it
                    first = None
                events.put(ev)
                if early.superseded:
                    return  # discarded (never taken over by a turn): stop here
            if first is not None and not early.superseded and (chunks := first.flush()):
                self._presynth(early, chunks[0])  # the whole answer is one chunk, done before the endpoint
        except Exception as exc:  # noqa: BLE001 - the turn that takes it over reports it
            events.put(exc)
        finally:
            try:
                gen.close()
            finally:
                events.put(END)

    def _direct_history(self, early: Speculation) -> list[Any] | None:
        """The history to answer the early transcript with, if it is a direct question (else None)."""
        from agent.compose import planner_history

        text = early.result.text.strip()
        if early.result.no_speech or not any(ch.isalnum() for ch in text) or not self._fast():
            return None
        history = list(self.agent.history)
        rr = self.agent.router.route(text, [], planner_history(history), planner="fast")
        return None if rr.plan.steps or rr.plan.rejected or early.superseded else history

    def _presynth(self, early: Speculation, chunk: str) -> None:
        early.first_audio = PreSynth(self.tts, chunk, early.cancel, hold_llm=self.settings.voice_tts_hold)
        self.emit("tts_early", chars=len(chunk))

    def _chunker(self) -> SentenceChunker:
        return SentenceChunker(self.settings.voice_first_chunk_chars, clauses=self.settings.voice_first_clause,
                               first_words=self.settings.voice_first_chunk_words)

    def _transcribe(self, audio: np.ndarray) -> Any:
        return self.stt.transcribe_array(audio, self.settings.voice_language, self.settings.voice_stt_window_s)

    def _take_early(self) -> Speculation | None:
        """Hand the latest speculation (if any) to the turn that is starting."""
        early, self._early = self._early, None
        return early

    def _speech_started(self, onset: float) -> None:
        self.emit("vad_start", onset=onset)
        self.state("hearing")
        rec = self._active
        if rec is not None and self._busy() and self.full_duplex and not rec.cancel.cancelled:
            rec.barge_in_onset = onset
            rec.cancelled = True
            rec.cancel.cancel()  # stops playback (next block), LLM streaming and pending tools

    def _endpoint(self, utt: Utterance | None) -> None:
        if utt is None:
            return
        self.emit("vad_end", onset=utt.onset, speech_end=utt.speech_end, endpoint=utt.endpoint,
                  speech_s=utt.speech_s, reason=utt.reason)
        min_speech = self.settings.voice_min_speech_ms / 1000
        if utt.speech_s < min_speech:
            self.emit("turn_end", skipped="too_short", speech_s=utt.speech_s)
            self.state("listening")
            return
        rec = TurnRecord(index=len(self.records) + 1, onset=utt.onset, speech_end=utt.speech_end,
                         endpoint=utt.endpoint, end_reason=utt.reason)
        self.records.append(rec)
        prev = self._worker
        early = self._take_early()
        if early is not None:
            if early.superseded or not early.matches(utt):
                early.discard()  # its STT is still waited out (one STT model at a time), its answer dropped
            else:
                early.cancel.turn = rec.cancel  # from now on a barge-in stops the speculative answer too
        self._active = rec
        self._worker = threading.Thread(target=self._turn, args=(rec, utt, prev, early), daemon=True,
                                        name=f"voice-turn-{rec.index}")
        self._worker.start()
        if not self.source.realtime:  # unpaced input: one turn at a time
            self._worker.join()

    # -- one turn --------------------------------------------------------------
    def _turn(self, rec: TurnRecord, utt: Utterance, prev: threading.Thread | None,
              early: Speculation | None = None) -> None:
        if prev is not None:
            prev.join()
        try:
            self._run_turn(rec, utt, early)
        except Exception as exc:  # noqa: BLE001 - a failed turn must not end the conversation
            self.emit("error", turn=rec.index, error=f"{type(exc).__name__}: {exc}")
            rec.skipped = rec.skipped or "error"
        finally:
            rec.end_t = round(self.clock.now(), 3)
            self.emit("turn_end", **rec.as_dict())
            self.state("listening")

    def _run_turn(self, rec: TurnRecord, utt: Utterance, early: Speculation | None = None) -> None:
        self.state("transcribing")
        res = None
        if early is not None:
            done = early.wait_stt()  # a stale run (speech went on after its pause) is waited out too
            res = done if not early.superseded else None
            if res is None:
                early = None
        if res is None:
            res = self._transcribe(utt.audio)
        else:
            rec.early_stt = True
        rec.transcript_t = round(self.clock.now(), 3)
        text = res.text.strip()
        if res.no_speech or not any(ch.isalnum() for ch in text):
            rec.skipped = "no_speech"
            return
        rec.transcript = text
        self.emit("transcript", turn=rec.index, text=text, stt_s=round(rec.transcript_t - utt.endpoint, 3))
        self.state("heard", text=text)
        if rec.cancel.cancelled:
            rec.skipped = "interrupted"
            return
        out = _Playback(self, rec)
        self.state("thinking")
        self._agent_turn(rec, text, out, early)

    def _events(self, rec: TurnRecord, text: str, early: Speculation | None) -> Iterator[AgentEvent]:
        """The agent's events for this turn: the speculative run's (buffered, then live) when one
        was started on this transcript, else a fresh ``chat`` run."""
        spec = early.answer_events(text) if early is not None else None
        if spec is None:
            yield from self.agent.chat(text, self.attachments, cancel=rec.cancel,
                                       planner="fast" if self._fast() else None, spoken=True)
            return
        rec.speculative = True
        while (ev := spec.get()) is not END:
            if ev is TOOL:
                rec.speculative = False
                yield from self.agent.chat(text, self.attachments, cancel=rec.cancel,
                                           planner="fast" if self._fast() else None, spoken=True)
                return
            if isinstance(ev, BaseException):
                raise ev
            if ev.type == "final":
                self.agent.remember(text, [], RunResult.model_validate(ev.data))
            yield ev

    def _agent_turn(self, rec: TurnRecord, text: str, out: _Playback, early: Speculation | None = None) -> None:
        chunker = self._chunker()
        via_tool = False
        for ev in self._events(rec, text, early):
            now = round(self.clock.now(), 3)
            if ev.type == "plan" and rec.plan_t is None:
                rec.plan_t = now
            elif ev.type == "tool_start":
                rec.tools.append(ev.data["tool"])
                self.state("tool", detail=TOOL_ANNOUNCE.get(ev.data["tool"], f"running {ev.data['tool']}..."))
            elif ev.type == "tool_end" and ev.data["tool"] == "speak" and ev.data["ok"] and ev.data.get("media"):
                via_tool = True  # play what the speak tool wrote instead of "I read it aloud: path"
                out.say(str(ev.data["args"].get("text", "")),
                        decode_audio(ev.data["media"][0]["path"], sample_rate=self.sink.sample_rate))
            elif ev.type == "token":
                if rec.first_token_t is None:
                    rec.first_token_t = now
                    self.emit("first_token", turn=rec.index, latency=round(now - rec.speech_end, 3))
                if not via_tool:
                    self._say(rec, out, chunker.feed(ev.data["text"]), early)
            elif ev.type == "final":
                rec.answer = ev.data.get("answer", "")
            self._forward(ev, rec.index)
        if not via_tool and not rec.cancel.cancelled:
            self._say(rec, out, chunker.flush(), early)
        if early is not None and early.first_audio is not None:
            early.first_audio.drop()  # made for a first chunk this turn never said
        out.finish()
        rec.spoken = out.spoken()
        if rec.cancel.cancelled:
            rec.playback_stopped = out.stopped_at
            self.emit("barge_in", turn=rec.index, onset=rec.barge_in_onset, stopped_at=out.stopped_at,
                      latency=rec.as_dict().get("barge_in_latency"), spoken=rec.spoken)
            self._trim_history(rec)

    def _say(self, rec: TurnRecord, out: _Playback, chunks: list[str], early: Speculation | None) -> None:
        """Hand text chunks to TTS; the first one plays the speculation's audio for it if there is any."""
        for chunk in chunks:
            audio = None
            hold = None
            if rec.first_chunk_t is None:
                rec.first_chunk_t = round(self.clock.now(), 3)
                audio = early.presynth(chunk) if rec.speculative and early is not None else None
                rec.speculative_tts = audio is not None
                if audio is None and self.settings.voice_tts_hold:  # the LLM writing this answer waits meanwhile
                    hold = early.cancel if rec.speculative and early is not None else rec.cancel
            out.say(chunk, audio, hold)

    def _trim_history(self, rec: TurnRecord) -> None:
        """After a barge-in, history keeps only what the user actually heard."""
        h = self.agent.history
        if h and h[-1].role == "assistant" and len(h) >= 2 and h[-2].content == rec.transcript:
            h[-1] = h[-1].model_copy(update={"content": rec.spoken, "result_text": None})

    def _forward(self, ev: AgentEvent, turn: int) -> None:
        if self.on_event is not None:
            data = dict(ev.data, turn=turn, run_t=ev.t)
            with self._emit_lock:
                self.on_event(AgentEvent(type=ev.type, t=round(self.clock.now(), 4), data=data))


class _Playback:
    """Per-turn TTS thread + playback thread joined by queues; tracks what was played."""

    def __init__(self, loop: VoiceLoop, rec: TurnRecord) -> None:
        self.loop, self.rec = loop, rec
        self.text_q: queue.Queue[tuple[int, np.ndarray | PreSynth | None, CancelToken | None] | None] = queue.Queue()
        self.audio_q: queue.Queue[tuple[int, np.ndarray] | None] = queue.Queue()
        self.played: dict[int, int] = {}
        self.stopped_at: float | None = None
        self.tts_thread = threading.Thread(target=self._tts, daemon=True)
        self.play_thread = threading.Thread(target=self._play, daemon=True)
        self.tts_thread.start()
        self.play_thread.start()

    def say(self, sentence: str, audio: np.ndarray | PreSynth | None = None, hold: CancelToken | None = None) -> None:
        """Queue ``sentence`` (with its audio when it was synthesized already); ``hold``: the token whose
        LLM waits between tokens while this sentence is synthesized (the first chunk: both share the cores)."""
        if self.rec.cancel.cancelled or not sentence:
            return
        self.rec.sentences.append(sentence)
        if hold is not None:
            hold.hold()
        self.text_q.put((len(self.rec.sentences) - 1, audio, hold))

    def _tts(self) -> None:
        speed = 1.0
        while (item := self.text_q.get()) is not None:
            i, audio, hold = item
            try:
                if self.rec.cancel.cancelled:
                    continue
                if isinstance(audio, np.ndarray):
                    self.audio_q.put((i, audio))
                    continue
                chunks = audio.chunks() if audio is not None else self.loop.tts.stream(self.rec.sentences[i], speed)
                for chunk in chunks:
                    if self.rec.cancel.cancelled:
                        break
                    self.audio_q.put((i, chunk))
            finally:
                if hold is not None:
                    hold.release()
        self.audio_q.put(None)

    def _on_start(self, t: float) -> None:
        if self.rec.first_audio_t is None:
            self.rec.first_audio_t = round(t, 3)
            self.loop.emit("first_audio", turn=self.rec.index, latency=round(t - self.rec.speech_end, 3))
            self.loop.state("speaking")

    def _play(self) -> None:
        sink = self.loop.sink
        sink.begin_turn(self.rec.index)
        cancel = self.rec.cancel
        while (item := self.audio_q.get()) is not None:
            i, audio = item
            if cancel.cancelled:
                continue
            n = sink.play(audio, lambda: cancel.cancelled, self._on_start)
            self.played[i] = self.played.get(i, 0) + n
            if cancel.cancelled and self.stopped_at is None:
                until = getattr(sink, "played_until", None)
                self.stopped_at = round(until() if until else self.loop.clock.now(), 3)
        if cancel.cancelled and self.stopped_at is None:
            until = getattr(sink, "played_until", None)
            self.stopped_at = round(until() if until else self.loop.clock.now(), 3)
        sink.end_turn(self.rec.index)

    def finish(self) -> None:
        self.text_q.put(None)
        self.tts_thread.join()
        self.play_thread.join()

    def spoken(self) -> str:
        return " ".join(s for i, s in enumerate(self.rec.sentences) if self.played.get(i, 0) > 0)
