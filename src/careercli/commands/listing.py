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
    from ..catalog import Catalog
    from ..index import Entry


def career_rows(entries: list["Entry"], lang: str) -> list[CareerRow]:
    """One row per entry, sorted by title in `lang` (browse.title_key), then id: id, title (in
    `lang` if available), Holland code, job zone, origin and the six RIASEC scores (or None)."""
    from ..browse import title_key

    rows = [CareerRow(id=entry.id, title=localize(entry.title, lang) or entry.id, code=entry.holland,
                      job_zone=entry.job_zone, origin=entry.origin,
                      riasec=dict(zip(RIASEC_TYPES, entry.riasec)) if entry.riasec else None)
            for entry in entries]
    return sorted(rows, key=lambda row: (title_key(row.title), row.id))


def listed_entries(catalog: "Catalog", lang: str, scope: Optional[frozenset[str]],
                   filters: "Filters") -> tuple[list["Entry"], list[str]]:
    """The entries of `scope` (every origin when only --source narrows it), twins left out, that
    pass `filters`; and notes for stderr about careers left out."""
    from ..browse import check_tag_values, filter_entries
    from ..scope import in_scope, without_twins

    everything = list(catalog.entries.values())
    chosen = [e for e in in_scope(everything, scope) if not filters.sources or e.origin in filters.sources]
    entries, _hidden = without_twins(chosen, lang)
    tags = None
    if filters.needs_tags:
        tags = catalog.tags()
        ids = {e.id for e in entries}
        check_tag_values(filters, {i: t for i, t in tags.items() if i in ids},
                         {i: t for i, t in tags.items() if i not in ids}, lang)
    filtered = filter_entries(entries, filters, tags)
    notes = []
    if filtered.without_zone:
        notes.append(_("Careers without a job zone left out (ROME fiches have none): {count}").format(
            count=filtered.without_zone))
    return filtered.entries, notes


def list_careers(app: "App", extra_dirs: Optional[list[str]] = None, catalog_choice: Optional[str] = None,
                 filters: Optional["Filters"] = None, pager: bool = True) -> CareerList:
    from ..browse import Filters, checked_filters

    filters = checked_filters(filters if filters is not None else Filters())
    catalog = app.catalog(extra_dirs)
    lang = current_language()
    scope = None if filters.sources and catalog_choice is None else app.scope(catalog_choice)
    entries, notes = listed_entries(catalog, lang, scope, filters)
    return CareerList(rows=career_rows(entries, lang), lang=lang, notes=notes, pager=pager,
                      unreadable=len({p.path for p in catalog.problems}))
