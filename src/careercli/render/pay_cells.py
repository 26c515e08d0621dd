"""Pay and outlook in tables of careers (`list`, `quiz`, `results show`, reports): cells for people,
values for scripts. Every figure keeps where it comes from: the JSON values name the source,
geography and year, and the people's tables end with a line naming them.

A career's pay is shown in one unit (a currency and a period, `pay.Unit`): the figure `pay.judge`
compares, never converted between currencies; "≈" marks a figure converted from another period
(a year is 12 months or 2,080 hours), "≥" a top-coded one, "up to" the top of a profile's own
salary range. Text from data files (an overlay's source or geography) is made inert here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Optional

from ..i18n import _, dated, listed, percent, place
from ..text import clean

if TYPE_CHECKING:
    from ..facts.pay import OutlookPoint, PayDecision, Unit


def _text(value: Optional[str]) -> Optional[str]:
    return clean(value) if value else None


def _place(geography: Optional[str]) -> Optional[str]:
    """A geography in the reader's language ('États-Unis' in French JSON, as the tables say it)."""
    return _text(place(geography)) if geography else None


def pay_data(decision: Optional["PayDecision"]) -> Optional[dict[str, Any]]:
    """The JSON of a career's pay in one unit: `amount` in `period`, and the figure it comes from."""
    if decision is None or decision.point is None:
        return None
    point = decision.point
    return {"amount": decision.compared, "currency": point.currency, "period": decision.period, "basis": point.basis,
            "statistic": point.statistic, "at_least": point.at_least, "converted_from": decision.converted_from,
            "geography": _place(point.geography), "year": point.year, "reference": _text(dated(point.reference or "")),
            "source": _text(point.source)}


def outlook_data(point: Optional["OutlookPoint"]) -> Optional[dict[str, Any]]:
    """The JSON of a career's employment projection (counts in thousands, as published)."""
    if point is None:
        return None
    return {"change_percent": point.change_percent, "change_thousands": point.change_thousands,
            "openings_thousands": point.openings_thousands, "employment_thousands": point.employment_thousands,
            "base_year": point.base_year, "target_year": point.target_year, "geography": _place(point.geography),
            "source": _text(point.source)}


PAY_CSV = ("pay", "pay_currency", "pay_period", "pay_statistic", "pay_at_least", "pay_converted_from",
           "outlook_change_percent", "outlook_openings_thousands")


def csv_values(decision: Optional["PayDecision"], outlook: Optional["OutlookPoint"]) -> list[Any]:
    """The PAY_CSV columns of one career (empty cells where there is no figure)."""
    point = decision.point if decision is not None else None
    pay = [decision.compared, point.currency, decision.period, point.statistic, point.at_least,
           decision.converted_from] if decision is not None and point is not None else [None] * 6
    return pay + [outlook.change_percent if outlook else None, outlook.openings_thousands if outlook else None]


def pay_cell(decision: Optional["PayDecision"]) -> str:
    """'$133,080', '≥ $239,200' (top-coded), '≈ $48,526' (converted from hours), 'up to €3,500' (the
    top of a salary range), or 'no figure'."""
    from .profile_format import money

    if decision is None or decision.point is None or decision.compared is None:
        return _("no figure")
    point = decision.point
    amount = money(decision.compared, point.currency, cents=decision.period == "hour" or None)
    if point.at_least:
        amount = _("≥ {amount}").format(amount=amount)
    elif point.statistic == "range_top":
        amount = _("up to {amount}").format(amount=amount)
    return ("≈ " + amount) if decision.converted_from else amount


def checked_cell(decision: Optional["PayDecision"], check: Optional[str], unit: Optional["Unit"],
                 threshold_unit: Optional["Unit"]) -> str:
    """The pay cell of a career kept by a minimum pay, with its mark: 'no figure', '(undecided)', or
    the figure shown and '(no figure in EUR a month)' when the minimum is in another unit."""
    from ..facts.pay import unit_text

    cell = pay_cell(decision)
    if check == "undecided":
        return cell + " " + _("(undecided)")
    if check == "no_figure" and decision is not None and decision.point is not None and threshold_unit is not None \
            and threshold_unit != unit:
        return cell + " " + _("(no figure in {unit})").format(unit=unit_text(threshold_unit))
    return cell


def outlook_cell(point: Optional["OutlookPoint"]) -> str:
    """'+15.8%': the projected change in jobs over the projection's years ('' without one)."""
    from .profile_format import number

    if point is None or point.change_percent is None:
        return ""
    text = percent(number(point.change_percent))
    return "+" + text if point.change_percent > 0 else text


def pay_header(unit: "Unit", compact: bool = False) -> str:
    """'Median pay (USD a year)'; compact, for a narrow column: on two lines."""
    from ..facts.pay import unit_text

    if compact:
        return _("Median pay") + "\n" + unit_text(unit)
    return _("Median pay ({unit})").format(unit=unit_text(unit))


def outlook_header(points: Iterable[Optional["OutlookPoint"]], compact: bool = False) -> str:
    """'Jobs 2024–34' when every projection shown covers the same years, else 'Outlook'."""
    years = {(p.base_year, p.target_year) for p in points if p is not None}
    if len(years) != 1:
        return _("Outlook")
    start, end = years.pop()
    short = end % 100 if end // 100 == start // 100 else end
    header = _("Jobs {years}").format(years=f"{start}–{short:02d}")
    return header.replace(" ", "\n", 1) if compact else header


def footnotes(decisions: Iterable[Optional["PayDecision"]], outlooks: Iterable[Optional["OutlookPoint"]]) -> list[str]:
    """Where the figures shown come from, and what the marks mean: lines to print under a table."""
    pay_sources: dict[str, None] = {}
    converted = False
    for decision in decisions:
        point = decision.point if decision is not None else None
        if point is None:
            continue
        converted = converted or decision.converted_from is not None  # type: ignore[union-attr]
        source = point.source or _("unknown source")
        when = point.reference or (str(point.year) if point.year else "")
        where = ", ".join(x for x in (place(point.geography or ""), dated(when) if when not in source else "") if x)
        pay_sources[source + (f" ({where})" if where else "")] = None
    outlook_sources: dict[str, None] = {}
    for outlook in outlooks:
        if outlook is not None:
            source = outlook.source or _("unknown source")
            years = f"{outlook.base_year}–{outlook.target_year}" if str(outlook.base_year) not in source else ""
            where = ", ".join(x for x in (place(outlook.geography or ""), years) if x)
            outlook_sources[source + (f" ({where})" if where else "")] = None
    lines = []
    if pay_sources:
        lines.append(_("Pay: {sources}").format(sources=listed(clean(s) for s in pay_sources)))
    if converted:
        lines.append(_("≈ converted from another period: a year is 12 months, or 2,080 hours (40 hours x 52 weeks)"))
    if outlook_sources:
        lines.append(_("Outlook: projected change in jobs, {sources}").format(
            sources=listed(clean(s) for s in outlook_sources)))
    return lines
