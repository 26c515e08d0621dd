"""Careers side by side, as plain data (no Rich, no Typer): the facts of each career as raw
values (the JSON and CSV contract), and how closely each one's interests match the first's.
The people's view of the same facts is laid out by render/comparison.py."""

from typing import Any, Optional, Sequence

import msgspec

from .schema import RIASEC_TYPES, Profile, Salary
from .text import clean, localize, title_forms


def interest_matches(profiles: Sequence[Profile]) -> list[Optional[float]]:
    """The Pearson correlation of each career's interest profile with the first one's (None for
    the first, and where a profile is missing)."""
    from .quiz.ranking import pearson

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
