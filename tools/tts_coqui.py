"""Coqui TTS backend: a local Coqui model folder (``config.json`` + a ``.pth`` checkpoint) on CPU.

The model is loaded through Coqui's own inference path,
``TTS.utils.synthesizer.Synthesizer(tts_checkpoint=..., tts_config_path=...)``.  Tested with
VITS (the architecture of most single-file Coqui voices); other single-file Coqui TTS models
may work (without a vocoder, Coqui falls back to Griffin-Lim).  Nothing is fetched from the
internet: the folder must hold everything.  Phoneme-based voices need the espeak-ng program.

coqui-tts (MPL-2.0) checks at import time that ``torchaudio`` (and, with torch >= 2.9,
``torchcodec``) exist, and ``TTS.tts.models.vits`` imports ``torchaudio`` at module level,
but VITS inference never calls either.  Their PyPI builds fail to load beside a ``+cpu`` torch
(checked: torchaudio 2.11.0 and torchcodec 0.17.0 with torch 2.13.0+cpu), so when the real
package cannot be imported, :func:`import_coqui` puts a placeholder module in its place while
coqui-tts is imported and the model is built; any actual use of it raises ``ImportError``.
The placeholders are removed from ``sys.modules`` again afterwards.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from tools.base import ToolError
from tools.errors import MissingDependencyError

#: Checkpoint names looked for in a model folder, in order (then any single ``*.pth``).
CHECKPOINT_NAMES = ("model.pth", "model_file.pth", "best_model.pth", "checkpoint.pth")
#: Packages coqui-tts insists on at import time but VITS inference does not use.
OPTIONAL_AUDIO_PACKAGES = ("torchaudio", "torchcodec")
_FIX = "point MMAGENT_TTS_VOICE at a folder with a Coqui config.json and model.pth"


def _placeholder(name: str) -> types.ModuleType:
    """A module object standing in for ``name``; touching any attribute raises ImportError."""
    module = types.ModuleType(name, f"placeholder for {name}, which cannot be loaded here")
    module.__spec__ = importlib.machinery.ModuleSpec(name, None)

    def __getattr__(attr: str) -> Any:
        if attr.startswith("__"):
            raise AttributeError(attr)
        raise ImportError(
            f"{name}.{attr} is needed by this Coqui model, but {name} cannot be loaded beside this "
            f"torch build; use a model that does not need it (e.g. VITS) or install a matching {name}"
        )

    module.__getattr__ = __getattr__  # type: ignore[method-assign]
    return module


@contextmanager
def _audio_placeholders() -> Iterator[list[str]]:
    """Stand in for torchaudio/torchcodec while coqui-tts is imported; restore afterwards."""
    added: dict[str, types.ModuleType] = {}
    for name in OPTIONAL_AUDIO_PACKAGES:
        try:
            importlib.import_module(name)
        except (ImportError, OSError):  # not installed, or a CUDA build beside CPU torch
            for key in [k for k in sys.modules if k == name or k.startswith(name + ".")]:
                del sys.modules[key]
            sys.modules[name] = added[name] = _placeholder(name)
    try:
        yield list(added)
    finally:
        for name, module in added.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


@contextmanager
def import_coqui() -> Iterator[types.ModuleType]:
    """Import coqui-tts (``TTS``) with the audio placeholders in place; yields ``TTS``.

    Do all coqui-tts imports and model construction inside the ``with`` block.  Raises
    :class:`MissingDependencyError` when coqui-tts (or torch) is not installed.
    """
    with _audio_placeholders():
        try:
            import TTS
            import TTS.utils.synthesizer  # noqa: F401  (also imports the VITS model module)
        except ImportError as exc:
            raise MissingDependencyError("coqui-tts", "coqui", "the Coqui TTS backend") from exc
        yield TTS


def find_checkpoint(folder: Path) -> Path:
    """The model checkpoint in ``folder``; ToolError(kind="model_missing") if there is none."""
    for name in CHECKPOINT_NAMES:
        if (folder / name).is_file():
            return folder / name
    found = sorted(folder.glob("*.pth"))
    if len(found) == 1:
        return found[0]
    detail = "several .pth files" if found else "no model .pth file"
    raise ToolError(
        f"Coqui model folder {folder} has {detail}", kind="model_missing",
        fix=f"name the checkpoint {CHECKPOINT_NAMES[0]}",
    )


class CoquiBackend:
    """A Coqui TTS model on CPU; yields one float32 chunk per sentence (see ``TtsBackend``)."""

    def __init__(
        self, model_dir: str, *, threads: int = 1, speaker: str | None = None, language: str | None = None
    ) -> None:
        """Load ``model_dir`` (``config.json`` + checkpoint) with ``threads`` torch CPU threads.

        ``speaker``/``language`` pick a voice of a multi-speaker/multilingual model (default:
        the model's first).  Raises MissingDependencyError without coqui-tts and
        ToolError(kind="model_missing") when the folder, config or checkpoint is missing.
        """
        folder = Path(model_dir).expanduser()
        config = folder / "config.json"
        if not folder.is_dir():
            raise ToolError(f"Coqui model folder {folder} does not exist", kind="model_missing", fix=_FIX)
        if not config.is_file():
            raise ToolError(f"Coqui model folder {folder} has no config.json", kind="model_missing", fix=_FIX)
        checkpoint = find_checkpoint(folder)
        with import_coqui():
            import torch
            from TTS.utils.synthesizer import Synthesizer

            torch.set_num_threads(max(1, int(threads)))
            try:
                self.synth = Synthesizer(tts_checkpoint=checkpoint, tts_config_path=config, use_cuda=False)
            except (ImportError, KeyError, ValueError, RuntimeError, TypeError) as exc:
                raise ToolError(
                    f"cannot load the Coqui model in {folder}: {exc}", kind="model_invalid",
                    fix="use a single-file Coqui TTS model (e.g. VITS) made for coqui-tts",
                ) from exc
        model = self.synth.tts_model
        assert model is not None
        self.model = model
        self.sample_rate = int(self.synth.output_sample_rate)
        self.speaker = speaker or (model.speaker_manager.speaker_names[0] if _multi(model, "speaker") else None)
        self.language = language or (
            model.language_manager.language_names[0] if _multi(model, "language") else None
        )
        self._base_length_scale = getattr(model, "length_scale", None)

    def sentences(self, text: str) -> list[str]:
        """Split ``text`` into sentences with the model's pySBD segmenter."""
        return [s.strip() for s in self.synth.split_into_sentences(text, self.language) if s.strip()]

    def synthesize(self, text: str, speed: float = 1.0) -> Iterator[np.ndarray]:
        """Yield float32 mono audio for each sentence of ``text`` as soon as it is synthesized.

        ``speed`` > 1 speaks faster (it divides the model's ``length_scale`` where it has one).
        """
        from TTS.utils import synthesizer as syn

        pad = int(getattr(syn, "PAD_SILENCE_SAMPLES", 0))
        for sentence in self.sentences(text):
            if self._base_length_scale is not None:
                self.model.length_scale = self._base_length_scale / max(0.25, speed)
            wav = np.asarray(
                self.synth.tts(sentence, speaker_name=self.speaker, language_name=self.language,
                               split_sentences=False),
                dtype=np.float32,
            )
            if pad and wav.size >= pad and not wav[-pad:].any():
                wav = wav[:-pad]  # Synthesizer pads every sentence with silence; Piper does not
            yield np.ascontiguousarray(wav)


def _multi(model: Any, what: str) -> bool:
    manager = getattr(model, f"{what}_manager", None)
    names = getattr(manager, f"{what}_names", None) if manager is not None else None
    return bool(names) and len(names) > 1
