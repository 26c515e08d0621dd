"""`careers fit`."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from ..i18n import _
from .options import CatalogOption, command_app, DataDirs, format_option, Job, Lang, ReportFormat

app = command_app()


@app.command(name="fit")
def fit(
    ctx: typer.Context,
    job: Job,
    answers: Annotated[Optional[str], typer.Option("--answers", metavar="FILE", show_default=False, help=_(
        "Answers file: sa1..saN -> yes/rather yes/rather no/no, item ids -> 1-5."))] = None,
    lang: Lang = None,
    fmt: Annotated[ReportFormat, format_option()] = ReportFormat.rich,
    catalog: CatalogOption = None,
    data_dir: DataDirs = None,
) -> int:
    """Test your compatibility with a career: its own questions plus a short interest check.

    \b
    Examples:
      careers fit administrateur-de-production
      careers fit administrateur-de-production --answers answers.yaml --format json
    """
    from ..commands.fit import fit as run
    from ..render import emit

    runner = ctx.obj
    with runner.speaking(lang):
        return emit(runner, run(runner, job, answers=answers, extra_dirs=data_dir,
                                    catalog_choice=catalog.value if catalog else None), fmt.value)


command = typer.main.get_command(app)
