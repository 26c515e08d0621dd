"""`careers values`: the person's order with what each value means, and the careers that fit it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..i18n import N_, _, decimal_marks, plural
from ..text import clean

if TYPE_CHECKING:
    from ..quiz.values_result import ValuesResult
    from .output import Output


def values_data(result: "ValuesResult") -> dict[str, Any]:
    from .quiz_results import values_data as order_data

    return {"values": order_data(result.order), "rated": result.rated,
            "careers": [{"id": c.id, "title": clean(c.title), "values_fit": c.fit, "derived": c.derived,
                         **({"same_values": [clean(t) for t in c.same_values]} if c.same_values else {})}
                        for c in result.careers],
            "notes": result.notes, "quiz": quiz_command(result)}


SHOWN_SAME = 3  # others named in the people's view; JSON names them all


def same_values_text(others: list[str]) -> str:
    """'and 25 more careers with the same work values: Chirurgien, Dermatologue, Gériatre ...'"""
    named = ", ".join(clean(title) for title in others[:SHOWN_SAME]) + (" ..." if len(others) > SHOWN_SAME else "")
    return plural(len(others), N_("and {n} more career with the same work values: {titles}"),
                  N_("and {n} more careers with the same work values: {titles}")).format(n=len(others), titles=named)


def quiz_command(result: "ValuesResult") -> str:
    """The quiz with this order (what a person runs next)."""
    return f"careers quiz --values {','.join(result.order)}" if result.order else "careers quiz"


def emit_json(result: "ValuesResult", output: "Output") -> None:
    output.write_json("values", values_data(result))


def emit_rich(result: "ValuesResult", output: "Output") -> None:
    from rich.text import Text

    from ..quiz.values import statement, value_name

    console = output.out
    if not result.order:
        console.print(Text(_("No work values given: nothing to show")))
        return
    console.print(Text(_("What matters most to you at work"), style="bold"))
    for place, key in enumerate(result.order, 1):
        console.print(Text.assemble(f"{place}. ", (value_name(key), "bold"), f"  {statement(key)}"))
    console.print()
    console.print(Text(_("Careers whose work values fit your order best (of {n} rated)").format(n=result.rated),
                       style="bold"))
    for rank, career in enumerate(result.careers, 1):
        mark = "*" if career.derived else ""
        console.print(Text(f"{rank:>3}. {clean(career.title)}{mark}  {decimal_marks(f'{career.fit:+.2f}')}"))
        if career.same_values:
            console.print(Text("     " + same_values_text(career.same_values), style="dim"))
    if any(c.derived for c in result.careers):
        console.print(Text(_("* work values derived from the O*NET occupations the crosswalks link it to"),
                           style="dim"))
    for note in result.notes:
        console.print(Text(clean(note), style="dim"))
    console.print(Text(_("To weigh them with your interests: {command}").format(command=quiz_command(result)),
                       style="dim"), soft_wrap=True)  # one line: it is copied into a shell
