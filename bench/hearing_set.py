"""The hearing set: short spoken utterances with reference text, from several sources.

- ``real``: the shared recordings (/work/shared/data/audio) cut into utterances at the pauses
  between phrases (times from faster-whisper word timestamps on the clip, checked by ear;
  texts from the manifest's reference transcripts), see ``REAL_CUTS``.
- ``piper``: the packaged Piper voice at its defaults; ``piper-fast`` / ``piper-slow``
  (length scale 0.8 / 1.25); ``piper-varied`` (noise scale 0.9, noise width 1.1: more
  variation per call); ``piper-noisy`` (defaults plus white noise at 15 dB SNR).
- ``espeak``: espeak-ng voices (en-us, en-gb, en-gb-scotland, en-029, en-us+f3) at two rates.

``paused(...)`` builds the turn-taking set: one sentence with a 300-700 ms silence inserted
at a word boundary inside it (the user hesitating mid-question), from Piper and espeak-ng, and
jfk.flac with its own two inner pauses shortened to 300-700 ms.

    items = build(tts)            # list[Utterance] (source, text, 16 kHz audio)
    pauses = paused(tts)          # list[Paused] (text, audio, pause start/end, speech end)
    split_of("What is the capital of France?")   # "dev" or "test"

Dev / test split (``split_of``): every sentence of the set (the finished questions, the paused
sentences, the real utterances) is ranked by the sha256 of ``SPLIT_SEED`` + its text, and the first
half is ``dev``, the rest ``test``.  A sentence is on one side in every voice, speed and pause
length (the same text in the finished and the paused lists lands on the same side).  Turn-taking
settings are tuned on ``dev`` only; ``test`` is measured once, at the end.
"""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from tools.audio import SAMPLE_RATE, decode_audio, write_wav

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "audio"

QUESTIONS = [
    "What is the capital of France?",
    "How many legs does a spider have?",
    "Who wrote Romeo and Juliet?",
    "What is the boiling point of water?",
    "Which planet is closest to the sun?",
    "How many minutes are in an hour?",
    "What is the largest ocean on Earth?",
    "Who painted the Mona Lisa?",
    "What language is spoken in Brazil?",
    "Set a timer for ten minutes.",
    "What is the capital of Germany?",
    "How far away is the moon?",
    "Tell me a fact about elephants.",
    "What year did the Second World War end?",
    "Translate good morning into Spanish.",
    "What is the square root of eighty one?",
]
# (file, channel, start s, end s, reference text); cut at the pauses between phrases
REAL_CUTS = [
    ("jfk.flac", "mix", 0.0, 2.6, "And so my fellow Americans,"),
    ("jfk.flac", "mix", 2.6, 7.7, "ask not what your country can do for you,"),
    ("jfk.flac", "mix", 7.7, 11.0, "ask what you can do for your country."),
    ("stereo_diarization.wav", "left", 0.0, 5.0,
     "He began a confused complaint against the wizard, who had vanished behind the curtain on the left."),
    ("stereo_diarization.wav", "right", 0.0, 5.0, "The horizon seems extremely distant."),
]
# sentence, the word after which the user pauses
PAUSED = [
    ("What is the capital of France?", "capital"),
    ("How many legs does a spider have?", "legs"),
    ("Can you tell me who wrote Romeo and Juliet?", "wrote"),
    ("What is the boiling point of water at sea level?", "point"),
    ("Which planet in our solar system is closest to the sun?", "system"),
    ("Please set a timer for ten minutes.", "for"),
    ("What is the largest ocean on planet Earth?", "ocean"),
    ("I would like to know how far away the moon is.", "know"),
    ("Tell me an interesting fact about elephants.", "about"),
    ("What year did the Second World War end?", "did"),
]
PAUSES_MS = (300, 450, 550, 700)
# jfk.flac's own pauses, shortened to PAUSES_MS (real speech, real room noise):
# (clip start, pause start, pause end, clip end) in seconds, and the text
REAL_PAUSES = [
    (0.0, 2.15, 3.2, 4.35, "And so my fellow Americans, ask not"),
    (2.6, 4.35, 5.3, 7.5, "ask not what your country can do for you,"),
]
ESPEAK_VOICES = [("en-us", 165), ("en-gb", 175), ("en-gb-scotland", 160), ("en-029", 170), ("en-us+f3", 185),
                 ("en-us", 200), ("en-gb-x-rp", 150), ("en-us+m3", 175)]


SPLIT_SEED = "mmagent-hearing-split-1"


def _split() -> dict[str, str]:
    import hashlib

    texts = sorted({*QUESTIONS, *(t for t, _ in PAUSED), *(c[-1] for c in REAL_CUTS), *(p[-1] for p in REAL_PAUSES)})
    ranked = sorted(texts, key=lambda t: hashlib.sha256(f"{SPLIT_SEED}:{t}".encode()).hexdigest())
    half = (len(ranked) + 1) // 2
    return {t: ("dev" if k < half else "test") for k, t in enumerate(ranked)}


def split_of(text: str) -> str:
    """``dev`` or ``test`` for a sentence of the set (see the module docstring)."""
    return _split()[text]


@dataclass
class Utterance:
    source: str
    text: str
    audio: np.ndarray


@dataclass
class Paused:
    source: str
    text: str
    audio: np.ndarray
    pause_ms: int
    pause_at: float  # seconds: where the inserted silence starts


def _to16k(audio: np.ndarray, sr: int, tmp: Path) -> np.ndarray:
    return decode_audio(write_wav(tmp / "x.wav", np.asarray(audio, np.float32), sr))


def piper(tts: Any, text: str, tmp: Path, **cfg: float) -> np.ndarray:
    """Piper (the Speak tool's loaded voice) with a SynthesisConfig, at 16 kHz."""
    from piper import SynthesisConfig

    voice = tts.backend.voice
    chunks = [c.audio_float_array for c in voice.synthesize(text, syn_config=SynthesisConfig(**cfg))]
    return _to16k(np.concatenate(chunks), int(voice.config.sample_rate), tmp)


def espeak(text: str, voice: str, rate: int, tmp: Path, ssml: bool = False) -> np.ndarray:
    out = tmp / "e.wav"
    cmd = ["espeak-ng", "-v", voice, "-s", str(rate), "-w", str(out)] + (["-m"] if ssml else []) + [text]
    subprocess.run(cmd, check=True, capture_output=True, timeout=60)
    return decode_audio(out)


def noisy(audio: np.ndarray, snr_db: float, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    p = float(np.mean(audio ** 2)) or 1e-9
    return (audio + rng.normal(0, np.sqrt(p / 10 ** (snr_db / 10)), audio.size)).astype(np.float32)


def trim(audio: np.ndarray, lead_s: float = 0.3) -> np.ndarray:
    """Leading/trailing silence cut to ``lead_s`` (synthesizers add different amounts)."""
    loud = np.flatnonzero(np.abs(audio) > 0.01)
    if loud.size == 0:
        return audio
    pad = int(lead_s * SAMPLE_RATE)
    return audio[max(0, loud[0] - pad): loud[-1] + pad]


PIPER_VARIANTS: dict[str, dict[str, float]] = {
    "piper": {}, "piper-fast": {"length_scale": 0.8}, "piper-slow": {"length_scale": 1.25},
    "piper-varied": {"noise_scale": 0.9, "noise_w_scale": 1.1}}


def build(tts: Any, n_questions: int = len(QUESTIONS), all_voices: bool = False) -> list[Utterance]:
    """The real cuts and the synthetic questions.  By default the Piper variants and the noisy copy take
    every other question and each question one espeak-ng voice (a set that runs in minutes);
    ``all_voices``: every question in every variant and every espeak-ng voice."""
    tmp = Path(tempfile.mkdtemp(prefix="hearing_"))
    qs = QUESTIONS[:n_questions]
    items: list[Utterance] = []
    for file, channel, a, b, text in REAL_CUTS:
        if (DATA / file).exists():
            audio = decode_audio(DATA / file, channel=channel)
            items.append(Utterance("real", text, audio[int(a * SAMPLE_RATE): int(b * SAMPLE_RATE)]))
    for i, q in enumerate(qs):
        for name, cfg in PIPER_VARIANTS.items():
            if name == "piper" or i % 2 == 0 or all_voices:
                items.append(Utterance(name, q, trim(piper(tts, q, tmp, **cfg))))
        if i % 2 == 1 or all_voices:
            items.append(Utterance("piper-noisy", q, noisy(trim(piper(tts, q, tmp)), 15.0, i)))
        voices = ESPEAK_VOICES if all_voices else [ESPEAK_VOICES[i % len(ESPEAK_VOICES)]]
        items += [Utterance("espeak", q, trim(espeak(q, voice, rate, tmp))) for voice, rate in voices]
    return items


def _boundary(full: np.ndarray, prefix: np.ndarray) -> int:
    """Sample index in ``full`` where the words of ``prefix`` end: the quietest 20 ms within
    +-150 ms of the prefix's own length (the gap between two words)."""
    est = trim(prefix, 0.0).size + int(np.flatnonzero(np.abs(full) > 0.01)[0])
    step = SAMPLE_RATE // 50
    lo, hi = max(step, est - int(0.15 * SAMPLE_RATE)), min(full.size - step, est + int(0.15 * SAMPLE_RATE))
    starts = range(lo, hi, SAMPLE_RATE // 200)
    return min(starts, key=lambda s: float(np.mean(full[s:s + step] ** 2)))


def paused(tts: Any) -> list[Paused]:
    """Sentences with a 300-700 ms silence after a word inside them: jfk.flac with its pauses
    shortened, Piper (silence inserted at the word boundary) and espeak-ng (an SSML break)."""
    tmp = Path(tempfile.mkdtemp(prefix="hearing_p_"))
    out: list[Paused] = []
    if (DATA / "jfk.flac").exists():
        jfk = decode_audio(DATA / "jfk.flac")
        for a, p0, p1, b, text in REAL_PAUSES:
            for ms in PAUSES_MS:
                s = [int(x * SAMPLE_RATE) for x in (a, p0, p1, b)]
                keep = int(ms / 1000 * SAMPLE_RATE)
                audio = np.concatenate([jfk[s[0]:s[1]], jfk[s[1]:s[1] + keep], jfk[s[2]:s[3]]])
                out.append(Paused("real", text, audio, ms, p0 - a))
    for i, (text, word) in enumerate(PAUSED):
        head = text[: text.index(f" {word}") + len(word) + 1]
        tail = text[len(head):].strip()
        for j, source in enumerate(("piper", "espeak")):
            ms = PAUSES_MS[(i + j) % len(PAUSES_MS)]
            if source == "piper":
                full = trim(piper(tts, text, tmp))
                cut = _boundary(full, piper(tts, head, tmp))
                audio = np.concatenate([full[:cut], np.zeros(int(ms / 1000 * SAMPLE_RATE), np.float32), full[cut:]])
            else:
                voice, rate = ESPEAK_VOICES[i % len(ESPEAK_VOICES)]
                audio = trim(espeak(f'<speak>{head} <break time="{ms}ms"/> {tail}</speak>', voice, rate, tmp, True))
                cut = _quiet_run(audio, ms)
            out.append(Paused(source, text, audio, ms, cut / SAMPLE_RATE))
    return out


def _quiet_run(audio: np.ndarray, ms: int) -> int:
    """Start of the longest quiet run inside the speech (where espeak-ng put the break).  The silence
    ``trim`` keeps before and after the speech (0.3 s) does not count: it is as long as a 300 ms break,
    and until 2026-12-02 (session 6) it was taken for the break, so the sentence's own end counted as
    a cut before the pause."""
    quiet = np.abs(audio) < 0.005
    best, best_len, start = 0, 0, None
    for k, q in enumerate(np.append(quiet, False)):
        if q and start is None:
            start = k
        elif not q and start is not None:
            if k - start > best_len and start > 0 and k < audio.size:
                best, best_len = start, k - start
            start = None
    return best
