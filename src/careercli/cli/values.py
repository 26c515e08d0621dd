"""`careers values`."""

from typing import Annotated

import typer

from .options import CatalogOption, DataDirs, Lang, ReportFormat, Values, command_app, format_option

app = command_app()


@app.command(name="values")
def values(
    ctx: typer.Context,
    order: Values = None,
    top: Annotated[int, typer.Option("--top", "--limit", metavar="N", min=1, help="How many careers to list.")] = 10,
    fmt: Annotated[ReportFormat, format_option()] = ReportFormat.rich,
    lang: Lang = None,
    catalog: CatalogOption = None,
    data_dir: DataDirs = None,
) -> int:
    """Say what matters to you at work: order six work values, see the careers that offer them.

    The order is what careers quiz --values takes, to weigh it with your interests.

    \b
    Examples:
      careers values
      careers values --values independence,achievement,recognition
      careers values --values relations,soutien --lang fr --format json
    """
    from ..commands.values import values as run
    from ..render import emit

    runner = ctx.obj
    with runner.speaking(lang):
        result = run(runner, order, top, catalog.value if catalog else None, extra_dirs=data_dir)
        return emit(runner, result, fmt.value)
