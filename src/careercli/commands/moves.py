"""`careers moves` and `careers path`: where one can go from a career, and the chains of moves to
a goal (careercli.moves.found builds the results; careercli.moves says how they are measured)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..moves.found import moves_result, path_result

if TYPE_CHECKING:
    from ..app import App
    from ..moves.results import MovesResult, PathResult


def moves(app: "App", query: str, *, limit: Optional[int] = 15, extra_dirs: Optional[list[str]] = None,
          catalog_choice: Optional[str] = None) -> "MovesResult":
    """The moves from the career `query` names, best first (see careercli.moves.ranking)."""
    from .lookup import find_career

    catalog = app.catalog(extra_dirs)
    career_id, profile = find_career(app, catalog, query, app.scope(catalog_choice), whole_catalog=True)
    return moves_result(catalog, query, career_id, profile, limit)


def path(app: "App", start_query: str, goal_query: str, *, count: int = 3, extra_dirs: Optional[list[str]] = None,
         catalog_choice: Optional[str] = None) -> "PathResult":
    """The cheapest chains of moves from one career to another (see careercli.moves.paths)."""
    from .lookup import find_career

    catalog = app.catalog(extra_dirs)
    scope = app.scope(catalog_choice)
    start = find_career(app, catalog, start_query, scope, whole_catalog=True)
    goal = find_career(app, catalog, goal_query, scope)
    return path_result(catalog, (start_query, *start), (goal_query, *goal), count)
