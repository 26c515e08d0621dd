"""`careers list`."""

from __future__ import annotations

from typing import Annotated

import typer

from .options import (
    CatalogOption, command_app, DataDirs, format_option, Lang, PayIn, SortChoice, sort_option, TableFormat,
)

app = command_app()


@app.command(name="list")
def list_careers(
    ctx: typer.Context,
    lang: Lang = None,
    fmt: Annotated[TableFormat, format_option()] = TableFormat.rich,
    catalog: CatalogOption = None,
    data_dir: DataDirs = None,
    sort: Annotated[SortChoice, sort_option("title")] = SortChoice.title,
    pay_in: PayIn = None,
) -> int:
    """List every career: id, title, Holland code, job zone and origin (and pay and outlook).

    Sorting by pay or outlook, or --pay-in, adds the median pay and the projected change in jobs.

    \b
    Examples:
      careers list --lang fr
      careers list --format csv > careers.csv
      careers list --format json | jq '.data | length'
      careers list --sort pay --pay-in USD/year
    """
    from ..commands.listing import list_careers as run
    from ..render import emit

    runner = ctx.obj
    with runner.speaking(lang):
        return emit(runner, run(runner, extra_dirs=data_dir, catalog_choice=catalog.value if catalog else None,
                                sort=sort.value, pay_unit=pay_in), fmt.value)


command = typer.main.get_command(app)
