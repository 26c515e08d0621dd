"""`careers path`."""

from typing import Annotated

import typer

from .options import (
    CatalogOption, DataDirs, Force, Lang, ReportFile, TableFormat, command_app, complete_career, format_option,
    targets,
)

app = command_app()


@app.command(name="path")
def path(
    ctx: typer.Context,
    start: Annotated[str, typer.Argument(metavar="FROM", show_default=False, autocompletion=complete_career, help=(
        "The career one has: id, code or title, in any language."))],
    goal: Annotated[str, typer.Argument(metavar="TO", show_default=False, autocompletion=complete_career, help=(
        "The career to reach: id, code or title, in any language."))],
    count: Annotated[int, typer.Option("--paths", metavar="N", min=1, max=10, help=(
        "How many paths to show at most, when several are good."))] = 3,
    lang: Lang = None,
    fmt: Annotated[TableFormat, format_option()] = TableFormat.rich,
    report: ReportFile = None,
    force: Force = False,
    catalog: CatalogOption = None,
    data_dir: DataDirs = None,
) -> int:
    """Find the shortest chains of moves from one career to another, and what each step asks to learn.

    Chains of at most 4 moves over the links of `careers moves`, the cheapest first: a step costs
    what it asks to learn. When no chain reaches the goal, the careers nearest to it that can be
    reached are listed.

    \b
    Examples:
      careers path aide-soignant infirmier-en-soins-generaux-ide --lang fr
      careers path nursing-assistants registered-nurses
      careers path aide-soignant infirmier-en-soins-generaux-ide --lang fr --report path.md
    """
    from ..commands.moves import path as run
    from ..render import emit

    files = targets(report=report, force=force)
    runner = ctx.obj
    with runner.speaking(lang):
        return emit(runner, run(runner, start, goal, count=count, extra_dirs=data_dir,
                                catalog_choice=catalog.value if catalog else None), fmt.value, files)
