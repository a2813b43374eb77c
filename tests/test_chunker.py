"""The sentence chunker that feeds streamed answer tokens to TTS."""

from __future__ import annotations

from agent.voice.chunker import SentenceChunker, clean_for_speech, split_sentences


def stream(text: str, step: int = 3, first_min_chars: int = 24) -> list[str]:
    ch = SentenceChunker(first_min_chars)
    out: list[str] = []
    for i in range(0, len(text), step):
        out += ch.feed(text[i:i + step])
    return out + ch.flush()


def test_splits_on_sentence_ends_and_newlines() -> None:
    text = "Hello there. How are you? Great!\nNew line; semicolon part. Last bit"
    assert stream(text) == ["Hello there.", "How are you?", "Great!", "New line;", "semicolon part.", "Last bit"]


def test_token_by_token_equals_whole_text() -> None:
    text = "Paris is the capital of France. It has about two million people. Nice, isn't it?"
    assert stream(text, 1) == split_sentences(text) == stream(text, 7)


def test_sentence_emitted_before_stream_ends() -> None:
    ch = SentenceChunker()
    assert ch.feed("The answer is 42.") == []  # could still be "42.5"
    assert ch.feed(" More") == ["The answer is 42."]


def test_decimals_and_abbreviations_do_not_split() -> None:
    assert split_sentences("It costs 3.50 dollars, e.g. at Dr. Smith's shop. Yes.") == [
        "It costs 3.50 dollars, e.g. at Dr. Smith's shop.", "Yes."]


def test_short_first_chunk_at_comma() -> None:
    text = "Well, the long and winding answer to your question, which is tricky, is yes. Then more, and more."
    chunks = split_sentences(text, first_min_chars=24)
    assert chunks[0] == "Well, the long and winding answer to your question,"
    assert chunks[1] == "which is tricky, is yes."  # later chunks only split on sentence ends
    assert chunks[2] == "Then more, and more."


def test_markdown_is_cleaned_and_empty_chunks_dropped() -> None:
    assert clean_for_speech("**Bold** and `code`") == "Bold and code"
    assert split_sentences("- first item.\n- second item.\n\n...\n") == ["first item.", "second item."]


def test_run_on_text_is_cut_at_a_space() -> None:
    chunks = split_sentences("word " * 100, first_min_chars=1000)
    assert len(chunks) >= 2 and all(len(c) <= 300 for c in chunks)
