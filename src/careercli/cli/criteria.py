"""`careers criteria`."""

from typing import Annotated, Optional

import typer

from .options import CatalogOption, command_app, DataDirs, format_option, Lang, Pager, TableFormat

app = command_app()


def complete_kind(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    from ..facts.tags import KINDS, kind_label

    return [(kind, kind_label(kind)) for kind in KINDS if kind.startswith(incomplete)]


Kind = Annotated[Optional[list[str]], typer.Option(
    "--kind", metavar="KIND", show_default=False, autocompletion=complete_kind, help=(
        "Only tags of this kind (repeatable): criterion, interest, sector, subsector, theme, work_value, "
        "work_style or job_zone."))]


@app.command(name="criteria")
def criteria(
    ctx: typer.Context,
    kind: Kind = None,
    lang: Lang = None,
    fmt: Annotated[TableFormat, format_option()] = TableFormat.rich,
    catalog: CatalogOption = None,
    data_dir: DataDirs = None,
    pager: Pager = True,
) -> int:
    """List every criteria tag with how many careers have it, by kind, each kind saying how it is derived.

    The kinds: criteria written by a profile's author; from ROME 4.0, interest centres, activity
    sectors and sub-sectors, themes (in French only); from O*NET, work values (its high points),
    work styles (the five most important, ties kept) and job zone. A tag is what `careers list
    --criterion` (and `--sector`) takes, in any language.

    \b
    Examples:
      careers criteria --lang fr
      careers criteria --kind work_value --kind work_style --lang en
      careers criteria --format json | jq '.data.kinds[].kind'
    """
    from ..commands.criteria import list_criteria
    from ..render import emit

    runner = ctx.obj
    with runner.speaking(lang):
        result = list_criteria(runner, extra_dirs=data_dir, catalog_choice=catalog.value if catalog else None,
                               kinds=kind, pager=pager)
        return emit(runner, result, fmt.value)
