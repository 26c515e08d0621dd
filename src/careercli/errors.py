"""Expected failures, raised by the core and turned into one line and an exit code by the CLI.

Exit codes (the README documents them; scripts rely on them):

    0    success
    1    an error the user can fix: a file that cannot be read, a profile that does not validate,
         rows of a class file that could not be scored
    2    usage: a wrong option, argument or combination of them
    3    ambiguous: several careers match what was asked; the candidates are listed
    4    not found: nothing matches what was asked (a career, an item bank, a saved quiz)
    130  interrupted (Ctrl-C); an interactive quiz is saved first
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Optional


class ExitCode(IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    AMBIGUOUS = 3
    NOT_FOUND = 4
    INTERRUPTED = 130


class CareersError(Exception):
    """A failure the user can fix; shown as `Error: message`, never as a traceback."""

    exit_code: ExitCode = ExitCode.ERROR
    is_error = True  # False: a normal stop, said without "Error:"


class Interrupted(CareersError):
    """The user pressed Ctrl-C; what was answered is saved and the message says how to go on."""

    exit_code = ExitCode.INTERRUPTED
    is_error = False


class NotFoundError(CareersError):
    """Nothing matches what the user asked for; `data` may hold suggestions for scripts."""

    exit_code = ExitCode.NOT_FOUND

    def __init__(self, message: str, data: object = None):
        super().__init__(message)
        self.data = data


class UsageError(CareersError):
    exit_code = ExitCode.USAGE


class AmbiguousError(CareersError):
    """Several careers match what the user asked for; `data` lists them for scripts."""

    exit_code = ExitCode.AMBIGUOUS

    def __init__(self, message: str, data: object = None):
        super().__init__(message)
        self.data = data


class Problem:
    """One thing wrong in one file, located as precisely as we can (line and column 1-based)."""

    __slots__ = ("path", "message", "field", "line", "column")

    def __init__(self, path: Path, message: str, field: str = "", line: Optional[int] = None,
                 column: Optional[int] = None):
        self.path, self.message, self.field, self.line, self.column = path, message, field, line, column

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Problem) and all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    def __hash__(self) -> int:
        return hash(str(self))

    def __repr__(self) -> str:
        return f"Problem({str(self)!r})"

    def to_dict(self) -> dict[str, object]:
        """path, line, column, field and message (what `careers validate --format json` gives)."""
        return {"path": str(self.path), "line": self.line, "column": self.column, "field": self.field,
                "message": self.message}

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


class ProfileError(CareersError):
    """A profile file that cannot be used; carries every problem found in it."""

    def __init__(self, problems: list[Problem], titles: tuple[str, ...] = ()):
        self.problems = problems
        self.titles = titles  # titles the file gives, when it could be parsed: a lookup can still name it
        super().__init__(str(problems[0]) if problems else "invalid profile")
