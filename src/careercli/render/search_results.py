"""`careers search`: ranked careers and why each matched, for people and for scripts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..i18n import _, listed
from .cells import code_cell, codes_cell, csv_text, marked_title, md_cell, plain_line

if TYPE_CHECKING:
    from ..views import Found, SearchResult
    from .output import Output

CSV_COLUMNS = ("rank", "id", "title", "score", "field", "matched", "language", "typo", "code", "job_zone", "origin",
               "because", "onet_soc", "rome", "isco08", "title_language")



def field_label(field: str) -> str:
    labels = {"id": _("id"), "code": _("code"), "title": _("title"), "other title": _("other title"),
              "related job": _("related job"), "text": _("text")}
    return labels.get(field, field)


def why(found: "Found") -> str:
    """'title "Comptable"', 'other title "Chef" (spelling corrected)', 'text "Tax Shelter"'."""
    reason = _("{field} '{matched}'").format(field=field_label(found.field), matched=plain_line(found.matched))
    if found.language:
        reason += f" ({found.language})"
    return reason + (" " + _("(spelling corrected)") if found.typo else "")


def found_data(found: "Found") -> dict[str, Any]:
    return {name: getattr(found, name) for name in CSV_COLUMNS}


def emit_json(result: "SearchResult", output: "Output") -> None:
    output.write_json("search", {"query": result.query, "results": [found_data(f) for f in result.results],
                                 "suggestions": [found_data(f) for f in result.suggestions]})


def emit_csv(result: "SearchResult", output: "Output") -> None:
    output.write_data(csv_text(CSV_COLUMNS, ([code_cell(f, c) for c in CSV_COLUMNS] for f in result.results)))
    _say_nothing_found(result, output)


def emit_markdown(result: "SearchResult", output: "Output") -> None:
    lines = [f"| # | {_('Career')} | {_('Id')} | {_('Codes')} | {_('Why')} | {_('Score')} |", "|---:|---|---|---|---|---:|"]
    lines += [f"| {f.rank} | {md_cell(marked_title(f))} | `{md_cell(f.id)}` | {md_cell(codes_cell(f))} | "
              f"{md_cell(listed([why(f), *([f.because] if f.because else [])]))} | {f.score} |" for f in result.results]
    output.write_data("\n".join(lines) + "\n")
    _say_nothing_found(result, output)


def emit_rich(result: "SearchResult", output: "Output") -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    if result.results:
        table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
        table.add_column("#", justify="right", no_wrap=True)
        table.add_column(_("Career"), ratio=1, overflow="fold")
        table.add_column(_("Score"), justify="right", no_wrap=True)
        for found in result.results:
            career = Text(marked_title(found), style="bold")
            career.append(f"  {found.id}", style="cyan")
            career.append("\n" + why(found), style="dim")
            table.add_row(str(found.rank), career, str(found.score))
        output.out.print(table)
    _say_nothing_found(result, output)


def _say_nothing_found(result: "SearchResult", output: "Output") -> None:
    if result.results:
        return
    message = _("No career matches '{query}'.").format(query=result.query)
    if result.suggestions:
        message += " " + _("Did you mean: {careers}?").format(
            careers=", ".join(f"{marked_title(f)} ({f.id})" for f in result.suggestions))
    output.message(message)
