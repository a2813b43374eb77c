"""search_images: text->image and image->image search over a photo folder with CLIP.

The folder's persistent index (tools/image_index.py) is brought up to date before each
search; folders with many unindexed images must be indexed first with
``run_agent.py index PATH`` (progress bar, resumable).
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel, Field

from tools.base import Availability, ModelResolver, Tool, ToolContext, ToolError, ToolOutput
from tools.errors import InputFileError, UsageError
from tools.hf_vision import (
    clip_model_id,
    import_torch,
    model_availability,
    prepare_model,
    quantize_for,
    resolve_model,
)
from tools.image_index import ImageIndex, TooManyNewImages, find_index_for
from tools.images import is_image_path, max_pixels_of, open_image


class ClipEmbedder:
    """A transformers CLIPModel + processor; returns L2-normalised float32 embeddings."""

    runtime = "torch"

    def __init__(self, path: Path, *, threads: int = 1, quantize: str = "none") -> None:
        torch = import_torch(threads, "search_images")
        from transformers import AutoProcessor, CLIPModel

        self.torch = torch
        self.processor = AutoProcessor.from_pretrained(str(path), local_files_only=True)
        model = CLIPModel.from_pretrained(str(path), local_files_only=True, dtype=torch.float32)
        self.dim = int(model.config.projection_dim)
        # longer queries are cut to what the text tower takes (tokenizers without model_max_length would not)
        self.max_text_len = int(model.config.text_config.max_position_embeddings)
        self.quantize = quantize
        self.model = prepare_model(model, quantize)
        self.model_id = clip_model_id(path, self.dim)

    def _norm(self, feats: Any) -> np.ndarray:
        if not isinstance(feats, self.torch.Tensor):  # some versions return a model output
            feats = feats.pooler_output
        arr = feats.detach().float().numpy().astype(np.float32)
        return arr / np.maximum(np.linalg.norm(arr, axis=1, keepdims=True), 1e-12)

    def images(self, imgs: list[Any]) -> np.ndarray:
        if not imgs:
            return np.zeros((0, self.dim), np.float32)
        inputs = self.processor(images=imgs, return_tensors="pt")
        with self.torch.inference_mode():
            return self._norm(self.model.get_image_features(pixel_values=inputs["pixel_values"]))

    def text(self, query: str) -> np.ndarray:
        inputs = self.processor(text=[query], return_tensors="pt", padding=True, truncation=True,
                                max_length=self.max_text_len)
        with self.torch.inference_mode():
            feats = self.model.get_text_features(input_ids=inputs["input_ids"],
                                                 attention_mask=inputs.get("attention_mask"))
        return self._norm(feats)[0]


def load_embedder(settings: Any, models: ModelResolver) -> Any:
    """ClipEmbedder (torch) or tools.onnx_clip.OnnxClipEmbedder, by ``settings.vision_runtime``."""
    path = resolve_model(models, "clip")
    threads = int(getattr(settings, "vision_threads", 1) or 1)
    quantize = quantize_for(settings, "clip")
    if str(getattr(settings, "vision_runtime", "torch") or "torch") == "onnx":
        from tools.onnx_clip import OnnxClipEmbedder

        return OnnxClipEmbedder(path, cache_dir=getattr(settings, "cache_dir", "~/.cache/mmagent"),
                                threads=threads, quantize=quantize)
    return ClipEmbedder(path, threads=threads, quantize=quantize)


class ImageHit(BaseModel):
    path: str
    score: float
    caption: str | None = None


class SearchImages(Tool):
    """CLIP retrieval over a folder's persistent index."""

    name = "search_images"
    description = ("Find the photos in a folder that best match a text description or look like an "
                   "example image (CLIP search); returns paths, best first.")
    intent = (r"\b(?:photos?|pictures?|images?|pics?|snapshots?|shots?|selfies?|fotos?|bild\w*|imagen\w*|"
              r"immagin\w*|gallery|album|library)\b|\.(?:jpe?g|png|webp|heic|gif|bmp|tiff?)\b")

    class Args(BaseModel):
        query: str = Field(description="what to look for, e.g. 'a lighthouse at sunset', or the path of an "
                                       "example image to find similar ones")
        k: int = Field(default=5, ge=1, le=50, description="how many photos to return")
        folder: str | None = Field(default=None, description="folder of photos to search; null for the "
                                                             "configured photo library")

    class Result(ToolOutput):
        path: str = Field(default="", description="the best match (empty when none)")
        paths: list[str] = Field(default_factory=list)
        hits: list[ImageHit] = Field(default_factory=list)
        folder: str = ""
        indexed: int = 0

    def __init__(self, settings: Any = None, models: ModelResolver | None = None) -> None:
        super().__init__(settings, models)
        self.embedder: Any = None  # ClipEmbedder or OnnxClipEmbedder

    @classmethod
    def summarize(cls, result: Any) -> str:
        hits = result.data.get("hits") or []
        if not hits:
            return f"I found no photos matching \"{result.args.get('query', '')}\"."
        return result.text

    def availability(self) -> Availability:
        return model_availability(self.models, "clip")

    def load(self) -> None:
        self.embedder = load_embedder(self.settings, self.models)

    def close(self) -> None:
        self.embedder = None
        super().close()

    def _folder(self, folder: str | None) -> Path:
        raw = folder or getattr(self.settings, "image_library", None)
        if not raw:
            raise ToolError("search_images needs a folder of photos", kind="bad_args",
                            fix="name the folder in the request or set MMAGENT_IMAGE_LIBRARY")
        p = Path(raw).expanduser()
        if not p.is_dir():
            raise InputFileError(f"{raw}: folder not found", "check the path")
        self._check_allowed(p, str(raw))
        return p

    def _check_allowed(self, p: Path, shown: str) -> None:
        roots = list(getattr(self.settings, "allowed_roots", None) or [])
        rp = p.expanduser().resolve()
        if roots and not any(rp == r or r in rp.parents for r in roots):
            raise ToolError(f"{shown}: outside the allowed folders", kind="not_allowed")

    def run(self, args: Args, ctx: ToolContext) -> Result:  # type: ignore[override]
        folder = self._folder(args.folder)
        self.ensure_loaded()
        assert self.embedder is not None
        emb = self.embedder
        index = ImageIndex(folder, self.settings, create=True)
        limit = int(getattr(self.settings, "index_auto_limit", 200))
        note = ""
        try:
            index.update(emb.images, emb.model_id, limit=limit, cancel=ctx.cancel)
        except TooManyNewImages as exc:
            if not index.exists() or index.count() == 0:
                raise ToolError(f"{folder} has {exc.count} photos that are not indexed yet", kind="bad_input",
                                fix=f"run: run_agent.py index {folder}") from exc
            note = f"\n({exc.count} newer photos are not indexed yet: run_agent.py index {folder})"
        except UsageError:  # an `index` run holds the writer lock: search what it has committed
            if not index.exists():
                raise
            note = "\n(the folder is being indexed right now; results cover the photos indexed so far)"
        ctx.cancel.raise_if_cancelled()
        exclude = None
        if is_image_path(args.query) and Path(args.query).expanduser().is_file():
            self._check_allowed(Path(args.query), args.query)
            qvec = emb.images([open_image(args.query, max_pixels=max_pixels_of(self.settings))])[0]
            with contextlib.suppress(ValueError):
                exclude = Path(args.query).expanduser().resolve().relative_to(index.folder).as_posix()
        else:
            qvec = emb.text(args.query)
        hits = index.search(qvec, args.k, exclude=exclude)
        out = [ImageHit(path=str(folder / h.path), score=h.score, caption=h.caption) for h in hits]
        if out:
            lines = [f"{i}. {h.path} (score {h.score:.2f})" + (f": {h.caption}" if h.caption else "")
                     for i, h in enumerate(out, 1)]
            text = f"Best matches for \"{args.query}\" in {folder}:\n" + "\n".join(lines)
        else:
            text = f"No photos found in {folder}."
        text += note
        return self.Result(text=text, path=out[0].path if out else "", paths=[h.path for h in out], hits=out,
                           folder=str(folder), indexed=index.count())


# -- caption cache (used by caption_image) --------------------------------------------
def cached_caption(settings: Any, path: str, model: str) -> str | None:
    with contextlib.suppress(OSError, sqlite3.Error, InputFileError, ValueError):
        found = find_index_for(path, settings)
        if found:
            st = Path(path).expanduser().stat()
            return found[0].get_caption(found[1], st.st_size, st.st_mtime_ns, model)
    return None


def store_caption(settings: Any, path: str, model: str, caption: str) -> None:
    with contextlib.suppress(OSError, sqlite3.Error, InputFileError, ValueError):
        found = find_index_for(path, settings)
        if found:
            st = Path(path).expanduser().stat()
            found[0].set_caption(found[1], st.st_size, st.st_mtime_ns, model, caption)
