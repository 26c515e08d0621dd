"""`careers fit`."""

from typing import Annotated, Optional

import typer

from .options import (
    CatalogOption, DataDirs, Force, Lang, ReportFile, ReportFormat, command_app, complete_career, format_option, targets,
)

app = command_app()


@app.command(name="fit")
def fit(
    ctx: typer.Context,
    job: Annotated[Optional[str], typer.Argument(metavar="[JOB]", show_default=False, autocompletion=complete_career,
                                                 help=("Career id, code (e.g. 13-2011.00) or title, in any language "
                                                        "(not needed with --resume)."))] = None,
    answers: Annotated[Optional[str], typer.Option("--answers", metavar="FILE", show_default=False, help=(
        "Answers file: sa1..saN -> yes/rather yes/rather no/no, item ids -> 1-5."))] = None,
    lang: Lang = None,
    fmt: Annotated[ReportFormat, format_option()] = ReportFormat.rich,
    resume: Annotated[bool, typer.Option("--resume", help="Continue the test paused with Ctrl-C.")] = False,
    report: ReportFile = None,
    force: Force = False,
    catalog: CatalogOption = None,
    data_dir: DataDirs = None,
) -> int:
    """Test your compatibility with a career: its own questions plus a short interest check.

    \b
    Examples:
      careers fit administrateur-de-production
      careers fit administrateur-de-production --answers answers.yaml --format json
      careers fit administrateur-de-production --report fit.html
      careers fit --resume
    """
    from ..commands.fit import fit as run
    from ..render import emit

    files = targets(report=report, force=force)
    runner = ctx.obj
    with runner.speaking(lang):
        result = run(runner, job, answers=answers, resume=resume, extra_dirs=data_dir,
                     catalog_choice=catalog.value if catalog else None)
    with runner.speaking(result.lang):  # a resumed test is shown in the language it was started in
        return emit(runner, result, fmt.value, files)
