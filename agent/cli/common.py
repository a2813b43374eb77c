"""What every subcommand shares: common options, Settings from flags, event printing, exit codes."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

EXIT_FOR_KIND = {"missing_file": 3, "bad_input": 3, "not_allowed": 3, "wrong_media": 3, "model_missing": 4,
                 "missing_dependency": 4}
# the fix printed with a failed run's error when the message itself carries none (plan rejections)
FIX_FOR_KIND = {
    "missing_file": "check the file name and folder",
    "not_allowed": "move the file under a folder in MMAGENT_ALLOWED_ROOTS, or add its folder there",
    "wrong_media": "attach the kind of file the request asks about",
    "bad_input": "give a readable audio or image file",
    "unmentioned_path": "name the file in the request or attach it",
    "bad_plan": "rephrase the request, or name the tool and the file",
    "model_missing": "run_agent.py models (it names what to install)",
}


def add_common_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print JSON (events as JSON lines)")
    p.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    p.add_argument("--out-dir", help="where produced files go (default: ./mmagent_out)")
    p.add_argument("--planner", choices=["layered", "llm", "fast"], help="routing layers to use")
    p.add_argument("--threads", type=int, help="CPU threads for the LLM and speech models")


def settings_from_args(args: argparse.Namespace) -> Any:
    """Settings from config file + env, overridden by the common command-line options."""
    from agent.config import load_settings

    over: dict[str, Any] = {}
    if getattr(args, "out_dir", None):
        over["output_dir"] = args.out_dir
    if getattr(args, "planner", None):
        over["planner"] = args.planner
    if getattr(args, "threads", None) is not None:
        over["llm_threads"] = over["stt_threads"] = args.threads
    if getattr(args, "debug", False):
        over["debug"] = True
    return load_settings(**over)


@contextlib.contextmanager
def warming_up(work: Callable[[Callable[[], bool]], None], *, enabled: bool = True) -> Iterator[None]:
    """Run ``work(stop)`` (an LLM warm-up) in a background thread while the body runs.

    A failure is only logged (the request itself reports a missing or broken model).  On the way out
    ``stop()`` turns true and the thread is joined: the process never exits while llama.cpp is loading
    or evaluating in it."""
    stop = threading.Event()

    def run() -> None:
        try:
            work(stop.is_set)
        except Exception as exc:  # noqa: BLE001 - see above
            logging.getLogger("mmagent").debug("LLM warm-up failed: %s", exc)

    thread = threading.Thread(target=run, daemon=True, name="llm-warm-up") if enabled else None
    if thread is not None:
        thread.start()
    try:
        yield
    finally:
        stop.set()
        if thread is not None:
            thread.join()


def print_event(ev: Any, out: Any) -> None:
    d = ev.data
    if ev.type == "plan":
        if d.get("rejected"):
            return
        steps = d["plan"]["steps"]
        desc = " -> ".join(f"{s['tool']}({json.dumps(s['args'], ensure_ascii=False)})" for s in steps) or "answer directly"
        print(f"plan [{d['layer']}, {d['seconds']:.2f}s]: {desc}", file=out)
    elif ev.type == "tool_end":
        status = "ok" if d["ok"] else f"FAILED ({d['error_kind']}): {d['error']}"
        text = (d.get("text") or "").replace("\n", " ")
        text = text if len(text) < 200 else text[:197] + "..."
        print(f"  {d['tool']} [{d['seconds']:.2f}s] {status}{': ' + text if d['ok'] and text else ''}", file=out)


def print_stream(events: Any, *, json_mode: bool, prefix: str, out: Any = None) -> dict[str, Any] | None:
    """Print an agent event stream as every interactive command does and return the final data.

    JSON mode prints each event as one JSON line; otherwise answer tokens stream after
    ``prefix`` on one line and plans and tool steps print one line each (``print_event``).
    """
    out = out or sys.stdout
    final: dict[str, Any] | None = None
    streamed = False
    for ev in events:
        if json_mode:
            print(ev.model_dump_json(), file=out, flush=True)
        elif ev.type == "token":
            if not streamed:
                print(prefix, end="", file=out)
                streamed = True
            print(ev.data["text"], end="", file=out, flush=True)
        else:
            print_event(ev, out)
        if ev.type == "final":
            final = ev.data
    if streamed and not json_mode:
        print(file=out)
    return final


def exit_code(result: Any) -> int:
    """The process exit code for a RunResult (printing its error line)."""
    if result.error is None:
        return 0
    kinds = [r.error_kind for r in result.tool_results if not r.ok] + [result.plan.rejected_kind]
    code = next((EXIT_FOR_KIND[k] for k in kinds if k in EXIT_FOR_KIND), 1)
    line = " ".join(str(result.error).split())
    if "(fix: " not in line:
        kind = next((k for k in kinds if k), None)
        line += f" (fix: {FIX_FOR_KIND.get(kind or '', 'rephrase the request or rerun with --debug')})"
    print(f"error: {line}", file=sys.stderr)
    return code
