#!/usr/bin/env python3
"""mmagent command line (same as the ``mmagent`` console script)."""

import sys

from agent.cli import main

if __name__ == "__main__":
    sys.exit(main())
