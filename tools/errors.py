"""Typed user-facing errors.  Each carries a one-line message, a fix hint and an exit code."""

from __future__ import annotations

__all__ = [
    "ConfigError", "InputFileError", "MMAgentError", "MissingDependencyError", "ModelNotInstalledError",
    "PlanError", "UsageError",
]


class MMAgentError(Exception):
    """Base class for errors shown to the user as one line: ``error: <message> (fix: <fix>)``."""

    exit_code = 1

    def __init__(self, message: str, fix: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.fix = fix

    def one_line(self) -> str:
        return f"{self.message} (fix: {self.fix})" if self.fix else self.message


class UsageError(MMAgentError):
    exit_code = 2


class InputFileError(MMAgentError):
    """A file the user gave is missing, unreadable, empty, corrupt or of the wrong kind."""

    exit_code = 3


class ModelNotInstalledError(MMAgentError):
    exit_code = 4


class MissingDependencyError(MMAgentError):
    """An optional engine is not installed; the fix names the extra."""

    exit_code = 4

    def __init__(self, package: str, extra: str, what: str = "") -> None:
        what = what or package
        super().__init__(
            f"{what} needs the Python package '{package}', which is not installed",
            f"pip install 'mmagent[{extra}]'",
        )
        self.package = package
        self.extra = extra


class ConfigError(MMAgentError):
    exit_code = 2


class PlanError(MMAgentError):
    exit_code = 5
