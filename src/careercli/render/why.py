"""Why a career came up (quiz/why.py), for people (Rich, Markdown) and scripts (JSON)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ..i18n import _
from ..text import clean

if TYPE_CHECKING:
    from ..quiz.why import ScaleShare, Why
    from .output import Output


def term_label(name: str) -> str:
    """A ranking term's name for people; a term this version does not know is shown by its name."""
    labels = {"interests": _("interests (correlation of your six scores with the career's)"),
              "centres": _("interest centres you chose (bonus)"),
              "values": _("work values (bonus)")}
    return labels.get(name, name)


def why_lines(why: "Why") -> list[tuple[str, list[str]]]:
    """(heading, lines): the score and its terms, the scales, the answers, the centres, the reasons."""
    from .profile_format import riasec_names

    names = riasec_names()
    total = sum(why.terms.values())
    sections = [(_("Why {title} came up (no. {rank}, {match}% match)").format(
        title=clean(why.title), rank=why.rank, match=why.match),
        [_("Its score: {total} = {terms}").format(total=_number(total, 3), terms=" + ".join(
            f"{_number(value, 3)} {term_label(name)}" for name, value in why.terms.items()))])]
    if why.scales:
        sections.append((_("What each interest scale adds to the correlation"), [
            _("{letter} {name}: {share} (you {person}, the career {career}: {how})").format(
                letter=s.scale, name=names[s.scale], share=_number(s.share, 3, "+"), person=_number(s.person),
                career=_number(s.career), how=_side(s, why))
            for s in why.scales]))
    if why.items:
        sections.append((_("Your answers that raised those scales"), [
            f"{item.scale} · {item.answer}/5 · {clean(item.text)}" for item in why.items]))
    if why.centres:
        sections.append((_("Interest centres you chose that it has"), [clean(c) for c in why.centres]))
    if why.reasons:
        sections.append((_("In short"), [clean(r) for r in why.reasons]))
    return sections


def _side(share: "ScaleShare", why: "Why") -> str:
    """Where the scale puts the person and the career against their own means."""
    person_high = share.person > why.person_mean
    career_high = share.career > why.career_mean
    if person_high == career_high:
        return _("both high") if person_high else _("both low")
    return _("one high, the other low")


def _number(value: float, places: int = 2, sign: str = "") -> str:
    """A figure with the language's decimal mark (`sign` "+": a sign always shown)."""
    from ..i18n import decimal

    text = decimal(value, places)
    return f"+{text}" if sign and value >= 0 else text


def emit_rich(why: "Why", output: "Output") -> None:
    from rich.text import Text

    for n, (heading, lines) in enumerate(why_lines(why)):
        output.out.print(Text(heading, style="bold"))
        for line in lines:
            output.out.print(Text(("" if n == 0 else "  ") + line))


def emit_markdown(why: "Why", output: "Output") -> None:
    from .cells import md_cell

    output.write_data("".join(f"### {md_cell(heading)}\n\n" + "".join(f"- {md_cell(line)}\n" for line in lines) + "\n"
                              for heading, lines in why_lines(why)))


def emit_json(why: "Why", output: "Output") -> None:
    output.write_json("why", msgspec.to_builtins(why))
