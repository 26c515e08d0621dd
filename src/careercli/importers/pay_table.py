"""A local pay table keyed by ISCO-08 or ROME -> one pay overlay file per career it covers.

A counsellor may hold wages by occupation for Belgium or France (a sector survey, a collective
agreement, a regional study). `careers import pay` turns such a table into small files that
the catalog merges into the careers' profiles, without code.

The table (CSV, UTF-8 with or without BOM; commas, or the semicolons and decimal commas of a
French spreadsheet):

    code      required: ISCO-08 (1 to 4 digits) or ROME (letter and 4 digits, or a domain: M, M12)
    title     optional: the row's own label, kept to trace the figures
    p10, p25, median, p75, p90, mean
              any of them, at least one a row: amounts in the --currency, for the --period, on
              the --basis given. Empty: not in the table. `*`: withheld by the source (kept as
              "not available"). `>=5200` or `≥5200`: top-coded ("at least 5,200").
    employment optional: a whole number of jobs

Matching: a career takes the row of its own code (ISCO-08 unit group, ROME fiche); only when
there is none, the row of the most specific group that contains it (ISCO `25` for 2512, ROME
`M12` for M1203), marked `level: broad`. A career with several codes takes every row at the
most specific level found. Rows that match no career are reported, never dropped silently.

Each overlay file, `<career id>.pay.json`, is a `PayOverlay` (schema.py): the career id and its
`wages` blocks, each carrying the source, year, geography, currency, period and basis given.
`MANIFEST.json` beside them lists the source with what it covers, for `careers about`.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Literal, Optional

import msgspec

from ..errors import UsageError
from ..i18n import _
from ..profile.schema import MAX_FIGURE, PayOverlay, percentiles_out_of_order
from ..catalog.walk import OVERLAY_SUFFIX
from .output import check_output_folder, dump_json, write_owned_files
from .tsv import ImportDataError, read_source_text

Key = Literal["isco08", "rome"]
KEY_SYSTEMS = {"isco08": "ISCO-08", "rome": "ROME"}
KEY_CODES = {"isco08": re.compile(r"^\d{1,4}$"), "rome": re.compile(r"^[A-N](?:\d{2}(?:\d{2})?)?$")}
FULL_LENGTH = {"isco08": 4, "rome": 5}  # a code this long names one occupation, shorter ones a group
STATISTICS = ("mean", "p10", "p25", "median", "p75", "p90")
COLUMNS = ("code", "title", *STATISTICS, "employment")
OVERLAY_FORMAT = 1
GENERATOR = "careers import pay"  # named in MANIFEST.json: the folder's files are this importer's
_AT_LEAST = re.compile(r"^(?:>=|≥)\s*")


@dataclass(frozen=True)
class PayTableInfo:
    """What the user says about the table: every figure keeps it."""

    key: Key
    currency: str
    period: Literal["hour", "month", "year"]
    basis: Literal["gross", "net"]
    source: str
    year: int
    geography: str
    url: Optional[str] = None
    licence: Optional[str] = None


@dataclass
class PayRow:
    """One row of the table, as published (amounts, withheld ones, top-coded ones)."""

    line: int
    code: str
    title: Optional[str] = None
    amounts: dict[str, float] = field(default_factory=dict)
    suppressed: list[str] = field(default_factory=list)
    top_coded: list[str] = field(default_factory=list)
    employment: Optional[int] = None


@dataclass
class PayImport:
    """What one import matched: career id -> its rows and their level, and the rows nobody took."""

    matched: dict[str, list[tuple[PayRow, str]]]
    unmatched: list[PayRow]


# ---------------------------------------------------------------- reading the table

def read_pay_table(path: Path, key: Key) -> list[PayRow]:
    """Every row of the table; the first bad one stops the import with file:line."""
    text = _text(path)
    lines = text.splitlines()
    delimiter = ";" if lines and lines[0].count(";") > lines[0].count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = [name.strip().lower() for name in next(reader, [])]
        columns = _columns(path, header)
        rows, codes = [], set()
        for fields in reader:
            if any(f.strip() for f in fields):
                row = _row(path, reader.line_num, dict(zip(header, fields)), columns, key)
                if row.code in codes:
                    raise ImportDataError(path, _("code {code} appears twice").format(code=row.code), row.line)
                codes.add(row.code)
                rows.append(row)
    except csv.Error as error:
        raise ImportDataError(path, _("bad CSV: {error}").format(error=error), reader.line_num) from None
    return rows


def _text(path: Path) -> str:
    return read_source_text(path, bom=True, not_utf8=_("not UTF-8 text; save it from your spreadsheet as CSV UTF-8"))


def _columns(path: Path, header: list[str]) -> list[str]:
    unknown = [name for name in header if name not in COLUMNS]
    if unknown or "code" not in header or not set(STATISTICS) & set(header):
        expected = ", ".join(COLUMNS)
        problem = _("unknown column(s): {names}").format(names=", ".join(unknown)) if unknown else _(
            "a 'code' column and at least one figure column are needed")
        raise ImportDataError(path, f"{problem} ({_('expected: {names}').format(names=expected)})", 1)
    return header


def _row(path: Path, line: int, fields: dict[str, str], columns: list[str], key: Key) -> PayRow:
    code = fields.get("code", "").strip().upper()
    if not KEY_CODES[key].match(code):
        raise ImportDataError(path, _("not a {system} code: {code!r}").format(system=KEY_SYSTEMS[key], code=code), line)
    row = PayRow(line, code, fields.get("title", "").strip() or None)
    for statistic in STATISTICS:
        _figure(path, row, statistic, fields.get(statistic, "").strip())
    if not (row.amounts or row.suppressed):
        raise ImportDataError(path, _("no figure in this row"), line)
    _check_order(path, row)
    employment = fields.get("employment", "").strip().replace(" ", "").replace("\u00a0", "")
    if employment:
        if not employment.isdigit():
            raise ImportDataError(path, _("column 'employment': not a whole number: {value!r}").format(
                value=employment), line)
        row.employment = int(employment)
    return row


def _figure(path: Path, row: PayRow, statistic: str, text: str) -> None:
    if not text:
        return
    if text == "*":
        row.suppressed.append(statistic)
        return
    at_least = _AT_LEAST.match(text)
    if at_least:
        row.top_coded.append(statistic)
        text = text[at_least.end():]
    try:
        value = float(text.replace("\u00a0", "").replace(" ", "").replace(",", "."))
    except ValueError:
        value = -1.0
    if value < 0 or value != value or value == float("inf"):
        raise ImportDataError(path, _("column '{column}': not an amount: {value!r}").format(
            column=statistic, value=text), row.line)
    if value > MAX_FIGURE:
        raise ImportDataError(path, _("column '{column}': {value} is more than any pay ({most:g})").format(
            column=statistic, value=text, most=MAX_FIGURE), row.line)
    row.amounts[statistic] = value


def _check_order(path: Path, row: PayRow) -> None:
    """Percentiles in order (p10 <= p25 <= median <= p75 <= p90), as every profile's must be."""
    disorder = percentiles_out_of_order(row.amounts)  # type: ignore[arg-type]
    if disorder:
        raise ImportDataError(path, disorder, row.line)


# ---------------------------------------------------------------- matching careers

def match_careers(rows: list[PayRow], careers: dict[str, list[str]], key: Key) -> PayImport:
    """Career id -> [(row, "detailed" | "broad")], and the rows that match no career.

    `careers` maps each career id to its codes in the table's system (ISCO-08 or ROME)."""
    by_code = {row.code: row for row in rows}
    matched: dict[str, list[tuple[PayRow, str]]] = {}
    for career_id in sorted(careers):
        found = _most_specific(by_code, careers[career_id])
        if found:
            matched[career_id] = [(row, "detailed" if len(row.code) == FULL_LENGTH[key] else "broad")
                                  for row in found]
    used = {row.code for found in matched.values() for row, _level in found}
    return PayImport(matched, [row for row in rows if row.code not in used])


def _most_specific(by_code: dict[str, PayRow], codes: Iterable[str]) -> list[PayRow]:
    """For each code, the row of its longest prefix in the table; of those, the longest ones."""
    hits = {}
    for code in codes:
        prefix = next((code[:size] for size in range(len(code), 0, -1) if code[:size] in by_code), None)
        if prefix:
            hits[prefix] = by_code[prefix]
    longest = max(map(len, hits), default=0)
    return [row for prefix, row in sorted(hits.items()) if len(prefix) == longest]


# ---------------------------------------------------------------- writing overlays

def overlay(career_id: str, found: list[tuple[PayRow, str]], info: PayTableInfo) -> dict[str, Any]:
    """One career's overlay file, validated against the schema."""
    data = {"format": OVERLAY_FORMAT, "career": career_id, "wages": [wages_block(row, level, info)
                                                                      for row, level in found]}
    return msgspec.to_builtins(msgspec.convert(data, PayOverlay))


def wages_block(row: PayRow, level: str, info: PayTableInfo) -> dict[str, Any]:
    source = {"name": info.source, "url": info.url, "licence": info.licence}
    block = {
        "source": {k: v for k, v in source.items() if v},
        "geography": info.geography,
        "year": info.year,
        "currency": info.currency,
        "basis": info.basis,
        "row": {"system": KEY_SYSTEMS[info.key], "code": row.code, "title": row.title, "level": level},
        "employment": row.employment,
        "pay": [{"period": info.period, **row.amounts, "suppressed": row.suppressed, "top_coded": row.top_coded}],
    }
    block["row"] = {k: v for k, v in block["row"].items() if v is not None}
    return {k: v for k, v in block.items() if v is not None}


def pay_manifest(info: PayTableInfo, table: Path, result: PayImport) -> dict[str, Any]:
    """What `careers about` lists for the folder, and the rows that matched no career."""
    coverage = (f"{info.geography}, {info.year}: {info.currency} per {info.period}, {info.basis}; "  # data, in English
                f"keyed by {KEY_SYSTEMS[info.key]}")
    source = {"name": info.source, "url": info.url, "licence": info.licence, "note": coverage}
    return {
        "generator": GENERATOR, "format": OVERLAY_FORMAT, "origin": "pay",
        "table": table.name, "geography": info.geography, "year": info.year, "careers": len(result.matched),
        "sources": [{k: v for k, v in source.items() if v}],
        "unmatched": [{"line": r.line, "code": r.code, **({"title": r.title} if r.title else {})}
                      for r in result.unmatched],
    }


def import_pay_table(table: Path, out: Path, info: PayTableInfo, careers: dict[str, list[str]], *,
                     force: bool = False) -> PayImport:
    """Read and match everything first (a bad row stops before anything is written), then write."""
    if not re.fullmatch(r"[A-Z]{3}", info.currency):
        raise UsageError(_("'{currency}' is not a currency code: use three letters such as EUR or USD").format(
            currency=info.currency))
    check_output_folder(out, GENERATOR, force=force)
    result = match_careers(read_pay_table(table, info.key), careers, info.key)
    files = {career_id + OVERLAY_SUFFIX: dump_json(overlay(career_id, found, info))
             for career_id, found in result.matched.items()}
    write_owned_files(out, files, pay_manifest(info, table, result), force=force)
    return result
