"""Start the Wyoming server on a URI (tcp://, unix://, stdio://), optionally advertised over zeroconf."""

from __future__ import annotations

import logging
from urllib.parse import urlparse

from agent.serve.wyoming.service import WyomingService
from tools.errors import MissingDependencyError, UsageError

log = logging.getLogger("mmagent.wyoming")

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def check_uri(uri: str, *, allow_remote: bool = False) -> None:
    """Fail before any model loads on a URI the server cannot or should not bind."""
    p = urlparse(uri)
    if p.scheme not in ("tcp", "unix", "stdio"):
        raise UsageError(f"--uri {uri}: unsupported scheme '{p.scheme}'",
                         "use tcp://HOST:PORT, unix:///path/to.sock or stdio://")
    if p.scheme == "tcp":
        try:
            port = p.port
        except ValueError:
            port = None
        if not p.hostname or port is None:
            raise UsageError(f"--uri {uri}: needs a host and a port", "use e.g. tcp://127.0.0.1:10300")
        if p.hostname not in LOOPBACK and not p.hostname.startswith("127.") and not allow_remote:
            raise UsageError(f"--uri {uri}: binds beyond this machine and Wyoming has no authentication",
                             "add --allow-remote if Home Assistant runs on another host of a trusted network")
    if p.scheme == "unix" and not p.path:
        raise UsageError(f"--uri {uri}: needs a socket path", "use unix:///run/mmagent.sock")


def require_wyoming(zeroconf: bool = False) -> None:
    try:
        import wyoming  # noqa: F401
    except ImportError as exc:
        raise MissingDependencyError("wyoming", "wyoming", "the Wyoming server") from exc
    if zeroconf:
        try:
            import zeroconf as _zc  # noqa: F401
        except ImportError as exc:
            raise MissingDependencyError("zeroconf", "wyoming", "--zeroconf") from exc


async def serve(service: WyomingService, uri: str, *, zeroconf_name: str | None = None,
                ready: object = None) -> None:
    """Serve until stopped.  ``ready`` (a threading.Event) is set once the socket listens."""
    from wyoming.server import AsyncServer, AsyncTcpServer, AsyncUnixServer

    from agent.serve.wyoming.handler import make_handler_factory

    server = AsyncServer.from_uri(uri)
    factory = make_handler_factory(service)
    if zeroconf_name is not None:
        if not isinstance(server, AsyncTcpServer):
            raise UsageError("--zeroconf needs a tcp:// URI", "use --uri tcp://0.0.0.0:10300 --allow-remote")
        from wyoming.zeroconf import HomeAssistantZeroconf

        host = None if server.host in ("0.0.0.0", "::") else server.host
        hass_zc = HomeAssistantZeroconf(port=server.port, name=zeroconf_name or None, host=host)
        await hass_zc.register_server()
        log.warning("advertised _wyoming._tcp as %s on %s:%s", hass_zc.name, hass_zc.host, server.port)
    if isinstance(server, AsyncTcpServer | AsyncUnixServer) and ready is not None:
        await server.start(factory)
        ready.set()  # type: ignore[attr-defined]
        assert server._server is not None
        try:
            await server._server.serve_forever()
        finally:
            await server.stop()
        return
    if ready is not None:
        ready.set()  # type: ignore[attr-defined]
    await server.run(factory)
