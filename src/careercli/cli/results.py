"""`careers results`: kept quizzes and compatibility tests."""

from typing import Annotated, Optional

import typer

from .options import Force, Lang, Like, ReportFile, TableFormat, command_app, format_option, targets

app = command_app(name="results", invoke_without_command=True)

Number = Annotated[int, typer.Argument(metavar="N", min=1, show_default=False,
                                       help="The number `careers results` shows.")]


@app.callback()
def results(ctx: typer.Context, fmt: Annotated[TableFormat, format_option()] = TableFormat.rich,
            lang: Lang = None) -> Optional[int]:
    """List the quizzes and compatibility tests kept on this computer (newest last).

    \b
    Examples:
      careers results
      careers results show 3 --report results.html
      careers results delete 3
    """
    if ctx.invoked_subcommand is not None:
        return None
    from ..commands.results import list_results
    from ..render import emit

    with ctx.obj.speaking(lang):
        code = emit(ctx.obj, list_results(ctx.obj), fmt.value)
    if code:
        ctx.exit(code)
    return code


@app.command("show")
def show(ctx: typer.Context, number: Number, fmt: Annotated[TableFormat, format_option()] = TableFormat.rich,
         report: ReportFile = None, force: Force = False, lang: Lang = None, like: Like = None) -> int:
    """Show a kept result again, in any format or as a report.

    \b
    Examples:
      careers results show 3
      careers results show 3 --format json
      careers results show 3 --report results.html
      careers results show 3 --like construire --like 14
    """
    from ..commands.results import show_result
    from ..render import emit

    files = targets(report=report, force=force)
    runner = ctx.obj
    with runner.speaking(lang):
        result = show_result(runner, number, tuple(like or ()))
    with runner.speaking(lang or getattr(result, "lang", None) or None):  # --lang, else the result's own
        code = emit(runner, result, fmt.value, files)
        from ..quiz.results import QuizResult

        if fmt.value == "rich" and not like and runner.env.interactive and isinstance(result, QuizResult):
            from ..commands.explore import explore

            explore(runner, result)  # the same menu as after the quiz
    return code


@app.command("delete")
def delete(ctx: typer.Context, number: Number, lang: Lang = None) -> int:
    """Delete a kept result.

    \b
    Example:
      careers results delete 3
    """
    from ..commands.results import delete_result
    from ..render import emit

    with ctx.obj.speaking(lang):
        return emit(ctx.obj, delete_result(ctx.obj, number), "rich")
