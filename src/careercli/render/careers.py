"""`careers list`: one row per career, as a table (plain rows when piped), JSON, CSV or Markdown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..i18n import _
from ..schema import RIASEC_TYPES
from .cells import csv_text, md_cell, plain_line

if TYPE_CHECKING:
    from rich.console import RenderableType

    from ..views import CareerList, CareerRow
    from .output import Output

COLUMNS = ("id", "title", "code", "job_zone", "origin")  # the JSON/CSV contract; riasec follows


def _warn_unreadable(careers: "CareerList", output: "Output") -> None:
    """Notes about careers left out, then files that could not be read: on stderr, in every format."""
    for note in careers.notes:
        output.message(note)
    if careers.unreadable:
        output.message(_("{count} profile files could not be read; run `careers validate` for details").format(
            count=careers.unreadable))


def row_data(row: "CareerRow") -> dict[str, Any]:
    return {"id": row.id, "title": row.title, "code": row.code, "job_zone": row.job_zone, "origin": row.origin,
            "riasec": row.riasec}


def emit_json(careers: "CareerList", output: "Output") -> None:
    _warn_unreadable(careers, output)
    output.write_json("list", [row_data(row) for row in careers.rows])


def as_csv(careers: "CareerList") -> str:
    """Header row, then one line per career; RIASEC scores as six columns R..C."""
    return csv_text([*COLUMNS, *RIASEC_TYPES], (
        [getattr(row, c) for c in COLUMNS] + ([row.riasec[t] for t in RIASEC_TYPES] if row.riasec else [None] * 6)
        for row in careers.rows))


def emit_csv(careers: "CareerList", output: "Output") -> None:
    _warn_unreadable(careers, output)
    output.write_data(as_csv(careers))


def as_markdown(careers: "CareerList") -> str:
    headers = [_("Id"), _("Title"), _("Code"), _("Job zone"), _("Origin")]
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    for row in careers.rows:
        lines.append("| " + " | ".join(md_cell(plain_line(getattr(row, c))) for c in COLUMNS) + " |")
    return "\n".join(lines) + "\n"


def emit_markdown(careers: "CareerList", output: "Output") -> None:
    _warn_unreadable(careers, output)
    output.write_data(as_markdown(careers))


MIN_TITLE_WIDTH = 24  # below this, the table gives way to one career per two lines
COLUMN_GAP = 2  # Rich's padding between two columns


def plain_rows(careers: "CareerList") -> str:
    """One line per career, columns separated by tabs, nothing after the last: for `grep`, `cut -f1`."""
    return "".join("\t".join(plain_line(getattr(row, c)) for c in COLUMNS) + "\n" for row in careers.rows)


def emit_rich(careers: "CareerList", output: "Output") -> None:
    """A table at a terminal (through the pager when longer than the screen); plain rows otherwise.
    Ids are never cut: when the longest does not fit beside a readable title, each career takes
    two lines, its id alone on the first."""
    if careers.rows and not output.stdout_is_terminal:
        output.write_data(plain_rows(careers))
    elif careers.rows:
        console = output.out
        renderable = _table(careers) if _table_fits(careers, console.width) else _stacked(careers)
        with console.capture() as captured:
            console.print(renderable, crop=False)
        text = captured.get()
        if not (careers.pager and text.count("\n") >= console.height and output.page(text)):
            console.file.write(text)
            console.file.flush()
    else:
        output.message(_("No career matches these filters."))
    _warn_unreadable(careers, output)


def _headers() -> list[str]:
    return [_("Id"), _("Title"), _("Code"), _("Zone"), _("Origin")]


def _column_width(careers: "CareerList", column: str, header: str) -> int:
    from rich.cells import cell_len

    return max([cell_len(header), *(cell_len(plain_line(getattr(row, column))) for row in careers.rows)])


def _table_fits(careers: "CareerList", width: int) -> bool:
    widths = [_column_width(careers, column, header) for column, header in zip(COLUMNS, _headers()) if column != "title"]
    return sum(widths) + MIN_TITLE_WIDTH + COLUMN_GAP * (len(COLUMNS) - 1) <= width


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
    for row in careers.rows:
        table.add_row(*(Text(plain_line(getattr(row, c))) for c in COLUMNS))
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
        details = [plain_line(row.code), _("zone {zone}").format(zone=row.job_zone) if row.job_zone else "", row.origin]
        line = Text(plain_line(row.title))
        line.append("  " + "  ".join(d for d in details if d), style="dim")
        lines.append(Padding(line, (0, 0, 0, 2), expand=False))
    return Group(*lines)
