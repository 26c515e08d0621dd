"""`careers list`: the careers of the catalog, filtered, one row each, sorted by title."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional


if TYPE_CHECKING:
    from ..app import App
    from ..explore.browse import Filters
    from ..facts.pay import Unit
    from ..views import CareerList


def list_careers(app: "App", extra_dirs: Optional[list[str]] = None, catalog_choice: Optional[str] = None,
                 filters: Optional["Filters"] = None, pager: bool = True, sort: str = "title",
                 pay_unit: Optional["Unit"] = None) -> "CareerList":
    from ..explore.career_list import career_list

    return career_list(app.catalog(extra_dirs), catalog_choice=catalog_choice,
                       filters=filters, pager=pager, sort=sort, pay_unit=pay_unit)
