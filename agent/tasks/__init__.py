"""Scripted agent tasks: task files and templates (``taskfile``), batch runs with resume over
worker processes or Ray (``engines``)."""
