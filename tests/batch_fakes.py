"""Fakes that batch workers (spawned processes, Ray actors, a CLI subprocess) can import.

Point ``MMAGENT_AGENT_FACTORY`` (or ``Settings.agent_factory``) at ``tests.batch_fakes:make_agent``.
The fake ``transcribe_audio`` tool "transcribes" a text file: the transcript is its content.
A file starting with ``CORRUPT`` fails like a corrupt recording.  ``MMAGENT_TEST_TOOL_DELAY``
(seconds) slows every call down, for kill / resume tests.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from pydantic import BaseModel

from tools.base import Tool, ToolContext, ToolError, ToolOutput, media_path


class FakeTranscriber(Tool):
    name = "transcribe_audio"
    description = "Fake speech-to-text: the transcript is the file's text."

    class Args(BaseModel):
        path: str = media_path("audio", "path of the audio file")

    class Result(ToolOutput):
        pid: int = 0

    def run(self, args: Args, ctx: ToolContext) -> Result:  # type: ignore[override]
        time.sleep(float(os.environ.get("MMAGENT_TEST_TOOL_DELAY", "0")))
        data = Path(args.path).read_bytes()
        if data.startswith(b"CORRUPT"):
            raise ToolError(f"{Path(args.path).name}: not a valid audio file", kind="bad_input")
        return self.Result(text=data.decode().strip(), pid=os.getpid())


def make_agent(settings):
    from agent.core import Agent
    from tools.registry import ToolRegistry
    from tools.testing import FakeTool, ScriptedChatModel

    reg = ToolRegistry(settings, builtins={}, plugins=False, tools=[FakeTranscriber, FakeTool])
    # requests the fast path does not route go to the scripted planner: echo them with fake_tool
    model = ScriptedChatModel(lambda messages, schema: (
        {"steps": [{"tool": "fake_tool", "args": {"text": "planned"}}]} if schema else "Done."))
    return Agent(settings, model=model, registry=reg)
