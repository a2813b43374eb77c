"""Would the LLM's choice of tools mend the learned layer's mistakes?  (issue #9, a measurement)

    python -m bench.second_opinion --set bench/routing_heldout12/dev.jsonl [--set ...] --out FILE.jsonl
    python -m bench.second_opinion --analyse FILE.jsonl [FILE.jsonl ...]

For every row of the given sets (dev splits only: this prints per-row results) it records what the
shipped layered router plans, what the learned layer decided and how sure it was (its best shape's
probability and the margin to the runner-up), and what the chooser (the LLM naming the tools, the
arguments from the request) plans when it is asked for every row, not only for the rows the learned
layer leaves.  ``--analyse`` then shows, by the learned layer's confidence, how often the two disagree
and which one is right when they do: the data for a rule "ask the LLM when the learned layer is unsure
and ...", to be chosen on dev splits and measured once on a fresh test split.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def probe(args: argparse.Namespace) -> int:
    from agent.config import Settings
    from agent.core import Agent
    from agent.routing.chooser import tools_schema
    from bench.routing_eval import WARMUP_REQUEST, load_set, loose, score, skipped_reason, working_dir
    from tools.errors import MMAgentError

    os.chdir(working_dir())
    over: dict[str, Any] = {"planner": "layered"}
    if args.threads:
        over["llm_threads"] = over["stt_threads"] = args.threads
    agent = Agent(Settings(**over))
    router = agent.router
    router.assume_available = True
    router.learned()
    agent.plan(WARMUP_REQUEST)
    tools = set(agent.registry.names())
    done: set[str] = set()
    if args.out.exists():
        done = {json.loads(line)["key"] for line in args.out.read_text(encoding="utf-8").splitlines() if line.strip()}
    with args.out.open("a", encoding="utf-8") as out:
        for set_path in args.set:
            rows = [r for r in load_set(ROOT / set_path if not set_path.is_absolute() else set_path)
                    if not skipped_reason(r, tools)]
            for n, row in enumerate(rows, 1):
                key = f"{set_path}:{row['id']}"
                if key in done:
                    continue
                exp = row["expected"]["steps"]
                rec: dict[str, Any] = {"key": key, "group": row["group"], "expected": [s["tool"] for s in exp]}
                t0 = time.perf_counter()
                try:
                    atts = agent.check_inputs(row["request"], row["attachments"])
                except MMAgentError as exc:  # refused before planning (a trap row): nothing to compare
                    rec.update(layer="refused", shipped=[], shipped_ok=False, chooser=None, chooser_ok=False,
                               refused=str(exc))
                    out.write(json.dumps(rec) + "\n")
                    continue
                rr = agent.plan(row["request"], row["attachments"])
                steps = rr.plan.public()["steps"]
                rec.update(layer=rr.layer, shipped=[s["tool"] for s in steps],
                           shipped_ok=score(exp, steps, rr.plan.rejected, loose(row))["full_ok"],
                           shipped_s=round(time.perf_counter() - t0, 3))
                d = router.decide_learned(row["request"], atts, "layered")
                if d is not None:
                    rec.update(learned_shape=d.shape, learned_p=round(d.score, 4), runner_up=d.runner_up,
                               margin=round(d.margin, 4), learned_decided=d.plan is not None)
                    if d.plan is not None:
                        ls = d.plan.public()["steps"]
                        rec.update(learned=[s["tool"] for s in ls], learned_ok=score(exp, ls, None, loose(row))["full_ok"])
                t0 = time.perf_counter()
                plan, raw = router.llm_plan(row["request"], atts, [], None, None,
                                            schema=tools_schema(sorted(router.available()), router.settings.step_budget))
                if raw is not None and not raw.lstrip().startswith("{"):
                    rec.update(chooser_shape="none", chooser=[], chooser_ok=not exp)
                else:
                    c = router.choose(raw or "", row["request"], atts, d.compose if d is not None else "llm")
                    rec.update(chooser_shape=c.shape, chooser_raw=raw)
                    if c.plan is not None:
                        cs = c.plan.public()["steps"]
                        rec.update(chooser=[s["tool"] for s in cs], chooser_ok=score(exp, cs, None, loose(row))["full_ok"])
                    else:
                        rec.update(chooser=None, chooser_ok=False)
                rec["chooser_s"] = round(time.perf_counter() - t0, 3)
                out.write(json.dumps(rec) + "\n")
                out.flush()
                if not args.quiet:
                    print(f"[{n}/{len(rows)}] {key} shipped={rec['shipped_ok']} learned={rec.get('learned_ok')} "
                          f"chooser={rec['chooser_ok']} ({rec['chooser_s']}s)", file=sys.stderr)
    return 0


def analyse(files: list[Path]) -> int:
    recs = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    decided = [r for r in recs if r.get("learned_decided")]
    print(f"{len(recs)} rows; shipped right {sum(r['shipped_ok'] for r in recs)}; learned decided {len(decided)}, "
          f"right {sum(r['learned_ok'] for r in decided)}; chooser right on all rows {sum(r['chooser_ok'] for r in recs)}")
    print()
    print("| learned P band | rows | learned right | chooser right | disagree | of those: learned right / chooser right / neither |")
    print("|---|---:|---:|---:|---:|---|")
    bands = [(0.0, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 0.99), (0.99, 1.01)]
    for lo, hi in bands:
        rs = [r for r in decided if lo <= r["learned_p"] < hi]
        dis = [r for r in rs if r["learned"] != r.get("chooser")]
        print(f"| {lo:.2f}-{min(hi, 1):.2f} | {len(rs)} | {sum(r['learned_ok'] for r in rs)} | "
              f"{sum(r['chooser_ok'] for r in rs)} | {len(dis)} | {sum(r['learned_ok'] for r in dis)} / "
              f"{sum(r['chooser_ok'] for r in dis)} / {sum(not r['learned_ok'] and not r['chooser_ok'] for r in dis)} |")
    print()
    print("The gain of taking the chooser's plan where it disagrees, for rows with learned P below t:")
    for t in (0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.01):
        rs = [r for r in decided if r["learned_p"] < t and r["learned"] != r.get("chooser") and r.get("chooser")]
        gain = sum(r["chooser_ok"] for r in rs) - sum(r["learned_ok"] for r in rs)
        asked = sum(r["learned_p"] < t for r in decided)
        print(f"  t={t:.2f}: LLM asked on {asked}/{len(decided)}, switches {len(rs)}, net {gain:+d}")
    return 0


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", type=Path, action="append", default=[], help="a routing set (dev splits only)")
    ap.add_argument("--out", type=Path, help="JSONL of per-row records (appended; rows already in it are skipped)")
    ap.add_argument("--threads", type=int)
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--analyse", type=Path, nargs="*", help="summarise records instead of probing")
    args = ap.parse_args(argv)
    if args.analyse:
        return analyse(args.analyse)
    for s in args.set:
        if "test" in s.name:
            ap.error(f"{s}: a test split is only ever measured (bench/routing_eval.py), never probed row by row")
    if not args.set or args.out is None:
        ap.error("--set and --out are needed (or --analyse FILE)")
    args.out = args.out.resolve()
    return probe(args)


if __name__ == "__main__":
    raise SystemExit(main())
