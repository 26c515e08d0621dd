"""Ranking: careers ordered by how their interest profile correlates with a person's.

Method: the Pearson correlation between the person's six RIASEC scores and the career's six
O*NET occupational-interest scores (profile correlation). It uses the shape of the profiles
only, so it works with scores from any instrument on any scale: adding a constant to all six
scores or multiplying them by a positive factor changes nothing. Profile correlation predicted
person-occupation fit better than Euclidean distance and angular agreement in J. Career
Assessment 2020 (doi:10.1177/1069072720909825).

Ties: careers with the same six scores and the same official letters (546 ROME fiches derive
their scores from the same O*NET occupations: 26 medical specialties share one profile) cannot
be told apart by any answers. They are one row, the first by id, which names the others
(`same_scores`, and its first reason): sorted apart by id, 16 of the medical specialties could
never reach a top 10. Other exact ties of r go by id (`same_score_groups`).

Careers without usable scores but with a classification's own letters (ROME fiches that no
O*NET occupation is linked to) are ranked apart, by those letters (quiz/letters.py).

Interest centres re-weight (centres.py): the careers a person's chosen centres fit are raised by
CENTRE_BONUS times their affinity with them, which reorders careers whose interests fit about as
well; `Match.r` stays the correlation, `Match.centre_match` the affinity.

Work values re-weight too (quiz/values.py): when the person ordered them, VALUES_WEIGHT times the
career's values fit (how far above the careers' mean it rates on the values put first) is added;
`Match.values_fit` keeps the fit and `Match.contributions` each term.

The other preferences filter, they do not re-weight: careers above the maximum job zone, or paid less than
the minimum pay, are left out and counted. The minimum pay is a `pay.Threshold` (an amount with
its currency, period and basis) compared with `pay.judge`: like with like, never converted between
currencies, so a career needs `Entry.pay` (`Catalog.priced_entries()`). Careers with no job zone,
no pay figure in the threshold's currency, or a top-coded figure below it ("undecided"), are kept,
marked and counted, never dropped silently.
"""


from functools import lru_cache
from math import log10, sqrt
from typing import TYPE_CHECKING, Any, Callable, Iterable, Optional, Sequence

import msgspec

from ..i18n import N_, _, current_language, plural
from ..facts.pay import judge
from ..text import entry_title, localize
from ..views import codes_of
from .letters import LetterMatch, letters_of, official_profile, rank_by_letters, usable_scores
from .ranked import RankedCareer
from .reasons import (  # noqa: F401 - Preferences and the reasons are imported from here too
    Preferences, joined, pay_check, pay_reasons, preference_reasons, shared_interest_reasons, study_level, weakest_scales,
)
from .scoring import SCALES, holland_code, top_letters
from .values import ValuesScorer, values_bonus, values_reasons, values_scorer

if TYPE_CHECKING:
    from ..catalog.entry import Entry

# fit label thresholds on the correlation (our convention, documented in the README)
FIT_THRESHOLDS = ((0.80, "excellent"), (0.60, "good"), (0.30, "fair"))
FIT_BELOW = "weak"
CORRELATION = "correlation"  # the `method` of a career ranked here (see quiz/letters.py for the other)
# Among the careers with the interest centres picked, the common jobs first (README, "Interest
# centres"): each tenfold of U.S. jobs above a thousand adds 0.04 to the centres' bonus.
COMMON_WEIGHT = 0.04
COMMON_FLOOR = 1000


def pearson(x: Sequence[float], y: Sequence[float]) -> Optional[float]:
    """Pearson correlation of two equal-length vectors; None when either has no variance."""
    correlate = correlator(x)
    return correlate(y) if correlate else None


def correlator(x: Sequence[float]) -> Optional[Callable[[Sequence[float]], Optional[float]]]:
    """r(y) against a fixed x, its mean and spread computed once (the catalog loop stays cheap)."""
    dx, sxx = _deviations(x)
    if dx is None:
        return None

    def correlate(y: Sequence[float]) -> Optional[float]:
        dy, syy = _career_deviations(y) if type(y) is tuple else _deviations(y)
        if dy is None:
            return None
        r = sum(a * b for a, b in zip(dx, dy)) / sqrt(sxx * syy)
        return max(-1.0, min(1.0, r))

    return correlate


def _deviations(values: Sequence[float]) -> tuple[Optional[list[float]], float]:
    """Deviations from the mean and their sum of squares; None for a flat vector."""
    high, low = max(values), min(values)
    if high - low <= 1e-9 * max(1.0, abs(high), abs(low)):
        return None, 0.0
    mean = sum(values) / len(values)
    deviations = [v - mean for v in values]
    return deviations, sum(d * d for d in deviations)


# A career's scores are a tuple, correlated with every person a run ranks (a class, the API):
# their deviations are worked out once (the same computation, so the same bits).
_career_deviations = lru_cache(maxsize=1 << 13)(_deviations)


def fit_label(r: float) -> str:
    for threshold, label in FIT_THRESHOLDS:  # a loop, not next(): a class of 100,000 asks 500,000 times
        if r >= threshold:
            return label
    return FIT_BELOW


def match_percent(r: float) -> int:
    """The correlation as a percentage: 100 for identical shapes, 0 for none or opposite."""
    return round(max(r, 0.0) * 100)


class Match(RankedCareer, frozen=True, kw_only=True):  # type: ignore[misc]  # as RankedCareer
    """A career ranked by the correlation of its interest scores with the person's."""

    r: float
    code: str
    centre_match: float = 0.0  # affinity with the centres picked, 0-1 (centres.centre_affinity)
    centres: list[str] = []  # the centres picked that this career has, in the language of the result
    same_scores: list[str] = []  # ids of the careers with the same scores, letters and centres, in this row
    terms: dict[str, float] = {}  # what its place is the sum of (score_terms), by name; {} in older kept results
    values_fit: Optional[float] = None  # how well its work values meet the person's order (quiz/values.py)
    centre_bonus: float = 0.0  # what the centres picked add to r (ranking_score)
    values_bonus: float = 0.0  # what the values order adds to r (VALUES_WEIGHT x values_fit)
    official_letters: bool = False  # r is the correlation with its official letters (ranking.interest_fit)

    @property
    def score(self) -> float:
        return round(self.r, 3)

    @property
    def method(self) -> str:
        return CORRELATION

    @property
    def contributions(self) -> dict[str, float]:
        """Each term of the ranking score: interests (r), centres, values, and their total."""
        return {"interests": round(self.r, 3), "centres": round(self.centre_bonus, 3),
                "values": round(self.values_bonus, 3), "total": round(self.r + self.centre_bonus + self.values_bonus, 3)}

    @property
    def fit(self) -> str:
        return fit_label(self.r)

    @property
    def match(self) -> int:
        return match_percent(self.r)


class Ranking(msgspec.Struct):
    matches: list[Match] = []
    careers: int = 0  # careers in the catalog
    ranked: int = 0  # careers ranked (matches holds the first `limit` of them)
    without_riasec: int = 0  # skipped: no (or a flat) interest profile
    excluded_zone: int = 0
    excluded_salary: int = 0
    excluded_detail: int = 0
    unknown_zone: int = 0  # kept although the job zone is unknown (only counted when asked)
    unknown_salary: int = 0  # kept without a pay figure in the minimum's currency and basis (only counted when asked)
    undecided_salary: int = 0  # kept: a top-coded figure ("at least") below the minimum
    letter_matches: list[LetterMatch] = []  # careers with only official letters, ranked by them (apart)
    ranked_by_letters: int = 0  # careers ranked by their official letters (letter_matches holds the first)


def rank_careers(person: Sequence[float], entries: Iterable["Entry"], prefs: Preferences = Preferences(),
                 limit: Optional[int] = None) -> Ranking:
    """Every career with an interest profile, best correlation first, preferences applied.

    `ranking.ranked` counts them all; only the first `limit` (default: all) become `Match`es
    with their reasons, which keeps a scripted run over a large catalog fast.
    """
    ranking = Ranking()
    correlate = correlator(person)
    if correlate is None:
        raise ValueError("a flat profile cannot be ranked (check_differentiated refuses it first)")
    scored, by_letters = [], []
    entries = list(entries)
    scorer = values_scorer(prefs.values, [entry.work_values for entry in entries])
    for entry in entries:
        ranking.careers += 1
        r, official = interest_fit(correlate, entry)
        if r is None and letters_of(entry):
            if _kept(entry, prefs, ranking):
                by_letters.append(entry)
        elif r is None:
            ranking.without_riasec += 1
        elif _kept(entry, prefs, ranking):
            scored.append((r, entry, official))
    groups = same_score_groups([entry for _r, entry, _o in scored], prefs.likes, prefs.values)
    scored = [item for item in scored if item[1].id in groups]
    scored.sort(key=lambda item: (-round(ranking_score(item[0], item[1], prefs.likes, scorer), 9), *tie_order(item[1])))
    ranking.ranked = len(scored)
    person_code = holland_code(dict(zip(SCALES, person))).letters
    ranking.matches = [_match(rank, r, entry, person, person_code, prefs, groups[entry.id], official, scorer)
                       for rank, (r, entry, official) in enumerate(scored[:limit], 1)]
    ranking.letter_matches = rank_by_letters(person, by_letters, prefs, limit)
    ranking.ranked_by_letters = len(by_letters)
    return ranking


def interest_fit(correlate: Callable[[Sequence[float]], Optional[float]], entry: "Entry") -> tuple[Optional[float], bool]:
    """(r, whether it is the official letters'): the correlation with the career's scores, or for a
    ROME fiche with the official letters read as a profile (letters.official_profile) when they fit
    the person better: the scores are borrowed from U.S. occupations, the letters are France
    Travail's own. None: no usable scores (none, flat, or contradicting the letters)."""
    scores = usable_scores(entry)
    r = correlate(scores) if scores else None
    letters = official_profile(entry) if r is not None else None
    by_letters = correlate(letters) if letters else None
    if r is not None and by_letters is not None and by_letters > r:
        return by_letters, True
    return r, False


def ranking_score(r: float, entry: "Entry", likes: Sequence[int], scorer: Optional[ValuesScorer] = None) -> float:
    """What careers are ordered by: the sum of their score terms (`score_terms`)."""
    return sum(score_terms(r, entry, likes, scorer).values())


def score_terms(r: float, entry: "Entry", likes: Sequence[int], scorer: Optional[ValuesScorer] = None) -> dict[str, float]:
    """The terms a career's place is the sum of, by name: `interests`, the correlation; `centres`,
    the bonus of the interest centres picked (when some were: `score_bonus`); `values`, the work
    values term (when the person ordered values; `scorer`: values.values_scorer). A term added to
    the ranking is added here: a result's "why" (quiz/why.py) lists every term a match carries."""
    terms = {"interests": r}
    if likes:
        terms["centres"] = score_bonus(entry, likes)
    if scorer is not None:
        terms["values"] = values_bonus(scorer.fit(entry.work_values))
    return terms


def score_bonus(entry: "Entry", likes: Sequence[int]) -> float:
    """What is added to a career's r to order it: its affinity with the interest centres picked
    (centres.py) times CENTRE_BONUS plus COMMON_WEIGHT for each tenfold of its U.S. jobs: among the
    careers with the centres picked, the common jobs first. Nothing without centres, so that a
    person whose scores are a career's own always has it first (tests/test_reachability.py).
    `careers class` adds it to every person's r once computed (quiz/batch.py): the same bits."""
    if not likes:
        return 0.0
    from ..facts.centres import CENTRE_BONUS, centre_affinity

    affinity = centre_affinity(entry.centres, likes)[0]
    return affinity * (CENTRE_BONUS + COMMON_WEIGHT * tenfolds_of_jobs(entry)) if affinity else 0.0


def tenfolds_of_jobs(entry: "Entry") -> float:
    """log10 of the career's U.S. jobs over COMMON_FLOOR (`Entry.jobs`, commonness.py); 0 below it or unknown."""
    jobs = entry.jobs
    return log10(jobs / COMMON_FLOOR) if jobs is not None and jobs > COMMON_FLOOR else 0.0


def tie_order(entry: "Entry") -> tuple[int, str]:
    """How exact ties of the ranking score are ordered: the more common career first (U.S. jobs,
    `Entry.jobs`; the job people mean, and more openings), then by id."""
    return -(entry.jobs or 0), entry.id


def same_score_groups(entries: Iterable["Entry"], likes: Sequence[int] = (),
                      values: Sequence[str] = ()) -> dict[str, list["Entry"]]:
    """The id of the row of each group of careers no answers can tell apart (the same six scores,
    to 9 decimals, the same official letters, and when interest centres were picked (`likes`) the
    same centres, when values were ordered (`values`) the same work values) -> the others of its
    group, by id. The row is the group's most common career (the most U.S. jobs, `Entry.jobs`; then
    the first id): the job people mean; a career alone is its own row with no others."""
    groups: dict[tuple[object, ...], list["Entry"]] = {}
    for entry in sorted(entries, key=tie_order):
        key = (_rounded(entry.riasec), entry.official,
               entry.centres if likes else (), entry.work_values if values else ())
        groups.setdefault(key, []).append(entry)
    return {group[0].id: sorted(group[1:], key=lambda e: e.id) for group in groups.values()}


@lru_cache(maxsize=1 << 13)  # the same careers' scores, for every person ranked
def _rounded(scores: Optional[tuple[float, ...]]) -> tuple[float, ...]:
    return tuple(round(score, 9) for score in scores or ())


def same_scores_reason(others: Sequence["Entry"]) -> list[str]:
    """'Same interest scores and letters as: Dermatologue, Psychiatre ...' (every one named)."""
    lang = current_language()
    if not others:
        return []
    titles = ", ".join(localize(entry.title, lang) or entry.id for entry in others)
    message = plural(len(others), N_("Same interest scores as {n} other career, ranked with it: {titles}"),
                     N_("Same interest scores as {n} other careers, ranked with it: {titles}"))
    return [message.format(n=len(others), titles=titles)]


def _kept(entry: "Entry", prefs: Preferences, ranking: Ranking) -> bool:
    """Apply the preferences; count what is left out and what is kept for lack of data."""
    if prefs.detailed_only and entry.origin != "curated":
        ranking.excluded_detail += 1
        return False
    if prefs.max_zone is not None:
        level, highest = study_level(entry, prefs.max_zone)
        if level is None:
            ranking.unknown_zone += 1
        elif level > highest:
            ranking.excluded_zone += 1
            return False
    threshold = prefs.threshold
    if threshold is not None:
        verdict = judge(threshold, entry.pay).verdict
        if verdict == "fail":
            ranking.excluded_salary += 1
            return False
        if verdict == "no_figure":
            ranking.unknown_salary += 1
        elif verdict == "undecided":
            ranking.undecided_salary += 1
    return True


def _match(rank: int, r: float, entry: "Entry", person: Sequence[float], person_code: str,
           prefs: Preferences, same: Sequence["Entry"] = (), official: bool = False,
           scorer: Optional[ValuesScorer] = None) -> Match:
    lang = current_language()
    assert entry.riasec is not None
    code = entry.holland or top_letters(entry.riasec)
    checked = pay_check(entry, prefs)
    affinity, matched = centre_match(entry, prefs.likes)
    centres = centre_names(matched)
    reasons = (same_scores_reason(same) + official_fit_reason(entry, official) + centre_reasons(entry, matched)
               + interest_reasons(person, person_code, code)
               + values_reasons(scorer, entry.work_values, entry.work_values_derived)
               + preference_reasons(entry, prefs, checked))
    return Match(rank=rank, id=entry.id, title=entry_title(entry), r=r, code=code,
                 codes=list(entry.codes), reasons=reasons, job_zone=entry.job_zone, salary=entry.salary,
                 origin=entry.origin, pay_check=checked, centre_match=round(affinity, 3), centres=centres,
                 same_scores=[e.id for e in same], **codes_of(entry, lang),
                 terms={name: round(value, 3) for name, value in score_terms(r, entry, prefs.likes, scorer).items()},
                 official_letters=official, **values_terms(entry, prefs, scorer))


def values_terms(entry: "Entry", prefs: Preferences, scorer: Optional[ValuesScorer]) -> dict[str, Any]:
    """A Match's centre and values terms (values_fit, centre_bonus, values_bonus)."""
    fit = scorer.fit(entry.work_values) if scorer else None
    return {"values_fit": None if fit is None else round(fit, 3), "centre_bonus": score_bonus(entry, prefs.likes),
            "values_bonus": values_bonus(fit)}


def official_fit_reason(entry: "Entry", official: bool) -> list[str]:
    if not official:
        return []
    return [_("France Travail's own letters for it, {letters}, fit your interests better than the scores derived for "
              "it from U.S. occupations: its match is theirs").format(letters=entry.official)]


def centre_match(entry: "Entry", likes: Sequence[int]) -> tuple[float, list[int]]:
    if not likes:
        return 0.0, []
    from ..facts.centres import centre_affinity

    return centre_affinity(entry.centres, likes)


def centre_names(numbers: Sequence[int]) -> list[str]:
    from ..facts.centres import centre_label

    return [centre_label(n) for n in numbers]


def centre_reasons(entry: "Entry", matched: Sequence[int]) -> list[str]:
    """'Its main interest centre: ...' / 'Among its interest centres: ...' for the centres picked it has."""
    principal = dict(entry.centres)
    main = [n for n in matched if principal.get(n)]
    other = [n for n in matched if not principal.get(n)]
    reasons = []
    if main:
        reasons.append(_("Its main interest centre is one you chose: {names}").format(
            names=joined(centre_names(main))))
    if other:
        reasons.append(_("It has interest centres you chose: {names}").format(
            names=joined(centre_names(other))))
    if reasons and entry.centres_derived:
        reasons.append(_("(its interest centres are derived from the ROME fiches the crosswalks link it to)"))
    return reasons


def interest_reasons(person: Sequence[float], person_code: str, career_code: str) -> list[str]:
    """Short sentences on the strong interests a person and a career share (or do not)."""
    return shared_interest_reasons(person_code, career_code, weakest_scales(person))
