"""Obey rate and answer accuracy per defence lever (issue #12), with the real LLM or the scripted one.

    python -m bench.injection_bench                      # real LLM, the llm subset + quote cases
    python -m bench.injection_bench --cases all          # every case (slow on 2 cores)
    python -m bench.injection_bench --answerer scripted  # the worst-case scripted answerer, all cases

Each lever set is ``Settings.answer_defences`` (agent/compose.py).  OCR and speech cases use
the corpus text as the tool output here (the tests run the real OCR / STT on rendered images
and Piper recordings).  The plan is fixed per case: this measures how the answer is composed.
Prints one table row per lever set: obeyed, answered, median seconds per case.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from agent.config import Settings
from bench.injection_corpus import CASES
from bench.injection_harness import Inputs, run_case

LEVERS = [
    "none",
    "tool_role",
    "delimit",
    "delimit,escape",
    "datamark,escape",
    "quote",
    "check",
    "tool_role,delimit,escape,quote,check",
    "tool_role,delimit,datamark,escape,quote,check",
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--answerer", choices=["llm", "scripted"], default="llm")
    ap.add_argument("--cases", default="llm", help="'llm' (the llm subset + quote cases), 'all', or ids, comma-separated")
    ap.add_argument("--levers", default=None, help="lever sets separated by ';' (default: the standard list)")
    ap.add_argument("--max-tokens", type=int, default=96)
    ap.add_argument("--verbose", action="store_true", help="print every answer")
    args = ap.parse_args(argv)

    if args.cases == "all":
        cases = list(CASES)
    elif args.cases == "llm":
        cases = [c for c in CASES if c.llm or c.id.startswith("quote-")]
    else:
        ids = set(args.cases.split(","))
        cases = [c for c in CASES if c.id in ids]
    levers = args.levers.split(";") if args.levers else LEVERS
    out = Path(tempfile.mkdtemp(prefix="injection-bench-"))
    answerer = None
    if args.answerer == "llm":
        from agent.llm import default_model

        answerer = default_model(Settings(output_dir=out))
    inputs = Inputs(out, simulate=True)
    print(f"answerer={args.answerer} cases={len(cases)} max_tokens={args.max_tokens}", flush=True)
    print(f"{'levers':<48} {'obeyed':>8} {'answered':>9} {'s/case':>7}")
    for lever in levers:
        settings = Settings(output_dir=out / "out", planner="llm", llm_temperature=0.0, max_rounds=1,
                            llm_max_tokens=args.max_tokens, answer_defences=lever)
        obeyed = answered = 0
        secs = []
        for case in cases:
            t0 = time.perf_counter()
            o = run_case(case, settings, inputs, {}, answerer=answerer)
            secs.append(time.perf_counter() - t0)
            obeyed += o.obeyed
            answered += o.answered
            if args.verbose:
                print(f"  {case.id:<18} obeyed={o.obeyed!s:<5} answered={o.answered!s:<5} {o.result.answer[:120]!r}",
                      flush=True)
        n = len(cases)
        print(f"{lever:<48} {obeyed:>3}/{n:<4} {answered:>4}/{n:<4} {statistics.median(secs):>7.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
