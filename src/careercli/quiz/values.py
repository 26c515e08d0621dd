"""Work values: what matters to a person at work, the quiz's values step and its term of the ranking.

The six values are O*NET's (Achievement, Working Conditions, Recognition, Relationships, Support,
Independence); every O*NET occupation is rated on how far it satisfies each ("extent", 1-7, a
profile's `work_values`), and ROME fiches inherit the ratings through the crosswalks. The
statements the quiz shows are careers' own words, in English and French.

A person orders the values by importance (all six, or the first few). Their order becomes six
weights that add up to 1: 3/6 for the first value, 2/6 for the second, 1/6 for the third, 0 after
(values not named share what the places left hold). Each career's six extent scores are
standardised against the careers being ranked (how many standard deviations above or below their
mean it rates on each value), and its values fit is the weighted mean of those: +1 means it offers
what matters most to the person one standard deviation more than the average career. The level
counts, not only the shape: a job that rates low on everything satisfies nothing.

How it changes the ranking (quiz/ranking.py): a career's ranking score is its interest
correlation, plus the interest-centre bonus, plus VALUES_WEIGHT times its values fit held within
-1..1. Interests come first: 0.08 moves a career by at most 0.08 either way, enough to reorder
careers whose interests fit about as well (for a clear-cut profile the first ten often correlate
within a few hundredths), never enough to carry a weak interest fit over a good one. A career without work
values gets 0 (no evidence either way). Why a second term at all: interest fit alone correlates
only about .11 with job satisfaction (a meta-analysis of 107 studies, N = 38,695), and its authors
advise weighing interests together with work values. The weight is careers' own choice, tuned with
bench/personas --values against expectations written before (README, "Work values"), not a figure
from that study.
"""

from __future__ import annotations

import re
from math import sqrt
from typing import Iterable, NamedTuple, Optional, Sequence

from ..errors import UsageError
from ..i18n import _, current_language
from ..text import fold

VALUES_WEIGHT = 0.08
MAX_FIT = 1.0  # the fit counts up to one standard deviation either way
PLACE_WEIGHTS = (3 / 6, 2 / 6, 1 / 6, 0.0, 0.0, 0.0)  # first to sixth place
HIGH_Z = 0.5  # a career "rates high" on a value half a standard deviation or more above the careers' mean
_WORD = re.compile(r"[a-z]+")


class WorkValue(NamedTuple):
    key: str  # what `--values` and the JSON use
    en: str
    fr: str
    other_names: tuple[str, ...] = ()  # also accepted (folded)

    def name(self) -> str:
        lang = current_language()
        return self.fr if lang == "fr" else self.en


# the order of schema.WorkValues.scores() and index.Entry.work_values
VALUES: tuple[WorkValue, ...] = (
    WorkValue("achievement", "Achievement", "Accomplissement", ("reussite", "accomplishment")),
    WorkValue("conditions", "Working conditions", "Conditions de travail", ("working conditions", "security",
                                                                            "securite")),
    WorkValue("recognition", "Recognition", "Reconnaissance"),
    WorkValue("relationships", "Relationships", "Relations humaines", ("relations", "relationnel")),
    WorkValue("support", "Support", "Soutien", ("appui",)),
    WorkValue("independence", "Independence", "Indépendance", ("autonomy", "autonomie")),
)
KEYS = tuple(value.key for value in VALUES)


def statement(key: str) -> str:
    """What the value means, as the values step asks about it (careers' own words)."""
    statements = {
        "achievement": _("Using what I am good at, and seeing what I have achieved"),
        "conditions": _("A secure job, fair pay and good working conditions"),
        "recognition": _("Being recognised for my work, with room to move up"),
        "relationships": _("Colleagues I get on with, and helping other people"),
        "support": _("Managers and an employer who back their staff and treat them fairly"),
        "independence": _("Deciding for myself how I work, and taking initiative"),
    }
    return statements[key]


def value_name(key: str) -> str:
    return VALUES[KEYS.index(key)].name()


# ---------------------------------------------------------------- what the person typed

def resolve_values(text: str) -> tuple[str, ...]:
    """The values `--values` names, most important first (a comma-separated list of names in
    English or French, or keys; capitals and accents do not matter). A usage error (exit 2) names
    what is wrong: a name that is no value (with the closest ones), or a value named twice."""
    order: list[str] = []
    for name in (part.strip() for part in text.split(",")):
        if not name:
            continue
        key = resolve_value(name)
        if key in order:
            raise UsageError(_("--values: '{name}' is named twice; give each value once").format(name=name))
        order.append(key)
    if not order:
        raise UsageError(_("--values: name at least one value; the six: {names}").format(names=", ".join(KEYS)))
    return tuple(order)


def resolve_value(name: str) -> str:
    folded = " ".join(_WORD.findall(fold(name)))
    for value in VALUES:
        names = {value.key, fold(value.en), fold(value.fr), *value.other_names}
        if folded in names or (len(folded) >= 4 and any(n.startswith(folded) for n in names)):
            return value.key
    raise UsageError(_unknown_value(name, folded))


def _unknown_value(name: str, folded: str) -> str:
    from rapidfuzz import fuzz, process

    names = {n: value.key for value in VALUES for n in (value.key, fold(value.en), fold(value.fr), *value.other_names)}
    close = [names[found] for found, score, _i in process.extract(folded, list(names), scorer=fuzz.WRatio, limit=6)
             if score >= 75]
    hint = _("did you mean: {names}? ").format(names=", ".join(dict.fromkeys(close))) if close else ""
    return _("--values: no work value '{name}'; {hint}the six: {keys}").format(name=name, hint=hint,
                                                                             keys=", ".join(KEYS))


# ---------------------------------------------------------------- ranking

class ValueNorms(NamedTuple):
    """Each value's mean and standard deviation over the careers being ranked (KEYS order)."""

    mean: tuple[float, ...]
    sd: tuple[float, ...]


def value_norms(careers: Iterable[Optional[Sequence[float]]]) -> Optional[ValueNorms]:
    """The norms of the careers that have work values (None: fewer than two)."""
    rated = [career for career in careers if career]
    if len(rated) < 2:
        return None
    mean = tuple(sum(career[i] for career in rated) / len(rated) for i in range(len(KEYS)))
    sd = tuple(sqrt(sum((career[i] - mean[i]) ** 2 for career in rated) / len(rated)) for i in range(len(KEYS)))
    return ValueNorms(mean, sd)


def standardised(career: Optional[Sequence[float]], norms: Optional[ValueNorms]) -> Optional[tuple[float, ...]]:
    """How far above or below the careers' mean the career rates on each value, in standard deviations
    (0 for a value on which every career rates the same)."""
    if not career or norms is None:
        return None
    return tuple((value - mean) / sd if sd else 0.0 for value, mean, sd in zip(career, norms.mean, norms.sd))


def order_weights(order: Sequence[str]) -> tuple[float, ...]:
    """Six weights in KEYS order that add up to 1: a value's place's share (3, 2, 1 of 6 for the
    first three places, 0 after); values not named share what the places left hold."""
    rest = PLACE_WEIGHTS[len(order):]
    shared = sum(rest) / len(rest) if rest else 0.0
    return tuple(PLACE_WEIGHTS[order.index(key)] if key in order else shared for key in KEYS)


class ValuesScorer(NamedTuple):
    """A person's order against the careers being ranked."""

    order: tuple[str, ...]
    weights: tuple[float, ...]
    norms: Optional[ValueNorms]

    def fit(self, career: Optional[Sequence[float]]) -> Optional[float]:
        """The weighted mean of the career's standardised values (None: it has no work values)."""
        z = standardised(career, self.norms)
        return None if z is None else sum(w * v for w, v in zip(self.weights, z))


def values_scorer(order: Sequence[str], careers: Iterable[Optional[Sequence[float]]],
                  norms: Optional[ValueNorms] = None) -> Optional[ValuesScorer]:
    """None when no order was given; `norms`: already computed over the same careers."""
    if not order:
        return None
    return ValuesScorer(tuple(order), order_weights(order), norms if norms is not None else value_norms(careers))


def values_bonus(fit: Optional[float]) -> float:
    """VALUES_WEIGHT times the fit, the fit held within -MAX_FIT..MAX_FIT (one rare value cannot outweigh interests)."""
    return VALUES_WEIGHT * max(-MAX_FIT, min(MAX_FIT, fit)) if fit is not None else 0.0


def high_and_low(z: Sequence[float]) -> tuple[set[str], set[str]]:
    """The values a career rates high (HIGH_Z standard deviations or more above the careers' mean) and low."""
    return ({key for key, v in zip(KEYS, z) if v >= HIGH_Z}, {key for key, v in zip(KEYS, z) if v <= -HIGH_Z})


def values_reasons(scorer: Optional[ValuesScorer], career: Optional[Sequence[float]], derived: bool) -> list[str]:
    """'Relationships and Support matter most to you; this job rates high on both' (or on one, or
    low, against the careers being ranked), about the person's first two values; one line when the
    career has no work values."""
    from .reasons import joined

    if scorer is None:
        return []
    z = standardised(career, scorer.norms)
    if z is None:
        return [_("No work values for this job: what matters to you does not move it")]
    first = list(scorer.order[:2])
    high, low = high_and_low(z)
    names = joined([value_name(key) for key in first])
    matched = [key for key in first if key in high]
    missed = [key for key in first if key in low]
    reasons = [_values_sentence(names, first, matched, missed)]
    if derived:
        reasons.append(_("(its work values are derived from the O*NET occupations the crosswalks link it to)"))
    return reasons


def _values_sentence(names: str, first: list[str], matched: list[str], missed: list[str]) -> str:
    from .reasons import joined

    lead = (_("{names} matters most to you").format(names=names) if len(first) == 1
            else _("{names} matter most to you").format(names=names))
    if matched and len(matched) == len(first) > 1:
        return _("{lead}; this job rates high on both").format(lead=lead)
    parts = []
    if matched:
        parts.append(_("this job rates high on {names}").format(names=joined([value_name(k) for k in matched])))
    if missed:
        parts.append(_("it rates low on {names}").format(names=joined([value_name(k) for k in missed])))
    if not parts:
        parts.append(_("this job rates them about as most careers do"))
    for part in parts:
        lead = _("{sentence}; {more}").format(sentence=lead, more=part)
    return lead


def value_profile(orders: Iterable[Sequence[str]]) -> dict[str, float]:
    """A group's value profile: each value's mean weight over the people who gave an order
    (0.5: everyone put it first; 0: nobody among their first three)."""
    given = [order_weights(order) for order in orders if order]
    if not given:
        return {}
    return {key: round(sum(weights[i] for weights in given) / len(given), 2) for i, key in enumerate(KEYS)}
