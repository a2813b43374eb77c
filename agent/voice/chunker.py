"""Sentence chunker: turns a stream of LLM tokens into speakable chunks as early as possible.

Chunks end at ``. ! ?`` and ``;`` followed by white space, and at newlines.  The first chunk
may also end at a comma, colon or dash once it is ``first_min_chars`` long, so the first
audio can start while the rest of the sentence is still being generated.  Decimal numbers
("3.5") and common abbreviations ("e.g.", "Dr.") do not end a chunk.

    ch = SentenceChunker()
    for token in tokens:
        for sentence in ch.feed(token):
            speak(sentence)
    for sentence in ch.flush():
        speak(sentence)
"""

from __future__ import annotations

import re

_END = re.compile(r"[.!?;]+[\"')\]]*(?=\s)|\n+")
_SOFT = re.compile(r"[,:\u2014]+(?=\s)| - ")
_ABBREV = {"e.g", "i.e", "mr", "mrs", "ms", "dr", "st", "vs", "etc", "prof", "no", "jr", "sr", "u.s", "a.m", "p.m"}
_MARKUP = re.compile(r"[*_`#>]+")


def clean_for_speech(text: str) -> str:
    """Drop markdown markup and collapse white space (what TTS should read)."""
    text = _MARKUP.sub("", text)
    text = re.sub(r"^\s*[-\u2022]\s+", "", text, flags=re.MULTILINE)
    return " ".join(text.split())


class SentenceChunker:
    """Incremental splitter of streamed text into sentences (see module docstring)."""

    def __init__(self, first_min_chars: int = 24, max_chars: int = 300) -> None:
        self.first_min_chars = first_min_chars
        self.max_chars = max_chars
        self._buf = ""
        self.emitted = 0

    def _is_abbrev(self, text: str, end: int) -> bool:
        word = re.split(r"\s", text[:end].rstrip(".!?;"))[-1].lower()
        return word in _ABBREV or (len(word) == 1 and word.isalpha())

    def _cut(self) -> int | None:
        """Index just after the first chunk boundary in the buffer, if there is one."""
        hard = None
        for m in _END.finditer(self._buf):
            if m.group().startswith(".") and self._is_abbrev(self._buf, m.start() + 1):
                continue
            if self._buf[: m.end()].strip():
                hard = m.end()
                break
        if self.emitted == 0:  # the first chunk may end early, at a comma: faster first audio
            for m in _SOFT.finditer(self._buf, 0, hard if hard is not None else len(self._buf)):
                if m.start() >= self.first_min_chars:
                    return m.end()
        if hard is not None:
            return hard
        if len(self._buf) > self.max_chars:  # a run-on: cut at the last space
            sp = self._buf.rfind(" ", 0, self.max_chars)
            return sp + 1 if sp > 0 else self.max_chars
        return None

    def feed(self, text: str) -> list[str]:
        """Add streamed text; return the chunks it completed (cleaned, non-empty)."""
        self._buf += text
        out: list[str] = []
        while (cut := self._cut()) is not None:
            chunk, self._buf = self._buf[:cut], self._buf[cut:]
            chunk = clean_for_speech(chunk)
            if chunk and re.search(r"\w", chunk):
                out.append(chunk)
                self.emitted += 1
        return out

    def flush(self) -> list[str]:
        """The remaining text as a last chunk (at the end of the stream)."""
        chunk, self._buf = clean_for_speech(self._buf), ""
        if chunk and re.search(r"\w", chunk):
            self.emitted += 1
            return [chunk]
        return []


def split_sentences(text: str, first_min_chars: int = 24) -> list[str]:
    """All chunks of a complete text, as the streaming chunker would produce them."""
    ch = SentenceChunker(first_min_chars)
    return ch.feed(text) + ch.flush()
