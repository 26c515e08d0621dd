"""The command line: parse arguments, call the core, hand results to the renderer.

Every command's docstring is its --help: an imperative first line, then an example.
"""

from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from . import __version__
from .errors import CareersError
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

            err().print(_("Error: {message}").format(message=error), markup=False, highlight=False, soft_wrap=True)
            raise typer.Exit(error.exit_code) from None


def new_app() -> typer.Typer:
    return typer.Typer(
        cls=CareersGroup,
        name="careers",
        no_args_is_help=True,
        rich_markup_mode=None,  # plain help: typer.rich_utils pulls in markdown-it (+80 ms)
        add_completion=False,
        pretty_exceptions_show_locals=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )


app = new_app()


class Settings:
    """Global options, built once in the root callback and handed to every command."""

    def __init__(self, data_dirs: Optional[list[Path]] = None, use_cache: bool = True):
        self.data_dirs = data_dirs or []
        self.use_cache = use_cache

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


FORMAT_OPTION = typer.Option("--format", "-f", help=_("Output format."))


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
    """A single report (fit, about)."""

    rich = "rich"
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

    set_language(interface_language())  # per run: a previous in-process run may have switched it
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
    fmt: Annotated[ShowFormat, FORMAT_OPTION] = ShowFormat.rich,
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

    run_show(_settings(ctx), job, sections=section or [], lang=lang, fmt=fmt.value, pager=pager, extra_dirs=data_dir)


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


AnswersFile = Annotated[
    Optional[str],
    typer.Option("--answers", metavar="FILE", help=_("Answers file: YAML, JSON or CSV, item id -> 1-5 ('-' reads stdin)."), show_default=False),
]


@app.command()
def quiz(
    ctx: typer.Context,
    bank: Annotated[Optional[str], typer.Option("--bank", metavar="ID", help=_("Item bank: riasec-short (default), riasec-48 or onet-ip-60."), show_default=False)] = None,
    answers: AnswersFile = None,
    answers_string: Annotated[Optional[str], typer.Option("--answers-string", metavar="DIGITS", help=_("One answer 1-5 per item in bank order; - or ? skips (O*NET style)."), show_default=False)] = None,
    scores: Annotated[Optional[str], typer.Option("--scores", metavar="R=..,I=..,A=..,S=..,E=..,C=..", help=_("Six RIASEC scores from any instrument, on any scale."), show_default=False)] = None,
    resume: Annotated[bool, typer.Option("--resume", help=_("Continue the quiz paused with Ctrl-C."))] = False,
    lang: Lang = None,
    top: Annotated[int, typer.Option("--top", metavar="N", min=1, help=_("How many careers to list."))] = 10,
    fmt: Annotated[TableFormat, FORMAT_OPTION] = TableFormat.rich,
    max_zone: Annotated[Optional[int], typer.Option("--max-zone", metavar="1-5", min=1, max=5, help=_("Leave out careers above this job zone (how long you will study)."), show_default=False)] = None,
    min_salary: Annotated[Optional[float], typer.Option("--min-salary", metavar="AMOUNT", min=0, help=_("Leave out careers paying less a month (gross); careers without salary data stay, marked."), show_default=False)] = None,
    detailed_only: Annotated[bool, typer.Option("--detailed-only", help=_("Only careers with a detailed (curated) profile."))] = False,
    data_dir: DataDirs = None,
) -> None:
    """Find careers that fit your interests: take the RIASEC quiz, or score your answers.

    \b
    Examples:
      careers quiz
      careers quiz --resume
      careers quiz --scores R=2,I=5,A=3,S=4,E=6,C=5 --format json
      careers quiz --bank onet-ip-60 --answers-string 3333... (60 digits)
      careers quiz --answers my-answers.yaml --max-zone 3 --top 20
    """
    from .commands.quiz import QuizOptions, run_quiz

    options = QuizOptions(bank=bank, answers=answers, answers_string=answers_string, scores=scores, resume=resume,
                          lang=lang, top=top, fmt=fmt.value, max_zone=max_zone, min_salary=min_salary,
                          detailed_only=detailed_only)
    run_quiz(_settings(ctx), options, extra_dirs=data_dir)


@app.command()
def fit(
    ctx: typer.Context,
    job: Annotated[str, typer.Argument(metavar="JOB", help=_("Career id, code (e.g. 13-2011.00) or exact title."), show_default=False)],
    answers: Annotated[Optional[str], typer.Option("--answers", metavar="FILE", help=_("Answers file: sa1..saN -> yes/rather yes/rather no/no, item ids -> 1-5."), show_default=False)] = None,
    lang: Lang = None,
    fmt: Annotated[ReportFormat, FORMAT_OPTION] = ReportFormat.rich,
    data_dir: DataDirs = None,
) -> None:
    """Test your compatibility with a career: its own questions plus a short interest check.

    \b
    Examples:
      careers fit administrateur-de-production
      careers fit administrateur-de-production --answers answers.yaml --format json
    """
    from .commands.fit import run_fit

    run_fit(_settings(ctx), job, answers=answers, lang=lang, fmt=fmt.value, extra_dirs=data_dir)



@app.command("list")
def list_careers(
    ctx: typer.Context,
    lang: Lang = None,
    fmt: Annotated[TableFormat, FORMAT_OPTION] = TableFormat.rich,
    data_dir: DataDirs = None,
) -> None:
    """List every career: id, title, Holland code, job zone and origin.

    \b
    Examples:
      careers list --lang fr
      careers list --format csv > careers.csv
      careers list --format json | jq '.data | length'
    """
    from .commands.listing import run_list

    run_list(_settings(ctx), lang=lang, fmt=fmt.value, extra_dirs=data_dir)


@app.command()
def about(
    ctx: typer.Context,
    fmt: Annotated[ReportFormat, FORMAT_OPTION] = ReportFormat.rich,
) -> None:
    """Show the data sources, their versions and licences, the required attributions and counts.

    \b
    Examples:
      careers about
      careers about --format json
    """
    from .commands.about import run_about

    run_about(_settings(ctx), fmt.value)


import_app = typer.Typer(
    help=_("Build catalog files from public reference data.") + "\n\n\b\n" + _("Example:")
    + "\n  careers import onet ../shared/data/onet --out data/careers/onet",
    no_args_is_help=True,
)
app.add_typer(import_app, name="import")


@import_app.command("onet")
def import_onet(
    onet_dir: Annotated[Path, typer.Argument(metavar="ONET_DIR", help=_("Folder of the O*NET database (text files and VERSION)."), show_default=False)],
    out: Annotated[Path, typer.Option("--out", metavar="FOLDER", help=_("Folder for the generated profiles (created if needed)."), show_default=False)],
    esco: Annotated[Optional[Path], typer.Option("--esco", metavar="ESCO_DIR", help=_("ESCO occupations_{en,fr,nl}.csv: French, Dutch and English titles."), show_default=False)] = None,
    crosswalks: Annotated[Optional[Path], typer.Option("--crosswalks", metavar="DIR", help=_("O*NET-SOC, SOC and ISCO-08 crosswalks: SOC and ISCO codes."), show_default=False)] = None,
    rome: Annotated[Optional[Path], typer.Option("--rome", metavar="DIR", help=_("ROME export (France Travail): writes the ROME reference table."), show_default=False)] = None,
    reference_out: Annotated[Optional[Path], typer.Option("--reference-out", metavar="FOLDER", help=_("Where the ROME table goes (default: the built-in data/reference)."), show_default=False)] = None,
    esco_descriptions: Annotated[Optional[Path], typer.Option("--esco-descriptions", metavar="DIR", help=_("ESCO occupations_fr.csv with descriptions (v1.1.2): French titles and descriptions of crosswalk matches."), show_default=False)] = None,
) -> None:
    """Import O*NET occupations as career profiles, with ESCO titles and ISCO-08 codes.

    \b
    Example:
      careers import onet ../shared/data/onet --esco ../shared/data/esco \\
        --esco-descriptions ../shared/data/esco/v1.1.2 --crosswalks ../shared/data/esco/crosswalks \\
        --rome ../shared/data/rome --out data/careers/onet
    """
    from .commands.importer import run_import_onet

    run_import_onet(onet_dir, out, esco=esco, crosswalks=crosswalks, rome=rome, reference_out=reference_out,
                    esco_descriptions=esco_descriptions)


@import_app.command("rome")
def import_rome(
    rome_dir: Annotated[Path, typer.Argument(metavar="ROME_DIR", help=_("Folder of the ROME 4.0 export (unix_*.csv files and version.txt)."), show_default=False)],
    out: Annotated[Path, typer.Option("--out", metavar="FOLDER", help=_("Folder for the generated profiles (created if needed)."), show_default=False)],
    crosswalks: Annotated[Optional[Path], typer.Option("--crosswalks", metavar="DIR", help=_("ESCO-ROME and ESCO-O*NET mappings: links with their match types."), show_default=False)] = None,
    onet: Annotated[Optional[Path], typer.Option("--onet", metavar="ONET_DIR", help=_("O*NET database: interest scores derived from the linked occupations."), show_default=False)] = None,
    catalog: Annotated[Optional[Path], typer.Option("--catalog", metavar="FOLDER", help=_("Catalog whose other profiles' ids are avoided (default: the parent of --out)."), show_default=False)] = None,
) -> None:
    """Import ROME 4.0 fiches as French career profiles, linked to O*NET and ESCO.

    \b
    Example:
      careers import rome ../shared/data/rome --crosswalks ../shared/data/esco/crosswalks \\
        --onet ../shared/data/onet --out data/careers/rome
    """
    from .commands.importer import run_import_rome

    run_import_rome(rome_dir, out, crosswalks=crosswalks, onet=onet, catalog=catalog)


@app.command()
def compare(
    ctx: typer.Context,
    jobs: Annotated[list[str], typer.Argument(metavar="JOB...", help=_("Two to six careers: ids, codes or exact titles."),
                                              show_default=False)],
    lang: Lang = None,
    fmt: Annotated[TableFormat, FORMAT_OPTION] = TableFormat.rich,
    data_dir: DataDirs = None,
) -> None:
    """Compare careers side by side: interests, study level, salary and key figures.

    \b
    Examples:
      careers compare administrateur-de-production producers-and-directors 13-2011.00
      careers compare "Comptable" "Budget Analysts" --format csv > comparison.csv
    """
    from .commands.compare import run_compare

    run_compare(_settings(ctx), jobs, lang=lang, fmt=fmt.value, extra_dirs=data_dir)


@app.command("class")
def classroom(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(metavar="FILE", help=_("CSV file, one row per person: item answers (R1..C8, IP01..IP60) or six scores R,I,A,S,E,C ('-' reads stdin)."), show_default=False)],
    bank: Annotated[Optional[str], typer.Option("--bank", metavar="ID", help=_("Item bank of the answer columns (default: detected from the column ids)."), show_default=False)] = None,
    lang: Lang = None,
    top: Annotated[int, typer.Option("--top", metavar="N", min=1, help=_("How many careers to list per person."))] = 5,
    fmt: Annotated[TableFormat, FORMAT_OPTION] = TableFormat.rich,
    max_zone: Annotated[Optional[int], typer.Option("--max-zone", metavar="1-5", min=1, max=5, help=_("Leave out careers above this job zone (how long you will study)."), show_default=False)] = None,
    min_salary: Annotated[Optional[float], typer.Option("--min-salary", metavar="AMOUNT", min=0, help=_("Leave out careers paying less a month (gross); careers without salary data stay, marked."), show_default=False)] = None,
    data_dir: DataDirs = None,
) -> None:
    """Score a whole class from one CSV file: each person's profile, Holland code and top careers.

    \b
    Examples:
      careers class answers.csv --top 3
      careers class scores.csv --format csv > results.csv
      careers class answers.csv --lang fr --max-zone 3 --format json
    """
    from .commands.classroom import ClassOptions, run_class

    options = ClassOptions(file=file, bank=bank, lang=lang, top=top, fmt=fmt.value, max_zone=max_zone,
                           min_salary=min_salary)
    raise typer.Exit(run_class(_settings(ctx), options, extra_dirs=data_dir))


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


GLOBAL_OPTIONS_WITH_VALUE = {"--data-dir"}


def invoked_command(args: list[str]) -> Optional[str]:
    """The command name in `args`, skipping global options; None for help or no command."""
    rest = iter(args)
    for arg in rest:
        if arg in GLOBAL_OPTIONS_WITH_VALUE:
            next(rest, None)
        elif arg in ("-h", "--help", "--version"):
            return None
        elif not arg.startswith("-"):
            return arg
    return None


def app_for(args: list[str]) -> typer.Typer:
    """An app holding only the invoked command.

    Typer turns every registered function into a click command on each run (signature
    and type inspection, ~2 ms a command); building just the one that runs keeps start-up
    flat as commands are added. Help, errors and unknown names get the full app.
    """
    name = invoked_command(args)
    command = next((c for c in app.registered_commands if _command_name(c) == name), None)
    group = next((g for g in app.registered_groups if g.name == name), None)
    if command is None and group is None:
        return app
    slim = new_app()
    slim.registered_callback = app.registered_callback
    slim.registered_commands = [command] if command else []
    slim.registered_groups = [group] if group else []
    return slim


def _command_name(info: Any) -> str:
    return info.name or info.callback.__name__.lower().replace("_", "-")


def main() -> None:
    import gc
    import sys

    # A run allocates many small objects and few cycles: collecting every 700 allocations
    # costs ~5% of a short command for nothing. Cycles are still collected, just rarely.
    gc.set_threshold(50_000, 20, 20)
    app_for(sys.argv[1:])(prog_name="careers")


__all__ = ["app", "main"]
