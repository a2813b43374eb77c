"""Build agent/routing/bank.jsonl (the learned routing layer's example bank).

    python bench/router_bank/build.py

Sources: ``written.txt`` (examples written for the bank, five languages, with the compose label)
plus the tuning sets ``bench/routing_set.jsonl``, ``bench/routing_heldout/dev.jsonl`` and all of
``bench/routing_heldout2/`` (its test split was spent on 2026-12-02: rows of a draft had been tuned
on, see its README; it is tuning data now).  Their expected tool sequence becomes the shape.
``bench/routing_heldout/test.jsonl`` and ``bench/routing_heldout3/`` are never read: the third set's
dev split shares its fixture files (and so the file names the classifiers see) with its test split.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from agent.routing.learned import SHAPE_OF  # noqa: E402

SETS = [("routing_set", ROOT / "bench/routing_set.jsonl"), ("dev", ROOT / "bench/routing_heldout/dev.jsonl"),
        ("heldout2", ROOT / "bench/routing_heldout2/dev.jsonl"), ("heldout2", ROOT / "bench/routing_heldout2/test.jsonl")]


def shape_of(tools: list[str]) -> str | None:
    if tools and len(set(tools)) == 1 and tools[0] in ("transcribe_audio", "caption_image", "read_text_in_image"):
        tools = tools[:1]  # one step per file
    return SHAPE_OF.get(tuple(tools))


def main() -> int:
    rows = []
    for line in (Path(__file__).parent / "written.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        shape, compose, text = line.split("|", 2)
        row = {"text": text.strip(), "shape": shape.strip(), "src": "written"}
        if compose.strip() in ("t", "l"):
            row["compose"] = "template" if compose.strip() == "t" else "llm"
        rows.append(row)
    skipped = 0
    for name, path in SETS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            if r.get("history"):
                skipped += 1
                continue
            shape = shape_of([s["tool"] for s in r["expected"]["steps"]])
            if shape is None:
                skipped += 1
                continue
            row = {"text": r["request"], "shape": shape, "src": f"{name}:{r['id']}"}
            if r.get("attachments"):
                row["attachments"] = r["attachments"]  # the classifiers see their file words (learned.normalise)
            rows.append(row)
    out = ROOT / "agent/routing/bank.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{out}: {len(rows)} examples ({skipped} mixed-shape rows skipped)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
