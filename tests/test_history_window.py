"""The chat history a prompt shows moves in steps, so llama.cpp's KV keeps the conversation evaluated."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from agent.schemas import history_step, history_window, trim_history
from tests.test_graph import make_agent


@given(turns=st.integers(1, 12), pairs=st.integers(0, 40))
def test_the_window_is_a_bounded_suffix_holding_the_newest_exchange(turns, pairs):
    history = list(range(2 * pairs))
    window = history_window(history, turns)
    assert window == history[len(history) - len(window):]
    assert len(window) <= turns
    assert len(window) >= min(len(history), 2 if turns >= 2 else 1)


@given(turns=st.integers(1, 12), pairs=st.integers(1, 60))
def test_the_window_start_moves_rarely_and_only_forward(turns, pairs):
    """Growing one exchange at a time, the window's first message changes at most once per
    ``turns`` messages appended (made even): between the steps each prompt extends the one before."""
    full = list(range(2 * pairs))
    starts = [(history_window(full[:2 * k], turns) or [2 * k])[0] for k in range(pairs + 1)]
    assert starts == sorted(starts)
    moves = sum(a != b for a, b in zip(starts, starts[1:], strict=False))
    assert moves <= (2 * pairs) // history_step(turns)


@given(turns=st.integers(1, 12), pairs=st.integers(1, 60))
def test_a_trimmed_history_shows_the_same_window_and_stays_bounded(turns, pairs):
    kept: list[int] = []
    for k in range(1, pairs + 1):
        kept = trim_history([*kept, 2 * k - 2, 2 * k - 1], turns)
        assert len(kept) <= 2 * turns
        assert history_window(kept, turns) == history_window(list(range(2 * k)), turns)


def test_history_turns_zero_shows_and_keeps_nothing():
    assert history_window([1, 2, 3, 4], 0) == []
    assert trim_history([1, 2, 3, 4], 0) == []


def test_each_chat_prompt_extends_the_last_one_between_steps(settings):
    """Agent.chat over many turns: the answer prompt's history part is the previous prompt's plus the
    previous exchange on all but one turn in ``history_turns / 2``; the history stays bounded."""
    settings = settings.model_copy(update={"history_turns": 6})
    agent, model, _ = make_agent(settings, lambda messages, schema: {"steps": []} if schema else "Fine, thanks.")
    prompts = []
    for i in range(12):
        list(agent.chat(f"question number {i}?"))
        prompts.append([m["content"] for m in model.calls[-1].messages if m["role"] != "system"])
        assert len(agent.history) <= 2 * settings.history_turns
    extended = [new[:len(old) + 1] == [*old, "Fine, thanks."] for old, new in zip(prompts, prompts[1:], strict=False)]
    assert extended.count(False) == 11 // 3  # steps at turns 4, 7, 10
    assert all(len(p) - 1 <= settings.history_turns for p in prompts)
    assert prompts[-1][-3:] == ["question number 10?", "Fine, thanks.", "question number 11?"]
