"""`careers validate` (every problem, located) and `careers schema` (the JSON Schema)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import _
from ..text import clean_line

if TYPE_CHECKING:
    from ..views import SchemaDocument, ValidationReport
    from .output import Output


def summary(report: "ValidationReport") -> str:
    return _("{checked} profiles checked, {bad} with problems ({count} problems)").format(
        checked=report.checked, bad=report.bad_files, count=len(report.problems))


def emit_rich(report: "ValidationReport", output: "Output") -> None:
    """One problem a line on stdout (`file:line:column: field: message`), the summary on stderr."""
    for problem in report.problems:
        output.out.print(clean_line(str(problem)), markup=False, highlight=False, soft_wrap=True)
    output.message(summary(report))


def emit_json(report: "ValidationReport", output: "Output") -> None:
    output.write_json("validate", report.to_dict(), [str(p) for p in report.problems], int(report.exit_code))


def emit_schema(document: "SchemaDocument", output: "Output") -> None:
    """The schema itself, not an envelope: editors read it as it is."""
    from .envelope import to_json

    output.write_data(to_json(document.schema))
