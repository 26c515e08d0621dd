"""The quality of a profile before its ranking: flags that say when to read it with care.

- `undifferentiated`: the six scores differ by less than WEAK_SPREAD of the possible range
  (item answers only: scores from another instrument have no known range);
- `ties`: the six scores take three values or fewer (many scales tied, the code is uncertain);
- `long_run`: a run of one same answer over at least half of the items, in the order they were
  asked (and at least LONG_RUN_MIN): a sign of answering without reading;
- `contradictory`: at least three scales (half) with both the lowest and the highest answer among their
  items (items of one scale measure one interest: such answers contradict each other).

A flag never hides the ranking: the results say so and word the ranking more carefully.
`cronbach_alpha` gives a scale's internal consistency over a class (items given).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Mapping, Optional, Sequence

from ..i18n import _

if TYPE_CHECKING:
    import numpy as np

    from .bank import Bank
    from .scoring import InterestProfile

WEAK_SPREAD = 0.15  # as in results.differentiation_note
LONG_RUN_MIN = 8
CONTRADICTORY_SCALES = 3  # half the scales: one or two can hold items of uneven appeal
FLAGS = ("undifferentiated", "ties", "long_run", "contradictory")


def score_flags(scores: Sequence[float], low: Optional[float] = None, high: Optional[float] = None) -> list[str]:
    """Flags read from the six scale scores (and their possible range, when known)."""
    flags = []
    if low is not None and high is not None and high > low and (max(scores) - min(scores)) / (high - low) < WEAK_SPREAD:
        flags.append("undifferentiated")
    if len({round(value, 9) for value in scores}) <= 3:
        flags.append("ties")
    return flags


def answer_flags(bank: "Bank", answers: Mapping[str, Optional[int]]) -> list[str]:
    """Flags read from the item answers (1-5, None skipped), in the order the bank presents them."""
    return flags_of_answers(AnswerOrder(bank), answers)


class AnswerOrder:
    """What reading a bank's answers for flags needs, worked out once (a class reads it per row):
    the (item id, scale) pairs in the order the bank presents them, and the lowest and highest answer."""

    def __init__(self, bank: "Bank") -> None:
        self.presented = [(item.id, item.scale) for item in bank.presented()]
        self.lowest, self.highest = min(bank.response.values), max(bank.response.values)


def flags_of_answers(order: AnswerOrder, answers: Mapping[str, Optional[int]]) -> list[str]:
    given = [(scale, answers.get(item_id)) for item_id, scale in order.presented]
    values = [value for _scale, value in given if value is not None]
    flags = []
    if values and longest_run(values) >= max(LONG_RUN_MIN, len(values) / 2):
        flags.append("long_run")
    by_scale: dict[str, set[int]] = {}
    for scale, value in given:
        if value is not None:
            by_scale.setdefault(scale, set()).add(value)
    if sum(1 for seen in by_scale.values() if order.lowest in seen and order.highest in seen) >= CONTRADICTORY_SCALES:
        flags.append("contradictory")
    return flags


def profile_flags(profile: "InterestProfile", bank: Optional["Bank"] = None,
                  answers: Optional[Mapping[str, Optional[int]]] = None) -> list[str]:
    flags = score_flags(profile.vector(), profile.low, profile.high)
    if bank is not None and answers is not None:
        flags += answer_flags(bank, answers)
    return flags


def longest_run(values: Sequence[int]) -> int:
    best = run = 0
    previous = None
    for value in values:
        run = run + 1 if value == previous else 1
        previous = value
        best = max(best, run)
    return best


def flag_notes(flags: Iterable[str]) -> list[str]:
    """One sentence per flag, for the results, the JSON notes and the reports."""
    texts = {
        "undifferentiated": None,  # said by results.differentiation_note, with the spread
        "ties": _("Many of your interest scores are tied: the order of the careers rests on small differences"),
        "long_run": _("Many answers in a row were the same: if some were given without reading, take the quiz "
                      "again"),
        "contradictory": _("Some answers contradict others of the same interest type (both the lowest and the "
                           "highest answer): read the ranking with care"),
    }
    return [text for flag in flags if (text := texts.get(flag))]


def cronbach_alpha(rows: Sequence[Sequence[float]]) -> Optional[float]:
    """Cronbach's alpha of k items over n people (complete rows): k/(k-1) x (1 - sum of the item
    variances / variance of the totals); None with fewer than 2 items or 2 people, or no variance."""
    if len(rows) < 2 or not rows[0] or len(rows[0]) < 2:
        return None
    k = len(rows[0])
    items = [_variance([row[i] for row in rows]) for i in range(k)]
    total = _variance([sum(row) for row in rows])
    if total == 0:
        return None
    return k / (k - 1) * (1 - sum(items) / total)


def _variance(values: Sequence[float]) -> float:
    mean = sum(values) / len(values)
    return sum((v - mean) ** 2 for v in values) / (len(values) - 1)


class ScaleConsistency:
    """Cronbach's alpha of one scale over a class, accumulated row by row (complete rows only):
    sums and sums of squares, so a class of any size is never held in memory."""

    def __init__(self, items: int) -> None:
        self.k, self.n = items, 0
        self.sums, self.squares = [0.0] * items, [0.0] * items
        self.total = self.total_squares = 0.0

    def add(self, values: Sequence[int]) -> None:
        self.n += 1
        for i, value in enumerate(values):
            self.sums[i] += value
            self.squares[i] += value * value
        total = sum(values)
        self.total += total
        self.total_squares += total * total

    def add_rows(self, values: "np.ndarray") -> None:
        """Many complete rows at once (integer answers: the same sums as row by row)."""
        import numpy as np

        wide = values.astype(np.int64)
        totals = wide.sum(1)
        self.n += len(wide)
        for i in range(self.k):
            self.sums[i] += int(wide[:, i].sum())
            self.squares[i] += int((wide[:, i] * wide[:, i]).sum())
        self.total += int(totals.sum())
        self.total_squares += int((totals * totals).sum())

    def alpha(self) -> Optional[float]:
        if self.n < 2 or self.k < 2:
            return None
        items = sum(_spread(s, q, self.n) for s, q in zip(self.sums, self.squares))
        total = _spread(self.total, self.total_squares, self.n)
        return None if total <= 0 else self.k / (self.k - 1) * (1 - items / total)


def _spread(total: float, squares: float, n: int) -> float:
    """The sample variance from a sum and a sum of squares."""
    return (squares - total * total / n) / (n - 1)


class ClassQuality:
    """A class's answers, row by row: how many rows are flagged, and each scale's alpha."""

    def __init__(self, bank: Optional["Bank"], scales: Sequence[str], low: Optional[float] = None,
                 high: Optional[float] = None) -> None:
        self.bank, self.low, self.high = bank, low, high
        self.scales = {scale: ScaleConsistency(sum(1 for s in scales if s == scale)) for scale in set(scales)}
        self.flagged = 0
        self.order = AnswerOrder(bank) if bank is not None else None
        self.scale_of = {item.id: item.scale for item in bank.items} if bank is not None else {}

    def add(self, answers: Mapping[str, Optional[int]], scores: Sequence[float]) -> None:
        """One accepted row: its answers by item id (None skipped; none for score columns) and its six scores."""
        if score_flags(scores, self.low, self.high) or (self.order is not None and flags_of_answers(self.order, answers)):
            self.flagged += 1
        if self.order is None:
            return
        by_scale: dict[str, list[Optional[int]]] = {}
        for item_id, value in answers.items():
            scale = self.scale_of.get(item_id)
            if scale is not None:
                by_scale.setdefault(scale, []).append(value)
        for name, values in by_scale.items():
            if name in self.scales and None not in values:
                self.scales[name].add([v for v in values if v is not None])

    def add_answers(self, answers: "np.ndarray", scores: "np.ndarray", items: Sequence[str]) -> None:
        """Many accepted rows at once, as `add` takes them one by one: their answers (a column per
        item of `items`, 0 when skipped) and their six scores."""
        import numpy as np

        assert self.order is not None
        flagged = score_flag_rows(scores, self.low, self.high) | answer_flag_rows(self.order, answers, items)
        self.flagged += int(flagged.sum())
        for name, consistency in self.scales.items():
            columns = [j for j, item_id in enumerate(items) if self.scale_of.get(item_id) == name]
            values = answers[:, columns]
            consistency.add_rows(values[np.all(values > 0, axis=1)])

    def alphas(self, order: Iterable[str]) -> dict[str, Optional[float]]:
        return {scale: (round(a, 2) if (a := self.scales[scale].alpha()) is not None else None)
                for scale in order if scale in self.scales}


def score_flag_rows(scores: "np.ndarray", low: Optional[float] = None, high: Optional[float] = None) -> "np.ndarray":
    """`score_flags` of many rows of six scores at once: whether each has any."""
    import numpy as np

    flagged = np.zeros(len(scores), dtype=bool)
    if low is not None and high is not None and high > low:
        flagged |= (scores.max(1) - scores.min(1)) / (high - low) < WEAK_SPREAD
    values, places = np.unique(scores, return_inverse=True)
    rounded = np.array([round(value, 9) for value in values.tolist()])[places.reshape(scores.shape)]  # Python's round
    rounded.sort(axis=1)
    distinct = 1 + (np.diff(rounded, axis=1) != 0).sum(1)
    return flagged | (distinct <= 3)


def answer_flag_rows(order: AnswerOrder, answers: "np.ndarray", items: Sequence[str]) -> "np.ndarray":
    """`flags_of_answers` of many rows at once (a column per item of `items`, 0 when skipped):
    whether each has any."""
    import numpy as np

    column = {item_id: j for j, item_id in enumerate(items)}
    people = len(answers)
    previous, run, longest, count = (np.zeros(people, dtype=np.int64) for _ in range(4))
    for item_id, _scale in order.presented:  # runs of one answer over the items given, as they were asked
        if item_id not in column:
            continue
        value = answers[:, column[item_id]].astype(np.int64)
        given = value > 0
        run = np.where(given, np.where(value == previous, run + 1, 1), run)
        previous = np.where(given, value, previous)
        longest = np.maximum(longest, run)
        count += given
    flagged = (count > 0) & (longest >= np.maximum(LONG_RUN_MIN, count / 2))
    contradictory = np.zeros(people, dtype=np.int64)
    for scale in dict.fromkeys(scale for _item, scale in order.presented):
        columns = [column[item_id] for item_id, named in order.presented if named == scale and item_id in column]
        if columns:
            values = answers[:, columns]
            contradictory += (values == order.lowest).any(1) & (values == order.highest).any(1)
    return flagged | (contradictory >= CONTRADICTORY_SCALES)
