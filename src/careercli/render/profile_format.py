"""Plain-text formatting shared by the Rich and Markdown profile renderers (no Rich here):
numbers, money, key figures, provenance, labels, title forms, which sections to show."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Optional, Sequence, TypeVar

from ..i18n import _
from ..text import clean, fold, localize
from .sections import SECTIONS

if TYPE_CHECKING:
    from ..schema import Competence, Figure, Link, OfficialRiasec, Profile, Range, Riasec, Salary, Text

T = TypeVar("T")

FIGURES = ("training_length", "professionals", "growth", "employment_rate", "average_age", "share_of_women")
TECHNOLOGY_CAP = 20  # O*NET lists 50+ technologies; the first ones (hot first) are enough to read
TITLE_CAP = 10  # other titles shown per language
DERIVED_FROM_CAP = 5  # O*NET codes named after "Derived from"
CORE_MARK, EMERGING_MARK = "★", "↗"
_CURRENCY = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF\u00a0"}
_THOUSANDS = {"en": ",", "fr": "\u00a0", "nl": "."}


# ---------------------------------------------------------------- shared formatting (no Rich)

def text_of(text: Optional["Text"], lang: str) -> str:
    """A localised text, safe to display: control characters removed."""
    return clean(localize(text, lang) or "")


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


def number(value: float, lang: str) -> str:
    """2500 -> '2,500' (en), '2 500' (fr), '2.500' (nl); decimals kept to two places."""
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    return _localized_digits(text, lang)


def score(value: float, lang: str) -> str:
    """A RIASEC score, always with two decimals so that a column of them lines up."""
    return _localized_digits(f"{value:.2f}", lang)


def money(value: float, currency: Optional[str], lang: str) -> str:
    """2500 EUR -> '€2,500' (en), '2 500 €' (fr); cents shown only when there are some."""
    amount = _localized_digits(f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}", lang)
    if not currency:
        return amount
    symbol = _CURRENCY.get(currency, currency + "\u00a0")
    return f"{amount}\u00a0{symbol.strip()}" if lang == "fr" else f"{symbol}{amount}"


def _localized_digits(text: str, lang: str) -> str:
    """'1,234.5' with the thousands and decimal separators of `lang`."""
    if lang == "en":
        return text
    return text.replace(",", "\0").replace(".", ",").replace("\0", _THOUSANDS.get(lang, ","))


def money_range(rng: "Range", currency: Optional[str], lang: str) -> str:
    if rng.min == rng.max:
        return money(rng.min, currency, lang)
    return f"{money(rng.min, currency, lang)} – {money(rng.max, currency, lang)}"


def pay_basis(salary: "Salary") -> str:
    """'gross/month', 'net/year', 'per hour', ... (empty when unknown)."""
    basis = {"gross": _("gross"), "net": _("net")}.get(salary.basis or "")
    period = {"hour": _("hour"), "month": _("month"), "year": _("year")}.get(salary.period or "")
    if basis and period:
        return f"{basis}/{period}"
    if period:
        return _("per {period}").format(period=period)
    return basis or ""


def figure_labels() -> dict[str, str]:
    return {
        "training_length": _("Training length"),
        "professionals": _("Professionals"),
        "growth": _("Annual growth"),
        "employment_rate": _("Employment rate"),
        "average_age": _("Average age"),
        "share_of_women": _("Share of women"),
    }


def figure_value(figure: "Figure", lang: str) -> str:
    """The page's own wording when given, else the number or range with its unit."""
    wording = text_of(figure.text, lang)
    if wording:
        return wording
    ends = [figure.value] if figure.value is not None else [v for v in (figure.min, figure.max) if v is not None]
    if not ends:
        return ""
    low, high = ends[0], ends[-1]
    if figure.unit == "euros":
        return money(low, "EUR", lang) if low == high else f"{money(low, 'EUR', lang)} – {money(high, 'EUR', lang)}"
    amount = number(low, lang) if low == high else f"{number(low, lang)}–{number(high, lang)}"
    units = {"years": _("{value} years"), "people": _("{value} people"), "percent": _("{value}%")}
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


def riasec_origin(riasec: "Riasec", lang: str) -> list[str]:
    """Where the scores come from: inherited from or derived from other profiles, and the source text."""
    lines = []
    if riasec.derived and riasec.based_on:
        shown, hidden = cap(riasec.based_on, DERIVED_FROM_CAP)
        lines.append(_("Derived from {origin}").format(
            origin=", ".join(clean(b) for b in shown) + (f" ({more_label(hidden)})" if hidden else "")))
    elif riasec.inherited:
        lines.append(_("Inherited from {origin}").format(
            origin=", ".join(clean(b) for b in riasec.based_on) or _("a related occupation")))
    elif riasec.based_on and not riasec.source:
        lines.append(_("Based on {origin}").format(origin=", ".join(clean(b) for b in riasec.based_on)))
    source = text_of(riasec.source, lang)
    if source:
        lines.append(_("Source: {source}").format(source=source))
    return lines


def official_letters(official: "OfficialRiasec") -> str:
    """'S, I (Social, Investigative)': the major letter, then the minor one when there is one."""
    names = riasec_names()
    letters = [official.major] + ([official.minor] if official.minor else [])
    return f"{', '.join(letters)} ({', '.join(names[letter] for letter in letters)})"


def competence_text(item: "Competence", lang: str) -> str:
    """The competence with its marks: ★ at the core of the job, ↗ emerging."""
    marks = (f" {CORE_MARK}" if item.core else "") + (f" {EMERGING_MARK}" if item.emerging else "")
    return text_of(item.text, lang) + marks


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


def title_forms(profile: "Profile", lang: str) -> tuple[str, str]:
    """(title, feminine form or '' when it is missing or the same word).

    The feminine form is taken in the language the title is shown in, never from another
    (an English title must not be paired with a French feminine form)."""
    title = text_of(profile.title, lang)
    shown_in = language_shown(profile.title, lang)
    feminine_text = profile.title_feminine
    if shown_in is not None and feminine_text is not None and not isinstance(feminine_text, str):
        feminine = clean(getattr(feminine_text, shown_in) or "")
    else:
        feminine = text_of(feminine_text, lang)
    return title, feminine if feminine and fold(feminine) != fold(title) else ""


def language_shown(text: Optional["Text"], lang: str) -> Optional[str]:
    """The language `localize` picks for a localised text (None for a plain string)."""
    if text is None or isinstance(text, str):
        return None
    from ..text import FALLBACK_ORDER

    return next((code for code in (lang, *FALLBACK_ORDER) if getattr(text, code, None)), None)


def other_title_forms(profile: "Profile", lang: str) -> dict[str, tuple[str, str]]:
    """The title in the other languages, where it differs from the one shown: {'fr': (title, feminine)}."""
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
