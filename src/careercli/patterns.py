"""Regular expressions compiled when first used, not when their module is imported.

Compiling a pattern costs from 20 µs to a millisecond (a character class over wide Unicode
ranges, like text.py's unsafe characters), and a command imports modules for a few of their
functions: compiled at import, the fifty-odd patterns of a `careers quiz` took about 5 ms of
its start-up, most of them never used in that run. `lazy(...)` takes the arguments of
`re.compile` and is used like its result (`.search`, `.sub` ...); the first method asked for
compiles the pattern, and each method is then the compiled pattern's own (no cost per call).
"""

from __future__ import annotations

import re
from typing import Any, cast


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        self._arguments = (pattern, flags)

    def __getattr__(self, name: str) -> Any:  # only for what is not set yet: the first use of each method
        value = getattr(re.compile(*self._arguments), name)  # re.compile keeps what it compiled
        setattr(self, name, value)
        return value


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled at its first use."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
