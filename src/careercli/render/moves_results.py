"""`careers moves` and `careers path`: the moves, what carries over and what to add, for people
(Rich, Markdown, reports) and for scripts (JSON, CSV)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from ..i18n import N_, _, colon, current_language, listed, plural
from .cells import JOIN_COLUMNS, codes_cell, codes_csv, csv_text, marked_title, md, md_cell, plain_line

if TYPE_CHECKING:
    from ..moves.results import CompetenceView, MovesResult, MoveView, PathResult
    from .output import Output
    from .reports import Report

SHOWN = 5  # competences named per list on a terminal; the others are counted
REPORT_SHOWN = 10  # in Markdown and reports
CSV_COLUMNS = ("rank", "id", "title", "code", "source", "reason", "overlap", "to_learn", "carried", "to_add",
               "other_missing", "job_zone", "target_job_zone", "pay", "target_pay", "pay_currency", *JOIN_COLUMNS)
PATH_CSV_COLUMNS = ("path", "cost", "step", "from_id", *CSV_COLUMNS[1:])


# ---------------------------------------------------------------- words

def competence_text(item: "CompetenceView", to_add: bool = False) -> str:
    """What to add: 'Psychology 3.5 → 6.1' (O*NET, both levels), 'Accueillir des enfants' (ROME, all
    core); what carries over: 'Psychology', 'Aider la personne (core)' (core to the target job)."""
    name = plain_line(item.name)
    if to_add and item.level is not None and item.current is not None:
        return f"{name} {number(item.current)} → {number(item.level)}"
    return _("{name} (core)").format(name=name) if item.core and not to_add else name


def number(value: float, digits: int = 1) -> str:
    lang = current_language()
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "fr" else text


def listing(items: list["CompetenceView"], shown: Optional[int], more: int = 0, to_add: bool = False) -> str:
    names = [competence_text(c, to_add) for c in (items if shown is None else items[:shown])]
    hidden = more + (len(items) - len(names))
    if hidden:
        names.append(_("{n} more").format(n=hidden))
    return listed(names)


def carried_text(move: "MoveView", shown: Optional[int] = SHOWN) -> str:
    return listing(move.carried, shown) or _("no competence in common in the reference")


def to_add_text(move: "MoveView", shown: Optional[int] = SHOWN) -> str:
    if move.to_learn is None:
        return _("unknown: no skill data for this occupation")
    return listing(move.to_add, shown, move.other_missing, to_add=True) or _("nothing the reference lists")


def learn_text(move: "MoveView") -> str:
    if move.to_learn is None:
        return ""
    return _("to learn: {percent}% of what it asks").format(percent=round(move.to_learn * 100))


def study_text(move: "MoveView") -> str:
    study = move.study
    if study is None or study.current is None or study.target is None:
        return ""
    if study.change == 0:
        return _("same job zone ({zone})").format(zone=study.target)
    return _("job zone {current} → {target}").format(current=study.current, target=study.target)


def pay_text(move: "MoveView") -> str:
    from .profile_format import money

    pay = move.pay
    if pay is None:
        return ""
    sign = "+" if pay.change >= 0 else "−"
    return _("pay {current} → {target} a year ({change})").format(
        current=money(pay.current, pay.currency), target=money(pay.target, pay.currency),
        change=sign + money(abs(pay.change), pay.currency))


def facts_line(move: "MoveView") -> str:
    return " · ".join(t for t in (plain_line(move.reason), learn_text(move), study_text(move), pay_text(move)) if t)


def move_brief(move: "MoveView") -> str:
    """One line for a profile: why, how much to learn, and the first things to add."""
    first = listing(move.to_add, 3, move.other_missing, to_add=True)
    return " · ".join(t for t in (facts_line(move), _("to add: {what}").format(what=first) if first else "") if t)


def moves_pointer(career_id: str) -> str:
    return _("All moves, with what carries over: careers moves {id}").format(id=career_id)


def moves_heading(result: "MovesResult") -> str:
    return _("Career moves from {title} ({id})").format(title=marked_title(result.career),
                                                        id=result.career.id)


def path_heading(result: "PathResult") -> str:
    return _("From {start} to {goal}").format(start=marked_title(result.start),
                                              goal=marked_title(result.goal))


# ---------------------------------------------------------------- moves

def _row(move: "MoveView") -> list[Any]:
    study, pay = move.study, move.pay
    return [move.rank, move.id, move.title, move.code, move.source, move.reason, move.overlap, move.to_learn,
            listing(move.carried, None), listing(move.to_add, None, move.other_missing, to_add=True),
            move.other_missing, study.current if study else None, study.target if study else None,
            pay.current if pay else None, pay.target if pay else None, pay.currency if pay else None, *codes_csv(move)]


def emit_json(result: "MovesResult", output: "Output") -> None:
    output.write_json("moves", result.to_dict())


def emit_csv(result: "MovesResult", output: "Output") -> None:
    output.write_data(csv_text(CSV_COLUMNS, (_row(m) for m in result.moves)))
    _notes(result.notes, output)


def emit_markdown(result: "MovesResult", output: "Output") -> None:
    lines = [f"## {md(moves_heading(result))}", ""]
    for move in result.moves:
        lines += _move_markdown(move, f"{move.rank}. ")
    lines += [f"_{md(result.source)}_", ""] if result.source else []
    output.write_data("\n".join(lines))
    _notes(result.notes, output)


def codes_line(move: "MoveView") -> list[str]:
    """'Codes: O*NET-SOC 29-1171.00, ISCO-08 2221' (none when the career has no code)."""
    named = codes_cell(move)
    return [f"{colon(_('Codes'))} {named}"] if named else []


def _move_markdown(move: "MoveView", prefix: str) -> list[str]:
    return [f"### {prefix}{md(marked_title(move))} (`{md_cell(move.id)}`)", "", md(facts_line(move)), "",
            *(f"- **{md(colon(_('Codes')))}** {md(codes_cell(move))}" for _line in codes_line(move)),
            f"- **{md(colon(_('Carries over')))}** {md(carried_text(move, REPORT_SHOWN))}",
            f"- **{md(colon(_('To add')))}** {md(to_add_text(move, REPORT_SHOWN))}", ""]


def emit_rich(result: "MovesResult", output: "Output") -> None:
    from rich.text import Text

    output.out.print(Text(moves_heading(result), style="bold"))
    for move in result.moves:
        output.out.print()
        output.out.print(_move_rich(move, f"{move.rank}."))
    if result.moves and result.source:
        output.out.print(Text(plain_line(result.source), style="dim"))
    _notes(result.notes, output)


def _move_rich(move: "MoveView", prefix: str) -> Any:
    """The move under its number, every line indented under the title (rich.padding, not a table:
    lighter to import and to lay out)."""
    from rich.console import Group
    from rich.padding import Padding
    from rich.text import Text

    title = Text(prefix + " ")
    title.append(marked_title(move), style="bold")
    title.append(f"  {move.id}", style="cyan")
    details = Text(facts_line(move), style="dim")  # one Text: Rich wraps it once
    details.append("\n" + colon(_("Carries over")) + " ", style="green")
    details.append(carried_text(move), style="default")
    details.append("\n" + colon(_("To add")) + " ", style="yellow")
    details.append(to_add_text(move), style="default")
    return Group(title, Padding(details, (0, 0, 0, len(prefix) + 1), expand=False))


def _notes(notes: list[str], output: "Output") -> None:
    for note in notes:
        output.message(note, style="dim")


# ---------------------------------------------------------------- path

def _path_rows(result: "PathResult") -> list[list[Any]]:
    return [[chain.rank, chain.cost, step.rank, step.from_id, *_row(step)[1:]]
            for chain in result.paths for step in chain.steps]


def emit_path_json(result: "PathResult", output: "Output") -> None:
    output.write_json("path", result.to_dict())


def emit_path_csv(result: "PathResult", output: "Output") -> None:
    output.write_data(csv_text(PATH_CSV_COLUMNS, _path_rows(result)))
    _path_notes(result, output)


def path_summary(chain: Any, result: "PathResult") -> str:
    titles = " → ".join(marked_title(career) for career in [result.start, *chain.steps])
    return _("Path {n} (cost {cost}): {titles}").format(n=chain.rank, cost=number(chain.cost, 2),
                                                        titles=titles)


def nearest_line(near: Any) -> str:
    return _("{title} ({id}): {percent}% of its competences in common with the goal; moves to reach it: {steps}").format(
        title=marked_title(near), id=near.id, percent=round(near.overlap * 100), steps=len(near.via))


def no_path_line(result: "PathResult") -> str:
    """Said plainly when no chain reaches the goal (empty when one does, or when start and goal are one job)."""
    if result.paths or result.start.code == result.goal.code:
        return ""
    return plural(result.max_steps, N_("No path within {n} step."), N_("No path within {n} steps.")).format(
        n=result.max_steps)


def emit_path_markdown(result: "PathResult", output: "Output") -> None:
    lines = [f"## {md(path_heading(result))}", ""]
    lines += [md(no_path_line(result)), ""] if no_path_line(result) else []
    for chain in result.paths:
        lines += [f"**{md(path_summary(chain, result))}**", ""]
        for step in chain.steps:
            lines += _move_markdown(step, _("Step {n}: ").format(n=step.rank))
    if result.nearest:
        lines += [f"### {md(_('Nearest careers to the goal that can be reached'))}", ""]
        lines += [f"- {md(nearest_line(n))}" for n in result.nearest] + [""]
    output.write_data("\n".join(lines))
    _path_notes(result, output)


def emit_path_rich(result: "PathResult", output: "Output") -> None:
    from rich.text import Text

    output.out.print(Text(path_heading(result), style="bold"))
    if no_path_line(result):
        output.out.print(Text("\n" + no_path_line(result)))
    for chain in result.paths:
        output.out.print(Text("\n" + path_summary(chain, result), style="bold"))
        for step in chain.steps:
            output.out.print(_move_rich(step, f"{step.rank}."))
    if result.nearest:
        output.out.print(Text("\n" + _("Nearest careers to the goal that can be reached"), style="bold"))
        for near in result.nearest:
            output.out.print(Text(" - " + nearest_line(near)))
    _path_notes(result, output)


def _path_notes(result: "PathResult", output: "Output") -> None:
    _notes(result.notes, output)


# ---------------------------------------------------------------- reports (report.html, report.md, report.svg)

def moves_report(result: "MovesResult") -> "Report":
    from .reports import Report, Section

    sections = [Section(heading=f"{m.rank}. {marked_title(m)}",
                        paragraphs=[facts_line(m), *codes_line(m)],
                        bullets=[f"{colon(_('Carries over'))} {carried_text(m, REPORT_SHOWN)}",
                                 f"{colon(_('To add'))} {to_add_text(m, REPORT_SHOWN)}"],
                        commands=[f"careers show {m.id}"])
                for m in result.moves]
    sections += [Section(heading=_("Notes"), bullets=result.notes)] if result.notes else []
    return Report(title=moves_heading(result), subtitle=result.career.code, facts=_facts(result.source),
                  chart=None, sections=sections, lang=result.lang)


def path_report(result: "PathResult") -> "Report":
    from .reports import Section

    sections = [Section(heading=no_path_line(result))] if no_path_line(result) else []
    for chain in result.paths:
        bullets = [f"{_('Step {n}: ').format(n=s.rank)}{marked_title(s)} — {colon(_('To add'))} "
                   f"{to_add_text(s, REPORT_SHOWN)}" for s in chain.steps]
        sections.append(Section(heading=path_summary(chain, result), bullets=bullets,
                                commands=[f"careers moves {s.from_id}" for s in chain.steps]))
    if result.nearest:
        sections.append(Section(heading=_("Nearest careers to the goal that can be reached"),
                                bullets=[nearest_line(n) for n in result.nearest]))
    if result.notes:
        sections.append(Section(heading=_("Notes"), bullets=result.notes))
    from .reports import Report

    return Report(title=path_heading(result), subtitle=f"{result.start.id} → {result.goal.id}",
                  facts=_facts(result.source), chart=None, sections=sections, lang=result.lang)


def _facts(source: str) -> list[tuple[str, str]]:
    return [(_("Source"), source)] if source else []
