"""U.S. Bureau of Labor Statistics figures for O*NET occupations: OEWS wages and Employment Projections.

Both tables are keyed by SOC 2018. An occupation takes the closest row BLS publishes for it:
  1. its detailed SOC code's row;
  2. else BLS's own combined row for its group: where BLS merges several SOC occupations into
     one code of its own (21-1018 for 21-1011 and 21-1014; 53-1047 for 53-1042, -43, -44, -49),
     that code is a detailed row which is no SOC 2018 occupation (not in the O*NET-SOC to SOC
     crosswalk). An occupation of the group without a row of its own is in it, when the group has
     exactly one such row (`row.level: combined`);
  3. else its broad group's row (the code ending in 0: `row.level: broad`).
No row at all: no figures. Every profile whose row other occupations of the catalog also use
says so: `row.shared_by` lists all their O*NET-SOC codes (nurse specialities share the
registered nurses' row), so a figure is never read as the occupation's own when it is not.

Markers are kept, never turned into numbers they are not:
- `*` (OEWS) and `—` (EP) mean "not available": the figure is absent and named in `suppressed`;
- `#` (OEWS) and `>=$239,200` (EP) mean "at or above the top code": the top code with
  `top_coded: true` ("at least"). OEWS May 2024 top-codes at $115.00 an hour, $239,200 a year.
Occupations paid by the hour only (OEWS `HOURLY=TRUE`: `*` in every annual column) thus have
every annual figure suppressed, and occupations paid by the year only the hourly ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

from ..i18n import _
from .tsv import Row, read_csv

OEWS_FILE = "oews_national_may2024.csv"
EP_FILE = "ep_occupation_table1.2_2024-34.csv"
PUBLISHER = "U.S. Bureau of Labor Statistics"
LICENCE = "Public domain (U.S. federal work)"
GEOGRAPHY = {"en": "United States", "fr": "États-Unis", "nl": "Verenigde Staten"}
CURRENCY = "USD"

OEWS_NAME = "Occupational Employment and Wage Statistics (OEWS), May 2024"
OEWS_URL = "https://www.bls.gov/oes/"
OEWS_YEAR, OEWS_REFERENCE = 2024, "May 2024"
TOP_CODES = {"hour": 115.00, "year": 239_200.0}  # OEWS May 2024: `#` = at or above these
STATISTICS = ("mean", "p10", "p25", "median", "p75", "p90")
OEWS_COLUMNS = {  # period -> statistic -> column
    "year": dict(zip(STATISTICS, ("A_MEAN", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"))),
    "hour": dict(zip(STATISTICS, ("H_MEAN", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90"))),
}
OEWS_GROUPS = ("detailed", "broad")  # the SOC levels an occupation can be joined to

EP_NAME = "Employment Projections 2024-34 (Table 1.2)"
EP_URL = "https://www.bls.gov/emp/"
EP_BASE_YEAR, EP_TARGET_YEAR = 2024, 2034
EP_CODE = "2024 National Employment Matrix code"
EP_TITLE = "2024 National Employment Matrix title"
EP_NUMBERS = {  # Outlook field -> (name in `suppressed`, column)
    "employment_thousands": ("employment", "Employment, 2024"),
    "projected_thousands": ("projected", "Employment, 2034"),
    "change_thousands": ("change", "Employment change, numeric, 2024–34"),
    "change_percent": ("change_percent", "Employment change, percent, 2024–34"),
    "openings_thousands": ("openings", "Occupational openings, 2024–34 annual average"),
}
EP_WAGE = "Median annual wage, dollars, 2024[1]"
EP_CATEGORIES = {  # Outlook field -> column (BLS's own category names, in English)
    "education": "Typical education needed for entry",
    "experience": "Work experience in a related occupation",
    "training": "Typical on-the-job training needed to attain competency in the occupation",
}
EP_NOT_AVAILABLE = "—"
EP_AT_LEAST = re.compile(r"^>=\$([\d,]+(?:\.\d+)?)$")

SOC_CODE = re.compile(r"^\d{2}-\d{4}$")
JOIN_NOTE = ("Joined on the SOC 2018 code: its detailed row, else BLS's own combined row of its group (a code that is "
             "no SOC occupation), else the broad group; row.shared_by names the occupations sharing a row.")


@dataclass
class Bls:
    """The rows of both tables by SOC code (OEWS: detailed and broad levels only), and each
    table's combined rows by broad group (`combined_codes`, filled by `combine`)."""

    wages: dict[str, Row]
    projections: dict[str, Row]
    combined_wages: dict[str, str] = field(default_factory=dict)
    combined_projections: dict[str, str] = field(default_factory=dict)

    def combine(self, soc_codes: Iterable[str]) -> None:
        """Find BLS's combined rows, knowing every SOC 2018 occupation (`soc_codes`)."""
        known = set(soc_codes)
        self.combined_wages = combined_codes(self.wages, known)
        self.combined_projections = combined_codes(self.projections, known)


def read_bls(folder: Path) -> Bls:
    """Both tables of a `bls/` folder; a row the importer cannot use stops it with file:line."""
    return Bls(read_oews(folder / OEWS_FILE), read_projections(folder / EP_FILE))


def read_oews(path: Path) -> dict[str, Row]:
    """Code -> row. OEWS repeats a few codes at two levels (13-1020 is both its broad and its most
    detailed row, with the same figures); the detailed row is kept."""
    columns = ["AREA", "NAICS", "OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP",
               *(column for period in OEWS_COLUMNS.values() for column in period.values())]
    rows: dict[str, Row] = {}
    for row in read_csv(path, columns):
        if (row["AREA"], row["NAICS"]) != ("99", "000000"):
            raise row.error(_("not a national cross-industry row (AREA 99, NAICS 000000)"))
        if row["O_GROUP"] in OEWS_GROUPS and (row["OCC_CODE"] not in rows or row["O_GROUP"] == "detailed"):
            rows[_soc_code(row, "OCC_CODE")] = row
    return rows


def read_projections(path: Path) -> dict[str, Row]:
    """Code -> row of Table 1.2; the footnote lines at the end (no occupation type) are skipped."""
    columns = [EP_CODE, EP_TITLE, "Occupation type", *(c for _n, c in EP_NUMBERS.values()), EP_WAGE,
               *EP_CATEGORIES.values()]
    return {_soc_code(row, EP_CODE): row for row in read_csv(path, columns) if row["Occupation type"]}


def _soc_code(row: Row, column: str) -> str:
    value = row[column]
    if not SOC_CODE.match(value):
        raise row.error(_("column '{column}': not a valid code: {value!r}").format(column=column, value=value))
    return value


# ---------------------------------------------------------------- joining

def combined_codes(table: dict[str, Row], soc_codes: set[str]) -> dict[str, str]:
    """Broad group -> the one detailed row of the table that is no SOC 2018 occupation: a code BLS
    made for several occupations of the group. A group with several such rows maps to none (which
    of them holds an occupation would be a guess)."""
    found: dict[str, list[str]] = {}
    for code in table:
        if not code.endswith("0") and code not in soc_codes:
            found.setdefault(code[:6] + "0", []).append(code)
    return {group: codes[0] for group, codes in sorted(found.items()) if len(codes) == 1}


def find_row(table: dict[str, Row], soc: str, combined: Optional[dict[str, str]] = None) -> Optional[tuple[Row, str]]:
    """(row, level): the detailed code's row, else BLS's combined row of its group, else its broad
    group's (code ending in 0), else None."""
    if soc in table:
        return table[soc], "detailed"
    broad = soc[:6] + "0"
    if combined and broad in combined:
        return table[combined[broad]], "combined"
    if broad in table:
        return table[broad], "broad"
    return None


def occupation_soc(codes: dict[str, list[str]]) -> str:
    """The SOC 2018 code to join on: the official one the profile carries, else the first 7
    characters of its O*NET-SOC code."""
    return codes["soc"][0] if codes.get("soc") else codes["onet_soc"][0][:7]


def bls_figures(bls: Optional[Bls], codes: dict[str, list[str]]) -> dict[str, list[dict[str, Any]]]:
    """The `wages` and `outlook` fields of one profile (empty when nothing matches)."""
    if bls is None:
        return {}
    soc = occupation_soc(codes)
    found = {"wages": find_row(bls.wages, soc, bls.combined_wages),
             "outlook": find_row(bls.projections, soc, bls.combined_projections)}
    builders = {"wages": oews_wages, "outlook": ep_outlook}
    return {field: [builders[field](*match)] for field, match in found.items() if match}


def mark_shared_rows(profiles: Iterable[dict[str, Any]]) -> None:
    """Name, in each profile's `wages` and `outlook` row, every occupation of the catalog whose
    figures come from the same row (`shared_by`, O*NET-SOC codes), when there are several."""
    profiles = list(profiles)
    for field_name in ("wages", "outlook"):
        users: dict[str, list[str]] = {}
        for profile in profiles:
            for block in profile.get(field_name, []):
                users.setdefault(block["row"]["code"], []).append(profile["codes"]["onet_soc"][0])
        for profile in profiles:
            for block in profile.get(field_name, []):
                sharing = users[block["row"]["code"]]
                if len(sharing) > 1:
                    block["row"]["shared_by"] = sorted(sharing)


def _source_row(code: str, title: str, level: str) -> dict[str, Any]:
    return {"system": "SOC 2018", "code": code, "title": title.strip(), "level": level}


def oews_wages(row: Row, level: str) -> dict[str, Any]:
    """One OEWS row as a `Wages` block: both periods, markers kept."""
    return {
        "source": {"name": OEWS_NAME, "publisher": PUBLISHER, "url": OEWS_URL},
        "geography": GEOGRAPHY,
        "year": OEWS_YEAR,
        "reference": OEWS_REFERENCE,
        "currency": CURRENCY,
        "basis": "gross",  # OEWS wages are straight-time gross pay
        "row": _source_row(row["OCC_CODE"], row["OCC_TITLE"], level),
        "employment": None if row["TOT_EMP"] in ("*", "**") else row.integer("TOT_EMP"),
        "pay": [pay_figures(row, period) for period in ("year", "hour")],
    }


def pay_figures(row: Row, period: str) -> dict[str, Any]:
    """The six statistics of one period: `*` -> suppressed, `#` -> the top code, at least."""
    figures: dict[str, Any] = {"period": period, "suppressed": [], "top_coded": []}
    for statistic, column in OEWS_COLUMNS[period].items():
        value = row[column]
        if value == "*":
            figures["suppressed"].append(statistic)
        elif value == "#":
            figures[statistic] = TOP_CODES[period]
            figures["top_coded"].append(statistic)
        else:
            figures[statistic] = row.number(column)
    return figures


def ep_outlook(row: Row, level: str) -> dict[str, Any]:
    """One Table 1.2 row as an `Outlook` block: `—` -> suppressed, `>=$239,200` -> at least."""
    outlook: dict[str, Any] = {
        "source": {"name": EP_NAME, "publisher": PUBLISHER, "url": EP_URL},
        "geography": GEOGRAPHY,
        "base_year": EP_BASE_YEAR,
        "target_year": EP_TARGET_YEAR,
        "row": _source_row(row[EP_CODE], row[EP_TITLE], level),
    }
    suppressed = []
    for key, (name, column) in EP_NUMBERS.items():
        if row[column] == EP_NOT_AVAILABLE:
            suppressed.append(name)
        else:
            outlook[key] = row.number(column)
    wage = _ep_wage(row)
    if wage is None:
        suppressed.append("median_wage")
    else:
        outlook.update(median_wage=wage[0], median_wage_top_coded=wage[1], currency=CURRENCY)
    for key, column in EP_CATEGORIES.items():
        if row[column] == EP_NOT_AVAILABLE:
            suppressed.append(key)
        elif row[column]:  # blank in the export: not stated, so not shown
            outlook[key] = {"en": row[column]}
    if suppressed:
        outlook["suppressed"] = suppressed
    return outlook


def _ep_wage(row: Row) -> Optional[tuple[float, bool]]:
    """(amount, top-coded) or None when not available."""
    value = row[EP_WAGE]
    if value == EP_NOT_AVAILABLE:
        return None
    at_least = EP_AT_LEAST.match(value)
    if at_least:
        return float(at_least.group(1).replace(",", "")), True
    return row.number(EP_WAGE), False


# ---------------------------------------------------------------- attribution

def bls_sources(figures: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The profile's source entries for the BLS figures it carries (public domain, said so)."""
    return [source for field, source in (("wages", oews_source()), ("outlook", ep_source())) if figures.get(field)]


def oews_source() -> dict[str, Any]:
    return {
        "name": OEWS_NAME,
        "url": OEWS_URL,
        "publisher": PUBLISHER,
        "version": OEWS_REFERENCE,
        "licence": LICENCE,
        "attribution": f"Source: {PUBLISHER}, {OEWS_NAME}. U.S. federal government work, in the public domain.",
        "note": "United States, national cross-industry estimates, USD, gross. " + JOIN_NOTE + " `#`: at or "
                "above $115.00 an hour or $239,200 a year; `*`: not available.",
    }


def ep_source() -> dict[str, Any]:
    return {
        "name": EP_NAME,
        "url": EP_URL,
        "publisher": PUBLISHER,
        "version": f"{EP_BASE_YEAR}-{EP_TARGET_YEAR % 100}",
        "licence": LICENCE,
        "attribution": f"Source: {PUBLISHER}, {EP_NAME}. U.S. federal government work, in the public domain.",
        "note": "United States: employment 2024 and 2034 (thousands), change, annual openings, median annual "
                "wage 2024 (USD), typical entry education, experience and training. " + JOIN_NOTE,
    }
