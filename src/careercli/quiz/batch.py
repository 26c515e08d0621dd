"""A whole class ranked at once: the quiz's ranking for any number of people, with numpy.

The method and the order are exactly those of `rank_careers` for one person: the Pearson
correlation between the person's six scores and each career's six, computed with the same
floating-point operations in the same order (so the same bits: no BLAS, whose sums may be
ordered otherwise), careers ordered by r rounded to 9 decimals, then the more common, then by id; the preferences
leave out the same careers. Careers with only official letters are ranked by them as
`quiz.letters` ranks them, once per order of a person's six scores (all that order depends on).
numpy handles a block of people at a time (2,048 people against
1,000 careers is a 16 MB block), and a person's `QuizResult` is only built when it is read, so
memory does not grow with the class.

numpy is imported here and nowhere else; only `careers class` loads this module.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, Iterable, Iterator, NamedTuple, Optional, Protocol, Sequence, Union, overload

import msgspec
import numpy as np

from ..i18n import current_language, language
from ..text import localize
from ..views import CareerCodes, codes_of
from .letters import LetterTable, letter_match, letters_of, official_profile, person_ranks, usable_scores
from .ranking import Match, Preferences, Ranking, _deviations, _kept, centre_match, centre_names, centre_reasons, \
    official_fit_reason, pay_check, preference_reasons, same_score_groups, same_scores_reason, score_bonus, \
    shared_interest_reasons, tie_order, values_terms, weakest_scales
from .results import PersonResult, QuizResult, differentiation_note, skipped_note
from .scoring import SCALES, HollandCode, InterestProfile, holland_code, top_letters
from .values import (
    MAX_FIT, VALUES_WEIGHT, ValuesScorer, order_weights, standardised, value_norms, value_profile, values_reasons,
    values_scorer,
)

if TYPE_CHECKING:
    from ..catalog.entry import Entry


class Roster(Protocol):
    """The people of a class file (classroom.Roster): what ranking them reads."""

    @property
    def lines(self) -> list[int]: ...

    @property
    def names(self) -> list[str]: ...

    @property
    def scores(self) -> list[tuple[float, ...]]: ...

    @property
    def values(self) -> list[tuple[str, ...]]: ...  # per person, their work values in order (none: no values column)

    def __len__(self) -> int: ...

    def profile(self, index: int) -> InterestProfile: ...

    def identity_of(self, index: int) -> tuple[tuple[str, str], ...]: ...


BLOCK = 2048  # people ranked together
CHUNK = 256  # people computed together: their matrices (256 x 1,000 careers, 2 MB) stay in the processor's cache
NEAR = 2e-9  # correlations this close may order differently once rounded: settled one by one
CACHED_RESULTS = 4_000_000  # people x top careers up to which rankings are kept for a second reading (64 MB)


class CareerTable:
    """The careers that can be ranked under the preferences, in id order, as deviation vectors;
    and the counts every person's ranking shares (what was left out, and why)."""

    def __init__(self, entries: Iterable["Entry"], prefs: Preferences, by_values: bool = False) -> None:
        counts = Ranking()
        kept, by_letters = [], []
        entries = list(entries)
        self.norms = value_norms(entry.work_values for entry in entries)  # as rank_careers computes them
        for entry in entries:
            counts.careers += 1
            scores = usable_scores(entry)
            if scores is None or _deviations(scores)[0] is None:
                if not letters_of(entry):
                    counts.without_riasec += 1
                elif _kept(entry, prefs, counts):
                    by_letters.append(entry)
            elif _kept(entry, prefs, counts):
                kept.append(entry)
        # one column per group no answers tell apart (`by_values`: someone ordered work values)
        self.same_scores = same_score_groups(kept, prefs.likes, ("values",) if by_values or prefs.values else ())
        kept = sorted((e for e in kept if e.id in self.same_scores), key=tie_order)  # column order = the quiz's
        counts.ranked = len(kept)  # order of exact ties (ranking.tie_order): ties are settled by position
        counts.ranked_by_letters = len(by_letters)
        self.entries = kept
        self.by_letters = by_letters  # ranked by `quiz.letters`, apart
        self.letters = LetterTable(by_letters)
        self.counts = counts
        self.checks = {entry.id: pay_check(entry, prefs) for entry in [*kept, *by_letters]}  # the minimum pay, once
        self.deviations, self.squares = deviations(np.array([e.riasec for e in kept], dtype=np.float64).reshape(-1, 6))
        # the ROME fiches' official letters read as profiles (ranking.interest_fit), and their columns
        # (at most 36 distinct letters: a person's r with each is computed once, then spread to the columns)
        letters = [official_profile(e) for e in kept]
        self.official_columns = np.array([n for n, found in enumerate(letters) if found is not None], dtype=np.intp)
        profiles = list(dict.fromkeys(found for found in letters if found is not None))
        self.official_deviations, self.official_squares = deviations(
            np.array(profiles, dtype=np.float64).reshape(-1, 6))
        # each column's letters profile (len(profiles): none, a column of NO_LETTERS)
        self.official_profile = np.array([profiles.index(found) if found is not None else len(profiles)
                                          for found in letters], dtype=np.intp)
        # what the interest centres picked and commonness add to each career's r when ordering
        bonus = [score_bonus(e, prefs.likes) for e in kept]
        self.bonus = np.array(bonus, dtype=np.float64) if any(bonus) else None
        # the careers' standardised work values (quiz.values.standardised; 0 where a career has none)
        self.value_z = np.array([standardised(e.work_values, self.norms) or (0.0,) * 6 for e in kept],
                                dtype=np.float64).reshape(-1, 6)


def values_bonuses(weights: "np.ndarray", table: CareerTable) -> "np.ndarray":
    """What the values add to every person's (row of weights) ranking score of every career, bit
    for bit as quiz.values gives it: the weighted sum summed in order, held within -MAX_FIT..MAX_FIT."""
    z = table.value_z
    fit = weights[:, 0:1] * z[:, 0] + weights[:, 1:2] * z[:, 1]
    for k in range(2, 6):
        fit += weights[:, k:k + 1] * z[:, k]
    return VALUES_WEIGHT * np.clip(fit, -MAX_FIT, MAX_FIT, out=fit)


def deviations(values: "np.ndarray") -> tuple["np.ndarray", "np.ndarray"]:
    """Deviations from each row's mean and their sum of squares, summed left to right as
    `ranking._deviations` does (`sum()` starts at 0 and adds in order)."""
    total = values[:, 0] + values[:, 1]
    for k in range(2, 6):
        total += values[:, k]
    dev = values - (total / 6)[:, None]
    squares = dev[:, 0] * dev[:, 0] + dev[:, 1] * dev[:, 1]
    for k in range(2, 6):
        squares += dev[:, k] * dev[:, k]
    return dev, squares


def interest_fits(people: "np.ndarray", table: CareerTable) -> tuple["np.ndarray", "np.ndarray"]:
    """r for every person (row) and career (column) as `ranking.interest_fit` gives it, bit for bit,
    and where it is the official letters' (a fiche's letters fit the person better than its scores)."""
    dx, sxx = deviations(people)
    r = correlations(dx, sxx, table.deviations, table.squares)
    if not len(table.official_columns):
        return r, np.zeros(r.shape, dtype=bool)
    by_profile = correlations(dx, sxx, table.official_deviations, table.official_squares)
    by_profile = np.concatenate([by_profile, np.full((len(r), 1), NO_LETTERS)], axis=1)
    letters = by_profile[:, table.official_profile]  # the same bits as each column computed alone
    official = letters > r
    return np.where(official, letters, r), official


NO_LETTERS = -2.0  # the r with the letters of a career that has none: below any correlation


def correlations(dx: "np.ndarray", sxx: "np.ndarray", dy: "np.ndarray", syy: "np.ndarray") -> "np.ndarray":
    """r for every person (row: their deviations `dx`, their sum of squares `sxx`) and career
    (column: `dy`, `syy`), bit for bit as `ranking.correlator` gives it: the same operations in the
    same order, done in place (a block's matrices are large: fewer passes over memory)."""
    numerator = np.multiply(dx[:, 0:1], dy[:, 0])
    term = np.empty_like(numerator)
    for k in range(1, 6):
        numerator += np.multiply(dx[:, k:k + 1], dy[:, k], out=term)
    spread = np.multiply(sxx[:, None], syy[None, :], out=term)
    numerator /= np.sqrt(spread, out=spread)
    return np.clip(numerator, -1.0, 1.0, out=numerator)


def code_keys(scores: "np.ndarray") -> "np.ndarray":
    """A number per person that only depends on what `holland_code` reads: the order of the
    six scores rounded to 9 decimals (ties in R-I-A-S-E-C order) and which neighbours are tied."""
    rounded = np.round(scores, 9)
    order = np.argsort(-rounded, axis=1, kind="stable")
    ordered = np.take_along_axis(rounded, order, 1)
    keys = np.zeros(len(scores), dtype=np.int64)
    for k in range(6):
        keys = keys * 6 + order[:, k]
    for k in range(5):
        keys = keys * 2 + (ordered[:, k] == ordered[:, k + 1])
    return keys


def top_careers(r: "np.ndarray", top: int) -> "np.ndarray":
    """The columns of each row's `top` best careers, best first, ties in column order (ranking.tie_order).

    numpy's rounding can differ from Python's `round` in the last place, so a row where two
    correlations lie within NEAR of each other (and are not equal: equal ones round alike) at the
    cut or inside the top is ordered again with Python's own `round`, exactly as `rank_careers` sorts."""
    people, careers = r.shape
    k = min(top, careers)
    if k == 0:
        return np.zeros((people, 0), dtype=np.intp)
    key = np.round(r, 9)
    if k < careers:
        chosen = lowest_at_cut(key, np.argpartition(-key, k - 1, axis=1)[:, :k])
    else:
        chosen = np.tile(np.arange(careers), (people, 1))
    values = np.take_along_axis(key, chosen, 1)
    order = np.lexsort((chosen, -values), axis=1)
    chosen = np.take_along_axis(chosen, order, 1)
    best = np.take_along_axis(r, chosen, 1)
    for row in np.flatnonzero(near_ties(r, best)):
        chosen[row] = _exact_top(r[row], float(best[row, -1]), k)
    return chosen


def lowest_at_cut(key: "np.ndarray", chosen: "np.ndarray") -> "np.ndarray":
    """`chosen` (each row's k best keys, as argpartition picks them) with the careers tied at the cut
    taken in column order: argpartition picks any of them, the quiz the first (ROME fiches ranked by
    the same letters all have the same r)."""
    k = chosen.shape[1]
    cut = np.take_along_axis(key, chosen, 1).min(1)[:, None]
    tied = key == cut
    places = k - (key > cut).sum(1)
    rows = np.flatnonzero(tied.sum(1) > places)
    if len(rows):
        first = tied[rows] & (np.cumsum(tied[rows], axis=1) <= places[rows, None])
        chosen[rows] = np.nonzero((key[rows] > cut[rows]) | first)[1].reshape(-1, k)
    return chosen


def near_ties(r: "np.ndarray", best: "np.ndarray") -> "np.ndarray":
    """The rows where two of the chosen careers' r, or one of them and a career left out, differ by
    less than NEAR without being equal: numpy and Python may round them to different sides."""
    apart = np.abs(best[:, :, None] - best[:, None, :])
    unsure = ((apart > 0) & (apart < NEAR)).any((1, 2))
    rows, columns = np.nonzero(r >= (best.min(1) - NEAR)[:, None])  # the chosen, and the few close to them
    unequal = (r[rows, columns][:, None] != best[rows]).all(1)
    unsure[rows[unequal]] = True
    return unsure


def out_of_reach(entries: Iterable["Entry"], top: int = 10) -> tuple[int, list[str]]:
    """(careers ranked by their scores, the ids of those never in a top `top`): each is tried with
    the profile most in its favour, a person whose six scores are its own. A career named in the row
    of the careers no answers can tell apart from it (`same_score_groups`) is reached with that row."""
    table = CareerTable(entries, Preferences())
    row_of = {entry.id: entry.id for entry in table.entries}
    row_of.update({other.id: row for row, others in table.same_scores.items() for other in others})
    column = {entry.id: n for n, entry in enumerate(table.entries)}
    scored = [*table.entries, *(other for others in table.same_scores.values() for other in others)]
    if not scored:
        return 0, []
    r, _official = interest_fits(np.array([e.riasec for e in scored], dtype=np.float64), table)
    chosen = top_careers(r + table.bonus[None, :] if table.bonus is not None else r, top)
    lost = [entry.id for entry, best in zip(scored, chosen.tolist()) if column[row_of[entry.id]] not in best]
    return len(scored), sorted(lost)


def _exact_top(r: "np.ndarray", cut: float, k: int) -> list[int]:
    candidates = np.flatnonzero(r >= cut - 2 * NEAR)
    ordered = sorted(candidates.tolist(), key=lambda column: (-round(float(r[column]), 9), column))
    return ordered[:k]


class CareerRef(NamedTuple):
    """What a table of results shows about a career (built once per career)."""

    id: str
    title: str
    code: str
    pay_check: Optional[str] = None  # against the minimum pay: pass, no_figure or undecided (None: no minimum)
    centres: tuple[str, ...] = ()  # the interest centres picked (--like) that the career has
    onet_soc: list[str] = []  # its codes and title language (views.CareerCodes)
    rome: list[str] = []
    isco08: list[str] = []
    title_language: str = ""


class PersonRow(NamedTuple):
    """One person as a table of results shows them: no reasons, no notes (see PersonResult)."""

    line: int
    name: str
    scores: tuple[float, ...]  # R to C
    code: HollandCode
    careers: list[tuple[CareerRef, float]]  # best first, with the correlation r
    letters: list[tuple[CareerRef, float]] = []  # careers with only official letters: best agreement first
    identity: tuple[tuple[str, str], ...] = ()  # (header, value) of the class file's identity columns
    values: tuple[str, ...] = ()  # the person's work values in order (none: values played no part)
    fits: list[Optional[float]] = []  # the values fit of each of `careers` (None: it has no work values)


class People(Sequence["PersonResult"]):
    """A class's `PersonResult`s, built as they are read: index them, iterate them (BLOCK at a
    time, `blocks`), take their length; `person(index)` builds one."""

    def __len__(self) -> int:
        raise NotImplementedError

    def person(self, index: int) -> "PersonResult":
        raise NotImplementedError

    def blocks(self) -> Iterator[list["PersonResult"]]:
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> "PersonResult": ...

    @overload
    def __getitem__(self, index: slice) -> list["PersonResult"]: ...

    def __getitem__(self, index: Union[int, slice]) -> Union["PersonResult", list["PersonResult"]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self.person(index)

    def __iter__(self) -> Iterator["PersonResult"]:
        for block in self.blocks():
            yield from block

    def count_blocks(self) -> int:
        return -(-len(self) // BLOCK)


class RankedPeople(People):
    """Every person's `PersonResult`, ranked a block at a time as it is read; `rows()` gives the
    lighter `PersonRow`s that tables of a whole class need."""

    def __init__(self, roster: "Roster", table: CareerTable, prefs: Preferences, top: int) -> None:
        self.roster, self.table, self.prefs, self.top = roster, table, prefs, top
        self.lang = current_language()  # people are ranked as they are read, maybe outside the caller's language
        self.scores = np.array(roster.scores, dtype=np.float64).reshape(-1, 6)
        self._blocks: dict[int, tuple["np.ndarray", "np.ndarray", "np.ndarray"]] = {}
        self._keep = len(roster) * top <= CACHED_RESULTS
        self._reasons: dict[tuple[str, str, tuple[str, ...]], list[str]] = {}
        self._preference_reasons: dict[str, list[str]] = {}  # career id -> what the preferences could not decide
        self._codes: dict[int, HollandCode] = {}
        self._career_codes: dict[str, dict[str, Any]] = {}
        self.code_keys = code_keys(self.scores)
        self.orders = [tuple(order) or prefs.values for order in roster.values] or [prefs.values] * len(roster)
        self.weights = (np.array([order_weights(order) if order else (0.0,) * 6 for order in self.orders],
                                 dtype=np.float64).reshape(-1, 6) if any(self.orders) else None)
        self._refs: Optional[list[CareerRef]] = None
        self._letter_orders: dict[int, list[tuple["Entry", float]]] = {}
        self._letter_refs: dict[str, CareerRef] = {}
        self._letter_rows: dict[int, list[tuple[CareerRef, float]]] = {}
        self._last: Optional[tuple[int, tuple["np.ndarray", "np.ndarray", "np.ndarray"]]] = None

    def __len__(self) -> int:
        return len(self.roster)

    def person(self, index: int) -> "PersonResult":
        columns, r, official = self.block(index // BLOCK)
        with language(self.lang):  # the reasons, in the language of the titles
            return self._person(index, columns[index % BLOCK], r[index % BLOCK], official[index % BLOCK])

    def blocks(self) -> Iterator[list["PersonResult"]]:
        """The people, BLOCK at a time (what a writer and a progress bar step by)."""
        for number in range(self.count_blocks()):
            columns, r, official = self.block(number)
            start = number * BLOCK
            with language(self.lang):  # the reasons, in the language of the titles
                people = [self._person(start + i, columns[i], r[i], official[i]) for i in range(len(columns))]
            yield people  # outside the block: a paused generator must not hold the caller's language

    def block(self, number: int) -> tuple["np.ndarray", "np.ndarray", "np.ndarray"]:
        """The chosen career columns, their correlations, and whether each is the official letters',
        for the people of block `number`."""
        found = self._blocks.get(number)
        if found is None and self._last is not None and self._last[0] == number:
            found = self._last[1]
        if found is None:
            end = min((number + 1) * BLOCK, len(self.scores))
            chunks = [self._chunk(start, min(start + CHUNK, end)) for start in range(number * BLOCK, end, CHUNK)]
            if not chunks:
                chunks = [self._chunk(end, end)]
            columns, r, official = zip(*chunks)
            found = (np.concatenate(columns), np.concatenate(r), np.concatenate(official))
            if self._keep:
                self._blocks[number] = found
            self._last = (number, found)  # read person by person (ClassPeople): one block computed once
        return found

    def _chunk(self, start: int, end: int) -> tuple["np.ndarray", "np.ndarray", "np.ndarray"]:
        """`block` for people `start` to `end`, a CHUNK at most."""
        r, official = interest_fits(self.scores[start:end], self.table)
        score = r if self.table.bonus is None else r + self.table.bonus[None, :]
        if self.weights is not None:
            score = score + values_bonuses(self.weights[start:end], self.table)
        columns = top_careers(score, self.top)
        return columns, np.take_along_axis(r, columns, 1), np.take_along_axis(official, columns, 1)

    def _person(self, index: int, columns: "np.ndarray", r: "np.ndarray", official: "np.ndarray") -> "PersonResult":
        profile = self.roster.profile(index)
        code = self.code(index)
        person = self.roster.scores[index]
        weakest = weakest_scales(person)
        scorer = self.scorer(index)
        matches = [self._match(rank, float(value), self.table.entries[column], code.letters, weakest, by_letters, scorer)
                   for rank, (column, value, by_letters) in enumerate(zip(columns.tolist(), r.tolist(),
                                                                          official.tolist()), 1)]
        letters = [letter_match(rank, entry, value, code, weakest, self.prefs)
                   for rank, (entry, value) in enumerate(self.letter_order(index), 1)]
        ranking = msgspec.structs.replace(self.table.counts, matches=matches, letter_matches=letters)
        notes = [*skipped_note(profile), *differentiation_note(profile)]
        result = QuizResult(profile, code, ranking, self.prefs, self.lang, notes)
        return PersonResult(self.roster.lines[index], self.roster.names[index], result, self.roster.identity_of(index))

    def code(self, index: int) -> HollandCode:
        """The person's Holland code, computed once for every order of the six scores."""
        key = int(self.code_keys[index])
        code = self._codes.get(key)
        if code is None:
            code = self._codes[key] = holland_code(dict(zip(SCALES, self.roster.scores[index])))
        return code

    def letter_order(self, index: int) -> list[tuple["Entry", float]]:
        """The person's first careers ranked by official letters, computed once for every order of
        the six scores (all `quiz.letters` reads, like the Holland code)."""
        key = int(self.code_keys[index])
        order = self._letter_orders.get(key)
        if order is None:
            scores = self.roster.scores[index]
            order = self.table.letters.order(self.code(index), person_ranks(scores), limit=self.top)
            self._letter_orders[key] = order
        return order

    def letter_refs(self, index: int) -> list[tuple[CareerRef, float]]:
        """The person's careers ranked by official letters, as rows show them (once per order of the six scores)."""
        key = int(self.code_keys[index])
        found = self._letter_rows.get(key)
        if found is None:
            refs = self._letter_refs
            for entry, _value in self.letter_order(index):
                if entry.id not in refs:
                    refs[entry.id] = CareerRef(entry.id, localize(entry.title, self.lang) or entry.id,
                                               letters_of(entry) or "", self.table.checks.get(entry.id),
                                               **self.codes_of(entry))
            found = self._letter_rows[key] = [(refs[entry.id], value) for entry, value in self.letter_order(index)]
        return found

    def careers(self) -> list[CareerRef]:
        if self._refs is None:
            with language(self.lang):
                self._refs = [CareerRef(e.id, localize(e.title, self.lang) or e.id, _career_code(e),
                                        self.table.checks.get(e.id),
                                        tuple(centre_names(centre_match(e, self.prefs.likes)[1])),
                                        **self.codes_of(e))
                              for e in self.table.entries]
        return self._refs

    def rows(self) -> Iterator[list[PersonRow]]:
        """The people as `PersonRow`s, BLOCK at a time."""
        refs = self.careers()
        for number in range(self.count_blocks()):
            columns, r, _official = self.block(number)
            start = number * BLOCK
            yield [self._row(i, chosen, values, refs)
                   for i, chosen, values in zip(range(start, start + len(columns)), columns.tolist(), r.tolist())]

    def row(self, index: int) -> PersonRow:
        """One person as a `PersonRow`."""
        columns, r, _official = self.block(index // BLOCK)
        return self._row(index, columns[index % BLOCK].tolist(), r[index % BLOCK].tolist(), self.careers())

    def _row(self, index: int, chosen: list[int], values: list[float], refs: list[CareerRef]) -> PersonRow:
        roster = self.roster
        return PersonRow(roster.lines[index], roster.names[index], roster.scores[index], self.code(index),
                         [(refs[c], v) for c, v in zip(chosen, values)], self.letter_refs(index),
                         roster.identity_of(index), self.orders[index], self.fits(index, chosen))

    def codes_of(self, entry: "Entry") -> dict[str, Any]:
        """A career's codes and title language (views.codes_of), worked out once for the whole class."""
        found = self._career_codes.get(entry.id)
        if found is None:
            found = self._career_codes[entry.id] = codes_of(entry, self.lang)
        return found

    def fits(self, index: int, columns: list[int]) -> list[Optional[float]]:
        """The values fit of person `index` with the careers of `columns` (as ranking.values_fit gives it)."""
        scorer = self.scorer(index)
        if scorer is None:
            return []
        return [None if (fit := scorer.fit(self.table.entries[c].work_values)) is None else round(fit, 3)
                for c in columns]

    def scorer(self, index: int) -> Optional[ValuesScorer]:
        return values_scorer(self.orders[index], (), self.table.norms)

    def _match(self, rank: int, r: float, entry: "Entry", person_code: str, weakest: tuple[str, ...],
               official: bool = False, scorer: Optional[ValuesScorer] = None) -> Match:
        career_code = _career_code(entry)
        key = (person_code, career_code, weakest)
        reasons = self._reasons.get(key)
        if reasons is None:
            reasons = self._reasons[key] = shared_interest_reasons(person_code, career_code, weakest)
        checked = self.table.checks.get(entry.id)
        preferences = self._preference_reasons.get(entry.id)
        if preferences is None:
            preferences = self._preference_reasons[entry.id] = preference_reasons(entry, self.prefs, checked)
        affinity, matched = centre_match(entry, self.prefs.likes)
        same = self.table.same_scores.get(entry.id, [])
        return Match(rank=rank, id=entry.id, title=localize(entry.title, self.lang) or entry.id, r=r,
                     code=career_code, codes=list(entry.codes),
                     reasons=same_scores_reason(same) + official_fit_reason(entry, official)
                     + centre_reasons(entry, matched) + reasons
                     + values_reasons(scorer, entry.work_values, entry.work_values_derived) + preferences,
                     job_zone=entry.job_zone, salary=entry.salary, origin=entry.origin, pay_check=checked,
                     centre_match=round(affinity, 3), centres=centre_names(matched),
                     same_scores=[e.id for e in same], official_letters=official, **self.codes_of(entry),
                     **values_terms(entry, self.prefs, scorer))


def _career_code(entry: "Entry") -> str:
    """A ranked career's Holland code: its own, else its scores' (every career ranked by r has scores)."""
    assert entry.riasec is not None
    return entry.holland or top_letters(entry.riasec)


class SubRoster:
    """Some people of a roster (`indexes`, in its order), as `RankedPeople` reads a roster."""

    def __init__(self, roster: Roster, indexes: list[int]) -> None:
        self.roster, self.indexes = roster, indexes
        self.lines = [roster.lines[i] for i in indexes]
        self.names = [roster.names[i] for i in indexes]
        self.scores = [roster.scores[i] for i in indexes]
        self.values = [roster.values[i] for i in indexes] if roster.values else []

    def __len__(self) -> int:
        return len(self.indexes)

    def profile(self, index: int) -> InterestProfile:
        return self.roster.profile(self.indexes[index])

    def identity_of(self, index: int) -> tuple[tuple[str, str], ...]:
        return self.roster.identity_of(self.indexes[index])


class ClassPeople(People):
    """People who each picked their own interest centres (the class file's like column): those who
    picked the same ones are ranked together (`RankedPeople`, the centres in their preferences);
    read in the file's order, like `RankedPeople`."""

    def __init__(self, roster: Roster, entries: Sequence["Entry"], prefs: Preferences, likes: Sequence[tuple[int, ...]],
                 top: int) -> None:
        chosen: dict[tuple[int, ...], list[int]] = {}
        for index, liked in enumerate(likes):
            chosen.setdefault(liked or prefs.likes, []).append(index)  # an empty cell: --like's centres
        self.parts: list[RankedPeople] = []
        self.where: list[tuple[int, int]] = [(0, 0)] * len(likes)
        for liked, indexes in chosen.items():
            person_prefs = msgspec.structs.replace(prefs, likes=liked)
            for local, index in enumerate(indexes):
                self.where[index] = (len(self.parts), local)
            self.parts.append(RankedPeople(SubRoster(roster, indexes),
                                           CareerTable(entries, person_prefs, by_values=any(roster.values)),
                                           person_prefs, top))
        self.lang = current_language()

    @property
    def orders(self) -> list[tuple[str, ...]]:
        """Each person's work values in order, in the file's order."""
        return [self.parts[part].orders[local] for part, local in self.where]

    def __len__(self) -> int:
        return len(self.where)

    def person(self, index: int) -> "PersonResult":
        part, local = self.where[index]
        return self.parts[part].person(local)

    def blocks(self) -> Iterator[list["PersonResult"]]:
        for start in range(0, len(self), BLOCK):
            with language(self.lang):  # the reasons, in the language of the titles
                people = [self.person(i) for i in range(start, min(start + BLOCK, len(self)))]
            yield people  # outside the block: a paused generator must not hold the caller's language

    def rows(self) -> Iterator[list[PersonRow]]:
        for start in range(0, len(self), BLOCK):
            yield [self.parts[part].row(local) for part, local in self.where[start:start + BLOCK]]


class CareerCount(CareerCodes, frozen=True):  # type: ignore[misc]  # as quiz.ranked.RankedCareer
    id: str
    title: str
    first: int  # people whose best career it is
    listed: int  # people whose top careers include it


class ClassSummary(msgspec.Struct, frozen=True):
    """The class as a whole, for a counsellor's summary report."""

    people: int
    mean: dict[str, float]  # mean scale score (items of one bank: comparable; any scale otherwise)
    first_letters: dict[str, int]  # people by the first letter of their Holland code
    codes: list[tuple[str, int]]  # the most frequent three-letter codes
    careers: list[CareerCount]  # the careers most often listed
    values: dict[str, float] = {}  # the class's value profile (quiz.values.value_profile), when values were given
    valued: int = 0  # people who gave their work values


def class_summary(people: Union[RankedPeople, ClassPeople], limit: int = 10) -> ClassSummary:
    """Counts over the whole class, from the ranked blocks (no per-person result is built)."""
    if isinstance(people, ClassPeople):
        return rows_summary(people, limit)
    scores = people.scores
    if not len(people):
        return ClassSummary(0, {}, {}, [], [])
    mean = {s: round(float(v), 2) for s, v in zip(SCALES, scores.mean(axis=0))}
    codes = Counter(people.code(i).letters for i in range(len(people)))
    first = Counter(code[0] for code in codes.elements())
    listed: Counter[int] = Counter()
    best: Counter[int] = Counter()
    for number in range(people.count_blocks()):
        columns, _r, _official = people.block(number)
        if columns.shape[1]:
            best.update(columns[:, 0].tolist())
            listed.update(columns.ravel().tolist())
    entries = people.table.entries
    careers = [CareerCount(entries[c].id, localize(entries[c].title, people.lang) or entries[c].id, best[c], n,
                           **people.codes_of(entries[c]))
               for c, n in sorted(listed.items(), key=lambda pair: (-pair[1], entries[pair[0]].id))[:limit]]
    return ClassSummary(len(people), mean, {s: first[s] for s in SCALES}, codes.most_common(limit), careers,
                        value_profile(people.orders), sum(1 for order in people.orders if order))


def rows_summary(people: ClassPeople, limit: int = 10) -> ClassSummary:
    """`class_summary` of people ranked with centres of their own, from their rows."""
    rows = [row for block in people.rows() for row in block]
    if not rows:
        return ClassSummary(0, {}, {}, [], [])
    mean = {s: round(sum(row.scores[n] for row in rows) / len(rows), 2) for n, s in enumerate(SCALES)}
    codes = Counter(row.code.letters for row in rows)
    first = Counter(code[0] for code in codes.elements())
    refs = {ref.id: ref for row in rows for ref, _r in row.careers}
    listed = Counter(ref.id for row in rows for ref, _r in row.careers)
    best = Counter(row.careers[0][0].id for row in rows if row.careers)
    careers = [CareerCount(career_id, refs[career_id].title, best[career_id], n, onet_soc=refs[career_id].onet_soc,
                           rome=refs[career_id].rome, isco08=refs[career_id].isco08,
                           title_language=refs[career_id].title_language)
               for career_id, n in sorted(listed.items(), key=lambda pair: (-pair[1], pair[0]))[:limit]]
    orders = people.orders
    return ClassSummary(len(rows), mean, {s: first[s] for s in SCALES}, codes.most_common(limit), careers,
                        value_profile(orders), sum(1 for order in orders if order))
