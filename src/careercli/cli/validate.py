"""`careers validate`."""

from typing import Annotated, Optional

import typer

from .options import Lang, command_app, ReportFormat, format_option

app = command_app()


@app.command(name="validate")
def validate(
    ctx: typer.Context,
    paths: Annotated[Optional[list[str]], typer.Argument(metavar="[PATH]...", show_default=False, help=(
        "Files or folders to check (default: the whole catalog)."))] = None,
    fmt: Annotated[ReportFormat, format_option()] = ReportFormat.rich,
    lang: Lang = None,
) -> int:
    """Check career profiles and report every problem as `file:line:column: field: message`.

    \b
    Examples:
      careers validate
      careers validate my-profiles/ draft.yaml
      careers validate --format json | jq '.data.problems'
    """
    from ..commands.validate import validate as run
    from ..render import emit

    runner = ctx.obj
    with runner.speaking(lang):
        return emit(runner, run(runner, paths or []), fmt.value)
