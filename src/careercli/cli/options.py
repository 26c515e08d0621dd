"""Options shared by several commands, declared once (names are a contract: scripts use them)."""

import math
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from ..i18n import _

if TYPE_CHECKING:
    from ..facts.pay import Threshold, Unit


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


class CatalogChoice(str, Enum):
    """Which reference catalog to work on (with the curated profiles and your own folders)."""

    rome = "rome"
    onet = "onet"
    all = "all"


class CsvDialect(str, Enum):
    """The CSV of `careers class`: for a French Excel, plain, or by the language (auto)."""

    auto = "auto"
    french = "french"
    plain = "plain"


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
    return typer.Option("--format", "-f", help="Output format.", callback=remember_format, is_eager=True)


DataDirs = Annotated[
    Optional[list[str]],
    typer.Option("--data-dir", metavar="DIR", help="Extra folder of profiles (repeatable); overrides by id.",
                  show_default=False),
]
Lang = Annotated[
    Optional[str],
    typer.Option("--lang", metavar="LANG", show_default=False, help=(
        "Language of the messages and the text: fr, en or nl (default: CAREERS_LANG, else your locale).")),
]
CatalogOption = Annotated[
    Optional[CatalogChoice],
    typer.Option("--catalog", metavar="rome|onet|all", show_default=False, help=(
        "Which reference catalog: rome (French fiches), onet (U.S. occupations) or all (default: rome in "
        "French, onet otherwise); curated profiles and your folders are always in.")),
]
MaxZone = Annotated[
    Optional[int],
    typer.Option("--max-zone", metavar="1-5", min=1, max=5,
                 help="Leave out careers above this job zone (how long you will study).", show_default=False),
]
def finite_amount(value: Optional[float]) -> Optional[float]:
    """`nan` and `inf` pass click's range check (a comparison with nan is never true): refuse them."""
    if value is not None and not math.isfinite(value):
        raise typer.BadParameter(_("'{value}' is not an amount; give a number such as 2500").format(value=value))
    return value


def pay_threshold(value: Optional[str]) -> Any:
    """`--min-salary`: the pay grammar of `careercli.facts.pay` (a bare amount: EUR a month, gross)."""
    if value is None:
        return None
    from ..facts.pay import PayThresholdError, check_amount, parse_threshold

    try:
        return check_amount(parse_threshold(value))
    except PayThresholdError as error:
        raise typer.BadParameter(str(error)) from None


def pay_unit(value: Optional[str]) -> Any:
    """`--pay-in`: a currency and a period, e.g. USD/year."""
    if value is None:
        return None
    from ..facts.pay import PayThresholdError, parse_unit

    try:
        return parse_unit(value)
    except PayThresholdError as error:
        raise typer.BadParameter(str(error)) from None


Like = Annotated[
    Optional[list[str]],
    typer.Option("--like", metavar="TEXT", show_default=False, help=(
        "An interest centre you like (repeatable, up to 5): its number in careers criteria --kind interest, or "
        "words of its label in French or English (construire, animals). Raises the careers that have it.")),
]
Values = Annotated[
    Optional[str],
    typer.Option("--values", metavar="ORDER", show_default=False, help=(
        "What matters most to you at work, most important first, comma-separated, in English or French: "
        "achievement, conditions, recognition, relationships, support, independence (the first few are enough). "
        "Raises the careers that rate high on your first values.")),
]
if TYPE_CHECKING:  # what a command gets: Typer reads a str, which the option's callback parses
    MinSalary = Optional[Threshold]
    PayIn = Optional[Unit]
else:
    MinSalary = Annotated[
        Optional[str],
        typer.Option("--min-salary", metavar="PAY", callback=pay_threshold, show_default=False, help=(
            "Leave out careers paid less, written as you would: 2500 or '2 500 €' (EUR a month, gross), '1800 net', "
            "30k (a year), '$60,000/yr', 25USD/hour. Never converted between currencies, net never compared with "
            "gross: careers without a figure in that currency and basis stay, marked.")),
    ]
    PayIn = Annotated[
        Optional[str],
        typer.Option("--pay-in", metavar="CUR/PERIOD", callback=pay_unit, show_default=False, help=(
            "Show and sort pay in this currency and period, e.g. USD/year, EUR/month (default: that of --min-salary, "
            "else EUR/month in French and USD/year otherwise). Careers without a figure in it come last.")),
    ]


class SortChoice(str, Enum):
    """How a list of careers is ordered."""

    pay = "pay"
    outlook = "outlook"
    by_title = "title"  # not `title`: a member so named would hide str.title
    match = "match"


def sort_option(default: str) -> Any:
    return typer.Option("--sort", metavar="pay|outlook|title|match", show_default=False, help=(
        "Order by median pay (highest first, see --pay-in), outlook (largest projected change in jobs first), "
        "title or match; careers without the figure come last (default: {default}).").format(default=default))


Pager = Annotated[bool, typer.Option("--pager/--no-pager", help=("Page long output on a terminal."))]


def _completion_catalog(ctx: typer.Context) -> tuple[Any, str]:
    """The catalog a completion reads (built-in, CAREERS_PATH, --data-dir) and the interface language."""
    from ..app import Environment
    from ..catalog.cache import CacheStore
    from ..catalog.merged import open_catalog

    env = Environment(stdin=None, stdout=None, stderr=None, variables=__import__("os").environ)  # type: ignore[arg-type]
    root = ctx.find_root().params
    folders = [*env.search_path(), *(Path(p) for p in root.get("data_dir") or [])]
    catalog = open_catalog([f.resolve() for f in folders if f.exists()], cache=CacheStore(env.cache_dir()))
    return catalog, env.interface_language


def complete_career(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Shell completion of JOB: the ids that start with what was typed, and one-word titles in any
    language (what was typed, completed: case and accents do not matter to the lookup). Titles are
    shown as help where the shell can (zsh, fish). Reads the catalog's index, never a profile."""
    from ..text import fold, localize, translations

    try:
        catalog, lang = _completion_catalog(ctx)
        entries = catalog.entries
    except Exception:  # noqa: BLE001 - completion must never print a traceback into the shell
        return []
    typed = fold(incomplete)
    found: dict[str, str] = {}
    for entry in entries.values():
        shown = localize(entry.title, lang) or ""
        if entry.id.startswith(incomplete):
            found[entry.id] = shown
        for title in (*translations(entry.title), *translations(entry.title_feminine)):
            folded = fold(title)
            if folded.startswith(typed) and " " not in folded and typed:  # a shell splits words at spaces
                found.setdefault(incomplete + folded[len(typed):], shown)
    return sorted(found.items())[:200]


def show_completion(ctx: typer.Context, _param: Any, value: bool) -> None:
    """--show-completion: the completion script for the current shell (Typer's, loaded only now)."""
    if value and not ctx.resilient_parsing:
        from typer.completion import show_callback

        show_callback(ctx, _param, value)


def install_completion(ctx: typer.Context, _param: Any, value: bool) -> None:
    """--install-completion: install the completion script for the current shell."""
    if value and not ctx.resilient_parsing:
        from typer.completion import install_callback

        install_callback(ctx, _param, value)


Job = Annotated[
    str,
    typer.Argument(metavar="JOB", help="Career id, code (e.g. 13-2011.00) or title, in any language.",
                   show_default=False, autocompletion=complete_career),
]


ReportFile = Annotated[
    Optional[str],
    typer.Option("--report", metavar="FILE", show_default=False, help=(
        "Also write a report to hand out or keep: FILE.html (prints on A4), FILE.md or FILE.svg.")),
]
Force = Annotated[bool, typer.Option("--force", help="Replace files that already exist.")]


def targets(out: Optional[str] = None, report: Optional[str] = None, pages: Optional[str] = None,
            force: bool = False) -> Any:
    """The files a command writes besides stdout, checked before any work is done."""
    if not (out or report or pages):
        return None
    from ..render.files import Targets

    chosen = Targets(out=out, report=report, pages=pages, force=force)
    chosen.check()
    return chosen


def complete_study_level(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """--study-level: its names, each with the job zone it stands for."""
    from ..explore.browse import STUDY_LEVELS

    return [(name, _("job zone {zone}").format(zone=zone)) for name, zone in STUDY_LEVELS.items()
            if name.startswith(incomplete.lower())]


def complete_source(ctx: typer.Context, incomplete: str) -> list[str]:
    from ..explore.browse import ORIGINS

    return [origin for origin in ORIGINS if origin.startswith(incomplete.lower())]


def complete_criterion(ctx: typer.Context, incomplete: str) -> list[str]:
    """--criterion: the one-word tags (in any language) that start with what was typed (a shell
    splits words at spaces; a longer tag is found by any of its words)."""
    return _complete_tags(ctx, incomplete, None)


def complete_sector(ctx: typer.Context, incomplete: str) -> list[str]:
    return _complete_tags(ctx, incomplete, ("sector", "subsector"))


def _complete_tags(ctx: typer.Context, incomplete: str, kinds: Optional[tuple[str, ...]]) -> list[str]:
    from ..text import fold, translations

    try:
        catalog, _lang = _completion_catalog(ctx)
        tags = catalog.tags()
    except Exception:  # noqa: BLE001 - completion must never print a traceback into the shell
        return []
    typed = fold(incomplete)
    words = {text for career_tags in tags.values() for tag in career_tags if kinds is None or tag.kind in kinds
             for text in translations(tag.text) if " " not in text and fold(text).startswith(typed)}
    # as written when it starts with what was typed, else what was typed, completed (shells keep
    # only what starts with it; case and accents do not matter to the match)
    return sorted({w if w.startswith(incomplete) else incomplete + fold(w)[len(typed):] for w in words})[:200]
