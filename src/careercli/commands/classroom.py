"""`careers class`: score a whole class from one CSV file and rank careers for every person."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import msgspec


if TYPE_CHECKING:
    from ..app import App
    from ..facts.pay import Threshold
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
    values: Optional[str] = None  # --values, as typed: work values for those without a values column
    catalog: Optional[str] = None  # rome, onet or all (default: by language)
    id_columns: Optional[list[str]] = None  # --id-columns: the identity columns, named (default: found)
    csv_dialect: str = "auto"  # --csv-dialect: french, plain, or auto (french in French)


def score_class(app: "App", options: ClassOptions, extra_dirs: Optional[list[str]] = None) -> "ClassResult":
    """Read, score, rank; rows that could not be scored are in the result (exit code 1), or with
    `strict` the first one stops everything before anything is written."""
    from ..facts.centres import resolve_likes
    from ..quiz.classroom import read_roster
    from ..tables import decode_spreadsheet, read_bytes

    resolve_likes(options.like)  # a bad --like or --values is refused before the file is read
    class_values(options)
    source = "<stdin>" if options.file == "-" else options.file
    text, encoding_note = decode_spreadsheet(read_bytes(options.file, app.env.stdin), source)
    with app.progress_bar(source, text.count("\n"), threshold=LONG_CLASS) as advance:
        roster = read_roster(text, source, options.bank, strict=options.strict, progress=advance,
                             id_columns=options.id_columns)
    del text
    return rank_roster(app, roster, options, extra_dirs, [encoding_note] if encoding_note else [])


def class_values(options: ClassOptions) -> tuple[str, ...]:
    from ..quiz.values import resolve_values

    return resolve_values(options.values) if options.values is not None else ()


def rank_roster(app: "App", roster: "Roster", options: ClassOptions, extra_dirs: Optional[list[str]],
                notes: Optional[list[str]] = None) -> "ClassResult":
    """The catalog is read once (only when someone can be ranked) and every person ranked against it."""
    from ..quiz.pool import class_result
    from ..quiz.ranking import Preferences

    from ..facts.centres import resolve_likes

    prefs = Preferences(options.max_zone, options.min_salary, likes=resolve_likes(options.like),
                        values=class_values(options))
    catalog = app.catalog(extra_dirs) if len(roster) else None
    return class_result(catalog, roster, prefs, options.top, app.scope(options.catalog),
                        taken=app.env.now(), notes=notes, csv_dialect=options.csv_dialect)
