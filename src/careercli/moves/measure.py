"""How near two careers are and how much a move asks to learn, from their competences.

A career's competences are weighted (`Competences.weights`):
- a ROME fiche: its competences (savoir-faire), the areas they belong to (ROME's
  macro-competences: two fiches that both "Prodiguer des soins corporels" share that area even
  when their precise competences differ) and its knowledge (savoirs), each weighing CORE_WEIGHT
  when France Travail marks it (or, for an area, one of its competences) as the core of the job
  (`coeur_metier` = Principale), else OTHER_WEIGHT; soft skills (savoir-être) are left out: they
  are qualities, not something one trains for;
- an O*NET occupation: the skills and knowledge areas important to it (importance >= IMPORTANT on
  O*NET's 1-5 scale), each weighing its importance; `levels` holds the level (0-7) of every one.

`overlap(a, b)` is the weighted Jaccard index: the sum, over all competences, of the smaller
weight over the sum of the larger (1: the same competences with the same weights; 0: none shared).

`to_learn(job, target)` is the share of what the target asks that the job does not bring, 0 to 1:
- ROME: the weight of the target's competences the job lacks over the weight of all of them;
- O*NET: over the target's important skills and knowledge, the importance-weighted rise in
  level (target level minus job level, where positive) over the importance-weighted target levels.
"""

from __future__ import annotations

from typing import Mapping, NamedTuple

CORE_WEIGHT, OTHER_WEIGHT = 2.0, 1.0
IMPORTANT = 3.0  # O*NET importance (1-5) from which a skill or knowledge area counts as the occupation's


class Competences(NamedTuple):
    weights: Mapping[str, float]  # competence code -> weight (see the module's docstring)
    levels: Mapping[str, float] = {}  # O*NET: element id -> level (0-7), for every element


def overlap(a: Competences, b: Competences) -> float:
    """The weighted Jaccard index of the two careers' competences (0 to 1)."""
    theirs = b.weights
    shared = sum(min(weight, theirs[code]) for code, weight in a.weights.items() if code in theirs)
    total = sum(a.weights.values()) + sum(theirs.values()) - shared
    return shared / total if total else 0.0


def to_learn(job: Competences, target: Competences) -> float:
    """The share (0 to 1) of what `target` asks that `job` does not bring (see the module's docstring)."""
    if target.levels:
        return _level_rise(job, target)
    total = sum(target.weights.values())
    missing = sum(weight for code, weight in target.weights.items() if code not in job.weights)
    return missing / total if total else 0.0


def _level_rise(job: Competences, target: Competences) -> float:
    needed = rise = 0.0
    for code, importance in target.weights.items():
        level = target.levels.get(code, 0.0)
        needed += importance * level
        rise += importance * max(0.0, level - job.levels.get(code, 0.0))
    return rise / needed if needed else 0.0
