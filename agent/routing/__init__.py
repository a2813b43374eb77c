"""Routing: a request (plus attachments and history) -> a validated Plan.

``fastpath`` decides unambiguous shapes in milliseconds, ``learned`` decides the plan shape from
labelled examples, ``chooser`` asks the LLM for the tool names only (arguments from the request),
``router`` runs the layers and the grammar-constrained LLM planner, ``validate`` checks and repairs plans before anything runs.
This package never imports the voice loop, tasks, servers or the CLI.
"""

from agent.routing.router import Router, RouteResult

__all__ = ["RouteResult", "Router"]
