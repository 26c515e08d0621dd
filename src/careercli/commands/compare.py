"""`careers compare`: two or more careers side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..explore.compare import MAX_CAREERS
from ..errors import UsageError
from ..i18n import _

if TYPE_CHECKING:
    from ..app import App
    from ..facts.pay import Unit
    from ..views import Comparison


def compare(app: "App", queries: list[str], extra_dirs: Optional[list[str]] = None,
            catalog_choice: Optional[str] = None, sort: Optional[str] = None,
            pay_unit: Optional["Unit"] = None) -> "Comparison":
    """The careers side by side, as given or ordered by `sort` (pay in `pay_unit`, outlook, title,
    or interest match with the first given, which stays first)."""
    if not 2 <= len(queries) <= MAX_CAREERS:
        raise UsageError(_("compare needs 2 to {most} careers (got {count})").format(most=MAX_CAREERS,
                                                                                     count=len(queries)))
    from ..explore.compare import comparison
    from .lookup import find_career

    catalog = app.catalog(extra_dirs)
    scope = app.scope(catalog_choice)
    careers = [find_career(app, catalog, query, scope) for query in queries]
    return comparison(catalog, careers, sort, pay_unit)
