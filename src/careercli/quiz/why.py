"""Why a career came up in a quiz result, with numbers: what its place is the sum of, which
interest scales made the correlation, the answers that made those scales, and the interest centres
it shares with the person.

- terms: every term of the ranking score the match carries (ranking.score_terms: `interests`, the
  correlation r; `centres`, the bonus of the centres picked; any term added later), each with its
  value; their sum is what careers are ordered by. A match kept before terms were kept gives its
  correlation and its centre bonus (CENTRE_BONUS times its affinity), the same two terms.
- scales: the Pearson correlation is a sum over the six scales, (person - person's mean) times
  (career - career's mean) over the product of both spreads: each scale's share says how much it
  added to r (negative: a scale that pulls the two profiles apart). The shares add up to r.
- items: the person's answers of 4 or 5 on the scales that added most among those the person
  scored above their own mean: what raised those scales.
"""

from __future__ import annotations

from math import sqrt
from typing import TYPE_CHECKING, Optional, Sequence

import msgspec

from ..views import Result
from .scoring import SCALES

if TYPE_CHECKING:
    from ..catalog.entry import Entry
    from .ranking import Match
    from .results import QuizResult

ITEMS_PER_SCALE = 3  # answers shown for each scale that drove the match
DRIVING_SCALES = 2  # the scales whose answers are shown


class ScaleShare(msgspec.Struct, frozen=True, kw_only=True):
    scale: str
    person: float  # the person's score on the scale
    career: float  # the career's interest score (O*NET's 1-7)
    share: float  # what the scale adds to the correlation r (the shares add up to r)


class AnsweredItem(msgspec.Struct, frozen=True, kw_only=True):
    scale: str
    text: str
    answer: int  # 1-5, as given


class Why(Result, kw_only=True):
    id: str
    title: str
    rank: int
    match: int  # percent, as the list shows it
    terms: dict[str, float]  # the ranking score's terms, by name (their sum orders the careers)
    scales: list[ScaleShare] = []  # largest share first; [] when the career's scores are not in the catalog now
    person_mean: float = 0.0  # the mean of the person's six scores, and of the career's: high and low are
    career_mean: float = 0.0  # said against them
    items: list[AnsweredItem] = []
    centres: list[str] = []  # the interest centres picked that the career has
    reasons: list[str] = []  # the sentences the result gave
    lang: str = "en"


def why(result: "QuizResult", match: "Match", entry: Optional["Entry"]) -> Why:
    """Why `match` (a career of `result`) came up; `entry` is the career in the catalog now (its
    interest scores), None when it is no longer there."""
    person = [result.profile.scores[s] for s in SCALES]
    career = list(entry.riasec) if entry is not None and entry.riasec else []
    scales = scale_shares(person, career) if len(career) == len(SCALES) else []
    return Why(id=match.id, title=match.title, rank=match.rank, match=match.match, terms=match_terms(match),
               scales=scales, person_mean=round(sum(person) / len(person), 3),
               career_mean=round(sum(career) / len(career), 3) if career else 0.0, items=driving_answers(result, scales), centres=list(match.centres),
               reasons=list(match.reasons), lang=result.lang)


def match_terms(match: "Match") -> dict[str, float]:
    """The terms the match carries; for a match kept before they were, the two the ranking had then."""
    if match.terms:
        return dict(match.terms)
    from ..facts.centres import CENTRE_BONUS

    terms = {"interests": round(match.r, 3)}
    if match.centre_match:
        terms["centres"] = round(CENTRE_BONUS * match.centre_match, 3)
    return terms


def scale_shares(person: Sequence[float], career: Sequence[float]) -> list[ScaleShare]:
    """Each scale's share of the Pearson correlation of the two profiles, largest first."""
    dx = [v - sum(person) / len(person) for v in person]
    dy = [v - sum(career) / len(career) for v in career]
    spread = sqrt(sum(d * d for d in dx) * sum(d * d for d in dy))
    if not spread:
        return []
    shares = [ScaleShare(scale=s, person=round(p, 2), career=round(c, 2), share=round(a * b / spread, 3))
              for s, p, c, a, b in zip(SCALES, person, career, dx, dy)]
    return sorted(shares, key=lambda share: -share.share)


def driving_answers(result: "QuizResult", scales: Sequence[ScaleShare]) -> list[AnsweredItem]:
    """The person's answers of 4 or 5 on the scales that added most to the match (answers kept
    with the result, in its bank's order)."""
    from .bank import BankError, load_bank

    bank_id, answers = result.profile.bank, result.answers or ""
    if not bank_id or not answers or not scales:
        return []
    try:
        bank = load_bank(bank_id)
    except BankError:
        return []
    given = dict(zip((item.id for item in bank.items), answers))
    lang = bank.language(result.lang)
    found = []
    mean = sum(result.profile.scores.values()) / len(result.profile.scores)
    for share in [s for s in scales if s.share > 0 and s.person > mean][:DRIVING_SCALES]:
        strong = [(int(given[item.id]), item) for item in bank.items_of(share.scale) if given.get(item.id) in ("4", "5")]
        for answer, item in sorted(strong, key=lambda pair: -pair[0])[:ITEMS_PER_SCALE]:
            found.append(AnsweredItem(scale=share.scale, text=item.text.get(lang) or next(iter(item.text.values())),
                                      answer=answer))
    return found
