"""Word error rate with a small text normalizer, shared by the benchmarks and the tests."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

_SPACE_LIKE = re.compile(r"[-\u2010-\u2015/_]+")  # hyphens, dashes, slashes: word boundaries
_PUNCT = re.compile(r"[^\w\s]+")


@functools.cache
def _english_normalizer() -> Callable[[str], str] | None:
    try:
        from whisper.normalizers import EnglishTextNormalizer
    except ImportError:
        return None
    return EnglishTextNormalizer()


def normalize(text: str, english: bool = True) -> list[str]:
    """Lowercase, drop punctuation (apostrophes too: "don't" -> "dont") and split into words.

    For English, Whisper's own EnglishTextNormalizer (from openai-whisper, when installed)
    runs first so that "six" and "6", "colour" and "color" count as the same word.
    """
    norm = _english_normalizer() if english else None
    if norm is not None:
        text = norm(text)
    text = unicodedata.normalize("NFKC", text).lower()
    text = _PUNCT.sub("", _SPACE_LIKE.sub(" ", text))
    return text.split()


def edit_distance(ref: list[str], hyp: list[str]) -> int:
    """Levenshtein distance between two word sequences (substitutions, insertions, deletions)."""
    prev = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        cur = [i]
        for j, h in enumerate(hyp, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h)))
        prev = cur
    return prev[-1]


def wer(ref: str, hyp: str) -> float:
    """Word error rate of ``hyp`` against ``ref`` after ``normalize`` (0.0 is perfect).

    An empty reference gives 0.0 for an empty hypothesis and 1.0 otherwise.
    """
    r, h = normalize(ref), normalize(hyp)
    if not r:
        return float(bool(h))
    return edit_distance(r, h) / len(r)
