"""The two consoles: data goes to stdout, messages and errors to stderr."""

from __future__ import annotations

import os
import sys
from typing import Optional

from rich.console import Console

_consoles: dict[str, Console] = {}


def configure(color: Optional[bool] = None) -> None:
    """Build both consoles once, from --color/--no-color, NO_COLOR and whether they are terminals."""
    if color is None and os.environ.get("NO_COLOR"):
        color = False
    kwargs = {} if color is None else {"force_terminal": True} if color else {"no_color": True}
    _consoles["out"] = Console(highlight=False, **kwargs)  # type: ignore[arg-type]
    _consoles["err"] = Console(stderr=True, highlight=False, **kwargs)  # type: ignore[arg-type]


def out() -> Console:
    if "out" not in _consoles:
        configure()
    return _consoles["out"]


def err() -> Console:
    if "err" not in _consoles:
        configure()
    return _consoles["err"]


def write_data(text: str) -> None:
    """Plain data (JSON, CSV, Markdown) straight to stdout, untouched by Rich."""
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    sys.stdout.flush()
