"""`careers class`: score a whole class from one CSV file and rank careers for every person."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import msgspec

from ..errors import EXIT_ERROR, EXIT_OK, Problem
from ..i18n import _, use_language

if TYPE_CHECKING:
    from ..quiz.classroom import ClassResult, Roster


class ClassOptions(msgspec.Struct, frozen=True, kw_only=True):
    """The command line of `careers class`, as plain values."""

    file: str
    bank: Optional[str] = None
    lang: Optional[str] = None
    top: int = 5
    fmt: str = "rich"
    max_zone: Optional[int] = None
    min_salary: Optional[float] = None


def run_class(settings: Any, options: ClassOptions, extra_dirs: Optional[list[Path]] = None) -> int:
    """Read, score, rank, show; the exit code is 1 when any row could not be scored."""
    from ..quiz.classroom import read_roster
    lang = use_language(options.lang)  # titles, headings and row messages in the language asked for
    source = "<stdin>" if options.file == "-" else options.file
    roster = read_roster(read_class_file(options.file), source, options.bank)
    result = rank_roster(settings, roster, options, lang, extra_dirs)
    exit_code = EXIT_ERROR if result.problems else EXIT_OK
    emit(result, options.fmt, exit_code)
    return exit_code


def read_class_file(name: str) -> str:
    """The text of `name` (`-` for stdin), UTF-8 with or without a byte-order mark."""
    from ..quiz.classroom import ClassFileError

    path = Path("<stdin>" if name == "-" else name)
    try:
        data = _stdin_bytes() if name == "-" else path.read_bytes()
    except OSError as error:
        raise ClassFileError(str(Problem(Path(name), error.strerror or str(error)))) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ClassFileError(str(Problem(path, _(
            "not UTF-8 text; save it from your spreadsheet as CSV UTF-8")))) from None


def _stdin_bytes() -> bytes:
    buffer = getattr(sys.stdin, "buffer", None)
    return buffer.read() if buffer is not None else sys.stdin.read().encode("utf-8")


def rank_roster(settings: Any, roster: "Roster", options: ClassOptions, lang: str,
                extra_dirs: Optional[list[Path]]) -> "ClassResult":
    """The catalog is read once (only when someone can be ranked) and every person ranked against it."""
    from ..quiz.classroom import rank_class
    from ..quiz.ranking import Preferences

    prefs = Preferences(options.max_zone, options.min_salary)
    if not roster.people:
        return rank_class(roster, [], prefs, lang, options.top)
    catalog = settings.catalog(extra_dirs)
    entries = list(catalog.entries.values())  # loads the index, which also gathers the problems
    notes = []
    if catalog.problems:
        bad = len({p.path for p in catalog.problems})
        notes.append(_("Profiles that could not be read, not ranked (see careers validate): {n}").format(n=bad))
    return rank_class(roster, entries, prefs, lang, options.top, notes)


def emit(result: "ClassResult", fmt: str, exit_code: int) -> None:
    from ..console import err, out, write_data
    from ..render import class_results as render
    from ..render.quiz_results import print_notes

    if fmt == "json":
        write_data(render.class_json(result, exit_code))
    elif fmt == "csv":
        write_data(render.class_csv(result))
    elif fmt == "markdown":
        write_data(render.class_markdown(result))
    else:
        render.render_class(result, out())
    if fmt != "json":
        print_notes(result.notes, err())
    render.print_problems(result, err())
