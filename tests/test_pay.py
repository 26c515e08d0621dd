"""Pay thresholds: the grammar, clear errors, and comparing like with like (careercli.facts.pay)."""

from __future__ import annotations

import msgspec
import pytest
from hypothesis import given
from hypothesis import strategies as st

from careercli.facts.amounts import WORDS
from careercli.errors import UsageError
from careercli.facts.pay import (
    HOURS_A_YEAR, PayPoint, PayThresholdError, Threshold, Unit, check_amount, convert, default_unit, explain,
    judge, judge_profile, outlook_points, parse_threshold, parse_unit, pay_in, pay_points, sort_key,
    sort_order, unit_text)
from careercli.profile.schema import Profile
from careercli.i18n import language

PERIODS = ("hour", "month", "year")


# ---------------------------------------------------------------- the grammar

@pytest.mark.parametrize(("text", "expected"), [
    ("2500", Threshold(amount=2500)),  # a bare amount: EUR a month, gross, as --min-salary always meant
    ("2500,50", Threshold(amount=2500.5)),
    ("40000USD/year", Threshold(amount=40000, currency="USD", period="year")),
    ("25 usd / hour", Threshold(amount=25, currency="USD", period="hour")),
    ("3000EUR/month net", Threshold(amount=3000, currency="EUR", period="month", basis="net")),
    ("3000 eur/mois brut", Threshold(amount=3000, currency="EUR", period="month", basis="gross")),
    ("36000 EUR/année", Threshold(amount=36000, currency="EUR", period="year")),
    ("  52000GBP/yr  ", Threshold(amount=52000, currency="GBP", period="year")),
    # as people write amounts (careercli.facts.amounts; tests/test_amounts.py has the grammar)
    ("2500€", Threshold(amount=2500)),
    ("2 500 €", Threshold(amount=2500)),
    ("2.500 EUR/mois", Threshold(amount=2500)),
    ("1800 net", Threshold(amount=1800, basis="net")),
    ("30k", Threshold(amount=30000, period="year")),  # a salary in thousands is a year's
    ("$60,000/yr", Threshold(amount=60000, currency="USD", period="year")),
    ("2500/month", Threshold(amount=2500)),
])
def test_thresholds_that_parse(text: str, expected: Threshold) -> None:
    assert parse_threshold(text) == expected


def test_what_is_not_written_comes_from_the_unit_asked_in() -> None:
    usd_year = Unit("USD", "year")
    assert parse_threshold("45 000", usd_year) == Threshold(amount=45000, currency="USD", period="year")
    assert parse_threshold("2500 €", usd_year) == Threshold(amount=2500)  # euros alone: a month, as in Belgium
    assert parse_threshold("25 an hour net", usd_year) == Threshold(amount=25, currency="USD", period="hour",
                                                                    basis="net")


@pytest.mark.parametrize(("text", "message"), [
    ("", "cannot read the pay '': write one amount, e.g. 2500, 2 500 €"),
    ("abc", "cannot read the pay 'abc'"),
    ("-5", "cannot read '-' in the pay '-5'; amounts that work: 2500"),
    ("40,000.123USD/year", "more than two decimals"),
    ("2500 USD", "say for what period, e.g. 2500 USD/year or 2500 USD/month"),
    ("2500 EUR/week", "cannot read 'week' in the pay '2500 EUR/week'"),
    ("25USD/hour brutto", "cannot read 'brutto'"),
])
def test_thresholds_that_do_not_parse_say_how_to_write_one(text: str, message: str) -> None:
    with pytest.raises(PayThresholdError, match=message.replace("(", r"\(")) as error:
        parse_threshold(text)
    assert isinstance(error.value, UsageError)  # exit code 2 at the command line


thresholds = st.builds(
    Threshold,
    amount=st.integers(0, 10**9).map(lambda cents: cents / 100),
    currency=st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3).filter(lambda c: c.lower() not in WORDS),
    period=st.sampled_from(PERIODS),
    basis=st.sampled_from(("gross", "net")),
)


@given(thresholds)
def test_canonical_spelling_reads_back(threshold: Threshold) -> None:
    assert parse_threshold(str(threshold)) == threshold
    assert parse_threshold(str(threshold).lower()) == threshold


@given(st.integers(0, 10**9), st.sampled_from(("", ".5", ",25", ".07")))
def test_a_bare_amount_is_eur_a_month_gross(whole: int, decimals: str) -> None:
    threshold = parse_threshold(f"{whole}{decimals}")
    assert threshold == Threshold(amount=float(f"{whole}{decimals.replace(',', '.')}"))


@given(st.text(max_size=30))
def test_any_text_parses_or_fails_with_a_usage_error(text: str) -> None:
    try:
        threshold = parse_threshold(text)
    except PayThresholdError as error:
        assert str(error)
    else:
        assert threshold.amount >= 0 and len(threshold.currency) == 3


# ---------------------------------------------------------------- comparing

def point(amount: float, currency: str = "USD", period: str = "year", **more: object) -> PayPoint:
    basis = more.pop("basis", "gross")
    return PayPoint(amount=amount, currency=currency, period=period, basis=basis, **more)  # type: ignore[arg-type]


def test_same_currency_and_period_compares_directly() -> None:
    decision = judge(parse_threshold("40000USD/year"), [point(133080)])
    assert (decision.verdict, decision.compared, decision.converted_from) == ("pass", 133080, None)
    assert explain(decision) == ""
    assert judge(parse_threshold("140000USD/year"), [point(133080)]).verdict == "fail"


def test_no_conversion_between_currencies() -> None:
    decision = judge(parse_threshold("2500"), [point(133080)])
    assert decision.verdict == "no_figure" and decision.point is None
    assert explain(decision) == "no pay figure in this currency and basis"


def test_gross_and_net_are_not_compared() -> None:
    assert judge(parse_threshold("3000USD/year net"), [point(133080)]).verdict == "no_figure"
    assert judge(parse_threshold("3000USD/year"), [point(133080, basis=None)]).verdict == "no_figure"


def test_hours_convert_at_2080_a_year_and_say_so() -> None:
    decision = judge(parse_threshold("25USD/hour"), [point(52000)])
    assert (decision.verdict, decision.compared, decision.converted_from) == ("pass", 25.0, "year")
    assert "2,080 hours" in explain(decision)
    monthly = judge(parse_threshold("4000USD/month"), [point(48000)])
    assert (monthly.verdict, monthly.compared) == ("pass", 4000.0) and "12 months" in explain(monthly)


def test_the_threshold_period_is_preferred_then_year_or_month_over_hours() -> None:
    points = [point(23.33, period="hour"), point(48000, period="year")]
    assert judge(parse_threshold("20USD/hour"), points).point == points[0]
    assert judge(parse_threshold("4000USD/month"), points).point == points[1]


def test_top_coded_median_passes_below_the_top_code_and_is_undecided_above() -> None:
    at_least = [point(239200, at_least=True)]
    assert judge(parse_threshold("200000USD/year"), at_least).verdict == "pass"
    assert judge(parse_threshold("250000USD/year"), at_least).verdict == "undecided"


@given(st.floats(0.01, 1e7), st.sampled_from(PERIODS), st.sampled_from(PERIODS))
def test_conversion_round_trips(amount: float, period: str, to: str) -> None:
    assert convert(convert(amount, period, to), to, period) == pytest.approx(amount)  # type: ignore[arg-type]
    assert convert(1, "hour", "year") == HOURS_A_YEAR  # type: ignore[arg-type]


@given(st.integers(0, 10**7), st.integers(0, 10**7), st.sampled_from(PERIODS), st.sampled_from(PERIODS))
def test_a_lower_threshold_never_turns_a_pass_into_a_fail(low: int, high: int, period: str, figure_period: str) -> None:
    low, high = min(low, high), max(low, high)
    points = [point(50000, period=figure_period)]

    def decide(amount: int) -> str:
        return judge(Threshold(amount=amount, currency="USD", period=period), points).verdict  # type: ignore[arg-type]

    if decide(high) == "pass":
        assert decide(low) == "pass"


# ---------------------------------------------------------------- a profile's figures

PROFILE = {
    "title": "Test",
    "salary": {"currency": "EUR", "period": "month", "basis": "gross", "overall": {"min": 2500, "max": 5500},
               "year": 2025, "source": "Guide"},
    "wages": [{"source": {"name": "OEWS"}, "geography": {"en": "United States", "fr": "États-Unis"}, "year": 2024,
               "currency": "USD", "basis": "gross",
               "pay": [{"period": "year", "suppressed": ["mean", "p10", "p25", "median", "p75", "p90"]},
                       {"period": "hour", "median": 23.33}]}],
}


def test_pay_points_of_a_profile() -> None:
    profile = msgspec.convert(PROFILE, Profile)
    own, hourly = pay_points(profile)
    assert (own.amount, own.currency, own.period, own.statistic, own.source) == (5500, "EUR", "month", "range_top",
                                                                                 "Guide")
    assert (hourly.amount, hourly.period, hourly.geography, hourly.year) == (23.33, "hour", "United States", 2024)
    assert judge_profile(parse_threshold("2500"), profile).verdict == "pass"  # EUR: the profile's own range
    hourly_only = judge_profile(parse_threshold("40000USD/year"), profile)  # USD: the hourly median x 2,080
    assert (hourly_only.verdict, hourly_only.compared) == ("pass", 48526.4)


def test_sort_key_in_one_currency_and_period() -> None:
    profile = msgspec.convert(PROFILE, Profile)
    assert sort_key(pay_points(profile), "USD", "hour") == 23.33
    assert sort_key(pay_points(profile), "GBP", "year") is None


# ---------------------------------------------------------------- units, defaults and sorting

@pytest.mark.parametrize(("text", "expected"), [
    ("USD/year", Unit("USD", "year")), ("eur / mois", Unit("EUR", "month")), ("EUR/month net", Unit("EUR", "month", "net")),
    ("chf/h", Unit("CHF", "hour")),
])
def test_units_that_parse(text: str, expected: Unit) -> None:
    assert parse_unit(text) == expected
    assert parse_unit(str(expected)) == expected


@pytest.mark.parametrize("text", ["USD", "2500USD/year", "dollars/year", "USD/week", "USD/year tax-free", ""])
def test_units_that_do_not_parse_are_usage_errors(text: str) -> None:
    with pytest.raises(PayThresholdError):
        parse_unit(text)


def test_the_default_unit_is_that_of_the_languages_reference_catalog() -> None:
    def in_language(code: str) -> Unit:
        with language(code):
            return default_unit()

    assert (in_language("fr"), in_language("en"), in_language("nl")) == (
        Unit("EUR", "month"), Unit("USD", "year"), Unit("USD", "year"))
    assert (unit_text(Unit("USD", "year")), unit_text(Unit("EUR", "month", "net"))) == (
        "USD a year", "EUR a month, net")


def test_an_amount_no_pay_reaches_is_refused() -> None:
    assert check_amount(parse_threshold("999999999")).amount == 999999999
    with pytest.raises(PayThresholdError, match="too large"):
        check_amount(parse_threshold("1000000001"))


def test_pay_in_a_unit_is_the_figure_a_threshold_would_compare() -> None:
    profile = msgspec.convert(PROFILE, Profile)
    yearly = pay_in(pay_points(profile), Unit("USD", "year"))
    assert (yearly.compared, yearly.converted_from, yearly.point.statistic) == (48526.4, "hour", "median")
    assert pay_in(pay_points(profile), Unit("EUR", "year")).compared == 66000  # the range's top, x 12
    assert pay_in(pay_points(profile), Unit("EUR", "month", "net")).point is None  # gross is not net


def test_outlook_points_keep_the_projection_and_where_it_applies() -> None:
    profile = msgspec.convert({**PROFILE, "outlook": [{
        "source": {"name": "EP"}, "geography": {"en": "United States"}, "base_year": 2024, "target_year": 2034,
        "change_percent": -3.5, "openings_thousands": 1.2, "suppressed": ["change"]}]}, Profile)
    (point,) = outlook_points(profile)
    assert (point.change_percent, point.change_thousands, point.openings_thousands, point.geography, point.source) == (
        -3.5, None, 1.2, "United States", "EP")


def test_sorting_puts_careers_without_the_figure_last_in_their_given_order() -> None:
    careers = [("b", None, 3.0), ("a", 10.0, None), ("c", 30.0, -1.0), ("d", None, None)]

    def order(by: str) -> list[str]:
        keyed = sorted(range(len(careers)), key=lambda i: sort_order(by, pay=careers[i][1], outlook=careers[i][2],
                                                                     title=careers[i][0], position=i))
        return [careers[i][0] for i in keyed]

    assert order("pay") == ["c", "a", "b", "d"]
    assert order("outlook") == ["b", "c", "a", "d"]
    assert order("title") == ["a", "b", "c", "d"]
    assert order("match") == ["b", "a", "c", "d"]
