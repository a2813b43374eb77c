"""The main job on the embedded defaults (``make demo``), all offline:

1. synthesize a spoken question with the default Piper voice into a WAV;
2. ask the agent "what is said in <that file>? read the answer aloud"
   (plan -> transcribe_audio -> speak), printing plan, transcript, answer, reply WAV;
3. ask the agent to *answer* the spoken question: the local LLM plans the
   transcription, then composes an answer from the transcript.

While step 2 runs (fast path, Whisper, Piper: no LLM), the LLM loads and its fixed system
prompts are evaluated in the background (``Agent.warm_up``); their KV state is saved under the
cache folder, so later runs (and every other command) load it instead of evaluating it again.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from agent.config import Settings  # noqa: E402
from agent.core import Agent  # noqa: E402
from agent.models import ModelStore  # noqa: E402
from agent.schemas import RunResult  # noqa: E402
from tools.base import ToolContext  # noqa: E402
from tools.tts import Speak  # noqa: E402

QUESTION = "What is the tallest mountain in the world?"


def show(agent: Agent, request: str) -> RunResult:
    print(f"\n>>> {request}")
    result = None
    streaming = False
    for ev in agent.stream(request):
        d = ev.data
        if ev.type == "plan":
            steps = " -> ".join(f"{s['tool']}({s['args']})" for s in d["plan"]["steps"]) or "answer directly"
            print(f"[{ev.t:6.2f}s] plan ({d['layer']}): {steps}")
        elif ev.type == "tool_end":
            print(f"[{ev.t:6.2f}s] {d['tool']} ({d['seconds']:.2f}s): {d['text'] if d['ok'] else 'FAILED ' + str(d['error'])}")
        elif ev.type == "token":
            if not streaming:
                print(f"[{ev.t:6.2f}s] answer: ", end="")
                streaming = True
            print(d["text"], end="", flush=True)
        elif ev.type == "final":
            result = RunResult.model_validate(d)
    print()
    assert result is not None
    for f in result.files:
        print(f"reply WAV: {f.path}")
    print(f"total {result.timings['total']:.2f}s")
    return result


def main() -> int:
    settings = Settings(output_dir=Path("demo_out"))
    settings.output_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    question_wav = settings.output_dir / "question.wav"
    speak = Speak(settings, models=ModelStore(settings))
    out = speak.run(Speak.Args(text=QUESTION), ToolContext(settings, settings.output_dir))
    Path(out.path).replace(question_wav)
    print(f"synthesized the spoken question {QUESTION!r} into {question_wav} ({time.perf_counter() - t0:.2f}s)")
    agent = Agent(settings, registry=None)
    # build the planner prompt before swapping in the loaded voice: the registry keeps its default
    # order, so the prompt (and its saved KV state) is the one every other command uses; and it
    # is built in this thread because the registry is not safe to resolve from two threads
    agent.router.system_prompt()
    agent.registry.add(speak)  # reuse the loaded voice
    # load the LLM and its system prompts' state meanwhile (a real request always goes first)
    warm = threading.Thread(target=agent.warm_up, kwargs={"planner": True}, daemon=True)
    warm.start()
    r1 = show(agent, f"what is said in {question_wav}? read the answer aloud")
    r2 = show(agent, f"listen to {question_wav} and answer the question asked in it")
    ok = r1.ok and r2.ok and any(r.tool == "speak" and r.ok for r in r1.tool_results)
    print("\ndemo", "OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
