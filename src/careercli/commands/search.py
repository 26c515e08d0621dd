"""`careers search`: careers matching what people type, ranked, each with why it matched."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional


if TYPE_CHECKING:
    from ..app import App
    from ..views import SearchResult


def search(app: "App", query: str, *, limit: int = 10, extra_dirs: Optional[list[str]] = None,
           catalog_choice: Optional[str] = None) -> "SearchResult":
    from ..explore.finding import search_result

    return search_result(app.catalog(extra_dirs), query, scope=app.scope(catalog_choice),
                         limit=limit)
