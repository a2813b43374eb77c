"""The server's own settings (the agent's live in agent.config.Settings)."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from pathlib import Path

from tools.errors import UsageError


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass
class ServeConfig:
    """How the HTTP server listens and what it accepts.

    ``allowed_roots``: server folders a request may name as plain file paths (``image_url``
    with a path); empty by default, so a client can only send uploads.  ``max_body_bytes``
    bounds every request body (checked from Content-Length before reading, and while
    reading chunked bodies).  ``max_queue``: requests waiting behind the running one; more
    get 503 with Retry-After.
    """

    host: str = "127.0.0.1"
    port: int = 8765
    api_key: str | None = None
    allowed_roots: list[Path] = field(default_factory=list)
    max_body_bytes: int = 32 * 1024 * 1024
    max_queue: int = 8
    retry_after: int = 5
    cors_origins: list[str] = field(default_factory=list)
    model_name: str = "mmagent"
    warm_up: bool = True

    def check(self) -> None:
        """Refuse an exposed server without a key (one line naming the flag and the fix)."""
        if not is_loopback(self.host) and not self.api_key:
            raise UsageError(f"--host {self.host} exposes the server beyond this machine without a key",
                             "add --api-key KEY (or MMAGENT_API_KEY), or bind to 127.0.0.1")
        if self.max_queue < 0:
            raise UsageError("--max-queue must be 0 or more", "pass e.g. --max-queue 8")
        if self.max_body_bytes <= 0:
            raise UsageError("--max-body-mb must be positive", "pass e.g. --max-body-mb 32")
        self.allowed_roots = [Path(p).expanduser().resolve() for p in self.allowed_roots]
