"""OpenAI-compatible HTTP API and the web page (``run_agent.py serve``).

``create_app(agent, ServeConfig(...))`` returns a FastAPI app; ``agent/cli/serve.py`` runs it
with uvicorn.  The server is a thin adapter: requests become ``Agent.stream`` calls (or direct
calls of the Agent's speech tools) and the typed events become OpenAI-shaped responses.
"""

from agent.serve.http.config import ServeConfig

__all__ = ["ServeConfig"]
