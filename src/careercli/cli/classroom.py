"""`careers class`."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from ..i18n import _
from .options import CatalogOption, command_app, DataDirs, format_option, Lang, MaxZone, MinSalary, TableFormat

app = command_app()


@app.command(name="class")
def classroom(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(metavar="FILE", show_default=False, help=_(
        "CSV file, one row per person: item answers (R1..C8, IP01..IP60) or six scores R,I,A,S,E,C ('-' reads stdin)."))],
    bank: Annotated[Optional[str], typer.Option("--bank", metavar="ID", show_default=False, help=_(
        "Item bank of the answer columns (default: detected from the column ids)."))] = None,
    lang: Lang = None,
    top: Annotated[int, typer.Option("--top", metavar="N", min=1, help=_("How many careers to list per person."))] = 5,
    fmt: Annotated[TableFormat, format_option()] = TableFormat.rich,
    max_zone: MaxZone = None,
    min_salary: MinSalary = None,
    catalog: CatalogOption = None,
    data_dir: DataDirs = None,
) -> int:
    """Score a whole class from one CSV file: each person's profile, Holland code and top careers.

    \b
    Examples:
      careers class answers.csv --top 3
      careers class scores.csv --format csv > results.csv
      careers class answers.csv --lang fr --max-zone 3 --format json
    """
    from ..commands.classroom import ClassOptions, score_class
    from ..render import emit

    options = ClassOptions(file=file, bank=bank, top=top, max_zone=max_zone, min_salary=min_salary,
                           catalog=catalog.value if catalog else None)
    runner = ctx.obj
    with runner.speaking(lang):
        return emit(runner, score_class(runner, options, extra_dirs=data_dir), fmt.value)


command = typer.main.get_command(app)
