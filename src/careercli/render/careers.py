"""`careers list`: one row per career, as a table (plain rows when piped), JSON, CSV or Markdown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..i18n import _
from ..profile.schema import RIASEC_TYPES
from .cells import JOIN_COLUMNS, codes_cell, codes_csv, codes_data, csv_text, marked_title, md_cell, plain_line

if TYPE_CHECKING:
    from rich.console import RenderableType

    from ..views import CareerList, CareerRow
    from .output import Output

COLUMNS = ("id", "title", "code", "job_zone", "origin")  # the JSON/CSV contract; riasec follows (then pay), then codes


def _warn_unreadable(careers: "CareerList", output: "Output") -> None:
    """Notes about careers left out, then files that could not be read: on stderr, in every format."""
    for note in careers.notes:
        output.message(note)
    if careers.unreadable:
        output.message(_("{count} profile files could not be read; run `careers validate` for details").format(
            count=careers.unreadable))
    _warn_pay(careers, output)


def _warn_pay(careers: "CareerList", output: "Output") -> None:
    """With pay shown: the overlays that could not be used, and how many careers have no figure."""
    from ..facts.pay import unit_text

    for problem in careers.pay_problems:
        output.message(_("Pay figures not used: {problem}").format(problem=problem))
    if careers.pay_unit is not None and careers.without_pay:
        message = _("Careers without a pay figure in {unit} (marked 'no figure'): {n}")
        if careers.sort == "pay":
            message = _("Careers without a pay figure in {unit}, listed last (marked 'no figure'): {n}")
        output.message(message.format(unit=unit_text(careers.pay_unit), n=careers.without_pay), style="dim")


def row_data(row: "CareerRow", with_pay: bool = False) -> dict[str, Any]:
    data = {"id": row.id, "title": row.title, "code": row.code, "job_zone": row.job_zone, "origin": row.origin,
            "riasec": row.riasec}
    return {**data, **(pay_values(row) if with_pay else {}), **codes_data(row)}


def pay_values(row: "CareerRow") -> dict[str, Any]:
    """`pay` (in the list's unit) and `outlook`: the keys a list with pay adds to each career."""
    from .pay_cells import outlook_data, pay_data

    return {"pay": pay_data(row.pay), "outlook": outlook_data(row.outlook)}


def emit_json(careers: "CareerList", output: "Output") -> None:
    _warn_unreadable(careers, output)
    shown = careers.pay_unit is not None
    output.write_json("list", [row_data(row, shown) for row in careers.rows])


def as_csv(careers: "CareerList") -> str:
    """Header row, then one line per career; RIASEC scores as six columns R..C (then pay and outlook
    when shown: pay_cells.PAY_CSV)."""
    from .pay_cells import PAY_CSV, csv_values

    shown = careers.pay_unit is not None
    return csv_text([*COLUMNS, *RIASEC_TYPES, *(PAY_CSV if shown else ()), *JOIN_COLUMNS], (
        [getattr(row, c) for c in COLUMNS] + ([row.riasec[t] for t in RIASEC_TYPES] if row.riasec else [None] * 6)
        + (csv_values(row.pay, row.outlook) if shown else []) + codes_csv(row)
        for row in careers.rows))


def emit_csv(careers: "CareerList", output: "Output") -> None:
    _warn_unreadable(careers, output)
    output.write_data(as_csv(careers))


def as_markdown(careers: "CareerList") -> str:
    headers = [_("Id"), _("Title"), _("Code"), _("Job zone"), _("Origin")] + pay_headers(careers) + [_("Codes")]
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    for row in careers.rows:
        cells = [shown_cell(careers, row, c) for c in COLUMNS] + pay_cells(careers, row) + [codes_cell(row)]
        lines.append("| " + " | ".join(md_cell(cell) for cell in cells) + " |")
    notes = pay_footnotes(careers)
    return "\n".join(lines) + "\n" + ("\n" + "\n\n".join(md_cell(n) for n in notes) + "\n" if notes else "")


def pay_headers(careers: "CareerList", compact: bool = False) -> list[str]:
    """The pay and outlook columns, when the list shows them."""
    from .pay_cells import outlook_header, pay_header

    if careers.pay_unit is None:
        return []
    return [pay_header(careers.pay_unit, compact), outlook_header((row.outlook for row in careers.rows), compact)]


def pay_cells(careers: "CareerList", row: "CareerRow") -> list[str]:
    """A row's pay (or 'no figure') and outlook, when the list shows them."""
    from .pay_cells import outlook_cell, pay_cell

    if careers.pay_unit is None:
        return []
    return [pay_cell(row.pay), outlook_cell(row.outlook)]


def pay_footnotes(careers: "CareerList") -> list[str]:
    """Where the figures shown come from (what the marks mean)."""
    from .pay_cells import footnotes

    if careers.pay_unit is None:
        return []
    return footnotes((row.pay for row in careers.rows), (row.outlook for row in careers.rows))


def emit_markdown(careers: "CareerList", output: "Output") -> None:
    _warn_unreadable(careers, output)
    output.write_data(as_markdown(careers))


MIN_TITLE_WIDTH = 24  # below this, the table gives way to one career per two lines
COLUMN_GAP = 2  # Rich's padding between two columns


def plain_rows(careers: "CareerList") -> str:
    """One line per career, columns separated by tabs, nothing after the last: for `grep`, `cut -f1`
    (then the pay and outlook cells, when shown)."""
    return "".join("\t".join([*(shown_cell(careers, row, c) for c in COLUMNS), *pay_cells(careers, row)]) + "\n"
                   for row in careers.rows)


def emit_rich(careers: "CareerList", output: "Output") -> None:
    """A table at a terminal (through the pager when longer than the screen); plain rows otherwise.
    Ids are never cut: when the longest does not fit beside a readable title, each career takes
    two lines, its id alone on the first."""
    if careers.rows and not output.stdout_is_terminal:
        output.write_data(plain_rows(careers))
        for note in pay_footnotes(careers):  # stdout keeps one line per career
            output.message(note, style="dim")
    elif careers.rows:
        from rich.text import Text

        console = output.out
        renderable = _table(careers) if _table_fits(careers, console.width) else _stacked(careers)
        with console.capture() as captured:
            console.print(renderable, crop=False)
            for note in pay_footnotes(careers):
                console.print(Text(note, style="dim"), overflow="fold")
        text = captured.get()
        if not (careers.pager and text.count("\n") >= console.height and output.page(text)):
            console.file.write(text)
            console.file.flush()
    else:
        output.message(_("No career matches these filters."))
    _warn_unreadable(careers, output)


def shown_cell(careers: "CareerList", row: "CareerRow", column: str) -> str:
    """A row's cell for people: its title marked when not in the list's language (cells.marked_title)."""
    return marked_title(row) if column == "title" else plain_line(getattr(row, column))


def _headers() -> list[str]:
    return [_("Id"), _("Title"), _("Code"), _("Zone"), _("Origin")]


def _column_width(careers: "CareerList", column: str, header: str) -> int:
    from rich.cells import cell_len

    return max([cell_len(header), *(cell_len(shown_cell(careers, row, column)) for row in careers.rows)])


def _table_fits(careers: "CareerList", width: int) -> bool:
    from rich.cells import cell_len

    widths = [_column_width(careers, column, header) for column, header in zip(COLUMNS, _headers()) if column != "title"]
    headers = pay_headers(careers, compact=True)
    for n, header in enumerate(headers):
        cells = [pay_cells(careers, row)[n] for row in careers.rows]
        widths.append(max([*(cell_len(line) for line in header.splitlines()), *(cell_len(c) for c in cells)]))
    return sum(widths) + MIN_TITLE_WIDTH + COLUMN_GAP * (len(COLUMNS) + len(headers) - 1) <= width


def _table(careers: "CareerList") -> "RenderableType":
    from rich.table import Table
    from rich.text import Text

    headers = _headers()
    table = Table(show_edge=False, pad_edge=False, box=None, header_style="bold")
    table.add_column(headers[0], no_wrap=True, min_width=_column_width(careers, "id", headers[0]), style="cyan")
    table.add_column(headers[1], overflow="fold", ratio=1)
    table.add_column(headers[2], no_wrap=True)
    table.add_column(headers[3], justify="right", no_wrap=True)
    table.add_column(headers[4], no_wrap=True)
    for header in pay_headers(careers, compact=True):
        table.add_column(header, justify="right", no_wrap=True)
    for row in careers.rows:
        table.add_row(*(Text(shown_cell(careers, row, c)) for c in COLUMNS),
                      *(Text(cell, style="dim" if cell == _("no figure") else "") for cell in pay_cells(careers, row)))
    return table


def _stacked(careers: "CareerList") -> "RenderableType":
    """Each career on two lines: its id whole (a terminal narrower than it folds the line, the text
    keeps it whole), then its title, Holland code, job zone and origin, indented."""
    from rich.console import Group
    from rich.padding import Padding
    from rich.text import Text

    lines: list["RenderableType"] = []
    for row in careers.rows:
        lines.append(Text(row.id, style="cyan", no_wrap=True, overflow="ignore"))
        details = [plain_line(row.code), _("zone {zone}").format(zone=row.job_zone) if row.job_zone else "", row.origin,
                   *pay_cells(careers, row)]
        line = Text(marked_title(row))
        line.append("  " + "  ".join(d for d in details if d), style="dim")
        lines.append(Padding(line, (0, 0, 0, 2), expand=False))
    return Group(*lines)
