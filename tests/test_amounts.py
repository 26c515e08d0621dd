"""Amounts as people write them (careercli.facts.amounts): what is read, what is left unsaid, and a
one-line refusal that shows what works for anything else."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careercli.facts.amounts import EXAMPLES, AmountError, WrittenAmount, number_value, read_amount
from careercli.errors import UsageError


@pytest.mark.parametrize(("text", "expected"), [
    # the examples
    ("2500€", WrittenAmount(2500, "EUR")),
    ("2 500 €", WrittenAmount(2500, "EUR")),
    ("2.500 EUR/mois", WrittenAmount(2500, "EUR", "month")),
    ("1800 net", WrittenAmount(1800, basis="net")),
    ("30k", WrittenAmount(30000, in_thousands=True)),
    ("$60,000/yr", WrittenAmount(60000, "USD", "year")),
    # spaces as a French keyboard or a word processor writes them (no-break, narrow no-break, thin)
    ("2\u00a0500\u00a0€", WrittenAmount(2500, "EUR")),
    ("2\u202f500 €", WrittenAmount(2500, "EUR")),
    ("2\u2009500", WrittenAmount(2500)),
    ("2'500 CHF/mois", WrittenAmount(2500, "CHF", "month")),
    # the currency before or after, as a symbol, a code or a word
    ("€2500", WrittenAmount(2500, "EUR")),
    ("EUR 2500", WrittenAmount(2500, "EUR")),
    ("2500 euros", WrittenAmount(2500, "EUR")),
    ("£30,000 a year", WrittenAmount(30000, "GBP", "year")),
    ("45000 dollars per year", WrittenAmount(45000, "USD", "year")),
    # periods and bases in French and in English
    ("2 500 € brut par mois", WrittenAmount(2500, "EUR", "month", "gross")),
    ("1 800 € net/mois", WrittenAmount(1800, "EUR", "month", "net")),
    ("36000 EUR/année", WrittenAmount(36000, "EUR", "year")),
    ("30k€ par an", WrittenAmount(30000, "EUR", "year", in_thousands=True)),
    ("30keur/an brut", WrittenAmount(30000, "EUR", "year", "gross", True)),
    ("25 USD an hour", WrittenAmount(25, "USD", "hour")),
    ("14,50 €/h", WrittenAmount(14.5, "EUR", "hour")),
    ("3000 mensuel net", WrittenAmount(3000, period="month", basis="net")),
    ("40000USD/year", WrittenAmount(40000, "USD", "year")),
    ("3000EUR/month net", WrittenAmount(3000, "EUR", "month", "net")),
    # decimals and thousands
    ("2500,50", WrittenAmount(2500.5)),
    ("2500.5", WrittenAmount(2500.5)),
    ("1.234,56 €", WrittenAmount(1234.56, "EUR")),
    ("1,234.56", WrittenAmount(1234.56)),
    ("1.234.567", WrittenAmount(1234567)),
    ("2,5k", WrittenAmount(2500, in_thousands=True)),
    ("0", WrittenAmount(0)),
])
def test_amounts_as_people_write_them(text: str, expected: WrittenAmount) -> None:
    assert read_amount(text) == expected


@pytest.mark.parametrize(("text", "message"), [
    ("", "cannot read the pay '': write one amount, e.g. " + EXAMPLES),
    ("   ", "cannot read the pay ''"),
    ("abc", "cannot read the pay 'abc'"),
    ("2500 - 3000", "cannot read the pay '2500 - 3000': write one amount"),
    ("entre 2000 et 3000", "cannot read the pay"),
    ("-5", "cannot read '-' in the pay '-5'; amounts that work: " + EXAMPLES),
    ("2500 EUR/week", "cannot read 'week'"),
    ("25USD/hour brutto", "cannot read 'brutto'"),
    ("30kg", "cannot read 'kg'"),
    ("2500 € $", "the pay '2500 € $' says two different things"),
    ("2500 €/mois/an", "says two different things"),
    ("2500 brut net", "says two different things"),
    ("2500.123", "cannot read the number '2500.123' in the pay '2500.123': group thousands by three"),
    ("25.00.0", "group thousands by three"),
    ("1,23456", "more than two decimals"),
])
def test_unclear_amounts_get_one_line_that_shows_what_works(text: str, message: str) -> None:
    with pytest.raises(AmountError) as error:
        read_amount(text)
    assert message in str(error.value)
    assert "\n" not in str(error.value)
    assert isinstance(error.value, UsageError)  # exit code 2 at the command line


def test_the_examples_in_the_messages_all_read() -> None:
    for example in EXAMPLES.split(", "):
        assert read_amount(example).amount > 0


@pytest.mark.parametrize(("digits", "value"), [
    ("2 500", 2500), ("2.500", 2500), ("60,000", 60000), ("2500,50", 2500.5), ("2500,5", 2500.5),
    ("1.234,56", 1234.56), ("1,234.56", 1234.56), ("12", 12), ("1 000 000", 1000000),
])
def test_a_single_mark_before_three_digits_groups_thousands_otherwise_it_is_the_decimal_mark(
        digits: str, value: float) -> None:
    assert number_value(digits, digits) == value


@given(st.integers(0, 10**9))
def test_any_grouping_of_a_whole_amount_reads_back(amount: int) -> None:
    for separator in (" ", "\u00a0", ".", ",", "'"):
        grouped = f"{amount:,}".replace(",", separator)
        assert read_amount(grouped).amount == amount
        assert read_amount(grouped + " €").currency == "EUR"


@given(st.integers(0, 10**7), st.integers(0, 99), st.sampled_from((",", ".")))
def test_two_decimals_after_either_mark(whole: int, cents: int, mark: str) -> None:
    assert read_amount(f"{whole}{mark}{cents:02d}").amount == pytest.approx(whole + cents / 100)


@given(st.text(max_size=30))
def test_any_text_reads_or_fails_with_a_usage_error(text: str) -> None:
    try:
        written = read_amount(text)
    except AmountError as error:
        assert str(error) and "\n" not in str(error)
    else:
        assert written.amount >= 0
        assert written.currency is None or len(written.currency) == 3
