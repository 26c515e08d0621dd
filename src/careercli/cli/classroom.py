"""`careers class`."""

from typing import Annotated, Optional

import typer

from .options import (
    CatalogOption, CsvDialect, DataDirs, Force, Lang, Like, MaxZone, MinSalary, ReportFile, TableFormat, Values, command_app,
    format_option, targets,
)

app = command_app()


@app.command(name="class")
def classroom(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(metavar="FILE", show_default=False, help=(
        "CSV file, one row per person: item answers (R1..C8, IP01..IP60) or six scores R,I,A,S,E,C ('-' reads stdin)."))],
    bank: Annotated[Optional[str], typer.Option("--bank", metavar="ID", show_default=False, help=(
        "Item bank of the answer columns (default: detected from the column ids)."))] = None,
    lang: Lang = None,
    top: Annotated[int, typer.Option("--top", "--limit", metavar="N", min=1, help="How many careers to list per person.")] = 5,
    fmt: Annotated[TableFormat, format_option()] = TableFormat.rich,
    max_zone: MaxZone = None,
    min_salary: MinSalary = None,
    like: Like = None,
    values: Values = None,
    out: Annotated[Optional[str], typer.Option("--out", "-o", metavar="FILE", show_default=False, help=(
        "Write the results to FILE instead of stdout (atomically); FILE.csv, .json or .md sets --format."))] = None,
    strict: Annotated[bool, typer.Option("--strict", help=(
        "Stop at the first row that cannot be scored, and write nothing."))] = False,
    id_columns: Annotated[Optional[str], typer.Option("--id-columns", metavar="A,B", show_default=False, help=(
        "The columns that say who each person is (first name, class ...), carried to the output "
        "(default: every column that is neither an answer nor a score)."))] = None,
    csv_dialect: Annotated[CsvDialect, typer.Option("--csv-dialect", help=(
        "CSV for a French Excel (semicolons, decimal commas, BOM, French headers) or plain CSV; "
        "auto: French in French."))] = CsvDialect.auto,
    report: ReportFile = None,
    report_dir: Annotated[Optional[str], typer.Option("--report-dir", metavar="DIR", show_default=False, help=(
        "Also write one report per person into DIR, in the format of --report (default HTML)."))] = None,
    force: Force = False,
    catalog: CatalogOption = None,
    data_dir: DataDirs = None,
) -> int:
    """Score a whole class from one CSV file: each person's profile, Holland code and top careers.

    \b
    Examples:
      careers class answers.csv --top 3
      careers class answers.csv --out results.csv --report class.html
      careers class scores.csv --format csv > results.csv
      careers class answers.csv --lang fr --max-zone 3 --format json
      careers class answers.csv --strict --report-dir pages/
      careers class answers.csv --like construire  # for everyone whose like column is empty
      careers class answers.csv --values independence,achievement  # for those the file gives no values
    """
    from ..commands.classroom import ClassOptions, score_class
    from ..render import emit
    from ..render.files import out_format

    files = targets(out=out, report=report, pages=report_dir, force=force)
    if _default(ctx, "fmt") and out_format(out):
        fmt = TableFormat(out_format(out))
    options = ClassOptions(file=file, bank=bank, top=top, max_zone=max_zone, min_salary=min_salary, strict=strict,
                           like=tuple(like or ()), values=values, catalog=catalog.value if catalog else None,
                           id_columns=id_columns.split(",") if id_columns is not None else None,
                           csv_dialect=csv_dialect.value)
    runner = ctx.obj
    runner.format = "rich" if out else fmt.value  # with --out, stdout stays empty: errors are one line on stderr
    with runner.speaking(lang):
        return emit(runner, score_class(runner, options, extra_dirs=data_dir), fmt.value, files)


def _default(ctx: typer.Context, name: str) -> bool:
    source = ctx.get_parameter_source(name)
    return source is None or source.name == "DEFAULT"
