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


def career_rows(catalog: "Catalog", lang: str, scope: Optional[frozenset[str]] = None) -> list[CareerRow]:
    """One row per career of `scope`, twins left out, sorted by id: id, title (in `lang` if
    available), Holland code, job zone, origin and the six RIASEC scores (or None)."""
    from ..scope import in_scope, without_twins

    entries, _hidden = without_twins(in_scope(catalog.entries.values(), scope), lang)
    return [CareerRow(id=entry.id, title=localize(entry.title, lang) or entry.id, code=entry.holland,
                      job_zone=entry.job_zone, origin=entry.origin,
                      riasec=dict(zip(RIASEC_TYPES, entry.riasec)) if entry.riasec else None)
            for entry in sorted(entries, key=lambda e: e.id)]


def list_careers(app: "App", extra_dirs: Optional[list[str]] = None,
                 catalog_choice: Optional[str] = None) -> CareerList:
    catalog = app.catalog(extra_dirs)
    lang = current_language()
    rows = career_rows(catalog, lang, app.scope(catalog_choice))
    return CareerList(rows=rows, lang=lang, unreadable=len({p.path for p in catalog.problems}))
