"""Shared fixtures helpers for the vision tests: tiny random CLIP/BLIP checkpoints and photo folders."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image


def make_photos(folder: Path, n: int, size: int = 48, seed: int = 0) -> list[Path]:
    """``n`` small random-pattern PNGs (distinct content) under ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        arr = rng.integers(0, 255, (size, size, 3), dtype=np.uint8)
        arr[: size // 2] = (i * 37 % 255, i * 91 % 255, i * 17 % 255)
        p = folder / f"img_{i:03d}.png"
        Image.fromarray(arr).save(p)
        out.append(p)
    return out


def load_embedder_for(settings: Any) -> Any:
    """The CLIP embedder for ``settings``, its weights resolved through the agent's model store."""
    from agent.models import ModelStore
    from tools.clip_search import load_embedder

    return load_embedder(settings, ModelStore(settings))
