"""Audio sources and sinks for the voice loop, all on one session timeline.

Sources deliver 16 kHz mono float32 frames of ``FRAME`` samples (one silero-vad window):

- ``PacedFileSource``: a WAV/FLAC/... file played as a real-time stream (``fast=True`` to not pace)
- ``StdinSource``: raw 16 kHz s16le PCM on stdin
- ``MicSource``: the microphone through sounddevice/PortAudio

Sinks "play" float32 audio at the TTS sample rate, in short blocks so a barge-in stops them
within one block, and record when every block went out on the session timeline:

- ``SpeakerSink``: the speaker through sounddevice/PortAudio
- ``RecordingSink``: in memory, paced in real time (tests); ``segments`` holds (t, samples)
- ``WavSink``: one WAV timeline recording (silence where nothing played)
- ``DirSink``: one WAV per turn in a directory
"""

from __future__ import annotations

import queue
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from tools.audio import SAMPLE_RATE, decode_audio, write_wav
from tools.errors import MMAgentError, UsageError

FRAME = 512  # samples per frame at 16 kHz (32 ms): silero-vad's window
BLOCK_S = 0.02  # playback block: the granularity of stopping on barge-in


class DeviceError(MMAgentError):
    """No usable audio device (or PortAudio missing)."""

    exit_code = 6


class SessionClock:
    """Seconds since the session started: the one timeline for input and output audio."""

    def __init__(self) -> None:
        self.t0 = time.perf_counter()
        self.virtual = False  # set by an unpaced source: audio time is added to wall time

    def reset(self) -> None:
        self.t0 = time.perf_counter()

    def now(self) -> float:
        return time.perf_counter() - self.t0

    def advance(self, dt: float) -> None:
        """Move the clock forward (unpaced input: audio time passes without waiting)."""
        self.t0 -= dt

    def sleep_until(self, t: float) -> None:
        dt = t - self.now()
        if dt > 0:
            time.sleep(dt)


def _sounddevice(kind: str) -> Any:
    """Import sounddevice and check a device exists, or raise a one-line DeviceError."""
    hint = "use --input FILE" if kind == "input" else "use --output FILE.wav or a directory"
    try:
        import sounddevice as sd
    except ImportError as exc:
        raise DeviceError("no audio device support: sounddevice is not installed",
                          f"pip install 'mmagent[voice]', or {hint}") from exc
    except OSError as exc:  # PortAudio library missing
        raise DeviceError("no audio device support: the PortAudio library is missing",
                          f"apt-get install libportaudio2, or {hint}") from exc
    try:
        sd.query_devices(kind=kind)
    except Exception as exc:  # noqa: BLE001 - PortAudioError / ValueError: no default device
        raise DeviceError(f"no audio {kind} device found", hint) from exc
    return sd


# --------------------------------------------------------------------------- sources
class AudioSource:
    """Base: ``read()`` blocks for the next frame; None at the end of the input."""

    sample_rate = SAMPLE_RATE
    realtime = True  # input keeps flowing while a turn runs (mic, paced file, stdin)

    def start(self, clock: SessionClock) -> None:
        self.clock = clock

    def read(self) -> np.ndarray | None:
        raise NotImplementedError

    def frame_time(self, index: int) -> float:
        """Session time at which frame ``index`` (the last one read) started."""
        return index * FRAME / SAMPLE_RATE

    def close(self) -> None:
        pass


class ArraySource(AudioSource):
    """Frames from samples in memory, paced in real time unless ``fast``."""

    def __init__(self, audio: np.ndarray, *, fast: bool = False, tail_silence_s: float = 1.5) -> None:
        tail = np.zeros(int(tail_silence_s * SAMPLE_RATE), np.float32)
        self.audio = np.concatenate([np.asarray(audio, np.float32), tail])
        self.fast = fast
        self.realtime = not fast
        self.pos = 0
        self._t = 0.0

    def start(self, clock: SessionClock) -> None:
        super().start(clock)
        clock.virtual = clock.virtual or self.fast

    def read(self) -> np.ndarray | None:
        if self.pos >= self.audio.size:
            return None
        frame = self.audio[self.pos:self.pos + FRAME]
        if frame.size < FRAME:
            frame = np.pad(frame, (0, FRAME - frame.size))
        self.pos += FRAME
        if self.fast:  # virtual time: the frame's audio time passes at once, processing time adds to it
            self._t = self.clock.now()
            self.clock.advance(FRAME / SAMPLE_RATE)
        else:  # a frame is available once all of it has been "captured"
            self.clock.sleep_until(self.pos / SAMPLE_RATE)
        return frame

    def frame_time(self, index: int) -> float:
        return self._t if self.fast else index * FRAME / SAMPLE_RATE


class PacedFileSource(ArraySource):
    """An audio file (any format ``decode_audio`` reads) streamed like a microphone."""

    def __init__(self, path: str | Path, *, fast: bool = False, tail_silence_s: float = 1.5) -> None:
        super().__init__(decode_audio(path), fast=fast, tail_silence_s=tail_silence_s)
        self.path = str(path)


class StdinSource(AudioSource):
    """Raw 16 kHz mono s16le PCM from a byte stream (stdin by default); the writer paces it."""

    def __init__(self, stream: BinaryIO | None = None) -> None:
        self.stream = stream or sys.stdin.buffer

    def read(self) -> np.ndarray | None:
        need = FRAME * 2
        data = b""
        while len(data) < need:
            more = self.stream.read(need - len(data))
            if not more:
                break
            data += more
        if len(data) < 2:
            return None
        pcm = np.frombuffer(data[: len(data) // 2 * 2], dtype="<i2").astype(np.float32) / 32768.0
        return np.pad(pcm, (0, FRAME - pcm.size)) if pcm.size < FRAME else pcm


class MicSource(AudioSource):
    """The default (or named) input device at 16 kHz mono, via sounddevice."""

    def __init__(self, device: str | int | None = None) -> None:
        self.sd = _sounddevice("input")
        self.device = device
        self.q: queue.Queue[np.ndarray] = queue.Queue()
        self.stream: Any = None

    def start(self, clock: SessionClock) -> None:
        super().start(clock)

        def callback(indata: np.ndarray, frames: int, t: Any, status: Any) -> None:
            self.q.put(indata[:, 0].copy())

        self.stream = self.sd.InputStream(samplerate=SAMPLE_RATE, channels=1, dtype="float32",
                                          blocksize=FRAME, device=self.device, callback=callback)
        self.stream.start()

    def read(self) -> np.ndarray | None:
        return self.q.get()

    def close(self) -> None:
        if self.stream is not None:
            self.stream.stop()
            self.stream.close()


# --------------------------------------------------------------------------- sinks
class AudioSink:
    """Base sink.  ``play`` blocks about as long as the audio lasts (paced) and returns how
    many samples went out; it stops early when ``should_stop()`` becomes true."""

    realtime = True

    def open(self, sample_rate: int, clock: SessionClock) -> None:
        self.sample_rate = sample_rate
        self.clock = clock

    def begin_turn(self, index: int) -> None:
        self.turn = index

    def end_turn(self, index: int) -> None:
        pass

    def play(self, audio: np.ndarray, should_stop: Callable[[], bool], on_start: Callable[[float], None]) -> int:
        raise NotImplementedError

    def close(self) -> None:
        pass


class RecordingSink(AudioSink):
    """Plays into memory on the session timeline: ``segments`` is a list of (t_start, samples)."""

    def __init__(self, *, fast: bool = False) -> None:
        self.fast = fast
        self.realtime = not fast
        self.segments: list[tuple[float, np.ndarray]] = []
        self.turn_audio: dict[int, list[np.ndarray]] = {}
        self.turn = 0
        self._end = 0.0
        self._lock = threading.Lock()

    def play(self, audio: np.ndarray, should_stop: Callable[[], bool], on_start: Callable[[float], None]) -> int:
        block = max(1, int(BLOCK_S * self.sample_rate))
        t = max(self.clock.now(), self._end)
        played = 0
        for i in range(0, audio.size, block):
            if should_stop():
                break
            if not self.fast:
                self.clock.sleep_until(t)
                if should_stop():
                    break
            piece = audio[i:i + block]
            if i == 0:
                on_start(t)
            with self._lock:
                self.segments.append((t, piece))
                self.turn_audio.setdefault(self.turn, []).append(piece)
            played += piece.size
            t += piece.size / self.sample_rate
            self._end = t
        if not self.fast:
            self.clock.sleep_until(self._end)
        elif self.clock.virtual:  # unpaced conversation: the reply's duration passes on the timeline
            self.clock.advance(max(0.0, self._end - self.clock.now()))
        return played

    def played_until(self) -> float:
        """Session time of the last sample that went out (0 if nothing played)."""
        with self._lock:
            if not self.segments:
                return 0.0
            t, s = self.segments[-1]
            return t + s.size / self.sample_rate

    def timeline(self) -> np.ndarray:
        """Everything played, placed at its session time (silence in between)."""
        with self._lock:
            segs = list(self.segments)
        if not segs:
            return np.zeros(0, np.float32)
        end = max(int(round(t * self.sample_rate)) + s.size for t, s in segs)
        out = np.zeros(end, np.float32)
        for t, s in segs:
            i = int(round(t * self.sample_rate))
            out[i:i + s.size] = s
        return out


class WavSink(RecordingSink):
    """One WAV file: the whole session's replies at the times they played."""

    def __init__(self, path: str | Path, *, fast: bool = False) -> None:
        super().__init__(fast=fast)
        self.path = Path(path)

    def close(self) -> None:
        write_wav(self.path, self.timeline(), self.sample_rate)


class DirSink(RecordingSink):
    """One WAV per turn (``turn_001.wav``, ...) in a directory, written when the turn ends."""

    def __init__(self, directory: str | Path, *, fast: bool = False) -> None:
        super().__init__(fast=fast)
        self.dir = Path(directory)
        self.files: list[Path] = []

    def end_turn(self, index: int) -> None:
        chunks = self.turn_audio.pop(index, [])
        if chunks:
            path = self.dir / f"turn_{index:03d}.wav"
            write_wav(path, np.concatenate(chunks), self.sample_rate)
            self.files.append(path)


class SpeakerSink(AudioSink):
    """The default (or named) output device via sounddevice, written in 20 ms blocks."""

    def __init__(self, device: str | int | None = None) -> None:
        self.sd = _sounddevice("output")
        self.device = device
        self.stream: Any = None

    def open(self, sample_rate: int, clock: SessionClock) -> None:
        super().open(sample_rate, clock)
        self.stream = self.sd.OutputStream(samplerate=sample_rate, channels=1, dtype="float32",
                                           device=self.device, latency="low")
        self.stream.start()

    def play(self, audio: np.ndarray, should_stop: Callable[[], bool], on_start: Callable[[float], None]) -> int:
        block = max(1, int(BLOCK_S * self.sample_rate))
        played = 0
        for i in range(0, audio.size, block):
            if should_stop():
                break
            if i == 0:
                on_start(self.clock.now() + float(self.stream.latency))
            piece = np.ascontiguousarray(audio[i:i + block], dtype=np.float32)
            self.stream.write(piece.reshape(-1, 1))
            played += piece.size
        return played

    def close(self) -> None:
        if self.stream is not None:
            self.stream.stop()
            self.stream.close()


def make_source(spec: str, *, fast: bool = False, device: str | None = None) -> AudioSource:
    """``mic``, ``-`` (raw 16 kHz s16le PCM on stdin) or an audio file path."""
    if spec == "mic":
        return MicSource(device)
    if spec == "-":
        return StdinSource()
    return PacedFileSource(spec, fast=fast)


def make_sink(spec: str, *, fast: bool = False, device: str | None = None) -> AudioSink:
    """``speaker``, a ``.wav`` file (timeline recording) or a directory (one WAV per turn)."""
    if spec == "speaker":
        return SpeakerSink(device)
    path = Path(spec).expanduser()
    if path.suffix.lower() == ".wav":
        return WavSink(path, fast=fast)
    if path.suffix:
        raise UsageError(f"{spec}: output must be 'speaker', a .wav file or a directory", "use --output out.wav")
    path.mkdir(parents=True, exist_ok=True)
    return DirSink(path, fast=fast)
