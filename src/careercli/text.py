"""Text helpers: localisation, safe display of untrusted text, slugs and matching keys."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from .schema import Text

# C0/C1 control characters (ESC, BEL, CSI ...) except tab and newline, and the bidirectional
# controls that can make a line display in another order than it reads (Trojan Source).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
# The Unicode blocks of combining marks (accents once a letter is decomposed with NFKD).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
FALLBACK_ORDER = ("en", "fr", "nl")


def clean(text: str) -> str:
    """Strip terminal control characters from untrusted text (markup is escaped elsewhere)."""
    return _CONTROL.sub("", text)


def localize(text: Optional["Text"], lang: str) -> Optional[str]:
    """The text in `lang`, else in the first language available (en, fr, nl)."""
    if text is None or isinstance(text, str):
        return text
    for code in (lang, *FALLBACK_ORDER):
        value = getattr(text, code, None)
        if value:
            return value
    return None


def translations(text: Optional["Text"]) -> list[str]:
    """Every language version of a text (for search)."""
    if text is None:
        return []
    if isinstance(text, str):
        return [text]
    return [v for v in (text.fr, text.en, text.nl) if v]


def fold(text: str) -> str:
    """Lowercase, accents removed, whitespace collapsed: the key for exact title matching."""
    folded = text.casefold()
    if not folded.isascii():  # the index folds ~180,000 titles: keep ASCII on the fast path
        # casefold again: compatibility decomposition can yield capitals ('𝕊' -> 'S')
        folded = _COMBINING.sub("", unicodedata.normalize("NFKD", folded)).casefold()
    return " ".join(folded.split())


def slugify(text: str) -> str:
    """A readable id: 'Producers and Directors' -> 'producers-and-directors'."""
    return _NOT_ALNUM.sub("-", fold(text)).strip("-")
