"""``run_agent.py batch``: run a task file, or a template over a glob, into a JSONL results file.

    run_agent.py batch tasks.yaml --out results.jsonl
    run_agent.py batch "transcribe {file}" --over 'recordings/*.wav' --out results.jsonl --workers 2
    run_agent.py batch tasks.jsonl --engine ray [--ray-address HOST:PORT]

Re-running the same command resumes: tasks already in the results file with the same input
hash are skipped; failed ones are retried only with ``--retry-failed`` (or when their input
changed).  Exit code 0 when every task succeeded, 1 when any failed or did not run, 130 on Ctrl-C.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

# measured with bench/batch_bench.py on the 2-core dev machine (README, "Batch tasks"): at equal
# load, 2 single-threaded workers transcribe ~1.4x faster than 1 worker with 2 threads (whisper
# decoding scales poorly across threads) for ~2x the memory; a single core gets 1 worker
DEFAULT_WORKERS = 2 if (os.cpu_count() or 1) >= 2 else 1


HELP = 'run a task file or a template over many files into JSONL'


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("source", help="a task file (.yaml/.yml/.jsonl) or, with --over, a request template")
    p.add_argument("--over", metavar="GLOB", help="run the template once per matching file ({file} is replaced)")
    p.add_argument("--out", default="results.jsonl", help="JSONL results file (default: results.jsonl)")
    p.add_argument("--workers", type=int, default=DEFAULT_WORKERS,
                   help=f"parallel workers, each with its own models (default: {DEFAULT_WORKERS})")
    p.add_argument("--engine", choices=["local", "ray"], default="local",
                   help="local processes (default) or Ray actors")
    p.add_argument("--ray-address", help="join this Ray cluster (default: start a local Ray for the run)")
    p.add_argument("--fail-fast", action="store_true", help="stop at the first failed task")
    p.add_argument("--retry-failed", action="store_true", help="rerun tasks that failed in an earlier run")
    p.add_argument("--speak", action="store_true", help="with --over: also read each answer aloud")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")


def run(args: argparse.Namespace) -> int:
    from agent.cli.common import settings_from_args as _settings
    from tools.errors import UsageError

    settings = _settings(args)
    _check_out(args.out)
    if args.workers < 1:
        raise UsageError(f"--workers {args.workers}: must be 1 or more", "give --workers 1 (or more)")
    from agent.tasks.engines import run_batch
    from agent.tasks.taskfile import load_tasks, template_tasks
    if args.over:
        tasks = template_tasks(args.source, args.over, speak=args.speak)
    elif not args.source.strip():
        raise UsageError("the task file name is empty", "give a .yaml or .jsonl task file, or a template with --over")
    elif "{" in args.source or (not os.path.exists(args.source) and " " in args.source):
        raise UsageError(f"{args.source!r} is not a task file", "to run a request template over files, add --over GLOB")
    else:
        tasks = load_tasks(args.source)
    summary = run_batch(
        tasks, args.out, settings, engine=args.engine, workers=args.workers, ray_address=args.ray_address,
        threads=args.threads, retry_failed=args.retry_failed, fail_fast=args.fail_fast,
        progress=not args.no_progress and sys.stderr.isatty(),
    )
    if args.json:
        print(json.dumps(summary.as_dict()), flush=True)
    else:
        rate = summary.ok + summary.failed
        per_min = f", {60 * rate / summary.seconds:.1f} tasks/min" if summary.seconds > 0 and rate else ""
        print(f"{summary.total} tasks: {summary.ok} ok, {summary.failed} failed, {summary.skipped} skipped"
              f" (already done), {summary.not_run} not run; {summary.seconds:.1f}s{per_min}"
              f" [{summary.engine}, {summary.workers} worker(s)] -> {summary.out}")
        for f in summary.failures[:20]:
            print(f"  failed {f['id']}: {f['error']}")
        if len(summary.failures) > 20:
            print(f"  ... and {len(summary.failures) - 20} more (see {summary.out})")
    if summary.interrupted:
        print(f"interrupted: re-run the same command to resume ({summary.out})", file=sys.stderr)
        return 130
    if summary.stopped_early:
        print("stopped at the first failure (--fail-fast)", file=sys.stderr)
    return 0 if summary.success else 1


def _check_out(out: str) -> None:
    """``--out`` must be a JSONL file we can append to: not a folder, a device or a read-only place."""
    from pathlib import Path

    from tools.errors import UsageError
    from tools.media import special_kind

    if not out or not out.strip() or "\x00" in out:
        raise UsageError(f"--out {out!r}: not a file name", "give --out results.jsonl")
    path = Path(out).expanduser()
    try:
        st = path.stat()
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise UsageError(f"--out {out}: cannot be used ({exc.strerror or type(exc).__name__})",
                         "give --out results.jsonl") from None
    if st is not None and special_kind(st.st_mode) == "a folder":
        raise UsageError(f"--out {out}: is a folder, not a results file", f"give a file, e.g. --out {out.rstrip('/')}/results.jsonl")
    if st is not None and special_kind(st.st_mode):
        raise UsageError(f"--out {out}: is {special_kind(st.st_mode)}, not a results file", "give --out results.jsonl")
    parent = path.parent if str(path.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"--out {out}: its folder cannot be created ({exc.strerror or type(exc).__name__})",
                         "give --out a path in a writable folder") from None
    if not parent.is_dir():
        raise UsageError(f"--out {out}: {parent} is not a folder", "give --out a path in a writable folder")
    if not os.access(parent, os.W_OK) or (st is not None and not os.access(path, os.W_OK)):
        raise UsageError(f"--out {out}: not writable", "give --out a path in a writable folder")
