"""`careers import`: build catalog folders from public reference data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from .options import command_app

from ..i18n import _

app = command_app(
    name="import",
    help=_("Build catalog files from public reference data.") + "\n\n\b\n" + _("Example:")
    + "\n  careers import onet ../shared/data/onet --out data/careers/onet",
    no_args_is_help=True,
)


@app.callback()
def imports() -> None:
    """A group of import commands, even while it holds a single one."""


@app.command("onet")
def import_onet(
    ctx: typer.Context,
    onet_dir: Annotated[Path, typer.Argument(metavar="ONET_DIR", show_default=False, help=_(
        "Folder of the O*NET database (text files and VERSION)."))],
    out: Annotated[Path, typer.Option("--out", metavar="FOLDER", show_default=False, help=_(
        "Folder for the generated profiles (created if needed)."))],
    esco: Annotated[Optional[Path], typer.Option("--esco", metavar="ESCO_DIR", show_default=False, help=_(
        "ESCO occupations_{en,fr,nl}.csv: French, Dutch and English titles."))] = None,
    crosswalks: Annotated[Optional[Path], typer.Option("--crosswalks", metavar="DIR", show_default=False, help=_(
        "O*NET-SOC, SOC and ISCO-08 crosswalks: SOC and ISCO codes."))] = None,
    rome: Annotated[Optional[Path], typer.Option("--rome", metavar="DIR", show_default=False, help=_(
        "ROME export (France Travail): writes the ROME reference table."))] = None,
    reference_out: Annotated[Optional[Path], typer.Option("--reference-out", metavar="FOLDER", show_default=False, help=_(
        "Where the ROME table goes (default: the built-in data/reference)."))] = None,
) -> int:
    """Import O*NET occupations as career profiles, with ESCO titles and ISCO-08 codes.

    \b
    Example:
      careers import onet ../shared/data/onet --esco ../shared/data/esco \\
        --crosswalks ../shared/data/esco/crosswalks --rome ../shared/data/rome --out data/careers/onet
    """
    from ..commands.importer import import_onet as run
    from ..render import emit

    report = run(onet_dir, out, esco=esco, crosswalks=crosswalks, rome=rome, reference_out=reference_out)
    return emit(ctx.obj, report, "rich")


command = typer.main.get_command(app)
