"""The moves from one career: its reference's own links first, then the nearest by competences.

In this order, each career once:
1. `rome_mobility`: ROME's mobility links of the fiche (rubrique_mobilite), in France Travail's
   published order; `onet_related`: O*NET's Related Occupations, in O*NET's order;
2. `competences`: the careers whose competences overlap most (measure.overlap), best first.
Each move says what carries over (the competences both hold: for ROME the shared items, the
target's core ones first; for O*NET the skills and knowledge important to both, with both
levels) and what to add (ROME: the target's core competences and knowledge the job lacks; O*NET:
the skills and knowledge important to the target whose level rises most, with both levels).
"""

from __future__ import annotations

from typing import Optional

import msgspec

from .measure import overlap
from .tables import Career, Link, MovesTable

LIST_SOURCES = {"rome": "rome_mobility", "onet": "onet_related"}
ROME_KIND_ORDER = {"area": 0, "competence": 1, "knowledge": 2}
MAX_RISES = 6  # O*NET: the skills and knowledge whose level rises most, at most this many


class Competence(msgspec.Struct, frozen=True, kw_only=True):
    """One competence of a move (a ROME item or an O*NET skill or knowledge area)."""

    code: str
    kind: str  # competence, knowledge (ROME); skill, knowledge (O*NET)
    core: bool = False  # ROME: at the core of the target job
    level: Optional[float] = None  # O*NET: the level (0-7) the target asks
    current: Optional[float] = None  # O*NET: the level (0-7) of the job one has


class Step(msgspec.Struct, frozen=True, kw_only=True):
    """A move from one career's code to another's, with what carries over and what to add."""

    code: str  # the target
    source: str  # rome_mobility, onet_related, competences
    order: Optional[int] = None  # its place in the published list (rome_mobility, onet_related)
    overlap: Optional[float] = None  # measure.overlap of the two careers' competences
    to_learn: Optional[float] = None  # measure.to_learn
    carried: list[Competence] = []
    to_add: list[Competence] = []
    other_missing: int = 0  # ROME: the target's other (not core) competences and knowledge the job lacks


def career_moves(table: MovesTable, code: str, allowed: set[str]) -> list[Step]:
    """Every move from `code` to a career of `allowed` (codes of the same table), in order."""
    career = table.career(code)
    if career is None:
        return []
    steps: list[Step] = []
    seen = {code}
    source = LIST_SOURCES[table.reference]
    for order, link in enumerate(career.links, 1):
        if link.code in allowed and link.code not in seen:
            seen.add(link.code)
            steps.append(step(table, career, link, source, order))
    for link in career.near:
        if link.code in allowed and link.code not in seen:
            seen.add(link.code)
            steps.append(step(table, career, link, "competences"))
    return steps


def step(table: MovesTable, job: Career, link: Link, source: str, order: Optional[int] = None) -> Step:
    target = table.career(link.code)
    if target is None:  # a related occupation without skill data
        return Step(code=link.code, source=source, order=order)
    details = _rome_details if table.reference == "rome" else _onet_details
    carried, to_add, others = details(table, job, target)
    return Step(code=link.code, source=source, order=order, overlap=round(overlap(job.competences, target.competences), 3),
                to_learn=link.to_learn, carried=carried, to_add=to_add, other_missing=others)


def _kind(table: MovesTable, code: str) -> str:
    label = table.label(code)
    return label.kind if label else ""


def _rome_details(table: MovesTable, job: Career, target: Career) -> tuple[list[Competence], list[Competence], int]:
    def item(code: str) -> Competence:
        return Competence(code=code, kind=_kind(table, code), core=code in target.core)

    held, wanted = job.competences.weights, target.competences.weights
    shared = sorted((item(c) for c in wanted if c in held), key=_rome_order)
    missing = [c for c in wanted if c not in held]
    core_missing = sorted((item(c) for c in missing if c in target.core), key=_rome_order)
    return shared, core_missing, len(missing) - len(core_missing)


def _rome_order(item: Competence) -> tuple[int, bool, int]:
    """Areas first (the broad skills, in few words), then competences, then knowledge; core first."""
    return ROME_KIND_ORDER.get(item.kind, 3), not item.core, int(item.code)


def _onet_details(table: MovesTable, job: Career, target: Career) -> tuple[list[Competence], list[Competence], int]:
    held, levels, own_levels = job.competences.weights, target.competences.levels, job.competences.levels

    def element(code: str) -> Competence:
        return Competence(code=code, kind=_kind(table, code), level=levels.get(code), current=own_levels.get(code, 0.0))

    wanted = target.competences.weights
    shared = sorted((c for c in wanted if c in held), key=lambda c: (-wanted[c], c))
    rises = sorted((c for c in wanted if levels.get(c, 0.0) > own_levels.get(c, 0.0)),
                   key=lambda c: (-(levels.get(c, 0.0) - own_levels.get(c, 0.0)), c))
    return [element(c) for c in shared], [element(c) for c in rises[:MAX_RISES]], max(0, len(rises) - MAX_RISES)
