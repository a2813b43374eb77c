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

from agent.routing.fastpath import FILE_RE, find_mentions, media_kind
from agent.routing.verbatim import verbatim_value
from agent.schemas import REF_RE, Plan, ToolCall
from tools.errors import InputFileError
from tools.media import expand_path
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


# -- media-kind check (issue #11): an answer never claims a kind of input that was not given --
# these read the user's request, never tool output or error strings
_ASKS_IMAGE = re.compile(r"\b(images?|photos?|pictures?|pics?|screenshots?|(?:road )?signs?|posters?|"
                         r"receipts?|ocr|what do you see)\b"
                         # "scan" the noun ("this scan", "the scans"), not the verb ("scan it for the time of ...")
                         r"|\b(?:the|this|that|my|a|an|these|those|your)\s+(?:\w+\s+)?scans?\b", re.IGNORECASE)
# not "transcribe": people transcribe a whiteboard or a timetable photo too (OCR), so the word alone
# does not make a request about an image file a mistaken audio request
# and a word of sound only as the thing asked about ("transcribe this audio", "listen to the clip"), not
# as what the answer is for ("play it back as audio", "for the audio guide", "no sound please", "for my
# podcast's show notes", "let me listen to a description of x.jpg": requests about an image)
_ASKS_AUDIO = re.compile(r"\b(recordings?|voice (?:memo|message|note)s?|what (?:is|was|'s) (?:being )?(?:said|spoken)|"
                         r"(?:the|this|that|my|an?) (?:audio|sound|song|podcast)(?: (?:file|clip|track|recording))?"
                         r"(?!'s|\s+(?:guide|description|version|book|quality|settings|level|notes))|"
                         r"listen(?:ing)? to (?:the|this|that|my|an?) (?:file|recording|clip|memo|message|audio|song|"
                         r"podcast))\b", re.IGNORECASE)


# words for speech, transcribing or a recording: a request with one of them may name pictures, receipts or signs
# as its topic ("transcribe x.m4a, it's about the receipts", "what does Ana say about the photos?", "write down
# the WhatsApp audio, I'll screenshot it"); it is not an image request refused for want of an image ("what does
# this scan say?" still is)
_SPEECH = re.compile(r"\b(?:transcri\w*|trascriv\w*|transkri\w*|talk\w*|speak\w*|spoke\w*|told|(?:say|says|said|saying)\s+about|"
                     r"(?:he|she|they)\s+(?:say|says|said)|spricht|redet|erzählt|habla\w*|parla\w*|fala\w*|"
                     # and words for a recording or for hearing one, in eight languages
                     r"audio\w*|voice\w*|voicemail|recording|memo|listen\w*|hear\w*|podcast|song|dictat\w*|"
                     r"write (?:it |that |this )?down|sprachnachricht\w*|aufnahme|anhören|nota de voz|grabaci[oó]n|"
                     r"mensaje de voz|vocale|registrazione|enregistrement|vocal|opname|spraakbericht|gravação|áudio)\b",
                     re.IGNORECASE)

# ... or name them as what it is about: "a voice note about the photos from the party" (not "tell me about this photo")
_PICTURE = r"images?|photos?|pictures?|pics?|screenshots?|scans?|fotos?"  # words for a picture file
_TOPIC = re.compile(r"(?<!\bme )(?<!\bus )\b(?:about|regarding|über|sobre)\s+(?!this\b|that\b|these\b|those\b)(?:[\w'-]+\s+){0,3}?"
                    rf"(?:{_PICTURE}|signs?|posters?|receipts?|bilder)\b", re.IGNORECASE)

# ... but a file the request calls an image is asked about as one, whatever else it says: "What does this photo
# say about the exam room?" with a recording attached is refused (issue #11), not transcribed
_THIS_IMAGE = re.compile(rf"\b(?:this|that|these|those|attached)\s+(?:\w+\s+)?(?:{_PICTURE})\b", re.IGNORECASE)


def asked_kind(request: str) -> str | None:
    """"image" or "audio" when the request asks for one kind of content only, else None."""
    text = re.sub(r"[\w~./\\-]+\.\w{2,5}\b", " ", FILE_RE.sub(" ", request))  # file names are not words of the request
    image, audio = bool(_ASKS_IMAGE.search(text)), bool(_ASKS_AUDIO.search(text))
    if image and not audio and not _THIS_IMAGE.search(text) and (
            _SPEECH.search(text) or not _ASKS_IMAGE.search(_TOPIC.sub(" ", text))):
        return None
    return "image" if image and not audio else "audio" if audio and not image else None


def media_mismatch(request: str, files: list[str]) -> str | None:
    """One line when the request asks for one kind of content and every given file is the other kind."""
    asked = asked_kind(request)
    kinds = {f: media_kind(f) for f in files}
    if asked is None or not kinds or asked in kinds.values():
        return None
    other = next((f for f, k in kinds.items() if k is not None), None)
    if other is None:
        return None
    return _mismatch_message(other, asked)


def _mismatch_message(path: str, asked: str) -> str:
    if asked == "image":
        return f"{path}: is an audio file, not an image, so it has no image or image text to read"
    return f"{path}: is an image, not an audio recording, so nothing is said in it"


def check_media_kinds(request: str, attachments: list[str]) -> None:
    """Before anything is planned: the request's kind against the attached and named files."""
    named = find_mentions(request, [])
    files = list(dict.fromkeys(attachments + named.audio + named.images))
    problem = media_mismatch(request, files)
    if problem:
        asked = asked_kind(request)
        fix = ("attach an image (jpg, png, ...), or ask what is said in the recording" if asked == "image"
               else "attach a recording (wav, flac, mp3, ...), or ask to read or describe the image")
        raise InputFileError(problem, fix)


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


_BOUNDS = {"greater_than_equal": "ge", "less_than_equal": "le", "greater_than": "gt", "less_than": "lt"}


def _clamp_numbers(args: dict[str, Any], exc: ValidationError) -> dict[str, Any] | None:
    """Args with every out-of-range number moved to the nearest allowed value, or None when some
    error is not a numeric bound (pydantic's structured error ``type`` and ``ctx``, no message parsing)."""
    fixed = dict(args)
    for e in exc.errors():
        bound = _BOUNDS.get(e["type"])
        loc = e["loc"]
        if bound is None or len(loc) != 1 or not isinstance(fixed.get(loc[0]), int | float) or "ctx" not in e:
            return None
        limit = e["ctx"][bound]
        value = fixed[loc[0]]
        if bound in ("gt", "lt"):  # an open bound: one step inside it
            step = 1 if isinstance(value, int) and isinstance(limit, int) else 1e-6
            limit = limit + step if bound == "gt" else limit - step
        fixed[loc[0]] = limit
    return fixed


def _match_path(value: str, known: list[str]) -> str | None:
    if value in known:
        return value
    name = Path(value).name
    by_name = [k for k in known if Path(k).name == name]
    if len(by_name) == 1:
        return by_name[0]
    try:
        resolved = expand_path(value).resolve()
    except (OSError, ValueError):  # ValueError: an embedded NUL byte
        return None
    for k in known:
        try:
            if expand_path(k).resolve() == resolved:
                return k
        except (OSError, ValueError):
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
    rp = expand_path(path).resolve()
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


def _verbatim(args: dict[str, Any], keys: tuple[str, ...], request: str) -> tuple[dict[str, Any], bool, bool]:
    """Copy verbatim args from the request: (args, repaired, some arg is not from the request)."""
    out, fixed, unsourced = dict(args), False, False
    for key in keys:
        value = out.get(key)
        if isinstance(value, str):
            new, changed = verbatim_value(value, request)
            if new is None:
                unsourced = True
            elif changed:
                out[key], fixed = new, True
    return out, fixed, unsourced


def validate_plan(plan: Plan, registry: ToolRegistry, inputs: PlanInputs, budget: int) -> tuple[Plan, list[Problem]]:
    """Return the (possibly repaired) plan and the problems that remain."""
    problems: list[Problem] = []
    known = inputs.known_paths()
    steps: list[ToolCall] = []
    repaired = speak_instead = False
    names = set(registry.names())
    # the kind the request asks for, only when no file the user gave is of that kind (mixed requests
    # such as "transcribe memo.wav and describe photo.jpg" are left alone)
    asked = asked_kind(inputs.request) if media_mismatch(inputs.request, known) else None
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
        if plan.source == "llm" and cls.verbatim_args:  # words to repeat come from the user (issue #12)
            args, fixed, unsourced = _verbatim(args, cls.verbatim_args, inputs.request)
            repaired |= fixed
            if unsourced and i == len(plan.steps):
                # e.g. "say good morning in French": the planner wrote the words; the answer
                # is composed (tool text marked as data) and spoken instead
                speak_instead = True
                continue
            if unsourced:
                problems.append(Problem(i, f"step {i}: the {call.tool} text must be words copied from the request "
                                           "or an earlier step's output like $1.text"))
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
                if asked == kind:  # asked for image content of a recording: say so, never swap the tool
                    problems.append(Problem(i, _mismatch_message(value, kind), kind="wrong_media", user=True))
                    continue
                # e.g. caption_image(memo.wav): the one tool that reads audio is what was meant
                cls, key, args, repaired = registry.tool_class(alt), next(iter(registry.tool_class(alt).media_args())), {}, True
                args[key] = value
                call = ToolCall(tool=alt, args=args)
            elif actual is not None and asked is not None and actual == kind and asked != actual:
                # e.g. transcribe_audio(memo.wav) for "read the text in this image": no misleading answer
                problems.append(Problem(i, _mismatch_message(value, asked), kind="wrong_media", user=True))
                continue
            match = None if "\x00" in value else _match_path(value, known)
            if match is None or "\x00" in match:
                problems.append(Problem(i, f"step {i}: the path '{value}' was not given by the user",
                                        kind="unmentioned_path"))
                continue
            if match != value:
                args[key] = match
                repaired = True
            p = expand_path(match)
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
                clamped = _clamp_numbers(args, exc)
                if clamped is not None:  # e.g. search_images(k=53) with k <= 50: the nearest allowed value
                    args, repaired = clamped, True
                else:
                    err = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
                    problems.append(Problem(i, f"step {i} ({call.tool}) has bad args: {err}"))
        steps.append(ToolCall(tool=call.tool, args=args))
    if plan.source in ("llm", "chooser"):  # the fast path only plans what the user literally asked for
        steps = _drop_unasked(steps, registry, inputs.request, names)
    out = plan.model_copy(update={"steps": steps})
    if speak_instead:
        out.speak_answer = True
        out.notes = [*out.notes, "the planner's speak text was not from the request: the answer is spoken"]
    if repaired and out.source == "llm":
        out.source = "repaired"
    return out, problems
