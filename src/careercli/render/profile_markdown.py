"""One career profile as GitHub-flavoured Markdown (`careers show --format markdown`).

Every text from the YAML is untrusted: control characters are stripped and Markdown
syntax is escaped, so a profile cannot inject headings, links, HTML or table cells.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional, Sequence

from ..i18n import _, colon, current_language, listed
from ..text import clean
from .cells import md, md_cell, md_url
from ..facts.onet_texts import zone_name
from .profile_format import (
    marked_text, source_text,
    FIGURES, PAY_STATISTICS, row_note, capitalized, code_rows, common_provenance, competence_kinds,
    competence_legend, competence_marks, competence_text, figure_labels, figure_source, figure_value, group_by,
    has_figures, language_names, link_code, link_groups, link_sources, match_label, money_range, more_label, number,
    official_letters, other_title_forms, outlook_label, outlook_rows, pay_basis, pay_value, period_label, provenance,
    riasec_names, riasec_origin, score, statistic_labels, study_level_rows, technologies_shown, text_of, time_span,
    title_forms, title_notes, heading_text, group_marks, values_origin, work_value_rows, zone_origin,
    wages_label, wanted_sections, section_heading_for, onet_translation_note, onet_wording,
)

if TYPE_CHECKING:
    from ..profile.schema import CompetenceGroup, Outlook, Profile, Salary, Text, Wages
    from ..views import ProfileView
    from .output import Output

def _t(text: Optional["Text"]) -> str:
    return md(text_of(text))


def _bullets(items: Sequence[str]) -> list[str]:
    return [f"- {item}".replace("\n", "\n  ") for item in items]


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _h in header) + "|"]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def profile_markdown(profile: "Profile", *, sections: Optional[list[str]],
                     similar_titles: Optional[Mapping[str, "Text"]] = None, moves: Sequence[Any] = ()) -> str:
    """The whole profile (or the given sections) as GitHub-flavoured Markdown.

    `similar_titles` maps the ids of similar careers to their titles, when the catalog knows them.
    """
    lang = current_language()
    title, feminine = title_forms(profile, lang)
    out = ["# " + md(title) + (f" / {md(feminine)}" if feminine else "")]
    others = [f"{colon(code.upper())} {md(t)}" + (f" / {md(f)}" if f else "")
              for code, (t, f) in other_title_forms(profile).items()]
    lines = [md(_("Also known as")) + " — " + listed(others)] if others else []
    lines += [md(note) for note in title_notes(profile, limit=None)]
    if sections is None or "overview" in sections:
        lines += [f"*{line.strip()}*" for line in _t(profile.tagline).splitlines() if line.strip()]
    if lines:
        out += ["", "\n".join(_hard_breaks(lines))]
    builders: dict[str, Callable[["Profile"], list[str]]] = {
        **_MD_SECTIONS, "similar": partial(_md_similar, titles=similar_titles or {}),
        "moves": partial(_md_moves, moves=moves)}
    for name in wanted_sections(sections):
        body = builders[name](profile)
        if body:
            out += ["", "## " + md(section_heading_for(profile, name)), "", *body]
    return "\n".join(out) + "\n"


def _md_overview(p: "Profile") -> list[str]:
    return [_t(p.introduction)] if p.introduction else []


def _md_studies(p: "Profile") -> list[str]:
    if p.studies is None:
        return []
    out = [_t(p.studies.summary)] if p.studies.summary else []
    if p.studies.length:
        out += ["", f"**{md(colon(_('Length')))}** {_t(p.studies.length)}"]
    return out


def _md_list(field: str) -> Callable[["Profile"], list[str]]:
    return lambda p: _bullets([_t(item) for item in getattr(p, field)])


def _md_salary(p: "Profile") -> list[str]:
    """The profile's own salary, then each table of pay statistics (e.g. BLS, United States)."""
    out = _md_own_salary(p.salary) if p.salary else []
    for wages in p.wages:
        out += ([""] if out else []) + _md_wages(wages)
    return out


def _md_own_salary(s: "Salary") -> list[str]:
    basis = md(pay_basis(s))
    out = []
    for label, rng in ((_("Overall"), s.overall), (_("Junior"), s.junior), (_("Senior"), s.senior)):
        if rng is not None:
            out.append(f"- **{md(colon(label))}** {md(money_range(rng, s.currency))} {basis}".rstrip())
    if s.allowances:
        out.append(f"- **{md(colon(_('Allowances')))}** {_t(s.allowances)}")
    if s.note:
        out.append(f"- {_t(s.note)}")
    small = provenance(s.estimate, s.year, s.source)
    return out + (["", "*" + md(" · ".join(small)) + "*"] if small else [])


def _md_wages(w: "Wages") -> list[str]:
    """A table: one row per statistic, one column per period; then employment and the small print."""
    periods = [f for f in w.pay if has_figures(f) or f.suppressed]
    labels = statistic_labels()
    rows = [[md_cell(labels[s]), *(md_cell(pay_value(f, s, w.currency)) for f in periods)]
            for s in PAY_STATISTICS if any(pay_value(f, s, w.currency) for f in periods)]
    header = ["", *(md(capitalized(period_label(f.period))) for f in periods)]
    out = [f"**{md(wages_label(w))}**", ""] + (_table(header, rows) if rows else [])
    extra = []
    if w.employment is not None:
        extra.append(f"- **{md(colon(_('Employment')))}** {number(w.employment)}")
    extra += [f"- {md(text)}" for text in (row_note(w.row), text_of(w.note)) if text]
    small = "*" + md(" · ".join(figure_source(w.source, w.row, w.reference or str(w.year)))) + "*"
    return out + ([""] + extra if extra else []) + ["", small]


def _md_outlook(p: "Profile") -> list[str]:
    out: list[str] = []
    for outlook in p.outlook:
        out += ([""] if out else []) + _md_outlook_block(outlook)
    return out


def _md_outlook_block(o: "Outlook") -> list[str]:
    out = [f"**{md(outlook_label(o))}**", ""]
    out += [f"- **{md(colon(label))}** {md(value)}" for label, value in outlook_rows(o)]
    note = row_note(o.row)
    if note:
        out.append(f"- {md(note)}")
    return out + ["", "*" + md(" · ".join(figure_source(o.source, o.row))) + "*"]


def _md_conditions(p: "Profile") -> list[str]:
    out = [_t(p.conditions)] if p.conditions else []
    for group in p.work_contexts:
        items = " · ".join(_t(item) for item in group.items)
        out += ([""] if out else []) + [f"**{md(colon(text_of(group.heading)))}** {items}"]
    return out


def _md_competences(p: "Profile") -> list[str]:
    c = p.competences
    if c is None:
        return []
    out: list[str] = []
    marks: set[str] = set()
    for kind, label in competence_kinds().items():
        value = getattr(c, kind)
        if not value:
            continue
        out += ([""] if out else []) + [f"**{md(label)}**", ""]
        if kind == "soft_skills":
            out += _bullets([md(competence_text(item)) for item in value])
            marks |= competence_marks(value)
        else:
            out += [line for group in value for line in _md_competence_group(group)]
            marks |= set().union(*(group_marks(g) for g in value))
    small = ([text_of(c.note)] if c.note else []) + ([competence_legend(marks)] if marks else [])
    return out + (["", "*" + md(" · ".join(small)) + "*"] if small else [])


def _md_competence_group(group: "CompetenceGroup") -> list[str]:
    heading = md(heading_text(group))
    return [f"- {heading}"] + [f"  - {md(competence_text(item))}" for item in group.items]


def _md_figures(p: "Profile") -> list[str]:
    kf = p.key_figures
    if kf is None:
        return []
    labels = figure_labels()
    present = [(name, getattr(kf, name)) for name in FIGURES if getattr(kf, name) is not None]
    shared = common_provenance([fig for _n, fig in present]) if present else (False, None, None)
    rows = []
    for name, fig in present:
        note = text_of(fig.note)
        own = provenance(fig.estimate and not shared[0], fig.year if fig.year != shared[1] else None,
                         fig.source if fig.source != shared[2] else None)
        notes = " · ".join(([note] if note else []) + own)
        rows.append([md_cell(labels[name]), md_cell(figure_value(fig)), md_cell(notes)])
    if rows and not any(row[2] for row in rows):
        rows = [row[:2] for row in rows]
    header = [md(_("Figure")), md(_("Value")), md(_("Notes"))][:len(rows[0])] if rows else []
    out = _table(header, rows) if rows else []
    footer = ([text_of(kf.region)] if kf.region else []) + provenance(*shared)
    return out + (["", "*" + md(" · ".join(footer)) + "*"] if footer else [])


def _md_tools(p: "Profile") -> list[str]:
    out = _bullets([_t(tool) for tool in p.tools])
    shown, hidden = technologies_shown(p)
    if shown:
        out += ["", f"**{md(_('Technologies'))}** (★ {md(_('hot technology'))}, ▲ {md(_('in demand'))})", ""]
        for category, techs in group_by(shown, lambda t: text_of(t.category)):
            names = ", ".join(md(clean(t.name)) + (" ★" if t.hot else "") + (" ▲" if t.in_demand else "")
                              for t in techs)
            out.append(f"- **{md(colon(category))}** {names}" if category else f"- {names}")
        if hidden:
            out.append(f"- *{md(more_label(hidden))}*")
    return out


def _md_day(p: "Profile") -> list[str]:
    rows = [[time_span(b.start, b.end), md_cell(text_of(b.text))] for b in p.typical_day]
    return _table([md(_("Time")), md(_("Activity"))], rows) if rows else []


def _md_facts(p: "Profile") -> list[str]:
    out: list[str] = []
    for fact in p.facts:
        out += [f"**{_t(fact.heading)}**", "", _t(fact.text), ""]
    return out[:-1]


def _md_testimony(p: "Profile") -> list[str]:
    t = p.testimony
    if t is None:
        return []
    quote = ["> " + line for line in _t(t.quote).splitlines()]
    who = ", ".join(x for x in (md(clean(t.name or "")), _t(t.role)) if x)
    return quote + ([">", f"> — {who}"] if who else [])


def _md_training(p: "Profile") -> list[str]:
    out = [f"{i}. {_t(step)}" for i, step in enumerate(p.training_path, 1)]
    if p.schools:
        out += ["", f"**{md(_('Schools'))}**", ""]
        out += _bullets([md(clean(s.name)) + (f" — {md(clean(s.city))}" if s.city else "") for s in p.schools])
    return out


def _md_workplaces(p: "Profile") -> list[str]:
    return _bullets([_t(w.kind) + (" — " + ", ".join(md(clean(e)) for e in w.examples) if w.examples else "")
                     for w in p.workplaces])


def _md_pros_cons(p: "Profile") -> list[str]:
    out: list[str] = []
    for label, items in ((_("Pros"), p.pros), (_("Cons"), p.cons)):
        if items:
            out += ([""] if out else []) + [f"**{md(label)}**", "", *_bullets([_t(i) for i in items])]
    return out


def _md_faq(p: "Profile") -> list[str]:
    out: list[str] = []
    for q in p.faq:
        out += [f"**{_t(q.question)}**", "", _t(q.answer), ""]
    return out[:-1]


def _md_moves(p: "Profile", *, moves: Sequence[Any]) -> list[str]:
    from .cells import marked_title
    from .moves_results import move_brief, moves_pointer

    if not moves:
        return []
    return [f"- {md(marked_title(m))} (`{md(m.id)}`){md(colon(''))} {md(move_brief(m))}" for m in moves] + [
        "", md(moves_pointer(moves[0].from_id))]


def _md_similar(p: "Profile", *, titles: Mapping[str, "Text"]) -> list[str]:
    return _bullets([f"{md(marked_text(titles[s]))} (`{md(clean(s))}`)" if s in titles else md(clean(s))
                     for s in p.similar])


def _md_see_also(p: "Profile") -> list[str]:
    out: list[str] = []
    for heading, links in link_groups(p.links):
        out += ([""] if out else []) + [f"**{md(heading)}**", ""]
        out += _bullets([(f"**{md(link_code(link))}** " if link_code(link) else "")
                         + md(marked_text(link.title) if link.title else clean(link.code))
                         + f" — {md(match_label(link.match))}"
                         for link in links])
    sources = link_sources(p.links)
    return out + (["", "*" + md(_("Source: {source}").format(source=listed(sources))) + "*"] if sources else [])


def _md_criteria(p: "Profile") -> list[str]:
    """One line of tags per kind (a kind's main one first, in bold); only the author's criteria: no label."""
    from ..facts.tags import group_label, grouped, profile_tags

    groups = grouped(profile_tags(p))
    lines: list[str] = []
    for kind, tags in groups:
        items = " · ".join(f"**{_t(t.text)}**" if t.main else _t(t.text) for t in tags)
        label = "" if [k for k, _tags in groups] == ["criterion"] else f"**{md(colon(group_label(kind, tags)))}** "
        lines += ([""] if lines else []) + [label + items]
    return lines


def _md_interests(p: "Profile") -> list[str]:
    out: list[str] = []
    r = p.riasec
    if r is not None:
        names = riasec_names()
        rows = [[f"{md(names[k])} ({k})", score(v)] for k, v in zip("RIASEC", r.scores())]
        out += _table([md(_("Interest")), md(_("Score (1–7)"))], rows)
        if r.code:
            out += ["", f"**{md(colon(_('Holland code')))}** {md(r.code)}"]
        out += ["", *(f"*{md(line)}*" for line in riasec_origin(r))] if riasec_origin(r) else []
    jz = p.job_zone
    if jz is not None:
        label = md(zone_name(onet_wording(jz.label)))
        out += ["", f"**{md(colon(_('Job zone')))}** {jz.zone}/5" + (f" — {label}" if label else "")]
        for key, text in ((_("Typical education"), jz.education), (_("Experience"), jz.experience)):
            if text:
                out += [f"- **{md(colon(key))}** {md(onet_wording(text))}"]
        out += [f"*{md(line)}*" for line in zone_origin(jz)]
    if p.education:
        out += ["", f"**{md(colon(_('Education')))}** {md(onet_wording(p.education))}"]
    out += ["", *(f"*{md(line)}*" for line in onet_translation_note(p))] if onet_translation_note(p) else []
    levels, read_from = study_level_rows(p)
    if levels is not None:
        out += ["", f"**{md(colon(_('Study level (EQF)')))}** {md(levels)}", *(f"*{md(line)}*" for line in read_from)]
    official = p.riasec_official
    if official is not None:
        out += ["", f"**{md(colon(_('Official RIASEC letters')))}** {md(official_letters(official))}"]
        if official.source:
            out += [f"*{md(_('Official letters: {source}').format(source=clean(official.source)))}*"]
    return out[1:] if out and out[0] == "" else out


def _md_work_values(p: "Profile") -> list[str]:
    values = p.work_values
    if values is None:
        return []
    rows = [[md(name) + (" ★" if top else ""), score(value)] for name, value, top in work_value_rows(values)]
    out = _table([md(_("Work value")), md(_("Extent (1–7)"))], rows) + ["", md(_("★ the job's three highest"))]
    return out + ["", *(f"*{md(line)}*" for line in values_origin(values))]


def _md_codes(p: "Profile") -> list[str]:
    out = [f"- **{md(colon(label))}** " + ", ".join(md(v) for v in values) for label, values in code_rows(p)]
    titles = p.other_titles
    if titles is not None:
        rows = [(name, getattr(titles, code)) for code, name in language_names().items() if getattr(titles, code)]
        if rows:
            out += ["", f"**{md(_('Other titles'))}**", ""]
            out += [f"- **{md(colon(name))}** " + ", ".join(md(clean(t)) for t in items) for name, items in rows]
    return out[1:] if out and out[0] == "" else out


def _md_sources(p: "Profile") -> list[str]:
    out: list[str] = []
    for s in p.sources:
        details = [md(source_text(x)) for x in (s.publisher, s.version, s.retrieved) if x]
        out.append(f"- **{md(clean(s.name))}**" + (" — " + ", ".join(details) if details else ""))
        extra = []
        if s.licence:
            extra.append(f"{md(colon(_('Licence')))} {md(source_text(s.licence))}")
        if s.url:
            extra.append(md_url(s.url))
        if s.note:
            extra.append(md(source_text(s.note)))
        if s.attribution:
            extra.append(md(source_text(s.attribution)))
        out += [f"  {line}".replace("\n", "\n  ") for line in _hard_breaks(extra)]
    if p.licence:
        out += ["", f"**{md(colon(_('Licence of this profile')))}** {md(source_text(p.licence))}"]
    return out[1:] if out and out[0] == "" else out


def _hard_breaks(lines: list[str]) -> list[str]:
    """Lines of one list item, each but the last ending in a Markdown line break."""
    return [line + ("\\" if i < len(lines) - 1 else "") for i, line in enumerate(lines)]


_MD_SECTIONS: dict[str, Callable[["Profile"], list[str]]] = {
    "overview": _md_overview,
    "studies": _md_studies,
    "qualities": lambda p: _bullets([md(capitalized(text_of(q))) for q in p.qualities]),
    "competences": _md_competences,
    "salary": _md_salary,
    "outlook": _md_outlook,
    "conditions": _md_conditions,
    "figures": _md_figures,
    "missions": _md_list("missions"),
    "tools": _md_tools,
    "day": _md_day,
    "facts": _md_facts,
    "testimony": _md_testimony,
    "training": _md_training,
    "workplaces": _md_workplaces,
    "pros-cons": _md_pros_cons,
    "tips": _md_list("tips"),
    "self-assessment": _md_list("self_assessment"),
    "faq": _md_faq,
    "regions": _md_list("regions"),
    "see-also": _md_see_also,
    "criteria": _md_criteria,
    "interests": _md_interests,
    "values": _md_work_values,
    "codes": _md_codes,
    "sources": _md_sources,
}


def emit(view: "ProfileView", output: "Output") -> None:
    output.write_data(profile_markdown(view.profile, sections=view.sections or None,
                                       similar_titles=view.similar_titles, moves=view.moves))
