"""`careers class`: score a whole class from one CSV file and rank careers for every person."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import msgspec

from ..errors import Problem
from ..i18n import _, current_language

if TYPE_CHECKING:
    from ..app import App
    from ..quiz.classroom import ClassResult, Roster


MAX_CLASS_BYTES = 16 * 1024 * 1024  # a class of 1,000 people answering 60 items takes about 200 KiB


class ClassOptions(msgspec.Struct, frozen=True, kw_only=True):
    """The command line of `careers class`, as plain values."""

    file: str
    bank: Optional[str] = None
    top: int = 5
    max_zone: Optional[int] = None
    min_salary: Optional[float] = None
    catalog: Optional[str] = None  # rome, onet or all (default: by language)


def score_class(app: "App", options: ClassOptions, extra_dirs: Optional[list[str]] = None) -> "ClassResult":
    """Read, score, rank; rows that could not be scored are in the result (exit code 1)."""
    from ..quiz.classroom import read_roster

    source = "<stdin>" if options.file == "-" else options.file
    roster = read_roster(read_class_file(app, options.file), source, options.bank)
    return rank_roster(app, roster, options, extra_dirs)


def read_class_file(app: "App", name: str) -> str:
    """The text of `name` (`-` for stdin), UTF-8 with or without a byte-order mark."""
    from ..files import read_bounded
    from ..quiz.classroom import ClassFileError

    path = Path("<stdin>" if name == "-" else name)
    try:
        data = _stdin_bytes(app) if name == "-" else read_bounded(path, MAX_CLASS_BYTES, regular_only=False)
    except OSError as error:
        raise ClassFileError(str(Problem(Path(name), error.strerror or str(error)))) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ClassFileError(str(Problem(path, _(
            "not UTF-8 text; save it from your spreadsheet as CSV UTF-8")))) from None


def _stdin_bytes(app: "App") -> bytes:
    from ..files import FileRefused, size_text

    stdin = app.env.stdin
    buffer = getattr(stdin, "buffer", None)
    data = buffer.read(MAX_CLASS_BYTES + 1) if buffer is not None else stdin.read(MAX_CLASS_BYTES + 1).encode("utf-8")
    if len(data) > MAX_CLASS_BYTES:
        raise FileRefused(errno.EFBIG, _("file too large (the limit is {size})").format(size=size_text(MAX_CLASS_BYTES)))
    return data


def rank_roster(app: "App", roster: "Roster", options: ClassOptions, extra_dirs: Optional[list[str]]) -> "ClassResult":
    """The catalog is read once (only when someone can be ranked) and every person ranked against it."""
    from ..quiz.classroom import rank_class
    from ..quiz.ranking import Preferences
    from .quiz import ranked_entries

    prefs = Preferences(options.max_zone, options.min_salary)
    lang = current_language()
    if not roster.people:
        return rank_class(roster, [], prefs, lang, options.top)
    entries, notes = ranked_entries(app.catalog(extra_dirs), app.scope(options.catalog))
    return rank_class(roster, entries, prefs, lang, options.top, notes)
