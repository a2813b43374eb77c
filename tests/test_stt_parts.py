"""Splitting a timestamped Whisper decode into segments (tools.stt.timed_parts): no model needed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tools.stt import timed_parts

TB = 50_000  # first timestamp token: <|0.00|>; TB + k is k * 20 ms


def test_pairs_of_timestamps_make_segments():
    ids = [TB, 1, 2, TB + 150, TB + 150, 3, TB + 275]
    assert timed_parts(ids, TB, 6.0) == [(0.0, 3.0, [1, 2]), (3.0, 5.5, [3])]


def test_text_without_an_opening_timestamp_starts_at_the_last_one():
    assert timed_parts([1, TB + 100, 2], TB, 4.0) == [(0.0, 2.0, [1]), (2.0, 4.0, [2])]


def test_text_without_a_closing_timestamp_ends_at_the_duration():
    assert timed_parts([TB + 50, 7, 8], TB, 3.2) == [(1.0, 3.2, [7, 8])]


def test_no_text_means_no_segments():
    assert timed_parts([TB, TB + 10], TB, 1.0) == []
    assert timed_parts([], TB, 1.0) == []


@given(st.lists(st.one_of(st.integers(0, 100), st.integers(TB, TB + 1500)), max_size=60),
       st.floats(0, 30))
def test_every_text_token_lands_in_one_segment_in_order(ids, duration):
    parts = timed_parts(ids, TB, duration)
    assert [t for _, _, toks in parts for t in toks] == [i for i in ids if i < TB]
    assert all(start <= end for start, end, _ in parts)
    assert all(toks for _, _, toks in parts)
