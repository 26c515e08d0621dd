"""`careers moves`."""

from typing import Annotated

import typer

from .options import CatalogOption, DataDirs, Force, Job, Lang, ReportFile, TableFormat, command_app, format_option, targets

app = command_app()


@app.command(name="moves")
def moves(
    ctx: typer.Context,
    job: Job,
    limit: Annotated[int, typer.Option("--limit", "-n", "--top", metavar="N", min=1, help=("How many moves to list."))] = 15,
    lang: Lang = None,
    fmt: Annotated[TableFormat, format_option()] = TableFormat.rich,
    report: ReportFile = None,
    force: Force = False,
    catalog: CatalogOption = None,
    data_dir: DataDirs = None,
) -> int:
    """List the careers one can move to from a job, with what carries over and what to learn.

    First the moves its reference lists (ROME mobility in France Travail's order, O*NET related
    occupations), then the careers that share most of its competences. Each says which
    competences carry over, which to add (O*NET: the skills whose level rises most, with both
    levels), and the change in study level and pay where both are known.

    \b
    Examples:
      careers moves aide-soignant --lang fr
      careers moves registered-nurses --limit 5
      careers moves aide-soignant --lang fr --report moves.html
      careers moves 31-1131.00 --format json | jq '.data.moves[].id'
    """
    from ..commands.moves import moves as run
    from ..render import emit

    files = targets(report=report, force=force)
    runner = ctx.obj
    with runner.speaking(lang):
        return emit(runner, run(runner, job, limit=limit, extra_dirs=data_dir,
                                catalog_choice=catalog.value if catalog else None), fmt.value, files)
