"""`careers criteria`: every criteria tag of the careers in scope, with its count, by kind."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional


if TYPE_CHECKING:
    from ..app import App
    from ..views import CriteriaList


def list_criteria(app: "App", extra_dirs: Optional[list[str]] = None, catalog_choice: Optional[str] = None,
                  kinds: Optional[list[str]] = None, pager: bool = True) -> "CriteriaList":
    from ..explore.career_list import criteria_list

    return criteria_list(app.catalog(extra_dirs), scope=app.scope(catalog_choice),
                         kinds=kinds, pager=pager)
