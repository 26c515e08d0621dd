"""`careers list`: every career in the catalog, one row each, as a table, JSON, CSV or Markdown."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from ..i18n import _, use_language
from ..schema import RIASEC_TYPES
from ..text import localize

if TYPE_CHECKING:
    from ..catalog import Catalog

COLUMNS = ("id", "title", "code", "job_zone", "origin")  # the JSON/CSV contract; riasec follows


def career_rows(catalog: "Catalog", lang: str) -> list[dict[str, Any]]:
    """One row per career, sorted by id: id, title (in `lang` if available), Holland code,
    job zone, origin and the six RIASEC scores (or None)."""
    rows = []
    for career_id in sorted(catalog.entries):
        entry = catalog.entries[career_id]
        rows.append({
            "id": entry.id,
            "title": localize(entry.title, lang) or entry.id,
            "code": entry.holland,
            "job_zone": entry.job_zone,
            "origin": entry.origin,
            "riasec": dict(zip(RIASEC_TYPES, entry.riasec)) if entry.riasec else None,
        })
    return rows


def run_list(settings: Any, *, lang: Optional[str], fmt: str, extra_dirs: Optional[list[Path]] = None) -> None:
    lang = use_language(lang)  # a French list comes with French headings
    catalog = settings.catalog(extra_dirs)
    rows = career_rows(catalog, lang)
    if catalog.problems:
        from ..console import err

        err().print(_("{count} profile files could not be read; run `careers validate` for details").format(
            count=len({p.path for p in catalog.problems})), markup=False, highlight=False)
    render = {"json": _emit_json, "csv": _emit_csv, "markdown": _emit_markdown}.get(fmt, _emit_rich)
    render(rows)


def _emit_json(rows: list[dict[str, Any]]) -> None:
    from ..console import write_data
    from ..render.envelope import envelope, to_json

    write_data(to_json(envelope("list", rows)))


def as_csv(rows: list[dict[str, Any]]) -> str:
    """Header row, then one line per career; RIASEC scores as six columns R..C."""
    from ..render.cells import csv_text

    return csv_text([*COLUMNS, *RIASEC_TYPES], (
        [row[c] for c in COLUMNS] + ([row["riasec"][t] for t in RIASEC_TYPES] if row["riasec"] else [None] * 6)
        for row in rows))


def _emit_csv(rows: list[dict[str, Any]]) -> None:
    from ..console import write_data

    write_data(as_csv(rows))


def as_markdown(rows: list[dict[str, Any]]) -> str:
    from ..render.cells import md_cell, plain_line

    headers = [_("Id"), _("Title"), _("Code"), _("Job zone"), _("Origin")]
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    for row in rows:
        cells = [md_cell(plain_line(row[c])) for c in COLUMNS]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _emit_markdown(rows: list[dict[str, Any]]) -> None:
    from ..console import write_data

    write_data(as_markdown(rows))


def _emit_rich(rows: list[dict[str, Any]]) -> None:
    from rich.table import Table
    from rich.text import Text

    from ..console import out

    table = Table(show_edge=False, pad_edge=False, box=None, header_style="bold")
    table.add_column(_("Id"), overflow="fold")
    table.add_column(_("Title"), overflow="fold", ratio=1)
    table.add_column(_("Code"), no_wrap=True)
    table.add_column(_("Zone"), justify="right", no_wrap=True)
    table.add_column(_("Origin"), no_wrap=True)
    from ..render.cells import plain_line

    for row in rows:
        table.add_row(*(Text(plain_line(row[c])) for c in COLUMNS))
    out().print(table)
