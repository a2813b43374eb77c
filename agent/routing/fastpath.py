"""Layer 1 of routing: a deterministic fast path for unambiguous requests (microseconds).

With the learned layer loaded (the default install), it only takes the words to speak ("read
aloud: ...", "say 'hello'") and the read-aloud follow-up ("now read that aloud", which needs the
previous answer); requests about files go to the learned layer, which was as accurate on unseen
requests and more accurate on the dev sets (README "Routing").  Without that layer (the router
extra not installed) it also plans the clear file requests ("what is said in x.wav",
"transcribe x.wav and read it aloud", "read the sign in y.jpg").  Regexes here read the user's
request, never error strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from agent.schemas import Plan, ToolCall, Turn
from tools.languages import spoken_language

AUDIO_EXT = ("wav", "flac", "mp3", "ogg", "oga", "opus", "m4a", "aac", "webm", "wma")
IMAGE_EXT = ("jpg", "jpeg", "png", "gif", "bmp", "webp", "tif", "tiff", "heic")
_EXT = "|".join(AUDIO_EXT + IMAGE_EXT)
FILE_RE = re.compile(
    # quoted in any of the quotes phones and keyboards type ("..." “...” „...“ «...» `...` '...' ‘...’), or bare
    rf"""(?:["“„«`](?P<dq>[^"“”„«»`]+\.(?:{_EXT}))["”“»`]|['‘](?P<sq>[^'‘’]+\.(?:{_EXT}))['’]"""
    rf"""|(?P<bare>[\w~./\\-]*[\w-]\.(?:{_EXT})))(?![\w])""",
    re.IGNORECASE,
)

_TRANSCRIBE = re.compile(
    r"\b(transcri\w*|speech[- ]to[- ]text|write down|dictation"
    r"|what(?:'s| is| was) (?:being )?(?:said|spoken)"
    r"|what (?:does|did|do) (?:he|she|they|it|the \w+|this|that|these|those|someone|the speaker)\b[^?]*\b(?:say|said)"
    r"|what (?:are|were) they saying|what(?:'s| is) in (?:this|the|that) (?:recording|audio|clip|file|memo|voice memo))\b",
    re.IGNORECASE,
)
_ALOUD = re.compile(
    r"\b(?:read|say|speak)\b[^.?!]*\b(?:aloud|out loud)\b|\bread (?:it|this|that|them) (?:out|to me)\b"
    r"|\b(?:and|then) (?:say|speak) (?:it|that|them|the (?:transcript|transcription|text|result|words))\b",
    re.IGNORECASE,
)
_LITERAL = re.compile(
    r"""^\s*(?:please\s+)?(?:read(?: this)? aloud|read out|say|speak|pronounce|lies (?:laut )?vor|sag|lis à voix haute|dis|"""
    r"""lee en voz alta|di|leggi ad alta voce)\s*(?::\s*(?P<colon>.+)|["“](?P<quoted>[^"”]+)["”]\s*(?:aloud|out loud)?\s*[.!]?\s*$)""",
    re.IGNORECASE | re.DOTALL,
)
_QUOTED_ALOUD = re.compile(
    r"""^\s*(?:please\s+)?read\s+["“](?P<text>[^"”]+)["”]\s+(?:aloud|out loud)\s*[.!]?\s*$""", re.IGNORECASE
)
_FOLLOWUP_ALOUD = re.compile(
    r"^\s*(?:ok(?:ay)?[,. ]+)?(?:(?:now|please|and|then|so)[,. ]+)*(?:read|say|speak|repeat) "
    r"(?:that|it|this|the (?:answer|transcript|text|result))"
    r"(?:\s+(?:again|once more))?(?:\s+(?:aloud|out loud|to me|out))?(?:\s+(?:again|once more))?"
    r"(?:,?\s+(?P<pace>(?:a (?:bit|little) )?(?:more )?(?:slower|slowly|faster|quicker)))?"
    r"(?:,?\s*please)?\s*[.!]?\s*$",
    re.IGNORECASE,
)
_OCR = re.compile(
    r"\b(ocr|read (?:the |all )?(?:text|words|writing|sign|label|note|receipt|page|screenshot|document)"
    r"|what does (?:the |this |that )?(?:sign|text|label|note|receipt|screenshot|page|document|poster)(?: (?:in|on) \S+)? say"
    r"|extract (?:the |all )?text|text (?:in|on|from) (?:the |this |that )?(?:image|photo|picture|screenshot|file))\b",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"\b(describe|caption|what(?:'s| is) (?:in|on|shown in) (?:the |this |that )?(?:photo|picture|image|pic)"
    r"|what does (?:the |this |that )?(?:photo|picture|image) show)\b",
    re.IGNORECASE,
)
# words that mean the answer needs reasoning over the tool output: plan stays, LLM composes
_REASONING = re.compile(
    r"\b(summar\w*|translat\w*|how many|count|why|who|when|where|which|explain|compare|sentiment|"
    r"language|mood|tone|key points|main point|list|and then answer)\b",
    re.IGNORECASE,
)
# requests that mention media but clearly ask something else: never fast-path these
_META = re.compile(r"\b(how (?:do|can|to)|convert|format|codec|bitrate|difference between|what is an?)\b", re.IGNORECASE)
# asks for speech output in a way _ALOUD does not recognise: never drop the speak step silently
_SPEAK_WORD = re.compile(r"\b(?:speak|aloud|out loud|pronounce)\b", re.IGNORECASE)

@dataclass
class Mentions:
    audio: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)


def media_kind(path: str) -> str | None:
    """"audio" or "image" from the file extension, None when unknown."""
    ext = Path(path).suffix.lower().lstrip(".")
    return "audio" if ext in AUDIO_EXT else "image" if ext in IMAGE_EXT else None


def mention_path(m: re.Match[str]) -> str:
    """The path of one ``FILE_RE`` match, without its quotes; a bare name that is no file here but the end of
    one with spaces in its name ("transcribe Voice 012.m4a") is that file (``spaced_path``)."""
    bare = m.group("bare")
    if bare:
        return spaced_path(m.string[:m.start()], bare) or bare
    return m.group("dq") or m.group("sq")


_OPENERS = "\"“„«`'‘("


def spaced_path(before: str, bare: str, names: Iterable[str] = ()) -> str | None:
    """The file a bare name ends when the user typed a path with spaces unquoted ("Nova gravação 9.m4a"):
    the fewest (up to eight) words right before ``bare`` that, joined to it by single spaces, name a file on
    disk or one of ``names`` (attached files' names); None when ``bare`` is a file itself or nothing fits."""
    if not before.endswith(" ") or Path(bare).exists():
        return None
    words = before[:-1].split(" ")
    names = set(names)
    for k in range(1, min(8, len(words)) + 1):
        cand = (" ".join(words[-k:]) + " " + bare).lstrip(_OPENERS)
        if not words[-k] or cand == bare:
            return None
        if cand in names or Path(cand).is_file():
            return cand
    return None


def mention_spans(request: str, attachments: Iterable[str] = ()) -> list[tuple[int, int, str]]:
    """Each file named in ``request``: (start, end, path), the span covering a path typed with spaces
    unquoted ("Voice 012.m4a", which may also be an attached file's name)."""
    names = {Path(a).name for a in attachments}
    out = []
    for m in FILE_RE.finditer(request):
        bare = m.group("bare")
        p = (spaced_path(request[:m.start()], bare, names) or bare) if bare else mention_path(m)
        out.append((m.end() - len(p) if bare else m.start(), m.end(), p))
    return out


def find_mentions(request: str, attachments: list[str]) -> Mentions:
    """Files named in the request text plus attached files, split by kind, in order."""
    found = list(dict.fromkeys(p for _, _, p in mention_spans(request, attachments) if p))
    att_names = {Path(a).name: a for a in attachments}
    resolved = [att_names.get(Path(p).name, p) for p in found]
    for a in attachments:
        if a not in resolved:
            resolved.append(a)
    out = Mentions()
    for p in resolved:
        kind = media_kind(p)
        if kind == "audio":
            out.audio.append(p)
        elif kind == "image":
            out.images.append(p)
    return out


def fast_path(
    request: str, attachments: list[str], history: list[Turn], tools: set[str], files: bool = True
) -> Plan | None:
    """A plan for an unambiguous request, or None to defer to the next layer.

    ``files=False``: only the words to speak and the read-aloud follow-up; requests about files are
    left to the learned layer (as accurate on unseen requests, more on the dev sets: README
    "Routing"); the router passes it whenever that layer has loaded."""
    text = request.strip()
    if not text:
        return None
    aloud = bool(_ALOUD.search(FILE_RE.sub("file", text)))  # the dot in 'street.jpg' is no sentence end
    if "speak" in tools:
        m = _LITERAL.match(text) or _QUOTED_ALOUD.match(text)
        if m and not FILE_RE.search(text):
            said = (m.groupdict().get("colon") or m.groupdict().get("quoted") or m.groupdict().get("text") or "").strip()
            if said:
                return Plan(steps=[ToolCall(tool="speak", args={"text": said})], source="fast_path", compose="template")
        follow = _FOLLOWUP_ALOUD.match(text)
        if follow and not attachments:
            last = next((t for t in reversed(history) if t.role == "assistant"), None)
            if last is not None:
                args: dict[str, object] = {"text": last.result_text or last.content}
                pace = (follow.group("pace") or "").lower()
                if pace:
                    args["speed"] = 0.8 if "slow" in pace else 1.25
                return Plan(steps=[ToolCall(tool="speak", args=args)], source="fast_path", compose="template")
    if not files or _META.search(text):
        return None
    media = find_mentions(text, attachments)
    compose = "llm" if _REASONING.search(text) else "template"
    steps: list[ToolCall] = []
    if media.audio and not media.images and "transcribe_audio" in tools and (
        _TRANSCRIBE.search(text) or (aloud and not _REASONING.search(text))
    ):
        if re.search(r"\btranslat", text, re.IGNORECASE):
            return None
        lang = spoken_language(text)
        extra = {"language": lang} if lang else {}
        steps = [ToolCall(tool="transcribe_audio", args={"path": p, **extra}) for p in media.audio]
    elif media.images and not media.audio and len(media.images) == 1:
        img = media.images[0]
        if _OCR.search(text) and "read_text_in_image" in tools:
            steps = [ToolCall(tool="read_text_in_image", args={"path": img})]
        elif _CAPTION.search(text) and "caption_image" in tools and not _OCR.search(text):
            steps = [ToolCall(tool="caption_image", args={"path": img})]
    if not steps:
        return None
    if not aloud and _SPEAK_WORD.search(FILE_RE.sub("file", text)):
        return None
    if aloud and "speak" in tools:
        if len(steps) > 1 or compose == "llm":
            return Plan(steps=steps, source="fast_path", compose=compose, speak_answer=True)
        steps.append(ToolCall(tool="speak", args={"text": "$1.text"}))
    return Plan(steps=steps, source="fast_path", compose=compose)
