"""Find careers by what people type: ids, codes and titles, best match first.

A first, exact-and-substring search (case- and accent-insensitive): an id, code or title that
equals the query ranks first, then titles starting with it, then titles containing it as a
word prefix, then anywhere; other titles (O*NET, ESCO, ROME) count a little less.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, Optional

import msgspec

from .text import fold, localize

if TYPE_CHECKING:
    from .catalog import Catalog
    from .index import Entry


class Hit(msgspec.Struct, frozen=True):
    entry: "Entry"
    score: int  # 0-100
    field: str  # "id", "name" (codes and main titles) or "alias" (other titles)
    matched: str  # the folded key that matched


def _score(key: str, query: str) -> int:
    if key == query:
        return 100
    if key.startswith(query):
        return 90
    if f" {query}" in f" {key}":
        return 80
    return 70 if query in key else 0


def _candidates(catalog: "Catalog", query: str) -> Iterator[tuple[str, int, str, str]]:
    for field, table, weight in (("name", "names", 0), ("alias", "aliases", 10)):
        for career_id, keys in catalog.keys(table).items():
            best = max(((_score(k, query), k) for k in keys), default=(0, ""))
            if best[0]:
                yield career_id, best[0] - weight, "id" if best[1] == career_id else field, best[1]


def search_entries(catalog: "Catalog", text: str, *, lang: str, limit: Optional[int] = 10) -> list[Hit]:
    query = fold(text)
    if not query:
        return []
    entries = catalog.entries
    best: dict[str, Hit] = {}
    for career_id, score, field, matched in _candidates(catalog, query):
        if career_id in entries and (career_id not in best or score > best[career_id].score):
            best[career_id] = Hit(entries[career_id], score, field, matched)
    ranked = sorted(best.values(), key=lambda h: (-h.score, fold(localize(h.entry.title, lang) or h.entry.id)))
    return ranked[:limit] if limit else ranked
