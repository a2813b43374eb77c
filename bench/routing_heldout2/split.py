"""Validate the second held-out routing set and re-derive its dev/test split.

Run from the repo root (plain python3, no dependencies):

    python3 bench/routing_heldout2/split.py            # validate dev.jsonl + test.jsonl, check the split
    python3 bench/routing_heldout2/split.py --counts   # also print the count tables used in README.md
    python3 bench/routing_heldout2/split.py --write ALL.jsonl   # (re)write dev/test from one full list

The single list is the union of dev.jsonl and test.jsonl sorted by id (or the file given to
--write). The split is stratified by group: groups are visited in sorted order and the 70 dev rows
are shared out over the groups by largest remainder (n * 70 / 230, ties by group name). With one
random.Random(SEED): within each group the rows, sorted by id, are shuffled and the first k go to dev.
Then dev/test pairs from the same group are swapped (pairs drawn from the same generator) whenever the
swap lowers the imbalance, until every style, every plan shape (see plan()) and every request
language has a dev count within 1 of its proportional share n * 70 / 230. So the group counts are
exact and dev and test have the same mix of styles, plan shapes and languages.

load, write, table and derive_split are shared with the later sets (bench/routing_sets.py); the row
checks, plan() and main stay here because they differ from heldout3's.

NON_ENGLISH records the language of each `non_english` request (the row format has no language field);
it is used for the balance and the README counts, and checked against the style.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:  # run as a script: make bench/ importable
    sys.path.insert(0, str(ROOT))

from bench.routing_sets import (  # noqa: E402
    ARGS,
    AUDIO_EXT,
    IMAGE_EXT,
    KEYS,
    LANGS,
    PRODUCES,
    REF,
    REQUIRED,
    derive_split,
    group,
    load,
    style,
    table,
    write,
)

SEED = 20261202
N_DEV, N_TEST = 70, 160

GROUPS = {"audio", "image_caption", "ocr", "search", "chain", "direct", "attachments", "multi_file",
          "follow_up_free"}
STYLES = {"casual", "short", "long", "indirect", "polite", "imperative", "question", "non_english",
          "irrelevant_file", "media_general", "trap"}
NON_ENGLISH = {
    "h2-016": "de", "h2-017": "fr", "h2-018": "es", "h2-019": "it", "h2-020": "nl", "h2-021": "pt",
    "h2-033": "pt", "h2-045": "de", "h2-046": "fr", "h2-047": "es", "h2-048": "it", "h2-049": "nl",
    "h2-050": "pt", "h2-076": "de", "h2-077": "fr", "h2-078": "es", "h2-079": "it", "h2-080": "nl",
    "h2-081": "pt", "h2-092": "de", "h2-101": "de", "h2-102": "fr", "h2-103": "es", "h2-104": "it",
    "h2-105": "nl", "h2-117": "de", "h2-118": "fr", "h2-119": "es", "h2-120": "it", "h2-121": "nl",
    "h2-122": "pt", "h2-136": "de", "h2-137": "fr", "h2-141": "es", "h2-142": "it", "h2-157": "de",
    "h2-158": "fr", "h2-159": "es", "h2-160": "it", "h2-161": "nl", "h2-162": "pt", "h2-173": "de",
    "h2-174": "fr", "h2-179": "es", "h2-186": "de", "h2-187": "fr", "h2-188": "es", "h2-189": "it",
    "h2-198": "nl", "h2-199": "pt", "h2-205": "de", "h2-206": "fr", "h2-210": "es", "h2-213": "it",
    "h2-225": "de", "h2-226": "fr", "h2-227": "es",
}
ORIG = "bench/routing_files/"
HELD = "bench/routing_files/heldout/"


def _mentioned(path: str, row: dict) -> bool:
    """A file used by a step is attached, or named in the request (full path; basename-style
    relative path only for the original fixtures outside heldout/)."""
    if path in row["attachments"] or path in row["request"]:
        return True
    if path.startswith(ORIG) and not path.startswith(HELD):
        return path[len(ORIG):] in row["request"]
    return False


def check_row(row: dict) -> list[str]:
    err = []
    rid = row.get("id", "?")
    if list(row) != KEYS:
        return [f"{rid}: keys {list(row)} != {KEYS}"]
    if not re.fullmatch(r"h2-\d{3}", row["id"]):
        err.append(f"{rid}: bad id")
    if row["group"] not in GROUPS:
        err.append(f"{rid}: bad group {row['group']!r}")
    if row["style"] not in STYLES:
        err.append(f"{rid}: bad style {row['style']!r}")
    if not isinstance(row["request"], str) or not row["request"].strip():
        err.append(f"{rid}: empty request")
    if not isinstance(row["attachments"], list):
        err.append(f"{rid}: attachments not a list")
    else:
        for a in row["attachments"]:
            if not (ROOT / a).is_file():
                err.append(f"{rid}: attachment {a} does not exist")
    if (row["group"] == "attachments") != bool(row["attachments"]):
        err.append(f"{rid}: group attachments <-> non-empty attachments")
    exp = row["expected"]
    if not isinstance(exp, dict) or list(exp) != ["steps"] or not isinstance(exp["steps"], list):
        return err + [f"{rid}: expected must be {{'steps': [...]}}"]
    steps = exp["steps"]
    if (row["group"] == "direct") != (steps == []) and row["group"] not in ("attachments", "follow_up_free"):
        err.append(f"{rid}: direct <-> empty plan")
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
                m = REF.match(val)
                if not m:
                    err.append(f"{where}: malformed reference {val!r}")
                    continue
                n, field = int(m.group(1)), m.group(2)
                if not 1 <= n < i:
                    err.append(f"{where}: {val} does not point to an earlier step")
                elif PRODUCES[steps[n - 1]["tool"]] != field:
                    err.append(f"{where}: step {n} ({steps[n - 1]['tool']}) does not produce .{field}")
                elif (name, field) not in (("text", "text"), ("path", "path")):
                    err.append(f"{where}: {val} used as {name}")
        path = args.get("path")
        if isinstance(path, str) and not path.startswith("$"):
            ext = Path(path).suffix.lower()
            if not (ROOT / path).is_file():
                err.append(f"{where}: {path} does not exist")
            elif tool == "transcribe_audio" and ext not in AUDIO_EXT:
                err.append(f"{where}: {path} is not audio")
            elif tool in ("caption_image", "read_text_in_image") and ext not in IMAGE_EXT:
                err.append(f"{where}: {path} is not an image")
            if not _mentioned(path, row):
                err.append(f"{where}: {path} is neither attached nor named in the request")
        if "folder" in args:
            if not (ROOT / args["folder"]).is_dir():
                err.append(f"{where}: folder {args['folder']} does not exist")
            if args["folder"] not in row["request"]:
                err.append(f"{where}: folder not named in the request")
        if "language" in args and args["language"] not in LANGS:
            err.append(f"{where}: bad language {args['language']!r}")
        if "k" in args and not (isinstance(args["k"], int) and args["k"] > 0):
            err.append(f"{where}: bad k")
        if tool == "speak" and (not isinstance(args["text"], str) or not args["text"].strip()):
            err.append(f"{where}: empty speak text")
    return err


def check_all(rows: list[dict]) -> list[str]:
    err = [e for r in rows for e in check_row(r)]
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        err.append("duplicate ids")
    if sorted(ids) != [f"h2-{i:03d}" for i in range(1, len(rows) + 1)]:
        err.append("ids are not h2-001..h2-N without gaps")
    for r in rows:
        if (r.get("style") == "non_english") != (r.get("id") in NON_ENGLISH):
            err.append(f"{r.get('id')}: style non_english <-> listed in NON_ENGLISH")
    reqs = [r.get("request") for r in rows]
    if len(set(reqs)) != len(reqs):
        err.append("duplicate requests: " + ", ".join(q for q, c in Counter(reqs).items() if c > 1))
    return err


def request_language(r: dict) -> str:
    return NON_ENGLISH.get(r["id"], "en")


def plan(r):
    tools = [s["tool"] for s in r["expected"]["steps"]]
    if not tools:
        return "no tool"
    if len(tools) == 1:
        return tools[0]
    refs = any(isinstance(v, str) and v.startswith("$") for s in r["expected"]["steps"] for v in s["args"].values())
    return f"{len(tools)} steps, {'chained' if refs else 'independent (multi-file)'}"


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
        dev, test = derive_split(rows, seed=SEED, n_dev=N_DEV, plan=plan, request_language=request_language)
        write(dev_p, dev)
        write(test_p, test)
    dev, test = load(dev_p), load(test_p)
    rows = sorted(dev + test, key=lambda r: r["id"])
    err = check_all(rows)
    if (len(dev), len(test)) != (N_DEV, N_TEST):
        err.append(f"sizes dev {len(dev)} test {len(test)}, expected {N_DEV}/{N_TEST}")
    d2, t2 = derive_split(rows, seed=SEED, n_dev=N_DEV, plan=plan, request_language=request_language)
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
