"""Plain-text formatting shared by the Rich and Markdown profile renderers (no Rich here):
numbers, money, key figures, pay statistics and outlook, provenance, labels, title forms,
which sections to show."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Optional, Sequence, TypeVar

from ..i18n import N_, _, current_language, dated, plural, percent as percent_text
from ..facts.onet_texts import onet_wording
from ..numbers import localized_digits as _localized_digits
from ..numbers import money, number  # noqa: F401  (the renderers' names for them)
from ..text import clean, fold, language_shown, localize, title_forms
from ..profile.sections import SECTIONS

if TYPE_CHECKING:
    from ..profile.schema import (
        Competence, CompetenceGroup, Figure, JobZone, Link, OfficialRiasec, Outlook, PayFigures, Profile,
        Range, Riasec, Salary, Source, SourceRow, Text, Wages, WorkValues)

T = TypeVar("T")

FIGURES = ("training_length", "professionals", "growth", "insertion_rate", "employment_rate", "average_age",
           "share_of_women")
TECHNOLOGY_CAP = 20  # O*NET lists 50+ technologies; the first ones (hot first) are enough to read
TITLE_CAP = 10  # other titles shown per language
DERIVED_FROM_CAP = 5  # O*NET codes named after "Derived from"
CORE_MARK, EMERGING_MARK = "★", "↗"


# ---------------------------------------------------------------- shared formatting (no Rich)

def text_of(text: Optional["Text"]) -> str:
    """A localised text, safe to display: control characters removed."""
    lang = current_language()
    return clean(localize(text, lang) or "")


def marked_text(text: Optional["Text"]) -> str:
    """A title, safe to display, marked when it is not in the reader's language (views.title_mark):
    a similar career's."""
    from ..text import language_shown
    from ..views import title_mark

    lang = current_language()
    return text_of(text) + title_mark(language_shown(text, lang) or "")


def source_text(text: Optional["Text"]) -> str:
    """A source's version, licence, note or attribution, safe to display; a phrase an importer
    wrote (careercli.phrases) in the reader's language, anything else as written."""
    from ..phrases import shown

    lang = current_language()
    return clean(shown(localize(text, lang) or ""))


def capitalized(text: str) -> str:
    """'rigueur' -> 'Rigueur' (list items written as a sentence on the source page)."""
    return text[:1].upper() + text[1:]


def wanted_sections(sections: Optional[Sequence[str]]) -> list[str]:
    """Section names to show, always in reading order."""
    return [name for name in SECTIONS if sections is None or name in sections]


def cap(items: Sequence[T], limit: int) -> tuple[list[T], int]:
    """The first `limit` items and how many were left out."""
    return list(items[:limit]), max(0, len(items) - limit)


def more_label(hidden: int) -> str:
    return _("and {count} more").format(count=hidden)


def score(value: float) -> str:
    """A RIASEC score, always with two decimals so that a column of them lines up."""
    return _localized_digits(f"{value:.2f}")


def money_range(rng: "Range", currency: Optional[str]) -> str:
    if rng.min == rng.max:
        return money(rng.min, currency)
    return f"{money(rng.min, currency)} – {money(rng.max, currency)}"


def pay_basis(salary: "Salary") -> str:
    """'gross/month', 'net/year', 'per hour', ... (empty when unknown)."""
    basis = {"gross": _("gross"), "net": _("net")}.get(salary.basis or "")
    period = {"hour": _("hour"), "month": _("month"), "year": _("year")}.get(salary.period or "")
    if basis and period:
        return f"{basis}/{period}"
    if period:
        return _("per {period}").format(period=period)
    return basis or ""


def clock(value: str) -> str:
    """A time of day as the language writes it: '16:30' in English, '16h30' in French."""
    lang = current_language()
    return value.replace(":", "h") if lang == "fr" else value


def time_span(start: str, end: str) -> str:
    return f"{clock(start)}–{clock(end)}"


def figure_labels() -> dict[str, str]:
    return {
        "training_length": _("Training length"),
        "professionals": _("Professionals"),
        "growth": _("Annual growth"),
        "insertion_rate": _("Job placement rate"),
        "employment_rate": _("Employment rate"),
        "average_age": _("Average age"),
        "share_of_women": _("Share of women"),
    }


def figure_value(figure: "Figure") -> str:
    """The page's own wording when given, else the number or range with its unit."""
    wording = text_of(figure.text)
    if wording:
        return wording
    ends = [figure.value] if figure.value is not None else [v for v in (figure.min, figure.max) if v is not None]
    if not ends:
        return ""
    low, high = ends[0], ends[-1]
    if figure.unit == "euros":
        return money(low, "EUR") if low == high else f"{money(low, 'EUR')} – {money(high, 'EUR')}"
    amount = number(low) if low == high else f"{number(low)}–{number(high)}"
    one = low == high == 1  # "1 year", "1 an": the catalogs have no plural forms, so the singular is its own phrase
    units = {"years": _("{value} year") if one else _("{value} years"), "people": _("{value} people"),
             "percent": _("{value}%")}
    return units.get(figure.unit or "", "{value}").format(value=amount)


def provenance(estimate: bool, year: Optional[int], source: Optional[str] = None) -> list[str]:
    """'Estimate', '2025', 'Source: …' — the small print of a figure."""
    parts = [_("Estimate")] if estimate else []
    if year:
        parts.append(str(year))
    if source:
        parts.append(_("Source: {source}").format(source=clean(source)))
    return parts


def common_provenance(figures: Sequence["Figure"]) -> tuple[bool, Optional[int], Optional[str]]:
    """Estimate flag, year and source shared by every figure (so they are said once)."""
    first = figures[0]
    same = all((f.estimate, f.year, f.source) == (first.estimate, first.year, first.source) for f in figures)
    return (first.estimate, first.year, first.source) if same else (False, None, None)


def riasec_names() -> dict[str, str]:
    return {
        "R": _("Realistic"), "I": _("Investigative"), "A": _("Artistic"),
        "S": _("Social"), "E": _("Enterprising"), "C": _("Conventional"),
    }


def riasec_origin(riasec: "Riasec") -> list[str]:
    """Where the scores come from: inherited from or derived from other profiles, and the source text."""
    if riasec.derived and riasec.based_on:
        lines = [_derived(_("Derived from {origin}"), riasec.based_on)]
    elif riasec.inherited:
        lines = [_("Inherited from {origin}").format(
            origin=", ".join(clean(b) for b in riasec.based_on) or _("a related occupation"))]
    elif riasec.based_on and not riasec.source:
        lines = [_("Based on {origin}").format(origin=", ".join(clean(b) for b in riasec.based_on))]
    else:
        lines = []
    return lines + _source_line(riasec.source)


def work_value_rows(values: "WorkValues") -> list[tuple[str, float, bool]]:
    """(name, extent 1-7, among the job's three highest) for the six work values, in O*NET's order."""
    from ..quiz.values import KEYS, value_name

    scores = values.scores()
    top = set(sorted(range(len(KEYS)), key=lambda i: (-scores[i], i))[:3])
    return [(value_name(key), scores[i], i in top) for i, key in enumerate(KEYS)]


def values_origin(values: "WorkValues") -> list[str]:
    """Where the work values come from: derived from other occupations, and the source text."""
    lines = [_derived(_("Derived from {origin}"), values.based_on)] if values.derived and values.based_on else []
    return lines + _source_line(values.source)


def study_level_rows(profile: "Profile") -> tuple[Optional[str], list[str]]:
    """A ROME fiche's EQF levels read from its access text ('unknown' when it names none), and the
    sentences they were read from; (None, []) for other careers."""
    from ..facts.studylevels import fiche_study_levels, levels_text

    if profile.origin != "rome":
        return None, []
    found = fiche_study_levels(profile)
    read = [_('Read from the fiche: "{sentence}"').format(sentence=clean(s)) for s in found.sentences]
    return levels_text(found.levels), read


def zone_origin(zone: "JobZone") -> list[str]:
    """Where a derived job zone comes from (a ROME fiche's, from the O*NET occupations it links to)."""
    derived = [_derived(_("Job zone derived from {origin}"), zone.based_on)] if zone.derived and zone.based_on else []
    return derived + _source_line(zone.source)


def _derived(template: str, based_on: list[str]) -> str:
    """`template` ("Derived from {origin}") naming the first codes a value was derived from."""
    shown, hidden = cap(based_on, DERIVED_FROM_CAP)
    return template.format(origin=", ".join(clean(b) for b in shown) + (f" ({more_label(hidden)})" if hidden else ""))


def _source_line(source: Optional["Text"]) -> list[str]:
    text = source_text(source)  # an importer's phrase (O*NET's scale) in the reader's language
    return [_("Source: {source}").format(source=text)] if text else []


# ---------------------------------------------------------------- O*NET's fixed texts

def onet_translation_note(profile: "Profile") -> list[str]:
    """Said once under the job zone and education texts that careers translated from O*NET's English."""
    zone = profile.job_zone
    texts = [zone.label, zone.education, zone.experience] if zone else []
    translated = any(onet_wording(t) != text_of(t) for t in [*texts, profile.education] if t)
    return [_("Job zone and education texts: O*NET's, translated by careers")] if translated else []


def official_letters(official: "OfficialRiasec") -> str:
    """'S, I (Social, Investigative)': the major letter, then the minor one when there is one."""
    names = riasec_names()
    letters = [official.major] + ([official.minor] if official.minor else [])
    return f"{', '.join(letters)} ({', '.join(names[letter] for letter in letters)})"


def competence_text(item: "Competence") -> str:
    """The competence with its marks: ★ at the core of the job, ↗ emerging."""
    marks = (f" {CORE_MARK}" if item.core else "") + (f" {EMERGING_MARK}" if item.emerging else "")
    return text_of(item.text) + marks


def heading_text(group: "CompetenceGroup") -> str:
    """A group heading with its own marks (a macro-competence linked to the job itself)."""
    marks = (f" {CORE_MARK}" if group.core else "") + (f" {EMERGING_MARK}" if group.emerging else "")
    return text_of(group.heading) + marks


def group_marks(group: "CompetenceGroup") -> set[str]:
    """The marks a group uses, its heading's and its items'."""
    return competence_marks(group.items, group.core) | ({EMERGING_MARK} if group.emerging else set())


def competence_legend(marks: set[str]) -> str:
    """'★ core of the job · ↗ emerging' for the marks that were used."""
    labels = {CORE_MARK: _("core of the job"), EMERGING_MARK: _("emerging")}
    return " · ".join(f"{mark} {label}" for mark, label in labels.items() if mark in marks)


def competence_marks(items: Sequence["Competence"], headings_core: bool = False) -> set[str]:
    return ({CORE_MARK} if headings_core or any(i.core for i in items) else set()) | (
        {EMERGING_MARK} if any(i.emerging for i in items) else set())


def competence_kinds() -> dict[str, str]:
    return {"know_how": _("Know-how"), "soft_skills": _("Soft skills"), "knowledge": _("Knowledge")}


def scheme_names() -> dict[str, str]:
    return {"onet": "O*NET", "rome": "ROME", "esco": "ESCO"}


def match_label(match: str) -> str:
    """How a linked job relates to this one, in words."""
    return {"exact": _("exact match"), "close": _("close match"), "broad": _("broader"),
            "narrow": _("narrower")}[match]


def link_groups(links: Sequence["Link"]) -> list[tuple[str, list["Link"]]]:
    """Links by classification, with a heading such as 'O*NET (through ESCO)'."""
    names = scheme_names()
    groups = group_by(links, lambda link: link.scheme)
    return [(names.get(scheme, clean(scheme)) + (" " + _("(through ESCO)") if any(l.via for l in items) else ""), items)
            for scheme, items in groups]


def link_code(link: "Link") -> str:
    """The code worth reading: O*NET and ROME codes; ESCO URIs are left to the codes section and JSON."""
    return "" if link.scheme == "esco" else clean(link.code)


def link_sources(links: Sequence["Link"]) -> list[str]:
    return list(dict.fromkeys(clean(link.source) for link in links if link.source))


def language_names() -> dict[str, str]:
    return {"fr": _("French"), "en": _("English"), "nl": _("Dutch")}


def code_rows(profile: "Profile") -> list[tuple[str, list[str]]]:
    codes = profile.codes
    if codes is None:
        return []
    rows = [("O*NET-SOC", codes.onet_soc), ("SOC", codes.soc), ("ISCO-08", codes.isco08),
            ("ROME", codes.rome), ("ESCO", codes.esco)]
    return [(label, [clean(v) for v in values]) for label, values in rows if values]


def other_title_forms(profile: "Profile") -> dict[str, tuple[str, str]]:
    """The title in the other languages, where it differs from the one shown: {'fr': (title, feminine)}."""
    lang = current_language()
    shown = {fold(t) for t in title_forms(profile, lang) if t}
    forms = {}
    for code in ("fr", "en", "nl"):
        if code == lang or isinstance(profile.title, str):
            continue
        title = clean(getattr(profile.title, code) or "")
        feminine = clean(getattr(profile.title_feminine, code, None) or "")
        if title and fold(title) not in shown:
            forms[code] = (title, feminine if feminine and fold(feminine) != fold(title) else "")
    return forms


RELATED_TITLES_SHOWN = 3  # related jobs named under the title; the JSON and Markdown list all of them


def title_notes(profile: "Profile", limit: Optional[int] = RELATED_TITLES_SHOWN) -> list[str]:
    """Under the title: that it is English for want of a French (Dutch) one (an O*NET occupation no
    crosswalk calls the same as a European job), then the related jobs named in the reader's language, each with
    how it relates ("Related French job: Médecin généraliste (close match)")."""
    lang = current_language()
    phrases = {"fr": (_("No French name for this job: its English title is shown"), _("Related French job: {title} ({match})")),
               "nl": (_("No Dutch name for this job: its English title is shown"), _("Related Dutch job: {title} ({match})"))}
    if lang not in phrases:
        return []
    no_name, related = phrases[lang]
    notes = [no_name] if language_shown(profile.title, lang) == "en" else []
    named = [job for job in profile.related_titles if not isinstance(job.title, str) and getattr(job.title, lang)]
    for job in named[:limit]:
        title = clean(getattr(job.title, lang))
        feminine = clean(getattr(job.title_feminine, lang, None) or "") if job.title_feminine else ""
        name = title + (f" / {feminine}" if feminine and fold(feminine) != fold(title) else "")
        notes.append(related.format(title=name, match=match_label(job.match)))
    return notes


def technologies_shown(profile: "Profile") -> tuple[list, int]:
    """Hot and in-demand technologies first, capped; (shown in original order, hidden count)."""
    ranked = sorted(profile.technologies, key=lambda t: not (t.hot or t.in_demand))
    shown, hidden = cap(ranked, TECHNOLOGY_CAP)
    keep = {id(t) for t in shown}
    return [t for t in profile.technologies if id(t) in keep], hidden


def group_by(items: Sequence[T], key: Callable[[T], str]) -> list[tuple[str, list[T]]]:
    """Items grouped by key, groups in order of first appearance."""
    groups: dict[str, list[T]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return list(groups.items())


# ---------------------------------------------------------------- pay statistics and outlook

PAY_STATISTICS = ("p10", "p25", "median", "p75", "p90", "mean")


def statistic_labels() -> dict[str, str]:
    return {
        "p10": _("10th percentile"), "p25": _("25th percentile"), "median": _("Median"),
        "p75": _("75th percentile"), "p90": _("90th percentile"), "mean": _("Mean"),
    }


def period_label(period: str) -> str:
    """'per year', 'per hour', 'per month'."""
    return {"hour": _("per hour"), "month": _("per month"), "year": _("per year")}[period]


def pay_value(figures: "PayFigures", statistic: str, currency: str) -> str:
    """One statistic as published: '$133,080', '≥ $239,200' (top-coded), 'not available', or ''."""
    if statistic in figures.suppressed:
        return _("not available")
    value = getattr(figures, statistic)
    if value is None:
        return ""
    amount = money(value, currency, cents=figures.period == "hour" or None)
    return _("≥ {amount}").format(amount=amount) if statistic in figures.top_coded else amount


def pay_spread(figures: "PayFigures", currency: str) -> str:
    """'median $63.98 · 10th–90th percentile $38.39 – $101.66' (what is published of it)."""
    if not has_figures(figures):
        return _("not available")
    parts = []
    if figures.median is not None or "median" in figures.suppressed:
        parts.append(_("median {amount}").format(amount=pay_value(figures, "median", currency)))
    low, high = pay_value(figures, "p10", currency), pay_value(figures, "p90", currency)
    if low and high:
        parts.append(_("10th–90th percentile {low} – {high}").format(low=low, high=high))
    return " · ".join(parts) or _("not available")


def has_figures(figures: "PayFigures") -> bool:
    return any(getattr(figures, name) is not None for name in PAY_STATISTICS)


def main_pay(wages: "Wages") -> Optional["PayFigures"]:
    """The period to draw: the year when published, else the first period with any figure."""
    published = [f for f in wages.pay if has_figures(f)]
    return next((f for f in published if f.period == "year"), published[0] if published else None)


def wages_label(wages: "Wages") -> str:
    """'United States · USD · gross · May 2024': where, in what, and when."""
    basis = {"gross": _("gross"), "net": _("net")}.get(wages.basis or "", "")
    parts = [text_of(wages.geography), clean(wages.currency), basis, dated(clean(wages.reference or str(wages.year)))]
    return " · ".join(part for part in parts if part)


def row_label(row: Optional["SourceRow"]) -> str:
    """'SOC 2018 15-1252 Software Developers' (the source row the figures come from)."""
    if row is None:
        return ""
    return " ".join(clean(part) for part in (row.system, row.code, row.title or "") if part)


SHARED_CODES_SHOWN = 5  # occupations named when a row is shared; the JSON lists all


def row_note(row: Optional["SourceRow"]) -> str:
    """Said when figures are not the occupation's alone: a wider group's, a group BLS made of several
    occupations, or a row other occupations of the catalog show too."""
    if row is None:
        return ""
    notes = []
    code, title = clean(row.code), clean(row.title or "")
    if row.level == "broad":
        notes.append(_("Figures of the wider group {code} ({title}): the source publishes none for this occupation "
                       "alone.").format(code=code, title=title))
    elif row.level == "combined":
        notes.append(_("Figures for the group {code} ({title}), which the source makes of this occupation and others: "
                       "it publishes none for this occupation alone.").format(code=code, title=title))
    if len(row.shared_by) > 1:
        shown = ", ".join(clean(c) for c in row.shared_by[:SHARED_CODES_SHOWN])
        more = "…" if len(row.shared_by) > SHARED_CODES_SHOWN else ""
        notes.append(_("Shared with {n} occupations: {codes}{more}").format(n=len(row.shared_by), codes=shown, more=more))
    return " ".join(notes)


def figure_source(source: "Source", row: Optional["SourceRow"], when: str = "") -> list[str]:
    """The small print of a block of figures: source and publisher, reference period, source row."""
    name = dated(", ".join(clean(x) for x in (source.name, source.publisher or "") if x))
    when = dated(clean(when)) if when not in source.name else ""
    return [_("Source: {source}").format(source=name)] + [x for x in (when, row_label(row)) if x]


def outlook_label(outlook: "Outlook") -> str:
    """'United States · 2024–34'."""
    return " · ".join(x for x in (text_of(outlook.geography), projection_years(outlook)) if x)


def projection_years(outlook: "Outlook") -> str:
    end = outlook.target_year % 100 if outlook.target_year // 100 == outlook.base_year // 100 else outlook.target_year
    return f"{outlook.base_year}–{end:02d}"


def outlook_rows(outlook: "Outlook") -> list[tuple[str, str]]:
    """Label / value pairs: change, jobs, openings a year, entry education, experience, training."""
    rows = [(_("Change {years}").format(years=projection_years(outlook)), _change(outlook)),
            (_("Jobs"), _jobs(outlook)),
            (_("Openings a year"), _thousands(outlook, "openings_thousands", "openings"))]
    categories = bls_categories()
    for field, label in (("education", _("Typical entry education")), ("experience", _("Work experience")),
                         ("training", _("On-the-job training"))):
        text = text_of(getattr(outlook, field))
        rows.append((label, categories.get(text, text) if text else _not_available(outlook, field)))
    return [(label, value) for label, value in rows if value]


def outlook_summary(outlook: "Outlook") -> str:
    """'+15.8% (+267,700 jobs) · 115,200 openings a year': the change and the openings, in one line."""
    change = _change(outlook)
    openings = _thousands(outlook, "openings_thousands", "openings")
    parts = [change, _("{count} openings a year").format(count=openings) if openings else ""]
    return " · ".join(part for part in parts if part) or _("not available")


def _not_available(outlook: "Outlook", name: str) -> str:
    return _("not available") if name in outlook.suppressed else ""


def _thousands(outlook: "Outlook", field: str, name: str) -> str:
    """A figure published in thousands, as a whole number of people."""
    value = getattr(outlook, field)
    return number(round(value * 1000)) if value is not None else _not_available(outlook, name)


def _signed(text: str, value: float) -> str:
    return "+" + text if value > 0 else text


def _change(outlook: "Outlook") -> str:
    """'+15.8% (+267,700 jobs)'."""
    percent, jobs = outlook.change_percent, outlook.change_thousands
    parts = []
    if percent is not None:
        parts.append(_signed(percent_text(number(percent)), percent))
    if jobs is not None:
        count = _signed(number(round(jobs * 1000)), jobs)
        jobs_text = plural(round(abs(jobs) * 1000), N_("{count} job"), N_("{count} jobs")).format(count=count)
        parts.append(f"({jobs_text})" if parts else jobs_text)
    return " ".join(parts) or _not_available(outlook, "change")


def _jobs(outlook: "Outlook") -> str:
    """'1,693,800 in 2024 → 1,961,400 in 2034'."""
    start = _thousands(outlook, "employment_thousands", "employment")
    end = _thousands(outlook, "projected_thousands", "projected")
    if not (start or end):
        return ""
    return _("{start} in {start_year} → {end} in {end_year}").format(
        start=start or "?", start_year=outlook.base_year, end=end or "?", end_year=outlook.target_year)


def bls_categories() -> dict[str, str]:
    """BLS's entry education, experience and training categories, in the interface language."""
    return {
        "Doctoral or professional degree": _("Doctoral or professional degree"),
        "Master's degree": _("Master's degree"),
        "Bachelor's degree": _("Bachelor's degree"),
        "Associate's degree": _("Associate's degree"),
        "Postsecondary nondegree award": _("Postsecondary nondegree award"),
        "Some college, no degree": _("Some college, no degree"),
        "High school diploma or equivalent": _("High school diploma or equivalent"),
        "No formal educational credential": _("No formal educational credential"),
        "5 years or more": _("5 years or more"),
        "Less than 5 years": _("Less than 5 years"),
        "None": _("None"),
        "Internship/residency": _("Internship/residency"),
        "Apprenticeship": _("Apprenticeship"),
        "Long-term on-the-job training": _("Long-term on-the-job training"),
        "Moderate-term on-the-job training": _("Moderate-term on-the-job training"),
        "Short-term on-the-job training": _("Short-term on-the-job training"),
    }


# ---------------------------------------------------------------- text shown in another language

MARKED_SECTIONS = ("missions", "day", "tools", "qualities", "facts", "tips", "faq", "pros-cons", "testimony",
                   "workplaces", "self-assessment", "studies", "conditions")  # prose a reader reads as such


def section_heading_for(profile: "Profile", name: str) -> str:
    """A section's heading, with '(in English)' once when every text of it is only in another
    language (O*NET's task statements under a French heading): said once, not on every line."""
    from ..profile.sections import section_heading

    lang = current_language()
    heading = section_heading(name)
    shown = shown_languages(profile, name) if name in MARKED_SECTIONS else set()
    if shown and lang not in shown and len(shown) == 1:
        language = language_names().get(next(iter(shown)), next(iter(shown))).lower()
        return _("{heading} (in {language})").format(heading=heading, language=language)
    return heading


def shown_languages(profile: "Profile", name: str) -> set[str]:
    """The languages the texts of a section are shown in, for the reader (the current language)."""
    import msgspec

    from ..profile.schema import Localized

    lang = current_language()
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, Localized):
            found.add(language_shown(value, lang) or lang)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)
        elif isinstance(value, msgspec.Struct):
            for field in value.__struct_fields__:
                walk(getattr(value, field))

    for field in SECTIONS[name]:
        walk(getattr(profile, field, None))
    return found
