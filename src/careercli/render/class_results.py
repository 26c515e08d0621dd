"""`careers class` results: one compact Rich table for the counsellor; JSON, CSV and Markdown for scripts.

Names come from the class file and titles from the catalog: both are untrusted, so every one is
printed as plain text (no markup) with control characters stripped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..i18n import _
from ..text import clean
from .cells import plain_line

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from ..quiz.classroom import ClassResult, PersonResult, RowProblem
    from ..quiz.ranking import Match
    from .output import Output

CSV_COLUMNS = ("name", "code", "rank", "id", "title", "score", "match", "fit")


def _careers(person: "PersonResult") -> str:
    return "; ".join(f"{plain_line(m.title)} ({m.match}%)" for m in person.result.ranking.matches)


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


def emit_json(result: "ClassResult", output: "Output") -> None:
    from ..quiz.classroom import problem_line

    errors = [problem_line(result.source, p) for p in result.problems]
    output.write_json("class", class_data(result), errors, int(result.exit_code))
    print_problems(result, output)


# ---------------------------------------------------------------- CSV and Markdown

def class_csv(result: "ClassResult") -> str:
    """One row per person and career; a person with no career left still gets a row."""
    from .cells import csv_text

    def rows(person: "PersonResult") -> list[list[Any]]:
        lead = [person.name, person.result.code.display]
        matches = person.result.ranking.matches
        return [[*lead, m.rank, m.id, m.title, m.score, m.match, m.fit] for m in matches] or [lead]

    return csv_text(CSV_COLUMNS, (row for person in result.people for row in rows(person)))


def emit_csv(result: "ClassResult", output: "Output") -> None:
    from .quiz_results import print_notes

    output.write_data(class_csv(result))
    print_notes(result.notes, output)
    print_problems(result, output)


def class_markdown(result: "ClassResult") -> str:
    from .cells import md_cell

    lines = [f"| {_('Name')} | {_('Code')} | {_('Careers that fit')} |", "|---|---|---|"]
    lines += [f"| {md_cell(p.name)} | {p.result.code.display} | {md_cell(_careers(p))} |" for p in result.people]
    return "\n".join(lines) + "\n"


def emit_markdown(result: "ClassResult", output: "Output") -> None:
    from .quiz_results import print_notes

    output.write_data(class_markdown(result))
    print_notes(result.notes, output)
    print_problems(result, output)


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
        table.add_row(Text(plain_line(person.name), style="bold"), Text(person.result.code.display), Text(_careers(person)))
    return table


def emit_rich(result: "ClassResult", output: "Output") -> None:
    from .quiz_results import print_notes

    render_class(result, output.out)
    print_notes(result.notes, output)
    print_problems(result, output)


def render_class(result: "ClassResult", console: "Console") -> None:
    from rich.text import Text

    if result.bank:
        heading = _("People scored: {n}, bank {bank}").format(n=len(result.people), bank=result.bank)
    else:
        heading = _("People scored: {n}").format(n=len(result.people))
    console.print(Text(heading, style="bold"))
    if result.people:
        console.print(class_table(result))


def print_problems(result: "ClassResult", output: "Output") -> None:
    """Each bad row as one line `FILE:LINE: column: message`, on stderr."""
    from ..quiz.classroom import problem_line

    for problem in result.problems:
        output.message(problem_line(result.source, problem))
