"""Shared validator and splitter for the held-out routing sets (bench/routing_heldout3/ .. routing_heldout7/).

Each set's ``split.py`` declares its conventions in a ``SetConventions`` (id prefix, seed, dev/test sizes,
allowed groups and styles, fixture folders, per-set options) and calls ``main``; the command line
(``split.py``, ``--counts``, ``--write ALL.jsonl``) is the one each script always had. Where a set's
logic really differs it stays in that set's ``split.py`` and is passed in as a callable (``plan``,
``check_files``). bench/routing_heldout2/split.py uses ``load``, ``write``, ``table`` and
``derive_split`` only: its row checks and main differ.

Plain python3, no dependencies.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

KEYS = ["id", "group", "style", "request", "attachments", "expected"]
ARGS = {
    "transcribe_audio": {"path", "language", "channel"},
    "speak": {"text", "voice", "speed", "out"},
    "caption_image": {"path", "prompt"},
    "read_text_in_image": {"path"},
    "search_images": {"query", "k", "folder"},
}
REQUIRED = {"transcribe_audio": "path", "speak": "text", "caption_image": "path",
            "read_text_in_image": "path", "search_images": "query"}
PRODUCES = {"transcribe_audio": "text", "caption_image": "text", "read_text_in_image": "text",
            "search_images": "path", "speak": None}
# one-step groups: the only tool allowed (a set whose GROUPS has "speak" adds "speak": "speak")
SINGLE = {"audio": "transcribe_audio", "ocr": "read_text_in_image", "image_caption": "caption_image",
          "search": "search_images"}
AUDIO_EXT = frozenset({".wav", ".flac", ".mp3", ".ogg", ".m4a"})
IMAGE_EXT = frozenset({".jpg", ".jpeg", ".png"})
LANGS = frozenset({"de", "en", "es", "fr", "it", "nl", "pt"})
REF = re.compile(r"^\$(\d+)\.(text|path)$")
PATH_TOKEN = re.compile(r"bench/routing_files/[\w./-]+")
# a path with spaces is quoted: "bench/routing_files/heldout4/download (3).png"
QUOTED_PATH = re.compile(r'"(bench/routing_files/[^"]+)"')
# an `irrelevant_file` request that names no fixture path must at least name a file like this
FILE_NAME = re.compile(r"\w\.(wav|flac|mp3|ogg|m4a|png|jpe?g)\b")
FIXTURES = "bench/routing_files/"
SHORT = {"transcribe_audio": "transcribe", "read_text_in_image": "OCR", "caption_image": "caption",
         "search_images": "search", "speak": "speak"}


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


def write(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False) + "\n")


def table(dev: list[dict], test: list[dict], key, name: str | None = None) -> str:
    d, t = Counter(map(key, dev)), Counter(map(key, test))
    lines = [f"| {name or key.__name__} | dev | test | total |", "|---|---:|---:|---:|"]
    for name in sorted(set(d) | set(t)):
        lines.append(f"| {name} | {d[name]} | {t[name]} | {d[name] + t[name]} |")
    lines.append(f"| **all** | {len(dev)} | {len(test)} | {len(dev) + len(test)} |")
    return "\n".join(lines)


def group(r):
    return r["group"]


def style(r):
    return r["style"]


def has_refs(steps: list[dict]) -> bool:
    return any(isinstance(v, str) and v.startswith("$") for s in steps for v in s["args"].values())


def chain_name(tools: list[str]) -> str:
    return "chain " + " -> ".join(SHORT[t] for t in tools)


def plan(r):
    """The plan shape (heldout3..6): no tool, one tool, a named chain, or N independent steps."""
    steps = r["expected"]["steps"]
    tools = [s["tool"] for s in steps]
    if not tools:
        return "no tool"
    if len(tools) == 1:
        return tools[0]
    if has_refs(steps):
        return chain_name(tools)
    return f"{len(tools)} independent steps"


def _norm(s: str) -> str:
    """Lower case, punctuation dropped, whitespace collapsed (for the literal speak text check)."""
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())


def mention_pos(path: str, row: dict, full_path_only: tuple[str, ...]) -> int:
    """Position of the file's mention in the request (-1 if not named). Attached files count as
    mentioned at their attachment index (negative offsets keep them before any text). Files in a
    ``full_path_only`` folder must be named by their full path; others may be named by the part
    after bench/routing_files/."""
    if path in row["attachments"]:
        return -1000 + row["attachments"].index(path)
    req = row["request"]
    if path in req:
        return req.index(path)
    if path.startswith(FIXTURES) and not path.startswith(full_path_only):
        short = path[len(FIXTURES):]
        m = re.search(r"(?<![\w/.-])" + re.escape(short) + r"(?![\w/-])", req)
        if m:
            return m.start()
    return -1


def file_order_errors(c: SetConventions, rid, row: dict, reads: list[dict]) -> list[str]:
    """One step per file, in the order the files are mentioned / attached."""
    err = []
    pos = [mention_pos(s["args"]["path"], row, c.full_path_only) for s in reads]
    if pos != sorted(pos):
        err.append(f"{rid}: steps are not in the order the files are mentioned")
    if len(set(pos)) != len(pos):
        err.append(f"{rid}: the same file is read twice")
    return err


def check_independent_files(c: SetConventions, rid, row: dict, steps: list, tools: list, has_ref: bool) -> list[str]:
    """heldout3..6: a multi_file plan is 2+ independent file-reading steps; multi_file and attachments
    plans without references read the files in the order they are mentioned."""
    err = []
    group = row["group"]
    if group == "multi_file" and (len(steps) < 2 or has_ref or "speak" in tools or "search_images" in tools):
        err.append(f"{rid}: multi_file must be 2+ independent file-reading steps")
    if group in ("multi_file", "attachments") and not has_ref:
        reads = [s for s in steps if isinstance(s, dict) and isinstance(s.get("args"), dict) and "path" in s["args"]]
        err += file_order_errors(c, rid, row, reads)
    return err


# heldout7 on: a multi-file plan may end in speech (one speak step per file the user wants to hear)
READERS = {"transcribe_audio", "caption_image", "read_text_in_image"}


def check_files_with_speech(c: SetConventions, rid, row: dict, steps: list, tools: list, has_ref: bool) -> list[str]:
    """A multi_file (or two-file attachments) plan is one reading step per file, in the order the files
    are mentioned or attached, optionally followed by speak("$N.text") steps in file order."""
    err = []
    group = row["group"]
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
        err += file_order_errors(c, rid, row, reads)
    return err


def check_files_with_speech_and_language(c: SetConventions, rid, row: dict, steps: list, tools: list,
                                         has_ref: bool) -> list[str]:
    """heldout8 on: ``check_files_with_speech``, and a `language` arg is only ever set on transcribe_audio."""
    err = check_files_with_speech(c, rid, row, steps, tools, has_ref)
    for n, s in enumerate(steps, 1):
        if isinstance(s, dict) and isinstance(s.get("args"), dict) and "language" in s["args"] \
                and s.get("tool") != "transcribe_audio":
            err.append(f"{rid} step {n}: language is only set on transcribe_audio")
    return err


def plan_with_speech(r):
    """As plan, but 2+ file reads (optionally followed by speak steps) are "N independent steps
    [+ M speak]", and a multi-step plan that is neither that nor a chain is an error."""
    steps = r["expected"]["steps"]
    tools = [s["tool"] for s in steps]
    if len(tools) < 2:
        return plan(r)
    reads = [s for s in steps if s["tool"] in READERS and not str(s["args"].get("path", "")).startswith("$")]
    if len(reads) >= 2:
        speaks = tools.count("speak")
        return f"{len(reads)} independent steps" + (f" + {speaks} speak" if speaks else "")
    if has_refs(steps):
        return chain_name(tools)
    raise ValueError(f"{r['id']}: unclassified plan {tools}")


@dataclass(frozen=True)
class SetConventions:
    """What one held-out set fixes; the defaults are heldout3's (the first set that uses this module)."""

    here: Path  # the set's folder, with dev.jsonl and test.jsonl
    seed: int
    n_dev: int
    n_test: int
    id_prefix: str  # ids are f"{id_prefix}{n:03d}", 1..N without gaps
    groups: frozenset[str]  # with "speak": a speak group (one literal speak step quoted from the request)
    styles: frozenset[str]
    non_english: Mapping[str, str]  # id -> language of each non_english request
    request_langs: frozenset[str]  # the languages non_english may give
    # files in these sub-folders must be named by their full repo-relative path (or attached)
    full_path_only: tuple[str, ...]
    new_dir: str | None = None  # every file of this folder (but make_fixtures.py) must be used by a row
    folders_count_as_used: bool = False  # a file inside a folder that a row searches counts as used
    max_fixture_bytes: int | None = None  # every file of new_dir must be smaller
    quoted_paths: bool = False  # "paths with spaces" are quoted in requests and read whole
    audio_ext: frozenset[str] = AUDIO_EXT
    image_ext: frozenset[str] = IMAGE_EXT
    langs: frozenset[str] = LANGS  # transcribe_audio's language argument
    file_name: re.Pattern = FILE_NAME
    hash_order: bool = False  # split: order each group by sha256(f"{seed}:{id}") instead of a shuffle
    plan: Callable[[dict], str] = plan
    # multi-file checks: (conventions, id, row, steps, tools, has_ref) -> errors
    check_files: Callable[..., list[str]] = check_independent_files

    @property
    def single(self) -> dict[str, str]:
        return {**SINGLE, "speak": "speak"} if "speak" in self.groups else SINGLE

    def request_language(self, r: dict) -> str:
        return self.non_english.get(r["id"], "en")


def check_row(row: dict, c: SetConventions) -> list[str]:
    err = []
    rid = row.get("id", "?")
    if list(row) != KEYS:
        return [f"{rid}: keys {list(row)} != {KEYS}"]
    if not re.fullmatch(c.id_prefix + r"\d{3}", str(row["id"])):
        err.append(f"{rid}: bad id")
    group, style = row["group"], row["style"]
    if group not in c.groups:
        err.append(f"{rid}: bad group {group!r}")
    if style not in c.styles:
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
    if c.quoted_paths:
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
    if style == "irrelevant_file" and not PATH_TOKEN.search(row["request"]) and not c.file_name.search(row["request"]):
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
            elif tool == "transcribe_audio" and ext not in c.audio_ext:
                err.append(f"{where}: {path} is not audio")
            elif tool in ("caption_image", "read_text_in_image") and ext not in c.image_ext:
                err.append(f"{where}: {path} is not an image")
            if mention_pos(path, row, c.full_path_only) == -1:
                err.append(f"{where}: {path} is neither attached nor named in the request")
        if "folder" in args:
            folder = args["folder"]
            if not (isinstance(folder, str) and folder.startswith(FIXTURES) and (ROOT / folder).is_dir()):
                err.append(f"{where}: folder {folder} does not exist")
            elif folder not in row["request"]:
                err.append(f"{where}: folder not named in the request")
        if "language" in args and args["language"] not in c.langs:
            err.append(f"{where}: bad language {args['language']!r}")
        if "k" in args and not (isinstance(args["k"], int) and not isinstance(args["k"], bool) and args["k"] > 0):
            err.append(f"{where}: bad k")
        if "k" in args and not re.search(rf"\b{args.get('k')}\b", row["request"]):
            err.append(f"{where}: k={args['k']} but the request gives no such number")
        if tool == "search_images" and (not isinstance(args.get("query"), str) or not args["query"].strip()):
            err.append(f"{where}: empty query")
        if tool == "speak" and (not isinstance(args.get("text"), str) or not args["text"].strip()):
            err.append(f"{where}: empty speak text")
        elif tool == "speak" and "speak" in c.groups:
            if group == "speak":
                if args["text"].startswith("$"):
                    err.append(f"{where}: a speak-group row speaks literal text, not a reference")
                elif _norm(args["text"]) not in _norm(row["request"]):
                    err.append(f"{where}: the literal speak text is not quoted from the request")
            elif not REF.match(args["text"]):
                err.append(f"{where}: literal speak text outside the speak group")

    tools = [s.get("tool") for s in steps if isinstance(s, dict)]
    single = c.single
    if group in single and tools != [single[group]]:
        err.append(f"{rid}: group {group} must be one {single[group]} step, got {tools}")
    if group == "chain" and not (2 <= len(steps) <= 3 and has_ref):
        err.append(f"{rid}: chain must have 2-3 steps joined by $N references")
    err += c.check_files(c, rid, row, steps, tools, has_ref)
    if steps and row["attachments"]:
        used = [s["args"].get("path") for s in steps if isinstance(s, dict) and isinstance(s.get("args"), dict)]
        for a in row["attachments"]:
            if a not in used:
                err.append(f"{rid}: attachment {a} is not read by any step")
    return err


def check_all(rows: list[dict], c: SetConventions) -> list[str]:
    err = [e for r in rows for e in check_row(r, c)]
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        err.append("duplicate ids")
    if sorted(map(str, ids)) != [f"{c.id_prefix}{i:03d}" for i in range(1, len(rows) + 1)]:
        err.append(f"ids are not {c.id_prefix}001..{c.id_prefix}N without gaps")
    for r in rows:
        if (r.get("style") == "non_english") != (r.get("id") in c.non_english):
            err.append(f"{r.get('id')}: style non_english <-> listed in NON_ENGLISH")
    for rid, lang in c.non_english.items():
        if lang not in c.request_langs:
            err.append(f"{rid}: bad request language {lang!r}")
    if c.new_dir is not None:
        # every new fixture file is used (read, attached or named) by some row
        used = set()
        for r in rows:
            used.update(a for a in r.get("attachments", []) if isinstance(a, str))
            used.update(QUOTED_PATH.findall(str(r.get("request"))))
            used.update(t.rstrip(".-") for t in PATH_TOKEN.findall(str(r.get("request"))))
            if not c.folders_count_as_used:
                continue
            for st in r.get("expected", {}).get("steps", []):
                if isinstance(st, dict) and isinstance(st.get("args"), dict) and isinstance(st["args"].get("folder"), str):
                    folder = st["args"]["folder"].rstrip("/")
                    used.update(p.relative_to(ROOT).as_posix() for p in (ROOT / folder).rglob("*") if p.is_file())
        limit = c.max_fixture_bytes
        for f in sorted((ROOT / c.new_dir).rglob("*")):
            rel = f.relative_to(ROOT).as_posix()
            if f.is_file() and f.name != "make_fixtures.py" and rel not in used:
                err.append(f"{rel} is used by no row")
            if limit is not None and f.is_file() and f.stat().st_size >= limit:
                err.append(f"{rel} is {f.stat().st_size} bytes (limit {limit})")
    reqs = [" ".join(str(r.get("request")).lower().split()) for r in rows]
    if len(set(reqs)) != len(reqs):
        err.append("duplicate requests: " + ", ".join(q for q, n in Counter(reqs).items() if n > 1))
    return err


def derive_split(rows: list[dict], *, seed: int, n_dev: int, plan: Callable[[dict], str],
                 request_language: Callable[[dict], str], hash_order: bool = False
                 ) -> tuple[list[dict], list[dict]]:
    """Stratified by group: n_dev shared out over the groups by largest remainder; within each group
    the rows (sorted by id) are shuffled with random.Random(seed), or with hash_order ordered by
    sha256(f"{seed}:{id}"), and the first k go to dev. Then same-group dev/test pairs are swapped while
    that lowers the imbalance, until every style, plan shape and request language is within 1 of its
    proportional dev share."""
    by_group: dict[str, list[dict]] = {}
    for r in sorted(rows, key=lambda r: r["id"]):
        by_group.setdefault(r["group"], []).append(r)
    total = len(rows)
    quota = {g: len(v) * n_dev / total for g, v in by_group.items()}
    k = {g: int(q) for g, q in quota.items()}
    rest = n_dev - sum(k.values())
    for g in sorted(by_group, key=lambda g: (-(quota[g] - k[g]), g))[:rest]:
        k[g] += 1
    rng = random.Random(seed)
    dev: dict[str, list[dict]] = {}
    test: dict[str, list[dict]] = {}
    for g in sorted(by_group):
        if hash_order:
            # order by a hash of the seed and the id; the first k rows go to dev
            items = sorted(by_group[g], key=lambda r: hashlib.sha256(f"{seed}:{r['id']}".encode()).hexdigest())
        else:
            items = list(by_group[g])
            rng.shuffle(items)
        dev[g], test[g] = items[: k[g]], items[k[g]:]

    features = (lambda r: ("style", r["style"]), lambda r: ("plan", plan(r)),
                lambda r: ("lang", request_language(r)))
    share = Counter(f(r) for r in rows for f in features)

    def counts() -> Counter:
        return Counter(f(r) for g in dev for r in dev[g] for f in features)

    def cost() -> float:
        c = counts()
        return sum(max(0.0, abs(c[v] - n * n_dev / total) - 0.5) ** 2 for v, n in share.items())

    def balanced() -> bool:
        c = counts()
        return all(abs(c[v] - n * n_dev / total) <= 1 for v, n in share.items())

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


def main(c: SetConventions) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", type=Path, help="full list to validate and split into dev/test")
    ap.add_argument("--counts", action="store_true", help="print README count tables")
    a = ap.parse_args()

    def split(rows: list[dict]) -> tuple[list[dict], list[dict]]:
        return derive_split(rows, seed=c.seed, n_dev=c.n_dev, plan=c.plan,
                            request_language=c.request_language, hash_order=c.hash_order)

    dev_p, test_p = c.here / "dev.jsonl", c.here / "test.jsonl"
    if a.write:
        rows = load(a.write)
        err = check_all(rows, c)
        if err:
            print("\n".join(err))
            return 1
        dev, test = split(rows)
        write(dev_p, dev)
        write(test_p, test)
    dev, test = load(dev_p), load(test_p)
    rows = sorted(dev + test, key=lambda r: str(r.get("id")))
    err = check_all(rows, c)
    if (len(dev), len(test)) != (c.n_dev, c.n_test):
        err.append(f"sizes dev {len(dev)} test {len(test)}, expected {c.n_dev}/{c.n_test}")
    if not err:
        d2, t2 = split(rows)
        if [r["id"] for r in d2] != [r["id"] for r in dev] or [r["id"] for r in t2] != [r["id"] for r in test]:
            err.append("dev/test do not match the seeded split (or are not sorted by id)")
    if a.counts:
        for key, name in ((group, None), (style, None), (c.plan, "plan"), (c.request_language, None)):
            print(table(dev, test, key, name) + "\n")
    for e in err:
        print(e)
    print(f"{len(rows)} rows: dev {len(dev)}, test {len(test)}; {len(err)} errors")
    return 1 if err else 0
