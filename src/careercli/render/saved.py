"""`careers results`: the kept results as a table (Rich), JSON, CSV or Markdown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..i18n import _
from .cells import csv_text, md_cell, plain_line

if TYPE_CHECKING:
    from ..views import SavedResults
    from .output import Output

COLUMNS = ("number", "kind", "taken", "lang", "summary", "best")


def _kind(kind: str) -> str:
    return {"quiz": _("quiz"), "fit": _("fit")}.get(kind, kind)


def rows(results: "SavedResults") -> list[list[Any]]:
    from .reports import when

    return [[e.number, _kind(e.kind), plain_line(when(e.taken)), plain_line(e.lang), plain_line(e.summary),
             plain_line(e.best)] for e in results.entries]


def emit_rich(results: "SavedResults", output: "Output") -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    if not results.entries:
        output.message(_("No kept results yet: a completed careers quiz or careers fit is kept here."))
    else:
        table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
        for header, options in ((_("No."), {"justify": "right", "no_wrap": True}), (_("Test"), {"no_wrap": True}),
                                (_("Date"), {"no_wrap": True}), (_("Result"), {"ratio": 1}),
                                (_("Best fit"), {"ratio": 1})):
            table.add_column(header, **options)
        for number, kind, taken, _lang, summary, best in rows(results):
            table.add_row(str(number), Text(kind), Text(taken), Text(summary), Text(best))  # never markup
        output.out.print(table)
        output.message(_("Show one with: careers results show N (--format, --report FILE)"), style="dim")
    _unreadable(results, output)


def _unreadable(results: "SavedResults", output: "Output") -> None:
    for message in results.unreadable:
        output.message(message, style="yellow")


def emit_json(results: "SavedResults", output: "Output") -> None:
    output.write_json("results", {"results": [dict(zip(COLUMNS, [e.number, e.kind, e.taken, e.lang, plain_line(e.summary),
                                                                  plain_line(e.best)])) for e in results.entries]},
                      results.unreadable)


def emit_csv(results: "SavedResults", output: "Output") -> None:
    output.write_data(csv_text(COLUMNS, ([e.number, e.kind, e.taken, e.lang, e.summary, e.best]
                                         for e in results.entries)))
    _unreadable(results, output)


def emit_markdown(results: "SavedResults", output: "Output") -> None:
    lines = [f"| {_('No.')} | {_('Test')} | {_('Date')} | {_('Result')} | {_('Best fit')} |", "|---:|---|---|---|---|"]
    lines += [f"| {n} | {md_cell(k)} | {t} | {md_cell(s)} | {md_cell(b)} |" for n, k, t, _l, s, b in rows(results)]
    output.write_data("\n".join(lines) + "\n")
    _unreadable(results, output)
