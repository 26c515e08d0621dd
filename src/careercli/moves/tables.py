"""The moves tables shipped in data/reference/ (written by tools/moves_tables.py, see
importers.moves_tables for their layout): each career's competences, its reference's own links
(ROME mobility, O*NET related occupations) with what each asks to learn, and its nearest careers.

A table is read on first use, once, as bytes: a career's line is split when it is asked for, and
the ROME item labels (most of the file) are found by binary search, never all decoded.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, Optional

from .measure import CORE_WEIGHT, IMPORTANT, OTHER_WEIGHT, Competences

REFERENCES = {"rome": "moves-rome-v*.tsv", "onet": "moves-onet-*.tsv"}
MAX_TABLE_BYTES = 64 * 1024 * 1024


class Link(NamedTuple):
    code: str
    to_learn: Optional[float]  # moves.measure.to_learn; None when the target has no competences in the table
    overlap: Optional[float] = None  # for the nearest careers


class Career(NamedTuple):
    """What a table says of one career (a ROME fiche or an O*NET occupation), by its code."""

    code: str
    competences: Competences
    core: frozenset[str]  # ROME: the items at the core of the job; O*NET: none
    links: tuple[Link, ...]  # ROME mobility or O*NET related occupations, in the published order
    near: tuple[Link, ...]  # best overlap first


class Label(NamedTuple):
    kind: str  # competence or knowledge (ROME), skill or knowledge (O*NET)
    en: str
    fr: str


class MovesTable:
    def __init__(self, reference: str, meta: dict[str, str], lines: dict[str, list[str]], items: list[bytes],
                 elements: dict[str, Label]) -> None:
        self.reference, self.meta = reference, meta
        self._lines, self._items, self._elements = lines, items, elements
        self._careers: dict[str, Optional[Career]] = {}

    def __contains__(self, code: object) -> bool:
        return code in self._lines

    def career(self, code: str) -> Optional[Career]:
        if code not in self._careers:
            fields = self._lines.get(code)
            self._careers[code] = self._parse(code, fields) if fields else None
        return self._careers[code]

    def label(self, code: str) -> Optional[Label]:
        """The name of a ROME item or an O*NET element."""
        if code in self._elements:
            return self._elements[code]
        if not code.isdigit():
            return None
        at = bisect_left(self._items, int(code), key=_item_number)
        if at < len(self._items) and _item_number(self._items[at]) == int(code):
            _item, _code, kind, text = self._items[at].decode("utf-8").split("\t", 3)
            return Label(kind, text, text)
        return None

    def _parse(self, code: str, fields: list[str]) -> Career:
        if self.reference == "rome":
            core, other, links, near = fields
            weights = {**dict.fromkeys(other.split(), OTHER_WEIGHT), **dict.fromkeys(core.split(), CORE_WEIGHT)}
            return Career(code, Competences(weights), frozenset(core.split()), _links(links), _links(near))
        importances, levels, links, near = fields
        elements = list(self._elements)
        important = {e: float(v) for e, v in zip(elements, importances.split()) if v != "-" and float(v) >= IMPORTANT}
        level_of = {e: float(v) for e, v in zip(elements, levels.split()) if v != "-"}
        return Career(code, Competences(important, level_of), frozenset(), _links(links), _links(near))


def _item_number(line: bytes) -> int:
    return int(line[5: line.index(b"\t", 5)])  # b"item\t<code>\t..."


def _links(text: str) -> tuple[Link, ...]:
    found = []
    for part in text.split():
        code, *values = part.split(":")
        if len(values) == 2:
            found.append(Link(code, float(values[1]), float(values[0])))
        else:
            found.append(Link(code, float(values[0]) if values else None))
    return tuple(found)


def reference_of(code: str) -> Optional[str]:
    """'rome' for a ROME code (J1501), 'onet' for an O*NET-SOC code (29-1141.00), else None."""
    if len(code) == 5 and code[0].isalpha() and code[1:].isdigit():
        return "rome"
    if len(code) == 10 and code[2] == "-" and code[7] == ".":
        return "onet"
    return None


@lru_cache(maxsize=2)
def moves_table(reference: str) -> Optional[MovesTable]:
    """The shipped table of a reference ('rome' or 'onet'; its newest version), or None."""
    from ..resources import reference_tables

    files = sorted(reference_tables().glob(REFERENCES[reference]))
    return read_moves_table(reference, files[-1]) if files else None


def read_moves_table(reference: str, path: Path) -> MovesTable:
    from ..files import read_bounded

    data = read_bounded(path, MAX_TABLE_BYTES)
    start = data.find(b"\nitem\t")
    head, items = (data, b"") if start < 0 else (data[:start + 1], data[start + 1:])
    meta: dict[str, str] = {}
    lines: dict[str, list[str]] = {}
    elements: dict[str, Label] = {}
    for line in head.decode("utf-8").split("\n"):
        if line.startswith("#"):
            key, _sep, value = line[2:].partition(": ")
            meta.setdefault(key, value)
        elif line:
            kind, code, *rest = line.split("\t")
            if kind == "element":
                elements[code] = Label(*rest)
            else:
                lines[code] = rest
    return MovesTable(reference, meta, lines, items.split(b"\n")[:-1] if items else [], elements)
