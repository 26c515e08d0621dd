"""Careers side by side: the facts that tell careers apart, as plain data (no Rich, no Typer).

`compare_careers` takes resolved profiles and returns one row per fact with one value per
career, already formatted for people in the language asked for; `career_facts` gives the
same facts as raw values for JSON and CSV.
"""

from typing import Any, Optional, Sequence

import msgspec

from .i18n import _
from .render.profile_format import (
    FIGURES, figure_labels, figure_value, money_range, pay_basis, riasec_names, score, text_of, title_forms,
)
from .schema import RIASEC_TYPES, Profile


class Row(msgspec.Struct):
    key: str  # stable name of the fact, for scripts
    label: str
    values: list[str]  # one per career, "" when unknown


def compare_careers(careers: Sequence[tuple[str, Profile]], lang: str) -> list[Row]:
    """The facts of every career, row by row; rows unknown for every career are left out."""
    profiles = [profile for _id, profile in careers]
    rows = [
        Row("title", _("Career"), [_title(p, lang) for p in profiles]),
        Row("id", _("Id"), [career_id for career_id, _p in careers]),
        Row("code", _("Holland code"), [p.riasec.code or "" if p.riasec else "" for p in profiles]),
        *_interest_rows(profiles, lang),
        Row("interest_match", _("Interest match with the first"), _interest_matches(profiles)),
        Row("job_zone", _("Job zone"), [_job_zone(p, lang) for p in profiles]),
        Row("education", _("Education"), [text_of(p.education, lang) for p in profiles]),
        Row("studies", _("Studies"), [text_of(p.studies.length, lang) if p.studies else "" for p in profiles]),
        Row("salary", _("Salary"), [_salary(p, "overall", lang) for p in profiles]),
        Row("salary_junior", _("Junior"), [_salary(p, "junior", lang) for p in profiles]),
        Row("salary_senior", _("Senior"), [_salary(p, "senior", lang) for p in profiles]),
        *_figure_rows(profiles, lang),
        Row("origin", _("Profile"), [_origin(p) for p in profiles]),
    ]
    return [row for row in rows if any(row.values[1 if row.key == "interest_match" else 0:])]


def _title(profile: Profile, lang: str) -> str:
    title, feminine = title_forms(profile, lang)
    return f"{title} / {feminine}" if feminine else title


def _interest_rows(profiles: Sequence[Profile], lang: str) -> list[Row]:
    names = riasec_names()
    return [Row(f"riasec_{t}", f"{t} {names[t]}",
                [score(getattr(p.riasec, t), lang) if p.riasec else "" for p in profiles]) for t in RIASEC_TYPES]


def _interest_matches(profiles: Sequence[Profile]) -> list[str]:
    """How closely each career's interest profile correlates with the first one's."""
    from .quiz.ranking import match_percent, pearson

    first = profiles[0].riasec
    values = [""]
    for profile in profiles[1:]:
        r = pearson(first.scores(), profile.riasec.scores()) if first and profile.riasec else None
        values.append(f"{match_percent(r)}%" if r is not None else "")
    return values


def _job_zone(profile: Profile, lang: str) -> str:
    zone = profile.job_zone
    if zone is None:
        return ""
    return text_of(zone.label, lang) or str(zone.zone)


def _salary(profile: Profile, which: str, lang: str) -> str:
    salary = profile.salary
    rng = getattr(salary, which) if salary else None
    if salary is None or rng is None:
        return ""
    basis = pay_basis(salary) if which == "overall" else ""
    return money_range(rng, salary.currency, lang) + (f" {basis}" if basis else "")


def _figure_rows(profiles: Sequence[Profile], lang: str) -> list[Row]:
    labels = figure_labels()
    rows = []
    for name in FIGURES:
        values = []
        for p in profiles:
            figure = getattr(p.key_figures, name) if p.key_figures else None
            values.append(figure_value(figure, lang) if figure else "")
        rows.append(Row(name, labels[name], values))
    return rows


def _origin(profile: Profile) -> str:
    return _("detailed") if profile.origin == "curated" else "O*NET"


def career_facts(career_id: str, profile: Profile, lang: str) -> dict[str, Any]:
    """The comparable facts of one career as raw values (the JSON and CSV contract)."""
    salary = profile.salary
    zone = profile.job_zone
    return {
        "id": career_id,
        "title": _title(profile, lang),
        "code": profile.riasec.code if profile.riasec else None,
        "riasec": dict(zip(RIASEC_TYPES, profile.riasec.scores())) if profile.riasec else None,
        "job_zone": zone.zone if zone else None,
        "education": text_of(profile.education, lang) or None,
        "studies": text_of(profile.studies.length, lang) or None if profile.studies else None,
        "salary": _salary_facts(salary) if salary else None,
        "origin": profile.origin,
    }


def _salary_facts(salary: Any) -> dict[str, Any]:
    def bounds(rng: Optional[Any]) -> Optional[list[float]]:
        return [rng.min, rng.max] if rng else None

    return {"currency": salary.currency, "period": salary.period, "basis": salary.basis,
            "overall": bounds(salary.overall), "junior": bounds(salary.junior), "senior": bounds(salary.senior),
            "source": salary.source}
