"""Careers side by side, as a Rich table, Markdown, CSV or JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

    from ..compare import Row

ACCENT = "cyan"


def render_comparison(rows: list["Row"], console: "Console") -> None:
    """One column per career; the fact names down the left; the highest interest score
    of each career's profile stands out."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from ..text import clean

    table = Table(box=box.SIMPLE_HEAD, show_header=True, header_style="bold " + ACCENT, pad_edge=False, expand=True)
    titles, ids = rows[0], rows[1]
    body = rows[2:]
    table.add_column("", style="dim", overflow="fold", ratio=2, min_width=min(18, console.width // 4))
    for title, career_id in zip(titles.values, ids.values):
        table.add_column(Text.assemble(clean(title), "\n", (clean(career_id), "dim")), overflow="fold", ratio=3)
    peaks = _interest_peaks(body)
    for row in body:
        cells = [Text(clean(value), style="bold " + ACCENT if (row.key, i) in peaks else "")
                 for i, value in enumerate(row.values)]
        table.add_row(Text(clean(row.label)), *cells, end_section=row.key in ("code", "riasec_C", "interest_match"))
    console.print(table)


def _interest_peaks(rows: list["Row"]) -> set[tuple[str, int]]:
    """(row key, column) of each career's highest RIASEC score."""
    interests = [row for row in rows if row.key.startswith("riasec_")]
    peaks = set()
    for column in range(len(rows[0].values) if rows else 0):
        scored = [(float(row.values[column].replace(",", ".")), row.key) for row in interests if row.values[column]]
        if scored:
            peaks.add((max(scored)[1], column))
    return peaks


def comparison_markdown(rows: list["Row"]) -> str:
    from .cells import md_cell

    titles, body = rows[0], rows[1:]
    lines = ["| | " + " | ".join(md_cell(t) for t in titles.values) + " |",
             "|---|" + "---|" * len(titles.values)]
    lines += ["| " + md_cell(row.label) + " | " + " | ".join(md_cell(v) for v in row.values) + " |" for row in body]
    return "\n".join(lines) + "\n"


def comparison_csv(facts: list[dict[str, Any]]) -> str:
    """One line per career; interest scores as six columns R..C, salary bounds as numbers."""
    from ..schema import RIASEC_TYPES
    from .cells import csv_text

    def row(fact: dict[str, Any]) -> list[Any]:
        riasec = fact["riasec"] or {}
        salary = fact["salary"] or {}
        overall = salary.get("overall") or [None, None]
        return [fact["id"], fact["title"], fact["code"], *(riasec.get(t) for t in RIASEC_TYPES), fact["job_zone"],
                fact["education"], fact["studies"], salary.get("currency"), salary.get("period"),
                salary.get("basis"), overall[0], overall[1], fact["origin"]]

    header = ["id", "title", "code", *RIASEC_TYPES, "job_zone", "education", "studies", "salary_currency",
              "salary_period", "salary_basis", "salary_min", "salary_max", "origin"]
    return csv_text(header, (row(fact) for fact in facts))
