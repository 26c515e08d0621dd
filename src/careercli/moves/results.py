"""The results of `careers moves` and `careers path`, as plain data: the commands return them,
the renderers print them (render/moves_results.py), the Python API hands them out."""

from __future__ import annotations

from typing import Any, Optional

import msgspec

from ..views import CareerCodes


class CompetenceView(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A competence that carries over or is to add, named in the display language."""

    code: str  # ROME item code_ogr, or O*NET element id
    kind: str  # area, competence, knowledge (ROME); skill, knowledge (O*NET)
    name: str
    core: bool = False  # ROME: at the core of the target job
    level: Optional[float] = None  # O*NET: the level (0-7) the target asks
    current: Optional[float] = None  # O*NET: the level (0-7) of the job one has


class LevelChange(msgspec.Struct, kw_only=True):
    """The study level of the two careers. `scale`: `job_zone` (O*NET's 1-5; for ROME fiches,
    derived from the linked O*NET occupations, as their profiles say)."""

    scale: str
    current: Optional[int]
    target: Optional[int]
    change: Optional[int]


class PayChange(msgspec.Struct, kw_only=True):
    """The pay of the two careers in one unit (the job's figure's currency, a year), where both have one."""

    currency: str
    period: str
    basis: str
    current: float
    target: float
    change: float
    source: str = ""


class MoveView(CareerCodes, kw_only=True):
    """One move: the career one can go to, why it is listed, what carries over and what to add."""

    rank: int
    id: str
    title: str
    code: str  # its ROME or O*NET-SOC code
    source: str  # rome_mobility, onet_related, competences
    reason: str  # the same, for people, in the display language
    overlap: Optional[float] = None  # of the two careers' competences, 0-1 (moves.measure.overlap)
    to_learn: Optional[float] = None  # the share of what the target asks that the job does not bring, 0-1
    carried: list[CompetenceView] = []
    to_add: list[CompetenceView] = []
    other_missing: int = 0  # further competences to add, not listed (ROME: not core; O*NET: smaller rises)
    study: Optional[LevelChange] = None
    pay: Optional[PayChange] = None
    from_id: str = ""  # in a path: the career the step starts from


class CareerRef(CareerCodes, kw_only=True):
    id: str
    title: str
    code: str  # the ROME or O*NET-SOC code whose moves are used
    job_zone: Optional[int] = None


class MovesResult(msgspec.Struct, kw_only=True):
    """`careers moves`: the career the query named and the moves from it."""

    query: str
    career: CareerRef
    lang: str
    reference: str  # rome or onet
    moves: list[MoveView] = []
    notes: list[str] = []
    source: str = ""  # the tables' source, for people

    def to_dict(self) -> dict[str, Any]:
        return msgspec.to_builtins(self)


class PathView(msgspec.Struct, kw_only=True):
    rank: int
    cost: float  # the sum of what each step asks to learn, plus moves.paths.STEP_COST a step
    steps: list[MoveView]


class NearView(CareerCodes, kw_only=True):
    """A career reachable within the step limit, near the goal by its competences."""

    id: str
    title: str
    code: str
    overlap: float  # with the goal's competences
    cost: float
    via: list[str]  # the ids of the chain to it, start excluded


class PathResult(msgspec.Struct, kw_only=True):
    """`careers path`: the cheapest chains of moves from one career to another."""

    query: str
    goal_query: str
    start: CareerRef
    goal: CareerRef
    lang: str
    reference: str
    max_steps: int
    paths: list[PathView] = []
    nearest: list[NearView] = []  # when no chain reaches the goal
    notes: list[str] = []
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        return msgspec.to_builtins(self)
