"""How untrusted text reaches the LLM that composes the answer (security issue #12).

Untrusted text is everything that did not come from the user's keyboard in this turn: tool
outputs (OCR, transcripts, captions, MCP results), file names inside them, and earlier
assistant turns that quoted tool outputs.  It is data, never instructions.  The defences
("levers"), each measured in bench/injection_bench.py and switchable for that bench via
``Settings.answer_defences``:

- ``tool_role``: tool outputs travel in their own ``tool`` messages (the chat template wraps
  them in <tool_response>), the user's request is the last user message; without it they
  are appended to the user turn.
- ``delimit`` / ``datamark``: spotlighting.  Each output sits between <tool_output> tags
  (``delimit``) and/or has a marker between its words (``datamark``); the system prompt
  explains the marking.
- ``escape``: chat-template control tokens (<|im_start|>, <|im_end|>, ...) and tags the
  prompt uses (</tool_output>, <tool_call>, <tool_response>) inside untrusted text are
  neutralised; llama.cpp tokenizes prompts with special tokens on, so a literal
  "<|im_start|>system" in OCR text would otherwise become a real turn boundary.
- ``quote``: when the request asks for the content itself ("what does note.png say?"), the
  answer is the quoted tool output, written without the LLM.
- ``check``: after generation, an answer that repeats words found only in instruction-like
  sentences of the untrusted text (and not in the request) is flagged; the answer is written
  again from the text with those sentences redacted, and falls back to quoting the data.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from agent.schemas import ToolResult, Turn, history_window
from prompts import render
from tools.registry import ToolRegistry

ALL_DEFENCES = ("tool_role", "delimit", "escape", "quote", "check")
KNOWN_DEFENCES = (*ALL_DEFENCES, "datamark")
MARK = "^"  # datamarking: replaces the spaces of untrusted text

# <|im_start|>, <|endoftext|>, <|fim_prefix|> ...: chat-template control tokens
_CONTROL = re.compile(r"<\|\s*([^<>|]{0,40}?)\s*\|>")
# tags our prompts or the chat template give meaning to
_TAGS = re.compile(
    r"<\s*(/?)\s*(tool_output|tool_call|tool_response|tools|system|user|assistant|im_start|im_end|data)\b[^<>]{0,80}>",
    re.IGNORECASE,
)

# instruction cues in the untrusted text (English, German, French, Spanish, Italian)
_CUE = re.compile(
    r"\b(ignore\w*|disregard|forget|instructions?|assistant|assistent\w*|reply|respond|answer only|only answer|"
    r"say|speak|aloud|out loud|you must|must now|from now on|system|prompt|"
    r"ignorier\w*|anweisung\w*|antworte\w*|sag\w*|ignor\w+|instruc\w+|r[ée]pond\w*|dis\b|responde\w*|"
    r"di\b|rispondi\w*|istruzion\w*|sistema|answer|rules?|mode|pretend|role[- ]?play|play a game|you are|"
    r"always|muss|doit|debe|deve|du bist|vous êtes|eres|sei)\b",
    re.IGNORECASE,
)
# OCR glues capitals together ("REPLYONLYWITHTHEWORD"): cue stems inside long tokens
_GLUED = re.compile(r"ignor|instruc|disregard|reply|respond|assistant|answeronly|onlyanswer|system|anweisung|"
                    r"antworte|r[ée]pond|rispondi|istruzion|pretend|jailbreak")
# chat-template tokens as OCR misreads them: <lim_end|>, <|im start|>, <Iim_startl>
_OCR_TOKEN = re.compile(r"<\s*[|lI1!]?\s*(?:im[ _]?start|im[ _]?end|endoftext)\s*[|lI1!]?\s*>", re.IGNORECASE)
_SENT = re.compile(r"(?<=[.!?:;])\s+|\n+")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOP = frozenset(
    "the a an and or to of in on is are be it this that with for as at by from your you i we me my now only "
    "word words all any then than what which will must should please just not no do does did has have had was "
    "were der die das und oder ein eine nur mit le la les et ou un une que qui el los las y o del solo il lo gli "
    "e di per".split()
)
# the request asks for the content itself: quote it, no paraphrase
_CONTENT = re.compile(
    r"\b(transcri\w*|what(?:'s| is| was) (?:said|written)|what does (?:it|the \w+|this \w+|that \w+)(?: \S+)? say"
    r"|what do(?:es)? (?:they|he|she) say|read (?:me )?(?:the |all )?(?:text|words|writing)|extract (?:the |all )?text"
    r"|what(?:'s| is) (?:in|on) (?:the |this |that )?(?:recording|audio|note|image|sign|page))\b",
    re.IGNORECASE,
)
_REASONING = re.compile(
    r"\b(how (?:much|many|long|old)|cost\w*|price|summar\w*|translat\w*|why|who|when|where|which|explain|"
    r"compare|count|list|does it mention|is there|tell me)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Defences:
    """Which answer-side defences are on (see the module docstring)."""

    enabled: frozenset[str] = frozenset(ALL_DEFENCES)

    @classmethod
    def parse(cls, names: Iterable[str] | str | None) -> Defences:
        if names is None:
            return cls()
        if isinstance(names, str):
            names = [n for n in re.split(r"[,\s]+", names) if n]
        chosen = frozenset(n.strip().lower() for n in names)
        unknown = chosen - set(KNOWN_DEFENCES) - {"none"}
        if unknown:
            raise ValueError(f"unknown answer defence(s) {sorted(unknown)}; known: {', '.join(KNOWN_DEFENCES)}")
        return cls(chosen - {"none"})

    def __contains__(self, name: object) -> bool:
        return name in self.enabled


def neutralise(text: str) -> str:
    """Defuse chat-template control tokens and prompt tags: ``<|im_start|>`` -> ``(im_start)``."""
    text = _CONTROL.sub(lambda m: f"({m.group(1)})", text)
    text = _OCR_TOKEN.sub(lambda m: "(" + re.sub(r"[<>|!\s]", "", m.group(0)) + ")", text)
    return _TAGS.sub(lambda m: f"({m.group(1)}{m.group(2)})", text)


def datamark(text: str) -> str:
    return MARK.join(text.split())


def untrusted(text: str, d: Defences) -> str:
    """Untrusted text as the LLM sees it under the defences ``d``."""
    if "escape" in d:
        text = neutralise(text)
    if "datamark" in d:
        text = datamark(text)
    return text


def _result_text(r: ToolResult) -> str:
    return r.text if r.ok else f"ERROR: {r.error}"


def _block(r: ToolResult, text: str, d: Defences) -> str:
    if "delimit" in d:
        return f'<tool_output step="{r.step}" tool="{r.tool}" ok="{r.ok}">\n{text}\n</tool_output>'
    return f"Step {r.step} ({r.tool}): {text}"


# After the request, when a tool ran: a small model otherwise answers "listen to x.wav and answer
# the question in it" with "I cannot listen to audio files" (make demo's second question)
RAN_NOTE = "\n(The tools have already run on the files in this request; what they returned is in the tool outputs above.)"


def answer_messages(request: str, results: list[ToolResult], d: Defences,
                    redact: Callable[[str], str] | None = None) -> list[dict[str, str]]:
    """The messages for composing an answer from tool outputs."""
    system = render("answer", delimit="delimit" in d, datamark="datamark" in d, mark=MARK,
                    tool_role="tool_role" in d)
    texts = []
    for r in results:
        raw = _result_text(r)
        texts.append(untrusted(redact(raw) if redact else raw, d))
    if "tool_role" in d:
        msgs = [{"role": "system", "content": system}]
        msgs += [{"role": "tool", "content": _block(r, t, d)} for r, t in zip(results, texts, strict=True)]
        msgs.append({"role": "user", "content": request + (RAN_NOTE if any(r.ok for r in results) else "")})
        return msgs
    blocks = [_block(r, t, d) for r, t in zip(results, texts, strict=True)]
    return [{"role": "system", "content": system},
            {"role": "user", "content": render("answer_user", request=request, blocks=blocks,
                                                ran=any(r.ok for r in results))}]


def chat_messages(request: str, history: list[dict[str, Any]], spoken: bool, turns: int,
                  d: Defences) -> list[dict[str, str]]:
    """Messages for a direct answer (no tools).  Tool text quoted in earlier answers stays marked."""
    messages = [{"role": "system", "content": render("chat", spoken=spoken, delimit="delimit" in d)}]
    for t in history_window(history, turns):
        turn = Turn.model_validate(t)
        if turn.role not in ("user", "assistant"):
            continue
        content = turn.content
        if "escape" in d:
            content = neutralise(content)
        if turn.role == "assistant" and turn.result_text and "delimit" in d:
            quoted = neutralise(turn.result_text) if "escape" in d else turn.result_text
            if quoted and quoted in content:
                content = content.replace(quoted, f"<tool_output>\n{untrusted(turn.result_text, d)}\n</tool_output>")
        messages.append({"role": turn.role, "content": content})
    messages.append({"role": "user", "content": request})
    return messages


def asks_for_content(request: str) -> bool:
    """The request wants the extracted text itself (quote it), not an answer reasoned from it."""
    return bool(_CONTENT.search(request)) and not _REASONING.search(request)


def quote_answer(results: list[ToolResult], registry: ToolRegistry) -> str:
    """A faithful answer built from the tool outputs themselves (no LLM, no paraphrase)."""
    parts: list[str] = []
    for r in results:
        if not r.ok:
            parts.append(f"{r.tool} failed: {r.error}")
        elif r.tool in registry:
            parts.append(registry.tool_class(r.tool).summarize(r))
        else:
            parts.append(f'{r.tool} returned: "{r.text}"')
    return " ".join(p for p in parts if p)


# --- the check after generation -------------------------------------------------------------

def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if len(w) > 1 and w.lower() not in _STOP}


_TOKEN = re.compile(f"{_CONTROL.pattern}|{_OCR_TOKEN.pattern}|{_TAGS.pattern}", re.IGNORECASE)
_ROLES = {"system", "user", "assistant", "tool"}


def _is_cue(sentence: str) -> bool:
    text = sentence.replace("_", " ")
    return bool(_CUE.search(text)) or any(_GLUED.search(w.lower()) for w in _WORD.findall(text) if len(w) >= 12)


def _sentences(text: str) -> list[tuple[str, bool]]:
    """(sentence, instruction-like) pairs.  Text after a fake turn start (<|im_start|>, <system>,
    <tool_call>) up to the next token is instruction-like whatever it says."""
    out: list[tuple[str, bool]] = []
    forced, pos = False, 0
    for m in [*_TOKEN.finditer(text), None]:
        chunk = text[pos:m.start()] if m else text[pos:]
        for line in chunk.split("\n"):
            for sent in _SENT.split(line):
                if sent.strip():
                    out.append((sent, forced or _is_cue(sent)))
            # a fake turn covers its role word and the line after it (up to the next token)
            forced = forced and (not line.strip() or line.strip().lower() in _ROLES)
        if m:
            tok = m.group(0).lower()
            forced = "start" in tok or (not re.match(r"<\s*/", tok) and any(
                k in tok for k in ("system", "tool_call", "user", "assistant")))
            pos = m.end()
    return out


def instruction_sentences(text: str) -> list[str]:
    """Sentences of untrusted text that address the assistant (cue words, fake turns)."""
    return [s for s, instr in _sentences(text) if instr]


def redact_instructions(text: str) -> str:
    return " ".join("[instruction removed]" if instr else s for s, instr in _sentences(text))


def injected_words(untrusted_texts: list[str], request: str) -> set[str]:
    """Words that occur only in instruction-like sentences of the untrusted text, not in the request."""
    payload: set[str] = set()
    plain: set[str] = set()
    cues: set[str] = set()
    for text in untrusted_texts:
        for sent, instr in _sentences(text):
            (payload if instr else plain).update(_words(sent))
            cues.update(w for c in _CUE.findall(sent.replace("_", " ")) for w in _words(c))
    return payload - plain - _words(request) - cues


def obeys_injection(answer: str, untrusted_texts: list[str], request: str) -> set[str]:
    """The injected words an answer repeats (empty set: the answer looks fine)."""
    words = injected_words(untrusted_texts, request)
    return words & _words(answer) if words else set()


# --- composing the answer -------------------------------------------------------------------

def _generate(model: Any, messages: list[dict[str, str]], settings: Any, cancel: Any,
              emit: Callable[[str], None] | None) -> str:
    pieces: list[str] = []
    for piece in model.stream(messages, max_tokens=settings.llm_max_tokens,
                              temperature=settings.llm_temperature, cancel=cancel):
        pieces.append(piece)
        if emit is not None:
            emit(piece)
    return "".join(pieces).strip()


def compose_answer(model: Any, registry: ToolRegistry, settings: Any, *, request: str,
                   results: list[ToolResult], history: list[dict[str, Any]], spoken: bool,
                   emit: Callable[[str], None], cancel: Any = None) -> str:
    """Write the answer with the LLM under the configured defences; tokens go to ``emit``.

    When the untrusted text holds instruction-like sentences (and ``check`` is on) the answer
    is buffered, checked, and only then emitted, so an obeyed injection is never streamed.
    """
    d = Defences.parse(getattr(settings, "answer_defences", None))
    if not results:
        messages = chat_messages(request, history, spoken, settings.history_turns, d)
        texts = [t["result_text"] for t in history_window(history, settings.history_turns) if t.get("result_text")]
    else:
        if "quote" in d and all(r.ok for r in results) and asks_for_content(request):
            answer = quote_answer(results, registry)
            emit(answer)
            return answer
        messages = answer_messages(request, results, d)
        texts = [_result_text(r) for r in results]
    suspicious = "check" in d and any(instruction_sentences(t) for t in texts)
    if not suspicious:
        return _generate(model, messages, settings, cancel, emit)
    answer = _generate(model, messages, settings, cancel, None)
    if obeys_injection(answer, texts, request):
        if results:
            messages = answer_messages(request, results, d, redact=redact_instructions)
        else:
            messages = chat_messages(request, [
                {**t, "content": redact_instructions(t["content"])} if t.get("result_text") else t for t in history
            ], spoken, settings.history_turns, d)
        answer = _generate(model, messages, settings, cancel, None)
        if obeys_injection(answer, texts, request):
            answer = (quote_answer(results, registry) if results
                      else "I can't answer that from our conversation; please ask again.")
    emit(answer)
    return answer


# --- the planner side: what the planner may see ---------------------------------------------

WITHHELD = "(answer not shown to the planner)"


def planner_history(history: list[Turn]) -> list[Turn]:
    """History as the planner sees it: the user's turns; assistant turns without their text.

    Assistant answers quote tool outputs (transcripts, OCR text), so their text never reaches
    the planner's prompt; the files they produced stay known (for "play that file again"). The
    answer stays in ``result_text`` as data for the deterministic "now read that aloud" follow-up,
    which copies it into the speak argument (the user asked for that call; the text decides
    nothing); the LLM planner's prompt only ever shows ``content``.
    """
    return [t if t.role == "user" else Turn(role="assistant", content=WITHHELD, attachments=t.attachments,
                                             result_text=t.result_text or t.content)
            for t in history if t.role in ("user", "assistant")]


def replan_feedback(failed: list[ToolResult]) -> str:
    """What the planner hears about failed steps: trusted facts only (tool, error kind, arg names).

    A tool's error message is tool output (an MCP server, a transcript echoed in an error) and
    never reaches the planner.
    """
    parts = []
    for r in failed:
        args = ", ".join(sorted(r.args)) or "none"
        parts.append(f"step {r.step}: {r.tool} failed with error kind '{r.error_kind or 'tool_error'}' "
                     f"(args given: {args}); check the tool name and its args schema")
    return "; ".join(parts)
