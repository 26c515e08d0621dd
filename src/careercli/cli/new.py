"""`careers new`."""

from typing import Annotated, Optional

import typer

from .options import Force, Lang, command_app

app = command_app()


@app.command(name="new")
def new(
    ctx: typer.Context,
    career_id: Annotated[str, typer.Argument(metavar="ID", show_default=False, help=(
        "The id of the new career: lowercase letters, digits and dashes (the file is ID.yaml)."))],
    out: Annotated[Optional[str], typer.Option("--out", "-o", metavar="FILE", show_default=False, help=(
        "Where to write it (default: ID.yaml in this folder; the name must be ID.yaml)."))] = None,
    force: Force = False,
    lang: Lang = None,
) -> int:
    """Write a commented profile template with every section, to fill in and check with `careers validate`.

    \b
    Examples:
      careers new ebeniste
      careers new ebeniste --out my-careers/ebeniste.yaml
      careers validate my-careers/ebeniste.yaml
    """
    from ..commands.new import new_profile
    from ..render import emit

    with ctx.obj.speaking(lang):
        return emit(ctx.obj, new_profile(career_id, out, force), "rich")
