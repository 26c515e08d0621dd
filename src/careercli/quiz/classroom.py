"""A whole class from one CSV file: read the rows, score each person, rank careers for each.

Plain data in, plain data out: text -> `Roster` (people and bad rows) -> `ClassResult`. The
scoring and the ranking are those of `careers quiz` (the same scale scores as `score_answers`;
the ranking of `quiz_result`, computed for everyone at once by `quiz.batch`); this module reads
the table around them. The CSV itself (separator, byte-order mark, quotes, line numbers, long
cells, numbers) is read by `careercli.tables`, like answer files.

The file has a header row and one row per person. Columns: an optional name column (the first
of `NAME_HEADERS` found), either item ids of one bank (answers 1-5, empty = skipped) or the six
scores R, I, A, S, E, C on any scale, and identity columns (first name, class, e-mail ...) carried
to the output as they are: those `--id-columns` names, else every column whose header is neither a
scale letter nor shaped like an item id (an unknown `Q9` is a typo, refused). A bad row is
recorded and skipped; it never hides the good ones (`strict`: the first one stops the reading).
A file that cannot be read as a class at all raises `ClassFileError`.

A class may hold 100,000 people: a row is read into six scores (a tuple), and a person's
`QuizResult` is only built when it is printed (`ClassResult.people` is a lazy sequence).
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, NamedTuple, Optional, Sequence, Union

import msgspec

from ..errors import CareersError, ExitCode, UsageError
from ..i18n import _, current_language, decimal
from ..views import Result
from .answers import SKIP_TOKENS, choose_bank, parse_number, parse_value
from .quality import ClassQuality
from .ranking import Preferences
from .results import PersonResult
from .scoring import SCALES, InterestProfile, scale_name

if TYPE_CHECKING:
    import numpy as np

    from ..catalog.entry import Entry
    from .bank import Bank
    from .batch import ClassSummary, PersonRow

NAME_HEADERS = ("name", "nom", "student", "élève", "eleve", "id")  # by priority
# The column of each person's interest centres, as `--like` takes them (careers criteria --kind interest)
LIKE_HEADERS = ("like", "likes", "centres", "centres d'intérêt", "centres d’intérêt", "centres d'interet",
                "interest centres")
LIKE_OPTION = re.compile(r"^--like\s*:\s*")  # resolve_likes's messages name the option; a cell is not one
LIKE_SEPARATORS = re.compile(r"[|;,\n]")  # between the centres of one cell: 1|14, "1, 14", créer; manuel
ITEM_LIKE = re.compile(r"^[A-Za-z]{1,3}\d{1,3}$")  # R2, IP01: an item id, or a typo of one
PROGRESS_STEP = 1000  # lines read between two calls of `progress`
PROFILE_COLUMN = "RIASEC"  # the column of a problem about the whole profile (flat)
_ANSWER_VALUES: dict[str, Optional[int]] = {**{str(v): v for v in range(1, 6)}, **{t: None for t in SKIP_TOKENS}}


class ClassFileError(CareersError):
    """A class file that cannot be read at all (not UTF-8, no header, no usable columns)."""


class RowProblem(msgspec.Struct, frozen=True):
    """Why one row could not be scored; `line` is the physical line in the file (header = 1)."""

    line: int
    column: str
    message: str
    name: str = ""  # the row's name cell, when it has one: a refused row is said with the person's name


class Person(msgspec.Struct, frozen=True):
    line: int
    name: str
    profile: InterestProfile


class Roster(msgspec.Struct, frozen=True):
    """The people of a class file that could be scored (one entry per person in each list), and
    the rows that could not."""

    source: str  # the file as named on the command line (`<stdin>` for -)
    bank: Optional[str]  # None for score columns
    lines: list[int]
    names: list[str]
    scores: list[tuple[float, ...]]  # six scale scores, R to C
    answered: list[tuple[int, ...]]  # answered items per scale (empty for score columns)
    problems: list[RowProblem]
    items: dict[str, int] = {}  # items per scale in the bank
    low: Optional[float] = None  # the lowest and highest possible scale score (uniform banks)
    high: Optional[float] = None
    identity_headers: list[str] = []  # the identity columns (first name, class ...), as headed
    identity: list[tuple[str, ...]] = []  # per person, their values
    likes: list[tuple[int, ...]] = []  # per person, the interest centres of the like column (none: no column)
    flagged: int = 0  # people whose profile is flagged (quiz/quality.py)
    alpha: dict[str, Optional[float]] = {}  # each scale's Cronbach's alpha over the class (item answers only)
    values: list[tuple[str, ...]] = []  # per person, their work values in order (a `values` column), when given

    def identity_of(self, index: int) -> tuple[tuple[str, str], ...]:
        """(header, value) of each identity column for person `index`."""
        return tuple(zip(self.identity_headers, self.identity[index])) if self.identity_headers else ()

    def __len__(self) -> int:
        return len(self.names)

    def profile(self, index: int) -> InterestProfile:
        """The person's profile, as `score_answers` or `profile_from_scores` gives it."""
        scores = dict(zip(SCALES, self.scores[index]))
        if not self.answered:
            return InterestProfile(scores)
        return InterestProfile(scores, self.bank, dict(zip(SCALES, self.answered[index])), self.items,
                               low=self.low, high=self.high)

    @property
    def people(self) -> list[Person]:
        return [Person(line, name, self.profile(i)) for i, (line, name) in enumerate(zip(self.lines, self.names))]


class Columns(msgspec.Struct, frozen=True):
    """What the header says: where the name is, and which item id or scale each column holds."""

    headers: list[str]
    name: Optional[int]  # index of the name column
    keys: dict[int, str]  # column index -> item id (items) or scale letter (scores)
    bank: Optional["Bank"] = None  # None: six score columns
    identity: list[int] = []  # indexes of the identity columns
    likes: Optional[int] = None  # index of the column of interest centres (LIKE_HEADERS)


class ClassResult(Result):
    """The scored class. `people` is a sequence of `PersonResult` built as it is read (a class
    may be large): iterate it, index it, take its length."""

    source: str
    bank: Optional[str]
    people: Sequence[PersonResult]
    problems: list[RowProblem]
    preferences: Preferences
    lang: str
    notes: list[str]
    top: int = 5
    taken: Optional[str] = None  # when it was scored (ISO 8601), for reports
    identity_headers: list[str] = []  # the class file's identity columns, carried to the output
    csv_dialect: str = "plain"  # "french": semicolons, decimal commas, a BOM, French headers
    flagged: int = 0  # people whose profile is flagged (quiz/quality.py)
    alpha: dict[str, Optional[float]] = {}  # each scale's Cronbach's alpha (item answers only)
    own_likes: bool = False  # people were ranked with the interest centres of the file's like column

    @property
    def liked(self) -> bool:
        """Interest centres were given (--like, or the like column): each career names those it has."""
        return bool(self.preferences.likes) or self.own_likes

    def to_dict(self) -> dict[str, Any]:
        return msgspec.structs.replace(self, people=list(self.people)).to_dict() if not isinstance(
            self.people, list) else super().to_dict()

    @property
    def exit_code(self) -> ExitCode:
        """1 when any row could not be scored: a script must not take a partial class for a whole one."""
        return ExitCode.ERROR if self.problems else ExitCode.OK

    def rows(self) -> Iterator[list["PersonRow"]]:
        """The people as rows of a table (no reasons), a block at a time."""
        return self.people.rows()  # type: ignore[attr-defined]

    def summary(self) -> "ClassSummary":
        """Codes and careers counted over the class (for a summary report)."""
        from .batch import class_summary

        return class_summary(self.people)  # type: ignore[arg-type]


def problem_line(source: str, problem: RowProblem) -> str:
    """`FILE:LINE: column: message`, the way every bad row is reported."""
    return located(source, problem.message, problem.line, problem.column)


def located(source: str, message: str, line: Optional[int] = None, column: str = "") -> str:
    """`FILE[:LINE][: column]: message`; the location is never translated, so tools can read it."""
    where = source if line is None else f"{source}:{line}"
    return f"{where}: {column}: {message}" if column else f"{where}: {message}"


# ---------------------------------------------------------------- reading

def read_roster(text: str, source: str, bank_id: Optional[str] = None, strict: bool = False,
                progress: Optional[Callable[[int], None]] = None, id_columns: Optional[list[str]] = None) -> Roster:
    """Every person of a class file scored, or the reason their row was refused (`strict`: the
    first refused row raises ClassFileError). `progress(lines)` is told how far the reading went."""
    from ..tables import BadRow, rows

    table = rows(text)
    header = next(table, None)
    if header is None:
        raise ClassFileError(located(source, _("empty file; expected a header row, then one row per person")))
    if isinstance(header, BadRow):
        raise ClassFileError(located(source, header.message, header.line))
    columns = read_columns(header.cells, header.line, source, bank_id, id_columns)
    read = row_reader(columns)
    quality = class_quality(columns)
    lines, names, scores, answered, problems, identity, likes = [], [], [], [], [], [], []
    records = list(table)
    quick = quick_rows(columns, records)
    read_quickly = []  # the records of the people `quick` read (their quality is counted at once, at the end)
    reported = header.line
    for number, row in enumerate(records):
        if progress is not None and row.line - reported >= PROGRESS_STEP:
            progress(row.line - reported)
            reported = row.line
        found = quick.people[number] if quick is not None else None
        person = RowProblem(row.line, "", row.message) if isinstance(row, BadRow) else found or read(row.cells, row.line)
        liked = () if isinstance(row, BadRow) or isinstance(person, RowProblem) else person_likes(row.cells, row.line,
                                                                                                    columns)
        person = liked if isinstance(liked, RowProblem) else person
        if isinstance(person, RowProblem) and not isinstance(row, BadRow) and columns.name is not None:
            person = msgspec.structs.replace(person, name=named_cell(row.cells, columns))
        if isinstance(person, RowProblem):
            if strict:
                raise ClassFileError(problem_line(source, person))
            problems.append(person)
            continue
        assert not isinstance(row, BadRow)  # a bad row is one of the problems, above
        lines.append(row.line)
        names.append(person_name(row.cells, row.line, columns))
        if columns.identity:
            identity.append(tuple(row.cells[i].strip() if i < len(row.cells) else "" for i in columns.identity))
        scores.append(person[0])
        if columns.likes is not None:
            likes.append(liked)
        if person[1]:
            answered.append(person[1])
        if found is None:
            quality.add(person[2], person[0])
        else:
            read_quickly.append(number)
    if quick is not None and read_quickly:
        quality.add_answers(quick.answers[read_quickly], quick.scores[read_quickly], quick.items)
    if not names and not problems:
        raise ClassFileError(located(source, _("no rows after the header; expected one row per person")))
    roster = _roster(source, columns, lines, names, scores, answered, problems)
    headers = [columns.headers[i] for i in columns.identity]
    return msgspec.structs.replace(roster, identity_headers=headers, identity=identity, flagged=quality.flagged,
                                   alpha=quality.alphas(SCALES), values=people_values(headers, identity, lines, source),
                                   likes=likes)


class QuickRows(NamedTuple):
    """The plain rows of a class file of item answers, scored all at once with numpy as `row_reader`
    scores one (the same bits): `people[n]` is what it gives for record n when that row is plain
    (one known answer in each cell, every scale answered, not flat), else None (read it alone: it
    has something to say). `answers` (a column per item of `items`, 0 when skipped) and `scores`
    hold a row per record, for the quality of the class (quality.ClassQuality.add_answers)."""

    people: list[Optional["Scored"]]
    answers: "np.ndarray"
    scores: "np.ndarray"
    items: list[str]


_ANSWER_CODES = {raw: value or 0 for raw, value in _ANSWER_VALUES.items()}  # 0: skipped
_COUNTED_AT_ONCE: dict[str, Optional[int]] = {}  # a quick row's answers, for quality: in QuickRows.answers


def quick_rows(columns: Columns, records: Sequence[Any]) -> Optional[QuickRows]:
    """A class of 100,000 people has 2.4 million answer cells: read as one array, not cell by cell.
    None for score columns, a header with an empty cell (a row's extra cells need reading) or a bank
    whose points are not whole (sums of fractions in another order may end in another last bit)."""
    bank = columns.bank
    if bank is None or not all(columns.headers):
        return None
    points = dict(zip(bank.response.values, bank.response.points))
    if not all(float(value).is_integer() and value >= 0 for value in points.values()):
        return None
    import numpy as np
    from itertools import chain, repeat
    from operator import itemgetter

    from ..tables import Row

    items = list(columns.keys.values())
    take = itemgetter(*columns.keys)
    width = len(columns.headers)
    plain = [n for n, row in enumerate(records) if isinstance(row, Row) and len(row.cells) == width]
    cells = chain.from_iterable(take(records[n].cells) for n in plain)
    codes = np.array(list(map(_ANSWER_CODES.get, cells, repeat(-1))), dtype=np.int64).reshape(len(plain), len(items))
    point_of = np.zeros(max(points) + 1)
    point_of[list(points)] = list(points.values())
    scale_of = np.array([SCALES.index(bank.item(item_id).scale) for item_id in items])  # type: ignore[union-attr]
    sums, counts = np.zeros((len(plain), 6)), np.zeros((len(plain), 6), dtype=np.int64)
    for scale in range(6):
        answers = codes[:, scale_of == scale]
        sums[:, scale] = point_of[np.maximum(answers, 0)].sum(1)
        counts[:, scale] = (answers > 0).sum(1)
    usable: "np.ndarray" = np.all(codes >= 0, axis=1) & np.all(counts > 0, axis=1)
    scores = _scale_scores(sums, counts, usable, [len(bank.items_of(s)) for s in SCALES])
    spread = scores.max(1) - scores.min(1)
    usable &= ~(spread <= 1e-9 * np.maximum(1.0, np.abs(scores).max(1)))  # as _flat_problems decides
    people: list[Optional[Scored]] = [None] * len(records)
    for n, row_scores, row_counts in zip(np.array(plain)[usable].tolist(), scores[usable].tolist(),
                                         counts[usable].tolist()):
        people[n] = (tuple(row_scores), tuple(row_counts), _COUNTED_AT_ONCE)
    all_answers = np.zeros((len(records), len(items)), dtype=np.int64)
    all_answers[plain] = codes
    all_scores = np.zeros((len(records), 6))
    all_scores[plain] = scores
    return QuickRows(people, all_answers, all_scores, items)


def _scale_scores(sums: "np.ndarray", counts: "np.ndarray", usable: "np.ndarray", sizes: list[int]) -> "np.ndarray":
    """Each scale's score as `_answers_scorer` computes it, with Python's own `round` (numpy's may
    differ in the last place), once per distinct sum and count (a few dozen)."""
    import numpy as np

    scores = np.zeros(sums.shape)
    for scale, size in enumerate(sizes):
        total, count = sums[usable, scale], counts[usable, scale]
        keys = total.astype(np.int64) * (int(counts.max()) + 1) + count
        distinct, places = np.unique(keys, return_index=True)
        values = [round(float(total[p]) / int(count[p]) * size, 6) for p in places.tolist()]
        scores[usable, scale] = np.array(values)[np.searchsorted(distinct, keys)] if values else 0.0
    return scores


VALUES_HEADERS = ("values", "valeurs", "work values", "valeurs de travail")


def people_values(headers: list[str], identity: list[tuple[str, ...]], lines: list[int],
                  source: str) -> list[tuple[str, ...]]:
    """Each person's work values in order, from a column headed values (or valeurs): names as
    `--values` takes them, comma-separated; an empty cell gives none. A cell that names no value
    stops the reading, located (file:line: column: what is wrong)."""
    import re

    from ..errors import UsageError
    from ..text import fold
    from .values import resolve_values

    column = next((i for i, header in enumerate(headers) if fold(header).strip() in VALUES_HEADERS), None)
    if column is None:
        return []
    orders = []
    for line, cells in zip(lines, identity):
        try:
            orders.append(resolve_values(cells[column]) if cells[column].strip() else ())
        except UsageError as error:
            message = re.sub(r"^--values\s*:\s*", "", str(error))
            raise ClassFileError(located(source, message, line, headers[column])) from None
    return orders


def person_likes(cells: list[str], line: int, columns: Columns) -> Union[tuple[int, ...], RowProblem]:
    """The interest centres of a person's like cell (none when empty), or why they cannot be read."""
    if columns.likes is None or columns.likes >= len(cells):
        return ()
    from ..facts.centres import resolve_likes  # here: a file without a like column reads no centres

    texts = [text for text in LIKE_SEPARATORS.split(cells[columns.likes]) if text.strip()]
    try:
        return resolve_likes(texts)
    except UsageError as error:
        return RowProblem(line, columns.headers[columns.likes], LIKE_OPTION.sub("", str(error)))


def class_quality(columns: Columns) -> ClassQuality:
    """What counts flagged rows and each scale's alpha as the rows are read (quality.ClassQuality)."""
    bank = columns.bank
    if bank is None:
        return ClassQuality(None, [])
    scales = [bank.item(item_id).scale for item_id in columns.keys.values()]  # type: ignore[union-attr]
    sizes = {len(bank.items_of(s)) for s in SCALES}
    n = len(bank.items_of(SCALES[0]))
    low, high = ((min(bank.response.points) * n, max(bank.response.points) * n) if len(sizes) == 1 else (None, None))
    return ClassQuality(bank, scales, low, high)


def _roster(source: str, columns: Columns, lines: list[int], names: list[str], scores: list[tuple[float, ...]],
            answered: list[tuple[int, ...]], problems: list[RowProblem]) -> Roster:
    bank = columns.bank
    if bank is None:
        return Roster(source, None, lines, names, scores, [], problems)
    items = {s: len(bank.items_of(s)) for s in SCALES}
    lowest, highest = min(bank.response.points), max(bank.response.points)
    uniform = len(set(items.values())) == 1
    n = items[SCALES[0]]
    return Roster(source, bank.id, lines, names, scores, answered, problems, items,
                  low=lowest * n if uniform else None, high=highest * n if uniform else None)


def read_columns(header: list[str], line: int, source: str, bank_id: Optional[str],
                 id_columns: Optional[list[str]] = None) -> Columns:
    """Find the name and identity columns, then decide between score columns and the item ids of one bank."""
    headers = [cell.strip() for cell in header]
    folded = [unicodedata.normalize("NFC", h).casefold() for h in headers]  # `élève` typed on any system
    _check_duplicates(headers, folded, line, source)
    name = next((folded.index(n) for n in NAME_HEADERS if n in folded), None)
    likes = next((folded.index(n) for n in LIKE_HEADERS if n in folded), None)
    identity = [i for i in identity_columns(headers, folded, name, id_columns, line, source) if i != likes]
    data = {i: h for i, h in enumerate(headers) if h and i not in (name, likes) and i not in identity}
    if not data:
        raise ClassFileError(_no_columns(source, line, headers))
    upper = {i: h.upper() for i, h in data.items()}
    if set(upper.values()) <= set(SCALES):
        if bank_id:
            raise UsageError(_("--bank is for item answers; {file} has score columns").format(file=source))
        return msgspec.structs.replace(_score_columns(headers, name, upper, line, source), identity=identity,
                                       likes=likes)
    others = [data[i] for i, key in upper.items() if key not in SCALES]
    if set(SCALES) <= set(upper.values()):  # six scores and columns that are neither
        raise ClassFileError(located(source, _("unknown column; expected the six scores R, I, A, S, E, C, or name "
                                               "the identity columns with --id-columns"), line, ", ".join(others)))
    bank = choose_bank(bank_id, [key for key in upper.values() if key not in SCALES])
    unknown = [data[i] for i, key in upper.items() if bank.item(key) is None]
    if len(unknown) == len(data) and not bank_id:
        raise ClassFileError(_no_columns(source, line, headers))
    if unknown:
        message = _("unknown column; expected a name column ({names}), item ids of bank {bank} "
                    "or the six scores R, I, A, S, E, C").format(names=", ".join(NAME_HEADERS), bank=bank.id)
        raise ClassFileError(located(source, message, line, ", ".join(unknown)))
    _check_every_scale(bank, set(upper.values()), line, source)
    return Columns(headers, name, upper, bank, identity, likes)


def identity_columns(headers: list[str], folded: list[str], name: Optional[int], named: Optional[list[str]],
                     line: int, source: str) -> list[int]:
    """The identity columns: those `named` (each must be there), else every headed column that is
    neither the name, a scale letter nor shaped like an item id."""
    if named is not None:
        wanted = [unicodedata.normalize("NFC", n.strip()).casefold() for n in named if n.strip()]
        missing = [n for n, key in zip(named, wanted) if key not in folded]
        if missing:
            raise ClassFileError(located(source, _("--id-columns: no such column (found: {found})").format(
                found=", ".join(headers)), line, ", ".join(missing)))
        return sorted(folded.index(key) for key in wanted if folded.index(key) != name)
    return [i for i, header in enumerate(headers) if header and i != name and header.upper() not in SCALES
            and not ITEM_LIKE.match(header)]


def _check_duplicates(headers: list[str], folded: list[str], line: int, source: str) -> None:
    for i, key in enumerate(folded):
        if key and key in folded[:i]:
            raise ClassFileError(located(source, _("this column appears twice"), line, headers[i]))


def _no_columns(source: str, line: int, headers: list[str]) -> str:
    return located(source, _("no answer or score columns (found: {found}); expected item ids such as R1 or IP01, "
                             "or the six scores R, I, A, S, E, C").format(found=", ".join(headers) or "-"), line)


def _score_columns(headers: list[str], name: Optional[int], upper: dict[int, str], line: int, source: str) -> Columns:
    missing = [s for s in SCALES if s not in upper.values()]
    if missing:
        message = _("missing score columns {letters}; give all six: R, I, A, S, E, C").format(letters=", ".join(missing))
        raise ClassFileError(located(source, message, line))
    return Columns(headers, name, upper)


def _check_every_scale(bank: "Bank", ids: set[str], line: int, source: str) -> None:
    """A scale without any column would fail every row the same way: say it once, about the file."""
    for scale in SCALES:
        items = bank.items_of(scale)
        if not any(item.id in ids for item in items):
            raise ClassFileError(located(source, _("no column for the {scale} scale; add at least one of {ids}").format(
                scale=scale_name(scale), ids=", ".join(i.id for i in items)), line))


# six scale scores, answered items per scale, and the answers by item id (empty for score columns)
Scored = tuple[tuple[float, ...], tuple[int, ...], dict[str, Optional[int]]]
RowReader = Callable[[list[str], int], Union[Scored, RowProblem]]


def row_reader(columns: Columns) -> RowReader:
    """A function that scores one row, or says the first thing wrong with it (and how many more)."""
    bank = columns.bank
    width = max(i for i, header in enumerate(columns.headers) if header) + 1  # trailing empty headers: Excel
    score = _answers_scorer(columns, bank) if bank is not None else _scores_scorer(columns)

    def read(cells: list[str], line: int) -> Union[Scored, RowProblem]:
        problems = _cell_count_problems(cells, line, columns, width)
        scored, value_problems = score(cells, line)
        problems += value_problems
        if scored is not None and not problems:
            problems += _flat_problems(scored[0], line)
        return _first_of(problems) if problems else scored  # type: ignore[return-value]

    return read


def person_name(cells: list[str], line: int, columns: Columns) -> str:
    """The name cell, else the person is known by their line number."""
    return named_cell(cells, columns) or _("line {n}").format(n=line)


def named_cell(cells: list[str], columns: Columns) -> str:
    return cells[columns.name].strip() if columns.name is not None and columns.name < len(cells) else ""


def _cell_count_problems(cells: list[str], line: int, columns: Columns, width: int) -> list[RowProblem]:
    if len(cells) < width:
        return [RowProblem(line, columns.headers[len(cells)] or str(len(cells) + 1), _(
            "missing: the row has {cells} values, the header {columns}").format(cells=len(cells), columns=width))]
    if len(cells) == width and all(columns.headers):
        return []
    extra = [i for i, cell in enumerate(cells) if cell.strip() and (i >= width or not columns.headers[i])]
    return [RowProblem(line, _("column {n}").format(n=i + 1), _("a value in a column without a header"))
            for i in extra]


def _answers_scorer(columns: Columns, bank: "Bank") -> Callable[[list[str], int], tuple[Optional[Scored], list[RowProblem]]]:
    """Scale scores as `score_answers` computes them: the mean points of the answered items of a
    scale times its number of items in the bank; a scale without any answer is refused."""
    plan = [(index, SCALES.index(bank.item(item_id).scale), item_id)  # type: ignore[union-attr]
            for index, item_id in columns.keys.items()]
    points = dict(zip(bank.response.values, bank.response.points))
    sizes = [len(bank.items_of(s)) for s in SCALES]
    scale_ids = ["/".join(i.id for i in bank.items_of(s) if i.id in columns.keys.values()) for s in SCALES]

    def score(cells: list[str], line: int) -> tuple[Optional[Scored], list[RowProblem]]:
        sums, counts, refused = [0.0] * 6, [0] * 6, [False] * 6
        problems = []
        given: dict[str, Optional[int]] = {}
        for index, scale, item_id in plan:
            raw = cells[index] if index < len(cells) else ""
            value = _ANSWER_VALUES[raw] if raw in _ANSWER_VALUES else _answer(raw)
            given[item_id] = value if value is None or value >= 0 else None
            if value is None:
                continue
            if value < 0:
                refused[scale] = True
                message = _("'{value}' is not an answer; use 1-5 (1 = dislike, 5 = enjoy), or - to skip")
                problems.append(RowProblem(line, columns.headers[index], message.format(value=raw.strip())))
                continue
            sums[scale] += points[value]
            counts[scale] += 1
        for scale in range(6):  # say which scale, on which row
            if not counts[scale] and not refused[scale]:
                problems.append(RowProblem(line, scale_ids[scale], _("no answer for the {scale} scale").format(
                    scale=scale_name(SCALES[scale]))))
        if problems:
            return None, problems
        scores = tuple(round(sums[s] / counts[s] * sizes[s], 6) for s in range(6))
        return (scores, tuple(counts), given), []

    return score


def _answer(raw: str) -> Optional[int]:
    """An answer 1-5, None when skipped, -1 when it is not an answer."""
    try:
        return parse_value(raw)
    except ValueError:
        return -1


def _scores_scorer(columns: Columns) -> Callable[[list[str], int], tuple[Optional[Scored], list[RowProblem]]]:
    def score(cells: list[str], line: int) -> tuple[Optional[Scored], list[RowProblem]]:
        scores, problems = {}, []
        for index, letter in columns.keys.items():
            raw = (cells[index] if index < len(cells) else "").strip()
            try:
                scores[letter] = parse_number(raw)
            except ValueError:
                message = _("no score") if not raw else _("'{value}' is not a number").format(value=raw)
                problems.append(RowProblem(line, columns.headers[index], message))
        if problems:
            return None, problems
        return (tuple(scores[s] for s in SCALES), (), {}), []

    return score


def _flat_problems(scores: tuple[float, ...], line: int) -> list[RowProblem]:
    spread = max(scores) - min(scores)
    if spread <= 1e-9 * max(1.0, *map(abs, scores)):  # as check_differentiated decides
        return [RowProblem(line, PROFILE_COLUMN, _(
            "all six scale scores are equal ({value}), so careers cannot be ranked by interest").format(
            value=f"{scores[0]:g}"))]
    return []


def _first_of(problems: list[RowProblem]) -> RowProblem:
    """One line per bad row: the first problem, with a count of the others."""
    first = problems[0]
    if len(problems) == 1:
        return first
    more = _("(and {n} more in this row)").format(n=len(problems) - 1)
    return RowProblem(first.line, first.column, f"{first.message} {more}")


# ---------------------------------------------------------------- ranking

def quality_notes(roster: Roster) -> list[str]:
    """How many profiles are flagged (quality.py), and each scale's Cronbach's alpha over the class."""
    notes = []
    if roster.flagged:
        notes.append(_("Profiles to read with care (undifferentiated, many ties, long runs of one answer or "
                       "contradictory answers): {n} of {total}").format(n=roster.flagged, total=len(roster)))
    known = {scale: alpha for scale, alpha in roster.alpha.items() if alpha is not None}
    if known:
        values = ", ".join(f"{scale} {decimal(alpha, 2)}" for scale, alpha in known.items())
        notes.append(_("Internal consistency of each scale in this class (Cronbach's alpha, rows answering all its "
                       "items): {values}").format(values=values))
    return notes


def rank_class(roster: Roster, entries: Iterable["Entry"], prefs: Preferences = Preferences(),
               top: int = 5, notes: Optional[list[str]] = None, taken: Optional[str] = None,
               csv_dialect: Optional[str] = None) -> ClassResult:
    """Rank the catalog for every person, exactly as `careers quiz` does for one (see quiz.batch)."""
    from .batch import CareerTable, ClassPeople, RankedPeople
    from .results import ranking_notes

    lang = current_language()
    entries = list(entries)
    table = CareerTable(entries, prefs, by_values=any(roster.values))
    people: Sequence[PersonResult] = (ClassPeople(roster, entries, prefs, roster.likes, top) if roster.likes
                                      else RankedPeople(roster, table, prefs, top))
    all_notes = list(notes or [])
    if len(roster):  # what the preferences left out is the same for everyone
        all_notes += ranking_notes(table.counts, prefs) + quality_notes(roster)
    dialect = csv_dialect if csv_dialect in ("french", "plain") else ("french" if lang == "fr" else "plain")
    return ClassResult(roster.source, roster.bank, people, roster.problems, prefs, lang, all_notes, top, taken,
                       roster.identity_headers, dialect, roster.flagged, roster.alpha, bool(roster.likes))
