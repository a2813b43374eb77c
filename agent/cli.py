"""Command line: ``run_agent.py`` and ``mmagent`` are the same program.

    run_agent.py "request" [--attach FILE ...] [--speak] [--json]
    run_agent.py plan "request" [--attach FILE ...]     (or ``plan -`` for one request per line on stdin)
    run_agent.py chat | tools [--json] | models [--json] | models pull NAME
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sys
import threading
from collections.abc import Sequence
from typing import Any

from agent.errors import MMAgentError, UsageError

# Subcommands that live in their own modules.  Each module defines
# ``add_arguments(parser)`` and ``run(args) -> int`` and keeps heavy imports inside ``run``.
# A module that is missing or fails to import only disables its own subcommand.
EXTERNAL_COMMANDS = {
    "voice": ("agent.voice_cli", "voice assistant loop: mic/file/stdin -> agent -> speaker/WAV"),
    "batch": ("agent.tasks_cli", "run a task file or a template over many files into JSONL"),
    "index": ("agent.index_cli", "index a photo folder for search_images"),
}
COMMANDS = ("run", "plan", "chat", "tools", "models", *EXTERNAL_COMMANDS)
EXIT_FOR_KIND = {"missing_file": 3, "bad_input": 3, "not_allowed": 3, "model_missing": 4,
                 "missing_dependency": 4}


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print JSON (events as JSON lines)")
    p.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    p.add_argument("--out-dir", help="where produced files go (default: ./mmagent_out)")
    p.add_argument("--planner", choices=["layered", "llm", "fast"], help="routing layers to use")
    p.add_argument("--threads", type=int, help="CPU threads for the LLM and speech models")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mmagent", description="Local, offline multimodal agent.")
    sub = parser.add_subparsers(dest="command")
    run = sub.add_parser("run", help="run a request (the default command)")
    run.add_argument("request")
    run.add_argument("--attach", action="append", default=[], metavar="FILE", help="attach a file (repeatable)")
    run.add_argument("--speak", action="store_true", help="also read the answer aloud into a WAV")
    _common(run)
    plan = sub.add_parser("plan", help="print the plan as JSON without running tools ('-' reads stdin)")
    plan.add_argument("request")
    plan.add_argument("--attach", action="append", default=[], metavar="FILE")
    _common(plan)
    chat = sub.add_parser("chat", help="multi-turn chat (/attach FILE, /quit)")
    chat.add_argument("--speak", action="store_true")
    _common(chat)
    tools = sub.add_parser("tools", help="list tools, their argument schemas and model availability")
    _common(tools)
    models = sub.add_parser("models", help="list models and where they resolve from; 'models pull NAME'")
    models.add_argument("action", nargs="?", choices=["list", "pull"], default="list")
    models.add_argument("name", nargs="?")
    models.add_argument("--no-verify", action="store_true", help="skip the (cached) sha256 check")
    _common(models)
    for name, (module, help_) in EXTERNAL_COMMANDS.items():
        try:
            mod = importlib.import_module(module)
        except ImportError:
            continue
        p = sub.add_parser(name, help=help_)
        mod.add_arguments(p)
        _common(p)
        p.set_defaults(_module=mod)
    return parser


def _settings(args: argparse.Namespace) -> Any:
    from agent.config import Settings

    over: dict[str, Any] = {}
    if getattr(args, "out_dir", None):
        over["output_dir"] = args.out_dir
    if getattr(args, "planner", None):
        over["planner"] = args.planner
    if getattr(args, "threads", None):
        over["llm_threads"] = over["stt_threads"] = args.threads
    if getattr(args, "debug", False):
        over["debug"] = True
    try:
        return Settings(**over)
    except Exception as exc:  # noqa: BLE001 - pydantic ValidationError from env/TOML
        raise UsageError(f"invalid configuration: {exc}".splitlines()[0], "check MMAGENT_* variables and config.toml") from exc


def _print_event(ev: Any, out: Any) -> None:
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


def cmd_run(args: argparse.Namespace) -> int:
    from agent.core import Agent
    from agent.schemas import RunResult

    agent = Agent(_settings(args))
    final = None
    streamed = False
    for ev in agent.stream(args.request, args.attach, speak=args.speak):
        if args.json:
            print(ev.model_dump_json(), flush=True)
        elif ev.type == "token":
            if not streamed:
                print("answer: ", end="")
                streamed = True
            print(ev.data["text"], end="", flush=True)
        else:
            _print_event(ev, sys.stdout)
        if ev.type == "final":
            final = RunResult.model_validate(ev.data)
    assert final is not None
    if not args.json:
        if streamed:
            print()
        for f in final.files:
            print(f"file: {f.path}")
        print(f"time: {final.timings.get('total', 0):.2f}s")
    return _exit_code(final)


def _exit_code(result: Any) -> int:
    if result.error is None:
        return 0
    kinds = [r.error_kind for r in result.tool_results if not r.ok] + [result.plan.rejected_kind]
    code = next((EXIT_FOR_KIND[k] for k in kinds if k in EXIT_FOR_KIND), 1)
    print(f"error: {result.error}", file=sys.stderr)
    return code


def cmd_plan(args: argparse.Namespace) -> int:
    from agent.core import Agent

    agent = Agent(_settings(args))
    requests = [line.strip() for line in sys.stdin] if args.request == "-" else [args.request]
    code = 0
    for req in requests:
        if not req:
            continue
        rr = agent.plan(req, args.attach)
        out: dict[str, Any] = rr.plan.public()
        if rr.plan.rejected:
            out["rejected"] = rr.plan.rejected
            code = EXIT_FOR_KIND.get(rr.plan.rejected_kind or "", 5)
        if args.json or args.request == "-":
            out["layer"] = rr.layer
            out["seconds"] = round(rr.seconds, 4)
        print(json.dumps(out, ensure_ascii=False), flush=True)
    return code if args.request != "-" else 0


def cmd_chat(args: argparse.Namespace) -> int:
    from agent.core import Agent

    agent = Agent(_settings(args))
    stop_warm = threading.Event()

    def warm() -> None:  # while the user types: load the LLM, evaluate its system prompts
        try:
            agent.warm_up(spoken=args.speak, stop=stop_warm.is_set)
        except Exception as exc:  # noqa: BLE001 - the first request reports a missing model properly
            logging.getLogger("mmagent").debug("LLM warm-up failed: %s", exc)

    warm_thread = threading.Thread(target=warm, daemon=True, name="llm-warm-up")
    warm_thread.start()
    try:
        return _chat_loop(agent, args)
    finally:  # never exit while llama.cpp is evaluating in the warm-up thread
        stop_warm.set()
        warm_thread.join()


def _chat_loop(agent: Any, args: argparse.Namespace) -> int:
    pending: list[str] = []
    print("mmagent chat: type a request; /attach FILE to attach, /quit to leave.")
    while True:
        try:
            line = input("you> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not line:
            continue
        if line in ("/quit", "/exit"):
            return 0
        if line.startswith("/attach "):
            pending.append(line.split(" ", 1)[1].strip())
            print(f"attached: {pending[-1]}")
            continue
        try:
            started = False
            for ev in agent.chat(line, pending, speak=args.speak):
                if args.json:
                    print(ev.model_dump_json(), flush=True)
                elif ev.type == "token":
                    if not started:
                        print("agent> ", end="")
                        started = True
                    print(ev.data["text"], end="", flush=True)
                elif ev.type == "final":
                    for f in ev.data["files"]:
                        print(f"\n  file: {f['path']}", end="")
                else:
                    _print_event(ev, sys.stdout)
            print()
        except MMAgentError as exc:
            print(f"error: {exc.one_line()}")
        pending = []


def cmd_tools(args: argparse.Namespace) -> int:
    from tools.registry import ToolRegistry

    reg = ToolRegistry(_settings(args))
    rows = []
    for name in reg.names():
        cls = reg.tool_class(name)
        av = reg.get(name).availability()
        rows.append({"name": name, "description": cls.description, "args": cls.args_schema(),
                     "available": av.ok, "detail": av.detail, "fix": av.fix})
    if args.json:
        print(json.dumps({"tools": rows, "warnings": reg.warnings}, indent=1))
        return 0
    for r in rows:
        status = "ready" if r["available"] else f"models missing ({r['fix']})"
        print(f"{r['name']}: {r['description']}  [{status}]")
        props = r["args"].get("properties", {})
        req = set(r["args"].get("required", []))
        for k, v in props.items():
            print(f"    {k}{'' if k in req else ' (optional)'}: {v.get('description', '')}")
    for w in reg.warnings:
        print(f"warning: {w}", file=sys.stderr)
    return 0


def cmd_models(args: argparse.Namespace) -> int:
    from agent.models import ModelStore

    store = ModelStore(_settings(args))
    if args.action == "pull":
        if not args.name:
            raise UsageError("models pull needs a model name", f"one of: {', '.join(store.specs)}")
        path = store.pull(args.name)
        print(f"pulled {args.name} into {path}")
        return 0
    rows = [r.as_dict() for r in store.report(verify=not args.no_verify)]
    if args.json:
        print(json.dumps({"models": rows}, indent=1))
    else:
        for r in rows:
            if r["path"]:
                size = f"{r['size'] / 1e6:.1f} MB" if r["size"] else "?"
                ok = {True: "sha256 ok", False: "SHA256 MISMATCH", None: "unpinned"}[r["verified"]]
                print(f"{r['name']}: {r['title']} [{r['licence']}]\n    {r['source']}: {r['path']}\n"
                      f"    {size}, {ok}, sha256 {r['sha256']}")
            else:
                print(f"{r['name']}: {r['title']} [{r['licence']}]\n    {'not installed (optional)' if r.get('optional') else 'MISSING'}: {r['fix']}")
    return 0 if all(r["path"] and r["verified"] is not False for r in rows if not r.get("optional")) else 4


HANDLERS = {"run": cmd_run, "plan": cmd_plan, "chat": cmd_chat, "tools": cmd_tools, "models": cmd_models}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] not in COMMANDS and argv[0] not in ("-h", "--help"):
        argv = ["run", *argv]
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    if args.command in EXTERNAL_COMMANDS and not hasattr(args, "_module"):
        print(f"error: the '{args.command}' command is not available in this installation", file=sys.stderr)
        return 2
    debug = getattr(args, "debug", False) or os.environ.get("MMAGENT_DEBUG") == "1"
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command in HANDLERS:
            return HANDLERS[args.command](args)
        return int(args._module.run(args))
    except MMAgentError as exc:
        if debug:
            raise
        print(f"error: {exc.one_line()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
