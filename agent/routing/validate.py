"""Layer 3 of routing: validate a plan before anything runs, repairing what is safe to repair.

Checks: the tool exists; args match its Args model; chained references (``$2.text``)
point to an earlier step and a field its Result has; every input-file argument names a
file the user gave (request text, attachments, earlier turns) that exists and lies in
the allowed roots.  A path the user never mentioned is rejected, not guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from agent.routing.fastpath import AUDIO_EXT, IMAGE_EXT, find_mentions
from agent.schemas import REF_RE, Plan, ToolCall
from tools.registry import ToolRegistry


@dataclass
class Problem:
    """One thing wrong with a plan.  ``user`` problems cannot be fixed by re-planning."""

    step: int
    message: str
    kind: str = "bad_plan"
    user: bool = False


@dataclass
class PlanInputs:
    """What the user gave for this request: the basis for path checks."""

    request: str
    attachments: list[str] = field(default_factory=list)
    history_paths: list[str] = field(default_factory=list)
    allowed_roots: list[Path] = field(default_factory=list)

    def known_paths(self) -> list[str]:
        m = find_mentions(self.request, self.attachments)
        out = list(dict.fromkeys(m.audio + m.images + self.attachments + self.history_paths))
        return out


def media_kind(path: str) -> str | None:
    """"audio" or "image" from the file extension, None when unknown."""
    ext = Path(path).suffix.lower().lstrip(".")
    return "audio" if ext in AUDIO_EXT else "image" if ext in IMAGE_EXT else None


def _only_tool_for(kind: str, registry: ToolRegistry, names: set[str]) -> str | None:
    """The single registered tool whose only required arg is a ``kind`` file, if unique."""
    found = []
    for n in sorted(names):
        cls = registry.tool_class(n)
        required = cls.Args.model_json_schema().get("required", [])
        media = cls.media_args()
        if len(required) == 1 and media.get(required[0]) == kind:
            found.append(n)
    return found[0] if len(found) == 1 else None


def _referenced(later: list[ToolCall], step: int) -> bool:
    return any(
        isinstance(v, str) and any(int(m.group(1)) == step for m in REF_RE.finditer(v))
        for c in later for v in c.args.values()
    )


def _match_path(value: str, known: list[str]) -> str | None:
    if value in known:
        return value
    name = Path(value).name
    by_name = [k for k in known if Path(k).name == name]
    if len(by_name) == 1:
        return by_name[0]
    try:
        resolved = Path(value).expanduser().resolve()
    except OSError:
        return None
    for k in known:
        try:
            if Path(k).expanduser().resolve() == resolved:
                return k
        except OSError:
            continue
    return None


def _in_named_folder(name: str, request: str) -> str | None:
    """``folder/name`` when the request names a folder that holds a file given by bare name."""
    from agent.routing.args import folder_in

    folder = folder_in(request)
    if folder is None or Path(name).parent != Path("."):
        return None
    cand = Path(folder) / name
    return str(cand) if cand.is_file() else None


def _inside(path: Path, roots: list[Path]) -> bool:
    if not roots:
        return True
    rp = path.expanduser().resolve()
    return any(rp == r or r in rp.parents for r in roots)


def _drop_unasked(steps: list[ToolCall], registry: ToolRegistry, request: str, names: set[str]) -> list[ToolCall]:
    """Drop trailing steps of tools with an ``intent`` the request never expressed."""
    keep = list(steps)
    while keep and keep[-1].tool in names:
        intent = registry.tool_class(keep[-1].tool).intent
        if intent is None or re.search(intent, request, re.IGNORECASE):
            break
        keep.pop()
    return keep


def validate_plan(plan: Plan, registry: ToolRegistry, inputs: PlanInputs, budget: int) -> tuple[Plan, list[Problem]]:
    """Return the (possibly repaired) plan and the problems that remain."""
    problems: list[Problem] = []
    known = inputs.known_paths()
    steps: list[ToolCall] = []
    repaired = False
    names = set(registry.names())
    if len(plan.steps) > budget:
        problems.append(Problem(0, f"plan has {len(plan.steps)} steps; at most {budget} are allowed"))
    for i, call in enumerate(plan.steps, start=1):
        if call.tool not in names:
            problems.append(Problem(i, f"step {i}: unknown tool '{call.tool}'; tools are {', '.join(sorted(names))}"))
            steps.append(call)
            continue
        cls = registry.tool_class(call.tool)
        args: dict[str, Any] = {k: v for k, v in call.args.items() if k in cls.Args.model_fields}
        args = registry.get(call.tool).repair_args(args, registry.settings, inputs.request)
        if args != call.args:
            repaired = True
        # chained references
        has_refs = False
        for value in args.values():
            if not isinstance(value, str):
                continue
            for m in REF_RE.finditer(value):
                has_refs = True
                n, fld = int(m.group(1)), m.group(2) or "text"
                if not 1 <= n < i:
                    problems.append(Problem(i, f"step {i}: '{m.group(0)}' must refer to an earlier step (1..{i - 1})"))
                elif plan.steps[n - 1].tool in names and fld not in registry.tool_class(plan.steps[n - 1].tool).result_fields():
                    problems.append(Problem(i, f"step {i}: step {n} ({plan.steps[n - 1].tool}) has no output '{fld}'"))
        # input files
        for key, kind in cls.media_args().items():
            value = args.get(key)
            if not isinstance(value, str) or REF_RE.fullmatch(value.strip()):
                continue
            actual = media_kind(value)
            if actual is not None and kind in ("audio", "image") and actual != kind:
                alt = _only_tool_for(actual, registry, names)
                if alt is None or i < len(plan.steps) and _referenced(plan.steps[i:], i):
                    problems.append(Problem(i, f"step {i}: {call.tool} needs an {kind} file, but '{value}' is {actual}"))
                    continue
                # e.g. caption_image(memo.wav): the one tool that reads audio is what was meant
                cls, key, args, repaired = registry.tool_class(alt), next(iter(registry.tool_class(alt).media_args())), {}, True
                args[key] = value
                call = ToolCall(tool=alt, args=args)
            match = _match_path(value, known)
            if match is None:
                problems.append(Problem(i, f"step {i}: the path '{value}' was not given by the user",
                                        kind="unmentioned_path"))
                continue
            if match != value:
                args[key] = match
                repaired = True
            p = Path(match).expanduser()
            if not p.exists() and (alt := _in_named_folder(match, inputs.request)) is not None:
                match, p, args[key], repaired = alt, Path(alt), alt, True  # "x.m4a in the y/ folder"
            if not p.exists():
                problems.append(Problem(i, f"{match}: file not found", kind="missing_file", user=True))
            elif not _inside(p, inputs.allowed_roots):
                problems.append(Problem(i, f"{match}: outside the allowed folders", kind="not_allowed", user=True))
        if not has_refs:
            try:
                cls.Args.model_validate(args)
            except ValidationError as exc:
                err = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
                problems.append(Problem(i, f"step {i} ({call.tool}) has bad args: {err}"))
        steps.append(ToolCall(tool=call.tool, args=args))
    if plan.source == "llm":  # the fast path only plans what the user literally asked for
        steps = _drop_unasked(steps, registry, inputs.request, names)
    out = plan.model_copy(update={"steps": steps})
    if repaired and out.source == "llm":
        out.source = "repaired"
    return out, problems
