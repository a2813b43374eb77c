"""Build agent/routing/bank.jsonl (the learned routing layer's example bank).

    python bench/router_bank/build.py [--add NAME=FILE ...] [--out FILE]

Sources: ``written.txt`` (examples written for the bank, five languages, with the compose label)
plus the tuning sets ``bench/routing_set.jsonl``, ``bench/routing_heldout/dev.jsonl``, all of
``bench/routing_heldout2/`` (its test split was spent on 2026-12-02: rows of a draft had been tuned
on, see its README; it is tuning data now), the dev splits of the third to eleventh held-out sets and
``bench/routing_chains_dev`` (added 2026-12-03, session 14: with them the bank decided 5 more of the
240 rows of the tenth to twelfth sets' dev splits, measured with the third to ninth added and the others
left out).  Their expected tool sequence becomes the shape.  Never read: any test split (but the spent
heldout2's) and the twelfth set's dev split, the one dev split left outside the bank to tune on (a set's
dev split shares its fixture files, and so the file names the classifiers see, with its test split).

Session 19 (2026-12-05) added the dev splits of the twelfth to twentieth sets (668 more examples; their
test splits were already spent): bank 5-fold CV over the older sets' rows 1173 -> 1184/1235, and the
fresh twenty-first set's test split 152/170 with and without them (side by side), dev 73 -> 72/80.  The
twenty-first set's dev split stays outside the bank (its test split shares its files).  Tuning since then:
CV, and dev splits of sets newer than the bank's.

Session 20 (2026-12-05) added the dev splits of the twenty-first and twenty-second sets (144 examples; their
test splits were spent in session 19): the fresh twenty-third to twenty-fifth sets' test splits 455/510 with
and without them (side by side), their dev splits (learned layer alone) 209 -> 211/240.  Those three sets' dev
splits stay outside the bank (their test splits share their files).
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
SETS += [(f"heldout{n}", ROOT / f"bench/routing_heldout{n}/dev.jsonl") for n in range(3, 12)]
SETS += [("chains", ROOT / "bench/routing_chains_dev/chains_dev.jsonl")]
SETS += [(f"heldout{n}", ROOT / f"bench/routing_heldout{n}/dev.jsonl") for n in range(12, 21)]  # session 19
SETS += [(f"heldout{n}", ROOT / f"bench/routing_heldout{n}/dev.jsonl") for n in (21, 22)]  # session 20


def shape_of(tools: list[str]) -> str | None:
    if tools and len(set(tools)) == 1 and tools[0] in ("transcribe_audio", "caption_image", "read_text_in_image"):
        tools = tools[:1]  # one step per file
    return SHAPE_OF.get(tuple(tools))


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--add", action="append", default=[], metavar="NAME=FILE",
                    help="also take this set's rows (an experiment: which tuning sets the bank should hold)")
    ap.add_argument("--out", type=Path, default=ROOT / "agent/routing/bank.jsonl")
    args = ap.parse_args(argv)
    sets = SETS + [(a.partition("=")[0], ROOT / a.partition("=")[2]) for a in args.add]
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
    for name, path in sets:
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
    out = args.out
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{out}: {len(rows)} examples ({skipped} mixed-shape rows skipped)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
