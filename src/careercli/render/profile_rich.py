"""One career profile rendered with Rich, for people (`careers show`): one builder per section.

Every text from the YAML is untrusted: it only ever becomes a `rich.text.Text` built
from the cleaned string (no markup parsing, no control characters). The layout
primitives (render/layout.py) adapt to the width they are given, so the same Group
reads well at 80 columns and stays complete at 40.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional, Sequence

from rich.console import Console, Group, RenderableType
from rich.text import Text

from ..i18n import _, colon, current_language, listed
from ..text import clean
from .layout import (
    ACCENT, BAD, GOOD, MUTED, STRONG, TRACK, WIDE, Bar, Block, Bullets, ByWidth, Frame, Hanging, Heading, Inline,
    Lines, Pairs, Row, Stack, lay_out,
)
from ..facts.onet_texts import zone_name
from .profile_format import (
    marked_text, source_text,
    FIGURES, TITLE_CAP, row_note, cap, capitalized, code_rows, common_provenance, competence_kinds,
    competence_legend, competence_marks, competence_text, figure_labels, figure_source, figure_value, group_by,
    language_names, link_code, link_groups, link_sources, main_pay, match_label, money, money_range, more_label, number,
    official_letters, other_title_forms, outlook_label, outlook_rows, pay_basis, pay_spread, pay_value, period_label,
    provenance, riasec_names, riasec_origin, score, statistic_labels, technologies_shown, text_of, time_span,
    section_heading_for, study_level_rows, title_forms, title_notes, wages_label, wanted_sections, zone_origin, heading_text, group_marks,
    values_origin, work_value_rows, onet_translation_note, onet_wording,
)

if TYPE_CHECKING:
    from ..profile.schema import CompetenceGroup, Outlook, PayFigures, Profile, Range, Salary, Wages
    from ..profile.schema import Text as TextType

Builder = Callable[["Profile"], list[RenderableType]]  # one section's body

# ---------------------------------------------------------------- small text helpers

def _text(value: str, style: str = "") -> Text:
    return Text(clean(value), style=style)


def _loc(text: object, style: str = "") -> Text:
    return Text(text_of(text), style=style)  # type: ignore[arg-type]


def _small(parts: Sequence[str]) -> Text:
    return Text(" · ".join(parts), style=MUTED)


def _subheading(label: str) -> Text:
    return Text(label, style=STRONG)


# ---------------------------------------------------------------- the profile

def render_profile(profile: "Profile", *, sections: Optional[list[str]],
                   similar_titles: Optional[Mapping[str, "TextType"]] = None, moves: Sequence[Any] = ()) -> Group:
    """The whole profile (or the given sections, in reading order) as one Rich Group.

    `similar_titles` maps the ids of similar careers to their titles, when the catalog knows them.
    """
    parts: list[RenderableType] = [_header(profile, show_tagline=sections is None or "overview" in sections)]
    builders: dict[str, Builder] = {**_SECTIONS, "similar": partial(_similar, titles=similar_titles or {}),
                "moves": partial(_moves, moves=moves)}
    for name in wanted_sections(sections):
        body = builders[name](profile)
        if body:
            parts += [Text(), Heading(section_heading_for(profile, name)), Hanging("  ", Stack(*body))]
    return Group(*parts)


def _header(p: "Profile", *, show_tagline: bool) -> RenderableType:
    lang = current_language()
    title, feminine = title_forms(p, lang)
    body: list[RenderableType] = [_title_line(title, feminine, "bold " + ACCENT)]
    for code, (other, other_feminine) in other_title_forms(p).items():
        body.append(Hanging(Text(code.upper() + "  ", style=MUTED), _title_line(other, other_feminine, MUTED)))
    body += [Text(note, style=MUTED) for note in title_notes(p)]
    tagline = text_of(p.tagline)
    if show_tagline and tagline:
        body.append(Text(tagline, style="italic"))
    return Frame(Stack(*body))


def _title_line(title: str, feminine: str, style: str) -> Text:
    line = Text(title, style=style)
    return line.append(" / ", style=MUTED).append(feminine, style=style) if feminine else line


def _overview(p: "Profile") -> list[RenderableType]:
    return [_loc(p.introduction)] if p.introduction else []


def _studies(p: "Profile") -> list[RenderableType]:
    if p.studies is None:
        return []
    out: list[RenderableType] = [_loc(p.studies.summary)] if p.studies.summary else []
    if p.studies.length:
        out.append(Text.assemble((_("Length") + "  ", MUTED), (text_of(p.studies.length), STRONG)))
    return out


def _qualities(p: "Profile") -> list[RenderableType]:
    items = [capitalized(text_of(q)) for q in p.qualities]
    return [Bullets([Text(i) for i in items if i], columns=True)] if items else []


def _competences(p: "Profile") -> list[RenderableType]:
    """Know-how and knowledge under their group headings, soft skills in columns; marks explained once."""
    c = p.competences
    if c is None:
        return []
    out: list[RenderableType] = []
    marks: set[str] = set()
    for kind, label in competence_kinds().items():
        value = getattr(c, kind)
        if not value:
            continue
        out += ([Text()] if out else []) + [_subheading(label)]
        if kind == "soft_skills":
            out.append(Bullets([Text(competence_text(item)) for item in value], columns=True))
            marks |= competence_marks(value)
        else:
            out += [_competence_group(group) for group in value]
            marks |= set().union(*(group_marks(g) for g in value))
    small = ([text_of(c.note)] if c.note else []) + ([competence_legend(marks)] if marks else [])
    return out + ([_small(small)] if small else [])


def _competence_group(group: "CompetenceGroup") -> RenderableType:
    heading = Text(heading_text(group))
    if not group.items:
        return Hanging(Text("▸ ", style=ACCENT), heading)
    items = Bullets([Text(competence_text(item)) for item in group.items], "·", MUTED)
    return Hanging(Text("▸ ", style=ACCENT), Stack(heading, items))


def _conditions(p: "Profile") -> list[RenderableType]:
    """The conditions text, then the work contexts by kind."""
    out: list[RenderableType] = [_loc(p.conditions)] if p.conditions else []
    for group in p.work_contexts:
        items = [_loc(item) for item in group.items]
        out += ([Text()] if out else []) + [_subheading(text_of(group.heading)), Inline(items)]
    return out


def _bullets(field: str, marker: str = "•", columns: bool = False) -> Builder:
    def build(p: "Profile") -> list[RenderableType]:
        items = [_loc(item) for item in getattr(p, field)]
        return [Bullets(items, marker, columns=columns)] if items else []
    return build


# ---------------------------------------------------------------- salary

def _salary(p: "Profile") -> list[RenderableType]:
    """The profile's own salary, then each table of pay statistics (e.g. BLS, United States)."""
    out = _own_salary(p.salary) if p.salary else []
    for wages in p.wages:
        out += ([Text()] if out else []) + _wages(wages)
    return out


def _own_salary(s: "Salary") -> list[RenderableType]:
    out: list[RenderableType] = []
    basis = pay_basis(s)
    if s.overall is not None:
        out.append(Text.assemble((money_range(s.overall, s.currency), "bold"), ("  " + basis, MUTED)))
    levels = [(label, rng) for label, rng in ((_("Junior"), s.junior), (_("Senior"), s.senior)) if rng]
    if levels:
        out.append(_salary_bars(s, levels))
    if not s.overall and basis:
        out.append(Text(basis, style=MUTED))
    if s.allowances:
        out.append(Text.assemble(("+ ", ACCENT), text_of(s.allowances)))
    if s.note:
        out.append(_loc(s.note))
    small = provenance(s.estimate, s.year, s.source)
    if small:
        out.append(_small(small))
    return out


def _salary_bars(s: "Salary", levels: list[tuple[str, "Range"]]) -> RenderableType:
    ranges = [rng for _l, rng in levels] + ([s.overall] if s.overall else [])
    scale = (min(r.min for r in ranges), max(r.max for r in ranges))
    amounts = [money_range(rng, s.currency) for _l, rng in levels]
    label_w = max(Text(label).cell_len for label, _r in levels)
    amount_w = max(Text(a).cell_len for a in amounts)
    axis_ends = (money(scale[0], s.currency), money(scale[1], s.currency))

    def wide() -> RenderableType:
        rows: list[RenderableType] = [
            Row([Text(label, style=STRONG), Text(amount), Bar(rng.min, rng.max, scale)], [label_w, amount_w, None])
            for (label, rng), amount in zip(levels, amounts)]
        rows.append(Row([Text(), Text(), _Axis(*axis_ends)], [label_w, amount_w, None]))
        return Stack(*rows)

    def narrow() -> RenderableType:
        rows: list[RenderableType] = []
        for (label, rng), amount in zip(levels, amounts):
            rows += [Text.assemble((label, STRONG), "  ", amount), Bar(rng.min, rng.max, scale)]
        return Stack(*rows, _Axis(*axis_ends))

    return ByWidth(label_w + amount_w + 4 + 24, wide, narrow)


class _Axis(Block):
    """The two ends of a scale, under a bar: low on the left, high on the right."""

    def __init__(self, low: str, high: str) -> None:
        self.low, self.high = low, high

    def lines(self, console: Console, width: int) -> Lines:
        gap = width - Text(self.low).cell_len - Text(self.high).cell_len
        return lay_out(console, Text(self.low + " " * max(1, gap) + self.high, style=MUTED), width)


# ---------------------------------------------------------------- pay statistics and outlook

def _wages(w: "Wages") -> list[RenderableType]:
    """Where and when, the main period as a bar (10th to 90th percentile, median marked), the
    other figures as pairs, then the small print: source, reference, source row."""
    out: list[RenderableType] = [_subheading(wages_label(w))]
    main = main_pay(w)
    if main is not None:
        out += _pay_bar(main, w.currency)
    rows = _main_rows(main, w.currency) if main is not None else []
    rows += [(capitalized(period_label(f.period)), Text(pay_spread(f, w.currency)))
             for f in w.pay if f is not main]
    if w.employment is not None:
        rows.append((_("Employment"), Text(number(w.employment))))
    rows = [(label, value) for label, value in rows if value.plain]
    if rows:
        out.append(Pairs(rows))
    note = row_note(w.row)
    if note:
        out.append(Text(note, style="italic"))
    if w.note:
        out.append(_loc(w.note))
    out.append(_small(figure_source(w.source, w.row, w.reference or str(w.year))))
    return out


def _main_rows(f: "PayFigures", currency: str) -> list[tuple[str, Text]]:
    """The middle half and the mean of the period drawn as a bar."""
    low, high = pay_value(f, "p25", currency), pay_value(f, "p75", currency)
    middle = f"{low} – {high}" if low and high else ""
    return [(_("25th–75th percentile"), Text(middle)), (_("Mean"), Text(pay_value(f, "mean", currency)))]


def _pay_bar(f: "PayFigures", currency: str) -> list[RenderableType]:
    """'Median $133,080 per year', a bar from the 10th to the 90th percentile (the middle half
    thick, the median marked ┃), and under it the two ends."""
    labels = statistic_labels()
    out: list[RenderableType] = []
    if f.median is not None or "median" in f.suppressed:
        out.append(Text.assemble((labels["median"] + "  ", MUTED), (pay_value(f, "median", currency), "bold"),
                                 ("  " + period_label(f.period), MUTED)))
    if f.p10 is None or f.p90 is None or f.p10 >= f.p90:
        return out + [_small([f"{labels[s]} {pay_value(f, s, currency)}" for s in ("p10", "p90")
                              if pay_value(f, s, currency)])]
    low = f.p25 if f.p25 is not None else f.p10
    high = f.p75 if f.p75 is not None else f.p90
    out += [Bar(low, high, (f.p10, f.p90), mark=f.median),
            _Axis(pay_value(f, "p10", currency), pay_value(f, "p90", currency)),
            _Axis(labels["p10"], labels["p90"]),
            _small([_("━ 25th to 75th percentile"), _("┃ median")])]
    return out


def _outlook(p: "Profile") -> list[RenderableType]:
    out: list[RenderableType] = []
    for outlook in p.outlook:
        out += ([Text()] if out else []) + _outlook_block(outlook)
    return out


def _outlook_block(o: "Outlook") -> list[RenderableType]:
    out: list[RenderableType] = [_subheading(outlook_label(o))]
    rows = outlook_rows(o)
    if rows:
        out.append(Pairs([(label, Text(value)) for label, value in rows]))
    note = row_note(o.row)
    if note:
        out.append(Text(note, style="italic"))
    out.append(_small(figure_source(o.source, o.row)))
    return out


# ---------------------------------------------------------------- key figures

def _figures(p: "Profile") -> list[RenderableType]:
    kf = p.key_figures
    if kf is None:
        return []
    present = [(name, getattr(kf, name)) for name in FIGURES if getattr(kf, name) is not None]
    labels = figure_labels()
    shared = common_provenance([fig for _n, fig in present]) if present else (False, None, None)
    cards: list[RenderableType] = []
    for name, fig in present:
        value = Text(figure_value(fig) or "—", style=STRONG)
        card: list[RenderableType] = [Text(labels[name], style=MUTED), value]
        note = text_of(fig.note)
        own = provenance(fig.estimate and not shared[0], fig.year if fig.year != shared[1] else None,
                         fig.source if fig.source != shared[2] else None)
        if note or own:
            card.append(Text(" · ".join(([note] if note else []) + own), style="italic " + MUTED))
        cards.append(Stack(*card))
    out: list[RenderableType] = [_Cards(cards)] if cards else []
    footer = ([text_of(kf.region)] if kf.region else []) + provenance(*shared)
    if footer:
        out.append(_small(footer))
    return out


class _Cards(Block):
    """Small blocks in a grid: three a row at 80 columns, two at 40."""

    def __init__(self, cards: list[RenderableType]) -> None:
        self.cards = cards

    def lines(self, console: Console, width: int) -> Lines:
        per_row = 3 if width >= 66 else 2 if width >= 34 else 1
        out: Lines = []
        for start in range(0, len(self.cards), per_row):
            chunk = self.cards[start:start + per_row]
            chunk += [Text()] * (per_row - len(chunk))
            out += ([[]] if out else []) + Row(chunk, [None] * per_row, gap=3, min_flex=8).lines(console, width)
        return out


# ---------------------------------------------------------------- tools, day, facts, testimony

def _tools(p: "Profile") -> list[RenderableType]:
    out: list[RenderableType] = []
    if p.tools:
        out.append(Bullets([_loc(t) for t in p.tools]))
    shown, hidden = technologies_shown(p)
    if not shown:
        return out
    if out:
        out.append(Text())
    out.append(_subheading(_("Technologies")))
    items = []
    for category, techs in group_by(shown, lambda t: text_of(t.category)):
        line = Text.assemble((colon(category) + " ", MUTED)) if category else Text()
        for index, tech in enumerate(techs):
            line.append(", " if index else "").append(clean(tech.name))
            line.append(" ★" if tech.hot else "", style=ACCENT).append(" ▲" if tech.in_demand else "", style=ACCENT)
        items.append(line)
    out.append(Bullets(items))
    legend = [f"★ {_('hot technology')}"] * any(t.hot for t in shown) + [f"▲ {_('in demand')}"] * any(
        t.in_demand for t in shown)
    if hidden or legend:
        out.append(_small(([more_label(hidden)] if hidden else []) + legend))
    return out


def _day(p: "Profile") -> list[RenderableType]:
    blocks = [(time_span(b.start, b.end), text_of(b.text)) for b in p.typical_day]
    if not blocks:
        return []
    time_w = max(Text(t).cell_len for t, _x in blocks)

    def wide() -> RenderableType:
        pad = " " * (time_w + 1)
        out: list[RenderableType] = []
        for index, (time, text) in enumerate(blocks):
            if index:
                out.append(Text(pad + "│", style=TRACK))
            first = Text.assemble((time.ljust(time_w), STRONG), " ", ("●", ACCENT), " ")
            rest = Text.assemble(pad, ("│" if index < len(blocks) - 1 else " ", TRACK), " ")
            out.append(Hanging(first, Text(text), rest))
        return Stack(*out)

    def narrow() -> RenderableType:
        out: list[RenderableType] = []
        for index, (time, text) in enumerate(blocks):
            last = index == len(blocks) - 1
            out.append(Text.assemble(("● ", ACCENT), (time, STRONG)))
            gutter = Text("│ " if not last else "  ", style=TRACK)
            out.append(Hanging(gutter, Text(text), gutter))
            if not last:
                out.append(Text("│", style=TRACK))
        return Stack(*out)

    return [ByWidth(time_w + 40, wide, narrow)]


def _topic(heading: Text, body: Text) -> RenderableType:
    """A bold heading after a marker, its text indented under it (facts, FAQ)."""
    return Hanging(Text("▸ ", style=ACCENT), Stack(heading, body))


def _facts(p: "Profile") -> list[RenderableType]:
    out: list[RenderableType] = []
    for fact in p.facts:
        out += [Text(), _topic(_loc(fact.heading, STRONG), _loc(fact.text))]
    return out[1:]


def _testimony(p: "Profile") -> list[RenderableType]:
    t = p.testimony
    if t is None:
        return []
    out: list[RenderableType] = [Hanging(Text("│ ", style=ACCENT), _loc(t.quote, "italic"),
                                         Text("│ ", style=ACCENT))]
    who = ", ".join(x for x in (clean(t.name or ""), text_of(t.role)) if x)
    if who:
        out.append(Text("  — " + who, style=MUTED))
    return out


# ---------------------------------------------------------------- training, workplaces, pros and cons

def _training(p: "Profile") -> list[RenderableType]:
    out: list[RenderableType] = []
    width = len(str(len(p.training_path)))
    for index, step in enumerate(p.training_path, 1):
        out.append(Hanging(Text(f"{index:>{width}}. ", style=ACCENT), _loc(step)))
    if p.schools:
        if out:
            out.append(Text())
        out.append(_subheading(_("Schools")))
        schools = [Text.assemble(clean(s.name), (" — " + clean(s.city), MUTED) if s.city else "") for s in p.schools]
        out.append(Bullets(schools, columns=True))
    return out


def _workplaces(p: "Profile") -> list[RenderableType]:
    items = [Text.assemble(text_of(w.kind),
                           (" — " + ", ".join(clean(e) for e in w.examples), MUTED) if w.examples else "")
             for w in p.workplaces]
    return [Bullets(items)] if items else []


def _pros_cons(p: "Profile") -> list[RenderableType]:
    if not (p.pros or p.cons):
        return []

    def column(label: str, items: list, marker: str, style: str) -> RenderableType:
        texts = [_loc(i) for i in items]
        return Stack(Text(label, style="bold " + style), Bullets(texts, marker, style))

    pros = column(_("Pros"), p.pros, "✓", GOOD) if p.pros else None
    cons = column(_("Cons"), p.cons, "✗", BAD) if p.cons else None
    both = [c for c in (pros, cons) if c is not None]
    if len(both) == 1:
        return both

    def narrow() -> RenderableType:
        return Stack(pros, Text(), cons)  # type: ignore[arg-type]

    return [ByWidth(WIDE - 2, lambda: Row([pros, cons], [None, None], gap=4), narrow)]  # type: ignore[list-item]


def _faq(p: "Profile") -> list[RenderableType]:
    out: list[RenderableType] = []
    for q in p.faq:
        out += [Text(), _topic(_loc(q.question, STRONG), _loc(q.answer))]
    return out[1:]


def _similar(p: "Profile", *, titles: Mapping[str, "TextType"]) -> list[RenderableType]:
    items = [Text.assemble(marked_text(titles[s]), ("  " + s, MUTED)) if s in titles else _text(s)
             for s in p.similar]
    return [Bullets(items, "→")] if items else []


def _moves(p: "Profile", *, moves: Sequence[Any]) -> list[RenderableType]:
    """The first moves, each with what it asks to learn, and the command that lists them all."""
    from .cells import marked_title
    from .moves_results import move_brief, moves_pointer

    if not moves:
        return []
    items = [Text.assemble((marked_title(m), STRONG), ("  " + m.id, MUTED), "\n" + move_brief(m))
             for m in moves]
    return [Bullets(items, "→"), Text(moves_pointer(moves[0].from_id), style=MUTED)]


def _see_also(p: "Profile") -> list[RenderableType]:
    """Counterparts in other classifications by classification, each with its match type."""
    out: list[RenderableType] = []
    for heading, links in link_groups(p.links):
        items = [Text.assemble((link_code(link) + "  ", STRONG) if link_code(link) else "",
                               marked_text(link.title) if link.title else clean(link.code),
                               ("  " + match_label(link.match), MUTED))
                 for link in links]
        out += ([Text()] if out else []) + [_subheading(heading), Bullets(items, "→")]
    sources = link_sources(p.links)
    if sources:
        out.append(_small([_("Source: {source}").format(source=listed(sources))]))
    return out


def _criteria(p: "Profile") -> list[RenderableType]:
    """The profile's criteria tags by kind (a kind's main one first, in bold); a profile with only
    its author's criteria shows them without a subheading."""
    from ..facts.tags import group_label, grouped, profile_tags

    groups = grouped(profile_tags(p))
    out: list[RenderableType] = []
    for kind, tags in groups:
        items = [Text(text_of(t.text), style=STRONG if t.main else "") for t in tags]
        heading = [] if [k for k, _tags in groups] == ["criterion"] else [_subheading(group_label(kind, tags))]
        out += ([Text()] if out else []) + heading + [Inline(items)]
    return out


# ---------------------------------------------------------------- interests, codes, sources

def _interests(p: "Profile") -> list[RenderableType]:
    out: list[RenderableType] = []
    if p.riasec is not None:
        out += _riasec(p)
    jz = p.job_zone
    rows: list[tuple[str, RenderableType]] = []
    if jz is not None:
        label = zone_name(onet_wording(jz.label))
        rows.append((_("Job zone"), Text.assemble((f"{jz.zone}/5", STRONG), ("  " + label) if label else "")))
        rows += [(key, Text(onet_wording(text))) for key, text in
                 ((_("Typical education"), jz.education), (_("Experience"), jz.experience)) if text]
    if p.education:
        rows.append((_("Education"), Text(onet_wording(p.education))))
    levels, read_from = study_level_rows(p)
    if levels is not None:
        rows.append((_("Study level (EQF)"), Text(levels)))
    official = p.riasec_official
    if official is not None:
        rows.insert(0, (_("Official RIASEC letters"), Text(official_letters(official), style=STRONG)))
    if rows:
        out += ([Text()] if out else []) + [Pairs(rows)]
    if read_from:
        out.append(_small(read_from))
    if jz is not None and zone_origin(jz):
        out.append(_small(zone_origin(jz)))
    if onet_translation_note(p):
        out.append(_small(onet_translation_note(p)))
    if official is not None and official.source:
        out.append(_small([_("Official letters: {source}").format(source=clean(official.source))]))
    return out


def _riasec(p: "Profile") -> list[RenderableType]:
    r = p.riasec
    assert r is not None
    names = riasec_names()
    top = set(r.code or "")
    name_w = max(Text(n).cell_len for n in names.values()) + 2
    rows: list[RenderableType] = []
    for letter, value in zip("RIASEC", r.scores()):
        style = ACCENT if letter in top else TRACK
        label = Text.assemble((letter + " ", style + " bold" if letter in top else MUTED),
                              (names[letter], "" if letter in top else MUTED))
        rows.append(Row([label, Text(score(value)), Bar(1, value, (1, 7), style, limit=36)],
                        [name_w, 4, None], gap=2, min_flex=8))
    out: list[RenderableType] = [Stack(*rows)]
    if r.code:
        spelled = ", ".join(names[c] for c in r.code)
        out.append(Text.assemble((_("Holland code") + "  ", MUTED), (r.code, "bold " + ACCENT), f"  ({spelled})"))
    origin = riasec_origin(r)
    if origin:
        out.append(Text("\n".join(origin), style=MUTED))
    return out


def _work_values(p: "Profile") -> list[RenderableType]:
    """The six work values as bars on O*NET's extent scale (1-7), the job's three highest marked."""
    values = p.work_values
    if values is None:
        return []
    rows_data = work_value_rows(values)
    name_w = max(Text(name).cell_len for name, _v, _top in rows_data) + 2
    rows: list[RenderableType] = [
        Row([Text(name, style="" if top else MUTED), Text(score(value)),
             Bar(1, value, (1, 7), ACCENT if top else TRACK, limit=36)], [name_w, 4, None], gap=2, min_flex=8)
        for name, value, top in rows_data]
    out: list[RenderableType] = [Stack(*rows)]
    origin = values_origin(values)
    if origin:
        out.append(Text("\n".join(origin), style=MUTED))
    return out


def _codes(p: "Profile") -> list[RenderableType]:
    rows: list[tuple[str, RenderableType]] = [(label, Text("\n".join(values) if label == "ESCO" else ", ".join(values)))
                                              for label, values in code_rows(p)]
    out: list[RenderableType] = [Pairs(rows)] if rows else []
    titles = p.other_titles
    if titles is not None:
        per_lang = [(name, getattr(titles, code)) for code, name in language_names().items() if getattr(titles, code)]
        if per_lang:
            if out:
                out.append(Text())
            out.append(_subheading(_("Other titles")))
            for name, items in per_lang:
                shown, hidden = cap(items, TITLE_CAP)
                out += [Text(name, style=MUTED), Bullets([_text(t) for t in shown], "·", MUTED, columns=True)]
                if hidden:
                    out.append(Text("  " + more_label(hidden), style=MUTED))
    return out


def _sources(p: "Profile") -> list[RenderableType]:
    out: list[RenderableType] = []
    for s in p.sources:
        lines: list[RenderableType] = [_text(s.name, STRONG)]
        details = [source_text(x) for x in (s.publisher, s.version, s.retrieved) if x]
        if s.licence:
            details.append(_("Licence: {licence}").format(licence=source_text(s.licence)))
        if details:
            lines.append(_small(details))
        if s.url:
            lines.append(_text(s.url, ACCENT))
        if s.note:
            lines.append(Text(source_text(s.note)))
        if s.attribution:
            lines.append(Text(source_text(s.attribution), style="italic"))
        out += ([Text()] if out else []) + [Hanging(Text("• ", style=ACCENT), Stack(*lines))]
    if p.licence:
        licence = Text.assemble((_("Licence of this profile") + "  ", MUTED), source_text(p.licence))
        out += ([Text()] if out else []) + [licence]
    return out


_SECTIONS: dict[str, Builder] = {
    "overview": _overview,
    "studies": _studies,
    "qualities": _qualities,
    "competences": _competences,
    "salary": _salary,
    "outlook": _outlook,
    "conditions": _conditions,
    "figures": _figures,
    "missions": _bullets("missions"),
    "tools": _tools,
    "day": _day,
    "facts": _facts,
    "testimony": _testimony,
    "training": _training,
    "workplaces": _workplaces,
    "pros-cons": _pros_cons,
    "tips": _bullets("tips", "→"),
    "self-assessment": _bullets("self_assessment", "?"),
    "faq": _faq,
    "regions": _bullets("regions", columns=True),
    "see-also": _see_also,
    "criteria": _criteria,
    "interests": _interests,
    "values": _work_values,
    "codes": _codes,
    "sources": _sources,
}
