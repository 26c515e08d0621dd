"""Reports to hand a student or keep: what a quiz, a compatibility test or a class gave, as a
document (`Report`) that `report_formats` writes as HTML (one self-contained page, for A4), Markdown
or SVG.

A report says when the test was taken, with which item bank, the profile and its Holland code,
the careers that fit with their fit and reasons and how to open each one (`careers show ID`), the
notes (a flat or weakly differentiated profile, what the preferences left out) and how to see the
results again. Text from data files and class files is untrusted: the writers make it inert.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple, Optional

from ..i18n import _, current_language, decimal_marks, listed, percent
from .cells import codes_cell, marked_title

if TYPE_CHECKING:
    from ..quiz.classroom import ClassResult, RowProblem
    from ..quiz.compatibility import Compatibility
    from ..quiz.results import QuizResult

PEOPLE_IN_SUMMARY = 1000  # rows of the people table in a class summary (the rest: --out, --report-dir)


class Bar(NamedTuple):
    label: str
    value: float
    shown: str  # the value as printed
    low: float  # the scale of the bar
    high: float
    strong: bool = False  # drawn in the accent colour (a letter of the code)


class Chart(NamedTuple):
    title: str
    bars: list[Bar]


class Table(NamedTuple):
    headers: list[str]
    rows: list[list[str]]
    numeric: tuple[int, ...] = ()  # columns aligned right
    code: tuple[int, ...] = ()  # columns shown as commands to type
    wide: tuple[int, ...] = ()  # long text columns a printed page shows as a full-width line under the row


class Section(NamedTuple):
    heading: str
    paragraphs: list[str] = []
    table: Optional[Table] = None
    bullets: list[str] = []
    commands: list[str] = []  # command lines to copy


class Report(NamedTuple):
    title: str
    subtitle: str  # a person's name, a career's title, a file
    facts: list[tuple[str, str]]  # label, value
    chart: Optional[Chart]
    sections: list[Section]
    lang: str


def when(taken: Optional[str]) -> str:
    """`2026-11-26T14:20:00+01:00` as `2026-11-26 14:20`."""
    if not taken:
        return ""
    return taken[:16].replace("T", " ")


def fit_word(fit: str) -> str:
    words = {"excellent": _("excellent"), "good": _("good"), "fair": _("fair"), "weak": _("weak")}
    return words.get(fit, fit)


def bank_label(bank_id: Optional[str]) -> str:
    lang = current_language()
    if not bank_id:
        return _("scores given directly (no item bank)")
    from ..quiz.bank import load_bank

    try:
        bank = load_bank(bank_id)
    except Exception:  # noqa: BLE001 - a saved result may name a bank that no longer exists
        return bank_id
    title = bank.title.get(bank.language(lang)) or next(iter(bank.title.values()), "")
    return f"{bank_id} ({title})" if title else bank_id


# ---------------------------------------------------------------- the quiz

def profile_chart(result: "QuizResult") -> Chart:
    from ..quiz.scoring import SCALES, certain_letters, scale_name

    profile = result.profile
    values = [profile.scores[s] for s in SCALES]
    low = min(0.0, *values) if profile.low is None else profile.low
    high = max(values) if profile.high is None else profile.high
    strong = certain_letters(result.code)  # tied letters are not set apart: no one of them is the code's
    return Chart(_("Your interest profile"), [Bar(f"{s} {scale_name(s)}", v, decimal_marks(f"{v:g}"), low, high,
                                                  s in strong)
                                            for s, v in zip(SCALES, values)])


def again_commands(result: "QuizResult") -> list[str]:
    from .quiz_results import rerun_command

    commands = [f"careers results show {result.saved}"] if result.saved else []
    rerun = rerun_command(result)
    return commands + ([rerun] if rerun else [])


def careers_table(result: "QuizResult") -> Table:
    """Rank, career, code, match, fit, then pay and outlook when the result shows them (with the
    marks of the minimum pay), why, its codes, and the command that opens the career."""
    from .quiz_results import pay_columns, pay_row

    extra = [title for title, shown in pay_columns(result) if shown]
    common = shared_reasons([m.reasons for m in result.ranking.matches])
    rows = [[str(m.rank), marked_title(m), m.code, percent(m.match), fit_word(m.fit), *pay_row(result, m),
             own_reasons(m.reasons, common), codes_cell(m), f"careers show {m.id}"] for m in result.ranking.matches]
    return Table(["#", _("Career"), _("Code"), _("Match"), _("Fit"), *extra, _("Why"), _("Codes"), _("Open it with")],
                 rows, numeric=(0, 3, *range(5, 5 + len(extra))), code=(7 + len(extra),),
                 wide=long_text_column(rows, 5 + len(extra)))


LONG_REASONS = 120  # characters: the mean length of the reasons above which they print as full-width lines


def long_text_column(rows: "list[list[str]]", column: int) -> tuple[int, ...]:
    """`(column,)` when its texts are long (French reasons run to 300 characters, a dozen lines in a
    narrow column), so a printed page shows them as full-width lines under their rows; else `()`."""
    texts = [row[column] for row in rows]
    return (column,) if texts and sum(map(len, texts)) / len(texts) > LONG_REASONS else ()


def shared_reasons(reasons: "list[list[str]]") -> list[str]:
    """The reasons every career of a table gives (two careers or more), said once above it instead."""
    if len(reasons) < 2:
        return []
    return [r for r in reasons[0] if all(r in others for others in reasons[1:])]


def own_reasons(reasons: "list[str]", common: list[str]) -> str:
    return listed(r for r in reasons if r not in common)


def common_paragraph(common: list[str]) -> list[str]:
    """'For every career below: ...' (nothing when the careers share no reason)."""
    return [_("For every career below: {reasons}").format(reasons=listed(common))] if common else []


def quiz_report(result: "QuizResult", name: str = "") -> Report:
    code = result.code
    facts = [(_("Date"), when(result.taken)), (_("Item bank"), bank_label(result.profile.bank)),
             (_("Holland code"), code.display + (f" ({', '.join(code.equivalents[:6])})" if code.ties else "")),
             (_("Work values, most important first"), values_text(result.preferences.values))]
    from .quiz_results import ranking_heading, result_footnotes

    shared = shared_reasons([m.reasons for m in result.ranking.matches])
    sections = [Section(ranking_heading(result), common_paragraph(shared), careers_table(result))]
    if not result.ranking.matches:
        sections = [Section(_("Careers that fit your interests"), [_("No career matches your preferences.")])]
    if result.ranking.letter_matches:
        sections.append(letters_section(result))
    if (result.ranking.matches or result.ranking.letter_matches) and result_footnotes(result):
        sections.append(Section(_("Where the pay and outlook figures come from"), bullets=result_footnotes(result)))
    if result.notes:
        sections.append(Section(_("Notes"), bullets=list(result.notes)))
    sections.append(method_section())
    again = again_commands(result)
    if again:
        sections.append(Section(_("See these results again"), commands=again))
    return Report(_("Interest quiz results"), name, [f for f in facts if f[1]], profile_chart(result), sections,
                  result.lang)


def values_text(order: "tuple[str, ...]") -> str:
    """'Relationships, Support, Achievement' ('' when no values were given)."""
    from ..quiz.values import value_name

    return ", ".join(value_name(key) for key in order)


def letters_section(result: "QuizResult") -> Section:
    """The careers ranked apart by their official letters: never mixed with the correlations."""
    from ..quiz.letters import agreement_text
    from .quiz_results import letters_explained, letters_heading, pay_columns, pay_row

    extra = [title for title, shown in pay_columns(result) if shown]
    common = shared_reasons([m.reasons[1:] for m in result.ranking.letter_matches])
    rows = [[str(m.rank), marked_title(m), m.letters, agreement_text(m.agreement), *pay_row(result, m),
             own_reasons(m.reasons[1:], common), codes_cell(m), f"careers show {m.id}"]
            for m in result.ranking.letter_matches]
    return Section(letters_heading(), [letters_explained(), *common_paragraph(common)], Table(
        ["#", _("Career"), _("Letters"), _("Agreement"), *extra, _("Why"), _("Codes"), _("Open it with")], rows,
        numeric=(0, 3, *range(4, 4 + len(extra))), code=(6 + len(extra),), wide=long_text_column(rows, 4 + len(extra))))


def method_section() -> Section:
    return Section(_("How to read it"), [_(
        "Careers are ranked by the correlation between your six interest scores and each career's interest "
        "profile (O*NET, 1-7): the shape of the profile counts, not its level. Match is that correlation as a "
        "percentage; fit is excellent from 0.80, good from 0.60, fair from 0.30, weak below. A ranking is a "
        "starting point for a conversation, not a verdict.")])


# ---------------------------------------------------------------- careers fit

def fit_report(result: "Compatibility") -> Report:
    from ..quiz.scoring import scale_name

    bars = [Bar(_("Overall"), result.percent, percent(result.percent), 0, 100, True)]
    if result.self_assessment:
        part = round(result.self_assessment["score"] * 100)
        bars.append(Bar(_("The career's questions"), part, percent(part), 0, 100))
    for letter, value in ((result.interests or {}).get("scales") or {}).items():
        bars.append(Bar(f"{letter} {scale_name(letter)}", round(value * 100), percent(round(value * 100)), 0, 100))
    facts = [(_("Date"), when(result.taken)), (_("Career"), f"{marked_title(result)} ({result.id})"),
             (_("Codes"), codes_cell(result)),
             (_("Compatibility"), f"{percent(result.percent)} ({fit_word(result.fit)})")]
    sections = [Section(_("Why"), bullets=list(result.reasons)),
                Section(_("Read the whole profile"), commands=[f"careers show {result.id}"]),
                Section(_("How to read it"), [_(
                    "The career's own questions count yes 1, rather yes 2/3, rather no 1/3, no 0; the activities of "
                    "its interest types count from 0 (dislike) to 1 (enjoy), its first letter weighing most. The "
                    "result is the mean of the two parts: excellent from 80%, good from 60%, fair from 40%.")])]
    if result.saved:
        sections.append(Section(_("See these results again"), commands=[f"careers results show {result.saved}"]))
    return Report(_("Compatibility test"), marked_title(result), [f for f in facts if f[1]],
                  Chart(_("Compatibility"), bars),
                  sections, "")


# ---------------------------------------------------------------- a class

def class_report(result: "ClassResult") -> Report:
    from ..quiz.scoring import scale_name

    summary = result.summary()
    prefs = result.preferences
    facts = [(_("Date"), when(result.taken)), (_("File"), result.source),
             (_("Item bank"), bank_label(result.bank)),
             (_("People scored"), str(summary.people)), (_("Rows refused"), str(len(result.problems)))]
    if prefs.max_zone is not None:
        facts.append((_("Highest job zone"), str(prefs.max_zone)))
    if prefs.threshold is not None:
        facts.append((_("Lowest pay"), str(prefs.threshold)))
    total = max(1, summary.people)
    chart = Chart(_("People by the first letter of their Holland code"),
                  [Bar(f"{s} {scale_name(s)}", n, f"{n} ({percent(round(100 * n / total))})", 0, max(1, *summary.first_letters.values()))
                   for s, n in summary.first_letters.items()]) if summary.people else None
    sections = []
    if summary.codes:
        sections.append(Section(_("Most frequent Holland codes"), table=Table(
            [_("Code"), _("People")], [[code, str(n)] for code, n in summary.codes], numeric=(1,))))
    if summary.careers:
        sections.append(Section(_("Careers most often listed"), table=Table(
            [_("Career"), _("Best fit for"), _("Listed for"), _("Codes"), _("Open it with")],
            [[marked_title(c), str(c.first), str(c.listed), codes_cell(c), f"careers show {c.id}"]
             for c in summary.careers],
            numeric=(1, 2), code=(4,))))
    if summary.values:
        sections.append(class_values_section(summary))
    sections.append(people_section(result))
    if result.problems:
        sections.append(Section(_("Rows that could not be scored"), bullets=[refused_line(result.source, p)
                                                                           for p in result.problems]))
    if result.notes:
        sections.append(Section(_("Notes"), bullets=list(result.notes)))
    sections.append(method_section())
    return Report(_("Class results"), result.source, facts, chart, sections, result.lang)


def refused_line(source: str, problem: "RowProblem") -> str:
    """'Name — FILE:LINE: column: message': who was not scored, and why."""
    from ..quiz.classroom import problem_line

    line = problem_line(source, problem)
    return f"{problem.name} — {line}" if problem.name else line


def class_values_section(summary: Any) -> Section:
    """The class's value profile: each value's mean weight (0.5: everyone put it first; 0: nobody among
    their first three)."""
    from ..quiz.values import value_name

    ordered = sorted(summary.values.items(), key=lambda pair: -pair[1])
    return Section(_("What matters most to the class at work"), [_(
        "{n} people ordered the six work values. Each value's mean weight in their order: 0.50 when everyone put "
        "it first, 0 when nobody put it among their first three.").format(n=summary.valued)], Table(
        [_("Work value"), _("Mean weight")], [[value_name(key), decimal_marks(f"{weight:+.2f}")] for key, weight in ordered],
        numeric=(1,)))


def values_mark(person: Any, n: int) -> str:
    """', values +0.56' after a career's match when the person gave their work values."""
    if not person.values or person.fits[n] is None:
        return ""
    return ", " + _("values {fit}").format(fit=decimal_marks(f"{person.fits[n]:+.2f}"))


def people_section(result: "ClassResult") -> Section:
    from ..quiz.ranking import match_percent
    from .class_results import letters_cell

    rows = []
    for block in result.rows():
        for person in block:
            careers = listed(f"{marked_title(ref)} ({percent(match_percent(r))}{values_mark(person, n)})"
                                for n, (ref, r) in enumerate(person.careers))
            careers += letters_cell(person.letters)
            rows.append([str(person.line), person.name, person.code.display, careers])
            if len(rows) == PEOPLE_IN_SUMMARY:
                break
        if len(rows) == PEOPLE_IN_SUMMARY:
            break
    paragraphs = []
    if len(result.people) > PEOPLE_IN_SUMMARY:
        paragraphs.append(_("The first {shown} of {n} people; every person is in the --out file, and with "
                            "--report-dir each has a page of their own.").format(shown=PEOPLE_IN_SUMMARY,
                                                                                 n=len(result.people)))
    return Section(_("People"), paragraphs, Table([_("Line"), _("Name"), _("Code"), _("Careers that fit")], rows,
                                                  numeric=(0,)))
