"""ONNX Runtime execution of CLIP image and text embedding (``vision_runtime = "onnx"``).

The vision tower + visual projection and the text tower + text projection of a local
``CLIPModel`` checkpoint are exported once with ``torch.onnx.export`` (the TorchScript
exporter, ``dynamo=False``: it needs the ``onnx`` package but not ``onnxscript``; dynamic
batch axis, and dynamic sequence axis for text) into::

    <cache_dir>/onnx/<checkpoint name>-<key>/
        image.onnx, text.onnx             fp32 graphs
        image-int8.onnx, text-int8.onnx   onnxruntime dynamic int8 (made when int8 is asked for)
        meta.json                         written last: the fp32 export is complete

``key`` hashes the checkpoint's config and weight files (names, sizes, mtimes) and the
export format, so new weights get a new export and an unchanged checkpoint is exported
once.  Every file is written under a temporary name and ``os.replace``d into place, so a
killed export never leaves a file that looks complete; a lock file keeps two processes
from exporting the same checkpoint at the same time.  Right after exporting, ONNX Runtime's
output is compared with torch's on the export inputs (cosine > 0.999) before meta.json is
written.  Later loads open the .onnx files with onnxruntime only: no torch model is built.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from tools.base import ToolError
from tools.errors import MissingDependencyError

EXPORT_FORMAT = 1  # bump when the exported graphs change (new key -> re-export)
OPSET = 17
WEIGHT_SUFFIXES = (".safetensors", ".bin")
MIN_COSINE = 0.999
WHAT = "search_images with vision_runtime=onnx"


def checkpoint_key(path: Path) -> str:
    """sha256 (16 hex) of the checkpoint's config + weight file names, sizes and mtimes."""
    h = hashlib.sha256(f"clip-onnx:{EXPORT_FORMAT}:{OPSET}".encode())
    for f in sorted(Path(path).iterdir()):
        if f.is_file() and (f.name == "config.json" or f.suffix in WEIGHT_SUFFIXES):
            st = f.stat()
            h.update(f"\0{f.name}\0{st.st_size}\0{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def export_dir(cache_dir: str | Path, path: Path) -> Path:
    return Path(cache_dir).expanduser() / "onnx" / f"{Path(path).name or 'clip'}-{checkpoint_key(path)}"


def import_ort(what: str = WHAT) -> Any:
    try:
        import onnxruntime
    except ImportError as exc:
        raise MissingDependencyError("onnxruntime", "vision", what) from exc
    return onnxruntime


def session(file: Path, threads: int) -> Any:
    """A CPU InferenceSession with ``threads`` intra-op threads (one inter-op thread)."""
    ort = import_ort()
    so = ort.SessionOptions()
    so.intra_op_num_threads = max(1, int(threads))
    so.inter_op_num_threads = 1
    so.log_severity_level = 3  # errors only
    return ort.InferenceSession(str(file), so, providers=["CPUExecutionProvider"])


def _normed(arr: Any) -> np.ndarray:
    arr = np.asarray(arr, dtype=np.float32)
    return arr / np.maximum(np.linalg.norm(arr, axis=1, keepdims=True), 1e-12)


def min_cosine(a: Any, b: Any) -> float:
    return float((_normed(a) * _normed(b)).sum(axis=1).min())


# -- export -----------------------------------------------------------------------------
def _modules(torch: Any) -> tuple[type, type]:
    def tensor(out: Any) -> Any:  # some transformers versions return a model output
        return out if isinstance(out, torch.Tensor) else out.pooler_output

    class ImageTower(torch.nn.Module):
        def __init__(self, model: Any) -> None:
            super().__init__()
            self.model = model

        def forward(self, pixel_values: Any) -> Any:
            return tensor(self.model.get_image_features(pixel_values=pixel_values))

    class TextTower(torch.nn.Module):
        def __init__(self, model: Any) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            return tensor(self.model.get_text_features(input_ids=input_ids, attention_mask=attention_mask))

    return ImageTower, TextTower


def _need_onnx() -> None:
    try:
        import onnx  # noqa: F401  (torch.onnx.export and onnxruntime.quantization need it)
    except ImportError as exc:
        raise MissingDependencyError("onnx", "vision", "the ONNX export of the CLIP model") from exc


@contextlib.contextmanager
def _atomic(dest: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``dest``; on success fsync it and os.replace it onto ``dest``."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.tmp{os.getpid()}")
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, dest)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _export(module: Any, args: tuple[Any, ...], dest: Path, inputs: list[str], output: str,
            axes: dict[str, dict[int, str]]) -> None:
    import torch

    _need_onnx()
    with _atomic(dest) as tmp, warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")  # TracerWarnings from transformers, exporter deprecation notes
        torch.onnx.export(module.eval(), args, str(tmp), input_names=inputs, output_names=[output],
                          dynamic_axes={**axes, output: {0: "batch"}}, opset_version=OPSET,
                          do_constant_folding=True, dynamo=False)


def export_image_tower(model: Any, dest: Path, image_size: int, batch: int = 2) -> Any:
    """Export vision tower + visual projection of ``model`` to ``dest``; returns the dummy input used."""
    import torch

    image_tower, _ = _modules(torch)
    gen = torch.Generator().manual_seed(0)
    pixels = torch.randn(batch, 3, image_size, image_size, generator=gen)
    _export(image_tower(model), (pixels,), dest, ["pixel_values"], "image_embeds",
            {"pixel_values": {0: "batch"}})
    return pixels


def export_text_tower(model: Any, dest: Path, input_ids: Any, attention_mask: Any) -> None:
    """Export text tower + text projection of ``model`` to ``dest`` (dynamic batch and length)."""
    import torch

    _, text_tower = _modules(torch)
    _export(text_tower(model), (input_ids, attention_mask), dest, ["input_ids", "attention_mask"],
            "text_embeds", {"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "sequence"}})


class _DropPreprocessHint(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "pre-processing before quantization" not in record.getMessage()


def quantize_int8(src: Path, dest: Path) -> None:
    """onnxruntime dynamic int8 quantization (int8 weights, activations quantized at run time)."""
    _need_onnx()
    import_ort()
    from onnxruntime.quantization import QuantType, quantize_dynamic

    hint = _DropPreprocessHint()
    root = logging.getLogger()
    root.addFilter(hint)
    try:
        with _atomic(dest) as tmp:
            quantize_dynamic(str(src), str(tmp), weight_type=QuantType.QInt8)
    finally:
        root.removeFilter(hint)


def _file(folder: Path, part: str, quantize: str) -> Path:
    return folder / (f"{part}-int8.onnx" if quantize == "int8" else f"{part}.onnx")


def _complete(folder: Path, quantize: str) -> bool:
    parts = [folder / "meta.json", folder / "image.onnx", folder / "text.onnx"]
    if quantize == "int8":
        parts += [_file(folder, "image", "int8"), _file(folder, "text", "int8")]
    return all(p.exists() for p in parts)


@contextlib.contextmanager
def _lock(folder: Path) -> Iterator[None]:
    import fcntl

    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "export.lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)  # another process exporting the same checkpoint: wait for it
        yield


def _export_checkpoint(path: Path, folder: Path, processor: Any, threads: int) -> None:
    from tools.hf_vision import import_torch

    torch = import_torch(threads, "the ONNX export of the CLIP model")
    _need_onnx()
    from transformers import CLIPModel

    model = CLIPModel.from_pretrained(str(path), local_files_only=True, dtype=torch.float32).eval()
    size = int(model.config.vision_config.image_size)
    pixels = export_image_tower(model, folder / "image.onnx", size)
    text = processor(text=["a photo of a cat", "a lighthouse at sunset by the sea"], return_tensors="pt",
                     padding=True, truncation=True, max_length=int(model.config.text_config.max_position_embeddings))
    # (two lengths: the padding path of the attention mask is traced too)
    export_text_tower(model, folder / "text.onnx", text["input_ids"], text["attention_mask"])
    image_tower, text_tower = _modules(torch)
    with torch.inference_mode():
        ref_img = image_tower(model)(pixels).float().numpy()
        ref_txt = text_tower(model)(text["input_ids"], text["attention_mask"]).float().numpy()
    got_img = session(folder / "image.onnx", threads).run(None, {"pixel_values": pixels.numpy()})[0]
    got_txt = session(folder / "text.onnx", threads).run(None, {
        "input_ids": text["input_ids"].numpy().astype(np.int64),
        "attention_mask": text["attention_mask"].numpy().astype(np.int64)})[0]
    cos = min(min_cosine(got_img, ref_img), min_cosine(got_txt, ref_txt))
    if cos < MIN_COSINE:
        for p in (folder / "image.onnx", folder / "text.onnx"):
            p.unlink(missing_ok=True)
        raise ToolError(f"the ONNX export of {path.name} disagrees with torch (cosine {cos:.4f})",
                        kind="model_error", fix="set MMAGENT_VISION_RUNTIME=torch")
    meta = {"format": EXPORT_FORMAT, "opset": OPSET, "dim": int(model.config.projection_dim), "image_size": size,
            "max_text_len": int(model.config.text_config.max_position_embeddings),
            "source": str(path), "torch": torch.__version__, "export_min_cosine": round(cos, 6)}
    with _atomic(folder / "meta.json") as tmp:
        tmp.write_text(json.dumps(meta, indent=1))


def ensure_export(path: Path, folder: Path, processor: Any, *, quantize: str = "none", threads: int = 1) -> bool:
    """Make sure ``folder`` holds the export (and int8 files when asked); True if anything was written."""
    if _complete(folder, quantize):
        return False
    with _lock(folder):
        if _complete(folder, quantize):  # another process finished it while we waited
            return False
        if not all((folder / n).exists() for n in ("meta.json", "image.onnx", "text.onnx")):
            _export_checkpoint(path, folder, processor, threads)
        if quantize == "int8":
            for part in ("image", "text"):
                if not _file(folder, part, "int8").exists():
                    quantize_int8(folder / f"{part}.onnx", _file(folder, part, "int8"))
    return True


# -- inference --------------------------------------------------------------------------
class OnnxClipEmbedder:
    """CLIP embeddings with onnxruntime; same interface as tools.clip_search.ClipEmbedder."""

    runtime = "onnx"

    def __init__(self, path: Path, *, cache_dir: str | Path, threads: int = 1, quantize: str = "none") -> None:
        import_ort()
        try:
            from transformers import AutoProcessor
        except ImportError as exc:
            raise MissingDependencyError("transformers", "vision", "search_images") from exc
        from tools.hf_vision import clip_model_id

        self.quantize = quantize
        self.processor = AutoProcessor.from_pretrained(str(path), local_files_only=True)
        self.folder = export_dir(cache_dir, path)
        self.exported = ensure_export(path, self.folder, self.processor, quantize=quantize, threads=threads)
        meta = json.loads((self.folder / "meta.json").read_text())
        self.dim = int(meta["dim"])
        self.max_text_len = int(meta["max_text_len"])
        self.image_session = session(_file(self.folder, "image", quantize), threads)
        self.text_session = session(_file(self.folder, "text", quantize), threads)
        self._text_inputs = {i.name for i in self.text_session.get_inputs()}
        self.model_id = clip_model_id(path, self.dim)

    def images(self, imgs: list[Any]) -> np.ndarray:
        if not imgs:
            return np.zeros((0, self.dim), np.float32)
        pixels = np.asarray(self.processor(images=imgs, return_tensors="np")["pixel_values"], dtype=np.float32)
        return _normed(self.image_session.run(None, {"pixel_values": pixels})[0])

    def text(self, query: str) -> np.ndarray:
        enc = self.processor(text=[query], return_tensors="np", padding=True, truncation=True,
                             max_length=self.max_text_len)
        feeds = {k: np.asarray(enc[k], dtype=np.int64) for k in ("input_ids", "attention_mask")
                 if k in self._text_inputs and k in enc}
        return _normed(self.text_session.run(None, feeds)[0])[0]
