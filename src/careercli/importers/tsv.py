"""Strict readers for the source files: every bad row is reported as file:line."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Iterator, Optional, Sequence

from ..errors import CareersError
from ..i18n import _, os_reason

MISSING = "n/a"
SOURCE_LIMIT = 256 << 20  # bytes in one source file: the largest (O*NET Skills.txt) has 6 MiB


class ImportDataError(CareersError):
    """A source file the importer cannot use; the message starts with file:line."""

    def __init__(self, path: Path, message: str, line: Optional[int] = None):
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line


class Row:
    """One data row: fields by column name, plus where it came from (for error messages)."""

    __slots__ = ("fields", "columns", "path", "line")

    def __init__(self, fields: list[str], columns: dict[str, int], path: Path, line: int):
        self.fields, self.columns, self.path, self.line = fields, columns, path, line

    def __getitem__(self, column: str) -> str:
        return self.fields[self.columns[column]]

    def optional(self, column: str) -> Optional[str]:
        """The value, or None when the data says `n/a` or leaves it empty."""
        value = self[column]
        return None if value in ("", MISSING) else value

    def number(self, column: str) -> float:
        try:
            return float(self[column])
        except ValueError:
            raise self.error(_("column '{column}': not a number: {value!r}").format(column=column, value=self[column])) from None

    def integer(self, column: str) -> int:
        value = self.number(column)
        if not value.is_integer():
            raise self.error(_("column '{column}': not a whole number: {value!r}").format(column=column, value=self[column]))
        return int(value)

    def error(self, message: str) -> ImportDataError:
        return ImportDataError(self.path, message, self.line)


def read_tsv(path: Path, required: Sequence[str]) -> Iterator[Row]:
    """Rows of an O*NET-style file: tab-delimited, one header line, no quoting at all.

    Quotes are ordinary characters there (`Conduct "head counts" ...`), so the line is
    simply split on tabs; a row with the wrong number of fields stops the import.
    """
    yield from _tsv_rows(path, required)


def _tsv_rows(path: Path, required: Sequence[str]) -> Iterator[Row]:
    with _open(path) as handle:
        header = handle.readline().rstrip("\r\n").split("\t")
        missing = [name for name in required if name not in header]
        if missing:
            raise ImportDataError(path, _("missing column(s): {names}").format(names=", ".join(missing)), 1)
        columns = {name: index for index, name in enumerate(header)}
        for number, text in enumerate(handle, start=2):
            if not text.endswith("\n"):
                raise ImportDataError(path, _("the file ends in the middle of a line: is it truncated?"), number)
            text = text.rstrip("\r\n")
            if not text:
                continue
            fields = text.split("\t")
            if len(fields) != len(header):
                raise ImportDataError(path, _("expected {expected} tab-separated fields, found {found}").format(
                    expected=len(header), found=len(fields)), number)
            yield Row(fields, columns, path, number)


def read_csv(path: Path, required: Sequence[str], preamble: int = 0) -> Iterator[Row]:
    """Rows of a standard quoted CSV file (ESCO, ROME); fields may span several lines.

    `preamble`: lines to skip before the header (the ESCO mapping files start with 16 lines
    describing the mapping); line numbers in errors still count from the top of the file."""
    yield from _csv_rows(path, required, preamble)


def read_preamble(path: Path, lines: int) -> dict[str, str]:
    """The `key,value` lines at the top of an ESCO mapping file (project name, author, version ...)."""
    with _open(path) as handle:
        head = [handle.readline() for _line in range(lines)]
    found = {}
    for fields in csv.reader(head):
        if len(fields) >= 2 and fields[0].strip() and fields[1].strip():
            found[fields[0].strip().lstrip("\ufeff")] = fields[1].strip()
    return found


def _csv_rows(path: Path, required: Sequence[str], preamble: int = 0) -> Iterator[Row]:
    with _open(path) as handle:
        for _line in range(preamble):
            handle.readline()
        reader = csv.reader(handle, strict=True)
        try:
            header = next(reader)
        except StopIteration:
            raise ImportDataError(path, _("empty file"), preamble + 1) from None
        except csv.Error as error:
            raise ImportDataError(path, _("bad CSV: {error}").format(error=error), preamble + 1) from None
        missing = [name for name in required if name not in header]
        if missing:
            raise ImportDataError(path, _("missing column(s): {names}").format(names=", ".join(missing)), preamble + 1)
        columns = {name: index for index, name in enumerate(header)}
        while True:
            line = reader.line_num + 1 + preamble
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                raise ImportDataError(path, _("bad CSV: {error}").format(error=error), line) from None
            if not fields:
                continue
            if len(fields) != len(header):
                raise ImportDataError(path, _("expected {expected} fields, found {found}").format(
                    expected=len(header), found=len(fields)), line)
            yield Row(fields, columns, path, line)


def _open(path: Path) -> io.StringIO:
    return io.StringIO(read_source_text(path), newline="")


def read_source_text(path: Path, *, bom: bool = False, not_utf8: Optional[str] = None) -> str:
    """A source file's text (UTF-8, with an optional BOM when `bom`), read within the limits every
    file read has: a regular file (a named pipe would block, a device never ends) of at most
    SOURCE_LIMIT bytes."""
    from ..files import read_bounded

    try:
        return read_bounded(path, SOURCE_LIMIT).decode("utf-8-sig" if bom else "utf-8")
    except FileNotFoundError:
        raise ImportDataError(path, _("file not found")) from None
    except OSError as error:
        raise ImportDataError(path, os_reason(error)) from None
    except UnicodeDecodeError as error:
        raise ImportDataError(path, not_utf8 or _("not UTF-8 text ({reason})").format(reason=error.reason)) from None
