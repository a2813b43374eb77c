"""Sentence chunker: turns a stream of LLM tokens into speakable chunks as early as possible.

Chunks end at ``. ! ?`` and ``;`` followed by white space, and at newlines.  The first chunk
may also end at a comma, colon or dash once it is ``first_min_chars`` long, so the first
audio can start while the rest of the sentence is still being generated.  Decimal numbers
("3.5") and common abbreviations ("e.g.", "Dr.") do not end a chunk.

With ``clauses`` (the voice loop's default) the first chunk also ends at the first clause:
before a conjunction or a phrase-opening preposition ("... were written | by William
Shakespeare.") once ``clause_min_chars`` long; and a sentence end at the end of the text so far
ends a chunk at once when it cannot be a number or an abbreviation ("legs." / "blue?") instead of
waiting for the next token (for the last sentence that token is the end of the stream).

With ``first_words`` the first chunk ends after that many complete words when no boundary came
sooner ("The capital of France | is Paris."), never right after a function word ("of", "the"):
the first audio starts a few tokens earlier, and the next chunk is written and synthesized while
the first one plays.

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
# a clause may start with these words: the first chunk can end before them
# ("and"/"or" are left out: they join names as often as clauses, "Romeo | and Juliet")
_CLAUSE = re.compile(r"(?<=\w)\s+(?=(?:but|so|because|which|while|when|where|although|since|though|"
                     r"at|by|during|after|before)\s)", re.IGNORECASE)
_TAIL = re.compile(r"[.!?]+[\"')\]]*$")
_WORD = re.compile(r"\S+(?=\s)")
# a first chunk of N words does not end on these (it would be spoken with a dangling "of" / "the")
_FUNCTION = {"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but",
             "is", "are", "was", "were", "be", "it", "its", "that", "this", "as", "than", "my", "your", "our",
             "their", "his", "her", "not", "no", "has", "have", "had", "will", "can", "would", "about"}


def clean_for_speech(text: str) -> str:
    """Drop markdown markup and collapse white space (what TTS should read)."""
    text = _MARKUP.sub("", text)
    text = re.sub(r"^\s*[-\u2022]\s+", "", text, flags=re.MULTILINE)
    return " ".join(text.split())


class SentenceChunker:
    """Incremental splitter of streamed text into sentences (see module docstring)."""

    def __init__(self, first_min_chars: int = 24, max_chars: int = 300, *, clauses: bool = False,
                 clause_min_chars: int = 20, first_words: int = 0) -> None:
        self.first_min_chars = first_min_chars
        self.max_chars = max_chars
        self.clauses = clauses
        self.clause_min_chars = clause_min_chars
        self.first_words = first_words
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
        if hard is None and self.clauses:
            hard = self._tail()
        if self.emitted == 0:  # the first chunk may end early, at a comma: faster first audio
            stop = hard if hard is not None else len(self._buf)
            for m in _SOFT.finditer(self._buf, 0, stop):
                if m.start() >= self.first_min_chars:
                    return m.end()
            if self.clauses:
                for m in _CLAUSE.finditer(self._buf, 0, stop):
                    if m.start() >= self.clause_min_chars:
                        return m.start()
            if self.first_words > 0 and hard is None:
                for n, m in enumerate(_WORD.finditer(self._buf), start=1):
                    if n >= self.first_words and m.group().lower().strip("\"'(),") not in _FUNCTION \
                            and m.group()[-1].isalnum():
                        return m.end()
        if hard is not None:
            return hard
        if len(self._buf) > self.max_chars:  # a run-on: cut at the last space
            sp = self._buf.rfind(" ", 0, self.max_chars)
            return sp + 1 if sp > 0 else self.max_chars
        return None

    def _tail(self) -> int | None:
        """A sentence end at the very end of the buffer that cannot continue ("legs." but not "3." or "Dr.")."""
        m = _TAIL.search(self._buf)
        if m is None or not self._buf[: m.start()].strip():
            return None
        if m.group().startswith("."):
            word = re.split(r"\s", self._buf[: m.start()])[-1]
            if not (len(word) >= 2 and word.replace("'", "").isalpha()) or self._is_abbrev(self._buf, m.start() + 1):
                return None
        return m.end()

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


def split_sentences(text: str, first_min_chars: int = 24, *, clauses: bool = False) -> list[str]:
    """All chunks of a complete text, as the streaming chunker would produce them."""
    ch = SentenceChunker(first_min_chars, clauses=clauses)
    return ch.feed(text) + ch.flush()
