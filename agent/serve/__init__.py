"""Adapters that speak other protocols (OpenAI-shaped HTTP, Wyoming, MCP).

Each adapter is thin: it turns its input into ``Agent.stream(...)`` calls and the typed events
back into its own protocol.  No adapter re-implements routing, tool running or composition.
"""
