"""`careers similar`: the similar careers and why each is listed, for people and for scripts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..i18n import _
from .cells import code_cell, codes_cell, codes_data, csv_text, marked_title, md_cell, plain_line

if TYPE_CHECKING:
    from ..views import SimilarCareer, SimilarResult
    from .output import Output

CSV_COLUMNS = ("rank", "id", "title", "source", "reason", "r", "agreement", "code", "job_zone", "origin", "instead_of",
               "onet_soc", "rome", "isco08", "title_language")


def career_data(found: "SimilarCareer") -> dict[str, Any]:
    return {name: getattr(found, name) for name in CSV_COLUMNS}


def emit_json(result: "SimilarResult", output: "Output") -> None:
    career = {"id": result.id, "title": result.title, "code": result.code, "job_zone": result.job_zone,
              **codes_data(result)}
    output.write_json("similar", {"query": result.query, "career": career,
                                  "results": [career_data(f) for f in result.results], "notes": result.notes})


def emit_csv(result: "SimilarResult", output: "Output") -> None:
    output.write_data(csv_text(CSV_COLUMNS, ([code_cell(f, c) for c in CSV_COLUMNS] for f in result.results)))
    _notes(result, output)


def heading(result: "SimilarResult") -> str:
    return _("Careers similar to {title} ({id})").format(title=marked_title(result), id=result.id)


def emit_markdown(result: "SimilarResult", output: "Output") -> None:
    lines = [f"## {md_cell(heading(result))}", "", f"| # | {_('Career')} | {_('Id')} | {_('Codes')} | {_('Why')} |",
             "|---:|---|---|---|---|"]
    lines += [f"| {f.rank} | {md_cell(marked_title(f))} | `{md_cell(f.id)}` | {md_cell(codes_cell(f))} | "
              f"{md_cell(f.reason)} |"
              for f in result.results]
    output.write_data("\n".join(lines) + "\n")
    _notes(result, output)


def emit_rich(result: "SimilarResult", output: "Output") -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    output.out.print(Text(heading(result), style="bold"))
    if result.results:
        table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
        table.add_column("#", justify="right", no_wrap=True)
        table.add_column(_("Career"), ratio=1, overflow="fold")
        for found in result.results:
            career = Text(marked_title(found), style="bold")
            career.append(f"  {found.id}", style="cyan")
            career.append("\n" + plain_line(found.reason), style="dim")
            table.add_row(str(found.rank), career)
        output.out.print(table)
        output.out.print(Text(_("Similar means like this career; for a change of career, `careers moves {id}` says "
                                "where one can go from it and what to learn.").format(id=result.id), style="dim"))
    _notes(result, output)


def _notes(result: "SimilarResult", output: "Output") -> None:
    if not result.results:
        output.message(_("No similar career found for {title}.").format(title=plain_line(result.title)))
    for note in result.notes:
        output.message(note, style="dim")
