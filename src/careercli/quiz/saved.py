"""Kept results: every completed quiz and compatibility test, in the user data folder.

One JSON file per result (`results/0003-quiz.json`), numbered in the order they were taken;
a number is never reused while its file exists, so `careers results show 3` always means the
same result. Each file holds the result as it was shown (so it reads back the same even after
the catalog changes), with its answers, item bank, date and language. Files are written
atomically and read as untrusted: a file that does not decode, or whose values make no sense,
is reported and skipped, never trusted.
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path
from typing import Literal, Optional, Union

import msgspec

from ..errors import CareersError, NotFoundError
from ..files import write_atomically
from ..i18n import _
from .compatibility import Compatibility
from .results import QuizResult
from .letters import MAX_AGREEMENT
from .scoring import SCALES

SAVED_VERSION = 1
FOLDER = "results"
_NAME = re.compile(r"^(\d{4,9})-(quiz|fit)\.json$")
_LETTERS = re.compile(r"^[RIASEC]{1,2}$")  # a career's official letters
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
    """Keep `saved` under the next free number; returns the number."""
    folder = results_folder(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    data = msgspec.json.encode(saved)
    number = max(_numbers(folder), default=0) + 1
    while True:  # another run may take a number at the same time: the link fails, try the next
        temporary = folder / f".{os.urandom(6).hex()}.tmp"
        write_atomically(temporary, data)
        try:
            os.link(temporary, folder / f"{number:04d}-{saved.kind}.json")
            return number
        except FileExistsError:
            number += 1
        finally:
            temporary.unlink(missing_ok=True)


def _numbers(folder: Path) -> list[int]:
    return [int(m.group(1)) for m in (_NAME.match(p.name) for p in _files(folder)) if m]


def _files(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if _NAME.match(p.name))
    except OSError:
        return []


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
        if path.stat().st_size > MAX_FILE or not path.is_file():
            raise bad
        saved = msgspec.json.decode(path.read_bytes(), type=Saved)
    except (OSError, msgspec.DecodeError, msgspec.ValidationError):
        raise bad from None
    if saved.version != SAVED_VERSION or not _sensible(saved):
        raise bad
    return saved


def _sensible(saved: Saved) -> bool:
    """Values the renderers can rely on: six finite scores, finite correlations, a percentage."""
    if saved.kind == "quiz":
        quiz = saved.quiz
        return (quiz is not None and set(quiz.profile.scores) == set(SCALES)
                and all(math.isfinite(v) for v in quiz.profile.scores.values())
                and all(math.isfinite(m.r) and -1 <= m.r <= 1 for m in quiz.ranking.matches)
                and all(math.isfinite(m.agreement) and 0 <= m.agreement <= MAX_AGREEMENT
                        and _LETTERS.match(m.letters) for m in quiz.ranking.letter_matches)
                and len(quiz.code.letters) <= 6)
    fit = saved.fit
    return fit is not None and 0 <= fit.percent <= 100


def saved_result(data_dir: Path, number: int) -> Union[QuizResult, Compatibility]:
    """The result as it was shown, marked with its number."""
    saved = load_saved(data_dir, number)
    result = saved.quiz if saved.kind == "quiz" else saved.fit
    return msgspec.structs.replace(result, saved=number)  # type: ignore[type-var]


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
                          f"{matches[0].title} ({matches[0].match}%)" if matches else "")
    fit = saved.fit
    assert fit is not None
    return SavedEntry(number, "fit", saved.taken, saved.lang, f"{fit.title} ({fit.percent}%)", "")


def delete_saved(data_dir: Path, number: int) -> None:
    _path(data_dir, number).unlink()
