"""`careers class`: score a whole class from one CSV file and rank careers for every person."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import msgspec

from ..i18n import current_language

if TYPE_CHECKING:
    from ..app import App
    from ..pay import Threshold
    from ..quiz.classroom import ClassResult, Roster

LONG_CLASS = 5000  # lines from which reading the file shows a progress bar (at a terminal)


class ClassOptions(msgspec.Struct, frozen=True, kw_only=True):
    """The command line of `careers class`, as plain values."""

    file: str
    bank: Optional[str] = None
    top: int = 5
    max_zone: Optional[int] = None
    min_salary: Optional["Threshold"] = None  # --min-salary, parsed (pay.parse_threshold)
    strict: bool = False
    like: tuple[str, ...] = ()  # --like, as typed: interest centres for the whole class (centres.resolve_likes)
    catalog: Optional[str] = None  # rome, onet or all (default: by language)


def score_class(app: "App", options: ClassOptions, extra_dirs: Optional[list[str]] = None) -> "ClassResult":
    """Read, score, rank; rows that could not be scored are in the result (exit code 1), or with
    `strict` the first one stops everything before anything is written."""
    from ..centres import resolve_likes
    from ..quiz.classroom import read_roster
    from ..tables import read_text

    resolve_likes(options.like)  # a bad --like is refused before the file is read
    source = "<stdin>" if options.file == "-" else options.file
    text = read_text(options.file, app.env.stdin)
    with app.progress_bar(source, text.count("\n"), threshold=LONG_CLASS) as advance:
        roster = read_roster(text, source, options.bank, strict=options.strict, progress=advance)
    del text
    return rank_roster(app, roster, options, extra_dirs)


def rank_roster(app: "App", roster: "Roster", options: ClassOptions, extra_dirs: Optional[list[str]]) -> "ClassResult":
    """The catalog is read once (only when someone can be ranked) and every person ranked against it."""
    from ..quiz.classroom import rank_class
    from ..quiz.ranking import Preferences
    from .quiz import ranked_entries

    from ..centres import resolve_likes

    prefs = Preferences(options.max_zone, options.min_salary, likes=resolve_likes(options.like))
    lang = current_language()
    if not len(roster):
        return rank_class(roster, [], prefs, lang, options.top, taken=app.env.now())
    entries, notes = ranked_entries(app.catalog(extra_dirs), app.scope(options.catalog))
    return rank_class(roster, entries, prefs, lang, options.top, notes, taken=app.env.now())

