"""Numbers and amounts as each language writes them: '2,500.5' (en), '2 500,5' (fr, with a
no-break space between thousands), '2.500,5' (nl); '€2,500' (en), '2 500 €' (fr). Pure."""

from __future__ import annotations

from typing import Optional
from .i18n import current_language

CURRENCY_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF\u00a0"}
THOUSANDS = {"en": ",", "fr": "\u00a0", "nl": "."}


def localized_digits(text: str) -> str:
    """'1,234.5' (as Python writes it) with the thousands and decimal separators of the current language."""
    lang = current_language()
    if lang == "en":
        return text
    return text.replace(",", "\0").replace(".", ",").replace("\0", THOUSANDS.get(lang, ","))


def number(value: float) -> str:
    """2500 -> '2,500' (en), '2 500' (fr), '2.500' (nl); decimals kept to two places."""
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    return localized_digits(text)


def money(value: float, currency: Optional[str], cents: Optional[bool] = None) -> str:
    """2500 EUR -> '€2,500' (en), '2 500 €' (fr); cents shown when there are some (or when asked)."""
    lang = current_language()
    with_cents = cents if cents is not None else not float(value).is_integer()
    amount = localized_digits(f"{value:,.2f}" if with_cents else f"{value:,.0f}")
    if not currency:
        return amount
    symbol = CURRENCY_SIGNS.get(currency, currency + "\u00a0")
    return f"{amount}\u00a0{symbol.strip()}" if lang == "fr" else f"{symbol}{amount}"
