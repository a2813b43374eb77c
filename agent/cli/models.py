"""``run_agent.py models [--json]`` and ``models pull NAME``: where every model resolves from."""

from __future__ import annotations

import argparse
import json

from agent.cli.common import settings_from_args
from tools.errors import UsageError

HELP = "list models and where they resolve from; 'models pull NAME'"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", nargs="?", choices=["list", "pull"], default="list")
    p.add_argument("name", nargs="?")
    p.add_argument("--no-verify", action="store_true", help="skip the (cached) sha256 check")
    p.add_argument("--force", action="store_true", help="pull: download even when the model is installed")


def run(args: argparse.Namespace) -> int:
    from agent.models import ModelStore

    store = ModelStore(settings_from_args(args))
    if args.action == "pull":
        if not args.name:
            raise UsageError("models pull needs a model name", f"one of: {', '.join(store.specs)}")
        have = store.resolve(args.name)
        if have.path is not None and have.verified is not False and not args.force:
            print(f"{args.name} is already installed ({have.source}: {have.path}); nothing downloaded "
                  "(--force downloads it from the hub anyway)")
            return 0
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
