"""Long output through the user's pager ($PAGER, else `less -R`), like git and man do."""

from __future__ import annotations

import subprocess
from typing import Mapping

COMMAND_NOT_FOUND = 127


def page(text: str, variables: Mapping[str, str], encoding: str = "utf-8") -> bool:
    """Show `text` in the pager; False when no pager could run (the caller prints it instead)."""
    command = variables.get("PAGER", "less")
    if not command.strip():
        return False
    environment = {**variables}
    environment.setdefault("LESS", "-R")  # keep colours
    try:
        process = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=environment,  # noqa: S602 - the user's own $PAGER
                                   encoding=encoding, errors="replace")
        process.communicate(text)
    except (OSError, ValueError):
        return False
    except KeyboardInterrupt:
        process.kill()
        return True
    return process.returncode != COMMAND_NOT_FOUND
