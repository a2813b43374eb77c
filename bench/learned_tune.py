"""Leave-one-out check of the learned routing layer on the tuning sets (never the test split).

    python bench/learned_tune.py [--threshold T] [--margin M] [--sweep]

Each row of ``bench/routing_set.jsonl`` and ``bench/routing_heldout/dev.jsonl`` is decided with its
own bank example left out; reported: how often the layer decides (coverage) and how often what it
decides is the full expected plan (tools and the scored arguments), per threshold/margin.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.chdir(ROOT)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threshold", type=float)
    ap.add_argument("--margin", type=float)
    ap.add_argument("--sweep", action="store_true")
    ap.add_argument("--show", action="store_true", help="print the wrong decisions (tuning sets only)")
    args = ap.parse_args()
    from agent.config import Settings
    from agent.models import ModelStore
    from agent.routing import learned
    from agent.routing.embed import Embedder
    from bench.routing_eval import load_set, score

    s = Settings()
    emb = Embedder(ModelStore(s))
    memo: dict[str, object] = {}
    raw_embed = emb.embed

    def embed(texts: list[str], batch: int = 64):  # noqa: ANN202 - memoised for the sweep
        if len(texts) != 1:
            return raw_embed(texts, batch)
        if texts[0] not in memo:
            memo[texts[0]] = raw_embed(texts, batch)
        return memo[texts[0]]

    emb.embed = embed  # type: ignore[method-assign]
    lr = learned.LearnedRouter(emb, s.cache_dir)
    src_index = {r["src"]: i for i, r in enumerate(lr.bank)}
    rows = [(f"routing_set:{r['id']}", r) for r in load_set(ROOT / "bench/routing_set.jsonl")]
    rows += [(f"dev:{r['id']}", r) for r in load_set(ROOT / "bench/routing_heldout/dev.jsonl")]
    avail = {t for tools in learned.SHAPES.values() for t in tools}
    grid = [(args.threshold or learned.THRESHOLD, args.margin if args.margin is not None else learned.MARGIN)]
    if args.sweep:
        grid = [(t, m) for t in (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65) for m in (0.0, 0.02, 0.04, 0.06)]
    pre = []
    for key, r in rows:
        pre.append((key, r, src_index.get(key)))
    def fill(tool: str, arg: str, request: str) -> str:
        return "<filled>"  # the LLM would fill it: scored as right, the shape and other args still count

    print("| threshold | margin | set | n | decided | right when decided | wrong |")
    print("|---|---|---|---|---|---|---|")
    for t, m in grid:
        for name in ("routing_set", "dev"):
            n = dec = ok = 0
            wrong = []
            for key, r, ex in pre:
                if not key.startswith(name + ":"):
                    continue
                n += 1
                d = lr.decide(r["request"], r["attachments"], avail, fill=fill, threshold=t, margin=m, exclude=ex)
                if d.plan is None:
                    continue
                dec += 1
                got = d.plan.public()["steps"]
                exp = r["expected"]["steps"]
                sc = score(exp, [{"tool": g["tool"], "args": {k: (e.get("args", {}).get(k) if v == "<filled>" else v)
                                  for k, v in g["args"].items()}} for g, e in zip(got, exp + [{}] * len(got), strict=False)], None)
                if sc["full_ok"]:
                    ok += 1
                else:
                    wrong.append((key, r["request"], d.shape, round(d.score, 2), [s_["tool"] for s_ in exp], sc["arg_errors"]))
            print(f"| {t} | {m} | {name} | {n} | {dec} | {ok}/{dec} | {dec - ok} |")
            if args.show:
                for w in wrong:
                    print("   ", json.dumps(w, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
