"""Untrusted text made inert in tabular and Markdown output.

Text from profiles, class files and the catalog may hold anything: control characters are
stripped everywhere; in Markdown, syntax is escaped (no links, HTML, emphasis, headings or
table cells); in CSV, a cell is one line and never starts like a spreadsheet formula.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Sequence

from ..text import clean

_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
# Only what CommonMark reads as a block marker at the start of a line: headings, list items,
# setext underlines, ordered-list numbers ('1. ', '2) ').
_LINE_START = re.compile(r"^(\s*)(#{1,6}(?=\s|$)|[-+](?=\s|$)|[-=]+(?=\s*$)|\d{1,9}(?=[.)](?:\s|$)))", re.MULTILINE)
_SAFE_URL = re.compile(r"^https?://[^\s<>()\[\]`]+$")


def md(text: str) -> str:
    """Untrusted text made inert in Markdown: no links, HTML, emphasis, headings or list markers."""
    escaped = _INLINE.sub(r"\\\1", clean(text))
    return _LINE_START.sub(_escape_line_start, escaped)


def _escape_line_start(match: "re.Match[str]") -> str:
    """'# x' -> '\\# x', '- x' -> '\\- x', '1. x' -> '1\\. x' (an escaped digit is not an escape)."""
    indent, marker = match.group(1), match.group(2)
    return indent + (marker + "\\" if marker.isdigit() else "\\" + marker)


def md_cell(text: str) -> str:
    """Text for a table cell: escaped, on one line."""
    return md(text).replace("\n", "<br>")


def md_url(url: str) -> str:
    url = clean(url)
    return f"<{url}>" if _SAFE_URL.match(url) else md(url)


def plain_line(value: Any) -> str:
    """Text on one line: control characters out, whitespace collapsed ("" for None)."""
    return "" if value is None else " ".join(clean(str(value)).split())


FORMULA_START = ("=", "+", "-", "@")  # a spreadsheet runs a cell that starts so


def csv_cell(value: Any) -> Any:
    """Numbers as they are; text on one line, and `=HYPERLINK(...)` kept as text ('=...)."""
    if value is None or isinstance(value, (int, float)):
        return "" if value is None else value
    text = plain_line(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A CSV document: the header row, then the rows, every cell through csv_cell."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([csv_cell(value) for value in row] for row in rows)
    return buffer.getvalue()


CODE_COLUMNS = ("onet_soc", "rome", "isco08")  # the codes of a result (views.CareerCodes): lists
JOIN_COLUMNS = (*CODE_COLUMNS, "title_language")  # what every career of a result carries for scripts


def field_of(result: Any, name: str) -> Any:
    """A field of a result, whether a typed result (views.CareerCodes) or its data (a dict)."""
    return result[name] if isinstance(result, dict) else getattr(result, name)


def code_cell(result: Any, column: str) -> Any:
    """A column of a result for CSV: its codes joined by spaces, any other value as it is."""
    value = field_of(result, column)
    return " ".join(value) if column in CODE_COLUMNS else value


def codes_data(result: Any) -> dict[str, Any]:
    """A result's codes and title language (views.CareerCodes) as JSON keys, the same in every command."""
    return {column: field_of(result, column) for column in JOIN_COLUMNS}


def codes_csv(result: Any) -> list[Any]:
    """The JOIN_COLUMNS cells of a result's CSV row."""
    return [code_cell(result, column) for column in JOIN_COLUMNS]


def codes_cell(result: Any) -> str:
    """'O*NET-SOC 29-1141.00, ISCO-08 2221': the codes of a result, each named (Markdown, text)."""
    named = (("O*NET-SOC", field_of(result, "onet_soc")), ("ROME", field_of(result, "rome")),
             ("ISCO-08", field_of(result, "isco08")))
    return ", ".join(f"{name} {' '.join(codes)}" for name, codes in named if codes)


def marked_title(result: Any) -> str:
    """A result's title on one line, marked when it is not in the reader's language (views.title_mark)."""
    from ..views import title_mark

    return plain_line(result.title) + title_mark(result.title_language)
