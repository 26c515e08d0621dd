"""Pay thresholds with a currency and a period, and how a career's pay figures compare with one.

A threshold is written as people write an amount (careercli.amounts: `2500€`, `2 500 €`,
`2.500 EUR/mois`, `1800 net`, `30k`, `$60,000/yr`, `40000USD/year`, `25 USD an hour`). What is not
written keeps the meaning `--min-salary` always had: EUR a month, gross (`2500`); an amount in
thousands without a period (`30k`) is a year; another currency must say its period.

Comparing (`judge`): only figures in the threshold's currency and on its basis (gross or net)
count; amounts are never converted between currencies, so a career without such a figure has
"no figure" and is kept, marked. Pay statistics (e.g. BLS OEWS) compare their median; a
profile's own salary range compares its top (as `--min-salary` always did). A figure of the
threshold's period is preferred; otherwise it is converted with two fixed rules, and the
decision says which: a year is 12 months, and a year is 2,080 hours (40 hours x 52 weeks, the
full-time year BLS uses to turn hourly wages into annual ones). A top-coded median ("at least
$239,200") passes when the threshold is no higher, and is "undecided" above it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable, Literal, NamedTuple, Optional, Sequence, TypeVar

import msgspec

from ..i18n import _
from ..text import fold
from .amounts import BASIS_WORDS, PERIOD_WORDS
from .amounts import AmountError as PayThresholdError  # one error for every pay that does not read

if TYPE_CHECKING:
    from ..profile.schema import Profile, Wages
    from .amounts import WrittenAmount

Period = Literal["hour", "month", "year"]
Basis = Literal["gross", "net"]
Verdict = Literal["pass", "fail", "no_figure", "undecided"]
Word = TypeVar("Word", bound=str)  # of the pay grammar: a period or a basis

DEFAULT_CURRENCY = "EUR"
DEFAULT_PERIOD: Period = "month"
DEFAULT_BASIS: Basis = "gross"
HOURS_A_YEAR = 2080  # 40 hours x 52 weeks: BLS's full-time year (annual wage = hourly wage x 2,080)
MONTHS_A_YEAR = 12
PER_YEAR = {"year": 1.0, "month": float(MONTHS_A_YEAR), "hour": float(HOURS_A_YEAR)}  # periods in a year


class Threshold(msgspec.Struct, frozen=True, kw_only=True):
    """A minimum pay: an amount of a currency for a period of work, gross or net."""

    amount: float
    currency: str = DEFAULT_CURRENCY
    period: Period = DEFAULT_PERIOD
    basis: Basis = DEFAULT_BASIS

    def __str__(self) -> str:
        """The canonical spelling, which `parse_threshold` reads back: '40000USD/year', '2500.5EUR/month net'."""
        amount = f"{self.amount:.2f}".rstrip("0").rstrip(".")
        return f"{amount}{self.currency}/{self.period}" + (" net" if self.basis == "net" else "")


class PayPoint(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True, array_like=True):
    """One pay figure of a career that a threshold can be compared with (what an index keeps)."""

    amount: float
    currency: str
    period: Period
    basis: Optional[Basis] = None  # None: the profile does not say
    statistic: Literal["median", "range_top"] = "median"
    at_least: bool = False  # top-coded: the true figure is this or more
    geography: Optional[str] = None  # English name, e.g. United States
    year: Optional[int] = None
    source: Optional[str] = None
    reference: Optional[str] = None  # the exact reference period when narrower than the year, e.g. May 2024


class OutlookPoint(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True, array_like=True):
    """A career's employment projection as an index keeps it, to sort and show without the profile."""

    base_year: int
    target_year: int
    change_percent: Optional[float] = None  # projected change in jobs, base to target year
    change_thousands: Optional[float] = None
    openings_thousands: Optional[float] = None  # openings a year (average over the period), thousands
    employment_thousands: Optional[float] = None  # jobs in base_year, thousands
    geography: Optional[str] = None  # English name, e.g. United States
    source: Optional[str] = None


class Unit(NamedTuple):
    """What pay figures are shown and sorted in: one currency, one period, one basis."""

    currency: str
    period: Period
    basis: Basis = DEFAULT_BASIS

    def __str__(self) -> str:
        """'USD/year', 'EUR/month net': what `--pay-in` takes."""
        return f"{self.currency}/{self.period}" + (" net" if self.basis == "net" else "")


class PayDecision(msgspec.Struct, frozen=True, kw_only=True):
    """How one career compares with a threshold, and with which figure."""

    verdict: Verdict
    point: Optional[PayPoint] = None  # the figure compared (None: no figure in that currency and basis)
    compared: Optional[float] = None  # its amount in the threshold's period, to the cent
    period: Optional[Period] = None  # the threshold's period
    converted_from: Optional[Period] = None  # the figure's own period, when it had to be converted


# ---------------------------------------------------------------- parsing

def parse_threshold(text: str, unit: Optional[Unit] = None) -> Threshold:
    """A minimum pay as people write it (the grammar of `careercli.amounts`): `2500`, `2 500 €`,
    `2.500 EUR/mois`, `1800 net`, `30k`, `$60,000/yr`, `40000USD/year`. What is not written
    comes from `unit` (default EUR a month, gross), except that an amount in thousands (`30k`)
    is a year, as a salary written so is, and the period of a currency other than the unit's
    must be written."""
    from .amounts import read_amount

    unit = unit or Unit(DEFAULT_CURRENCY, DEFAULT_PERIOD)
    written = read_amount(text)
    currency = written.currency or unit.currency
    period = written.period or _unwritten_period(written, currency, unit, text)
    return Threshold(amount=written.amount, currency=currency, period=period,  # type: ignore[arg-type]
                     basis=written.basis or unit.basis)  # type: ignore[arg-type]


def _unwritten_period(written: "WrittenAmount", currency: str, unit: "Unit", text: str) -> str:
    if written.in_thousands:
        return "year"
    if currency == unit.currency:
        return unit.period
    if currency == DEFAULT_CURRENCY:
        return DEFAULT_PERIOD  # 2500 € is a month's pay, as a bare amount is
    raise PayThresholdError(_("say for what period, e.g. {example}").format(example=_example(text.strip())))


_UNIT = re.compile(r"^\s*(?P<currency>[^\W\d_]+)\s*/\s*(?P<period>[^\W\d_]+)\s*(?P<basis>[^\W\d_]+)?\s*$")


def parse_unit(text: str) -> Unit:
    """`USD/year`, `eur / month`, `EUR/month net`: a currency and a period (and a basis, default gross)."""
    match = _UNIT.match(text)
    if not match:
        raise PayThresholdError(_("cannot read '{text}': write a currency and a period, e.g. USD/year or "
                                  "EUR/month").format(text=text.strip()))
    return Unit(_currency(match["currency"]), _word(match["period"], PERIOD_WORDS),
                _word(match["basis"], BASIS_WORDS) if match["basis"] else DEFAULT_BASIS)


def default_unit() -> Unit:
    """Pay shown and sorted, unless `--pay-in` says otherwise: in the currency of the figures of the
    language's reference catalog. French (ROME, with figures from local tables in euros): EUR a
    month; any other language (O*NET, with BLS figures): USD a year. Gross in both."""
    from ..origins import reference_for

    return Unit("EUR", "month") if reference_for() == "rome" else Unit("USD", "year")


def threshold_unit(threshold: Threshold) -> Unit:
    return Unit(threshold.currency, threshold.period, threshold.basis)


def unit_text(unit: Unit, amount: Optional[float] = None) -> str:
    """'USD a year', 'EUR a month, net': the unit in words, in the interface language; with an
    amount, '$40,000 a year', '1 800 € par mois, net'."""
    from ..numbers import money

    periods = {"hour": _("{currency} an hour"), "month": _("{currency} a month"), "year": _("{currency} a year")}
    currency = unit.currency if amount is None else money(amount, unit.currency)
    text = periods[unit.period].format(currency=currency)
    return _("{unit}, net").format(unit=text) if unit.basis == "net" else text


def threshold_text(threshold: Threshold) -> str:
    """A minimum pay in words, as a reader writes it: '$40,000 a year', '1 800 € par mois, net'."""
    return unit_text(threshold_unit(threshold), threshold.amount)


MAX_AMOUNT = 1e9  # a pay threshold above this is a typing mistake


def check_amount(threshold: Threshold) -> Threshold:
    """Refuse an amount no pay reaches (a typing mistake), as the quiz's saved answers are checked."""
    if threshold.amount > MAX_AMOUNT:
        raise PayThresholdError(_("the amount {amount:g} is too large (at most {most:g})").format(
            amount=threshold.amount, most=MAX_AMOUNT))
    return threshold


def _example(text: str) -> str:
    """'$60,000' -> '$60,000/year or $60,000/month'."""
    return _("{text}/year or {text}/month").format(text=text)


def _currency(text: str) -> str:
    if not (len(text) == 3 and text.isascii()):
        raise PayThresholdError(_("'{currency}' is not a currency code: use three letters such as EUR or USD").format(
            currency=text))
    return text.upper()


def _word(text: str, words: dict[str, Word]) -> Word:
    found = words.get(text.lower())
    if found is None:
        choices = ", ".join(dict.fromkeys(words.values()))  # each once, in the order of the table
        raise PayThresholdError(_("unknown word '{word}' in the pay: expected {choices}").format(
            word=text, choices=choices))
    return found


# ---------------------------------------------------------------- a career's figures

def pay_points(profile: "Profile") -> list[PayPoint]:
    """Every figure a threshold can be compared with, in profile order: the profile's own salary
    range (its top), then the median of each period of each table of pay statistics."""
    points = []
    salary = profile.salary
    if salary and salary.overall and salary.currency and salary.period:
        points.append(PayPoint(amount=salary.overall.max, currency=salary.currency, period=salary.period,
                               basis=salary.basis, statistic="range_top", year=salary.year, source=salary.source))
    return points + wages_points(profile.wages)


def wages_points(blocks: Iterable["Wages"]) -> list[PayPoint]:
    """The median of each period of each table of pay statistics (a profile's, or a pay overlay's)."""
    points = []
    for wages in blocks:
        geography = _english(wages.geography)
        for figures in wages.pay:
            if figures.median is not None:
                points.append(PayPoint(amount=figures.median, currency=wages.currency, period=figures.period,
                                       basis=wages.basis, at_least="median" in figures.top_coded,
                                       geography=geography, year=wages.year, source=wages.source.name,
                                       reference=wages.reference))
    return points


def outlook_points(profile: "Profile") -> list[OutlookPoint]:
    """The figures of each employment projection a list can show or sort by, in profile order."""
    return [OutlookPoint(base_year=o.base_year, target_year=o.target_year, change_percent=o.change_percent,
                         change_thousands=o.change_thousands, openings_thousands=o.openings_thousands,
                         employment_thousands=o.employment_thousands, geography=_english(o.geography),
                         source=o.source.name)
            for o in profile.outlook]


def _english(text: object) -> Optional[str]:
    from ..text import localize

    return localize(text, "en") or None  # type: ignore[arg-type]


# ---------------------------------------------------------------- comparing

def convert(amount: float, period: Period, to: Period) -> float:
    """The same pay for another period: a year is 12 months and 2,080 hours."""
    return amount * PER_YEAR[period] / PER_YEAR[to]


def judge(threshold: Threshold, points: Sequence[PayPoint]) -> PayDecision:
    """Pass, fail, undecided (a top-coded figure below the threshold) or no figure in that currency."""
    usable = [p for p in points if p.currency == threshold.currency and p.basis == threshold.basis]
    if not usable:
        return PayDecision(verdict="no_figure")
    point = min(usable, key=lambda p: (p.period != threshold.period, p.period == "hour"))  # stable: profile order
    compared = round(convert(point.amount, point.period, threshold.period), 2)  # to the cent: 1,000 x 12 = 12,000
    if compared >= threshold.amount:
        verdict: Verdict = "pass"
    else:
        verdict = "undecided" if point.at_least else "fail"
    return PayDecision(verdict=verdict, point=point, compared=compared, period=threshold.period,
                       converted_from=point.period if point.period != threshold.period else None)


def judge_profile(threshold: Threshold, profile: "Profile") -> PayDecision:
    return judge(threshold, pay_points(profile))


def explain(decision: PayDecision) -> str:
    """What the output must say about a decision: the missing figure, or the conversion rule used."""
    if decision.verdict == "no_figure":
        return _("no pay figure in this currency and basis")
    if decision.converted_from is None:
        return ""
    if "hour" in (decision.converted_from, decision.period):
        return _("converted at 2,080 hours a year (40 hours x 52 weeks, as BLS does)")
    return _("converted at 12 months a year")


def sort_key(points: Sequence[PayPoint], currency: str, period: Period, basis: Basis = DEFAULT_BASIS) -> Optional[float]:
    """The amount to sort careers by pay in one currency and period (None: no figure, sort last)."""
    return pay_in(points, Unit(currency, period, basis)).compared


def pay_in(points: Sequence[PayPoint], unit: Unit) -> PayDecision:
    """A career's pay in `unit`: the figure `judge` would compare with a threshold in that unit,
    in its period (converted by the fixed rules, and saying so); `no_figure` when there is none."""
    return judge(Threshold(amount=0, currency=unit.currency, period=unit.period, basis=unit.basis), points)


def main_outlook(points: Sequence[OutlookPoint]) -> Optional[OutlookPoint]:
    """The projection to show and sort by: the first with a projected change (U.S. BLS for O*NET)."""
    return next((p for p in points if p.change_percent is not None), None)


# ---------------------------------------------------------------- sorting

SORTS = ("pay", "outlook", "title", "match")


def sort_order(by: str, *, pay: Optional[float], outlook: Optional[float], title: str, position: int) -> tuple:
    """The key that orders careers `by` pay (highest first), outlook (the largest projected change
    first) or title (alphabetical); careers without the figure come last, in their given order;
    `match` (or anything else) keeps the given order."""
    if by == "pay":
        return (pay is None, -(pay or 0.0), position)
    if by == "outlook":
        return (outlook is None, -(outlook or 0.0), position)
    if by == "title":
        return (fold(title), position)
    return (position,)
