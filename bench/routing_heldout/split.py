"""Split and validate the held-out routing set (run from the repo root).

    python3 bench/routing_heldout/split.py          # validate dev.jsonl + test.jsonl and check the split

The split is stratified by ``group`` with ``random.Random(20261201)``: groups are visited in
sorted order, each group's rows (sorted by id) are shuffled with that one generator, and the
first round(n / 3) of the shuffled rows go to dev, the rest to test.  ``check`` re-derives
the split from the union of both files and fails if any row sits in the wrong file.

test.jsonl must never be used for tuning (prompts, examples, thresholds, rules): only measured.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SEED = 20261201

GROUPS = {"audio", "speak", "chain", "direct", "media_no_tool", "non_english", "attachments", "language", "vision", "multi_file"}
STYLES = {"casual", "typo", "long", "indirect", "question", "plain", "multilingual"}
TOOLS = {
    "transcribe_audio": {"path", "language", "channel"},
    "speak": {"text", "voice", "speed", "out"},
    "caption_image": {"path", "prompt"},
    "read_text_in_image": {"path"},
    "search_images": {"query", "k", "folder"},
}
REQUIRED = {"transcribe_audio": {"path"}, "speak": {"text"}, "caption_image": {"path"},
            "read_text_in_image": {"path"}, "search_images": {"query"}}
# which "$N.field" a step may produce
PRODUCES = {"transcribe_audio": "text", "caption_image": "text", "read_text_in_image": "text", "search_images": "path"}


def split(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    rng = random.Random(SEED)
    by_group: dict[str, list[dict]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: r["id"]):
        by_group[row["group"]].append(row)
    dev_ids: set[str] = set()
    for group in sorted(by_group):
        members = list(by_group[group])
        rng.shuffle(members)
        dev_ids.update(r["id"] for r in members[: round(len(members) / 3)])
    ordered = sorted(rows, key=lambda r: r["id"])
    return [r for r in ordered if r["id"] in dev_ids], [r for r in ordered if r["id"] not in dev_ids]


def validate_row(row: dict) -> list[str]:
    errs = []
    rid = row.get("id", "?")
    if set(row) != {"id", "group", "style", "request", "attachments", "expected"}:
        errs.append(f"{rid}: keys {sorted(row)}")
    if row.get("group") not in GROUPS:
        errs.append(f"{rid}: group {row.get('group')!r}")
    if row.get("style") not in STYLES:
        errs.append(f"{rid}: style {row.get('style')!r}")
    if not isinstance(row.get("request"), str) or not row["request"].strip():
        errs.append(f"{rid}: empty request")
    for att in row.get("attachments", []):
        if not (ROOT / att).is_file():
            errs.append(f"{rid}: attachment missing {att}")
    steps = row.get("expected", {}).get("steps")
    if not isinstance(steps, list):
        return errs + [f"{rid}: expected.steps not a list"]
    for i, step in enumerate(steps, 1):
        tool, args = step.get("tool"), step.get("args", {})
        if tool not in TOOLS:
            errs.append(f"{rid}: step {i} unknown tool {tool!r}")
            continue
        if not set(args) <= TOOLS[tool] or not REQUIRED[tool] <= set(args):
            errs.append(f"{rid}: step {i} args {sorted(args)}")
        for key, val in args.items():
            if isinstance(val, str) and val.startswith("$"):
                ref, _, field = val[1:].partition(".")
                n = int(ref)
                if not (1 <= n < i) or PRODUCES.get(steps[n - 1]["tool"]) != field:
                    errs.append(f"{rid}: step {i} bad reference {val}")
            elif key == "path" and not (ROOT / val).is_file():
                errs.append(f"{rid}: step {i} path missing {val}")
            elif key == "folder" and not (ROOT / val).is_dir():
                errs.append(f"{rid}: step {i} folder missing {val}")
    return errs


def load(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path.name}:{n}: {exc}") from exc
    return rows


def check() -> int:
    dev, test = load(HERE / "dev.jsonl"), load(HERE / "test.jsonl")
    rows = dev + test
    errs = [e for r in rows for e in validate_row(r)]
    ids = Counter(r["id"] for r in rows)
    errs += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    reqs = Counter((r["request"], tuple(r["attachments"])) for r in rows)
    errs += [f"duplicate request {q!r}" for (q, _), c in reqs.items() if c > 1]
    want_dev, want_test = split(rows)
    if [r["id"] for r in want_dev] != [r["id"] for r in dev] or [r["id"] for r in want_test] != [r["id"] for r in test]:
        errs.append("split does not match split(seed=20261201)")
    for e in errs:
        print("ERROR", e)
    print(f"{len(rows)} rows: dev {len(dev)}, test {len(test)}; {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(check())
