"""`careers list`."""

from typing import Annotated, Any, Optional

import typer

from .options import (
    CatalogOption, command_app, complete_criterion, complete_sector, complete_source, complete_study_level,
    DataDirs, format_option, Lang, Pager, PayIn, SortChoice, sort_option, TableFormat,
)

app = command_app()

Riasec = Annotated[Optional[str], typer.Option("--riasec", metavar="CODE", show_default=False, help=(
    "Careers whose Holland code starts with these letters, e.g. EC (ROME fiches: also France Travail's own "
    "letters)."))]
RiasecAny = Annotated[bool, typer.Option("--riasec-any", help=(
    "With --riasec: its letters in any order (EC also finds CE...)."))]
JobZone = Annotated[Optional[int], typer.Option("--job-zone", metavar="1-5", show_default=False, help=(
    "Careers of this O*NET job zone (1: little or no preparation ... 5: extensive preparation)."))]
StudyLevel = Annotated[Optional[str], typer.Option(
    "--study-level", metavar="LEVEL", show_default=False, autocompletion=complete_study_level, help=(
        "Careers of this study level, as an O*NET job zone: none (1), secondary (CESS, 2), vocational "
        "(vocational training after secondary school, 3), bachelor (4), master or doctorate (5). A ROME "
        "fiche's job zone is derived from the O*NET occupations it links to; careers without one are left out "
        "(counted on stderr)."))]
Criterion = Annotated[Optional[list[str]], typer.Option(
    "--criterion", metavar="TAG", show_default=False, autocompletion=complete_criterion, help=(
        "Careers with this criteria tag, in any language, case and accents aside; else a tag holding these "
        "words (repeatable: all of them). See careers criteria."))]
Sector = Annotated[Optional[str], typer.Option(
    "--sector", metavar="TEXT", show_default=False, autocompletion=complete_sector, help=(
        "Careers of this activity sector or sub-sector (ROME), as --criterion matches."))]
Source = Annotated[Optional[list[str]], typer.Option(
    "--source", metavar="onet|rome|curated", show_default=False, autocompletion=complete_source, help=(
        "Careers of this origin (repeatable); without --catalog, from every catalog."))]


@app.command(name="list")
def list_careers(
    ctx: typer.Context,
    riasec: Riasec = None,
    riasec_any: RiasecAny = False,
    job_zone: JobZone = None,
    study_level: StudyLevel = None,
    criterion: Criterion = None,
    sector: Sector = None,
    source: Source = None,
    lang: Lang = None,
    fmt: Annotated[TableFormat, format_option()] = TableFormat.rich,
    catalog: CatalogOption = None,
    data_dir: DataDirs = None,
    pager: Pager = True,
    sort: Annotated[SortChoice, sort_option("title")] = SortChoice.by_title,
    pay_in: PayIn = None,
) -> int:
    """List careers: id, title, Holland code, job zone and origin, sorted by title; filters combine.

    Sorting by pay or outlook, or --pay-in, adds the median pay and the projected change in jobs.

    \b
    Examples:
      careers list --lang fr --criterion "j'ai le sens du contact"
      careers list --riasec SA --study-level bachelor
      careers list --format csv > careers.csv
      careers list | grep -i nurse | cut -f1
      careers list --sort pay --pay-in USD/year
    """
    from ..commands.listing import list_careers as run
    from ..render import emit

    runner = ctx.obj
    with runner.speaking(lang):
        filters = list_filters(riasec=riasec, riasec_any=riasec_any, job_zone=job_zone, study_level=study_level,
                               criterion=criterion, sector=sector, source=source)
        result = run(runner, extra_dirs=data_dir, catalog_choice=catalog.value if catalog else None, filters=filters,
                     pager=pager, sort=sort.value, pay_unit=pay_in)
        return emit(runner, result, fmt.value)


def list_filters(**options: Any) -> Any:
    """The filters of `careers list` from its options (checked by the command)."""
    from ..explore.browse import Filters

    return Filters(riasec=options["riasec"], riasec_any=options["riasec_any"], job_zone=options["job_zone"],
                   study_level=options["study_level"], criteria=list(options["criterion"] or []),
                   sector=options["sector"], sources=list(options["source"] or []))
