"""The live server the HTTP API tests use (see agent/serve/http/background.py)."""

from agent.serve.http.background import LiveServer

__all__ = ["LiveServer"]
