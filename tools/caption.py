"""caption_image: describe an image with a transformers image-to-text model (BLIP by default)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from tools.base import Availability, ModelResolver, Tool, ToolContext, ToolOutput, media_path
from tools.hf_vision import import_torch, model_availability, prepare_model, quantize_for, resolve_model
from tools.images import max_pixels_of, open_image

log = logging.getLogger("mmagent.caption")


class CaptionImage(Tool):
    """Image captioning; never invents a description when the model is missing (model_missing)."""

    name = "caption_image"
    cacheable = True
    description = "Describe what an image shows in one sentence (image captioning)."

    class Args(BaseModel):
        path: str = media_path("image", "path of the image to describe")
        prompt: str | None = Field(
            default=None, description="optional start of the caption to condition on, e.g. 'a photo of'"
        )

    class Result(ToolOutput):
        path: str = ""
        model: str = ""

    def __init__(self, settings: Any = None, models: ModelResolver | None = None) -> None:
        super().__init__(settings, models)
        self.model: Any = None
        self.processor: Any = None
        self.model_name = ""

    @classmethod
    def summarize(cls, result: Any) -> str:
        name = Path(str(result.args.get("path", "the image"))).name
        return f"{name} shows {result.text}." if result.text else f"I could not describe {name}."

    def availability(self) -> Availability:
        return model_availability(self.models, "caption")

    def load(self) -> None:
        path = resolve_model(self.models, "caption")
        torch = import_torch(int(getattr(self.settings, "vision_threads", 1) or 1), "caption_image")
        from transformers import AutoModelForImageTextToText, AutoProcessor

        self.processor = AutoProcessor.from_pretrained(str(path), local_files_only=True)
        model = AutoModelForImageTextToText.from_pretrained(str(path), local_files_only=True,
                                                            dtype=torch.float32)
        self.model = prepare_model(model, quantize_for(self.settings, "caption"))
        self.model_name = path.name

    def close(self) -> None:
        self.model = self.processor = None
        super().close()

    def caption(self, img: Any, prompt: str | None = None, max_new_tokens: int = 30) -> str:
        """Caption an RGB PIL image."""
        import torch

        self.ensure_loaded()
        kwargs: dict[str, Any] = {"images": img, "return_tensors": "pt"}
        if prompt:
            kwargs["text"] = prompt
        inputs = self.processor(**kwargs)
        with torch.inference_mode():
            out = self.model.generate(**inputs, max_new_tokens=max_new_tokens, num_beams=1, do_sample=False)
        text = self.processor.batch_decode(out, skip_special_tokens=True)[0].strip()
        if prompt and not text.lower().startswith(prompt.strip().lower()):
            text = f"{prompt.strip()} {text}".strip()
        return " ".join(text.split())

    def run(self, args: Args, ctx: ToolContext) -> Result:  # type: ignore[override]
        from tools.clip_search import cached_caption, store_caption

        img = open_image(args.path, max_pixels=max_pixels_of(self.settings))
        ctx.cancel.raise_if_cancelled()
        self.ensure_loaded()
        text = None if args.prompt else cached_caption(self.settings, args.path, self.model_name)
        if text is None:
            text = self.caption(img, args.prompt)
            if not args.prompt:
                store_caption(self.settings, args.path, self.model_name, text)
        return self.Result(text=text, path=str(args.path), model=self.model_name)
