"""The moves tables shipped in data/reference/ (written by tools/moves_tables.py, see
importers.moves_tables for their layout): each career's competences, its reference's own links
(ROME mobility, O*NET related occupations) with what each asks to learn, and its nearest careers.

A table is read on first use, once, as bytes: a career's line is split when it is asked for, and
the ROME item labels (most of the file, sorted by number) are found by binary search on the bytes,
never all decoded.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, Optional

from .measure import CORE_WEIGHT, IMPORTANT, OTHER_WEIGHT, Competences

REFERENCES = {"rome": "moves-rome-v*.tsv", "onet": "moves-onet-*.tsv"}


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
    def __init__(self, reference: str, meta: dict[str, str], lines: dict[str, str], items: bytes,
                 elements: dict[str, Label]) -> None:
        self.reference, self.meta = reference, meta
        self._lines, self._item_block, self._elements = lines, items, elements
        self._careers: dict[str, Optional[Career]] = {}
        self._moves: dict[str, tuple[Link, ...]] = {}

    def __contains__(self, code: object) -> bool:
        return code in self._lines

    def career(self, code: str) -> Optional[Career]:
        if code not in self._careers:
            line = self._lines.get(code)
            self._careers[code] = self._parse(code, line.split("\t")) if line is not None else None
        return self._careers[code]

    def moves_from(self, code: str) -> tuple[Link, ...]:
        """The career's links, then its nearest careers, without reading its competences (for paths)."""
        found = self._moves.get(code)
        if found is None:
            line = self._lines.get(code)
            _head, links, near = line.rsplit("\t", 2) if line is not None else ("", "", "")
            found = self._moves[code] = (*_links(links), *_links(near))
        return found

    def linking_to(self, code: str) -> set[str]:
        """The careers with a link or a nearest-career entry to `code` (a search of the lines, not a parse)."""
        after_tab, after_space = f"\t{code}:", f" {code}:"
        return {other for other, line in self._lines.items() if after_tab in line or after_space in line}

    def label(self, code: str) -> Optional[Label]:
        """The name of a ROME item or an O*NET element."""
        if code in self._elements:
            return self._elements[code]
        if not code.isdigit():
            return None
        line = _find_item(self._item_block, int(code))
        if line is None:
            return None
        _item, _code, kind, text = line.decode("utf-8").split("\t", 3)
        return Label(kind, text, text)

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


def _find_item(block: bytes, number: int) -> Optional[bytes]:
    """The line of item `number` in the item lines (sorted by number), by binary search on the bytes."""
    low, high = 0, len(block)
    while low < high:
        middle = (low + high) // 2
        start = block.rfind(b"\n", 0, middle) + 1
        end = block.find(b"\n", start)
        end = len(block) if end < 0 else end
        found = int(block[start + 5: block.index(b"\t", start + 5)])  # b"item\t<number>\t..."
        if found == number:
            return block[start:end]
        if found < number:
            low = end + 1
        else:
            high = start
    return None


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
    from fnmatch import fnmatchcase

    from ..resources import reference_tables

    folder = reference_tables()
    try:
        names = sorted(n for n in os.listdir(folder) if fnmatchcase(n, REFERENCES[reference]))
    except OSError:
        return None
    return read_moves_table(reference, folder / names[-1]) if names else None


def read_moves_table(reference: str, path: Path) -> MovesTable:
    data = path.read_bytes()  # a file of the package, as trusted as its code
    start = data.find(b"\nitem\t")
    head, items = (data, b"") if start < 0 else (data[:start + 1], data[start + 1:])
    meta: dict[str, str] = {}
    lines: dict[str, str] = {}  # code -> the rest of its line, split when asked for
    elements: dict[str, Label] = {}
    for line in head.decode("utf-8").split("\n"):
        if line.startswith("#"):
            key, _sep, value = line[2:].partition(": ")
            meta.setdefault(key, value)
        elif line:
            kind, code, rest = line.split("\t", 2)
            if kind == "element":
                elements[code] = Label(*rest.split("\t"))
            else:
                lines[code] = rest
    return MovesTable(reference, meta, lines, items, elements)
