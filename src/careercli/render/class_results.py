"""`careers class` results: one compact Rich table for the counsellor; JSON, CSV and Markdown for scripts.

Names come from the class file and titles from the catalog: both are untrusted, so every one is
printed as plain text (no markup) with control characters stripped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..i18n import _
from ..text import clean

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from ..quiz.classroom import ClassResult, PersonResult, RowProblem
    from ..quiz.ranking import Match

CSV_COLUMNS = ("name", "code", "rank", "id", "title", "score", "match", "fit")
SPREADSHEET_FORMULA = ("=", "+", "-", "@", "\t", "\r")  # a cell starting so is run as a formula


def _plain(text: str) -> str:
    """One line of safe text: control characters out, whitespace collapsed."""
    return " ".join(clean(text).split())


def _careers(person: "PersonResult") -> str:
    return "; ".join(f"{_plain(m.title)} ({m.match}%)" for m in person.result.ranking.matches)


# ---------------------------------------------------------------- JSON

def _match_data(match: "Match") -> dict[str, Any]:
    return {"rank": match.rank, "id": match.id, "title": clean(match.title), "score": match.score,
            "match": match.match, "fit": match.fit, "code": match.code}


def person_data(person: "PersonResult") -> dict[str, Any]:
    result = person.result
    return {
        "line": person.line,
        "name": clean(person.name),
        "profile": result.profile.scores,
        "code": result.code.letters,
        "code_display": result.code.display,
        "equivalent_codes": result.code.equivalents,
        "results": [_match_data(m) for m in result.ranking.matches],
    }


def problem_data(problem: "RowProblem") -> dict[str, Any]:
    return {"line": problem.line, "column": clean(problem.column), "message": clean(problem.message)}


def class_data(result: "ClassResult") -> dict[str, Any]:
    """The `data` of `careers class --format json` (envelope version 1)."""
    prefs = result.preferences
    return {
        "bank": result.bank,
        "method": "pearson",
        "preferences": {"max_zone": prefs.max_zone, "min_salary": prefs.min_salary},
        "people": [person_data(p) for p in result.people],
        "errors": [problem_data(p) for p in result.problems],
        "notes": result.notes,
    }


def class_json(result: "ClassResult", exit_code: int) -> str:
    from ..quiz.classroom import problem_line
    from .envelope import envelope, to_json

    errors = [clean(problem_line(result.source, p)) for p in result.problems]
    return to_json(envelope("class", class_data(result), errors, exit_code))


# ---------------------------------------------------------------- CSV and Markdown

def _spreadsheet_safe(text: str) -> str:
    """A name such as `=HYPERLINK(...)` stays text when the CSV is opened in a spreadsheet."""
    return "'" + text if text.startswith(SPREADSHEET_FORMULA) else text


def class_csv(result: "ClassResult") -> str:
    """One row per person and career; a person with no career left still gets a row."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for person in result.people:
        lead = [_spreadsheet_safe(_plain(person.name)), person.result.code.display]
        matches = person.result.ranking.matches
        for m in matches:
            writer.writerow([*lead, m.rank, m.id, _plain(m.title), m.score, m.match, m.fit])
        if not matches:
            writer.writerow(lead + [""] * (len(CSV_COLUMNS) - len(lead)))
    return buffer.getvalue()


def _cell(text: str) -> str:
    return _plain(text).replace("\\", "\\\\").replace("|", "\\|")


def class_markdown(result: "ClassResult") -> str:
    lines = [f"| {_('Name')} | {_('Code')} | {_('Careers that fit')} |", "|---|---|---|"]
    lines += [f"| {_cell(p.name)} | {p.result.code.display} | {_cell(_careers(p))} |" for p in result.people]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- Rich

def class_table(result: "ClassResult") -> "RenderableType":
    """Name, Holland code (ties in brackets) and the top careers, wrapped in their cell."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column(_("Name"), overflow="fold", max_width=24)
    table.add_column(_("Code"), no_wrap=True)
    table.add_column(_("Careers that fit"), ratio=1)
    for person in result.people:
        table.add_row(Text(_plain(person.name), style="bold"), Text(person.result.code.display), Text(_careers(person)))
    return table


def render_class(result: "ClassResult", console: "Console") -> None:
    from rich.text import Text

    if result.bank:
        heading = _("People scored: {n}, bank {bank}").format(n=len(result.people), bank=result.bank)
    else:
        heading = _("People scored: {n}").format(n=len(result.people))
    console.print(Text(heading, style="bold"))
    if result.people:
        console.print(class_table(result))


def print_problems(result: "ClassResult", console: "Console") -> None:
    """Each bad row as one line `FILE:LINE: column: message`."""
    from ..quiz.classroom import problem_line

    for problem in result.problems:
        console.print(clean(problem_line(result.source, problem)), markup=False, highlight=False, soft_wrap=True)
