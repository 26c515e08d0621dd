"""`careers list`: one row per career, as a table, JSON, CSV or Markdown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..i18n import _
from ..schema import RIASEC_TYPES
from .cells import csv_text, md_cell, plain_line

if TYPE_CHECKING:
    from ..views import CareerList, CareerRow
    from .output import Output

COLUMNS = ("id", "title", "code", "job_zone", "origin")  # the JSON/CSV contract; riasec follows


def _warn_unreadable(careers: "CareerList", output: "Output") -> None:
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


def emit_rich(careers: "CareerList", output: "Output") -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(show_edge=False, pad_edge=False, box=None, header_style="bold")
    table.add_column(_("Id"), overflow="fold")
    table.add_column(_("Title"), overflow="fold", ratio=1)
    table.add_column(_("Code"), no_wrap=True)
    table.add_column(_("Zone"), justify="right", no_wrap=True)
    table.add_column(_("Origin"), no_wrap=True)
    for row in careers.rows:
        table.add_row(*(Text(plain_line(getattr(row, c))) for c in COLUMNS))
    output.out.print(table)
    _warn_unreadable(careers, output)
