"""Careers that have only a classification's own RIASEC letters, ranked by those letters.

385 ROME fiches have no interest scores: France Travail gives each a major letter and usually a
minor one (`Entry.official`, e.g. "AR"), and no O*NET occupation is linked to derive scores
from. They are never given invented scores; they are ranked by how their letters agree with the
person's Holland code, apart from the careers ranked by correlation (the two scales are not
comparable, so the lists are never merged).

Agreement: Iachan's index for two-letter codes (R. Iachan, "Some extensions of the Iachan
congruence index", J. Vocational Behavior 36, 176-180, 1990): the person's first two letters
against the career's major and minor; a letter both share adds 5 (first of both), 2 (first of
one, second of the other) or 1 (second of both). 0 to 6: 6 is the same two letters in the same
order, 5 the same first letter, 4 the two letters swapped. When the person's scores tie, so that
several codes are equally valid (`equivalent_codes`), the agreement is the mean over their
first two letters, as Iachan proposes for ties (so 5.5 for a person E(C/I) and a career EC).

Order: agreement (highest first); among equals, the career whose major letter the person ranks
higher among their six interests, then its minor letter (a career with no minor letter after
one with), then by id. Every step depends only on the order of the person's six scores (ties
included, as `holland_code` reads them), which lets `careers class` compute it once per order.
"""

from __future__ import annotations

import heapq
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Optional, Sequence

from ..i18n import _, current_language, decimal_marks
from ..text import entry_title
from ..views import codes_of
from .ranked import RankedCareer
from .scoring import SCALES, holland_code, tie_groups

if TYPE_CHECKING:
    from ..catalog.entry import Entry
    from .reasons import Preferences
    from .scoring import HollandCode

METHOD = "official letters"  # the `method` of a result ranked here ("correlation" for the others)
MAX_AGREEMENT = 6
_WEIGHTS = ((5, 2), (2, 1))  # Iachan (1990), two-letter codes: [position in one][position in the other]


def agreement(first: str, second: str) -> int:
    """Iachan's two-letter agreement (0-6) between two codes; only their first two letters count."""
    total = 0
    other = second[:2]
    for i, letter in enumerate(first[:2]):
        j = other.find(letter)
        if j >= 0:
            total += _WEIGHTS[i][j]
    return total


def first_two(code: "HollandCode") -> list[str]:
    """The distinct first two letters of a person's equally valid codes (one, unless scores tie)."""
    return list(dict.fromkeys(equivalent[:2] for equivalent in code.equivalents))


def mean_agreement(codes: Sequence[str], letters: str) -> float:
    """The agreement of `letters` with the person's codes, averaged over them (ties)."""
    return sum(agreement(code, letters) for code in codes) / len(codes)


def letters_of(entry: "Entry") -> Optional[str]:
    """The letters a career is ranked by here: the classification's own, when it has no usable scores."""
    return entry.official or None


# France Travail's letters are the authority for a ROME fiche: when its major letter is not among
# the two highest of the scores derived for it through the crosswalks, those scores describe other
# jobs than the fiche, and the fiche is ranked by its letters instead (README: "Official letters").
TRUSTED_RANK = 2


def contradicts_letters(entry: "Entry") -> bool:
    """A ROME fiche's scores (derived through the crosswalks) put its official major letter third or lower."""
    if entry.origin != "rome" or not entry.official or entry.riasec is None:
        return False
    major = "RIASEC".index(entry.official[0])
    higher = sum(1 for value in entry.riasec if value > entry.riasec[major])
    return higher >= TRUSTED_RANK


# A ROME fiche's official letters read as a profile, so that a person's correlation with them is on
# the scale of the correlation with its scores: the major letter 1, the minor 0.5, the other four 0
# (README: "Official letters").
LETTER_PROFILE = (1.0, 0.5)


def official_profile(entry: "Entry") -> Optional[tuple[float, ...]]:
    """A ROME fiche's official letters as six scores (LETTER_PROFILE); None for any other career."""
    if entry.origin != "rome" or not entry.official:
        return None
    return letters_profile(entry.official)


@lru_cache(maxsize=64)
def letters_profile(letters: str) -> tuple[float, ...]:
    values = [0.0] * len(SCALES)
    for weight, letter in zip(LETTER_PROFILE, letters):
        values[SCALES.index(letter)] = weight
    return tuple(values)


def usable_scores(entry: "Entry") -> Optional[tuple[float, ...]]:
    """The scores the career is ranked by: None when it has none, or when they contradict its official letters."""
    return None if entry.riasec is None or contradicts_letters(entry) else entry.riasec


class LetterMatch(RankedCareer, frozen=True, kw_only=True):  # type: ignore[misc]  # as RankedCareer
    """A career ranked by its official letters: its agreement with the person's code, not a correlation."""

    letters: str  # the classification's own letters (major, then minor)
    agreement: float  # 0-6 (Iachan, two-letter codes; a mean when the person's scores tie)

    @property
    def method(self) -> str:
        return METHOD


def person_ranks(scores: Sequence[float]) -> dict[str, int]:
    """Each scale's place among the person's six interests (0 = strongest; tied scales share a place)."""
    groups = tie_groups(dict(zip(SCALES, scores)))
    return {letter: place for place, group in enumerate(groups) for letter in group}


def letter_order(code: "HollandCode", ranks: dict[str, int],
                 entries: Iterable["Entry"]) -> list[tuple["Entry", float]]:
    """The careers, best agreement with the person's `code` first (see the module's docstring)."""
    return LetterTable(entries).order(code, ranks)


class LetterTable:
    """Careers grouped by their letters (at most 36 distinct pairs and single letters), so that an
    order is decided per group, not per career: `careers class` asks for thousands of orders."""

    def __init__(self, entries: Iterable["Entry"]) -> None:
        groups: dict[str, list["Entry"]] = {}
        for entry in sorted(entries, key=_by_id):
            groups.setdefault(letters_of(entry) or "", []).append(entry)
        self.groups = groups

    def order(self, code: "HollandCode", ranks: dict[str, int],
              limit: Optional[int] = None) -> list[tuple["Entry", float]]:
        """The first `limit` careers (all by default) and their agreement, in the module's order."""
        codes = first_two(code)
        keyed: dict[tuple[float, int, int], list[list["Entry"]]] = {}
        for letters, entries in self.groups.items():
            minor = ranks[letters[1]] if len(letters) > 1 else len(SCALES)
            keyed.setdefault((-mean_agreement(codes, letters), ranks[letters[0]], minor), []).append(entries)
        ordered: list[tuple["Entry", float]] = []
        for key in sorted(keyed):
            tied = keyed[key]  # groups of different letters the person cannot tell apart: by id
            members = tied[0] if len(tied) == 1 else list(heapq.merge(*tied, key=_by_id))
            wanted = len(members) if limit is None else limit - len(ordered)  # a group may hold 100 fiches
            ordered += [(entry, -key[0]) for entry in members[:wanted]]
            if limit is not None and len(ordered) >= limit:
                return ordered[:limit]
        return ordered


def _by_id(entry: "Entry") -> str:
    return entry.id


def agreement_text(value: float) -> str:
    """'5/6', '5.5/6' ('5,5/6' in French)."""
    return decimal_marks(f"{round(value, 2):g}/{MAX_AGREEMENT}")


def letter_reason(code: "HollandCode", letters: str, value: float, contradicted: bool = False) -> str:
    if contradicted:
        return _("Its interest scores, derived from other occupations, put France Travail's main letter {major} "
                 "third or lower: ranked by its official letters {letters}, agreement {agreement} with your code "
                 "{code}").format(major=letters[:1], letters=letters, agreement=agreement_text(value),
                                  code=code.display)
    return _("No interest scores: ranked by its official letters {letters}, agreement {agreement} with your "
             "code {code}").format(letters=letters, agreement=agreement_text(value), code=code.display)


def letter_match(rank: int, entry: "Entry", value: float, code: "HollandCode", weakest: tuple[str, ...],
                 prefs: "Preferences") -> LetterMatch:
    from .reasons import pay_check, preference_reasons, shared_interest_reasons

    lang = current_language()
    letters = letters_of(entry) or ""
    checked = pay_check(entry, prefs)
    reasons = [letter_reason(code, letters, value, contradicts_letters(entry)), *shared_interest_reasons(code.letters, letters, weakest),
               *preference_reasons(entry, prefs, checked)]
    return LetterMatch(rank=rank, id=entry.id, title=entry_title(entry), letters=letters,
                       agreement=value, codes=list(entry.codes), reasons=reasons, job_zone=entry.job_zone,
                       salary=entry.salary, origin=entry.origin, pay_check=checked, **codes_of(entry, lang))


def rank_by_letters(person: Sequence[float], entries: Sequence["Entry"], prefs: "Preferences",
                    limit: Optional[int] = None) -> list[LetterMatch]:
    """The first `limit` careers of `entries` (already filtered by the preferences) as `LetterMatch`es."""
    from .reasons import weakest_scales

    code = holland_code(dict(zip(SCALES, person)))
    ordered = letter_order(code, person_ranks(person), entries)
    weakest = weakest_scales(person)
    return [letter_match(rank, entry, value, code, weakest, prefs)
            for rank, (entry, value) in enumerate(ordered[:limit], 1)]
