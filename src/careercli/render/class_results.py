"""`careers class` results: one compact Rich table for the counsellor; JSON, CSV and Markdown for scripts.

A class may hold 100,000 people: every format is written a block of people at a time, as the
block is ranked (`ClassResult.rows()`), never built whole in memory; a progress bar shows on
stderr at a terminal for long classes. Names come from the class file and titles from the
catalog: both are untrusted, so every one is printed as plain text (no markup) with control
characters stripped.
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Any, Callable, Iterator, Optional

from ..i18n import _, listed, percent
from ..text import clean
from .cells import JOIN_COLUMNS, codes_cell, codes_csv, codes_data, csv_cell, marked_title, plain_line

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from ..quiz.batch import PersonRow
    from ..quiz.classroom import ClassResult, RowProblem
    from .output import Output

CSV_COLUMNS = ("name", "code", "rank", "id", "title", "score", "match", "fit", "method", "agreement",
               *JOIN_COLUMNS)  # then
# pay_check, when a minimum pay was given, and centres (those picked with --like that the career has), when given
# and values_fit, when someone gave their work values (a values column, or --values)
OPTIONAL_COLUMNS = ("pay_check", "centres", "values_fit")
LONG_CLASS = 2000  # people from which writing the results shows a progress bar (at a terminal)


def _careers(person: "PersonRow", codes: bool = False) -> str:
    """'Title (74%); Title (English title) (70%)', each career's codes after it with `codes` (Markdown)."""
    from ..quiz.ranking import match_percent

    shown = listed(f"{marked_title(ref)} ({percent(match_percent(r))}{pay_mark(ref.pay_check)})"
                      + codes_after(ref, codes) for ref, r in person.careers)
    return shown + letters_cell(person.letters, codes)


def codes_after(ref: Any, shown: bool) -> str:
    """' [O*NET-SOC 13-2011.00, ISCO-08 2411]' after a career, when `shown` and it has codes."""
    named = codes_cell(ref) if shown else ""
    return f" [{named}]" if named else ""


def pay_mark(check: Optional[str]) -> str:
    """How a career kept by the minimum pay is marked next to its match: it had no figure to compare,
    or only a top-coded one below the minimum."""
    if check == "no_figure":
        return ", " + _("no pay figure")
    if check == "undecided":
        return ", " + _("pay undecided")
    return ""


def _blocks(result: "ClassResult", output: "Output") -> Iterator[list["PersonRow"]]:
    """The people a block at a time, advancing the progress bar."""
    with output.progress_bar(_("Writing the results of {n} people").format(n=len(result.people)), len(result.people),
                             threshold=LONG_CLASS) as advance:
        for block in result.rows():
            yield block
            advance(len(block))


# ---------------------------------------------------------------- JSON

def person_data(person: "PersonRow", careers: Optional[dict[str, dict[str, str]]] = None,
                checked: bool = False, liked: bool = False) -> dict[str, Any]:
    """One person in the JSON output; `careers` keeps each career's id, title and code once made inert;
    `checked`: a minimum pay was given, and each career says how it compares (`pay_check`); `liked`:
    interest centres were given (--like), and each career names those it has (`centres`)."""
    from ..quiz.letters import METHOD
    from ..quiz.ranking import CORRELATION, fit_label, match_percent
    from ..quiz.scoring import SCALES

    careers = {} if careers is None else careers
    results = []
    for rank, (ref, r) in enumerate(person.careers, 1):
        known = careers.get(ref.id) or careers.setdefault(ref.id, career_data(ref))
        results.append({"rank": rank, **known, "score": round(r, 3), "match": match_percent(r), "fit": fit_label(r),
                        "code": ref.code, "method": CORRELATION, **({"pay_check": ref.pay_check} if checked else {}),
                        **({"centres": [clean(c) for c in ref.centres]} if liked else {}),
                        **(values_terms_data(r, person.fits[rank - 1]) if person.values else {})})
    by_letters = []
    for rank, (ref, value) in enumerate(person.letters, 1):
        known = careers.get(ref.id) or careers.setdefault(ref.id, career_data(ref))
        by_letters.append({"rank": rank, **known, "letters": ref.code, "agreement": round(value, 3), "method": METHOD,
                           **({"pay_check": ref.pay_check} if checked else {})})
    return {
        "line": person.line,
        "name": clean(person.name),
        "identity": {clean(header): clean(value) for header, value in person.identity},
        "profile": dict(zip(SCALES, person.scores)),
        "code": person.code.letters,
        "code_display": person.code.display,
        "equivalent_codes": person.code.equivalents,
        "values": list(person.values),
        "results": results,
        "results_by_letters": by_letters,
    }


def career_data(ref: Any) -> dict[str, Any]:
    """A career's id, title and codes (cells.codes_data) in a person's results, made inert once."""
    return {"id": ref.id, "title": clean(ref.title), **codes_data(ref)}


def values_terms_data(r: float, fit: Optional[float]) -> dict[str, Any]:
    """A career's values fit for the person, and the two terms of its ranking (interests, values)."""
    from ..quiz.values import values_bonus

    return {"values_fit": fit, "contributions": {"interests": round(r, 3), "values": round(values_bonus(fit), 3)}}


def problem_data(problem: "RowProblem") -> dict[str, Any]:
    return {"line": problem.line, "column": clean(problem.column), "message": clean(problem.message)}


def class_data(result: "ClassResult", people: Any) -> dict[str, Any]:
    """The `data` of `careers class --format json` (envelope version 1)."""
    from .quiz_results import preferences_data

    prefs = preferences_data(result.preferences)
    return {
        "bank": result.bank,
        "method": "pearson",
        "preferences": {"max_zone": prefs["max_zone"], "min_salary": prefs["min_salary"], "min_pay": prefs["min_pay"],
                        "likes": prefs["likes"], "values": prefs["values"]},
        "quality": {"flagged": result.flagged, "alpha": result.alpha},
        "people": people,
        "errors": [problem_data(p) for p in result.problems],
        "notes": result.notes,
    }


def emit_json(result: "ClassResult", output: "Output") -> None:
    from ..quiz.classroom import problem_line
    from .envelope import Streamed

    errors = [problem_line(result.source, p) for p in result.problems]
    careers: dict[str, dict[str, str]] = {}
    checked = result.preferences.threshold is not None
    liked = result.liked
    people = Streamed([person_data(p, careers, checked, liked) for p in block] for block in _blocks(result, output))
    output.write_json("class", class_data(result, people), errors, int(result.exit_code))
    print_problems(result, output)


# ---------------------------------------------------------------- CSV and Markdown

# The French Excel dialect (`--csv-dialect french`, the default in French): what a Belgian or
# French Excel opens as columns: semicolons, decimal commas, a byte-order mark, French headers.
FRENCH_HEADERS = {"name": "nom", "code": "code", "rank": "rang", "id": "id", "title": "titre", "score": "score",
                  "match": "correspondance", "fit": "adéquation", "method": "méthode", "agreement": "accord",
                  "pay_check": "salaire", "centres": "centres", "values_fit": "valeurs", "onet_soc": "onet_soc",
                  "rome": "rome", "isco08": "isco08", "title_language": "langue_du_titre"}


def _same(value: Any) -> Any:
    return value


def class_rows(result: "ClassResult", blocks: Iterator[list["PersonRow"]], headers: list[str],
               cell: Callable[[Any], Any] = _same, number: Callable[[Any], Any] = _same,
               word: Callable[[Any], Any] = _same) -> Iterator[list[list[Any]]]:
    """The header, then one row per person and career (those ranked by correlation, then those
    ranked by their official letters, ranked from 1 again), a block at a time; a person with no
    career left still gets a row. `headers` name CSV_COLUMNS and OPTIONAL_COLUMNS (those given are
    used: pay_check with a minimum pay, centres with --like); `cell` makes a text cell inert for the
    file it goes to, `number` writes a decimal number (None: no value) and `word` the value of a
    worded column (fit, method, pay check) as that file wants them (the French CSV: a decimal comma,
    French words)."""
    from ..quiz.letters import METHOD
    from ..quiz.ranking import CORRELATION, fit_label, match_percent

    checked = result.preferences.threshold is not None
    liked = result.liked
    valued = any(getattr(result.people, "orders", ()))
    optional = [name for name, used in zip(headers[len(CSV_COLUMNS):], (checked, liked, valued)) if used]
    yield [[headers[0], *(cell(clean(h)) for h in result.identity_headers), *headers[1:len(CSV_COLUMNS)], *optional]]
    by_correlation, by_letters = word(CORRELATION), word(METHOD)
    # per career, made once: its id and title (inert), and its cells after the person's figures but the centres
    scored: dict[str, tuple[list[Any], list[Any]]] = {}
    lettered: dict[str, tuple[list[Any], list[Any]]] = {}

    def cells_of(ref: Any, by_letters: bool) -> tuple[list[Any], list[Any]]:
        codes = [cell(value) for value in codes_csv(ref)]
        pay = [word(ref.pay_check)] if checked else []
        if by_letters:
            return [cell(ref.id), cell(clean(ref.title))], [*codes, *pay, *([None] if liked else [])]
        return [cell(ref.id), cell(clean(ref.title))], [by_correlation, None, *codes, *pay]

    for block in blocks:
        rows: list[list[Any]] = []
        for person in block:
            lead = [cell(clean(person.name)), *(cell(clean(value)) for _header, value in person.identity),
                    person.code.display]
            if not person.careers and not person.letters:
                rows.append(lead)
            for rank, (ref, r) in enumerate(person.careers, 1):
                id_title, after = scored.get(ref.id) or scored.setdefault(ref.id, cells_of(ref, False))
                row = [*lead, rank, *id_title, number(round(r, 3)), match_percent(r), word(fit_label(r)), *after]
                if liked:
                    row.append(cell("; ".join(ref.centres)))  # a part's own centres: not kept with the career
                if valued:
                    row.append(number(person.fits[rank - 1] if person.fits else None))
                rows.append(row)
            for rank, (ref, value) in enumerate(person.letters, 1):
                id_title, after = lettered.get(ref.id) or lettered.setdefault(ref.id, cells_of(ref, True))
                row = [*lead, rank, *id_title, None, None, None, by_letters, number(round(value, 3)), *after]
                if valued:
                    row.append(None)
                rows.append(row)
        yield rows


def class_csv(result: "ClassResult", blocks: Iterator[list["PersonRow"]]) -> Iterator[str]:
    """The rows of `class_rows` as CSV text, in the dialect the result asks for, a block at a time."""
    french = result.csv_dialect == "french"
    columns = [*CSV_COLUMNS, *OPTIONAL_COLUMNS]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if french else ",", lineterminator="\n")
    if french:
        buffer.write("\ufeff")
        words = french_words()  # once: a class of 100,000 has a million worded cells
        rows = class_rows(result, blocks, [FRENCH_HEADERS[c] for c in columns], csv_cell, french_number,
                          lambda value: words.get(value, value))
    else:  # the csv module writes None as an empty cell: the rows go as they are
        rows = class_rows(result, blocks, columns, csv_cell)
    for block in rows:
        writer.writerows(block)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def french_words() -> dict[str, str]:
    """The values of the worded columns, as the French dialect writes them (the plain one keeps them)."""
    return {"excellent": _("excellent"), "good": _("good"), "fair": _("fair"), "weak": _("weak"),
            "correlation": _("correlation"), "official letters": _("official letters"),
            "pass": _("paid at least the minimum"), "fail": _("paid less than the minimum"), "no_figure": _("no figure"),
            "undecided": _("undecided")}


def french_number(value: Optional[float]) -> str:
    """A decimal number as the French dialect writes it: a decimal comma (None: an empty cell)."""
    return "" if value is None else str(value).replace(".", ",")


def emit_csv(result: "ClassResult", output: "Output") -> None:
    from .quiz_results import print_notes

    for chunk in class_csv(result, _blocks(result, output)):
        output.write_data(chunk)
    print_notes(result.notes, output)
    print_problems(result, output)


def class_markdown(blocks: Iterator[list["PersonRow"]]) -> Iterator[str]:
    from .cells import md_cell

    yield f"| {_('Name')} | {_('Code')} | {_('Careers that fit')} |\n|---|---|---|\n"
    for block in blocks:
        if block:
            yield "".join(f"| {md_cell(p.name)} | {p.code.display} | {md_cell(_careers(p, codes=True))} |\n"
                          for p in block)


def emit_markdown(result: "ClassResult", output: "Output") -> None:
    from .quiz_results import print_notes

    for chunk in class_markdown(_blocks(result, output)):
        output.write_data(chunk)
    print_notes(result.notes, output)
    print_problems(result, output)


# ---------------------------------------------------------------- Rich

def class_table(people: list["PersonRow"], show_header: bool = True,
                name_width: int = 24) -> "RenderableType":
    """Name, Holland code (ties in brackets) and the top careers, wrapped in their cell."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, show_header=show_header)
    table.add_column(_("Name"), overflow="fold", width=name_width)
    table.add_column(_("Code"), no_wrap=True, width=max(len(_("Code")), 8))
    table.add_column(_("Careers that fit"), ratio=1)
    for person in people:
        table.add_row(Text(plain_line(person.name), style="bold"), Text(person.code.display),
                      Text(_careers(person)))
    return table


def emit_rich(result: "ClassResult", output: "Output") -> None:
    from .quiz_results import print_notes

    render_class(result, output.out, _blocks(result, output))
    print_notes(result.notes, output)
    print_problems(result, output)


def render_class(result: "ClassResult", console: "Console", blocks: Iterator[list["PersonRow"]]) -> None:
    """The heading, then the table a block of people at a time (same columns throughout)."""
    from rich.text import Text

    if result.bank:
        heading = _("People scored: {n}, bank {bank}").format(n=len(result.people), bank=result.bank)
    else:
        heading = _("People scored: {n}").format(n=len(result.people))
    console.print(Text(heading, style="bold"))
    name_width = 0
    for number, block in enumerate(blocks):
        if not name_width:  # from the first block, so that every block lines up
            name_width = max(4, min(24, max(len(plain_line(p.name)) for p in block)))
        console.print(class_table(block, show_header=number == 0, name_width=name_width))


def print_problems(result: "ClassResult", output: "Output") -> None:
    """Each bad row as one line `FILE:LINE: column: message`, on stderr."""
    from ..quiz.classroom import problem_line

    for problem in result.problems:
        output.message(problem_line(result.source, problem))


def letters_cell(letters: list, codes: bool = False) -> str:
    """' · by official letters: Title (EC 5.5/6); ...' for the careers a person gets ranked by letters
    (each title marked when not in the reader's language; with `codes`, each career's codes after it)."""
    from ..quiz.letters import agreement_text

    if not letters:
        return ""
    return " · " + _("by official letters: {careers}").format(careers=listed(
        f"{marked_title(ref)} ({ref.code} {agreement_text(value)}{pay_mark(getattr(ref, 'pay_check', None))})"
        + codes_after(ref, codes) for ref, value in letters))
