"""``run_agent.py wyoming``: serve speech-to-text, text-to-speech and the agent to Home Assistant.

    run_agent.py wyoming                                   # tcp://127.0.0.1:10300, all services
    run_agent.py wyoming --uri tcp://0.0.0.0:10300 --allow-remote --zeroconf
    run_agent.py wyoming --services asr,tts --uri unix:///run/mmagent.sock
    run_agent.py wyoming --uri stdio://                    # one client on stdin/stdout
"""

from __future__ import annotations

import argparse
import sys

HELP = "Wyoming server for Home Assistant: speech-to-text, text-to-speech and the agent"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--uri", default="tcp://127.0.0.1:10300",
                   help="tcp://HOST:PORT (default tcp://127.0.0.1:10300), unix:///path.sock or stdio://")
    p.add_argument("--services", default="asr,tts,handle",
                   help="comma-separated subset of asr (speech-to-text), tts (text-to-speech), "
                   "handle (conversation agent); default all three")
    p.add_argument("--zeroconf", nargs="?", const="", default=None, metavar="NAME",
                   help="advertise _wyoming._tcp so Home Assistant discovers the server (needs zeroconf)")
    p.add_argument("--allow-remote", action="store_true",
                   help="allow binding a non-loopback address (Wyoming has no authentication)")
    p.add_argument("--conversation-ttl", type=float, default=600.0, metavar="SECONDS",
                   help="forget a conversation's history after this long idle (default 600)")
    p.add_argument("--max-conversations", type=int, default=100,
                   help="histories kept at once; the least recently used goes first (default 100)")
    p.add_argument("--no-preload", action="store_true", help="load models on first use instead of at start")


def parse_services(text: str) -> tuple[str, ...]:
    from agent.serve.wyoming.info import SERVICES
    from tools.errors import UsageError

    services = tuple(dict.fromkeys(s.strip() for s in text.split(",") if s.strip()))
    bad = [s for s in services if s not in SERVICES]
    if bad or not services:
        raise UsageError(f"--services {text}: unknown service {', '.join(bad) or '(none given)'}",
                         f"use a comma-separated subset of {','.join(SERVICES)}")
    return services


def run(args: argparse.Namespace) -> int:
    import asyncio
    import logging

    from agent.cli.common import settings_from_args
    from agent.serve.wyoming.server import check_uri, require_wyoming, serve
    from tools.errors import UsageError

    services = parse_services(args.services)
    check_uri(args.uri, allow_remote=args.allow_remote)
    if args.zeroconf is not None and (not args.uri.startswith("tcp://") or not args.allow_remote):
        raise UsageError("--zeroconf advertises the server to other machines: it needs a tcp:// URI "
                         "on a network address", "use --uri tcp://0.0.0.0:10300 --allow-remote --zeroconf")
    if args.conversation_ttl <= 0 or args.max_conversations <= 0:
        raise UsageError("--conversation-ttl and --max-conversations must be positive", "pass a number above 0")
    require_wyoming(zeroconf=args.zeroconf is not None)
    settings = settings_from_args(args)

    from agent.core import Agent
    from agent.serve.wyoming.conversations import ConversationStore
    from agent.serve.wyoming.service import WyomingService

    agent = Agent(settings)
    service = WyomingService(agent, services, conversations=ConversationStore(
        ttl_s=args.conversation_ttl, max_conversations=args.max_conversations))
    stdio = args.uri.startswith("stdio://")
    log = logging.getLogger("mmagent.wyoming")
    if not args.no_preload:
        if not stdio:
            print(f"wyoming: loading models for {','.join(services)}...", file=sys.stderr, flush=True)
        service.load()
    if not stdio:  # stdout is the protocol channel over stdio
        print(f"wyoming: serving {','.join(services)} on {args.uri}", file=sys.stderr, flush=True)
    log.info("serving %s on %s", services, args.uri)
    try:
        asyncio.run(serve(service, args.uri, zeroconf_name=args.zeroconf))
    except KeyboardInterrupt:
        pass
    finally:
        agent.close()
    return 0
