"""``run_agent.py serve``: the OpenAI-compatible HTTP API and the web page.

    run_agent.py serve                                   # http://127.0.0.1:8765/
    run_agent.py serve --host 0.0.0.0 --api-key KEY --ssl-certfile cert.pem --ssl-keyfile key.pem
"""

from __future__ import annotations

import argparse
import os

HELP = "OpenAI-compatible HTTP API (chat, transcriptions, speech) and a web page with a microphone"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1; any other needs --api-key)")
    p.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    p.add_argument("--api-key", default=os.environ.get("MMAGENT_API_KEY"),
                   help="clients must send 'Authorization: Bearer KEY' (default: $MMAGENT_API_KEY)")
    p.add_argument("--allow-root", action="append", default=[], metavar="FOLDER",
                   help="a server folder requests may name by path (repeatable; default: none, uploads only)")
    p.add_argument("--max-body-mb", type=float, default=32.0, help="largest request body in MiB (default 32)")
    p.add_argument("--max-queue", type=int, default=8, help="requests waiting behind the running one; more get 503")
    p.add_argument("--cors-origin", action="append", default=[], metavar="ORIGIN",
                   help="allow browser pages from ORIGIN to call the API (repeatable; default: CORS off)")
    p.add_argument("--ssl-certfile", help="serve HTTPS (browsers allow the microphone only on https or localhost)")
    p.add_argument("--ssl-keyfile", help="the certificate's private key")
    p.add_argument("--no-warm-up", dest="warm_up", action="store_false", help="do not load the models at startup")


def config_from_args(args: argparse.Namespace) -> object:
    from agent.serve.http.config import ServeConfig

    cfg = ServeConfig(host=args.host, port=args.port, api_key=args.api_key or None, allowed_roots=args.allow_root,
                      max_body_bytes=int(args.max_body_mb * 1024 * 1024), max_queue=args.max_queue,
                      cors_origins=args.cors_origin, warm_up=args.warm_up)
    cfg.check()  # before any model loads: an exposed server without a key is refused at once
    return cfg


def run(args: argparse.Namespace) -> int:
    from agent.cli.common import settings_from_args
    from tools.errors import MissingDependencyError, UsageError

    cfg = config_from_args(args)
    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        raise UsageError("--ssl-certfile and --ssl-keyfile go together", "pass both or neither")
    try:
        import uvicorn

        from agent.serve.http.app import create_app
    except ImportError as exc:
        raise MissingDependencyError(exc.name or "fastapi", "serve", "run_agent.py serve") from exc
    from agent.core import Agent

    agent = Agent(settings_from_args(args))
    app = create_app(agent, cfg)
    scheme = "https" if args.ssl_certfile else "http"
    print(f"mmagent serving on {scheme}://{cfg.host}:{cfg.port}/ (OpenAI API under /v1)", flush=True)
    try:
        uvicorn.run(app, host=cfg.host, port=cfg.port, log_level="debug" if args.debug else "warning",
                    ssl_certfile=args.ssl_certfile, ssl_keyfile=args.ssl_keyfile, timeout_graceful_shutdown=5)
    finally:
        agent.close()
    return 0
