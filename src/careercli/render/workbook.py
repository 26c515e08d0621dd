"""`careers class --out FILE.xlsx`: a real Excel workbook, a counsellor's file as it comes back.

Two sheets: the results (the rows of the CSV output, numbers as numbers, identity columns
included) and the class summary (people scored and refused, mean scale scores, the most
frequent codes and careers). openpyxl is imported here only, on this path alone. A text cell
that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) is stored as text.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any, Callable

from ..i18n import _
from .cells import FORMULA_START
from .class_results import CSV_COLUMNS, FRENCH_HEADERS, OPTIONAL_COLUMNS, class_rows

if TYPE_CHECKING:
    from ..quiz.classroom import ClassResult


def class_workbook(result: "ClassResult") -> bytes:
    """The workbook's bytes: a sheet of results, then a sheet of the class summary."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet(_("Results"))
    text = _text_cell(sheet)
    columns = [*CSV_COLUMNS, *OPTIONAL_COLUMNS]
    headers = [FRENCH_HEADERS[c] for c in columns] if result.lang == "fr" else columns
    for rows in class_rows(result, result.rows(), headers, text):
        for row in rows:
            sheet.append(row)
    summary_sheet(book.create_sheet(_("Class summary")), result, text)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def summary_sheet(sheet: Any, result: "ClassResult", text: Callable[[Any], Any]) -> None:
    from ..quiz.scoring import scale_name
    from ..text import clean

    summary = result.summary()
    rows: list[list[Any]] = [[_("File"), text(clean(result.source))], [_("People scored"), summary.people],
                             [_("Rows refused"), len(result.problems)], []]
    rows += [[_("Scale"), _("Mean score")], *([scale_name(s), v] for s, v in summary.mean.items()), []]
    rows += [[_("Code"), _("People")], *([code, n] for code, n in summary.codes), []]
    rows += [[_("Career"), _("Best fit for"), _("Listed for"), _("Open it with")],
             *([text(clean(c.title)), c.first, c.listed, f"careers show {c.id}"] for c in summary.careers)]
    for row in rows:
        sheet.append(row)


def _text_cell(sheet: Any) -> Callable[[Any], Any]:
    """Text as a cell that stays text, even when it starts like a formula."""
    from openpyxl.cell import WriteOnlyCell

    def cell(value: Any) -> Any:
        if isinstance(value, str) and value.startswith(FORMULA_START):
            made = WriteOnlyCell(sheet, value=value)
            made.data_type = "s"
            return made
        return value

    return cell
