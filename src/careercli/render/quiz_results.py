"""Quiz and fit results: a Rich screen for people; JSON, CSV and Markdown for scripts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from ..i18n import _, colon, decimal_marks, listed, percent
from ..quiz.letters import agreement_text
from ..text import clean
from .cells import JOIN_COLUMNS, codes_cell, codes_csv, codes_data, marked_title

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from ..facts.pay import Unit
    from ..quiz.compatibility import Compatibility
    from ..quiz.letters import LetterMatch
    from ..quiz.ranking import Match, Preferences
    from ..quiz.results import QuizResult
    from .output import Output

BAR_WIDTH = 36


# ---------------------------------------------------------------- data (JSON / CSV / Markdown)

def match_data(match: "Match") -> dict[str, Any]:
    return _career_data(match, score=match.score, match=match.match, fit=match.fit, code=match.code,
                        centre_match=match.centre_match, centres=match.centres, same_scores=match.same_scores,
                        terms=match.terms, values_fit=match.values_fit, contributions=match.contributions)


def letter_data(match: "LetterMatch") -> dict[str, Any]:
    """A career ranked by its official letters: an agreement (0-6), no correlation, match or fit."""
    return _career_data(match, letters=match.letters, agreement=round(match.agreement, 3))


def _career_data(career: "Match | LetterMatch", same_scores: Optional[list[str]] = None, **how: Any) -> dict[str, Any]:
    """A ranked career as JSON, what its ranking method gives (`how`) after its title, and last the
    careers with the same scores (a correlation's ties; none by letters)."""
    from .pay_cells import outlook_data, pay_data

    return {
        "rank": career.rank,
        "id": career.id,
        "title": career.title,
        **how,
        "codes": career.codes,
        **codes_data(career),
        "job_zone": career.job_zone,
        "salary": {"min": career.salary[0], "max": career.salary[1]} if career.salary else None,
        "pay": pay_data(career.pay),
        "pay_check": career.pay_check,
        "outlook": outlook_data(career.outlook),
        "reasons": career.reasons,
        "method": career.method,
        **({"same_scores": same_scores} if same_scores else {}),
        **({"official_letters": True} if getattr(career, "official_letters", False) else {}),
    }


def preferences_data(prefs: "Preferences") -> dict[str, Any]:
    """The preferences as JSON: `min_salary` keeps its amount (as before), `min_pay` says it all."""
    threshold = prefs.threshold
    min_pay = None if threshold is None else {"amount": threshold.amount, "currency": threshold.currency,
                                              "period": threshold.period, "basis": threshold.basis,
                                              "text": str(threshold)}
    return {"max_zone": prefs.max_zone, "min_salary": threshold.amount if threshold else None, "min_pay": min_pay,
            "detailed_only": prefs.detailed_only, "likes": likes_data(prefs.likes), "values": values_data(prefs.values)}


def values_data(order: "tuple[str, ...]") -> list[dict[str, Any]]:
    """The work values in the person's order: key, English and French name, and its weight."""
    from ..quiz.values import KEYS, VALUES, order_weights

    weights = order_weights(order)
    return [{"key": key, "en": VALUES[KEYS.index(key)].en, "fr": VALUES[KEYS.index(key)].fr,
             "weight": weights[KEYS.index(key)]} for key in order]


def likes_data(likes: "tuple[int, ...]") -> list[dict[str, Any]]:
    """The interest centres picked: number, French label as published, English (careers' translation)."""
    from ..facts.centres import centre

    found = [centre(number) for number in likes]
    return [{"number": c.number, "fr": c.fr, "en": c.en} for c in found if c is not None]


def result_data(result: "QuizResult") -> dict[str, Any]:
    """The `data` of `careers quiz --format json` (envelope version 1)."""
    profile, ranking, prefs = result.profile, result.ranking, result.preferences
    unit = result.pay_unit
    return {
        "bank": profile.bank,
        "profile": profile.scores,
        "answered": profile.answered or None,
        "code": result.code.letters,
        "code_display": result.code.display,
        "equivalent_codes": result.code.equivalents,
        "method": "pearson",
        "preferences": preferences_data(prefs),
        "quality": result.quality,
        "counts": {
            "careers": ranking.careers,
            "ranked": ranking.ranked,
            "without_riasec": ranking.without_riasec,
            "excluded_by_zone": ranking.excluded_zone,
            "excluded_by_salary": ranking.excluded_salary,
            "excluded_not_detailed": ranking.excluded_detail,
            "unknown_zone": ranking.unknown_zone,
            "unknown_salary": ranking.unknown_salary,
            "undecided_salary": ranking.undecided_salary,
            "ranked_by_letters": ranking.ranked_by_letters,
        },
        "notes": result.notes,
        "sort": result.sort,
        "pay_in": {"currency": unit.currency, "period": unit.period, "basis": unit.basis} if unit else None,
        "results": [match_data(m) for m in ranking.matches],
        "results_by_letters": [letter_data(m) for m in ranking.letter_matches],
        "taken": result.taken,
        "answer_string": result.answers,
        "kept_as": result.saved,
        "hidden": [{"id": career_id, "title": title} for career_id, title in result.hidden.items()],
    }


def ranking_heading(result: "QuizResult") -> str:
    """The heading of the ranked careers, worded with care when the profile is flagged (never hidden)."""
    if result.quality:
        return _("Careers that may fit your interests (read with care: see the notes)")
    return _("Careers that fit your interests")


def emit_json(result: "QuizResult", output: "Output") -> None:
    output.write_json("quiz", result_data(result))


CSV_COLUMNS = ("rank", "id", "title", "score", "match", "fit", "code", "codes", "job_zone", "reasons", "method",
               "agreement")


def result_csv(result: "QuizResult") -> str:
    """One row per career: those ranked by correlation, then those ranked by their official
    letters (ranked from 1 again; `code` holds their letters, `agreement` replaces score, match and fit);
    each with its pay (in the result's unit), its outlook and its check against the minimum pay
    (pay_cells.PAY_CSV, pay_check)."""
    from .cells import csv_text
    from .pay_cells import PAY_CSV, csv_values

    rows: list[list[Any]] = [[m.rank, m.id, m.title, m.score, m.match, m.fit, m.code, ";".join(m.codes), m.job_zone,
                              "; ".join(m.reasons), m.method, None, *csv_values(m.pay, m.outlook), m.pay_check]
                             for m in result.ranking.matches]
    rows += [[m.rank, m.id, m.title, None, None, None, m.letters, ";".join(m.codes), m.job_zone, "; ".join(m.reasons),
              m.method, round(m.agreement, 3), *csv_values(m.pay, m.outlook), m.pay_check]
             for m in result.ranking.letter_matches]
    rows = [row + codes_csv(m) for row, m in zip(rows, [*result.ranking.matches, *result.ranking.letter_matches])]
    return csv_text((*CSV_COLUMNS, *PAY_CSV, "pay_check", *JOIN_COLUMNS), rows)


def emit_csv(result: "QuizResult", output: "Output") -> None:
    output.write_data(result_csv(result))
    print_notes(result.notes, output)


def result_markdown(result: "QuizResult") -> str:
    from ..quiz.scoring import SCALES, scale_name
    from .cells import md_cell

    scores = result.profile.scores
    lines = [f"## {_('Your interest profile')}", "", f"| {_('Scale')} | {_('Score')} |", "|---|---:|"]
    lines += [f"| {scale_name(s)} ({s}) | {decimal_marks(f'{scores[s]:g}')} |" for s in SCALES]
    lines += ["", f"**{colon(_('Holland code'))}** {result.code.display}", ""]
    extra = [title for title, shown in pay_columns(result) if shown]
    headers = [_("Career"), _("Code"), _("Match"), _("Fit"), *extra]
    lines += [f"## {ranking_heading(result)}", "", "| # | " + " | ".join(headers) + f" | {_('Codes')} | {_('Why')} |",
              "|---:|---|---|---:|---|" + "---:|" * len(extra) + "---|---|"]
    for m in result.ranking.matches:
        cells = "".join(f"{md_cell(cell)} | " for cell in pay_row(result, m))
        lines.append(f"| {m.rank} | {md_cell(marked_title(m))} (`{m.id}`) | {m.code} | {percent(m.match)} | "
                     f"{_fit_word(m.fit)} | {cells}{md_cell(codes_cell(m))} | {md_cell(listed(m.reasons))} |")
    notes = hidden_note(result) + result_footnotes(result)
    return "\n".join(lines + letters_markdown(result) + (["", *("\n".join([md_cell(n), ""]) for n in notes)]
                                                          if notes else [])) + "\n"


def pay_columns(result: "QuizResult", compact: bool = False) -> tuple[tuple[str, bool], tuple[str, bool]]:
    """The pay and outlook columns, and whether they are shown: pay when a minimum pay was given,
    the careers are sorted by pay, or a listed career has a figure; outlook likewise."""
    from .pay_cells import outlook_header, pay_header

    listed = [*result.ranking.matches, *result.ranking.letter_matches]
    unit = result.pay_unit
    pay = unit is not None and (result.preferences.threshold is not None or result.sort == "pay"
                                or any(m.pay for m in listed))
    outlook = result.sort == "outlook" or any(m.outlook for m in listed)
    return ((pay_header(unit, compact) if unit else "", pay),
            (outlook_header((m.outlook for m in listed), compact), outlook))


def pay_row(result: "QuizResult", match: "Match | LetterMatch") -> list[str]:
    """The pay and outlook cells of one career (those shown), with the marks of the minimum pay."""
    from ..facts.pay import threshold_unit
    from .pay_cells import checked_cell, outlook_cell

    (_pay, pay), (_outlook, outlook) = pay_columns(result)
    threshold = result.preferences.threshold
    cells = []
    if pay:
        cells.append(checked_cell(match.pay, match.pay_check, result.pay_unit,
                                  threshold_unit(threshold) if threshold else None))
    if outlook:
        cells.append(outlook_cell(match.outlook) or (_("no figure") if result.sort == "outlook" else ""))
    return cells


def hidden_note(result: "QuizResult") -> list[str]:
    """The careers the person said are not for them (left out of the list)."""
    if not result.hidden:
        return []
    return [_("Not for you, hidden: {titles}").format(titles=", ".join(result.hidden.values()))]


def result_footnotes(result: "QuizResult") -> list[str]:
    """Where the pay and outlook figures shown come from (and what ≈ means)."""
    from .pay_cells import footnotes

    (_pay, pay), (_outlook, outlook) = pay_columns(result)
    listed = [*result.ranking.matches, *result.ranking.letter_matches]
    return footnotes((m.pay for m in listed) if pay else (), (m.outlook for m in listed) if outlook else ())


def letters_heading() -> str:
    return _("Careers without interest scores, ranked by their official letters")


def letters_explained() -> str:
    return _("These careers have only their classification's own RIASEC letters (France Travail's major and minor), "
             "no interest scores: they are ranked apart, by how their letters agree with the first two of your code "
             "(0 to 6, Iachan's index), not by correlation.")


def letters_markdown(result: "QuizResult") -> list[str]:
    from .cells import md_cell

    matches = result.ranking.letter_matches
    if not matches:
        return []
    extra = [title for title, shown in pay_columns(result) if shown]
    lines = ["", f"## {letters_heading()}", "", letters_explained(), "",
             "| # | " + " | ".join([_("Career"), _("Letters"), _("Agreement"), *extra])
             + f" | {_('Codes')} | {_('Why')} |",
             "|---:|---|---|---:|" + "---:|" * len(extra) + "---|---|"]
    lines += [f"| {m.rank} | {md_cell(marked_title(m))} (`{m.id}`) | {m.letters} | "
              f"{agreement_text(m.agreement)} | "
              + "".join(f"{md_cell(cell)} | " for cell in pay_row(result, m))
              + f"{md_cell(codes_cell(m))} | {md_cell(listed(m.reasons[1:]))} |" for m in matches]
    return lines


def emit_markdown(result: "QuizResult", output: "Output") -> None:
    output.write_data(result_markdown(result))
    print_notes(result.notes, output)


# ---------------------------------------------------------------- Rich

def _fit_word(fit: str) -> str:
    words = {"excellent": _("excellent"), "good": _("good"), "fair": _("fair"), "weak": _("weak")}
    return words.get(fit, fit)


def profile_chart(scores: dict[str, float], low: Optional[float] = None, high: Optional[float] = None,
                  code: str = "", width: int = 80) -> "RenderableType":
    """The six scores as horizontal bars (the style of `careers show`), the code's letters
    highlighted; the bars shrink so that a line fits in `width` columns."""
    from rich.text import Text

    from ..quiz.scoring import SCALES, scale_name

    values = [scores[s] for s in SCALES]
    low = min(0.0, *values) if low is None else low
    high = max(values) if high is None else high
    names = {s: scale_name(s) for s in SCALES}
    name_width = max(len(n) for n in names.values()) + 2
    shown = [decimal_marks(f"{v:g}") for v in values]
    value_width = max(len(v) for v in shown)
    bar_width = max(6, min(BAR_WIDTH, width - (4 + name_width + value_width + 2) - 1))
    chart = Text()
    for scale, value, label in zip(SCALES, values, shown):
        filled = round((value - low) / (high - low) * bar_width) if high > low else 0
        strong = scale in code
        chart.append(f"  {scale} ", style="bold cyan" if strong else "dim")
        chart.append(names[scale].ljust(name_width), style="" if strong else "dim")
        chart.append(label.rjust(value_width) + "  ")
        chart.append("━" * filled, style="cyan" if strong else "bright_black")
        chart.append("─" * (bar_width - filled) + "\n", style="bright_black")
    return chart


def code_line(result: "QuizResult") -> "RenderableType":
    from rich.text import Text

    code = result.code
    line = Text(colon(_("Your Holland code")) + " ")
    line.append(code.display, style="bold")
    if code.ties:
        shown = ", ".join(code.equivalents[:6]) + (" …" if len(code.equivalents) > 6 else "")
        line.append("  " + _("(tie: {ties}; equally valid: {codes})").format(ties=listed(code.ties), codes=shown),
                    style="dim")
    return line


NARROW = 60  # columns below which the careers are listed one under the other, not as a table
FIT_STYLES = {"excellent": "bold green", "good": "green", "fair": "yellow", "weak": "red"}


def results_list(result: "QuizResult") -> "RenderableType":
    """For a narrow terminal: each career on its own lines, wrapped between words."""
    from rich.table import Table
    from rich.text import Text

    table = Table.grid(padding=(0, 1))
    table.add_column(justify="right", no_wrap=True)
    table.add_column(ratio=1)
    for m in result.ranking.matches:
        details = Text(marked_title(m), style="bold")
        details.append(f"\n{m.code} · {percent(m.match)} · ")
        details.append(_fit_word(m.fit), style=FIT_STYLES.get(m.fit, ""))
        figures = [cell for cell in pay_row(result, m) if cell]
        if figures:
            details.append("\n" + " · ".join(figures))
        if m.reasons:
            details.append("\n" + clean(m.reasons[0]), style="dim")
        table.add_row(Text(f"{m.rank}.", style="bold"), details)
    return table


def results_table(result: "QuizResult") -> "RenderableType":
    """Rank, career (with its main reason underneath), code, match and fit label."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(_("Career"), ratio=1)
    table.add_column(_("Code"), no_wrap=True)
    table.add_column(_("Match"), justify="right", no_wrap=True)
    table.add_column(_("Fit"), no_wrap=True)
    add_pay_columns(table, result)
    styles = {"excellent": "bold green", "good": "green", "fair": "yellow", "weak": "red"}
    for m in result.ranking.matches:
        career = Text(marked_title(m), style="bold")
        if m.reasons:
            career.append("\n" + clean(m.reasons[0]), style="dim")
        table.add_row(str(m.rank), career, m.code, percent(m.match), Text(_fit_word(m.fit), style=styles.get(m.fit, "")),
                      *pay_texts(result, m))
    return table


def add_pay_columns(table: Any, result: "QuizResult") -> None:
    for title, shown in pay_columns(result, compact=True):
        if shown:
            table.add_column(title, justify="right")


def pay_texts(result: "QuizResult", match: "Match | LetterMatch") -> list[Any]:
    """The pay and outlook cells for a Rich row; a career kept for want of a figure stands out."""
    from rich.text import Text

    marked = match.pay_check in ("no_figure", "undecided")
    return [Text(cell, style="yellow" if marked and n == 0 else "") for n, cell in enumerate(pay_row(result, match))]


def emit_rich(result: "QuizResult", output: "Output") -> None:
    render_result(result, output.out)
    print_again(result, output.out)
    print_notes(result.notes, output)


def print_again(result: "QuizResult", console: "Console") -> None:
    """How to see these results again: the kept result's number, and the answer string."""
    from rich.text import Text


    if result.saved:
        print_kept(result.saved, console)
    rerun = rerun_command(result)
    if rerun:
        console.print(Text(_("Your answers, to run it again:"), style="dim"))
        # one line whatever the width (the terminal folds it): a newline in it would break a copy-paste into a shell
        console.print(Text("  " + clean(rerun), style="dim"), soft_wrap=True)


def print_kept(number: int, console: "Console") -> None:
    """'Kept as result 3: careers results show 3', the command whole on a line of its own when narrow."""
    from rich.text import Text

    from ..text import command_lines

    for line in command_lines(_("Kept as result {n}:").format(n=number), f"careers results show {number}",
                              console.width):
        console.print(Text(line, style="dim"), soft_wrap=line.startswith("  "))


def render_result(result: "QuizResult", console: "Console") -> None:
    from rich.text import Text

    from ..quiz.scoring import certain_letters

    profile = result.profile
    title = _("Your interest profile")
    if profile.bank:
        title += f" ({profile.bank})"
    console.print(Text(title, style="bold"))
    console.print(profile_chart(profile.scores, profile.low, profile.high, certain_letters(result.code), console.width),
                  end="")
    console.print(code_line(result))
    if result.ranking.matches:
        console.print()
        console.print(Text(ranking_heading(result), style="bold"))
        console.print(results_list(result) if console.width < NARROW else results_table(result))
    if result.ranking.letter_matches:
        console.print()
        console.print(Text(letters_heading(), style="bold"))
        console.print(Text(letters_explained(), style="dim"))
        console.print(letters_table(result, console.width < NARROW))
    for note in [*hidden_note(result), *result_footnotes(result)]:
        console.print(Text(clean(note), style="dim"))


def letters_table(result: "QuizResult", narrow: bool = False) -> "RenderableType":
    """Rank, career (with what it shares with you underneath), its letters and their agreement."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None if narrow else box.SIMPLE_HEAD, pad_edge=False, show_edge=False, show_header=not narrow)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(_("Career"), ratio=1)
    table.add_column(_("Letters"), no_wrap=True)
    table.add_column(_("Agreement"), justify="right", no_wrap=True)
    add_pay_columns(table, result)
    for m in result.ranking.letter_matches:
        career = Text(marked_title(m), style="bold")
        if len(m.reasons) > 1:
            career.append("\n" + clean(m.reasons[1]), style="dim")
        table.add_row(str(m.rank), career, Text(m.letters), agreement_text(m.agreement), *pay_texts(result, m))
    return table


def print_notes(notes: list[str], output: "Output") -> None:
    """What was left out or kept without data, and why: on stderr, so data on stdout stays clean."""
    if notes:
        output.err.print()
    for note in notes:
        output.message(note, style="dim")


# ---------------------------------------------------------------- careers fit

def fit_data(result: "Compatibility") -> dict[str, Any]:
    return {
        "id": result.id,
        "title": result.title,
        "percent": result.percent,
        "fit": result.fit,
        "code": result.code,
        "self_assessment": result.self_assessment,
        "interests": result.interests,
        "reasons": result.reasons,
        **codes_data(result),
    }


def emit_fit_json(result: "Compatibility", output: "Output") -> None:
    output.write_json("fit", fit_data(result))


def emit_fit_rich(result: "Compatibility", output: "Output") -> None:

    render_fit(result, output.out)
    if result.saved:
        print_kept(result.saved, output.out)


def render_fit(result: "Compatibility", console: "Console") -> None:
    from rich.text import Text

    styles = {"excellent": "bold green", "good": "green", "fair": "yellow", "weak": "red"}
    heading = Text(_("Your compatibility with: "), style="bold")
    heading.append(marked_title(result), style="bold")
    console.print(heading)
    line = Text(percent(result.percent) + "  ", style="bold")
    line.append(_fit_word(result.fit), style=styles.get(result.fit, ""))
    console.print(line)
    for reason in result.reasons:
        console.print(Text("  • " + clean(reason)))


def rerun_command(result: "QuizResult") -> Optional[str]:
    """The command that gives these results again, from the answer string."""
    if not result.answers or not result.profile.bank:
        return None
    prefs = result.preferences
    parts = ["careers quiz", f"--bank {result.profile.bank}", f"--answers-string {result.answers}"]
    if prefs.max_zone is not None:
        parts.append(f"--max-zone {prefs.max_zone}")
    if prefs.threshold is not None:
        parts.append(f"--min-salary {_quoted(str(prefs.threshold))}")
    if prefs.detailed_only:
        parts.append("--detailed-only")
    parts += [f"--like {number}" for number in prefs.likes]
    if prefs.values:
        parts.append(f"--values {','.join(prefs.values)}")
    if result.sort != "match":
        parts.append(f"--sort {result.sort}")
    default = _default_pay_unit(result)
    if result.pay_unit is not None and default is not None and tuple(result.pay_unit) != tuple(default):
        parts.append(f"--pay-in {_quoted(str(result.pay_unit))}")
    return " ".join(parts)


def _quoted(text: str) -> str:
    """'3000EUR/month net' as one shell word."""
    return f"'{text}'" if " " in text else text


def _default_pay_unit(result: "QuizResult") -> "Optional[Unit]":
    """The unit a run without --pay-in shows pay in: the minimum pay's, else the language's."""
    from ..facts.pay import default_unit, threshold_unit

    threshold = result.preferences.threshold
    return threshold_unit(threshold) if threshold is not None else default_unit()
