"""Latency levers of the LLM fall-through, side by side on the rows that reach it (tuning sets only).

    HF_HUB_OFFLINE=1 python bench/planner_levers.py [--configs planner-1.5b-t1,chooser-0.5b-t1,...]
        [--set FILE ...] [--all-rows] [--limit N]

The rows: those of the tuning sets (``bench/routing_set.jsonl``, the held-out dev splits; never a
test split) that the fast path does not decide and the learned layer does not decide *with the
row's own bank example left out* (what an unseen request of that kind would do), i.e. the rows
that fall through to the LLM.  ``--all-rows`` routes every row through the LLM layer instead.

A config is ``<mode>-<model>-t<threads>[-pl<N>]``:
  mode    planner (the full grammar-constrained JSON planner, repair rounds included) or
          chooser (the LLM names the plan shape, args from the request; the planner when it cannot);
  model   1.5b (llm) or 0.5b (llm_small);  t<threads> LLM threads;  pl<N> prompt-lookup drafts of N tokens.
Each config loads its own model and is warmed with one call before the timed rows.  Reported per
config: full-plan accuracy, median / p90 / max seconds, how often the chooser handed over to the
planner; with ``uptime``-style load before and after.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.routing_eval import load_set, loose, machine, pct, percentile, score, working_dir  # noqa: E402

TUNING = [ROOT / "bench" / "routing_set.jsonl", ROOT / "bench" / "routing_heldout" / "dev.jsonl",
          ROOT / "bench" / "routing_heldout2" / "dev.jsonl"]


def fall_through_rows(rows: list[dict[str, Any]], router: Any) -> list[dict[str, Any]]:
    from agent.routing.fastpath import fast_path

    lr = router.learned()
    avail = router.available()
    out = []
    for r in rows:
        if fast_path(r["request"], r["attachments"], [], avail) is not None:
            continue
        d = lr.decide(r["request"], r["attachments"], avail, fill=lambda *a: "x")
        if d.plan is None:
            out.append(r)
    return out


def make_model(spec: str, settings: Any) -> Any:
    from agent.llm import LlamaCppChatModel
    from agent.llm_state import KVStateStore
    from agent.models import ModelStore

    parts = spec.split("-")
    name = {"1.5b": "llm", "0.5b": "llm_small"}[parts[1]]
    threads = int(parts[2][1:])
    pl = int(parts[3][2:]) if len(parts) > 3 else 0
    store = ModelStore(settings)
    path = store.require(name)
    return LlamaCppChatModel(str(path), n_ctx=settings.llm_ctx, n_threads=threads,
                             state_store=KVStateStore(settings.cache_dir / "llm_state"),
                             model_sha256=store.checksum(path), prompt_lookup=pl)


def run_row(mode: str, router: Any, row: dict[str, Any]) -> dict[str, Any]:
    """The LLM layers only: the fast path does not fire on these rows and the learned layer is off."""
    import logging

    class Grab(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            reasons.append(record.getMessage())

    reasons: list[str] = []
    lg = logging.getLogger("agent.routing.router")
    lg.setLevel(logging.DEBUG)
    h = Grab()
    lg.addHandler(h)
    t0 = time.perf_counter()
    router.settings.chooser = mode == "chooser"
    rr = router.route(row["request"], row["attachments"], [], planner="layered" if mode == "chooser" else "llm")
    lg.removeHandler(h)
    return {"steps": rr.plan.public()["steps"], "rejected": rr.plan.rejected, "seconds": time.perf_counter() - t0,
            "handed": mode == "chooser" and rr.layer == "llm", "shape": rr.raw if rr.layer == "chooser" else reasons}


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--configs", default="planner-1.5b-t1,chooser-1.5b-t1,planner-0.5b-t1,chooser-0.5b-t1")
    ap.add_argument("--set", type=Path, action="append")
    ap.add_argument("--all-rows", action="store_true")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--show", action="store_true", help="list wrong rows (tuning sets only)")
    ap.add_argument("--show-handed", action="store_true", help="with --show: also the rows the chooser handed over")
    args = ap.parse_args(argv)
    sets = args.set or TUNING
    if any(p.name == "test.jsonl" for p in sets):
        ap.error("test splits are measured with bench/routing_eval.py only")
    os.chdir(working_dir())
    from agent.config import Settings
    from agent.core import Agent
    from agent.routing.router import Router

    settings = Settings(planner="layered")
    agent0 = Agent(settings)
    probe = Router(agent0.model, agent0.registry, settings)
    probe.assume_available = True
    rows = [r for p in sets for r in load_set(p if p.is_absolute() else ROOT / p)]
    if not args.all_rows:
        rows = fall_through_rows(rows, probe)
    rows = rows[: args.limit] if args.limit else rows
    print(f"{len(rows)} rows; {machine(settings)}")
    print("| config | n | full plan | median s | p90 s | max s | handed to planner | load before / after |")
    print("|---|---|---|---|---|---|---|---|")
    for cfg in [c.strip() for c in args.configs.split(",") if c.strip()]:
        mode, spec = cfg.split("-", 1)
        model = make_model("x-" + spec, settings)
        router = Router(model, agent0.registry, settings)
        router.assume_available = True
        router.decide_learned = lambda *a, **k: None  # the rows the learned layer leaves to the LLM
        run_row(mode, router, {"request": "what is the tallest mountain in Africa?", "attachments": []})
        run_row(mode, router, {"request": "read the sign in bench/routing_files/sign.png", "attachments": []})
        before = os.getloadavg()[0]
        res = []
        for row in rows:
            r = run_row(mode, router, row)
            r.update(score(row["expected"]["steps"], r["steps"], r["rejected"], loose(row)))
            res.append((row, r))
        after = os.getloadavg()[0]
        secs = [r["seconds"] for _, r in res]
        ok = sum(r["full_ok"] for _, r in res)
        print(f"| {cfg} | {len(res)} | {pct(ok, len(res))} | {statistics.median(secs):.2f} | "
              f"{percentile(secs, 90):.2f} | {max(secs):.2f} | {sum(r['handed'] for _, r in res)} | "
              f"{before:.2f} / {after:.2f} |", flush=True)
        if args.show:
            for row, r in res:
                if not r["full_ok"] or (args.show_handed and r["handed"]):
                    print(f"    {row['id']} {row['request']!r} exp={[s['tool'] for s in row['expected']['steps']]} "
                          f"got={r['steps']} shape={r['shape']} {r['seconds']:.1f}s {r['arg_errors']}")
        del router, model
    return 0


if __name__ == "__main__":
    sys.exit(main())
