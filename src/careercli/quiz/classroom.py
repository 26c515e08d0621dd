"""A whole class from one CSV file: read the rows, score each person, rank careers for each.

Plain data in, plain data out: text -> `Roster` (people and bad rows) -> `ClassResult`. The
scoring and the ranking are those of `careers quiz` (`score_answers`, `quiz_result`); this module
only reads the table around them.

The file has a header row and one row per person. Columns: an optional name column (the first
of `NAME_HEADERS` found; other name-like columns are ignored), then either item ids of one bank
(answers 1-5, empty = skipped) or the six scores R, I, A, S, E, C on any scale. Excel in
French locales writes `;` and decimal commas, so both are accepted. A bad row is recorded and
skipped; it never hides the good ones. A file that cannot be read as a class at all raises
`ClassFileError`.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from typing import TYPE_CHECKING, Iterable, Optional, Union

import msgspec

from ..errors import CareersError, ExitCode, UsageError
from ..i18n import _
from .answers import choose_bank, parse_number, parse_value
from .ranking import Preferences
from .results import QuizResult, quiz_result, ranking_notes
from .scoring import (SCALES, FlatProfileError, InterestProfile, check_differentiated, profile_from_scores, scale_name,
                      score_answers)

if TYPE_CHECKING:
    from ..catalog import Entry
    from .bank import Bank

NAME_HEADERS = ("name", "nom", "student", "élève", "eleve", "id")  # by priority
DELIMITERS = (",", ";", "\t")
PROFILE_COLUMN = "RIASEC"  # the column of a problem about the whole profile (flat)


class ClassFileError(CareersError):
    """A class file that cannot be read at all (not UTF-8, no header, no usable columns)."""


class RowProblem(msgspec.Struct, frozen=True):
    """Why one row could not be scored; `line` is the physical line in the file (header = 1)."""

    line: int
    column: str
    message: str


class Person(msgspec.Struct, frozen=True):
    line: int
    name: str
    profile: InterestProfile


class Roster(msgspec.Struct, frozen=True):
    """The people of a class file that could be scored, and the rows that could not."""

    source: str  # the file as named on the command line (`<stdin>` for -)
    bank: Optional[str]  # None for score columns
    people: list[Person]
    problems: list[RowProblem]


class Columns(msgspec.Struct, frozen=True):
    """What the header says: where the name is, and which item id or scale each column holds."""

    headers: list[str]
    name: Optional[int]  # index of the name column
    keys: dict[int, str]  # column index -> item id (items) or scale letter (scores)
    bank: Optional["Bank"] = None  # None: six score columns


class PersonResult(msgspec.Struct, frozen=True):
    line: int
    name: str
    result: QuizResult


class ClassResult(msgspec.Struct, frozen=True):
    source: str
    bank: Optional[str]
    people: list[PersonResult]
    problems: list[RowProblem]
    preferences: Preferences
    lang: str
    notes: list[str]

    @property
    def exit_code(self) -> ExitCode:
        """1 when any row could not be scored: a script must not take a partial class for a whole one."""
        return ExitCode.ERROR if self.problems else ExitCode.OK


def problem_line(source: str, problem: RowProblem) -> str:
    """`FILE:LINE: column: message`, the way every bad row is reported."""
    return located(source, problem.message, problem.line, problem.column)


def located(source: str, message: str, line: Optional[int] = None, column: str = "") -> str:
    """`FILE[:LINE][: column]: message`; the location is never translated, so tools can read it."""
    where = source if line is None else f"{source}:{line}"
    return f"{where}: {column}: {message}" if column else f"{where}: {message}"


# ---------------------------------------------------------------- reading

def read_roster(text: str, source: str, bank_id: Optional[str] = None) -> Roster:
    """Every person of a class file scored, or the reason their row was refused."""
    rows = table_rows(text.removeprefix("\ufeff"))
    if not rows:
        raise ClassFileError(located(source, _("empty file; expected a header row, then one row per person")))
    header_line, header = rows[0]
    columns = read_columns(header, header_line, source, bank_id)
    people: list[Person] = []
    problems: list[RowProblem] = []
    for line, cells in rows[1:]:
        read = read_person(cells, line, columns)
        (people if isinstance(read, Person) else problems).append(read)
    if not people and not problems:
        raise ClassFileError(located(source, _("no rows after the header; expected one row per person")))
    return Roster(source, columns.bank.id if columns.bank else None, people, problems)


def table_rows(text: str) -> list[tuple[int, list[str]]]:
    """Non-blank CSV rows with the physical line each starts on; the separator is read from the first line."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=detect_delimiter(first))
    rows, line = [], 1
    for cells in reader:
        if any(cell.strip() for cell in cells):
            rows.append((line, cells))
        line = reader.line_num + 1
    return rows


def detect_delimiter(header: str) -> str:
    """The most frequent of `,` `;` and tab in the header line (`,` when there is none)."""
    counts = [header.count(d) for d in DELIMITERS]
    return DELIMITERS[counts.index(max(counts))] if max(counts) else ","


def read_columns(header: list[str], line: int, source: str, bank_id: Optional[str]) -> Columns:
    """Find the name column, then decide between score columns and the item ids of one bank."""
    headers = [cell.strip() for cell in header]
    folded = [unicodedata.normalize("NFC", h).casefold() for h in headers]  # `élève` typed on any system
    _check_duplicates(headers, folded, line, source)
    name = next((folded.index(n) for n in NAME_HEADERS if n in folded), None)
    data = {i: h for i, h in enumerate(headers) if h and i != name and folded[i] not in NAME_HEADERS}
    if not data:
        raise ClassFileError(_no_columns(source, line, headers))
    upper = {i: h.upper() for i, h in data.items()}
    if set(upper.values()) <= set(SCALES):
        if bank_id:
            raise UsageError(_("--bank is for item answers; {file} has score columns").format(file=source))
        return _score_columns(headers, name, upper, line, source)
    bank = choose_bank(bank_id, [key for key in upper.values() if key not in SCALES])
    unknown = [data[i] for i, key in upper.items() if bank.item(key) is None]
    if len(unknown) == len(data) and not bank_id:
        raise ClassFileError(_no_columns(source, line, headers))
    if unknown:
        message = _("unknown column; expected a name column ({names}), item ids of bank {bank} "
                    "or the six scores R, I, A, S, E, C").format(names=", ".join(NAME_HEADERS), bank=bank.id)
        raise ClassFileError(located(source, message, line, ", ".join(unknown)))
    _check_every_scale(bank, set(upper.values()), line, source)
    return Columns(headers, name, upper, bank)


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


def read_person(cells: list[str], line: int, columns: Columns) -> Union[Person, RowProblem]:
    """One row scored, or the first thing wrong with it (and how many more there are)."""
    problems = _cell_count_problems(cells, line, columns)
    if columns.bank is None:
        profile, value_problems = _scores_profile(cells, line, columns)
    else:
        profile, value_problems = _answers_profile(cells, line, columns, columns.bank)
    problems += value_problems
    if profile is not None and not problems:
        problems += _flat_problems(profile, line)
    if problems:
        return _first_of(problems)
    assert profile is not None
    return Person(line, person_name(cells, line, columns), profile)


def person_name(cells: list[str], line: int, columns: Columns) -> str:
    """The name cell, else the person is known by their line number."""
    name = cells[columns.name].strip() if columns.name is not None and columns.name < len(cells) else ""
    return name or _("line {n}").format(n=line)


def _cell_count_problems(cells: list[str], line: int, columns: Columns) -> list[RowProblem]:
    width = max(i for i, header in enumerate(columns.headers) if header) + 1  # trailing empty headers: Excel
    if len(cells) < width:
        return [RowProblem(line, columns.headers[len(cells)] or str(len(cells) + 1), _(
            "missing: the row has {cells} values, the header {columns}").format(cells=len(cells), columns=width))]
    extra = [i for i, cell in enumerate(cells) if cell.strip() and (i >= width or not columns.headers[i])]
    return [RowProblem(line, _("column {n}").format(n=i + 1), _("a value in a column without a header"))
            for i in extra]


def _answers_profile(cells: list[str], line: int, columns: Columns,
                     bank: "Bank") -> tuple[Optional[InterestProfile], list[RowProblem]]:
    answers: dict[str, Optional[int]] = {}
    problems, refused = [], set()
    for index, item_id in columns.keys.items():
        raw = cells[index] if index < len(cells) else ""
        try:
            answers[item_id] = parse_value(raw)
        except ValueError:
            refused.add(item_id)
            message = _("'{value}' is not an answer; use 1-5 (1 = dislike, 5 = enjoy), or - to skip")
            problems.append(RowProblem(line, columns.headers[index], message.format(value=raw.strip())))
    for scale in SCALES:  # score_answers refuses an unanswered scale too, but cannot say which row
        ids = [item.id for item in bank.items_of(scale) if item.id in columns.keys.values()]
        if not any(answers.get(i) is not None or i in refused for i in ids):
            problems.append(RowProblem(line, "/".join(ids), _("no answer for the {scale} scale").format(
                scale=scale_name(scale))))
    return (score_answers(bank, answers) if not problems else None), problems


def _scores_profile(cells: list[str], line: int,
                    columns: Columns) -> tuple[Optional[InterestProfile], list[RowProblem]]:
    scores: dict[str, float] = {}
    problems = []
    for index, letter in columns.keys.items():
        raw = (cells[index] if index < len(cells) else "").strip()
        try:
            scores[letter] = parse_number(raw)
        except ValueError:
            message = _("no score") if not raw else _("'{value}' is not a number").format(value=raw)
            problems.append(RowProblem(line, columns.headers[index], message))
    return (profile_from_scores(scores) if not problems else None), problems


def _flat_problems(profile: InterestProfile, line: int) -> list[RowProblem]:
    try:
        check_differentiated(profile.scores)
    except FlatProfileError:
        return [RowProblem(line, PROFILE_COLUMN, _(
            "all six scale scores are equal ({value}), so careers cannot be ranked by interest").format(
            value=f"{profile.scores[SCALES[0]]:g}"))]
    return []


def _first_of(problems: list[RowProblem]) -> RowProblem:
    """One line per bad row: the first problem, with a count of the others."""
    first = problems[0]
    if len(problems) == 1:
        return first
    more = _("(and {n} more in this row)").format(n=len(problems) - 1)
    return RowProblem(first.line, first.column, f"{first.message} {more}")


# ---------------------------------------------------------------- ranking

def rank_class(roster: Roster, entries: Iterable["Entry"], prefs: Preferences = Preferences(), lang: str = "en",
               top: int = 5, notes: Optional[list[str]] = None) -> ClassResult:
    """Rank the catalog for every person, exactly as `careers quiz` does for one."""
    careers = list(entries)  # read once, ranked for everyone
    people = [PersonResult(p.line, p.name, quiz_result(p.profile, careers, prefs, lang, limit=top))
              for p in roster.people]
    all_notes = list(notes or [])
    if people:  # what the preferences left out is the same for everyone
        all_notes += ranking_notes(people[0].result.ranking, prefs)
    return ClassResult(roster.source, roster.bank, people, roster.problems, prefs, lang, all_notes)
