"""`careers values` on its own: a person's work values in order, and the careers whose own work
values fit that order best (the values term of the quiz's ranking, alone: quiz/values.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Optional

import msgspec

from ..text import localize
from ..views import Result
from .values import values_scorer

if TYPE_CHECKING:
    from ..catalog.entry import Entry


class ValueCareer(msgspec.Struct, frozen=True):
    id: str
    title: str
    fit: float  # how far above the careers' mean it rates on the values put first (quiz/values.py)
    derived: bool = False  # its work values are derived through the crosswalks


class ValuesResult(Result, frozen=True):  # type: ignore[misc]  # msgspec allows a frozen Struct on a mutable one
    """What `careers values` and `Careers.values` give: the order, and the careers whose own work
    values fit it best."""

    order: tuple[str, ...]  # most important first (quiz/values.py keys)
    lang: str
    careers: list[ValueCareer] = []  # best values fit first
    rated: int = 0  # careers in scope with work values
    notes: list[str] = []


def values_result(order: tuple[str, ...], entries: Iterable["Entry"], lang: str, top: Optional[int],
                  notes: Optional[list[str]] = None) -> ValuesResult:
    """The careers with work values, best fit with `order` first (ties by id)."""
    entries = list(entries)
    scorer = values_scorer(order, [entry.work_values for entry in entries])
    fits = [(fit, entry) for entry in entries
            if scorer is not None and (fit := scorer.fit(entry.work_values)) is not None]
    fits.sort(key=lambda pair: (-round(pair[0], 9), pair[1].id))
    careers = [ValueCareer(entry.id, localize(entry.title, lang) or entry.id, round(fit, 3), entry.work_values_derived)
               for fit, entry in fits[:top]]
    return ValuesResult(order, lang, careers, len(fits), list(notes or []))
