"""`careers list`: every career in the catalog, one row each."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..i18n import current_language
from ..schema import RIASEC_TYPES
from ..text import localize
from ..views import CareerList, CareerRow

if TYPE_CHECKING:
    from ..app import App
    from ..catalog import Catalog


def career_rows(catalog: "Catalog", lang: str) -> list[CareerRow]:
    """One row per career, sorted by id: id, title (in `lang` if available), Holland code,
    job zone, origin and the six RIASEC scores (or None)."""
    entries = catalog.entries
    return [CareerRow(id=entry.id, title=localize(entry.title, lang) or entry.id, code=entry.holland,
                      job_zone=entry.job_zone, origin=entry.origin,
                      riasec=dict(zip(RIASEC_TYPES, entry.riasec)) if entry.riasec else None)
            for entry in (entries[i] for i in sorted(entries))]


def list_careers(app: "App", extra_dirs: Optional[list[str]] = None) -> CareerList:
    catalog = app.catalog(extra_dirs)
    lang = current_language()
    rows = career_rows(catalog, lang)
    return CareerList(rows=rows, lang=lang, unreadable=len({p.path for p in catalog.problems}))
