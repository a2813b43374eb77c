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


def stream_clauses(text: str, step: int = 1) -> list[str]:
    ch = SentenceChunker(24, clauses=True)
    out: list[str] = []
    for i in range(0, len(text), step):
        out += ch.feed(text[i:i + step])
    return out + ch.flush()


def test_first_chunk_ends_before_a_clause_word() -> None:
    # token-like pieces, as the LLM streams them
    pieces = ["Romeo", " and", " Juliet", " were", " written", " by", " William", " Shakespeare", "."]
    ch = SentenceChunker(24, clauses=True)
    got = [c for p in pieces for c in ch.feed(p)] + ch.flush()
    assert got == ["Romeo and Juliet were written", "by William Shakespeare."]
    # "and" 5 characters in is too early; only the first chunk is cut at a clause
    assert stream_clauses("The boiling point of water is 100 degrees Celsius at sea level. Salt and sugar "
                          "dissolve in it at room temperature with ease.") == [
        "The boiling point of water is 100 degrees Celsius", "at sea level.",
        "Salt and sugar dissolve in it at room temperature with ease."]
    # "and" joins names as often as clauses: never a first-clause boundary
    assert stream_clauses("William Shakespeare wrote Romeo and Juliet.") == ["William Shakespeare wrote Romeo and Juliet."]
    # a word that only starts like a clause word ("atmosphere") is not a boundary
    assert stream_clauses("The colour of the sky atmosphere is blue.") == ["The colour of the sky atmosphere is blue."]


def test_sentence_end_at_the_end_of_the_stream_so_far_is_cut_at_once() -> None:
    ch = SentenceChunker(24, clauses=True)
    assert ch.feed("Spiders have eight legs.") == ["Spiders have eight legs."]  # no wait for the next token
    assert ch.feed(" Is that a lot?") == ["Is that a lot?"]
    ch = SentenceChunker(24, clauses=True)
    assert ch.feed("The answer is 42.") == []  # could still be "42.5"
    assert ch.feed("5 percent.") == ["The answer is 42.5 percent."]
    ch = SentenceChunker(24, clauses=True)
    assert ch.feed("Ask Dr.") == []  # an abbreviation
    assert ch.feed(" Smith.") == ["Ask Dr. Smith."]


def test_clause_chunks_say_the_same_words() -> None:
    text = ("On a clear day, the sky is typically blue because air scatters blue light more than red. "
            "It is 3.5 km high, e.g. in the Alps. Done!")
    for step in (1, 2, 5):
        chunks = stream_clauses(text, step)
        assert " ".join(chunks).split() == text.split(), chunks


def test_first_chunk_after_n_words_not_after_a_function_word() -> None:
    def words(text: str, n: int = 4) -> list[str]:
        ch = SentenceChunker(24, clauses=True, first_words=n)
        out: list[str] = []
        for i, w in enumerate(text.split(" ")):  # streamed as the LLM does: " word" tokens
            out += ch.feed(w if i == 0 else " " + w)
        return out + ch.flush()

    assert words("The capital of France is Paris.") == ["The capital of France", "is Paris."]
    assert words("Paris is the capital of France.") == ["Paris is the capital", "of France."]
    assert words("Yes.") == ["Yes."]
    # a sentence end that comes sooner still ends the first chunk; later chunks are whole sentences
    assert words("Yes, it is. The sky is blue today.", 3) == ["Yes, it is.", "The sky is blue today."]
    text = "Romeo and Juliet was written by William Shakespeare in the late sixteenth century. It is a tragedy."
    assert " ".join(words(text)).split() == text.split()
    assert SentenceChunker(24).first_words == 0  # off unless asked for
