"""The command line: parse arguments, call the core, hand results to the renderer.

Every command's docstring is its --help: an imperative first line, then an example.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from . import __version__
from .errors import CareersError, EXIT_ERROR
from .i18n import _, interface_language, set_language
from .render.sections import SECTIONS

SECTION_NAMES = list(SECTIONS)

set_language(interface_language())


class CareersGroup(typer.core.TyperGroup):
    """Turns every expected failure (CareersError) into one line on stderr and its exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except CareersError as error:
            from .console import err

            err().print(_("Error: {message}").format(message=error), markup=False, highlight=False)
            raise typer.Exit(error.exit_code) from None


app = typer.Typer(
    cls=CareersGroup,
    name="careers",
    no_args_is_help=True,
    rich_markup_mode=None,  # plain help: typer.rich_utils pulls in markdown-it (+80 ms)
    add_completion=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@dataclass
class Settings:
    """Global options, built once in the root callback and handed to every command."""

    data_dirs: list[Path] = field(default_factory=list)
    use_cache: bool = True

    def catalog(self, extra_dirs: Optional[list[Path]] = None) -> Any:
        from .catalog import data_dirs, load_catalog

        return load_catalog(data_dirs([*self.data_dirs, *(extra_dirs or [])]), use_cache=self.use_cache)


DataDirs = Annotated[
    Optional[list[Path]],
    typer.Option("--data-dir", metavar="DIR", help=_("Extra folder of profiles (repeatable); overrides by id."), show_default=False),
]
Lang = Annotated[
    Optional[str],
    typer.Option("--lang", metavar="LANG", help=_("Language of the text: fr, en or nl (default: your interface language)."), show_default=False),
]


class ShowFormat(str, Enum):
    rich = "rich"
    markdown = "markdown"
    json = "json"


def _settings(ctx: typer.Context) -> Settings:
    return ctx.ensure_object(Settings)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"careers {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    data_dir: DataDirs = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help=_("Read every YAML file; skip the index cache."))] = False,
    color: Annotated[
        Optional[bool], typer.Option("--color/--no-color", help=_("Force colours on or off (default: auto, NO_COLOR)."), show_default=False)
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help=_("Show the version and exit."))
    ] = False,
) -> None:
    """Explore careers offline: profiles, an interest quiz, and tools for counsellors.

    \b
    Examples:
      careers show administrateur-de-production --lang en
      careers --data-dir ./my-profiles validate
    """
    from .console import configure

    configure(color)
    ctx.obj = Settings(data_dirs=list(data_dir or []), use_cache=not no_cache)


@app.command()
def show(
    ctx: typer.Context,
    job: Annotated[str, typer.Argument(metavar="JOB", help=_("Career id, code (e.g. 13-2011.00) or exact title."), show_default=False)],
    section: Annotated[
        Optional[list[str]], typer.Option("--section", "-s", metavar="NAME", help=_("Only this section (repeatable): {names}.").format(names=", ".join(SECTION_NAMES)), show_default=False)
    ] = None,
    lang: Lang = None,
    fmt: Annotated[ShowFormat, typer.Option("--format", "-f", help=_("Output format."))] = ShowFormat.rich,
    pager: Annotated[bool, typer.Option("--pager/--no-pager", help=_("Page long output on a terminal."))] = True,
    data_dir: DataDirs = None,
) -> None:
    """Show a complete career profile.

    \b
    Examples:
      careers show administrateur-de-production --lang en
      careers show 13-2011.00 --section salary --section figures
      careers show "Administratrice de production" --format json
    """
    from .commands.show import run_show

    run_show(_settings(ctx), job, sections=section or [], lang=lang or interface_language(), fmt=fmt.value, pager=pager, extra_dirs=data_dir)


@app.command()
def validate(
    ctx: typer.Context,
    paths: Annotated[
        Optional[list[Path]], typer.Argument(metavar="[PATH]...", help=_("Files or folders to check (default: the whole catalog)."), show_default=False)
    ] = None,
) -> None:
    """Check career profiles and report every problem as file:line:column: field: message.

    \b
    Examples:
      careers validate
      careers validate my-profiles/ draft.yaml
    """
    from .commands.validate import run_validate

    raise typer.Exit(run_validate(_settings(ctx), paths or []))


@app.command()
def schema() -> None:
    """Print the JSON Schema of a career profile, for editors that validate YAML as you type.

    \b
    Example:
      careers schema > career.schema.json
    """
    from .commands.schema import run_schema

    run_schema()


cache_app = typer.Typer(
    help=_("Manage the index cache.") + "\n\n\b\n" + _("Examples:") + "\n  careers cache clear\n  careers cache path",
    no_args_is_help=True,
)
app.add_typer(cache_app, name="cache")


@cache_app.command("clear")
def cache_clear() -> None:
    """Delete the index cache; the next command rebuilds it from the YAML files.

    \b
    Example:
      careers cache clear
    """
    from .cache import cache_dir, clear_cache
    from .console import err

    removed = clear_cache()
    err().print(_("Removed {count} cache files from {folder}").format(count=removed, folder=cache_dir()),
                markup=False, highlight=False)


@cache_app.command("path")
def cache_path() -> None:
    """Print the folder of the index cache.

    \b
    Example:
      careers cache path
    """
    from .cache import cache_dir

    typer.echo(str(cache_dir()))


def main() -> None:
    app(prog_name="careers")


__all__ = ["app", "main", "EXIT_ERROR"]
