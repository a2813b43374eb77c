"""Shared bits of the transformers-based vision tools: model resolution, threads, int8."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from tools.base import Availability, ModelResolver, ToolError
from tools.errors import MissingDependencyError

WHAT = {"caption": "caption model", "clip": "CLIP model"}


def _fix(name: str, setting: str) -> str:
    return (f"run_agent.py models pull {name}, or set MMAGENT_{setting.upper()} to a local "
            "Hugging Face checkpoint folder")


def resolve_model(models: ModelResolver, name: str) -> Path:
    """The local checkpoint dir for model ``name`` ('caption' or 'clip') or ToolError(model_missing)."""
    r = models.resolve(name, prepare=False)
    if r.path is None:
        raise ToolError(f"{WHAT[name]} not installed", kind="model_missing", fix=_fix(name, r.spec.setting))
    return r.path


def model_availability(models: ModelResolver, name: str) -> Availability:
    r = models.resolve(name, prepare=False)
    if r.path is None:
        return Availability(False, f"{WHAT[name]} not installed", _fix(name, r.spec.setting))
    return Availability(True, f"{r.spec.title} from {r.source}: {r.path}")


def import_torch(threads: int, what: str) -> Any:
    try:
        import torch
        import transformers
    except ImportError as exc:
        raise MissingDependencyError("transformers", "vision", what) from exc
    with contextlib.suppress(Exception):
        transformers.utils.logging.disable_progress_bar()
    if torch.get_num_threads() != threads:
        torch.set_num_threads(max(1, threads))
    return torch


# What "auto" means per model kind, from bench/vision_bench.py (base-size architectures, 1 thread):
# CLIP ViT-B/32 image embedding int8 is ~1.7x faster than fp32 (embeddings agree to cosine > 0.999),
# with torch and with vision_runtime="onnx" alike (onnxruntime int8 measured 1-15% faster than torch
# int8, within run-to-run noise, so torch stays the default runtime);
# BLIP base captioning is ~1.6x faster with int8, but its effect on real captions cannot be checked
# offline (no real weights), so captions stay fp32 unless the user opts in.
AUTO_QUANTIZE = {"clip": "int8", "caption": "none"}


def quantize_for(settings: Any, kind: str) -> str:
    q = str(getattr(settings, "vision_quantize", "auto") or "auto")
    return AUTO_QUANTIZE.get(kind, "none") if q == "auto" else q


def prepare_model(model: Any, quantize: str) -> Any:
    """eval(); with ``quantize == 'int8'`` dynamic int8 quantization of every nn.Linear."""
    import torch

    model.eval()
    if quantize == "int8":
        import warnings

        from torch.ao.quantization import quantize_dynamic

        with warnings.catch_warnings():  # torch.ao.quantization is deprecated in favour of torchao
            warnings.simplefilter("ignore", DeprecationWarning)
            warnings.simplefilter("ignore", UserWarning)
            model = quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
    return model


def clip_model_id(path: Path, dim: int) -> str:
    """Identity of a CLIP checkpoint for the index: vectors from different weights are not comparable,
    so a new id re-embeds the library.  Runtime (torch / onnx) and quantization are not part of it."""
    weights = sum(f.stat().st_size for f in Path(path).glob("*") if f.suffix in (".safetensors", ".bin"))
    return f"{Path(path).name}:{dim}:{weights}"
