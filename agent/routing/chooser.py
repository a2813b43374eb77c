"""Layer 3 of routing: the LLM names the tools, the arguments come from the request.

What the fast layers are not sure of used to go straight to the full JSON planner, which writes
every token of the plan, paths and words included (~30-50 tokens: seconds on two cores).  The
chooser asks the same planner prompt (its state is already cached) for the tool names only:
``{"steps": [{"tool": "transcribe_audio"}, {"tool": "speak"}]}``, or a direct answer, under a
grammar of the tools that can run.  The names must form a plan shape (learned.SHAPES) that fits
the files the user gave; the paths, the recording's language, quoted words and search queries are
then taken from the request exactly as the learned layer takes them (agent/routing/args.py).
Anything else (a mixed plan over an audio file and a photo, an argument not in the request and not
filled) returns no plan: the full planner decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from agent.routing.args import _MEDIA
from agent.routing.learned import SHAPE_OF, SHAPES, Filler, LearnedRouter, RequestFiles
from agent.schemas import Plan

_MEDIA_WORD = re.compile(rf"\b{_MEDIA}|\b(?:album|gallery|library|camera roll)\b", re.IGNORECASE)


FILE_SHAPES = ("transcribe", "caption", "ocr")


@dataclass
class Choice:
    shape: str
    options: list[str]
    plan: Plan | None
    reason: str = ""


def options_for(request: str, attachments: list[str], available: set[str]) -> tuple[list[str], RequestFiles]:
    """The plan shapes that fit the files given and the tools that can run, with the files and folder."""
    files = RequestFiles.of(request, attachments)
    return files.fitting(SHAPES, available), files


def tools_schema(tools: list[str], max_steps: int = 3) -> dict[str, Any]:
    """The compact plan the LLM writes: tool names only (``{"steps": [{"tool": "speak"}]}``)."""
    item = {"type": "object", "properties": {"tool": {"enum": sorted(tools)}}, "required": ["tool"],
            "additionalProperties": False}
    return {"type": "object", "properties": {"steps": {"type": "array", "items": item, "maxItems": max_steps}},
            "required": ["steps"], "additionalProperties": False}


def shape_of(tools: list[str]) -> str | None:
    """The plan shape of a tool sequence, one step per file collapsed (two transcriptions -> "transcribe")."""
    seq: list[str] = []
    for t in tools:
        if not seq or seq[-1] != t or t in ("speak", "search_images"):
            seq.append(t)
    return SHAPE_OF.get(tuple(seq))


def from_tools(tools: list[str], request: str, attachments: list[str], available: set[str],
               compose: str = "llm", fill: Filler | None = None) -> Choice:
    """The plan for the tool names the LLM chose, its arguments from the request; None when the names
    do not form a plan shape that fits the files given (the full planner decides)."""
    opts, files = options_for(request, attachments, available)
    media, folder = files.media, files.folder
    shape = shape_of(tools)
    if shape is not None and not files.any_media and shape.split("_")[0] in FILE_SHAPES:
        # a tool that reads a file, but the user gave none: the request is not about a file of theirs
        # (the full planner would invent a path, be rejected twice and answer without tools)
        return Choice("none", opts, Plan(steps=[], source="chooser"), f"{shape} without a file: no tool")
    if shape is None or shape not in opts:
        return Choice(str(shape), opts, None, f"{' -> '.join(tools)}: not a plan shape for the files given")
    if shape == "none" and files.any_media and not any(SHAPES[o] for o in opts):
        return Choice(shape, opts, None, "no plan shape reads the files given")
    # an argument the request does not spell out is filled only for a search the request asks for in
    # words ("pictures", "fotos"): a filled search query or words to speak that the user never wrote
    # are how a question ("who wrote Emma?", "tell me a joke") turns into a tool call
    if not (shape.startswith("search") and _MEDIA_WORD.search(request)):
        fill = None
    plan = LearnedRouter.build(shape, request, media.audio, media.images, folder, compose, fill)
    if plan is None:
        return Choice(shape, opts, None, f"{shape}: an argument could not be taken from the request")
    return Choice(shape, opts, plan.model_copy(update={"source": "chooser"}))
