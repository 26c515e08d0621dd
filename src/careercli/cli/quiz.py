"""`careers quiz`."""

from typing import Annotated, Optional

import typer

from .options import (
    CatalogOption, DataDirs, Force, Lang, Like, MaxZone, MinSalary, PayIn, ReportFile, SortChoice, TableFormat, Values,
    command_app, format_option, sort_option, targets,
)

app = command_app()


@app.command(name="quiz")
def quiz(
    ctx: typer.Context,
    bank: Annotated[Optional[str], typer.Option("--bank", metavar="ID", show_default=False,
                                                help="Item bank: riasec-short (default), riasec-48 or onet-ip-60.")] = None,
    answers: Annotated[Optional[str], typer.Option("--answers", metavar="FILE", show_default=False, help=(
        "Answers file: YAML, JSON or CSV, item id -> 1-5 ('-' reads stdin)."))] = None,
    answers_string: Annotated[Optional[str], typer.Option("--answers-string", metavar="DIGITS", show_default=False, help=(
        "One answer 1-5 per item in bank order; - or ? skips (O*NET style)."))] = None,
    scores: Annotated[Optional[str], typer.Option("--scores", metavar="R=..,I=..,A=..,S=..,E=..,C=..", show_default=False,
                                                  help="Six RIASEC scores from any instrument, on any scale.")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Continue the quiz paused with Ctrl-C.")] = False,
    lang: Lang = None,
    top: Annotated[int, typer.Option("--top", "--limit", metavar="N", min=1, help="How many careers to list.")] = 10,
    fmt: Annotated[TableFormat, format_option()] = TableFormat.rich,
    max_zone: MaxZone = None,
    min_salary: MinSalary = None,
    detailed_only: Annotated[bool, typer.Option("--detailed-only", help=(
        "Only careers with a detailed (curated) profile."))] = False,
    like: Like = None,
    values: Values = None,
    sort: Annotated[SortChoice, sort_option("match")] = SortChoice.match,
    pay_in: PayIn = None,
    report: ReportFile = None,
    force: Force = False,
    catalog: CatalogOption = None,
    data_dir: DataDirs = None,
) -> int:
    """Find careers that fit your interests: take the RIASEC quiz, or score your answers.

    \b
    Examples:
      careers quiz
      careers quiz --resume
      careers quiz --scores R=2,I=5,A=3,S=4,E=6,C=5 --format json
      careers quiz --bank onet-ip-60 --answers-string 3333...  # 60 digits, one per item
      careers quiz --answers my-answers.yaml --max-zone 3 --top 20
      careers quiz --scores R=2,I=5,A=3,S=4,E=6,C=5 --min-salary 40000USD/year --sort pay
      careers quiz --scores R=7,I=3,A=3,S=2,E=2,C=4 --like construire --like 14
      careers quiz --scores R=2,I=3,A=4,S=7,E=3,C=2 --values relationships,support,achievement
      careers quiz --report my-results.html
    """
    from ..commands.quiz import QuizOptions
    from ..commands.quiz import quiz as run
    from ..render import emit

    options = QuizOptions(bank=bank, answers=answers, answers_string=answers_string, scores=scores, resume=resume,
                          top=top, max_zone=max_zone, min_salary=min_salary, detailed_only=detailed_only,
                          like=tuple(like or ()), values=values, catalog=catalog.value if catalog else None, sort=sort.value, pay_in=pay_in)
    files = targets(report=report, force=force)
    runner = ctx.obj
    with runner.speaking(lang):
        result = run(runner, options, extra_dirs=data_dir)
    with runner.speaking(result.lang):  # a resumed quiz is shown in the language it was started in
        code = emit(runner, result, fmt.value, files)
        if options.interactive and fmt.value == "rich" and runner.env.interactive:
            from ..commands.explore import explore

            explore(runner, result, data_dir)
    return code
