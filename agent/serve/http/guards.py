"""ASGI guards in front of every endpoint: the API key and the body size limit.

Both are plain ASGI middleware, so they act before any endpoint reads the body: a
Content-Length over the limit is refused unread, and a chunked body is cut off the moment
it passes the limit.
"""

from __future__ import annotations

import hmac
import json
from typing import Any

from agent.serve.http.errors import error_body

Scope = dict[str, Any]


async def _send_error(send: Any, status: int, message: str, code: str, headers: list[tuple[bytes, bytes]] = ()) -> None:
    body = json.dumps(error_body(status, message, code=code)).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *headers]})
    await send({"type": "http.response.body", "body": body})


class BodyTooLarge(Exception):
    pass


class BodyLimit:
    """Refuse bodies over ``limit`` bytes with 413, before reading them where possible."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app = app
        self.limit = limit

    def _message(self, size: str) -> str:
        return (f"request body is {size}, over the server's limit of {self.limit} bytes "
                f"(fix: send a smaller file or start the server with a larger --max-body-mb)")

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            await _send_error(send, 413, self._message(f"{int(length)} bytes"), "body_too_large",
                              [(b"connection", b"close")])
            return
        seen = 0
        started = False

        async def limited_receive() -> Any:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge
            return msg

        async def tracking_send(msg: Any) -> None:
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await _send_error(send, 413, self._message(f"over {self.limit} bytes"), "body_too_large",
                                  [(b"connection", b"close")])


class ApiKey:
    """Require ``Authorization: Bearer <key>`` on /v1/*; the key is compared in constant time."""

    def __init__(self, app: Any, key: str | None) -> None:
        self.app = app
        self.key = key.encode() if key else None

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if self.key is None or scope["type"] != "http" or not scope["path"].startswith("/v1/") \
                or scope.get("method") == "OPTIONS":
            await self.app(scope, receive, send)
            return
        auth = dict(scope.get("headers") or []).get(b"authorization", b"")
        scheme, _, given = auth.partition(b" ")
        ok = scheme.lower() == b"bearer" and hmac.compare_digest(given.strip(), self.key)
        if not ok:
            what = "missing" if not auth else "wrong"
            await _send_error(send, 401, f"Authorization header: API key {what} (fix: send "
                              "'Authorization: Bearer <the key given to serve --api-key>')", "invalid_api_key",
                              [(b"www-authenticate", b"Bearer")])
            return
        await self.app(scope, receive, send)
