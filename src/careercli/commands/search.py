"""`careers search`: careers matching what people type, ranked, each with why it matched."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..i18n import current_language
from ..views import Found, SearchResult

if TYPE_CHECKING:
    from ..app import App
    from ..catalog import Catalog
    from ..search import Hit


def search(app: "App", query: str, *, limit: int = 10, extra_dirs: Optional[list[str]] = None,
           catalog_choice: Optional[str] = None) -> SearchResult:
    from ..search import ranked_careers, suggestions

    lang = current_language()
    catalog = app.catalog(extra_dirs)
    hits = ranked_careers(catalog, query, lang=lang, scope=app.scope(catalog_choice))[:limit]
    found = [found_of(catalog, hit, rank, lang, query) for rank, hit in enumerate(hits, 1)]
    suggested = [] if hits else [found_of(catalog, hit, rank, lang, query)
                                 for rank, hit in enumerate(suggestions(catalog, query, lang=lang), 1)]
    return SearchResult(query=query, lang=lang, results=found, suggestions=suggested)


def found_of(catalog: "Catalog", hit: "Hit", rank: int, lang: str, query: str) -> Found:
    from ..text import clean, localize

    entry = hit.entry
    matched = query if hit.field == "text" else catalog.matched_text(entry.id, hit.key)
    return Found(rank=rank, id=entry.id, title=clean(localize(entry.title, lang) or entry.id), score=hit.score,
                 field=hit.field, matched=matched, language=hit.lang, typo=hit.typo, code=entry.holland, job_zone=entry.job_zone,
                 origin=entry.origin)
