"""`careers similar`: the careers like one career, each with why (see careercli.explore.similar_list)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional


if TYPE_CHECKING:
    from ..app import App
    from ..views import SimilarResult


def similar(app: "App", query: str, *, limit: Optional[int] = 15, extra_dirs: Optional[list[str]] = None,
            catalog_choice: Optional[str] = None) -> "SimilarResult":
    from ..explore.similar_list import similar_result
    from .lookup import find_career

    catalog = app.catalog(extra_dirs)
    scope = app.scope(catalog_choice)
    career_id, profile = find_career(app, catalog, query, scope, whole_catalog=True)
    return similar_result(catalog, career_id, profile, query=query, scope=scope, limit=limit)
