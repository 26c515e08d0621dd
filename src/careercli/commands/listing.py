"""`careers list`: the careers of the catalog, filtered, one row each, sorted by title."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..i18n import _, current_language
from ..schema import RIASEC_TYPES
from ..text import localize
from ..views import CareerList, CareerRow

if TYPE_CHECKING:
    from ..app import App
    from ..browse import Filters
    from ..index import Entry


def career_rows(entries: list["Entry"], lang: str) -> list[CareerRow]:
    """One row per entry, in their order: id, title (in `lang` if available), Holland code, job
    zone, origin and the six RIASEC scores (or None)."""
    return [CareerRow(id=entry.id, title=localize(entry.title, lang) or entry.id, code=entry.holland,
                      job_zone=entry.job_zone, origin=entry.origin,
                      riasec=dict(zip(RIASEC_TYPES, entry.riasec)) if entry.riasec else None)
            for entry in entries]


def list_careers(app: "App", extra_dirs: Optional[list[str]] = None, catalog_choice: Optional[str] = None,
                 filters: Optional["Filters"] = None, pager: bool = True) -> CareerList:
    """The careers of the catalog in scope that pass `filters`, sorted by title (browse.browse);
    --source alone widens the scope to every catalog."""
    from ..browse import Filters, browse

    filters = filters if filters is not None else Filters()
    catalog = app.catalog(extra_dirs)
    lang = current_language()
    scope = None if filters.sources and catalog_choice is None else app.scope(catalog_choice)
    found = browse(catalog, filters, lang, scope)
    notes = [_("Careers without a job zone left out (ROME fiches have none): {count}").format(count=found.without_zone)
             ] if found.without_zone else []
    return CareerList(rows=career_rows(found.entries, lang), lang=lang, notes=notes, pager=pager,
                      unreadable=len({p.path for p in catalog.problems}))
