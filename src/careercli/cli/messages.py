"""Every help text of the command line, for `tools/i18n.py extract`: the root and each lazily
loaded command walked with translate.help_messages. Kept apart from translate.py, which the
group itself uses, so that nothing the command line runs imports the whole of it."""

from __future__ import annotations

import typer

from .group import COMMANDS, command
from .root import app
from .translate import help_messages


def command_line_messages() -> list[tuple[str, str, bool]]:
    """The help texts of the whole command line (every command module is imported)."""
    found = list(help_messages(typer.main.get_command(app), "src/careercli/cli/root.py"))
    for module in dict.fromkeys(COMMANDS.values()):
        found += help_messages(command(module), f"src/careercli/cli/{module}.py")
    return found
