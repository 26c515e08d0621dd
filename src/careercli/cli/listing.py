"""`careers list`."""

from __future__ import annotations

from typing import Annotated

import typer

from .options import CatalogOption, command_app, DataDirs, format_option, Lang, TableFormat

app = command_app()


@app.command(name="list")
def list_careers(
    ctx: typer.Context,
    lang: Lang = None,
    fmt: Annotated[TableFormat, format_option()] = TableFormat.rich,
    catalog: CatalogOption = None,
    data_dir: DataDirs = None,
) -> int:
    """List every career: id, title, Holland code, job zone and origin.

    \b
    Examples:
      careers list --lang fr
      careers list --format csv > careers.csv
      careers list --format json | jq '.data | length'
    """
    from ..commands.listing import list_careers as run
    from ..render import emit

    runner = ctx.obj
    with runner.speaking(lang):
        return emit(runner, run(runner, extra_dirs=data_dir, catalog_choice=catalog.value if catalog else None), fmt.value)


command = typer.main.get_command(app)
