"""CSV tables from people's spreadsheets: one reader for answer files and class files.

Pure: bytes or text in, numbered rows out. What it settles once for every table:

- encoding: UTF-8, with or without the byte-order mark Excel writes (never part of a cell);
- the separator: `,`, `;` (French Excel) or tab, read from the first line that has any;
- line numbers: each row carries the physical line it starts on, so every problem is `FILE:LINE`;
- bad rows: a cell over `FIELD_LIMIT` characters, a stray quote, or a quote opened and never
  closed becomes a `BadRow` at its line; the rows after it are still read (an unclosed quote
  never swallows the rest of the file);
- numbers: a decimal comma (`3,5`) or point, thousands grouped with `,` `.` or spaces when the
  grouping is unambiguous (`1,000,000`, `1 000,5`); `1,000` alone could be one thousand or
  1.0, so it is refused rather than guessed.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, Generator, Iterator, Optional, Union

import msgspec

from .errors import CareersError, Problem
from .i18n import _, os_reason
from .patterns import lazy

if TYPE_CHECKING:
    from typing import IO

DELIMITERS = (",", ";", "\t")
FIELD_LIMIT = 131_072  # characters in one cell: the csv module's own limit, said in the message
MAX_TABLE_BYTES = 128 * 1024 * 1024  # a class file: 100,000 people answering 60 items take about 14 MiB
_SPACES = "\u00a0\u202f "  # thousands may be grouped with spaces, as in French (1 000 or 1\u202f000)
_GROUPED = {",": lazy(r"^\d{1,3}(,\d{3})+$"), ".": lazy(r"^\d{1,3}(\.\d{3})+$"),
            " ": lazy(r"^\d{1,3}( \d{3})+$")}


class TableError(CareersError):
    """A table that cannot be read at all (not UTF-8, unreadable file)."""


class Row(msgspec.Struct, frozen=True):
    line: int  # the physical line the row starts on (1-based)
    cells: list[str]


class BadRow(msgspec.Struct, frozen=True):
    line: int
    message: str


# ---------------------------------------------------------------- text

def read_bytes(name: str, stdin: Optional["IO[str]"] = None, limit: int = MAX_TABLE_BYTES) -> bytes:
    """The bytes of file `name`, or of `stdin` for `-`, at most `limit` of them (a device or a
    file growing while read cannot exhaust memory); an unreadable file is a TableError."""
    from .files import read_bounded, size_text

    if name == "-":
        import sys

        stream = stdin if stdin is not None else sys.stdin
        buffer = getattr(stream, "buffer", None)
        data = buffer.read(limit + 1) if buffer is not None else stream.read(limit + 1).encode("utf-8")
        if len(data) > limit:
            raise TableError(str(Problem(Path("<stdin>"), _("too large (the limit is {size})").format(
                size=size_text(limit)))))
        return data
    try:
        return read_bounded(Path(name), limit, regular_only=False)  # a pipe (`<(...)`) is fine too
    except OSError as error:
        raise TableError(str(Problem(Path(name), os_reason(error)))) from None


def decode(data: bytes, source: str) -> str:
    """UTF-8 text without its byte-order mark."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise TableError(str(Problem(Path(source), _("not UTF-8 text; save it from your spreadsheet as CSV UTF-8"),
                                     line=line))) from None


def decode_spreadsheet(data: bytes, source: str) -> tuple[str, Optional[str]]:
    """UTF-8 text, else the Windows-1252 (Latin-1) text an older Excel saves "CSV" in, with a note
    saying so: a counsellor's export is read as it comes."""
    try:
        return decode(data, source), None
    except TableError:
        pass
    try:
        text, encoding = data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:  # the five bytes Windows-1252 leaves undefined
        text, encoding = data.decode("latin-1"), "Latin-1"
    return text, _("{file} is not UTF-8: read as {encoding}; check that accented names look right").format(
        file=source, encoding=encoding)


def read_text(name: str, stdin: Optional["IO[str]"] = None, limit: int = MAX_TABLE_BYTES) -> str:
    """The text of file `name` (`-`: stdin), UTF-8 with or without a byte-order mark."""
    return decode(read_bytes(name, stdin, limit), "<stdin>" if name == "-" else name)


# ---------------------------------------------------------------- rows

def sniff_delimiter(text: str) -> str:
    """The separator: the most frequent of `,` `;` and tab (outside quotes) on the first line
    that has any of them; `,` when none does."""
    for line in io.StringIO(text, newline=""):
        if line.lstrip().startswith("#"):
            continue
        counts = [_outside_quotes(line).count(d) for d in DELIMITERS]
        if max(counts):
            return DELIMITERS[counts.index(max(counts))]
    return ","


def _outside_quotes(line: str) -> str:
    return "".join(line.split('"')[::2])


def rows(text: str, delimiter: Optional[str] = None) -> Iterator[Union[Row, BadRow]]:
    """Every non-blank row with its line, or why it could not be read.

    A quote opened and never closed runs to the end of the file: it is reported at the line it
    opens on, and the lines after it are read again one by one (a cell may then no longer span
    lines), so one stray quote costs one row."""
    text = text.removeprefix("\ufeff")
    lines = list(io.StringIO(text, newline=""))
    separator = delimiter or sniff_delimiter(text)
    unclosed = yield from _records(lines, separator)
    if unclosed is not None:
        yield BadRow(unclosed + 1, _("a quote opened on this line is never closed"))
        yield from _line_by_line(lines, unclosed + 1, separator)


def _records(lines: list[str], separator: str) -> Generator[Union[Row, BadRow], None, Optional[int]]:
    """Every row; returns the index of a line whose quote never closes (the end of the file was
    reached inside it), else None."""
    import csv  # here: `--scores` parses numbers with this module and reads no table

    reader = csv.reader(lines, delimiter=separator, strict=True)
    done = 0  # physical lines consumed before the current record
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return None
        except csv.Error as error:
            if _unclosed(error) or reader.line_num - done > 1:  # a quoted cell ran over lines, then failed
                return done
            yield BadRow(done + 1, _csv_message(error))
            done = reader.line_num
            continue
        if "".join(cells).strip():  # a cell that is not blank (in one C call)
            yield Row(done + 1, cells)
        done = reader.line_num


def _line_by_line(lines: list[str], start: int, separator: str) -> Iterator[Union[Row, BadRow]]:
    import csv

    for index in range(start, len(lines)):
        try:
            cells = next(csv.reader([lines[index]], delimiter=separator, strict=True), [])
        except csv.Error as error:
            message = _("a quote opened on this line is never closed") if _unclosed(error) else _csv_message(error)
            yield BadRow(index + 1, message)
            continue
        if "".join(cells).strip():  # a cell that is not blank (in one C call)
            yield Row(index + 1, cells)


def _unclosed(error: Exception) -> bool:
    return "unexpected end of data" in str(error)


def _csv_message(error: Exception) -> str:
    text = str(error)
    if "field larger than field limit" in text:
        return _("a cell is longer than {limit:,} characters").format(limit=FIELD_LIMIT)
    if "expected after" in text:
        return _("a quoted cell must end with its closing quote (found text after it)")
    return _("cannot read this row as CSV ({reason})").format(reason=text)


# ---------------------------------------------------------------- numbers

def parse_number(raw: str) -> float:
    """A finite number as people type it in a spreadsheet; ValueError when it is not one or
    could be read two ways.

    `3.5` and `3,5` are three and a half; thousands may be grouped (`1,000,000`, `1.000.000`,
    `1 000`, `1,234.5`, `1.234,5`); `1,000` (one comma, three digits) is ambiguous and refused.
    """
    text = raw.strip()
    for space in _SPACES:
        text = text.replace(space, " ")
    sign = ""
    if text[:1] in ("+", "-"):
        sign, text = text[0], text[1:]
    value = float(sign + _plain_digits(text))
    if value != value or abs(value) == float("inf"):
        raise ValueError(raw)
    return value


def _plain_digits(text: str) -> str:
    """`text` without grouping, with a decimal point."""
    whole, decimal, fraction = _split_decimal(text)
    if not whole and not fraction:
        raise ValueError(text)
    if any(mark in whole for mark in ", ."):
        separator = next(mark for mark in ", ." if mark in whole)
        if not _GROUPED[separator].match(whole):
            raise ValueError(text)
        whole = whole.replace(separator, "")
    if not (whole or "0").isdigit() or (fraction and not fraction.isdigit()):
        raise ValueError(text)
    return whole + (decimal and "." + fraction)


def _split_decimal(text: str) -> tuple[str, str, str]:
    """(whole part, "." or "", fraction) once the decimal mark is known; ValueError when ambiguous."""
    commas, points = text.count(","), text.count(".")
    if commas and points:  # the last mark is the decimal one: 1,234.5 or 1.234,5
        mark = "," if text.rfind(",") > text.rfind(".") else "."
    elif commas == 1 or points == 1:
        mark = "," if commas else "."
        whole, _sep, fraction = text.partition(mark)
        if mark == "," and len(fraction) == 3 and whole.isdigit() and whole != "0":
            raise ValueError(text)  # 1,000: a thousand (English) or one (French)?
        if " " in fraction:
            raise ValueError(text)
        return whole, ".", fraction
    else:
        return text, "", ""  # no mark, or several of one kind: grouping only (1.000.000)
    whole, _sep, fraction = text.rpartition(mark)
    return whole, ".", fraction
