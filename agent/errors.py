"""Deprecated location: the error types live in :mod:`tools.errors` (the tool contract's layer).

Kept so that ``from agent.errors import MMAgentError`` in existing code and plugins still works;
new code imports from ``tools.errors`` (or ``tools``).
"""

from tools.errors import *  # noqa: F403
from tools.errors import __all__  # noqa: F401
