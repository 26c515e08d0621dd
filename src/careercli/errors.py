"""Expected failures, raised by the core and turned into one line and an exit code by the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class CareersError(Exception):
    """A failure the user can fix; shown as `Error: message`, never as a traceback."""

    exit_code = EXIT_ERROR


class NotFoundError(CareersError):
    """No career matches what the user asked for."""


class UsageError(CareersError):
    exit_code = EXIT_USAGE


class Problem:
    """One thing wrong in one file, located as precisely as we can (line and column 1-based)."""

    __slots__ = ("path", "message", "field", "line", "column")

    def __init__(self, path: Path, message: str, field: str = "", line: Optional[int] = None,
                 column: Optional[int] = None):
        self.path, self.message, self.field, self.line, self.column = path, message, field, line, column

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Problem) and all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    def __repr__(self) -> str:
        return f"Problem({str(self)!r})"

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


class ProfileError(CareersError):
    """A profile file that cannot be used; carries every problem found in it."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(str(problems[0]) if problems else "invalid profile")
