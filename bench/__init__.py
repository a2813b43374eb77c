"""Benchmarks for mmagent (run as ``python -m bench.<name>`` from the repository root)."""
