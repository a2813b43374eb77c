"""Validate bench/routing_chains_dev/chains_dev.jsonl and print counts (run from anywhere).

    python3 bench/routing_chains_dev/check.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FIX = "bench/routing_files/"
KEYS = ["id", "group", "style", "request", "attachments", "expected"]
GROUPS = {"aloud", "not_aloud", "search_follow", "search_only"}
STYLES = {"chat", "dictated", "imperative", "indirect", "long", "negated", "non_english", "polite", "question",
          "terse", "trap", "typo"}
AUDIO = (".wav", ".flac", ".mp3", ".ogg", ".m4a")
IMAGE = (".png", ".jpg", ".jpeg")
READERS = {"transcribe_audio", "caption_image", "read_text_in_image"}
ARGS = {"transcribe_audio": ({"path"}, {"language"}), "caption_image": ({"path"}, set()),
        "read_text_in_image": ({"path"}, set()), "search_images": ({"query"}, {"folder", "k"}),
        "speak": ({"text"}, set())}
LANGS = {"en", "de", "fr", "es", "it", "nl", "pt"}
# request language of the non_english rows (the row format has no language field)
NON_ENGLISH = {
    "de": ["c-017", "c-030", "c-072", "c-097", "c-116", "c-138"],
    "fr": ["c-018", "c-033", "c-071", "c-098", "c-139"],
    "es": ["c-019", "c-031", "c-041", "c-073", "c-099", "c-140"],
    "it": ["c-020", "c-032", "c-074", "c-100", "c-117", "c-141"],
    "nl": ["c-021", "c-075", "c-102", "c-143"],
    "pt": ["c-022", "c-043", "c-076", "c-101", "c-142"],
    "en+es": ["c-045", "c-103"],
    "en+de": ["c-077", "c-144"],
}
REF = re.compile(r"^\$(\d+)\.(text|path)$")
TYPED = re.compile(r'"(bench/routing_files/[^"]+)"|(bench/routing_files/\S+)')


def named(path: str, request: str) -> bool:
    """heldout*/ files are named by full path; the original fixtures by their name under routing_files/."""
    rel = path[len(FIX):]
    if rel.startswith("heldout"):
        return path in request
    return rel in request


def plan_shape(steps: list[dict]) -> str:
    return " -> ".join(s["tool"] for s in steps) or "(none)"


def check_row(r: dict, errors: list[str]) -> None:
    rid = r.get("id", "?")
    err = lambda msg: errors.append(f"{rid}: {msg}")  # noqa: E731
    if list(r) != KEYS:
        return err(f"keys {list(r)}")
    if r["group"] not in GROUPS:
        err(f"group {r['group']}")
    if r["style"] not in STYLES:
        err(f"style {r['style']}")
    req, atts, steps = r["request"], r["attachments"], r["expected"].get("steps")
    if list(r["expected"]) != ["steps"] or not isinstance(steps, list):
        return err("expected must be {'steps': [...]}")
    literal_paths = []
    for i, s in enumerate(steps, 1):
        tool, args = s.get("tool"), s.get("args", {})
        if tool not in ARGS or set(s) != {"tool", "args"}:
            err(f"step {i}: bad step {s}")
            continue
        need, opt = ARGS[tool]
        if not need <= set(args) or not set(args) <= need | opt:
            err(f"step {i}: args {sorted(args)} for {tool}")
        for key, val in args.items():
            m = REF.match(str(val))
            if m:
                n, field = int(m.group(1)), m.group(2)
                if not 1 <= n < i:
                    err(f"step {i}: {val} does not point to an earlier step")
                    continue
                src = steps[n - 1]["tool"]
                if field == "path" and src != "search_images":
                    err(f"step {i}: {val} but step {n} is {src}")
                if field == "text" and src not in READERS:
                    err(f"step {i}: {val} but step {n} is {src}")
                if (key, field) not in {("path", "path"), ("text", "text")}:
                    err(f"step {i}: {key}={val}")
        if "path" in args and not REF.match(args["path"]):
            p = args["path"]
            literal_paths.append(p)
            if not (ROOT / p).is_file():
                err(f"step {i}: missing file {p}")
            if tool == "transcribe_audio" and not p.lower().endswith(AUDIO):
                err(f"step {i}: {p} is not audio")
            if tool in {"caption_image", "read_text_in_image"} and not p.lower().endswith(IMAGE):
                err(f"step {i}: {p} is not an image")
            if p not in atts and not named(p, req):
                err(f"step {i}: {p} neither attached nor named")
        if "language" in args and args["language"] not in LANGS:
            err(f"step {i}: language {args['language']}")
        if "folder" in args:
            f = args["folder"]
            if not (ROOT / f).is_dir():
                err(f"step {i}: missing folder {f}")
            if f.rstrip("/") not in req:
                err(f"step {i}: folder {f} not named")
        if "k" in args and (not isinstance(args["k"], int) or args["k"] < 1 or str(args["k"]) not in req):
            err(f"step {i}: k {args['k']}")
        if tool == "speak" and not REF.match(args.get("text", "")):
            err(f"step {i}: speak text should be a $N.text reference in this set")
    for a in atts:
        if not (ROOT / a).is_file():
            err(f"missing attachment {a}")
    if [p for p in literal_paths if p in atts] != list(atts):
        err("attachments must each be read, in attachment order")
    for m in TYPED.finditer(req):
        p = m.group(1) or m.group(2).rstrip(".,;:?!)'")
        if not (ROOT / p).exists():
            err(f"request names a missing path {p}")
    # group shapes
    tools = [s.get("tool") for s in steps]
    g = r["group"]
    if g == "aloud":
        ok = len(steps) == 2 and tools[0] in READERS and tools[1] == "speak" and steps[1]["args"] == {"text": "$1.text"}
    elif g == "not_aloud":
        ok = len(steps) == 1 and tools[0] in READERS
    elif g == "search_follow":
        ok = (2 <= len(steps) <= 3 and tools[0] == "search_images"
              and tools[1] in {"caption_image", "read_text_in_image"} and steps[1]["args"] == {"path": "$1.path"}
              and (len(steps) == 2 or (tools[2] == "speak" and steps[2]["args"] == {"text": "$2.text"})))
    elif g == "search_only":
        ok = tools == ["search_images"]
    else:
        ok = False
    if not ok:
        err(f"plan {plan_shape(steps)} does not fit group {g}")


def main() -> int:
    path = HERE / "chains_dev.jsonl"
    errors: list[str] = []
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: {e}")
    ids = [r.get("id") for r in rows]
    if ids != [f"c-{i:03d}" for i in range(1, len(rows) + 1)]:
        errors.append("ids must be c-001.. in order, no gaps")
    seen = Counter(" ".join(r.get("request", "").lower().split()) for r in rows)
    errors += [f"duplicate request: {q}" for q, c in seen.items() if c > 1]
    lang_of = {rid: lang for lang, rids in NON_ENGLISH.items() for rid in rids}
    for r in rows:
        check_row(r, errors)
        if (r.get("style") == "non_english") != (r.get("id") in lang_of):
            errors.append(f"{r.get('id')}: non_english style and NON_ENGLISH table disagree")

    def table(title: str, counter: Counter) -> None:
        print(f"\n{title}")
        for key, c in sorted(counter.items()):
            print(f"  {key:<45} {c:>4}")

    table("group", Counter(r["group"] for r in rows))
    table("style", Counter(r["style"] for r in rows))
    table("plan", Counter(plan_shape(r["expected"]["steps"]) for r in rows))
    table("request language", Counter(lang_of.get(r["id"], "en") for r in rows))
    steps = [s for r in rows for s in r["expected"]["steps"]]
    print(f"\nrows with attachments: {sum(bool(r['attachments']) for r in rows)}; "
          f"language set: {sum('language' in s['args'] for s in steps)}; "
          f"folder set: {sum('folder' in s['args'] for s in steps)}; k set: {sum('k' in s['args'] for s in steps)}")
    for e in errors:
        print("ERROR", e)
    print(f"\n{len(rows)} rows; {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
