"""`careers compare`."""

from typing import Annotated, Optional

import typer

from .options import (
    CatalogOption, command_app, complete_career, DataDirs, format_option, Lang, PayIn, SortChoice, sort_option,
    TableFormat,
)

app = command_app()


@app.command(name="compare")
def compare(
    ctx: typer.Context,
    jobs: Annotated[list[str], typer.Argument(metavar="JOB...", help="Two to six careers: ids, codes or titles.",
                                              show_default=False, autocompletion=complete_career)],
    lang: Lang = None,
    fmt: Annotated[TableFormat, format_option()] = TableFormat.rich,
    catalog: CatalogOption = None,
    data_dir: DataDirs = None,
    sort: Annotated[Optional[SortChoice], sort_option("as given")] = None,
    pay_in: PayIn = None,
) -> int:
    """Compare careers side by side: interests, study level, salary, pay, outlook and key figures.

    \b
    Examples:
      careers compare administrateur-de-production producers-and-directors 13-2011.00
      careers compare "Comptable" "Budget Analysts" --format csv > comparison.csv
      careers compare 15-1252.00 15-1211.00 15-2051.00 --sort pay
    """
    from ..commands.compare import compare as run
    from ..render import emit

    runner = ctx.obj
    with runner.speaking(lang):
        return emit(runner, run(runner, jobs, extra_dirs=data_dir, catalog_choice=catalog.value if catalog else None,
                                sort=sort.value if sort else None, pay_unit=pay_in), fmt.value)
