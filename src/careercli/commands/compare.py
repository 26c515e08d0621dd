"""`careers compare`: two or more careers side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..errors import UsageError
from ..i18n import _, current_language
from ..views import Comparison

if TYPE_CHECKING:
    from ..app import App
    from ..pay import Unit
    from ..schema import Profile

MAX_CAREERS = 6


def compare(app: "App", queries: list[str], extra_dirs: Optional[list[str]] = None,
            catalog_choice: Optional[str] = None, sort: Optional[str] = None,
            pay_unit: Optional["Unit"] = None) -> Comparison:
    """The careers side by side, as given or ordered by `sort` (pay in `pay_unit`, outlook, title,
    or interest match with the first given, which stays first)."""
    if not 2 <= len(queries) <= MAX_CAREERS:
        raise UsageError(_("compare needs 2 to {most} careers (got {count})").format(most=MAX_CAREERS,
                                                                                     count=len(queries)))
    from ..pay import default_unit
    from .lookup import find_career

    catalog = app.catalog(extra_dirs)
    scope = app.scope(catalog_choice)
    lang = current_language()
    careers = [find_career(app, catalog, query, scope) for query in queries]
    unit = pay_unit or default_unit(lang)
    problems = [str(p) for career_id, _profile in careers for p in catalog.overlay_problems(career_id)]
    return Comparison(careers=ordered(careers, sort, unit, lang), lang=lang, sort=sort, pay_unit=unit,
                      pay_problems=problems)


def ordered(careers: list[tuple[str, "Profile"]], sort: Optional[str], unit: "Unit",
            lang: str) -> list[tuple[str, "Profile"]]:
    """By median pay in `unit`, outlook or title (without the figure last, in the given order); by
    interest match with the first career given, which stays first; as given when `sort` is None."""
    from ..compare import display_title, interest_matches
    from ..pay import main_outlook, outlook_points, pay_in, pay_points, sort_order

    if sort is None:
        return careers
    if sort == "match":
        matches = interest_matches([profile for _id, profile in careers])
        rest = sorted(range(1, len(careers)), key=lambda i: (matches[i] is None, -(matches[i] or 0.0), i))
        return [careers[0]] + [careers[i] for i in rest]

    def key(position: int) -> tuple:
        _id, profile = careers[position]
        outlook = main_outlook(outlook_points(profile))
        return sort_order(sort, pay=pay_in(pay_points(profile), unit).compared,
                          outlook=outlook.change_percent if outlook else None,
                          title=display_title(profile, lang), position=position)

    return [careers[i] for i in sorted(range(len(careers)), key=key)]
