"""`careers values`: the person's order with what each value means, and the careers that fit it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..i18n import _, decimal_marks
from ..text import clean

if TYPE_CHECKING:
    from ..quiz.values_result import ValuesResult
    from .output import Output


def values_data(result: "ValuesResult") -> dict[str, Any]:
    from .quiz_results import values_data as order_data

    return {"values": order_data(result.order), "rated": result.rated,
            "careers": [{"id": c.id, "title": c.title, "values_fit": c.fit, "derived": c.derived}
                        for c in result.careers],
            "notes": result.notes, "quiz": quiz_command(result)}


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
        console.print(Text.assemble(f"{place}. ", (value_name(key, result.lang), "bold"), f"  {statement(key)}"))
    console.print()
    console.print(Text(_("Careers whose work values fit your order best (of {n} rated)").format(n=result.rated),
                       style="bold"))
    for rank, career in enumerate(result.careers, 1):
        mark = "*" if career.derived else ""
        console.print(Text(f"{rank:>3}. {clean(career.title)}{mark}  {decimal_marks(f'{career.fit:+.2f}')}"))
    if any(c.derived for c in result.careers):
        console.print(Text(_("* work values derived from the O*NET occupations the crosswalks link it to"),
                           style="dim"))
    for note in result.notes:
        console.print(Text(clean(note), style="dim"))
    console.print(Text(_("To weigh them with your interests: {command}").format(command=quiz_command(result)),
                       style="dim"), soft_wrap=True)  # one line: it is copied into a shell
