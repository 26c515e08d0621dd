"""`careers show`."""

from typing import Annotated, Optional

import typer

from ..i18n import Formatted
from ..profile.sections import SECTIONS
from .options import CatalogOption, command_app, DataDirs, format_option, Job, Lang, ShowFormat

app = command_app()


@app.command(name="show")
def show(
    ctx: typer.Context,
    job: Job,
    section: Annotated[
        Optional[list[str]],
        typer.Option("--section", "-s", metavar="NAME", show_default=False,
                     help=Formatted("Only this section (repeatable): {names}.", names=", ".join(SECTIONS))),
    ] = None,
    lang: Lang = None,
    fmt: Annotated[ShowFormat, format_option()] = ShowFormat.rich,
    pager: Annotated[bool, typer.Option("--pager/--no-pager", help="Page long output on a terminal.")] = True,
    catalog: CatalogOption = None,
    data_dir: DataDirs = None,
) -> int:
    """Show a complete career profile.

    \b
    Examples:
      careers show administrateur-de-production --lang en
      careers show 13-2011.00 --section salary --section figures
      careers show "Administratrice de production" --format json
    """
    from ..commands.show import show_profile
    from ..render import emit

    runner = ctx.obj
    with runner.speaking(lang):
        view = show_profile(runner, job, sections=section or [], pager=pager, extra_dirs=data_dir,
                            catalog_choice=catalog.value if catalog else None)
        return emit(runner, view, fmt.value)
