"""Careers side by side, as a Rich table, Markdown, CSV or JSON.

For people (Rich, Markdown) the facts that tell careers apart come row by row, one value per
career, formatted in the language asked for; rows unknown for every career are left out. For
scripts (JSON, CSV) they are raw values (`compare.career_facts`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterable, Optional, Sequence

import msgspec

from ..facts.onet_texts import onet_wording
from ..i18n import _, dated, listed, percent
from ..profile.schema import RIASEC_TYPES
from ..text import clean
from .profile_format import FIGURES, figure_labels, figure_value, money_range, pay_basis, riasec_names, score

if TYPE_CHECKING:
    from rich.console import Console

    from ..profile.schema import Profile, Source, SourceRow, Wages
    from ..views import Comparison
    from .output import Output

ACCENT = "cyan"


class Row(msgspec.Struct):
    key: str  # stable name of the fact, for scripts
    label: str
    values: list[str]  # one per career, "" when unknown


def comparison_rows(comparison: "Comparison") -> list[Row]:
    """The facts of every career, row by row; rows unknown for every career are left out."""
    from ..explore.compare import display_title, interest_matches, studies_text
    from ..text import language_shown
    from ..views import codes_of, title_mark
    from .cells import codes_cell

    lang = comparison.lang
    profiles = [profile for _id, profile in comparison.careers]
    rows = [
        Row("title", _("Career"), [display_title(p) + title_mark(language_shown(p.title, lang) or "")
                                   for p in profiles]),
        Row("id", _("Id"), [career_id for career_id, _p in comparison.careers]),
        Row("code", _("Holland code"), [p.riasec.code or "" if p.riasec else "" for p in profiles]),
        *_interest_rows(profiles),
        Row("interest_match", _("Interest match with the first"), [_percent(r) for r in interest_matches(profiles)]),
        *work_value_rows_side_by_side(profiles),
        Row("job_zone", _("Job zone"), [_job_zone(p) for p in profiles]),
        Row("education", _("Education"), [onet_wording(p.education) for p in profiles]),
        Row("studies", _("Studies"), [studies_text(p) for p in profiles]),
        Row("eqf_levels", _("Study level (EQF)"), [_eqf(p) for p in profiles]),
        Row("interest_centres", _("Interest centres"), [_tags(p, ("interest",)) for p in profiles]),
        Row("sectors", _("Sectors"), [_tags(p, ("sector", "subsector")) for p in profiles]),
        *competence_count_rows(comparison),
        Row("salary", _("Salary"), [_salary(p, "overall") for p in profiles]),
        Row("salary_junior", _("Junior"), [_salary(p, "junior") for p in profiles]),
        Row("salary_senior", _("Senior"), [_salary(p, "senior") for p in profiles]),
        *sorted_by_rows(comparison),
        *wages_rows(profiles),
        *outlook_rows_side_by_side(profiles),
        *_figure_rows(profiles),
        Row("origin", _("Profile"), [_origin(p) for p in profiles]),
        Row("codes", _("Codes"), [codes_cell(codes_of(p)) for p in profiles]),
    ]
    return [row for row in rows if any(row.values[1 if row.key == "interest_match" else 0:])]


def _percent(r: Optional[float]) -> str:
    from ..quiz.ranking import match_percent

    return percent(match_percent(r)) if r is not None else ""


def _interest_rows(profiles: Sequence["Profile"]) -> list[Row]:
    names = riasec_names()
    return [Row(f"riasec_{t}", f"{t} {names[t]}",
                [score(getattr(p.riasec, t)) if p.riasec else "" for p in profiles]) for t in RIASEC_TYPES]


def _eqf(profile: "Profile") -> str:
    from ..facts.studylevels import fiche_study_levels, levels_text

    return levels_text(fiche_study_levels(profile).levels) if profile.origin == "rome" else ""


def _tags(profile: "Profile", kinds: tuple[str, ...]) -> str:
    from ..explore.compare import tag_facts

    return listed(tag["text"] + (f" ({_('main')})" if tag["main"] else "") for tag in tag_facts(profile, kinds))


def competence_count_rows(comparison: "Comparison") -> list[Row]:
    """How many competences each career has, how many it shares with all the others, how many are its own."""
    found = comparison.competences
    if found is None:
        return []
    ids = [career_id for career_id, _p in comparison.careers]
    common = len(found.in_common)
    return [Row("competences", _("Competences"), [
        _("{total}: {common} in common, {apart} its own").format(
            total=found.counts[i], common=common, apart=len(found.apart[i])) if i in found.counts else ""
        for i in ids])]


SHOWN_COMPETENCES = 12  # in the people's view; JSON gives them all


def comparison_sections(comparison: "Comparison") -> list[tuple[str, list[str]]]:
    """What the careers share and what sets them apart, and the moves between them, as (heading,
    lines) shown under the table: competences in common, each career's own, the reference's moves."""
    from ..explore.compare import display_title

    titles = {career_id: display_title(profile) for career_id, profile in comparison.careers}
    sections = []
    found = comparison.competences
    if found is not None:
        sections.append((_("Competences in common ({n})").format(n=len(found.in_common)),
                         _competence_list(found.in_common)))
        sections += [(_("Only {title} ({n})").format(title=titles[i], n=len(own)), _competence_list(own))
                     for i, own in found.apart.items()]
    if found is not None or comparison.mobility:
        sections.append((_("Moves between them"), [_move_line(move, titles) for move in comparison.mobility]
                         or [_("None listed by the reference between these careers")]))
    if comparison.notes:
        sections.append((_("Notes"), list(comparison.notes)))
    return sections


def _competence_list(found: Sequence[Any]) -> list[str]:
    """The first competences by name (core ones first, marked *), and how many more there are."""
    if not found:
        return [_("none")]
    names = [clean(c.name) + (" *" if c.core_for else "") for c in found[:SHOWN_COMPETENCES]]
    more = len(found) - SHOWN_COMPETENCES
    text = listed(names)
    if more > 0:
        text += " " + _("... and {n} more (--format json lists them all)").format(n=more)
    core = [_("* at the core of the job for at least one of them (ROME: coeur de métier)")] if any(
        c.core_for for c in found) else []
    return [text, *core]


def _move_line(move: Any, titles: dict[str, str]) -> str:
    from ..quiz.ranking import match_percent

    listed = (_("ROME mobility no. {n}") if move.source == "rome_mobility" else
              _("O*NET related occupation no. {n}")).format(n=move.order)
    learn = (" · " + _("{percent}% of its competences to add").format(percent=match_percent(move.to_learn))
             if move.to_learn is not None else "")
    return _("{start} → {end}: {how}").format(start=clean(titles[move.from_id]), end=clean(titles[move.to_id]),
                                             how=listed + learn)


def work_value_rows_side_by_side(profiles: Sequence["Profile"]) -> list[Row]:
    """One row per work value (extent 1-7, O*NET's scale), a derived one marked."""
    from ..quiz.values import KEYS, value_name

    def cell(p: "Profile", i: int) -> str:
        values = p.work_values
        if values is None:
            return ""
        return score(values.scores()[i]) + (" " + _("(derived)") if values.derived else "")

    return [Row(f"value_{key}", value_name(key), [cell(p, i) for p in profiles]) for i, key in enumerate(KEYS)]


def _job_zone(profile: "Profile") -> str:
    zone = profile.job_zone
    if zone is None:
        return ""
    return onet_wording(zone.label) or str(zone.zone)


def _salary(profile: "Profile", which: str) -> str:
    salary = profile.salary
    rng = getattr(salary, which) if salary else None
    if salary is None or rng is None:
        return ""
    basis = pay_basis(salary) if which == "overall" else ""
    return money_range(rng, salary.currency) + (f" {basis}" if basis else "")


def wages_rows(profiles: Sequence["Profile"]) -> list[Row]:
    """Pay statistics side by side: one row per table of figures (source, geography, currency,
    basis, year), its values in the period each career publishes (the year first), then the row
    naming its source. Figures of different currencies or places are never on the same row."""
    from .profile_format import main_pay, pay_spread, period_label, wages_label

    def value(wages: "Wages") -> str:
        figures = main_pay(wages)
        return f"{pay_spread(figures, wages.currency)} ({period_label(figures.period)})" if figures else \
            _("not available")

    return _side_by_side(profiles, lambda p: p.wages, lambda w: wages_label(w), value,
                         "wages", _("Pay: {where}"), _("Pay source"))


def _side_by_side(profiles: Sequence["Profile"], facts: Callable[["Profile"], Sequence[Any]],
                  label: Callable[[Any], str], value: Callable[[Any], str], name: str, heading: str,
                  source_heading: str) -> list[Row]:
    """Sourced facts (pay tables, projections) side by side: one row per label and source, each
    career's values in its column, then the row naming the source."""
    groups: dict[tuple[str, str], list[str]] = {}
    sources: dict[tuple[str, str], list[str]] = {}
    for column, profile in enumerate(profiles):
        for fact in facts(profile):
            key = (label(fact), clean(fact.source.name))
            values = groups.setdefault(key, [""] * len(profiles))
            cited = sources.setdefault(key, [""] * len(profiles))
            values[column] = "\n".join(v for v in (values[column], value(fact)) if v)
            cited[column] = "\n".join(v for v in (cited[column], source_line(fact.source, fact.row)) if v)
    rows = []
    for n, (key, values) in enumerate(groups.items(), 1):
        rows += [Row(f"{name}_{n}", heading.format(where=key[0]), values),
                 Row(f"{name}_source_{n}", source_heading, sources[key])]
    return rows


def source_line(source: "Source", row: Optional["SourceRow"]) -> str:
    """'Occupational Employment and Wage Statistics (OEWS), May 2024 · SOC 2018 15-1252 Software Developers'."""
    from .profile_format import row_label

    return " · ".join(x for x in (dated(clean(source.name)), row_label(row)) if x)  # May 2024 -> mai 2024


def sorted_by_rows(comparison: "Comparison") -> list[Row]:
    """When sorted by pay or outlook: the figure each career was ordered by, 'no figure' marking
    those placed last for want of one."""
    from ..facts.pay import main_outlook, outlook_points, pay_in, pay_points
    from .pay_cells import outlook_cell, outlook_header, pay_cell, pay_header

    profiles = [profile for _id, profile in comparison.careers]
    if comparison.sort == "pay" and comparison.pay_unit is not None:
        return [Row("sorted_by_pay", pay_header(comparison.pay_unit),
                    [pay_cell(pay_in(pay_points(p), comparison.pay_unit)) for p in profiles])]
    if comparison.sort == "outlook":
        points = [main_outlook(outlook_points(p)) for p in profiles]
        return [Row("sorted_by_outlook", outlook_header(points),
                    [outlook_cell(point) or _("no figure") for point in points])]
    return []


def outlook_rows_side_by_side(profiles: Sequence["Profile"]) -> list[Row]:
    """Employment projections side by side: one row per geography and period of projection (the
    change in jobs, openings a year), then the row naming its source."""
    from .profile_format import outlook_label, outlook_summary

    return _side_by_side(profiles, lambda p: p.outlook, lambda o: outlook_label(o),
                         lambda o: outlook_summary(o), "outlook", _("Outlook: {where}"), _("Outlook source"))


def _figure_rows(profiles: Sequence["Profile"]) -> list[Row]:
    labels = figure_labels()
    rows = []
    for name in FIGURES:
        values = []
        for p in profiles:
            figure = getattr(p.key_figures, name) if p.key_figures else None
            values.append(figure_value(figure) if figure else "")
        rows.append(Row(name, labels[name], values))
    return rows


def _origin(profile: "Profile") -> str:
    return _("detailed") if profile.origin == "curated" else {"rome": "ROME"}.get(profile.origin, "O*NET")


def emit_rich(comparison: "Comparison", output: "Output") -> None:
    from rich.text import Text

    render_comparison(comparison_rows(comparison), output.out)
    for heading, lines in comparison_sections(comparison):
        output.out.print(Text(clean(heading), style="bold " + ACCENT))
        for line in lines:
            output.out.print(Text(clean(line)))
    _warn_pay(comparison, output)


def emit_markdown(comparison: "Comparison", output: "Output") -> None:
    from .cells import md_cell

    sections = "".join(f"\n### {md_cell(heading)}\n\n" + "".join(f"- {md_cell(line)}\n" for line in lines)
                       for heading, lines in comparison_sections(comparison))
    output.write_data(comparison_markdown(comparison_rows(comparison)) + sections)
    _warn_pay(comparison, output)


def facts(comparison: "Comparison") -> list[dict[str, Any]]:
    """Each career's facts; with `pay` (its median pay in the comparison's unit, what --sort pay
    orders by) and `outlook_change_percent` (what --sort outlook orders by)."""
    from ..explore.compare import career_facts
    from ..facts.pay import main_outlook, outlook_points, pay_in, pay_points
    from .pay_cells import pay_data

    found = []
    for career_id, profile in comparison.careers:
        fact = career_facts(career_id, profile)
        unit = comparison.pay_unit
        outlook = main_outlook(outlook_points(profile))
        fact["pay"] = pay_data(pay_in(pay_points(profile), unit)) if unit is not None else None
        fact["outlook_change_percent"] = outlook.change_percent if outlook else None
        found.append(fact)
    return found


def emit_json(comparison: "Comparison", output: "Output") -> None:
    _warn_pay(comparison, output)
    output.write_json("compare", {"careers": facts(comparison),
                                  "competences": msgspec.to_builtins(comparison.competences),
                                  "mobility": msgspec.to_builtins(comparison.mobility), "notes": comparison.notes})


def emit_csv(comparison: "Comparison", output: "Output") -> None:
    _warn_pay(comparison, output)
    output.write_data(comparison_csv(facts(comparison), comparison.competences))


def _warn_pay(comparison: "Comparison", output: "Output") -> None:
    for problem in comparison.pay_problems:
        output.message(_("Pay figures not used: {problem}").format(problem=problem))


LABEL_WIDTH, CAREER_WIDTH = 20, 16  # what a side-by-side table needs, in columns


def render_comparison(rows: list[Row], console: "Console") -> None:
    """One column per career; the fact names down the left; the highest interest score
    of each career's profile stands out. When the terminal is too narrow for that, one career
    after the other, so that no word is ever broken."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from ..text import clean

    if console.width < LABEL_WIDTH + CAREER_WIDTH * len(rows[0].values):
        render_stacked(rows, console)
        return

    table = Table(box=box.SIMPLE_HEAD, show_header=True, header_style="bold " + ACCENT, pad_edge=False, expand=True)
    titles, ids = rows[0], rows[1]
    body = rows[2:]
    table.add_column("", style="dim", overflow="fold", ratio=2, min_width=min(18, console.width // 4))
    for title, career_id in zip(titles.values, ids.values):
        table.add_column(Text.assemble(clean(title), "\n", (clean(career_id), "dim")), overflow="fold", ratio=3)
    peaks = _interest_peaks(body)
    for row in body:
        cells = [Text(clean(value), style="bold " + ACCENT if (row.key, i) in peaks else "")
                 for i, value in enumerate(row.values)]
        table.add_row(Text(clean(row.label)), *cells, end_section=row.key in ("code", "riasec_C", "interest_match",
                                                                                   "value_independence"))
    console.print(table)


def render_stacked(rows: list[Row], console: "Console") -> None:
    """Each career as a heading and its facts as label-value lines, wrapped between words."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from ..text import clean

    titles, ids, body = rows[0], rows[1], rows[2:]
    peaks = _interest_peaks(body)
    label_width = min(max(len(row.label) for row in body), max(14, console.width // 2 - 2))
    for column, (title, career_id) in enumerate(zip(titles.values, ids.values)):
        if column:
            console.print()
        console.print(Text.assemble((clean(title), "bold " + ACCENT), " ", (f"({clean(career_id)})", "dim")))
        table = Table(box=box.SIMPLE, show_header=False, pad_edge=False, show_edge=False, padding=(0, 1))
        table.add_column(style="dim", width=label_width)
        table.add_column(ratio=1)
        for row in body:
            if row.values[column]:
                style = "bold " + ACCENT if (row.key, column) in peaks else ""
                table.add_row(Text(clean(row.label)), Text(clean(row.values[column]), style=style))
        console.print(table)


def _interest_peaks(rows: list[Row]) -> set[tuple[str, int]]:
    """(row key, column) of each career's highest RIASEC score."""
    interests = [row for row in rows if row.key.startswith("riasec_")]
    peaks = set()
    for column in range(len(rows[0].values) if rows else 0):
        scored = [(float(row.values[column].replace(",", ".")), row.key) for row in interests if row.values[column]]
        if scored:
            peaks.add((max(scored)[1], column))
    return peaks


def comparison_markdown(rows: list[Row]) -> str:
    from .cells import md_cell

    titles, body = rows[0], rows[1:]
    lines = ["| | " + " | ".join(md_cell(t) for t in titles.values) + " |",
             "|---|" + "---|" * len(titles.values)]
    lines += ["| " + md_cell(row.label) + " | " + " | ".join(md_cell(v) for v in row.values) + " |" for row in body]
    return "\n".join(lines) + "\n"


def comparison_csv(facts: list[dict[str, Any]], competences: Optional[Any] = None) -> str:
    """One line per career; interest scores as six columns R..C, salary bounds as numbers; lists
    (EQF levels, centres, sectors, the career's own competences) joined with "; "; the six work
    values; its codes last."""
    from ..quiz.values import KEYS as VALUE_KEYS
    from .cells import JOIN_COLUMNS, codes_csv, csv_text

    def listed(values: Iterable[Any]) -> str:
        return "; ".join(str(value) for value in values)

    def own(career_id: str) -> list[Any]:
        if competences is None or career_id not in competences.counts:
            return [None, None, None]
        return [competences.counts[career_id], len(competences.in_common),
                listed(c.name for c in competences.apart[career_id])]

    def row(fact: dict[str, Any]) -> list[Any]:
        riasec = fact["riasec"] or {}
        salary = fact["salary"] or {}
        overall = salary.get("overall") or [None, None]
        pay = fact.get("pay") or {}
        return [fact["id"], fact["title"], fact["code"], *(riasec.get(t) for t in RIASEC_TYPES), fact["job_zone"],
                fact["education"], fact["studies"], salary.get("currency"), salary.get("period"),
                salary.get("basis"), overall[0], overall[1], fact["origin"],
                *(pay.get(k) for k in ("amount", "currency", "period", "statistic", "at_least", "converted_from",
                                       "geography", "year", "source")), fact.get("outlook_change_percent"),
                listed(fact["eqf_levels"]), listed(t["text"] for t in fact["interest_centres"]),
                listed(t["text"] for t in fact["sectors"]), *own(fact["id"]),
                *((fact.get("work_values") or {}).get(key) for key in VALUE_KEYS), *codes_csv(fact)]

    header = ["id", "title", "code", *RIASEC_TYPES, "job_zone", "education", "studies", "salary_currency",
              "salary_period", "salary_basis", "salary_min", "salary_max", "origin", "pay", "pay_currency",
              "pay_period", "pay_statistic", "pay_at_least", "pay_converted_from", "pay_geography", "pay_year",
              "pay_source", "outlook_change_percent", "eqf_levels", "interest_centres", "sectors", "competences",
              "competences_in_common", "competences_apart", *(f"value_{key}" for key in VALUE_KEYS), *JOIN_COLUMNS]
    return csv_text(header, (row(fact) for fact in facts))
