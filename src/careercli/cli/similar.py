"""`careers similar`."""

from typing import Annotated

import typer

from .options import CatalogOption, command_app, DataDirs, format_option, Job, Lang, TableFormat

app = command_app()


@app.command(name="similar")
def similar(
    ctx: typer.Context,
    job: Job,
    limit: Annotated[int, typer.Option("--limit", "-n", "--top", metavar="N", min=1, help=("How many careers to list."))] = 15,
    lang: Lang = None,
    fmt: Annotated[TableFormat, format_option()] = TableFormat.rich,
    catalog: CatalogOption = None,
    data_dir: DataDirs = None,
) -> int:
    """List careers similar to one: its own lists first, then the nearest by interests.

    First the profile's curated similar careers, then its source's links (O*NET related
    occupations, ROME mobility, crosswalk matches), then the careers nearest by interest
    profile within one job zone; each says why. For a change of career, `careers moves` says
    what carries over and what to learn.

    \b
    Examples:
      careers similar registered-nurses
      careers similar comptable --lang fr --limit 5
      careers similar 15-1252.00 --format json | jq '.data.results[].id'
    """
    from ..commands.similar import similar as run
    from ..render import emit

    runner = ctx.obj
    with runner.speaking(lang):
        return emit(runner, run(runner, job, limit=limit, extra_dirs=data_dir,
                                catalog_choice=catalog.value if catalog else None), fmt.value)
