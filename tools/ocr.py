"""read_text_in_image: OCR with RapidOCR (PP-OCRv4 det/rec ONNX models shipped in the wheel)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from tools.base import Availability, ModelResolver, Tool, ToolContext, ToolOutput, media_path
from tools.errors import MissingDependencyError
from tools.images import max_pixels_of, open_image


class TextLine(BaseModel):
    text: str
    confidence: float
    box: list[list[float]] = Field(description="4 corner points [x, y], clockwise from top-left")


def reading_order(lines: list[TextLine]) -> list[list[TextLine]]:
    """Group lines into rows (top-to-bottom), each row sorted left-to-right.

    Two boxes share a row when their vertical centres are closer than half the smaller
    box height; this keeps a sign's words together even if the detector split them.
    """

    def geom(t: TextLine) -> tuple[float, float, float]:
        ys = [p[1] for p in t.box]
        xs = [p[0] for p in t.box]
        return (min(ys) + max(ys)) / 2, max(1.0, max(ys) - min(ys)), min(xs)

    rows: list[list[TextLine]] = []
    centres: list[tuple[float, float]] = []  # (centre y, height) of each row
    for t in sorted(lines, key=lambda t: geom(t)[0]):
        cy, h, _ = geom(t)
        for i, (ry, rh) in enumerate(centres):
            if abs(cy - ry) < 0.5 * min(h, rh):
                rows[i].append(t)
                break
        else:
            rows.append([t])
            centres.append((cy, h))
    return [sorted(r, key=lambda t: geom(t)[2]) for r in rows]


def _bgr(img: Any) -> Any:
    """An RGB PIL image as the contiguous BGR array RapidOCR takes."""
    import numpy as np

    return np.ascontiguousarray(np.asarray(img)[:, :, ::-1])


class ReadTextInImage(Tool):
    """OCR: every text line with its box and confidence, in reading order."""

    name = "read_text_in_image"
    cacheable = True
    description = "Read the printed text in an image (signs, labels, documents, screenshots) with OCR."

    class Args(BaseModel):
        path: str = media_path("image", "path of the image to read text from")

    class Result(ToolOutput):
        lines: list[TextLine] = Field(default_factory=list)
        no_text: bool = False

    def __init__(self, settings: Any = None, models: ModelResolver | None = None) -> None:
        super().__init__(settings, models)
        self.engine: Any = None
        self._detector: Any = None  # the engine's text detector at a small input size (text_regions)

    @classmethod
    def summarize(cls, result: Any) -> str:
        name = Path(str(result.args.get("path", "the image"))).name
        if result.data.get("no_text") or not result.text:
            return f"I found no readable text in {name}."
        return f'The text in {name} reads: "{result.text}"'

    def availability(self) -> Availability:
        import importlib.util

        ok = importlib.util.find_spec("rapidocr_onnxruntime") is not None
        return Availability(ok, "RapidOCR PP-OCRv4 (packaged)" if ok else "",
                            None if ok else "pip install 'mmagent[vision]'")

    def load(self) -> None:
        try:
            from rapidocr_onnxruntime import RapidOCR
        except ImportError as exc:
            raise MissingDependencyError("rapidocr-onnxruntime", "vision", "read_text_in_image") from exc
        threads = int(getattr(self.settings, "ocr_threads", 1) or 1)
        self.engine = RapidOCR(intra_op_num_threads=threads, inter_op_num_threads=1)

    def close(self) -> None:
        self.engine = None
        self._detector = None
        super().close()

    PROBE_SIDE = 320  # text_regions: the detector's input size (shorter side, px)

    def text_regions(self, path: str) -> int:
        """How many text regions the OCR engine's detector finds in the image at ``PROBE_SIDE`` px (its
        shorter side), without reading them: a cheap look (~0.1 s on two cores) at whether an image shows printed
        text (a scan, screenshot or sign: many regions) or none (a photo of a scene: usually none)."""
        import copy

        self.ensure_loaded()
        if self._detector is None:
            det = copy.copy(self.engine.text_det)  # shares the detector's ONNX session; its own input size
            det.limit_side_len, det.limit_type = self.PROBE_SIDE, "min"
            self._detector = det
        img = open_image(path, max_pixels=max_pixels_of(self.settings))
        img.thumbnail((self.PROBE_SIDE * 4, self.PROBE_SIDE * 4))  # the detector scales the shorter side down anyway
        boxes, _ = self._detector(_bgr(img))
        return 0 if boxes is None else len(boxes)

    def read_image(self, img: Any) -> Result:
        """OCR an RGB PIL image."""
        self.ensure_loaded()
        raw, _ = self.engine(_bgr(img))
        lines = [
            TextLine(text=str(t).strip(), confidence=round(float(c), 4),
                     box=[[round(float(x), 1), round(float(y), 1)] for x, y in box])
            for box, t, c in (raw or [])
            if str(t).strip()
        ]
        rows = reading_order(lines)
        ordered = [t for r in rows for t in r]
        text = "\n".join(" ".join(t.text for t in r) for r in rows)
        return self.Result(text=text, lines=ordered, no_text=not ordered)

    def run(self, args: Args, ctx: ToolContext) -> Result:  # type: ignore[override]
        img = open_image(args.path, max_pixels=max_pixels_of(self.settings))
        ctx.cancel.raise_if_cancelled()
        return self.read_image(img)
