"""`careers compare`: two or more careers side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..errors import UsageError
from ..i18n import _, current_language
from ..views import Comparison

if TYPE_CHECKING:
    from ..app import App

MAX_CAREERS = 6


def compare(app: "App", queries: list[str], extra_dirs: Optional[list[str]] = None,
            catalog_choice: Optional[str] = None) -> Comparison:
    if not 2 <= len(queries) <= MAX_CAREERS:
        raise UsageError(_("compare needs 2 to {most} careers (got {count})").format(most=MAX_CAREERS,
                                                                                     count=len(queries)))
    from .lookup import find_career

    catalog = app.catalog(extra_dirs)
    scope = app.scope(catalog_choice)
    return Comparison(careers=[find_career(app, catalog, query, scope) for query in queries], lang=current_language())
