"""`careers values` on its own: a person's work values in order, and the careers whose own work
values fit that order best (the values term of the quiz's ranking, alone: quiz/values.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Optional

import msgspec

from ..text import localize
from ..views import Result
from .values import values_scorer
from ..i18n import current_language

if TYPE_CHECKING:
    from ..catalog.entry import Entry


class ValueCareer(msgspec.Struct, frozen=True):
    id: str
    title: str
    fit: float  # how far above the careers' mean it rates on the values put first (quiz/values.py)
    derived: bool = False  # its work values are derived through the crosswalks
    same_values: list[str] = []  # the titles of the careers with exactly its work values (one row for them all)


class ValuesResult(Result, frozen=True):  # type: ignore[misc]  # msgspec allows a frozen Struct on a mutable one
    """What `careers values` and `Careers.values` give: the order, and the careers whose own work
    values fit it best."""

    order: tuple[str, ...]  # most important first (quiz/values.py keys)
    lang: str
    careers: list[ValueCareer] = []  # best values fit first
    rated: int = 0  # careers in scope with work values
    notes: list[str] = []


def values_result(order: tuple[str, ...], entries: Iterable["Entry"], top: Optional[int],
                  notes: Optional[list[str]] = None) -> ValuesResult:
    """The careers with work values, best fit with `order` first (ties by id); careers with exactly
    the same work values (ROME fiches derived from the same occupations) are one row, the first by id,
    naming the others."""
    lang = current_language()
    entries = list(entries)
    scorer = values_scorer(order, [entry.work_values for entry in entries])
    fits = [(fit, entry) for entry in entries
            if scorer is not None and (fit := scorer.fit(entry.work_values)) is not None]
    fits.sort(key=lambda pair: (-round(pair[0], 9), pair[1].id))
    groups: dict[object, list["Entry"]] = {}  # careers no order can tell apart (derived from the same occupations)
    for _fit, entry in fits:
        groups.setdefault(entry.work_values, []).append(entry)
    rows = [(fit, groups[entry.work_values]) for fit, entry in fits if groups[entry.work_values][0] is entry]
    careers = [ValueCareer(first.id, localize(first.title, lang) or first.id, round(fit, 3), first.work_values_derived,
                           [localize(other.title, lang) or other.id for other in others])
               for fit, (first, *others) in rows[:top]]
    return ValuesResult(order, lang, careers, len(fits), list(notes or []))
