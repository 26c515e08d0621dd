"""Careers similar to one career: first the lists its sources give, then the nearest by interests.

In this order, each career once (the first reason found is the one given):
1. `curated`: a curated profile's own `similar` list, in its order (its authors' choice).
2. The source's own links:
   - `onet_related`: an O*NET occupation's `similar` list, which is O*NET's Related Occupations;
   - `rome_mobility`: a ROME fiche's `similar` list, which is ROME's mobility between fiches;
   - `code`: for a curated profile, the reference occupation or fiche whose own code it gives
     (`codes.onet_soc`, `codes.rome`);
   - `crosswalk` ("see also"): the profile's `links` to the other reference, with their match
     type. An exact link joins twins (the same job in the two references), left out like the
     career itself; close, broad and narrow links stay.
   A profile's `origin` tells which of its lists is which.
3. `interests`: the nearest careers by interest profile, the Pearson correlation of their six
   RIASEC scores with the career's (as the quiz ranks careers), best first (ties by id), from
   r >= 0.60 (the quiz's "good"), among careers within one job zone of it (two ROME fiches whose
   texts name their study levels: within one EQF level). A career whose level is known and more
   than one away is left out; one without a job zone is kept and says so.
   When the career itself has no job zone (a ROME fiche linked to no O*NET occupation), every
   zone is considered.
   `official_letters`: a career with no interest scores (a ROME fiche with only France Travail's
   letters) gets instead the careers whose letters agree best with its own (Iachan's two-letter
   index, quiz/letters.py; from 4 of 6: the same letters, the same first letter or the two
   swapped), comparing with their official letters, else the first two of their Holland code;
   among equals, the fiches of the same ROME professional domain (the first three characters of
   the code), then of the same broad domain (the first letter) first, then by id.

Which careers: those of the catalog in scope (the language's, or `--catalog`), twins left out as
`search` and `list` leave them out. A listed career outside it is replaced by its twin inside it
when there is one, else left out and counted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Optional

import msgspec

from ..catalog.entry import own_codes

if TYPE_CHECKING:
    from ..catalog.entry import Entry
    from ..profile.schema import Profile

REFERENCES = ("onet", "rome")
LISTS = {"curated": "curated", "onet": "onet_related", "rome": "rome_mobility"}  # origin -> source of `similar`
MIN_R = 0.60  # the quiz's "good" fit: below it, interests are not called similar
MIN_AGREEMENT = 4  # of 6 (Iachan): the same two letters, the same first letter, or the two swapped


class Neighbour(msgspec.Struct, frozen=True, kw_only=True):
    """One similar career and why: `source` (see the module's docstring) and its details."""

    entry: "Entry"
    source: str
    code: str = ""  # the code it was found by (`code`, `crosswalk`)
    match: str = ""  # the crosswalk's match type (`crosswalk`)
    instead_of: Optional["Entry"] = None  # the listed career outside the scope that it is the twin of
    r: Optional[float] = None  # correlation of the two interest profiles, when both have scores
    agreement: Optional[float] = None  # of the official letters (`official_letters`)
    shared_domain: str = ""  # the ROME domain both fiches belong to (`official_letters`)


class Similar(msgspec.Struct, frozen=True):
    neighbours: list[Neighbour]
    outside: int = 0  # listed careers outside the catalog in scope, with no twin inside it


def same_job(a: "Entry", b: "Entry") -> bool:
    """The same career, or twins: an exact crosswalk link from one to a code the other *is* (a
    curated profile that gives a reference code relates itself to that job, it is not its twin)."""
    return a.id == b.id or bool(a.twins and set(a.twins) & set(own_codes(b))) or bool(
        b.twins and set(b.twins) & set(own_codes(a)))


class _Picker:
    """The list being built: each job once, from the careers in scope."""

    def __init__(self, career: "Entry", everything: dict[str, "Entry"], candidates: list["Entry"]) -> None:
        self.everything = everything
        self.allowed = {e.id: e for e in candidates}
        self.by_code: dict[str, "Entry"] = {}
        for entry in everything.values():
            for code in own_codes(entry):
                self.by_code.setdefault(code, entry)
        self.career = career
        self.taken: list["Entry"] = [career]
        self.found: list[Neighbour] = []
        self.outside = 0

    def take(self, entry: "Entry", source: str, **details: object) -> None:
        if not any(same_job(entry, t) for t in self.taken):
            self.taken.append(entry)
            self.found.append(Neighbour(entry=entry, source=source, r=_correlation(self.career, entry),
                                        **details))  # type: ignore[arg-type]

    def listed(self, entry: Optional["Entry"], source: str, count: bool = True, **details: object) -> None:
        """A career a list names: itself when in scope, else its twin in scope, else left out
        (and counted when `count`)."""
        if entry is None:
            return
        if entry.id in self.allowed:
            self.take(entry, source, **details)
            return
        twin = next((e for e in self.allowed.values() if e.origin in REFERENCES and e.origin != entry.origin
                     and same_job(entry, e)), None) if entry.origin in REFERENCES else None
        if twin is not None:
            self.take(twin, source, instead_of=entry, **details)
        elif count and not any(same_job(entry, t) for t in self.taken):
            self.outside += 1


def _correlation(a: "Entry", b: "Entry") -> Optional[float]:
    from ..quiz.ranking import pearson

    return pearson(a.riasec, b.riasec) if a.riasec and b.riasec else None


def similar_careers(career: "Entry", profile: "Profile", everything: dict[str, "Entry"], candidates: list["Entry"],
                    limit: Optional[int] = None) -> Similar:
    """The careers similar to `career` (see the module's docstring); `candidates`: the careers in
    scope, twins already left out; `everything`: the whole catalog (what lists may name)."""
    picker = _Picker(career, everything, candidates)
    source = LISTS.get(profile.origin, "curated")
    for career_id in profile.similar:
        picker.listed(everything.get(career_id), source)
    if profile.origin == "curated" and profile.codes:
        for code in [*profile.codes.onet_soc, *profile.codes.rome]:
            picker.listed(picker.by_code.get(code), "code", count=False, code=code)
    for link in profile.links:
        linked = picker.by_code.get(link.code) if link.scheme in ("onet", "rome") else None
        if linked is not None and linked.id in picker.allowed:  # an exact link of a reference joins twins: left out
            picker.take(linked, "crosswalk", code=link.code, match=link.match)
    if limit is None or len(picker.found) < limit:
        if career.riasec:
            for entry, _r in nearest_by_interests(career, candidates):
                picker.take(entry, "interests")
                if limit is not None and len(picker.found) >= limit:
                    break
        elif career.official:
            for entry, value, domain in nearest_by_letters(career, candidates):
                picker.take(entry, "official_letters", agreement=value, shared_domain=domain)
                if limit is not None and len(picker.found) >= limit:
                    break
    found = picker.found[:limit] if limit is not None else picker.found
    return Similar(found, picker.outside)


def within_zone(career: "Entry", entry: "Entry") -> bool:
    """Within one study level of the career: two ROME fiches whose texts name their levels, within one
    EQF level (studylevels.py); otherwise within one job zone, true when either has none (the reasons
    say so)."""
    if both_eqf(career, entry):
        return abs(career.eqf[0] - entry.eqf[0]) <= 1
    return career.job_zone is None or entry.job_zone is None or abs(career.job_zone - entry.job_zone) <= 1


def both_eqf(career: "Entry", entry: "Entry") -> bool:
    """Both are ROME fiches with a study level read from their own text: compared on the EQF."""
    return career.origin == entry.origin == "rome" and bool(career.eqf) and bool(entry.eqf)


def nearest_by_interests(career: "Entry", candidates: Iterable["Entry"]) -> list[tuple["Entry", float]]:
    """Careers with interest scores, r >= MIN_R and within one job zone, best r first (ties by id)."""
    from ..quiz.ranking import correlator

    correlate = correlator(career.riasec) if career.riasec else None
    if correlate is None:
        return []
    scored = []
    for entry in candidates:
        if entry.riasec and entry.id != career.id and within_zone(career, entry):
            r = correlate(entry.riasec)
            if r is not None and r >= MIN_R:
                scored.append((entry, r))
    scored.sort(key=lambda pair: (-round(pair[1], 9), pair[0].id))
    return scored


def holland_of(entry: "Entry") -> Optional[str]:
    """A career's Holland code: as its profile gives it, else the three highest of its scores."""
    from ..quiz.scoring import top_letters

    return entry.holland or (top_letters(entry.riasec) if entry.riasec else None)


def letters_for_comparison(entry: "Entry") -> str:
    """A career's official letters, else the first two of its Holland code."""
    return entry.official or (holland_of(entry) or "")[:2]


def rome_domain(a: "Entry", b: "Entry") -> str:
    """The ROME professional domain (e.g. L15) or broad domain (L) two fiches share, else ''."""
    for length in (3, 1):
        mine = {c[:length] for c in own_codes(a)}
        shared = sorted(mine & {c[:length] for c in own_codes(b)})
        if shared:
            return shared[0]
    return ""


def nearest_by_letters(career: "Entry", candidates: Iterable["Entry"]) -> list[tuple["Entry", float, str]]:
    """Careers whose letters agree with the career's official letters, from MIN_AGREEMENT."""
    from ..quiz.letters import agreement

    own = career.official or ""
    scored = []
    for entry in candidates:
        letters = letters_for_comparison(entry)
        value = agreement(own, letters) if letters and entry.id != career.id else 0
        if value >= MIN_AGREEMENT:
            domain = rome_domain(career, entry)
            scored.append((entry, float(value), domain))
    scored.sort(key=lambda item: (-item[1], -len(item[2]), item[0].id))
    return scored
