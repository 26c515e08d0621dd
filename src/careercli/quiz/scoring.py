"""Scoring: answers -> six scale scores -> Holland code. Pure functions, no I/O.

Skipped items: a scale score is the mean of the answered items of the scale times the number of
items in the scale (a prorated sum), so it stays on the bank's usual range (e.g. 4-20 for
riasec-short). A scale with no answered item cannot be scored and is refused.

Ties: the code is three letters, ties broken in R-I-A-S-E-C order so that scripts always get a
code; `display` shows tied letters in brackets, e.g. "S(A/E)" or "SE(C/R)", and `equivalents`
lists every code that is equally valid.
"""


from itertools import permutations, product
from typing import TYPE_CHECKING, Mapping, Optional, Sequence

import msgspec

from ..errors import CareersError
from ..i18n import _, decimal_marks

if TYPE_CHECKING:
    from .bank import Bank

SCALES = ("R", "I", "A", "S", "E", "C")
CODE_LENGTH = 3
_DIGITS = 9  # scores equal to 9 decimals are a tie


class FlatProfileError(CareersError):
    """All six scores are equal: nothing to rank careers by."""


class IncompleteAnswersError(CareersError):
    """A scale has no answered item."""


def scale_name(letter: str) -> str:
    names = {
        "R": _("Realistic"), "I": _("Investigative"), "A": _("Artistic"),
        "S": _("Social"), "E": _("Enterprising"), "C": _("Conventional"),
    }
    return names[letter]


class InterestProfile(msgspec.Struct, frozen=True):
    """Six scale scores, with how they were obtained."""

    scores: dict[str, float]
    bank: Optional[str] = None
    answered: dict[str, int] = {}  # answered items per scale
    items: dict[str, int] = {}  # items per scale in the bank
    low: Optional[float] = None  # lowest and highest possible scale score, when known
    high: Optional[float] = None

    def vector(self) -> tuple[float, ...]:
        return tuple(self.scores[s] for s in SCALES)


def score_answers(bank: "Bank", answers: Mapping[str, Optional[int]]) -> InterestProfile:
    """Scale scores from answers (item id -> 1-5, or None when skipped)."""
    scores, answered, items = {}, {}, {}
    for scale in SCALES:
        scale_items = bank.items_of(scale)
        points = [bank.points(v) for i in scale_items if (v := answers.get(i.id)) is not None]
        if not points:
            ids = ", ".join(i.id for i in scale_items)
            raise IncompleteAnswersError(_(
                "no answer for the {scale} scale (items {ids}); answer at least one item of each scale"
            ).format(scale=scale_name(scale), ids=ids))
        scores[scale] = round(sum(points) / len(points) * len(scale_items), 6)
        answered[scale], items[scale] = len(points), len(scale_items)
    lowest, highest = min(bank.response.points), max(bank.response.points)
    n = len(bank.items_of(SCALES[0]))
    uniform = all(len(bank.items_of(s)) == n for s in SCALES)
    return InterestProfile(scores, bank.id, answered, items,
                           low=lowest * n if uniform else None, high=highest * n if uniform else None)


def checked_scores(scores: Mapping[str, object]) -> dict[str, float]:
    """Six RIASEC scores as given to the API: each letter once (any case), each a finite number
    within a sane range; anything else is a UsageError that says what is wrong."""
    import math

    from ..errors import UsageError

    checked: dict[str, float] = {}
    for key, value in scores.items():
        letter = str(key).strip().upper()
        if letter not in SCALES or letter in checked:
            raise UsageError(_("interest scores: '{key}' is not one of R, I, A, S, E, C, or is given twice").format(
                key=key))
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
                or abs(value) > MAX_SCORE:
            raise UsageError(_("interest scores: {letter}={value} is not a number between -{limit} and {limit}").format(
                letter=letter, value=repr(value), limit=f"{MAX_SCORE:g}"))
        checked[letter] = float(value)
    missing = [s for s in SCALES if s not in checked]
    if missing:
        raise UsageError(_("interest scores: missing {letters}; give all six: R, I, A, S, E, C").format(
            letters=", ".join(missing)))
    return checked


MAX_SCORE = 1e6  # scores on any scale, but within this: larger values only break the arithmetic


def profile_from_scores(scores: Mapping[str, float]) -> InterestProfile:
    """A profile from six scores of any instrument, on any scale."""
    return InterestProfile({s: float(scores[s]) for s in SCALES})


def check_differentiated(scores: Mapping[str, float]) -> None:
    """Refuse a flat profile: with six equal scores every career would correlate the same."""
    values = [scores[s] for s in SCALES]
    spread = max(values) - min(values)
    if spread <= 1e-9 * max(1.0, *map(abs, values)):
        raise FlatProfileError(_(
            "your six interest scores are all the same ({value}), so careers cannot be ranked by "
            "interest; answer again using the whole scale, from dislike to enjoy"
        ).format(value=_number(values[0])))


def _number(value: float) -> str:
    return decimal_marks(f"{value:g}")


class HollandCode(msgspec.Struct, frozen=True):
    letters: str  # e.g. "SEC": always three letters, ties broken in R-I-A-S-E-C order
    display: str  # e.g. "S(A/E)": tied letters in brackets
    equivalents: list[str]  # every equally valid code, `letters` first
    ties: list[str]  # tied groups that touch the code, e.g. ["A = E"]


def certain_letters(code: HollandCode) -> str:
    """The letters in every equally valid code: those a chart may set apart. A scale tied with
    one left out is not one of them (its letter in `letters` only broke the tie in R-I-A-S-E-C order)."""
    return "".join(letter for letter in code.letters if all(letter in other for other in code.equivalents))


def tie_groups(scores: Mapping[str, float]) -> list[list[str]]:
    """Scales from highest to lowest score, equal scores grouped (R-I-A-S-E-C order inside)."""
    ordered = sorted(SCALES, key=lambda s: (-round(scores[s], _DIGITS), SCALES.index(s)))
    groups: list[list[str]] = []
    for scale in ordered:
        if groups and round(scores[groups[-1][0]], _DIGITS) == round(scores[scale], _DIGITS):
            groups[-1].append(scale)
        else:
            groups.append([scale])
    return groups


def holland_code(scores: Mapping[str, float], length: int = CODE_LENGTH) -> HollandCode:
    """The Holland code (the highest `length` scales), with ties shown rather than hidden."""
    display, ties, choices = "", [], []
    free = length
    for group in tie_groups(scores):
        if free == 0:
            break
        take = min(len(group), free)
        free -= take
        choices.append(["".join(p) for p in permutations(group, take)])
        if len(group) == 1:
            display += group[0]
        else:
            display += "(" + "/".join(group) + ")"
            ties.append(" = ".join(group))
    equivalents = ["".join(parts) for parts in product(*choices)]
    return HollandCode(equivalents[0], display, equivalents, ties)


def top_letters(scores: Sequence[float], length: int = CODE_LENGTH) -> str:
    """The plain code of six scores in R-I-A-S-E-C order (for careers without a stored code)."""
    return holland_code(dict(zip(SCALES, scores)), length).letters
