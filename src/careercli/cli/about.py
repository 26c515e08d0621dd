"""`careers about`."""

from typing import Annotated

import typer

from .options import Lang, command_app, ReportFormat, format_option

app = command_app()


@app.command(name="about")
def about(
    ctx: typer.Context,
    fmt: Annotated[ReportFormat, format_option()] = ReportFormat.rich,
    lang: Lang = None,
) -> int:
    """Show the data sources, their versions and licences, the required attributions and counts.

    \b
    Examples:
      careers about
      careers about --format json
    """
    from ..commands.about import about as run
    from ..render import emit

    runner = ctx.obj
    with runner.speaking(lang):
        return emit(runner, run(runner), fmt.value)
