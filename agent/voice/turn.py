"""End-of-turn model: Smart-Turn v3.2 (pipecat-ai, BSD-2-Clause) on onnxruntime.

A fixed VAD silence cannot tell "What is the capital ... of France?" (a thinking pause) from a
finished question.  Smart-Turn reads the prosody of the last <= 8 s of audio (a Whisper-tiny
encoder plus a classifier; input an 80 x 800 Whisper log-mel) and says whether the speaker is
done.  The voice loop asks it once per pause, as soon as the VAD has seen a short silence:
"complete" ends the turn at once, "incomplete" keeps listening until a longer fallback silence.

The ONNX file ships inside the ``pipecat-ai`` 1.14.0 wheel (installed ``--no-deps``; pipecat
itself is never imported): it is located through ``importlib.metadata`` and its sha256 checked.

    turn = SmartTurn(threads=1)
    turn.load()
    p = turn.probability(audio_16k)  # P(turn complete)
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import numpy as np

from tools.audio import SAMPLE_RATE
from tools.errors import MissingDependencyError, ModelNotInstalledError

SMART_TURN_DIST = "pipecat-ai"
SMART_TURN_FILE = "pipecat/audio/turn/smart_turn/data/smart-turn-v3.2-cpu.onnx"
SMART_TURN_SHA256 = "2bb026316b14a660486a75b1733cd3fbab8c2fd0314dc9af7be49f8cca967e4f"
WINDOW_S = 8  # the model's input: the last 8 s, left-padded with zeros
INSTALL_FIX = "pip install --no-deps pipecat-ai==1.14.0 (or make install), or set MMAGENT_VOICE_TURN_MODEL=off"


def smart_turn_path(path: str | Path | None = None) -> Path:
    """The Smart-Turn ONNX file: an explicit path, or the one inside the installed pipecat-ai wheel."""
    if path:
        p = Path(path).expanduser()
        if not p.is_file():
            raise ModelNotInstalledError(f"voice_turn_model_path: {p} does not exist",
                                         "point it at a Smart-Turn ONNX file, or unset it to use the pipecat-ai "
                                         "wheel's, or set MMAGENT_VOICE_TURN_MODEL=off")
        return p
    from importlib import metadata

    try:
        dist = metadata.distribution(SMART_TURN_DIST)
    except metadata.PackageNotFoundError as exc:
        raise ModelNotInstalledError("the Smart-Turn end-of-turn model is not installed", INSTALL_FIX) from exc
    for f in dist.files or []:
        if str(f).replace("\\", "/") == SMART_TURN_FILE:
            p = Path(str(f.locate()))
            if p.is_file():
                return p
    raise ModelNotInstalledError(f"{SMART_TURN_DIST} is installed but has no {SMART_TURN_FILE}", INSTALL_FIX)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class SmartTurn:
    """P(turn complete) for the audio so far (16 kHz mono float32); see the module docstring."""

    def __init__(self, path: str | Path | None = None, *, threads: int = 1, verify: bool = True,
                 fused: bool = False) -> None:
        self.path = path
        self.threads = threads
        self.verify = verify
        # onnxruntime's fused int8 kernels (the QDQ graph rewritten to QLinear ops at the "all" optimization
        # level) shift P(complete) on CPUs without AVX-512 VNNI: jfk's "And so my fellow Americans," + 96 ms
        # of silence 0.87 fused vs 0.42 unfused on an AVX2 box, the finished sentence 0.95 vs 0.98.
        # Unfused (basic level: dequantize, then float ops) is the model as quantized, ~1.4x slower.
        self.fused = fused
        self.session: Any = None
        self.features: Any = None

    def load(self) -> SmartTurn:
        if self.session is not None:
            return self
        p = smart_turn_path(self.path)
        if self.verify and not self.path and sha256(p) != SMART_TURN_SHA256:
            raise ModelNotInstalledError(f"{p}: sha256 differs from Smart-Turn v3.2's {SMART_TURN_SHA256[:12]}...",
                                     "reinstall: pip install --force-reinstall --no-deps pipecat-ai==1.14.0")
        try:
            import onnxruntime as ort
            from transformers import WhisperFeatureExtractor
        except ImportError as exc:
            raise MissingDependencyError("onnxruntime/transformers", "voice", "the Smart-Turn end-of-turn model") \
                from exc
        so = ort.SessionOptions()
        so.intra_op_num_threads = self.threads
        so.inter_op_num_threads = 1
        so.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        so.graph_optimization_level = (ort.GraphOptimizationLevel.ORT_ENABLE_ALL if self.fused
                                       else ort.GraphOptimizationLevel.ORT_ENABLE_BASIC)
        self.session = ort.InferenceSession(str(p), so, providers=["CPUExecutionProvider"])
        self.features = WhisperFeatureExtractor(chunk_length=WINDOW_S)
        self.probability(np.zeros(SAMPLE_RATE // 2, np.float32))  # first run allocates: not on a turn's clock
        return self

    def log_mel(self, audio: np.ndarray) -> np.ndarray:
        """The model's input: (1, 80, 800) log-mel of the last 8 s, zero-padded at the start."""
        n = WINDOW_S * SAMPLE_RATE
        x = np.asarray(audio, np.float32)[-n:]
        if x.size < n:
            x = np.pad(x, (n - x.size, 0))
        return self.features(x, sampling_rate=SAMPLE_RATE, padding="max_length", max_length=n, truncation=True,
                             do_normalize=True, return_tensors="np", device="cpu").input_features.astype(np.float32)

    def probability(self, audio: np.ndarray) -> float:
        if self.session is None:
            self.load()
        out = self.session.run(None, {"input_features": self.log_mel(audio)})
        return float(np.asarray(out[0]).reshape(-1)[0])
