"""The voice loop end to end, headless: real silero-vad, Whisper and Piper; a scripted LLM.

A file source (paced in real time, or unpaced) and a recording sink with timestamps make
whole conversations testable without audio devices.  The PulseAudio test drives the real
device path (sounddevice/PortAudio) through a null sink and its monitor when it can run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from agent.config import Settings
from agent.core import Agent
from agent.models import ModelStore
from agent.voice.audio_io import FRAME, ArraySource, DirSink, RecordingSink, StdinSource, WavSink, make_sink
from agent.voice.loop import Endpointer, VoiceLoop
from bench.wer import wer
from tools.audio import SAMPLE_RATE, decode_audio, rms_dbfs, write_wav
from tools.base import CancelToken
from tools.registry import ToolRegistry
from tools.testing import ScriptedChatModel

LONG_ANSWER = " ".join(
    f"This is sentence number {n} of a long answer about the moon, which keeps going." for n in range(1, 13)
)


@pytest.fixture(scope="module")
def vsettings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    tmp = tmp_path_factory.mktemp("voice")
    # jfk.flac has one-second pauses inside the sentence: endpoint after 1.2 s of silence (the fixed-silence
    # endpointer and the 30 s Whisper window these tests were written for; the end-of-turn model and the
    # short window, today's defaults, have their own tests in test_voice_turn.py and below)
    return Settings(output_dir=tmp / "out", model_dir=tmp / "models", stt_threads=1, llm_threads=1,
                    voice_min_silence_ms=1200, voice_turn_model="off", voice_stt_window_s=0.0,
                    tts_variation=0.0)  # synthesized questions: the same audio on every run


@pytest.fixture(scope="module")
def registry(vsettings: Settings) -> ToolRegistry:
    reg = ToolRegistry(vsettings, models=ModelStore(vsettings))
    for name in ("transcribe_audio", "speak"):
        av = reg.get(name).availability()
        if not av.ok:
            pytest.skip(f"{name} models not installed: {av.fix}")
    return reg


@pytest.fixture(scope="module")
def vad_model():
    silero = pytest.importorskip("silero_vad")
    return silero.load_silero_vad(onnx=True)


@pytest.fixture(scope="module")
def synth(registry: ToolRegistry, tmp_path_factory: pytest.TempPathFactory):
    """Piper speech for ``text`` at 16 kHz (real synthesized speech as user input)."""
    tts = registry.get("speak")
    tmp = tmp_path_factory.mktemp("synth")

    def make(text: str) -> np.ndarray:
        audio = np.concatenate(list(tts.stream(text)))
        path = write_wav(tmp / "q.wav", audio, tts.backend.sample_rate)
        return decode_audio(path)

    return make


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * SAMPLE_RATE), np.float32)


def speech_onset(audio: np.ndarray) -> float:
    """Ground-truth onset: first 10 ms frame louder than -35 dBFS."""
    step = SAMPLE_RATE // 100
    for i in range(0, audio.size - step, step):
        if rms_dbfs(audio[i:i + step]) > -35:
            return i / SAMPLE_RATE
    raise AssertionError("no speech in audio")


class InterruptingSource(ArraySource):
    """Real-time source: ``first``, then silence until ``trigger`` is set, then after ``delay``
    seconds ``second`` (the user talking over the reply), then a silent tail."""

    def __init__(self, first: np.ndarray, second: np.ndarray, delay: float, timeout: float = 60.0) -> None:
        super().__init__(first, tail_silence_s=0.0)
        self.second, self.delay, self.timeout = second, delay, timeout
        self.trigger = threading.Event()
        self.trigger_t = 0.0
        self.second_at: float | None = None

    def fire(self, t: float) -> None:
        if not self.trigger.is_set():
            self.trigger_t = t
            self.trigger.set()

    def read(self) -> np.ndarray | None:
        if self.pos >= self.audio.size and self.second_at is None:
            now = self.pos / SAMPLE_RATE
            if self.trigger.is_set() and now >= self.trigger_t + self.delay:
                self.second_at = now
                self.audio = np.concatenate([self.audio, self.second, silence(1.5)])
            elif now < self.timeout:
                self.audio = np.concatenate([self.audio, silence(0.032)])
        return super().read()


def run_loop(settings, registry, vad_model, audio, script, *, fast=False, full_duplex=False, token_delay=0.02,
             sink=None, source=None, on_event=None):
    model = ScriptedChatModel(script, token_delay=token_delay)
    agent = Agent(settings, model=model, registry=registry)
    events = []

    def record(ev):
        events.append(ev)
        if on_event:
            on_event(ev)

    sink = sink or RecordingSink(fast=fast)
    source = source or ArraySource(audio, fast=fast)
    loop = VoiceLoop(agent, source, sink, full_duplex=full_duplex, on_event=record, vad_model=vad_model)
    records = loop.run()
    return agent, model, records, events, sink


@pytest.mark.real
def test_two_turn_conversation_with_follow_up(vsettings, registry, vad_model, synth, shared_audio, tmp_path):
    jfk = decode_audio(shared_audio / "jfk.flac")
    follow_up = synth("Read that aloud again.")
    audio = np.concatenate([silence(0.5), jfk, silence(2.0), follow_up])
    answer = "That was President Kennedy, in his inaugural address. He asked people to serve their country."
    sink = WavSink(tmp_path / "timeline.wav", fast=True)
    agent, model, records, events, sink = run_loop(
        vsettings, registry, vad_model, audio, [answer], fast=True, sink=sink)
    turns = [r for r in records if not r.skipped]
    assert len(turns) == 2, [r.as_dict() for r in records]
    t1, t2 = turns
    assert "ask not what your country can do for you" in t1.transcript.lower()
    assert t1.kind == "direct" and t1.spoken == answer
    assert t1.sentences[0] == "That was President Kennedy,"  # short first chunk
    # the follow-up used history: the speak tool read the previous answer
    assert t2.tools == ["speak"] and t2.spoken == answer, t2.as_dict()
    assert [t.role for t in agent.history] == ["user", "assistant", "user", "assistant"]
    assert agent.history[0].content == t1.transcript
    types = [e.type for e in events]
    for needed in ("vad_start", "vad_end", "transcript", "first_token", "first_audio", "turn_end"):
        assert needed in types
    # unpaced input runs on a virtual clock: the stages are still in order on one timeline
    assert t1.speech_end < t1.endpoint <= t1.transcript_t <= t1.first_token_t <= t1.first_audio_t <= t1.end_t
    assert t1.timings()["endpoint"] >= vsettings.voice_min_silence_ms / 1000 - 0.05
    # --json prints every event and the records as JSON
    json.dumps([r.as_dict() for r in records])
    assert all(json.loads(e.model_dump_json())["type"] == e.type for e in events)
    # both replies are in the timeline recording
    timeline = decode_audio(tmp_path / "timeline.wav")
    assert timeline.size / SAMPLE_RATE > 8.0 and rms_dbfs(timeline) > -40


@pytest.mark.real
def test_barge_in_stops_playback_cancels_generation_and_trims_history(vsettings, registry, vad_model, synth,
                                                                      shared_audio):
    question = synth("Tell me about the moon.")
    jfk = decode_audio(shared_audio / "jfk.flac")
    # the user starts talking 1 s after the reply's first audio, whatever the machine's load
    source = InterruptingSource(np.concatenate([silence(0.3), question]), jfk, delay=1.0)
    # no files attached: voice turns answer directly (voice_fast_direct), no planner call
    script = [LONG_ANSWER, "Ask what you can do."]

    def on_event(ev):
        if ev.type == "first_audio":
            source.fire(ev.t)

    # ~150 words at 0.1 s: generation is still running when the user barges in
    agent, model, records, events, sink = run_loop(vsettings, registry, vad_model, None, script, full_duplex=True,
                                                   token_delay=0.1, source=source, on_event=on_event)
    assert source.second_at is not None, "the reply never started playing"
    onset_true = source.second_at + speech_onset(jfk)
    t1 = records[0]
    assert t1.transcript.lower().startswith("tell me about the moon")
    load = os.getloadavg()[0]
    assert t1.first_audio_t is not None and t1.first_audio_t < onset_true, \
        f"reply did not start before the barge-in (load {load:.1f}): {t1.as_dict()}"
    assert t1.cancelled and t1.barge_in_onset is not None
    # playback stopped within 200 ms of the real speech onset (audio timeline)
    stopped = max(t for t, s in sink.segments if t < onset_true + 5) if sink.segments else 0
    assert t1.playback_stopped is not None
    latency = t1.playback_stopped - onset_true
    print(f"barge-in: playback stopped {latency * 1000:.0f} ms after speech onset (load {load:.1f})")
    assert latency <= 0.2, f"playback stopped {latency:.3f} s after speech onset (load {load:.1f})"
    assert stopped <= onset_true + 0.2
    # generation was cancelled: the answer is a prefix of the scripted one
    assert len(t1.answer) < len(LONG_ANSWER) and LONG_ANSWER.startswith(t1.answer)
    # history keeps only what was (partly) played
    assert agent.history[1].role == "assistant"
    assert agent.history[1].content == t1.spoken
    assert t1.spoken and len(t1.spoken) < len(t1.answer) + 1 and t1.answer.startswith(t1.spoken[:40])
    assert "barge_in" in [e.type for e in events]
    # the interrupting utterance became the next turn
    assert len(records) >= 2 and "country" in records[-1].transcript.lower()


@pytest.mark.real
def test_silence_and_noise_produce_no_turn(vsettings, registry, vad_model):
    rng = np.random.default_rng(0)
    noise = (rng.standard_normal(int(2.0 * SAMPLE_RATE)) * 0.02).astype(np.float32)  # ~ -34 dBFS hiss
    audio = np.concatenate([silence(1.5), noise, silence(1.0)])
    agent, model, records, events, _ = run_loop(vsettings, registry, vad_model, audio, [], fast=True)
    assert [r for r in records if not r.skipped] == []
    assert model.calls == [] and agent.history == []


def test_endpointer_guards_short_blips(vsettings, vad_model):
    """A blip shorter than voice_min_speech_ms never reaches STT (hallucination guard)."""
    from agent.voice.audio_io import SessionClock
    from agent.voice.loop import Utterance

    ep = Endpointer(vsettings, SessionClock(), vad_model)
    assert ep.min_silence == round(1.2 / 0.032) and ep.pad == round(0.2 / 0.032)
    calls = []

    class Loop(VoiceLoop):
        def __init__(self) -> None:  # only what _endpoint needs
            self.settings, self.records, self.on_event = vsettings, [], calls.append
            self._emit_lock = threading.Lock()
            from agent.voice.audio_io import SessionClock
            self.clock = SessionClock()

    loop = Loop()
    loop._endpoint(Utterance(np.zeros(1600, np.float32), 1.0, 1.1, 1.2, speech_s=0.1))
    assert loop.records == [] and calls[-2].data["skipped"] == "too_short"


def test_stdin_source_reads_s16le_frames() -> None:
    import io

    pcm = (np.arange(1000) % 100 * 100).astype("<i2").tobytes()
    src = StdinSource(io.BytesIO(pcm))
    a, b = src.read(), src.read()
    assert a is not None and a.size == 512 and b is not None and b.size == 512
    assert src.read() is None
    assert abs(a[1] - 100 / 32768) < 1e-6


def test_dir_sink_writes_one_wav_per_turn(tmp_path) -> None:
    from agent.voice.audio_io import SessionClock

    sink = make_sink(str(tmp_path / "replies"), fast=True)
    assert isinstance(sink, DirSink)
    sink.open(22050, SessionClock())
    for turn in (1, 2):
        sink.begin_turn(turn)
        sink.play(np.ones(2205, np.float32) * 0.1, lambda: False, lambda t: None)
        sink.end_turn(turn)
    assert [p.name for p in sink.files] == ["turn_001.wav", "turn_002.wav"]


def test_no_device_error_is_one_line(monkeypatch) -> None:
    from agent.voice.audio_io import DeviceError, make_source

    try:
        import sounddevice as sd
    except (ImportError, OSError) as exc:  # OSError: libportaudio2 missing (make test installs it)
        pytest.skip(f"sounddevice/PortAudio unavailable: {exc}")
    monkeypatch.setattr(sd, "query_devices", lambda kind=None: (_ for _ in ()).throw(ValueError("none")))
    with pytest.raises(DeviceError) as exc:
        make_source("mic")
    assert "no audio input device" in exc.value.one_line() and "--input FILE" in exc.value.one_line()


# ----------------------------------------------------------------------------- devices
_STARTED_PULSE: list[bool] = []


def _pulse_null_sink() -> str | None:
    """Start PulseAudio with a null sink as default output and its monitor as default input.
    Returns a reason to skip, or None when ready (``_STARTED_PULSE`` says whether we started it)."""
    if not shutil.which("pulseaudio") or not shutil.which("pactl"):
        return "pulseaudio is not installed (apt-get install pulseaudio)"
    try:
        import sounddevice  # noqa: F401
    except (ImportError, OSError) as exc:
        return f"sounddevice/PortAudio unavailable: {exc}"
    if subprocess.run(["pactl", "info"], capture_output=True).returncode != 0:
        if os.geteuid() != 0:
            return "no PulseAudio server running and not root to start one"
        subprocess.run(["pulseaudio", "--daemonize", "--exit-idle-time=-1"], capture_output=True)
        _STARTED_PULSE.append(True)
        for _ in range(50):
            if subprocess.run(["pactl", "info"], capture_output=True).returncode == 0:
                break
            time.sleep(0.1)
        else:
            return "could not start a PulseAudio daemon"
    sinks = subprocess.run(["pactl", "list", "short", "sinks"], capture_output=True, text=True).stdout
    if "mmagent_null" not in sinks:
        subprocess.run(["pactl", "load-module", "module-null-sink", "sink_name=mmagent_null"], capture_output=True)
    subprocess.run(["pactl", "set-default-sink", "mmagent_null"], capture_output=True)
    subprocess.run(["pactl", "set-default-source", "mmagent_null.monitor"], capture_output=True)
    return None


@pytest.mark.real
def test_mic_and_speaker_through_pulseaudio_null_sink(vsettings, registry, vad_model, synth, tmp_path):
    reason = _pulse_null_sink()
    if reason:
        pytest.skip(f"device test skipped: {reason}")
    import sounddevice as sd

    try:
        sd._terminate()
        sd._initialize()  # PortAudio lists devices at init: pick up the new server
        from agent.voice.audio_io import MicSource, SpeakerSink

        source, sink = MicSource(), SpeakerSink()
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"device test skipped: PortAudio sees no usable device ({exc})")
    question = synth("What is the capital of France?")
    wav = write_wav(tmp_path / "q.wav", question, SAMPLE_RATE)
    model = ScriptedChatModel(["Paris is the capital of France."])
    agent = Agent(vsettings, model=model, registry=registry)
    events = []
    loop = VoiceLoop(agent, source, sink, full_duplex=False, vad_model=vad_model)
    played: list[bool] = []

    def on_event(ev):
        events.append(ev)
        if ev.type == "voice_state" and ev.data.get("state") == "listening" and not played:
            played.append(True)
            # the "user" talks into the null sink once the loop listens (models load first); the mic records
            # its monitor
            threading.Timer(0.5, lambda: subprocess.run(["paplay", str(wav)], capture_output=True)).start()
        if ev.type == "turn_end" and not ev.data.get("skipped"):
            loop.stop()

    loop.on_event = on_event
    timer = threading.Timer(60, loop.stop)
    timer.start()
    try:
        records = loop.run()
    finally:
        timer.cancel()
        if _STARTED_PULSE:  # leave no daemon behind that this test started
            subprocess.run(["pulseaudio", "--kill"], capture_output=True)
            _STARTED_PULSE.clear()
    turns = [r for r in records if not r.skipped]
    assert turns and "what is the capital of" in turns[0].transcript.lower()  # "France" is sometimes heard as "friends" (#10)
    assert turns[0].first_audio_t is not None and turns[0].spoken == "Paris is the capital of France."


def test_voice_cli_without_device_says_so(monkeypatch, capsys) -> None:
    from agent import cli

    try:
        import sounddevice as sd
    except (ImportError, OSError) as exc:  # OSError: libportaudio2 missing (make test installs it)
        pytest.skip(f"sounddevice/PortAudio unavailable: {exc}")
    monkeypatch.setattr(sd, "query_devices", lambda kind=None: (_ for _ in ()).throw(ValueError("none")))
    code = cli.main(["voice"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 6 and len(err) == 1 and "--input FILE" in err[0]


def test_voice_cli_rejects_bad_output(tmp_path: Path, capsys) -> None:
    from agent import cli

    code = cli.main(["voice", "--input", str(tmp_path / "missing.wav"), "--output", str(tmp_path / "o.mp3")])
    assert code in (2, 3)


@pytest.mark.real
def test_push_to_talk_uses_the_key_presses_not_the_vad(vsettings, registry, vad_model, synth):
    question = synth("What is the capital of France?")
    audio = np.concatenate([silence(0.5), question, silence(1.0)])
    model = ScriptedChatModel(["Paris."])
    agent = Agent(vsettings, model=model, registry=registry)
    frames = {"n": 0}

    class Keys(ArraySource):
        def read(self):  # Enter at 0.3 s, Enter again 0.3 s after the speech ends
            frames["n"] += 1
            t = frames["n"] * 512 / SAMPLE_RATE
            if abs(t - 0.3) < 0.016:
                loop._ptt.set()
            if abs(t - (0.8 + question.size / SAMPLE_RATE)) < 0.016:
                loop._ptt.clear()
            return super().read()

    loop = VoiceLoop(agent, Keys(audio, fast=True), RecordingSink(fast=True), push_to_talk=True, vad_model=vad_model)
    loop._ptt_keys = lambda: None  # no terminal in tests
    records = loop.run()
    # the turn boundaries are under test here, not hearing: Piper renders "France" differently on
    # each call and Whisper base sometimes hears "friends" (issue #10; hearing is measured in
    # bench/hearing_bench.py and gated in test_speech_real.py)
    assert len(records) == 1 and "what is the capital of" in records[0].transcript.lower()
    assert records[0].spoken == "Paris."


@pytest.mark.real
def test_early_stt_at_pauses_is_used_only_when_no_speech_follows(vsettings, registry, vad_model, shared_audio):
    """Real-time input: STT starts at each pause; a pause the speaker talks through is discarded,
    the final one (no speech follows) becomes the turn's transcript before the endpoint."""
    jfk = decode_audio(shared_audio / "jfk.flac")  # has ~1 s pauses inside its one sentence
    agent, model, records, events, _ = run_loop(
        vsettings, registry, vad_model, np.concatenate([silence(0.3), jfk]), ["Kennedy said that."])
    turns = [r for r in records if not r.skipped]
    assert len(turns) == 1, [r.as_dict() for r in records]
    t = turns[0]
    early = [e for e in events if e.type == "stt_early"]
    assert len(early) >= 2  # at least one inner pause plus the final one
    assert t.early_stt, t.as_dict()
    # the whole sentence, not the part before the first pause
    assert wer("And so my fellow Americans, ask not what your country can do for you, "
               "ask what you can do for your country.", t.transcript) <= 0.1, t.transcript
    assert early[-1].data["speech_end"] == t.speech_end


@pytest.mark.real
def test_short_window_stt_matches_the_30s_window(registry, synth):
    """voice_stt_window_s: a short encoder window transcribes short questions like the 30 s one."""
    stt = registry.get("transcribe_audio")
    questions = ["What is the capital of France?", "How many legs does a spider have?",
                 "Which planet is closest to the sun?", "Set a timer for ten minutes."]
    short_err, full_err = [], []
    for q in questions:
        audio = np.concatenate([silence(0.2), synth(q), silence(0.2)])
        short_err.append(wer(q, stt.transcribe_array(audio, "en", window_s=10).text))
        full_err.append(wer(q, stt.transcribe_array(audio, "en").text))
    assert np.mean(short_err) <= max(0.1, np.mean(full_err) + 0.05), (short_err, full_err)


@pytest.mark.real
def test_short_window_stt_with_a_prompt(registry, shared_audio):
    """voice_stt_prompt: Whisper's previous-text prompt conditions the short window; the words heard are
    the recording's, never the prompt's."""
    backend = registry.get("transcribe_audio")
    backend.ensure_loaded()
    audio = decode_audio(shared_audio / "jfk.flac")[int(7.7 * SAMPLE_RATE):]  # "ask what you can do for your country."
    prompt = "Questions, commands and requests, spoken to a home assistant."
    t = backend.backend.transcribe_short(audio, "en", 10.0, prompt)
    assert t is not None and wer("ask what you can do for your country", t.text) <= 0.15, t
    assert "assistant" not in t.text.lower()


@pytest.mark.real
def test_voice_stt_beam_size_reaches_the_short_window(vsettings, shared_audio):
    """voice_stt_beam_size: the voice turn's short-window call decodes with that beam (here 3) and hears
    the recording as the greedy call does."""
    from tools.stt import TranscribeAudio

    audio = decode_audio(shared_audio / "jfk.flac")[int(7.7 * SAMPLE_RATE):]  # "ask what you can do for your country."
    seen = []
    tool = TranscribeAudio(vsettings.model_copy(update={"voice_stt_beam_size": 3}), ModelStore(vsettings))
    tool.ensure_loaded()
    real = tool.backend.model.model.generate
    tool.backend.model.model.generate = lambda *a, **k: (seen.append(k.get("beam_size")), real(*a, **k))[1]
    r = tool.transcribe_array(audio, "en", 10.0)
    assert seen == [3], seen
    assert wer("ask what you can do for your country", r.text) <= 0.15, r.text


def test_looping_detects_whisper_repetition() -> None:
    from tools.stt import looping

    assert looping("What is 2 plus 3? What is 2 plus 3? What is 2 plus 3?")
    assert not looping("ask not what your country can do for you, ask what you can do for your country")
    assert not looping("no no no")  # single-word repeats are speech, not a loop


class GatedSource(ArraySource):
    """Real-time source that stops delivering audio at ``hold_at`` seconds until ``gate`` is set
    (or ``timeout`` passes): the test decides *what* has happened by then, not how fast.

    Like a microphone that was muted meanwhile, the audio after the hold is then captured in real
    time (shifted by the time held), not delivered as a backlog at once: a backlog would reach the
    loop within milliseconds, while the turn that set the gate may still be finishing."""

    def __init__(self, audio: np.ndarray, hold_at: float, gate: threading.Event, timeout: float = 60.0) -> None:
        super().__init__(audio, tail_silence_s=1.5)
        self.hold = int(hold_at * SAMPLE_RATE)
        self.gate, self.timeout = gate, timeout
        self.held_s = 0.0  # how long delivery was held
        self.hold_frame = -1  # index of the first frame after the hold

    def read(self) -> np.ndarray | None:
        if self.pos >= self.hold and self.hold >= 0:
            self.gate.wait(self.timeout)
            self.held_s = max(0.0, self.clock.now() - self.pos / SAMPLE_RATE)
            self.hold_frame, self.hold = self.pos // FRAME, -1  # once
        if self.pos >= self.audio.size:
            return None
        frame = self.audio[self.pos:self.pos + FRAME]
        frame = np.pad(frame, (0, FRAME - frame.size)) if frame.size < FRAME else frame
        self.pos += FRAME
        self.clock.sleep_until(self.pos / SAMPLE_RATE + self.held_s)
        return frame

    def frame_time(self, index: int) -> float:
        return super().frame_time(index) + (self.held_s if 0 <= self.hold_frame <= index else 0.0)


@pytest.mark.real
def test_speculative_answer_started_at_the_pause_is_kept_when_no_speech_follows(vsettings, registry, vad_model,
                                                                                 synth):
    """voice_speculate: the answer starts at the pause (buffered, silent); the endpoint then keeps it:
    one LLM call in all, spoken once, remembered once."""
    question = synth("How many legs does a spider have?")
    started = threading.Event()

    def script(messages, schema):
        started.set()
        return "Spiders have eight legs."

    speech_end = 0.3 + question.size / SAMPLE_RATE
    # the audio stops 0.4 s into the trailing silence until the speculative answer has started
    source = GatedSource(np.concatenate([silence(0.3), question]), speech_end + 0.4, started)
    agent, model, records, events, sink = run_loop(vsettings, registry, vad_model, None, script, source=source)
    assert started.is_set()
    turns = [r for r in records if not r.skipped]
    assert len(turns) == 1, [r.as_dict() for r in records]
    t = turns[0]
    assert t.early_stt and t.speculative, t.as_dict()
    assert "spider" in t.transcript.lower()
    assert len(model.calls) == 1  # the speculative call was the turn's call
    assert t.answer == "Spiders have eight legs." and t.spoken == "Spiders have eight legs."
    assert [(h.role, h.content) for h in agent.history] == [("user", t.transcript),
                                                           ("assistant", "Spiders have eight legs.")]
    assert t.endpoint <= t.first_token_t <= t.first_audio_t  # nothing was played before the endpoint
    assert all(s >= t.endpoint for s, _ in sink.segments)


@pytest.mark.real
def test_speculative_answer_is_discarded_when_the_user_goes_on(vsettings, registry, vad_model, synth):
    """A pause inside the question starts a speculative answer; the user goes on: it is never played,
    never remembered, and the turn answers the whole question."""
    first, rest = synth("What is the capital"), synth("of Germany?")
    speculated = threading.Event()

    def script(messages, schema):
        if "germany" in messages[-1]["content"].lower():
            return "Berlin."
        speculated.set()
        return "Speculative reply that must never be heard."

    # a 0.9 s pause (the fixed 1.2 s endpoint silence does not end the turn there); the audio holds
    # 0.5 s into the pause until the speculative answer has started
    pause_at = 0.3 + first.size / SAMPLE_RATE
    audio = np.concatenate([silence(0.3), first, silence(0.9), rest])
    source = GatedSource(audio, pause_at + 0.5, speculated)
    agent, model, records, events, sink = run_loop(vsettings, registry, vad_model, None, script, source=source,
                                                   token_delay=0.3)
    assert speculated.is_set()
    turns = [r for r in records if not r.skipped]
    assert len(turns) == 1, [r.as_dict() for r in records]
    t = turns[0]
    assert "germany" in t.transcript.lower(), t.transcript
    assert t.spoken == "Berlin." and t.sentences == ["Berlin."]
    assert [(h.role, h.content) for h in agent.history] == [("user", t.transcript), ("assistant", "Berlin.")]
    assert not any("Speculative" in str(e.data) for e in events)  # its events never left the loop
    assert len(sink.segments) > 0 and all(s >= t.endpoint for s, _ in sink.segments)


def _counting_tts(registry: ToolRegistry, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the speak tool is asked to synthesize (the loop and the speculation share it)."""
    tts, asked = registry.get("speak"), []
    real = tts.stream

    def counting(text, *a, **k):
        asked.append(text)
        return real(text, *a, **k)

    monkeypatch.setattr(tts, "stream", counting)
    return asked


@pytest.mark.real
def test_speculative_first_chunk_audio_is_made_before_the_endpoint_and_played_after_it(vsettings, registry,
                                                                                      vad_model, synth, monkeypatch):
    """voice_speculate_tts: the speculative answer's first chunk is synthesized at the pause, before the
    endpoint, and kept silent; the turn that takes the speculation over plays that audio (the chunk is
    synthesized once in all) and only after the endpoint."""
    question = synth("How many legs does a spider have?")
    asked = _counting_tts(registry, monkeypatch)
    made = threading.Event()
    speech_end = 0.3 + question.size / SAMPLE_RATE
    # the audio stops 0.4 s into the trailing silence until the first chunk's audio is being made
    source = GatedSource(np.concatenate([silence(0.3), question]), speech_end + 0.4, made)
    answer = "Spiders have eight long legs, which they walk on."
    agent, model, records, events, sink = run_loop(
        vsettings, registry, vad_model, None, lambda m, s: answer, source=source,
        on_event=lambda ev: made.set() if ev.type == "tts_early" else None)
    turns = [r for r in records if not r.skipped]
    assert len(turns) == 1, [r.as_dict() for r in records]
    t = turns[0]
    assert t.speculative and t.speculative_tts, t.as_dict()
    early = [e for e in events if e.type == "tts_early"]
    assert len(early) == 1 and early[0].t < t.endpoint  # made before the endpoint was decided
    assert t.sentences == ["Spiders have eight long", "legs, which they walk on."]  # voice_first_chunk_words=4
    assert asked.count("Spiders have eight long") == 1  # the speculative audio is what was played
    assert t.spoken == answer and len(model.calls) == 1
    assert [(h.role, h.content) for h in agent.history] == [("user", t.transcript), ("assistant", answer)]
    assert sink.segments and all(s >= t.endpoint for s, _ in sink.segments)  # nothing played before it


@pytest.mark.real
def test_speculative_first_chunk_audio_is_never_played_when_the_user_goes_on(vsettings, registry, vad_model,
                                                                           synth, monkeypatch):
    """A pause inside the question: the speculative answer's first chunk is synthesized, then the user
    goes on; that audio is never played nor remembered, and the turn answers the whole question."""
    first, rest = synth("What is the capital"), synth("of Germany?")
    asked = _counting_tts(registry, monkeypatch)
    made = threading.Event()

    def script(messages, schema):
        return "Berlin." if "germany" in messages[-1]["content"].lower() else "Paris is the capital of France, but which country?"

    pause_at = 0.3 + first.size / SAMPLE_RATE
    audio = np.concatenate([silence(0.3), first, silence(0.9), rest])
    # the audio holds 0.5 s into the pause until the speculative first chunk is being synthesized
    source = GatedSource(audio, pause_at + 0.5, made)
    agent, model, records, events, sink = run_loop(
        vsettings, registry, vad_model, None, script, source=source, token_delay=0.1,
        on_event=lambda ev: made.set() if ev.type == "tts_early" else None)
    assert made.is_set() and "Paris is the capital" in asked  # it was synthesized at the pause ...
    turns = [r for r in records if not r.skipped]
    assert len(turns) == 1, [r.as_dict() for r in records]
    t = turns[0]
    assert "germany" in t.transcript.lower(), t.transcript
    assert t.spoken == "Berlin." and t.sentences == ["Berlin."]  # ... and never played
    assert [(h.role, h.content) for h in agent.history] == [("user", t.transcript), ("assistant", "Berlin.")]
    assert not any("Paris" in str(e.data) for e in events)
    assert sink.segments and all(s >= t.endpoint for s, _ in sink.segments)
    played = sum(a.size for _, a in sink.segments) / sink.sample_rate
    assert played < 1.5  # "Berlin." only


def test_speculation_matches_only_the_same_speech_plus_clear_silence() -> None:
    from agent.voice.loop import Utterance
    from agent.voice.speculation import Speculation as _Speculation

    audio = np.zeros(16000, np.float32)
    spec = _Speculation(Utterance(audio[:12000], 1.0, 1.5, 1.6, 0.5, heard_samples=11000))
    assert spec.matches(Utterance(audio, 1.0, 1.5, 2.0, 0.5, heard_samples=11500))  # only clear silence after
    assert not spec.matches(Utterance(audio, 1.0, 1.5, 2.0, 0.5, heard_samples=12500))  # a soft sound after it
    assert not spec.matches(Utterance(audio, 1.0, 1.9, 2.4, 0.9, heard_samples=15000))  # more speech
    assert not spec.matches(Utterance(audio, 3.0, 3.5, 3.6, 0.5, heard_samples=11000))  # another utterance
    spec.discard()
    assert spec.superseded and spec.cancel.cancelled
    turn_cancel = CancelToken()
    linked = _Speculation(Utterance(audio, 1.0, 1.5, 1.6, 0.5))
    linked.cancel.turn = turn_cancel
    assert not linked.cancel.cancelled
    turn_cancel.cancel()  # a barge-in on the turn that took it over stops the speculative answer
    assert linked.cancel.cancelled


@pytest.mark.real
def test_a_plan_with_a_tool_is_never_speculated(vsettings, registry, vad_model, synth):
    """"Read that aloud again" plans the speak tool: no speculative run (no tool may run before the
    endpoint); the turn runs it once, after the endpoint."""
    q1, q2 = synth("How many legs does a spider have?"), synth("Read that aloud again.")
    turn1_done = threading.Event()
    hold_at = 0.3 + q1.size / SAMPLE_RATE + 1.8  # after the first turn's endpoint (1.2 s of silence)
    # the follow-up is held back until the first turn has ended (half-duplex ignores speech meanwhile)
    source = GatedSource(np.concatenate([silence(0.3), q1, silence(2.0), q2]), hold_at, turn1_done)

    def on_event(ev):
        if ev.type == "turn_end" and not ev.data.get("skipped"):
            turn1_done.set()

    def wavs() -> int:
        return len(list(Path(vsettings.output_dir).rglob("*.wav"))) if Path(vsettings.output_dir).exists() else 0

    before = wavs()
    agent, model, records, events, sink = run_loop(vsettings, registry, vad_model, None,
                                                   lambda m, s: "Spiders have eight legs.", source=source,
                                                   on_event=on_event)
    turns = [r for r in records if not r.skipped]
    assert len(turns) == 2, [r.as_dict() for r in records]
    t1, t2 = turns
    assert t2.tools == ["speak"] and not t2.speculative, t2.as_dict()
    starts = [e for e in events if e.type == "tool_start"]
    assert len(starts) == 1 and starts[0].t >= t2.endpoint  # the speak tool ran once, after the endpoint
    assert t2.spoken == "Spiders have eight legs."
    assert [h.role for h in agent.history] == ["user", "assistant", "user", "assistant"]
    assert wavs() - before == 1  # one speak run in all: none before the endpoint


class _TimedModel(ScriptedChatModel):
    """The scripted LLM, noting when each token is written."""

    def __init__(self, *a, **k) -> None:
        super().__init__(*a, **k)
        self.token_times: list[float] = []

    def stream(self, messages, **kw):
        for piece in super().stream(messages, **kw):
            self.token_times.append(time.monotonic())
            yield piece


@pytest.mark.real
@pytest.mark.parametrize(("speculate", "hold"), [(True, True), (False, True), (False, False)])
def test_the_llm_waits_while_the_first_chunk_is_synthesized(vsettings, registry, vad_model, synth, monkeypatch,
                                                            speculate, hold):
    """voice_tts_hold: the LLM writing the answer does not write on (at most the token already under way)
    while the first chunk is synthesized, by the speculation (PreSynth) or by the turn itself; off, it
    writes on meanwhile.  Synthesis is slowed to 0.6 s so the window is wide."""
    settings = vsettings.model_copy(update={"voice_tts_hold": hold, "voice_speculate": speculate})
    question = synth("How many legs does a spider have?")
    tts = registry.get("speak")
    real, window = tts.stream, []

    def slow(text, *a, **k):
        start = time.monotonic()
        for i, chunk in enumerate(real(text, *a, **k)):
            if not window and i == 0:
                time.sleep(0.6)
                window.append((start, time.monotonic()))
            yield chunk

    monkeypatch.setattr(tts, "stream", slow)
    answer = "Spiders have eight long legs, which they walk on, and most of them also have eight small eyes."
    model = _TimedModel(lambda m, s: answer, token_delay=0.05)
    agent = Agent(settings, model=model, registry=registry)
    loop = VoiceLoop(agent, ArraySource(np.concatenate([silence(0.3), question]), tail_silence_s=3.0),
                     RecordingSink(), vad_model=vad_model)
    records = [r for r in loop.run() if not r.skipped]
    assert len(records) == 1 and records[0].spoken == answer, [r.as_dict() for r in records]
    assert records[0].speculative_tts == speculate
    start, end = window[0]  # the first text synthesized after the patch: the answer's first chunk
    during = [t for t in model.token_times if start < t < end]
    assert (len(during) <= 1) if hold else (len(during) >= 5), (len(during), len(model.token_times))
