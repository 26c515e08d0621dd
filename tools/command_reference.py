"""The README's command reference, generated from the commands' own --help (run by cog).

    cog -r README.md          # regenerate after changing a command
    cog --check README.md     # what tests/test_readme.py runs: fails when README and --help drift

Help is taken in English, 100 columns wide, so the text is the same on every machine.
"""

from __future__ import annotations

import os
from typing import Any, Iterator

WIDTH = "100"


def command_paths() -> Iterator[list[str]]:
    """Every command, depth first, in the order `careers --help` lists them."""
    import typer

    from careercli.cli import app

    def walk(command: Any, path: list[str]) -> Iterator[list[str]]:
        yield path
        if hasattr(command, "list_commands"):
            context = typer.Context(command)
            for name in command.list_commands(context):
                yield from walk(command.get_command(context, name), [*path, name])

    yield from walk(typer.main.get_command(app), [])


def help_text(path: list[str]) -> str:
    from typer.testing import CliRunner

    from careercli.cli import app
    from careercli.i18n import set_interface_language

    set_interface_language("en")
    variables = {"COLUMNS": WIDTH, "CAREERS_LANG": "en", "NO_COLOR": "1", "TERM": "dumb"}
    saved = {name: os.environ.get(name) for name in variables}
    os.environ.update(variables)  # help text is laid out when the command is first built
    try:
        result = CliRunner().invoke(app, [*path, "--help"], env=variables, catch_exceptions=False)
    finally:
        for name, value in saved.items():
            os.environ.pop(name, None) if value is None else os.environ.__setitem__(name, value)
    return result.stdout.rstrip()


def markdown() -> str:
    sections = []
    for path in command_paths():
        title = " ".join(["careers", *path])
        sections.append(f"### `{title}`\n\n```text\n{help_text(path)}\n```")
    return "\n\n".join(sections)


def generate(cog: Any) -> None:
    cog.outl(markdown())
