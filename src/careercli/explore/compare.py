"""Careers side by side, as plain data (no Rich, no Typer): the facts of each career as raw
values (the JSON and CSV contract), how closely each one's interests match the first's, the
competences they share and those each has alone, and the moves their reference lists between them.
The people's view of the same facts is laid out by render/comparison.py.

Competences come from the moves tables (data/reference/moves-*.tsv, see moves/tables.py), the same
for a ROME fiche (its savoir-faire, their areas and its savoirs, `core` where France Travail marks
them coeur de métier) and an O*NET occupation (its important skills and knowledge): careers are
compared there when they all have a code of one table (that of the first career given).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Sequence

import msgspec

from ..profile.schema import RIASEC_TYPES, Profile, Salary
from ..facts.onet_texts import onet_wording
from ..facts.studylevels import fiche_study_levels
from ..text import clean, localize, title_forms
from ..i18n import current_language

if TYPE_CHECKING:
    from ..catalog.merged import Catalog
    from ..moves.tables import MovesTable
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


def display_title(profile: Profile) -> str:
    lang = current_language()
    title, feminine = title_forms(profile, lang)
    return f"{title} / {feminine}" if feminine else title


def career_facts(career_id: str, profile: Profile) -> dict[str, Any]:
    """The comparable facts of one career as raw values, then its codes and title language (views.codes_of)."""
    from ..views import codes_of

    lang = current_language()
    salary = profile.salary
    zone = profile.job_zone
    return {
        "id": career_id,
        "title": display_title(profile),
        "code": profile.riasec.code if profile.riasec else None,
        "riasec": dict(zip(RIASEC_TYPES, profile.riasec.scores())) if profile.riasec else None,
        "work_values": work_values_facts(profile),
        "job_zone": zone.zone if zone else None,
        "education": onet_wording(profile.education) or None,  # O*NET's level, in careers' translation
        "studies": studies_text(profile) or None,
        "eqf_levels": list(fiche_study_levels(profile).levels),
        "interest_centres": tag_facts(profile, ("interest",)),
        "sectors": tag_facts(profile, ("sector", "subsector")),
        "salary": salary_facts(salary) if salary else None,
        "wages": msgspec.to_builtins(profile.wages),  # pay statistics, each with source, geography, year, currency
        "outlook": msgspec.to_builtins(profile.outlook),  # employment projections, each with source and years
        "origin": profile.origin,
        **codes_of(profile, lang),
    }


def studies_text(profile: Profile) -> str:
    """How long one studies where the profile says so, else its studies summary (a ROME fiche's
    "accès à l'emploi"): what `show` prints under its studies heading."""
    lang = current_language()
    studies = profile.studies
    if studies is None:
        return ""
    return clean(localize(studies.length, lang) or "") or clean(localize(studies.summary, lang) or "")


def tag_facts(profile: Profile, kinds: tuple[str, ...]) -> list[dict[str, Any]]:
    """The profile's tags of these kinds (interest centres, sectors ...), its principal ones first."""
    lang = current_language()
    tags = [tag for tag in profile.tags if tag.kind in kinds]
    return [{"text": clean(localize(tag.text, lang) or ""), "kind": tag.kind, "main": tag.main}
            for tag in sorted(tags, key=lambda tag: not tag.main)]


def work_values_facts(profile: Profile) -> Optional[dict[str, Any]]:
    """The six work values (extent 1-7) by key, and whether they are derived."""
    values = profile.work_values
    if values is None:
        return None
    from ..quiz.values import KEYS

    return {**dict(zip(KEYS, values.scores())), "derived": values.derived}


def salary_facts(salary: Salary) -> dict[str, Any]:
    def bounds(rng: Optional[Any]) -> Optional[list[float]]:
        return [rng.min, rng.max] if rng else None

    return {"currency": salary.currency, "period": salary.period, "basis": salary.basis,
            "overall": bounds(salary.overall), "junior": bounds(salary.junior), "senior": bounds(salary.senior),
            "source": salary.source}


def comparison(catalog: "Catalog", careers: list[tuple[str, Profile]], sort: Optional[str] = None,
               pay_unit: Optional["Unit"] = None) -> "Comparison":
    """The careers (id, profile) side by side, as given or ordered by `sort` (pay in `pay_unit`,
    default the language's; outlook; title; or interest match with the first, which stays first)."""
    from ..errors import UsageError
    from ..i18n import _
    from ..facts.pay import SORTS, default_unit
    from ..views import Comparison

    lang = current_language()
    if sort is not None and sort not in SORTS:
        raise UsageError(_("unknown sort '{sort}'; use one of: {choices}").format(sort=sort, choices=", ".join(SORTS)))
    if not 2 <= len(careers) <= MAX_CAREERS:
        raise UsageError(_("compare needs 2 to {most} careers (got {count})").format(most=MAX_CAREERS,
                                                                                     count=len(careers)))
    unit = pay_unit or default_unit()
    problems = [str(p) for career_id, _profile in careers for p in catalog.overlay_problems(career_id)]
    shown = ordered(careers, sort, unit)
    competences, mobility, notes = compared_competences(shown)
    return Comparison(careers=shown, lang=lang, sort=sort, pay_unit=unit, pay_problems=problems,
                      competences=competences, mobility=mobility, notes=notes)


def ordered(careers: list[tuple[str, "Profile"]], sort: Optional[str], unit: "Unit") -> list[tuple[str, "Profile"]]:
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
                          title=display_title(profile), position=position)

    return [careers[i] for i in sorted(range(len(careers)), key=key)]


# ---------------------------------------------------------------- competences and mobility

class SharedCompetence(msgspec.Struct, frozen=True, kw_only=True):
    """A competence of the careers compared (a ROME item or area, an O*NET skill or knowledge area)."""

    code: str
    name: str
    kind: str  # area, competence, knowledge (ROME); skill, knowledge (O*NET)
    core_for: list[str] = []  # ROME: the ids of the careers it is at the core of (coeur de métier)


class CompetenceComparison(msgspec.Struct, kw_only=True):
    reference: str  # rome or onet: the moves table the competences come from
    in_common: list[SharedCompetence]  # held by every career compared
    apart: dict[str, list[SharedCompetence]]  # career id -> the competences no other career compared has
    counts: dict[str, int]  # career id -> how many competences it has in the table


class Mobility(msgspec.Struct, frozen=True, kw_only=True):
    """A move the reference itself lists between two of the careers compared."""

    from_id: str
    to_id: str
    source: str  # rome_mobility (ROME's mobility links), onet_related (O*NET's related occupations)
    order: int  # its place in the list the reference publishes for `from_id`
    to_learn: Optional[float] = None  # moves.measure.to_learn: the share of the target's competences to add


def compared_competences(careers: list[tuple[str, Profile]]) -> tuple[
        Optional[CompetenceComparison], list[Mobility], list[str]]:
    """The competences in common and apart, and the reference's moves between the careers, in the
    moves table of the first career; notes name the careers that table does not know."""
    from ..i18n import _
    from ..moves.tables import moves_table, reference_of

    first = next((code for code in table_codes(careers[0][1]) if reference_of(code)), None)
    table = moves_table(reference_of(first) or "") if first else None
    if table is None:
        return None, [], [_("No competences to compare: the first career has no ROME or O*NET code")]
    codes = {career_id: code for career_id, profile in careers
             if (code := next((c for c in table_codes(profile) if c in table), None))}
    notes = [_("{title} has no competences in the {reference} moves table: they are not compared").format(
        title=display_title(profile), reference=table.reference.upper().replace("ONET", "O*NET"))
        for career_id, profile in careers if career_id not in codes]
    if len(codes) < 2:
        return None, [], notes
    return competence_sets(table, codes), mobility_between(table, codes), notes


def table_codes(profile: Profile) -> list[str]:
    """The codes a profile is (a fiche's ROME code, an occupation's O*NET-SOC), then those it gives."""
    codes = profile.codes
    if codes is None:
        return []
    own = list(codes.rome) if profile.origin == "rome" else list(codes.onet_soc) if profile.origin == "onet" else []
    return [*own, *codes.rome, *codes.onet_soc]


def competence_sets(table: "MovesTable", codes: dict[str, str]) -> CompetenceComparison:
    lang = current_language()
    careers = {career_id: table.career(code) for career_id, code in codes.items()}
    held = {career_id: set(career.competences.weights) if career else set() for career_id, career in careers.items()}
    core = {career_id: career.core if career else frozenset() for career_id, career in careers.items()}

    def shared(code: str) -> SharedCompetence:
        label = table.label(code)
        name = (label.fr if lang == "fr" else label.en) if label else code
        return SharedCompetence(code=code, name=clean(name), kind=label.kind if label else "",
                                core_for=[career_id for career_id in codes if code in core[career_id]])

    common = set.intersection(*held.values())
    apart = {career_id: [code for code in mine if not any(code in held[other] for other in held if other != career_id)]
             for career_id, mine in held.items()}
    return CompetenceComparison(reference=table.reference, in_common=competence_order([shared(c) for c in common]),
                                apart={i: competence_order([shared(c) for c in cs]) for i, cs in apart.items()},
                                counts={career_id: len(mine) for career_id, mine in held.items()})


def competence_order(found: list[SharedCompetence]) -> list[SharedCompetence]:
    """Core ones first; then areas, competences (or skills), knowledge; then by name."""
    kinds = {"area": 0, "competence": 1, "skill": 1, "knowledge": 2}
    return sorted(found, key=lambda c: (not c.core_for, kinds.get(c.kind, 3), c.name.casefold(), c.code))


def mobility_between(table: "MovesTable", codes: dict[str, str]) -> list[Mobility]:
    """Every move the reference lists from one career compared to another, in the order compared."""
    from ..moves.ranking import LIST_SOURCES

    by_code = {code: career_id for career_id, code in codes.items()}
    found = []
    for career_id, code in codes.items():
        career = table.career(code)
        for order, link in enumerate(career.links if career else (), 1):
            target = by_code.get(link.code)
            if target is not None and target != career_id:
                found.append(Mobility(from_id=career_id, to_id=target, source=LIST_SOURCES[table.reference],
                                      order=order, to_learn=link.to_learn))
    return found
