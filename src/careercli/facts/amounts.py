"""Amounts of pay as people write them: `2500€`, `2 500 €`, `2.500 EUR/mois`, `1800 net`, `30k`,
`$60,000/yr`, `25 USD an hour`, `3000EUR/month net`. Pure: text in, a `WrittenAmount` out.

What is read (case and spaces do not matter; words in French or English):

- the number, with thousands grouped by a space (also a no-break or thin space), an apostrophe,
  a dot or a comma (`2 500`, `2'500`, `2.500`, `60,000`), and decimals after a dot or a comma.
  One dot or comma followed by exactly three digits groups thousands (`2.500` is 2500: nobody
  asks for a pay of two and a half euros); with both, the last one is the decimal mark
  (`1.234,56`, `1,234.56`). `k` after the number means thousands (`30k`, `2,5k`).
- a currency: a symbol (€, $, £) or a code of three letters (EUR, USD, CHF ...) or a word
  (euro, euros, dollar, dollars), before or after the number;
- a period after `/`, `per`, `par`, `a`, `an` or alone: hour (h, hr, heure), month (mo, mois),
  year (y, yr, an, année, annuel ...);
- a basis: gross (brut, brute) or net (nette).

What is not written stays None: the caller decides what a missing part means (pay.parse_threshold).
Anything else is refused with a one-line message that shows what works.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple, Optional

from ..errors import UsageError
from ..i18n import _
from ..patterns import lazy

SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP"}
CURRENCY_WORDS = {"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD"}
PERIOD_WORDS: dict[str, Literal["hour", "month", "year"]] = {  # pay.Period
    "hour": "hour", "hours": "hour", "h": "hour", "hr": "hour", "heure": "hour", "hourly": "hour", "horaire": "hour",
    "month": "month", "months": "month", "mo": "month", "mois": "month", "monthly": "month", "mensuel": "month",
    "mensuels": "month", "year": "year", "years": "year", "y": "year", "yr": "year", "an": "year", "ans": "year",
    "annee": "year", "année": "year", "yearly": "year", "annual": "year", "annuel": "year", "annuels": "year",
}
BASIS_WORDS: dict[str, Literal["gross", "net"]] = {"gross": "gross", "brut": "gross", "brute": "gross", "bruts": "gross", "net": "net", "nette": "net",
               "nets": "net"}
CONNECTORS = frozenset({"/", "per", "par", "a", "an"})  # before a period: /mois, per year, par an, a month, an hour
WORDS = frozenset(PERIOD_WORDS) | frozenset(BASIS_WORDS) | CONNECTORS | frozenset(CURRENCY_WORDS) | {"k"}
EXAMPLES = "2500, 2 500 €, 2.500 EUR/mois, 1800 net, 30k, $60,000/yr"

_SPACES = lazy(r"[\s\u00a0\u202f\u2009]+")
_NUMBER = lazy(r"\d[\d ',.’]*")
_TOKEN = lazy(r"[^\W\d_]+|[€$£/]|\S")


class AmountError(UsageError):
    """An amount that cannot be read; the message shows what works."""


class WrittenAmount(NamedTuple):
    """What an amount says, and only that: None where it says nothing."""

    amount: float
    currency: Optional[str] = None  # ISO 4217 code
    period: Optional[str] = None  # hour, month or year
    basis: Optional[str] = None  # gross or net
    in_thousands: bool = False  # written with k (30k)


def read_amount(text: str) -> WrittenAmount:
    """The amount, currency, period and basis written in `text` (see the module's grammar)."""
    cleaned = _SPACES.sub(" ", text).strip()
    numbers = list(_NUMBER.finditer(cleaned))
    if len(numbers) != 1:
        raise _unreadable(cleaned)
    found = numbers[0]
    digits = found.group().rstrip(" ,.'’")
    before, after = cleaned[:found.start()], cleaned[found.start() + len(digits):]
    amount = number_value(digits, cleaned)
    parts = _Parts()
    for token in _tokens(before):
        parts.add_currency(token, cleaned)
    in_thousands = _read_after(_tokens(after), parts, cleaned)
    return WrittenAmount(amount * 1000 if in_thousands else amount, parts.currency, parts.period, parts.basis,
                         in_thousands)


def number_value(digits: str, text: str) -> float:
    """`2 500` 2500, `2.500` 2500, `60,000` 60000, `2500,50` 2500.5, `1.234,56` 1234.56."""
    decimals = ""
    marks = [i for i, c in enumerate(digits) if c in ".,"]
    if marks:
        last = marks[-1]
        both = len({digits[i] for i in marks}) == 2
        if both or (len(marks) == 1 and len(digits) - last - 1 != 3):  # else it groups thousands: 2.500
            digits, decimals = digits[:last], digits[last + 1:]
    groups = re.split(r"[ '’.,]", digits)
    if len(groups) > 1 and not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
        raise AmountError(_("cannot read the number '{number}' in the pay '{text}': group thousands by three, "
                            "e.g. 2 500 or 60,000").format(number=digits, text=text.strip()))
    if len(decimals) > 2 or not decimals.isdigit() and decimals:
        raise AmountError(_("the amount in '{text}' has more than two decimals; write e.g. 2500,50").format(
            text=text.strip()))
    return float("".join(groups) + ("." + decimals if decimals else ""))


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


class _Parts:
    """The currency, period and basis read so far; each may be written once."""

    def __init__(self) -> None:
        self.currency: Optional[str] = None
        self.period: Optional[str] = None
        self.basis: Optional[str] = None

    def set(self, name: str, value: str, text: str) -> None:
        if getattr(self, name) not in (None, value):
            raise AmountError(_("the pay '{text}' says two different things; write one amount, e.g. {examples}")
                              .format(text=text.strip(), examples=EXAMPLES))
        setattr(self, name, value)

    def add_currency(self, token: str, text: str) -> None:
        code = currency_code(token)
        if code is None:
            raise _unknown(token, text)
        self.set("currency", code, text)


def currency_code(token: str) -> Optional[str]:
    """EUR for €, euro, euros or eur; any other three letters as a code; None if not a currency."""
    if token in SYMBOLS:
        return SYMBOLS[token]
    if token in CURRENCY_WORDS:
        return CURRENCY_WORDS[token]
    if len(token) == 3 and token.isascii() and token.isalpha() and token not in WORDS:
        return token.upper()
    return None


def _read_after(tokens: list[str], parts: _Parts, text: str) -> bool:
    """Read what follows the number into `parts`; whether it began with k (thousands)."""
    in_thousands = False
    if tokens and tokens[0].startswith("k") and (tokens[0] == "k" or currency_code(tokens[0][1:])):
        in_thousands = True
        tokens = ([tokens[0][1:]] if tokens[0] != "k" else []) + tokens[1:]
    for position, token in enumerate(tokens):
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if token in CONNECTORS and following in PERIOD_WORDS and not (token == "an" and following == "an"):
            continue  # "/", "per", "par", "a", "an" before a period
        if token == "/" and following is not None and currency_code(following) is None:
            raise _unknown(following, text)
        _read_word(token, parts, text)
    return in_thousands


def _read_word(token: str, parts: _Parts, text: str) -> None:
    if token in PERIOD_WORDS:
        parts.set("period", PERIOD_WORDS[token], text)
    elif token in BASIS_WORDS:
        parts.set("basis", BASIS_WORDS[token], text)
    else:
        parts.add_currency(token, text)


def _unknown(token: str, text: str) -> AmountError:
    return AmountError(_("cannot read '{word}' in the pay '{text}'; amounts that work: {examples}").format(
        word=token, text=text.strip(), examples=EXAMPLES))


def _unreadable(text: str) -> AmountError:
    return AmountError(_("cannot read the pay '{text}': write one amount, e.g. {examples}").format(
        text=text.strip(), examples=EXAMPLES))
