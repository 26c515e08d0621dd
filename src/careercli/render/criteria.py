"""`careers criteria`: the tags of each kind with their counts, and how each kind is derived."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..i18n import _
from .cells import csv_text, md, md_cell, plain_line

if TYPE_CHECKING:
    from ..views import CriteriaList, TagCountView
    from .output import Output

CSV_COLUMNS = ("kind", "text", "count", "label", "derivation")  # the kind's label and derivation on every row


def _warn(criteria: "CriteriaList", output: "Output") -> None:
    if not criteria.kinds:
        output.message(_("No career of this catalog has criteria tags."))
    if criteria.unreadable:
        output.message(_("{count} profile files could not be read; run `careers validate` for details").format(
            count=criteria.unreadable))


def emit_json(criteria: "CriteriaList", output: "Output") -> None:
    _warn(criteria, output)
    output.write_json("criteria", {
        "careers": criteria.careers,
        "kinds": [{"kind": k.kind, "label": k.label, "derivation": k.derivation,
                   "tags": [{"text": t.text, "texts": t.texts, "count": t.count,
                            **({"number": t.number} if t.number is not None else {})} for t in k.tags]}
                  for k in criteria.kinds],
    })


def emit_csv(criteria: "CriteriaList", output: "Output") -> None:
    _warn(criteria, output)
    output.write_data(csv_text(CSV_COLUMNS, ([k.kind, t.text, t.count, k.label, k.derivation]
                                             for k in criteria.kinds for t in k.tags)))


def as_markdown(criteria: "CriteriaList") -> str:
    lines = [_("Careers counted: {count}").format(count=criteria.careers)]
    for kind in criteria.kinds:
        lines += ["", f"## {md(kind.label)}", "", md(kind.derivation), "",
                  f"| {_('Criterion')} | {_('Careers')} |", "|---|---:|"]
        lines += [f"| {md_cell(numbered(t))} | {t.count} |" for t in kind.tags]
    return "\n".join(lines) + "\n"


def numbered(tag: "TagCountView") -> str:
    """An interest centre with its number first (what `--like` takes); other tags as they are."""
    text = plain_line(tag.text)
    return f"{tag.number}. {text}" if tag.number is not None else text


def emit_markdown(criteria: "CriteriaList", output: "Output") -> None:
    _warn(criteria, output)
    output.write_data(as_markdown(criteria))


def emit_rich(criteria: "CriteriaList", output: "Output") -> None:
    """Each kind: its name, how it is derived, then its tags, the count first (right-aligned, no
    padding after the text); through the pager at a terminal when longer than the screen."""
    from rich.console import Group
    from rich.text import Text

    parts: list[Any] = [Text(_("Careers counted: {count}").format(count=criteria.careers), style="dim")]
    for kind in criteria.kinds:
        width = len(str(max(t.count for t in kind.tags)))
        parts += [Text(), Text(plain_line(kind.label), style="bold"), Text(plain_line(kind.derivation), style="dim")]
        parts += [Text.assemble((f"{t.count:>{width}}", "cyan"), "  ", numbered(t)) for t in kind.tags]
    console = output.out
    with console.capture() as captured:
        console.print(Group(*parts) if criteria.kinds else Text(), soft_wrap=not output.stdout_is_terminal)
    text = captured.get() if criteria.kinds else ""
    if text and not (output.stdout_is_terminal and criteria.pager and text.count("\n") >= console.height
                     and output.page(text)):
        console.file.write(text)
        console.file.flush()
    _warn(criteria, output)
