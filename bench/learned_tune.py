"""Cross-validation of the learned routing layer on its tuning data (never a test split).

    python bench/learned_tune.py [--folds 5] [--sweep] [--show]

The rows of the bank that come from routing sets (``bench/router_bank/build.py``'s ``SETS``) are split into folds; for each fold the layer is fitted on
the rest of the bank (written examples included) and decides the fold's rows.  Reported per
``P_SURE`` threshold: how often the layer decides (coverage) and how often what it decides is the
full expected plan (tools and the scored arguments; an argument the LLM would fill counts as right).
Optionally ``--set FILE`` scores a set the bank does not hold (e.g. the third held-out set's dev
split) with the full bank.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.chdir(ROOT)



def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--sweep", action="store_true", help="several P_SURE thresholds")
    ap.add_argument("--show", action="store_true", help="print the wrong decisions (tuning rows, and --set rows unless the file is a test split)")
    ap.add_argument("--const", action="append", default=[], metavar="NAME=VALUE",
                    help="override a number constant of agent/routing/learned.py for this run (e.g. P_FLOOR=0.4)")
    ap.add_argument("--set", type=Path, action="append", default=[], help="also score this set with the full bank")
    ap.add_argument("--no-text-probe", action="store_true",
                    help="--set rows: decide caption vs OCR from the words alone (no look at the image's text regions)")
    ap.add_argument("--no-cv", action="store_true", help="only score the --set files (the full bank's vectors and "
                    "classifiers cached in the cache folder: seconds instead of minutes)")
    args = ap.parse_args()
    import tempfile

    from agent.config import Settings
    from agent.models import ModelStore
    from agent.routing import learned
    from agent.routing.embed import Embedder
    from bench.routing_eval import load_set, score

    for item in args.const:
        name, _, value = item.partition("=")
        kind = type(getattr(learned, name, None))
        if kind not in (float, int):
            ap.error(f"--const {item}: {name} is not a number constant of agent/routing/learned.py")
        setattr(learned, name, kind(float(value)))
    s = Settings()
    emb = Embedder(ModelStore(s), multilingual=s.router_multilingual)
    bank = learned.load_bank()
    from bench.router_bank.build import SETS

    rows: dict[str, dict] = {}
    for name, path in SETS:  # the bank's rows that come from routing sets, by their "src"
        for r in load_set(path):
            rows[f"{name}:{r['id']}"] = r
    from_sets = [i for i, b in enumerate(bank) if b["src"] in rows]
    rng = random.Random(20261202)
    rng.shuffle(from_sets)
    folds = [from_sets[k::args.folds] for k in range(args.folds)]
    avail = set(learned.SHAPES_TOOLS)
    sure = (0.5, 0.6, 0.7, 0.8, 0.9) if args.sweep else (learned.P_SURE,)
    grid = list(sure)

    def fill(tool: str, arg: str, request: str) -> str:
        return "<filled>"

    def judge(d, r):  # noqa: ANN001, ANN202
        got = d.plan.public()["steps"]
        exp = r["expected"]["steps"]
        filled = [{"tool": g["tool"], "args": {k: (e.get("args", {}).get(k) if v == "<filled>" else v)
                                               for k, v in g["args"].items()}}
                  for g, e in zip(got, exp + [{}] * len(got), strict=False)]
        return score(exp, filled, None)["full_ok"]

    results: dict[float, list[tuple[str, bool | None]]] = {t: [] for t in grid}
    if args.no_cv:
        folds = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, fold in enumerate(folds):
            held = set(fold)
            lr = learned.LearnedRouter(emb, Path(tmp), [b for i, b in enumerate(bank) if i not in held])
            for i in fold:
                r = rows[bank[i]["src"]]
                for t in grid:
                    d = lr.decide(r["request"], r["attachments"], avail, fill=fill, threshold=t)
                    results[t].append((bank[i]["src"], None if d.plan is None else judge(d, r)))
            print(f"fold {k + 1}/{args.folds} done", file=sys.stderr, flush=True)
        if folds:
            print(f"| P_SURE | rows | decided | right when decided | wrong | ({args.folds}-fold CV, bank's set rows) |")
            print("|---|---|---|---|---|---|")
            for t in grid:
                res = results[t]
                dec = [x for x in res if x[1] is not None]
                print(f"| {t} | {len(res)} | {len(dec)} | {sum(x[1] for x in dec)}/{len(dec)} | "
                      f"{sum(not x[1] for x in dec)} |  |")
                if args.show:
                    for src, ok in dec:
                        if not ok:
                            print("   ", src, json.dumps(rows[src]["request"], ensure_ascii=False))
        lr = learned.LearnedRouter(emb, s.cache_dir if args.no_cv else Path(tmp), bank)
        probe = None
        if not args.no_text_probe:  # the router's look at an image's text regions (Router.text_regions)
            from tools.ocr import ReadTextInImage

            ocr, regions = ReadTextInImage(s), {}

            def probe(path: str) -> int | None:
                if path not in regions:
                    regions[path] = ocr.text_regions(path) if Path(path).is_file() else None
                return regions[path]
        for path in args.set:
            res = []
            for r in load_set(path):
                d = lr.decide(r["request"], r["attachments"], avail, fill=fill, text_probe=probe)
                res.append(None if d.plan is None else judge(d, r))
                if args.show and res[-1] is False and "test" not in Path(path).name:
                    want = [st["tool"] for st in r["expected"]["steps"]]
                    got = [st["tool"] for st in d.plan.public()["steps"]]
                    if got == want:
                        want = [st.get("args") for st in r["expected"]["steps"]]
                        got = [st.get("args") for st in d.plan.public()["steps"]]
                    print(f"    {r['id']} want {want} got {got} {d.shape} {d.score:.2f}",
                          json.dumps(r["request"], ensure_ascii=False))
            dec = [x for x in res if x is not None]
            print(f"{path}: decided {len(dec)}/{len(res)}, right {sum(dec)}/{len(dec)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
