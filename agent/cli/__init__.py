"""The command line (``run_agent.py`` / ``mmagent``): one module per subcommand, see ``agent.cli.main``."""

from agent.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
