"""Validate the eighth held-out routing set and re-derive its dev/test split.

Run from anywhere (plain python3, no dependencies):

    python3 bench/routing_heldout8/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout8/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout8/split.py --write ALL.jsonl   # (re)write dev/test from one full list

Copied from bench/routing_heldout7/split.py (same checks, same split procedure), with these changes:
ids h8-NNN, a new seed, the new folder heldout8/ (heldout6/, heldout7/ and heldout8/ files must be
named by their full path), and one new check: a `language` arg needs an audio file (it is only ever
set on transcribe_audio). Multi-file plans are as in heldout7: one reading step per file in the
order the files are mentioned or attached, optionally followed by `speak("$N.text")` steps, one per
file the user wants to hear, in the same order; plan() names them "N independent steps + M speak".

The single list is the union of dev.jsonl and test.jsonl sorted by id (or the file given to
--write). The split is stratified by group: groups are visited in sorted order and the 80 dev rows
are shared out over the groups by largest remainder (n * 80 / 250, ties by group name). Within each
group the rows are ordered by sha256(f"{SEED}:{id}") and the first k go to dev. Then, with one
random.Random(SEED), dev/test pairs from the same group are drawn and swapped whenever the swap
lowers the imbalance, until every style, every plan shape (see plan()) and every request language
has a dev count within 1 of its proportional share n * 80 / 250. So the split depends only on the
seed, the ids and the rows' group/style/plan/language; the group counts are exact, and dev and test
have the same mix of styles, plan shapes and languages.

NON_ENGLISH records the language of each `non_english` request (the row format has no language field;
"en+es" etc. are code-mixed requests); it is used for the balance and the README counts, and checked
against the style.

Paths with spaces (the new "Neue Aufnahme 5.m4a" and "WhatsApp Image 2025-12-01 at 13.05.22.jpeg",
and heldout7's "WhatsApp Ptt 2025-11-29 at 21.14.03.ogg") are written in double quotes in the
requests; the check that every typed fixture path exists reads quoted paths whole. Every file of
bench/routing_files/heldout8/ (except make_fixtures.py) must be used by at least one row: read,
attached, named, or inside a searched folder, and must be smaller than 300 KB.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SEED = 20271203
N_DEV, N_TEST = 80, 170
ID_PREFIX = "h8-"

KEYS = ["id", "group", "style", "request", "attachments", "expected"]
GROUPS = {"audio", "ocr", "image_caption", "search", "chain", "direct", "multi_file", "attachments", "speak"}
STYLES = {"dictated", "chat", "typo", "long", "indirect", "negated", "question", "imperative", "polite",
          "non_english", "media_general", "irrelevant_file", "trap", "terse"}
ARGS = {
    "transcribe_audio": {"path", "language", "channel"},
    "speak": {"text", "voice", "speed", "out"},
    "caption_image": {"path", "prompt"},
    "read_text_in_image": {"path"},
    "search_images": {"query", "k", "folder"},
}
REQUIRED = {"transcribe_audio": "path", "speak": "text", "caption_image": "path",
            "read_text_in_image": "path", "search_images": "query"}
READERS = {"transcribe_audio", "caption_image", "read_text_in_image"}
PRODUCES = {"transcribe_audio": "text", "caption_image": "text", "read_text_in_image": "text",
            "search_images": "path", "speak": None}
# one-step groups: the only tool allowed
SINGLE = {"audio": "transcribe_audio", "ocr": "read_text_in_image", "image_caption": "caption_image",
          "search": "search_images", "speak": "speak"}
AUDIO_EXT = {".wav", ".flac", ".mp3", ".ogg", ".m4a", ".opus", ".webm", ".aac"}
IMAGE_EXT = {".jpg", ".jpeg", ".png", ".webp"}
LANGS = {"de", "en", "es", "fr", "it", "nl", "pt", "pl"}
REQUEST_LANGS = {"de", "fr", "es", "it", "nl", "pt", "en+de", "en+es", "en+fr", "en+it", "en+nl", "en+pt"}
REF = re.compile(r"^\$(\d+)\.(text|path)$")
PATH_TOKEN = re.compile(r"bench/routing_files/[\w./-]+")
# a path with spaces is quoted: "bench/routing_files/heldout8/Neue Aufnahme 5.m4a"
QUOTED_PATH = re.compile(r'"(bench/routing_files/[^"]+)"')
NEW_DIR = "bench/routing_files/heldout8/"
MAX_FIXTURE_BYTES = 300_000
NON_ENGLISH = {
    "h8-021": "de", "h8-022": "de", "h8-023": "fr", "h8-024": "fr", "h8-025": "es", "h8-026": "es",
    "h8-027": "it", "h8-028": "nl", "h8-029": "pt", "h8-030": "en+es", "h8-051": "de", "h8-052": "de",
    "h8-053": "fr", "h8-054": "fr", "h8-055": "es", "h8-056": "es", "h8-057": "it", "h8-058": "nl",
    "h8-059": "pt", "h8-060": "en+de", "h8-077": "de", "h8-078": "fr", "h8-079": "es", "h8-080": "it",
    "h8-081": "nl", "h8-082": "pt", "h8-091": "de", "h8-092": "fr", "h8-093": "es", "h8-094": "it",
    "h8-095": "nl", "h8-096": "pt", "h8-102": "de", "h8-103": "fr", "h8-104": "es", "h8-105": "it",
    "h8-106": "nl", "h8-116": "de", "h8-117": "fr", "h8-118": "es", "h8-119": "it", "h8-120": "pt",
    "h8-130": "de", "h8-131": "fr", "h8-132": "es", "h8-133": "it", "h8-134": "nl", "h8-141": "de",
    "h8-142": "fr", "h8-143": "es", "h8-144": "en+fr", "h8-151": "de", "h8-152": "fr", "h8-153": "it",
    "h8-154": "nl", "h8-159": "de", "h8-160": "es", "h8-161": "pt", "h8-162": "fr", "h8-166": "de",
    "h8-167": "es", "h8-172": "it", "h8-173": "fr", "h8-174": "nl", "h8-189": "de", "h8-190": "fr",
    "h8-191": "es", "h8-192": "pt", "h8-202": "es", "h8-206": "it", "h8-207": "nl", "h8-208": "fr",
    "h8-221": "de", "h8-222": "fr", "h8-223": "es", "h8-224": "it", "h8-225": "pt", "h8-228": "nl",
    "h8-229": "de", "h8-239": "de", "h8-240": "fr", "h8-241": "es", "h8-243": "it", "h8-245": "nl",
    "h8-246": "pt", "h8-249": "de",
}
FIXTURES = "bench/routing_files/"
# files in these sub-folders must be named by their full repo-relative path (or attached);
# files directly in bench/routing_files/ (and its photos/ folder) may be named by the part after it
FULL_PATH_ONLY = ("bench/routing_files/heldout/", "bench/routing_files/heldout3/", "bench/routing_files/heldout4/",
                  "bench/routing_files/heldout5/", "bench/routing_files/heldout6/",
                  "bench/routing_files/heldout7/", "bench/routing_files/heldout8/")


def load(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            raise SystemExit(f"{path}:{n}: bad JSON: {e}") from None
    return rows


def _mention_pos(path: str, row: dict) -> int:
    """Position of the file's mention in the request (-1 if not named). Attached files count as
    mentioned at their attachment index (negative offsets keep them before any text)."""
    if path in row["attachments"]:
        return -1000 + row["attachments"].index(path)
    req = row["request"]
    if path in req:
        return req.index(path)
    if path.startswith(FIXTURES) and not path.startswith(FULL_PATH_ONLY):
        short = path[len(FIXTURES):]
        m = re.search(r"(?<![\w/.-])" + re.escape(short) + r"(?![\w/-])", req)
        if m:
            return m.start()
    return -1


def _norm(s: str) -> str:
    """Lower case, punctuation dropped, whitespace collapsed (for the literal speak text check)."""
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())


def check_row(row: dict) -> list[str]:
    err = []
    rid = row.get("id", "?")
    if list(row) != KEYS:
        return [f"{rid}: keys {list(row)} != {KEYS}"]
    if not re.fullmatch(ID_PREFIX + r"\d{3}", str(row["id"])):
        err.append(f"{rid}: bad id")
    group, style = row["group"], row["style"]
    if group not in GROUPS:
        err.append(f"{rid}: bad group {group!r}")
    if style not in STYLES:
        err.append(f"{rid}: bad style {style!r}")
    if not isinstance(row["request"], str) or not row["request"].strip():
        return err + [f"{rid}: empty request"]
    if row["request"] != row["request"].strip():
        err.append(f"{rid}: request has leading/trailing whitespace")
    if not isinstance(row["attachments"], list):
        return err + [f"{rid}: attachments not a list"]
    for a in row["attachments"]:
        if not (isinstance(a, str) and a.startswith(FIXTURES) and (ROOT / a).is_file()):
            err.append(f"{rid}: attachment {a} does not exist")
        elif a in row["request"]:
            err.append(f"{rid}: attachment {a} is also named in the request")
    if len(set(row["attachments"])) != len(row["attachments"]):
        err.append(f"{rid}: duplicate attachment")
    if (group == "attachments") != bool(row["attachments"]):
        err.append(f"{rid}: group attachments <-> non-empty attachments")
    # every fixture path typed in the request must exist (file or folder)
    unquoted = row["request"]
    for tok in QUOTED_PATH.findall(row["request"]):
        if not (ROOT / tok).exists():
            err.append(f"{rid}: request names {tok!r}, which does not exist")
        unquoted = unquoted.replace(f'"{tok}"', " ")
    for tok in PATH_TOKEN.findall(unquoted):
        tok = tok.rstrip(".-")
        if not (ROOT / tok).exists():
            err.append(f"{rid}: request names {tok}, which does not exist")

    exp = row["expected"]
    if not isinstance(exp, dict) or list(exp) != ["steps"] or not isinstance(exp["steps"], list):
        return err + [f"{rid}: expected must be {{'steps': [...]}}"]
    steps = exp["steps"]
    if (group == "direct") != (steps == []):
        err.append(f"{rid}: group direct <-> empty plan")
    if style in ("media_general", "irrelevant_file") and steps:
        err.append(f"{rid}: style {style} needs an empty plan")
    if style == "irrelevant_file" and not PATH_TOKEN.search(row["request"]) and not re.search(r"\w\.(wav|flac|mp3|ogg|m4a|opus|webm|aac|png|jpe?g|webp)\b", row["request"], re.I):
        err.append(f"{rid}: irrelevant_file row names no file")
    has_ref = False
    for i, st in enumerate(steps, 1):
        where = f"{rid} step {i}"
        if not isinstance(st, dict) or list(st) != ["tool", "args"]:
            err.append(f"{where}: step keys must be tool, args")
            continue
        tool, args = st["tool"], st["args"]
        if tool not in ARGS:
            err.append(f"{where}: unknown tool {tool!r}")
            continue
        if not isinstance(args, dict):
            err.append(f"{where}: args not a dict")
            continue
        if set(args) - ARGS[tool]:
            err.append(f"{where}: bad args {sorted(set(args) - ARGS[tool])}")
        if REQUIRED[tool] not in args:
            err.append(f"{where}: missing {REQUIRED[tool]}")
        for name, val in args.items():
            if isinstance(val, str) and val.startswith("$"):
                has_ref = True
                m = REF.match(val)
                if not m:
                    err.append(f"{where}: malformed reference {val!r}")
                    continue
                n, field = int(m.group(1)), m.group(2)
                if not 1 <= n < i:
                    err.append(f"{where}: {val} does not point to an earlier step")
                elif not isinstance(steps[n - 1], dict) or PRODUCES.get(steps[n - 1].get("tool")) != field:
                    err.append(f"{where}: step {n} does not produce .{field}")
                elif (name, field) not in (("text", "text"), ("path", "path")):
                    err.append(f"{where}: {val} used as {name}")
        path = args.get("path")
        if path is not None and not isinstance(path, str):
            err.append(f"{where}: path is not a string")
        elif isinstance(path, str) and not path.startswith("$"):
            ext = Path(path).suffix.lower()
            if not path.startswith(FIXTURES) or not (ROOT / path).is_file():
                err.append(f"{where}: {path} does not exist")
            elif tool == "transcribe_audio" and ext not in AUDIO_EXT:
                err.append(f"{where}: {path} is not audio")
            elif tool in ("caption_image", "read_text_in_image") and ext not in IMAGE_EXT:
                err.append(f"{where}: {path} is not an image")
            if _mention_pos(path, row) == -1:
                err.append(f"{where}: {path} is neither attached nor named in the request")
        if "folder" in args:
            folder = args["folder"]
            if not (isinstance(folder, str) and folder.startswith(FIXTURES) and (ROOT / folder).is_dir()):
                err.append(f"{where}: folder {folder} does not exist")
            elif folder not in row["request"]:
                err.append(f"{where}: folder not named in the request")
        if "language" in args and args["language"] not in LANGS:
            err.append(f"{where}: bad language {args['language']!r}")
        if "language" in args and tool != "transcribe_audio":
            err.append(f"{where}: language is only set on transcribe_audio")
        if "k" in args and not (isinstance(args["k"], int) and not isinstance(args["k"], bool) and args["k"] > 0):
            err.append(f"{where}: bad k")
        if "k" in args and not re.search(rf"\b{args.get('k')}\b", row["request"]):
            err.append(f"{where}: k={args['k']} but the request gives no such number")
        if tool == "search_images" and (not isinstance(args.get("query"), str) or not args["query"].strip()):
            err.append(f"{where}: empty query")
        if tool == "speak" and (not isinstance(args.get("text"), str) or not args["text"].strip()):
            err.append(f"{where}: empty speak text")
        elif tool == "speak" and group == "speak":
            if args["text"].startswith("$"):
                err.append(f"{where}: a speak-group row speaks literal text, not a reference")
            elif _norm(args["text"]) not in _norm(row["request"]):
                err.append(f"{where}: the literal speak text is not quoted from the request")
        elif tool == "speak" and not REF.match(args["text"]):
            err.append(f"{where}: literal speak text outside the speak group")

    tools = [s.get("tool") for s in steps if isinstance(s, dict)]
    if group in SINGLE and tools != [SINGLE[group]]:
        err.append(f"{rid}: group {group} must be one {SINGLE[group]} step, got {tools}")
    if group == "chain" and not (2 <= len(steps) <= 3 and has_ref):
        err.append(f"{rid}: chain must have 2-3 steps joined by $N references")
    # file-reading steps with a literal path (not "$1.path")
    reads = [s for s in steps if isinstance(s, dict) and s.get("tool") in READERS and isinstance(s.get("args"), dict)
             and isinstance(s["args"].get("path"), str) and not s["args"]["path"].startswith("$")]
    if group == "multi_file" or (group == "attachments" and len(reads) >= 2):
        n = len(reads)
        if n < 2 or "search_images" in tools or steps[:n] != reads or any(t != "speak" for t in tools[n:]):
            err.append(f"{rid}: {group} must be 2+ file-reading steps, optionally followed by speak steps")
        else:
            said = [REF.match(s["args"]["text"]) for s in steps[n:]]
            nums = [int(m.group(1)) for m in said if m]
            if len(nums) != len(said) or nums != sorted(set(nums)) or any(k > n for k in nums):
                err.append(f"{rid}: the speak steps must each speak a different file's text, in file order")
    if group in ("multi_file", "attachments"):
        # one step per file, in the order the files are mentioned / attached
        pos = [_mention_pos(s["args"]["path"], row) for s in reads]
        if pos != sorted(pos):
            err.append(f"{rid}: steps are not in the order the files are mentioned")
        if len(set(pos)) != len(pos):
            err.append(f"{rid}: the same file is read twice")
    if steps and row["attachments"]:
        used = [s["args"].get("path") for s in steps if isinstance(s, dict) and isinstance(s.get("args"), dict)]
        for a in row["attachments"]:
            if a not in used:
                err.append(f"{rid}: attachment {a} is not read by any step")
    return err


def check_all(rows: list[dict]) -> list[str]:
    err = [e for r in rows for e in check_row(r)]
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        err.append("duplicate ids")
    if sorted(map(str, ids)) != [f"{ID_PREFIX}{i:03d}" for i in range(1, len(rows) + 1)]:
        err.append(f"ids are not {ID_PREFIX}001..{ID_PREFIX}N without gaps")
    for r in rows:
        if (r.get("style") == "non_english") != (r.get("id") in NON_ENGLISH):
            err.append(f"{r.get('id')}: style non_english <-> listed in NON_ENGLISH")
    for rid, lang in NON_ENGLISH.items():
        if lang not in REQUEST_LANGS:
            err.append(f"{rid}: bad request language {lang!r}")
    # every new fixture file is used (read, attached or named) by some row
    used = set()
    for r in rows:
        used.update(a for a in r.get("attachments", []) if isinstance(a, str))
        used.update(QUOTED_PATH.findall(str(r.get("request"))))
        used.update(t.rstrip(".-") for t in PATH_TOKEN.findall(str(r.get("request"))))
        for st in r.get("expected", {}).get("steps", []):
            if isinstance(st, dict) and isinstance(st.get("args"), dict) and isinstance(st["args"].get("folder"), str):
                folder = st["args"]["folder"].rstrip("/")
                used.update(p.relative_to(ROOT).as_posix() for p in (ROOT / folder).rglob("*") if p.is_file())
    for f in sorted((ROOT / NEW_DIR).rglob("*")):
        rel = f.relative_to(ROOT).as_posix()
        if f.is_file() and f.name != "make_fixtures.py" and rel not in used:
            err.append(f"{rel} is used by no row")
        if f.is_file() and f.stat().st_size >= MAX_FIXTURE_BYTES:
            err.append(f"{rel} is {f.stat().st_size} bytes (limit {MAX_FIXTURE_BYTES})")
    reqs = [" ".join(str(r.get("request")).lower().split()) for r in rows]
    if len(set(reqs)) != len(reqs):
        err.append("duplicate requests: " + ", ".join(q for q, c in Counter(reqs).items() if c > 1))
    return err


def request_language(r: dict) -> str:
    return NON_ENGLISH.get(r["id"], "en")


def derive_split(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    by_group: dict[str, list[dict]] = {}
    for r in sorted(rows, key=lambda r: r["id"]):
        by_group.setdefault(r["group"], []).append(r)
    total = len(rows)
    quota = {g: len(v) * N_DEV / total for g, v in by_group.items()}
    k = {g: int(q) for g, q in quota.items()}
    rest = N_DEV - sum(k.values())
    for g in sorted(by_group, key=lambda g: (-(quota[g] - k[g]), g))[:rest]:
        k[g] += 1
    rng = random.Random(SEED)
    dev: dict[str, list[dict]] = {}
    test: dict[str, list[dict]] = {}
    for g in sorted(by_group):
        # order by a hash of the seed and the id; the first k rows go to dev
        items = sorted(by_group[g], key=lambda r: hashlib.sha256(f"{SEED}:{r['id']}".encode()).hexdigest())
        dev[g], test[g] = items[: k[g]], items[k[g]:]

    features = (lambda r: ("style", r["style"]), lambda r: ("plan", plan(r)),
                lambda r: ("lang", request_language(r)))
    share = Counter(f(r) for r in rows for f in features)

    def counts() -> Counter:
        return Counter(f(r) for g in dev for r in dev[g] for f in features)

    def cost() -> float:
        c = counts()
        return sum(max(0.0, abs(c[v] - n * N_DEV / total) - 0.5) ** 2 for v, n in share.items())

    def balanced() -> bool:
        c = counts()
        return all(abs(c[v] - n * N_DEV / total) <= 1 for v, n in share.items())

    groups = [g for g in sorted(by_group) if dev[g] and test[g]]
    best = cost()
    for _ in range(200_000):
        if balanced():
            break
        g = rng.choice(groups)
        i, j = rng.randrange(len(dev[g])), rng.randrange(len(test[g]))
        dev[g][i], test[g][j] = test[g][j], dev[g][i]
        new = cost()
        if new < best:
            best = new
        else:
            dev[g][i], test[g][j] = test[g][j], dev[g][i]
    else:
        raise SystemExit("no balanced split found")
    d = [r for g in dev for r in dev[g]]
    t = [r for g in test for r in test[g]]
    return sorted(d, key=lambda r: r["id"]), sorted(t, key=lambda r: r["id"])


def write(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False) + "\n")


def table(dev: list[dict], test: list[dict], key) -> str:
    d, t = Counter(map(key, dev)), Counter(map(key, test))
    lines = [f"| {key.__name__} | dev | test | total |", "|---|---:|---:|---:|"]
    for name in sorted(set(d) | set(t)):
        lines.append(f"| {name} | {d[name]} | {t[name]} | {d[name] + t[name]} |")
    lines.append(f"| **all** | {len(dev)} | {len(test)} | {len(dev) + len(test)} |")
    return "\n".join(lines)


def group(r):
    return r["group"]


def style(r):
    return r["style"]


def plan(r):
    steps = r["expected"]["steps"]
    tools = [s["tool"] for s in steps]
    if not tools:
        return "no tool"
    if len(tools) == 1:
        return tools[0]
    reads = [s for s in steps if s["tool"] in READERS and not str(s["args"].get("path", "")).startswith("$")]
    if len(reads) >= 2:
        speaks = tools.count("speak")
        return f"{len(reads)} independent steps" + (f" + {speaks} speak" if speaks else "")
    refs = any(isinstance(v, str) and v.startswith("$") for s in steps for v in s["args"].values())
    if refs:
        short = {"transcribe_audio": "transcribe", "read_text_in_image": "OCR", "caption_image": "caption",
                 "search_images": "search", "speak": "speak"}
        return "chain " + " -> ".join(short[t] for t in tools)
    raise ValueError(f"{r['id']}: unclassified plan {tools}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", type=Path, help="full list to validate and split into dev/test")
    ap.add_argument("--counts", action="store_true", help="print README count tables")
    a = ap.parse_args()
    dev_p, test_p = HERE / "dev.jsonl", HERE / "test.jsonl"
    if a.write:
        rows = load(a.write)
        err = check_all(rows)
        if err:
            print("\n".join(err))
            return 1
        dev, test = derive_split(rows)
        write(dev_p, dev)
        write(test_p, test)
    dev, test = load(dev_p), load(test_p)
    rows = sorted(dev + test, key=lambda r: str(r.get("id")))
    err = check_all(rows)
    if (len(dev), len(test)) != (N_DEV, N_TEST):
        err.append(f"sizes dev {len(dev)} test {len(test)}, expected {N_DEV}/{N_TEST}")
    if not err:
        d2, t2 = derive_split(rows)
        if [r["id"] for r in d2] != [r["id"] for r in dev] or [r["id"] for r in t2] != [r["id"] for r in test]:
            err.append("dev/test do not match the seeded split (or are not sorted by id)")
    if a.counts:
        for key in (group, style, plan, request_language):
            print(table(dev, test, key) + "\n")
    for e in err:
        print(e)
    print(f"{len(rows)} rows: dev {len(dev)}, test {len(test)}; {len(err)} errors")
    return 1 if err else 0


if __name__ == "__main__":
    sys.exit(main())
