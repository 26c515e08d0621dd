"""`careers search`."""

from typing import Annotated

import typer

from .options import CatalogOption, command_app, DataDirs, format_option, Lang, TableFormat

app = command_app()


@app.command(name="search")
def search(
    ctx: typer.Context,
    query: Annotated[list[str], typer.Argument(metavar="WORDS...", show_default=False, help=(
        "What to look for: a job name in any language, a code, a word of its description."))],
    limit: Annotated[int, typer.Option("--limit", "-n", "--top", metavar="N", min=1, help="How many careers to list.")] = 10,
    lang: Lang = None,
    fmt: Annotated[TableFormat, format_option()] = TableFormat.rich,
    catalog: CatalogOption = None,
    data_dir: DataDirs = None,
) -> int:
    """Find careers by name, code or words of their description; typos and accents do not matter.

    \b
    Examples:
      careers search infirmière --lang fr
      careers search "software developer" --limit 5
      careers search acountant --format json | jq '.data.results[0].id'
    """
    from ..commands.search import search as run
    from ..render import emit

    runner = ctx.obj
    with runner.speaking(lang):
        return emit(runner, run(runner, " ".join(query), limit=limit, extra_dirs=data_dir,
                                    catalog_choice=catalog.value if catalog else None), fmt.value)
