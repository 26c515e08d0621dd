"""Kept results: every completed quiz and compatibility test, in the user data folder.

One JSON file per result (`results/0003-quiz.json`), numbered in the order they were taken:
the last number given is kept in `results/.last-number`, which only goes up, so numbers follow
each other (a stray file numbered 999999999 does not make the next one jump) and a deleted
number is never given again; `careers results show 3` always means the same result. Each file holds the result as it was shown (so it reads back the same even after
the catalog changes), with its answers, item bank, date and language. Files are written
atomically and read as untrusted: a file that does not decode, or whose values make no sense,
is reported and skipped, never trusted.
"""

from __future__ import annotations

import errno
import math
import os
from pathlib import Path
from typing import Literal, Optional, Union

import msgspec

from ..errors import CareersError, NotFoundError
from ..files import read_bounded, write_atomically
from ..i18n import _, os_reason, percent
from .compatibility import Compatibility
from .results import QuizResult
from .letters import MAX_AGREEMENT
from .scoring import SCALES
from ..patterns import lazy

SAVED_VERSION = 1
FOLDER = "results"
_NAME = lazy(r"^(\d{4,18})-(quiz|fit)\.json$")  # any number the counter can reach
LAST_NUMBER = ".last-number"
MAX_SCORE = 1_000_000  # a scale score, as --scores takes them (quiz.answers)
MAX_TEXT = 1000  # characters of a date, a language, a title ...
MAX_ITEMS = 1000  # answers, matches, reasons, notes
_LETTERS = lazy(r"^[RIASEC]{1,2}$")  # a career's official letters
# What the fields printed inside commands and code spans may hold (a backtick or a markup bracket
# there would break out of them): checked on load, as the rest.
_SHAPES = {
    "bank": lazy(r"^[A-Za-z0-9._-]{1,64}$"),
    "answers": lazy(r"^[1-5-]{0,1000}$"),
    "taken": lazy(r"^[0-9T:+.Z -]{1,40}$"),
    "lang": lazy(r"^(?:fr|en|nl|)$"),
    "code": lazy(r"^[RIASEC()/]{0,20}$"),
    "currency": lazy(r"^[A-Z]{3}$"),
}
MAX_FILE = 2_000_000  # bytes: a kept result is a few kilobytes


class Saved(msgspec.Struct, kw_only=True):
    """One kept result, as stored."""

    version: int = SAVED_VERSION
    kind: Literal["quiz", "fit"]
    taken: str
    lang: str
    bank: Optional[str] = None
    answers: dict[str, Union[int, str, None]] = {}  # item id (or sa1..) -> answer, None when skipped
    quiz: Optional[QuizResult] = None
    fit: Optional[Compatibility] = None


class SavedEntry(msgspec.Struct, frozen=True):
    """A line of `careers results`."""

    number: int
    kind: str
    taken: str
    lang: str
    summary: str  # the Holland code, or the career and percentage
    best: str  # the best career, for a quiz


def results_folder(data_dir: Path) -> Path:
    return data_dir / FOLDER


def save_result(data_dir: Path, saved: Saved) -> int:
    """Keep `saved` under the number after the last one given; returns the number."""
    folder = results_folder(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    data = msgspec.json.encode(saved)
    with _LastNumber(folder) as counter:
        number = _last_number(counter, folder) + 1
        while True:  # a file already there (copied in by hand) keeps its number: take the next
            temporary = folder / f".{os.urandom(6).hex()}.tmp"
            write_atomically(temporary, data)
            try:
                os.link(temporary, folder / f"{number:04d}-{saved.kind}.json")
                break
            except FileExistsError:
                number += 1
            finally:
                temporary.unlink(missing_ok=True)
        os.lseek(counter, 0, os.SEEK_SET)
        os.ftruncate(counter, 0)
        os.write(counter, f"{number}\n".encode())
    return number


class _LastNumber:
    """`.last-number`, open and locked: two runs keeping a result at once take turns."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LAST_NUMBER

    def __enter__(self) -> int:
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            import fcntl

            fcntl.flock(self.fd, fcntl.LOCK_EX)
        except ImportError:  # pragma: no cover - not POSIX: the link still refuses a number taken
            pass
        return self.fd

    def __exit__(self, *_exc: object) -> None:
        os.close(self.fd)  # releases the lock


def _last_number(counter: int, folder: Path) -> int:
    """The last number given; without a readable counter (results kept by an older version),
    the highest number among the files, when it is a sensible one."""
    text = os.read(counter, 32).decode("ascii", "replace").strip()
    if text.isdigit() and len(text) <= 18:
        return int(text)
    numbers = [n for n in _numbers(folder) if n < 10_000]  # a stray huge number is not a reason to jump
    return max(numbers, default=0)


def _numbers(folder: Path) -> list[int]:
    return [int(m.group(1)) for m in (_NAME.match(p.name) for p in _files(folder)) if m]


def _files(folder: Path) -> list[Path]:
    """The kept results' files, in number order; an unreadable folder is said, not taken as empty."""
    try:
        names = [p for p in folder.iterdir() if _NAME.match(p.name)]
    except FileNotFoundError:
        return []
    except OSError as error:
        raise CareersError(_("cannot read the kept results in {folder}: {reason}").format(
            folder=folder, reason=os_reason(error))) from None
    return sorted(names, key=lambda p: (int(_NAME.match(p.name).group(1)), p.name))  # type: ignore[union-attr]


def _path(data_dir: Path, number: int) -> Path:
    for path in _files(results_folder(data_dir)):
        match = _NAME.match(path.name)
        if match and int(match.group(1)) == number:
            return path
    raise NotFoundError(_("no kept result {n}; `careers results` lists them").format(n=number))


def load_saved(data_dir: Path, number: int) -> Saved:
    return read_saved(_path(data_dir, number))


def read_saved(path: Path) -> Saved:
    """A kept result, checked field by field; CareersError when it cannot be used."""
    bad = CareersError(_("the kept result {path} cannot be read; delete it with `careers results delete`").format(
        path=path.name))
    try:
        saved = msgspec.json.decode(read_bounded(path, MAX_FILE), type=Saved)
    except (OSError, msgspec.DecodeError, msgspec.ValidationError):
        raise bad from None
    if saved.version != SAVED_VERSION or not _sensible(saved) or not _well_formed(saved):
        raise bad
    return _cleaned(saved)


def _well_formed(saved: Saved) -> bool:
    """The fields that go into commands, code spans and headings have their expected shape."""
    quiz, fit = saved.quiz, saved.fit
    fields = [("taken", saved.taken), ("lang", saved.lang), ("bank", saved.bank)]
    if quiz is not None:
        fields += [("lang", quiz.lang), ("bank", quiz.profile.bank), ("answers", quiz.answers), ("taken", quiz.taken),
                   ("code", quiz.code.letters), ("code", quiz.code.display),
                   ("currency", quiz.pay_unit.currency if quiz.pay_unit else None)]
    if fit is not None:
        fields += [("code", fit.code), ("lang", fit.lang), ("taken", fit.taken)]
    return all(value is None or _SHAPES[shape].match(value) for shape, value in fields)


def _cleaned(saved: Saved) -> Saved:
    """Every text of the file through the one sanitiser (text.clean), whatever prints it later."""
    from ..text import clean

    def walk(value: object) -> object:
        if isinstance(value, str):
            return clean(value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {walk(k): walk(v) for k, v in value.items()}
        return value

    return msgspec.convert(walk(msgspec.to_builtins(saved)), type=Saved)


def _sensible(saved: Saved) -> bool:
    """Values the renderers can rely on: six scores in range, correlations, a percentage, and
    lengths a kept result can have."""
    if len(saved.answers) > MAX_ITEMS or any(len(text) > MAX_TEXT for text in (saved.taken, saved.lang, *saved.answers)):
        return False
    if saved.kind == "quiz":
        quiz = saved.quiz
        return (quiz is not None and set(quiz.profile.scores) == set(SCALES)
                and all(math.isfinite(v) and abs(v) <= MAX_SCORE for v in quiz.profile.scores.values())
                and len(quiz.ranking.matches) <= MAX_ITEMS and len(quiz.ranking.letter_matches) <= MAX_ITEMS
                and len(quiz.notes) <= MAX_ITEMS
                and all(len(m.title) <= MAX_TEXT and len(m.id) <= MAX_TEXT and 0 <= m.rank <= 1_000_000
                        for m in (*quiz.ranking.matches, *quiz.ranking.letter_matches))
                and all(math.isfinite(m.r) and -1 <= m.r <= 1 for m in quiz.ranking.matches)
                and all(math.isfinite(m.agreement) and 0 <= m.agreement <= MAX_AGREEMENT
                        and _LETTERS.match(m.letters) for m in quiz.ranking.letter_matches)
                and len(quiz.code.letters) <= 6)
    fit = saved.fit
    return (fit is not None and 0 <= fit.percent <= 100 and len(fit.title) <= MAX_TEXT
            and len(fit.reasons) <= MAX_ITEMS)


def saved_result(data_dir: Path, number: int) -> Union[QuizResult, Compatibility]:
    """The result as it was shown, marked with its number."""
    saved = load_saved(data_dir, number)
    result = saved.quiz if saved.kind == "quiz" else saved.fit
    assert result is not None  # read_saved refuses a kept result without the one its kind names (_sensible)
    return msgspec.structs.replace(result, saved=number)


def list_saved(data_dir: Path) -> tuple[list[SavedEntry], list[str]]:
    """Every kept result, oldest first, and the files that could not be read."""
    entries, unreadable = [], []
    for path in _files(results_folder(data_dir)):
        try:
            saved = read_saved(path)
        except CareersError as error:
            unreadable.append(str(error))
            continue
        entries.append(_entry(int(_NAME.match(path.name).group(1)), saved))  # type: ignore[union-attr]
    return entries, unreadable


def _entry(number: int, saved: Saved) -> SavedEntry:
    if saved.quiz is not None:
        matches = saved.quiz.ranking.matches
        return SavedEntry(number, "quiz", saved.taken, saved.lang, saved.quiz.code.display,
                          f"{matches[0].title} ({percent(matches[0].match)})" if matches else "")
    fit = saved.fit
    assert fit is not None
    return SavedEntry(number, "fit", saved.taken, saved.lang, f"{fit.title} ({percent(fit.percent)})", "")


def update_saved(data_dir: Path, number: int, result: QuizResult) -> None:
    """Kept quiz `number` now holds `result` (careers hidden as "not for me"); its number, answers and
    date stay."""
    path = _path(data_dir, number)
    saved = read_saved(path)
    if saved.kind != "quiz":
        raise CareersError(_("result {n} is a compatibility test, not a quiz").format(n=number))
    try:
        write_atomically(path, msgspec.json.encode(msgspec.structs.replace(saved, quiz=msgspec.structs.replace(result, saved=None))))
    except OSError as error:
        raise CareersError(_("cannot update {path}: {reason}").format(path=path, reason=os_reason(error))) from None


def delete_saved(data_dir: Path, number: int) -> None:
    path = _path(data_dir, number)
    try:
        if path.is_dir():  # only a file is a kept result
            raise IsADirectoryError(errno.EISDIR, "Is a directory")
        path.unlink()
    except OSError as error:
        raise CareersError(_("cannot delete {path}: {reason}").format(path=path, reason=os_reason(error))) from None
