"""Careers side by side, as plain data (no Rich, no Typer): the facts of each career as raw
values (the JSON and CSV contract), and how closely each one's interests match the first's.
The people's view of the same facts is laid out by render/comparison.py."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Sequence

import msgspec

from ..profile.schema import RIASEC_TYPES, Profile, Salary
from ..text import clean, localize, title_forms

if TYPE_CHECKING:
    from ..catalog.merged import Catalog
    from ..facts.pay import Unit
    from ..views import Comparison

MAX_CAREERS = 6  # careers side by side: more no longer fit a terminal or a page


def interest_matches(profiles: Sequence[Profile]) -> list[Optional[float]]:
    """The Pearson correlation of each career's interest profile with the first one's (None for
    the first, and where a profile is missing)."""
    from ..quiz.ranking import pearson

    first = profiles[0].riasec
    values: list[Optional[float]] = [None]
    for profile in profiles[1:]:
        values.append(pearson(first.scores(), profile.riasec.scores()) if first and profile.riasec else None)
    return values


def display_title(profile: Profile, lang: str) -> str:
    title, feminine = title_forms(profile, lang)
    return f"{title} / {feminine}" if feminine else title


def career_facts(career_id: str, profile: Profile, lang: str) -> dict[str, Any]:
    """The comparable facts of one career as raw values."""
    salary = profile.salary
    zone = profile.job_zone
    return {
        "id": career_id,
        "title": display_title(profile, lang),
        "code": profile.riasec.code if profile.riasec else None,
        "riasec": dict(zip(RIASEC_TYPES, profile.riasec.scores())) if profile.riasec else None,
        "job_zone": zone.zone if zone else None,
        "education": clean(localize(profile.education, lang) or "") or None,
        "studies": (clean(localize(profile.studies.length, lang) or "") or None) if profile.studies else None,
        "salary": salary_facts(salary) if salary else None,
        "wages": msgspec.to_builtins(profile.wages),  # pay statistics, each with source, geography, year, currency
        "outlook": msgspec.to_builtins(profile.outlook),  # employment projections, each with source and years
        "origin": profile.origin,
    }


def salary_facts(salary: Salary) -> dict[str, Any]:
    def bounds(rng: Optional[Any]) -> Optional[list[float]]:
        return [rng.min, rng.max] if rng else None

    return {"currency": salary.currency, "period": salary.period, "basis": salary.basis,
            "overall": bounds(salary.overall), "junior": bounds(salary.junior), "senior": bounds(salary.senior),
            "source": salary.source}


def comparison(catalog: "Catalog", careers: list[tuple[str, Profile]], lang: str, sort: Optional[str] = None,
               pay_unit: Optional["Unit"] = None) -> "Comparison":
    """The careers (id, profile) side by side, as given or ordered by `sort` (pay in `pay_unit`,
    default the language's; outlook; title; or interest match with the first, which stays first)."""
    from ..errors import UsageError
    from ..i18n import _
    from ..facts.pay import SORTS, default_unit
    from ..views import Comparison

    if sort is not None and sort not in SORTS:
        raise UsageError(_("unknown sort '{sort}'; use one of: {choices}").format(sort=sort, choices=", ".join(SORTS)))
    if not 2 <= len(careers) <= MAX_CAREERS:
        raise UsageError(_("compare needs 2 to {most} careers (got {count})").format(most=MAX_CAREERS,
                                                                                     count=len(careers)))
    unit = pay_unit or default_unit(lang)
    problems = [str(p) for career_id, _profile in careers for p in catalog.overlay_problems(career_id)]
    return Comparison(careers=ordered(careers, sort, unit, lang), lang=lang, sort=sort, pay_unit=unit,
                      pay_problems=problems)


def ordered(careers: list[tuple[str, "Profile"]], sort: Optional[str], unit: "Unit",
            lang: str) -> list[tuple[str, "Profile"]]:
    """By median pay in `unit`, outlook or title (without the figure last, in the given order); by
    interest match with the first career given, which stays first; as given when `sort` is None."""
    from ..facts.pay import main_outlook, outlook_points, pay_in, pay_points, sort_order

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
