"""Options shared by several commands, declared once (names are a contract: scripts use them)."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, Optional

import typer

from ..i18n import _


class ShowFormat(str, Enum):
    rich = "rich"
    markdown = "markdown"
    json = "json"


class TableFormat(str, Enum):
    """Results with one row per career or person (list, quiz, compare, class)."""

    rich = "rich"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class ReportFormat(str, Enum):
    """A single report (fit, about, validate)."""

    rich = "rich"
    json = "json"


def command_app(**settings: Any) -> typer.Typer:
    """A Typer application for one command module, configured like the root (plain, fast help)."""
    return typer.Typer(add_completion=False, rich_markup_mode=None,
                       context_settings={"help_option_names": ["-h", "--help"]}, **settings)


def remember_format(ctx: typer.Context, _param: Any, value: Any) -> Any:
    """Errors follow the output format: with --format json, even a failure is an envelope on
    stdout. Eager, so it is known before the other arguments are checked."""
    from ..app import App

    name = value.value if isinstance(value, Enum) else value
    app = ctx.find_object(App)
    if app is not None and name is not None:
        app.format = str(name)
        app.command = " ".join(ctx.command_path.split()[1:])  # 'show', 'import onet': the envelope's name
    return name  # Typer turns the name into the enum member afterwards (str() of a member is not its name)


def format_option() -> Any:
    return typer.Option("--format", "-f", help=_("Output format."), callback=remember_format, is_eager=True)


DataDirs = Annotated[
    Optional[list[str]],
    typer.Option("--data-dir", metavar="DIR", help=_("Extra folder of profiles (repeatable); overrides by id."),
                  show_default=False),
]
Lang = Annotated[
    Optional[str],
    typer.Option("--lang", metavar="LANG", help=_("Language of the text: fr, en or nl (default: your interface language)."),
                 show_default=False),
]
Job = Annotated[
    str,
    typer.Argument(metavar="JOB", help=_("Career id, code (e.g. 13-2011.00) or exact title."), show_default=False),
]
MaxZone = Annotated[
    Optional[int],
    typer.Option("--max-zone", metavar="1-5", min=1, max=5,
                 help=_("Leave out careers above this job zone (how long you will study)."), show_default=False),
]
MinSalary = Annotated[
    Optional[float],
    typer.Option("--min-salary", metavar="AMOUNT", min=0,
                 help=_("Leave out careers paying less a month (gross); careers without salary data stay, marked."),
                 show_default=False),
]
ReportFile = Annotated[
    Optional[str],
    typer.Option("--report", metavar="FILE", show_default=False, help=_(
        "Also write a report to hand out or keep: FILE.html (prints on A4), FILE.md or FILE.svg.")),
]
Force = Annotated[bool, typer.Option("--force", help=_("Replace files that already exist."))]


def targets(out: Optional[str] = None, report: Optional[str] = None, pages: Optional[str] = None,
            force: bool = False) -> Any:
    """The files a command writes besides stdout, checked before any work is done."""
    if not (out or report or pages):
        return None
    from ..render.files import Targets

    chosen = Targets(out=out, report=report, pages=pages, force=force)
    chosen.check()
    return chosen
