"""The root of `careers`: global options, the application context, the entry point."""

from __future__ import annotations

import sys
from typing import Annotated, Any, Optional

import typer

from .. import __version__
from .group import CareersGroup
from .options import DataDirs, Lang, install_completion, show_completion

COMPLETE_VARIABLE = "_CAREERS_COMPLETE"  # set by the completion scripts of --install-completion

app = typer.Typer(
    cls=CareersGroup,
    name="careers",
    no_args_is_help=True,
    rich_markup_mode=None,  # plain help: typer.rich_utils pulls in markdown-it (+80 ms)
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"careers {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    data_dir: DataDirs = None,
    lang: Lang = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Read every YAML file; skip the index cache.")] = False,
    color: Annotated[
        Optional[bool], typer.Option("--color/--no-color", help="Force colours on or off (default: auto, NO_COLOR).",
                                     show_default=False)
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
    install_completion: Annotated[bool, typer.Option(
        "--install-completion", callback=install_completion, is_eager=True, expose_value=False,
        help="Install completion of commands, options and careers for the current shell.")] = False,
    show_completion: Annotated[bool, typer.Option(
        "--show-completion", callback=show_completion, is_eager=True, expose_value=False,
        help="Show the completion script for the current shell, to copy or customise.")] = False,
) -> None:
    """Explore careers offline: profiles, an interest quiz, and tools for counsellors.

    \b
    Examples:
      careers show administrateur-de-production --lang en
      careers --data-dir ./my-profiles validate
    """
    from ..app import App, Environment
    from ..i18n import checked_language, current_language, language

    env = ctx.obj if isinstance(ctx.obj, Environment) else Environment.current()
    # the interface language was chosen before parsing (group.py): --lang, anywhere, else the environment
    with language(checked_language(lang, current_language())):  # the App keeps it as the run's
        ctx.obj = App(env, data_dirs=list(data_dir or []), use_cache=not no_cache, color=color,
                      lang_chosen=lang is not None)


def main(args: Optional[list[str]] = None, env: Any = None) -> None:
    """The `careers` command. `env` (an app.Environment) replaces the process's streams and variables."""
    from ..app import Environment
    from ..memory import short_run

    short_run()  # one command, then the process ends: see memory.py
    env = env or Environment.current()
    if COMPLETE_VARIABLE in env.variables:  # the shell asks for completions: teach click Typer's shells
        from typer.completion import completion_init

        completion_init()
    command = typer.main.get_command(app)
    try:
        command.main(args=args, prog_name="careers", obj=env)
    except BrokenPipeError:  # `careers list | head`: the reader left; say nothing more
        _silence_stdout()
        sys.exit(0)


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
