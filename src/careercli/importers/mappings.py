"""The official ESCO mappings, each link with its match type, and ROME <-> O*NET through ESCO.

Two files published on the ESCO portal (see shared/data/SOURCES.md):
  crosswalk_esco_onet.csv          ESCO Secretariat with USDOL/ETA, 2022: O*NET-SOC 2019 <-> ESCO v1.1.0
  FR_*_mapping_esco_rome.csv       Pôle emploi V1.4: ESCO v1.1 <-> ROME job titles (appellations)
Both start with a 16-line preamble describing the mapping, read as the mapping's name and version.

Match types are SKOS mapping relations: exact, close, broad, narrow. In both files the relation
says what the first classification's concept is relative to the second's (O*NET "Chief
Executives" broadMatch ESCO "chief operating officer": O*NET's is the broader one). Here every
link is stored from the side that holds it: `links[a][b] = "broad"` means b is broader than a.
Rows of type exactISCO (an O*NET occupation matched to a whole ISCO group, not an ESCO
occupation) are not links between occupations and are left out.

ROME <-> ESCO is mapped job title by job title (appellations). A fiche's main title stands for the
fiche; its other titles are kinds of the job it covers, so narrower than the fiche, and their
match goes through that extra narrow hop (see `fiche_esco_links`). Over several job titles the
strongest match wins (exact, close, broad, narrow, in that order). ROME <-> O*NET takes two hops through ESCO, and the two match types combine
into the weaker of the two: exact + x = x; close + close = close; close + broad = broad; broad +
broad = broad (narrow likewise). A broad hop followed by a narrow one (or the reverse) says
nothing about how the two ends relate (two jobs under one wider ESCO occupation, or two wider
jobs sharing one narrower), so such a path gives no link. Over several paths the strongest wins.
O*NET -> ROME is the same set of links seen from the other side (broad and narrow swapped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Iterable, Optional

from ..i18n import _
from .tsv import ImportDataError, Row, read_csv, read_preamble

ONET_CROSSWALK_FILE = "crosswalk_esco_onet.csv"
ROME_MAPPING_GLOB = "*_mapping_esco_rome.csv"
PREAMBLE_LINES = 16

MATCHES = ("exact", "close", "broad", "narrow")  # strongest first
OPPOSITE = {"exact": "exact", "close": "close", "broad": "narrow", "narrow": "broad"}
_ONET_TYPES = {"exactMatch": "exact", "closeMatch": "close", "broadMatch": "broad", "narrowMatch": "narrow"}
_ROME_RELATIONS = {f"skos:{name}": match for name, match in _ONET_TYPES.items()}
_ONET_CODE = re.compile(r"^\d{2}-\d{4}\.\d{2}$")
_ESCO_OCCUPATION = re.compile(r"^http://data\.europa\.eu/esco/occupation/[^\s/]+$")
_OGR = re.compile(r"^\d+$")

Links = dict[str, dict[str, str]]  # from -> to -> match type (what `to` is relative to `from`)


@dataclass(frozen=True)
class MappingInfo:
    """What a mapping file says about itself in its preamble."""

    name: str
    author: str
    version: str
    date: str

    def label(self) -> str:
        """'ESCO-O*NET Crosswalk, version 1 (Sep-22)'."""
        return f"{self.name}, version {self.version} ({self.date})"


@dataclass
class EscoOnet:
    """The ESCO-O*NET crosswalk: ESCO occupation -> O*NET occupation -> match, and the titles it gives."""

    info: MappingInfo
    onet_of: Links = field(default_factory=dict)  # ESCO URI -> O*NET code -> what O*NET's is to ESCO's
    onet_titles: dict[str, str] = field(default_factory=dict)
    esco_titles: dict[str, str] = field(default_factory=dict)  # English preferred labels

    def esco_of(self, onet_code: str) -> dict[str, str]:
        """ESCO URI -> what the ESCO occupation is relative to this O*NET occupation (by URI)."""
        return dict(self._esco_by_onet.get(onet_code, {}))

    @cached_property
    def _esco_by_onet(self) -> dict[str, dict[str, str]]:
        """The crosswalk read the other way, once (an import asks it several times an occupation;
        `onet_of` is complete when the crosswalk is read)."""
        found: dict[str, dict[str, str]] = {}
        for uri, by_code in sorted(self.onet_of.items()):
            for code, match in by_code.items():
                found.setdefault(code, {})[uri] = OPPOSITE[match]
        return found


@dataclass
class EscoRome:
    """The ESCO-ROME mapping: ROME job title (appellation code_ogr) -> ESCO occupation -> match."""

    info: MappingInfo
    esco_of_title: Links = field(default_factory=dict)  # code_ogr -> ESCO URI -> what ESCO's is to the title
    esco_titles: dict[str, str] = field(default_factory=dict)  # French preferred labels, as written


def read_esco_onet(folder: Path) -> EscoOnet:
    path = folder / ONET_CROSSWALK_FILE
    crosswalk = EscoOnet(_info(path, "Mapping project"))
    columns = ["O*NET Id", "O*NET Title", "ESCO or ISCO URI", "ESCO or ISCO Title", "Type of Match"]
    for row in read_csv(path, columns, preamble=PREAMBLE_LINES):
        if row["Type of Match"] == "exactISCO":
            continue
        match = _match(row, "Type of Match", _ONET_TYPES)
        code, uri = _checked(row, "O*NET Id", _ONET_CODE), _checked(row, "ESCO or ISCO URI", _ESCO_OCCUPATION)
        found = crosswalk.onet_of.setdefault(uri, {})
        found[code] = strongest([match, *([found[code]] if code in found else [])])
        crosswalk.onet_titles[code] = _label(row, "O*NET Title")
        crosswalk.esco_titles[uri] = _label(row, "ESCO or ISCO Title")
    return crosswalk


def read_esco_rome(folder: Path) -> EscoRome:
    found = sorted(folder.glob(ROME_MAPPING_GLOB))
    if len(found) != 1:
        raise ImportDataError(folder / ROME_MAPPING_GLOB, _("expected exactly one file") if found else _("file not found"))
    mapping = EscoRome(_info(found[0], "Mapping project"))
    columns = ["classification 1 ID", "classification 1 prefered label", "classification 2 ID", "mapping relation"]
    for row in read_csv(found[0], columns, preamble=PREAMBLE_LINES):
        match = _match(row, "mapping relation", _ROME_RELATIONS)
        uri, title = _checked(row, "classification 1 ID", _ESCO_OCCUPATION), _checked(row, "classification 2 ID", _OGR)
        links = mapping.esco_of_title.setdefault(title, {})
        links[uri] = strongest([match, *([links[uri]] if uri in links else [])])
        mapping.esco_titles[uri] = _label(row, "classification 1 prefered label")
    return mapping


def _info(path: Path, prefix: str) -> MappingInfo:
    preamble = read_preamble(path, PREAMBLE_LINES)
    values = [preamble.get(f"{prefix} {key}", "") for key in ("name", "author", "version", "version date")]
    if not all(values):
        raise ImportDataError(path, _("expected the 16-line ESCO mapping preamble (project name, author, version, "
                                      "version date)"), 1)
    return MappingInfo(*values)


def _match(row: Row, column: str, known: dict[str, str]) -> str:
    if row[column] not in known:
        raise row.error(_("column '{column}': unknown match type {value!r}").format(column=column, value=row[column]))
    return known[row[column]]


def _checked(row: Row, column: str, pattern: re.Pattern[str]) -> str:
    value = row[column].strip()
    if not pattern.match(value):
        raise row.error(_("column '{column}': not a valid code: {value!r}").format(column=column, value=value))
    return value


def _label(row: Row, column: str) -> str:
    value = " ".join(row[column].split())
    if not value:
        raise row.error(_("column '{column}': empty").format(column=column))
    return value


# ---------------------------------------------------------------- combining match types

def strongest(matches: Iterable[str]) -> str:
    """The strongest match type: exact, then close, broad, narrow."""
    return min(matches, key=MATCHES.index)


def combine(first: str, second: str) -> Optional[str]:
    """The match type of a two-hop link (a -> b is `first`, b -> c is `second`): the weaker of the
    two, or None when one hop is broad and the other narrow (the ends may not overlap at all)."""
    if {first, second} == {"broad", "narrow"}:
        return None
    return max((first, second), key=MATCHES.index)


def fiche_esco_links(mapping: EscoRome, fiche_of_title: dict[str, str], main_titles: set[str]) -> Links:
    """ROME fiche -> ESCO URI -> match. A fiche's main job title stands for the fiche; its other job
    titles are narrower than the fiche (kinds of the job it covers), so their match is combined with
    a narrow hop: exact, close or narrow -> narrow; broad -> no link. Over several job titles the
    strongest match wins. Job titles the ROME export does not know (none in v460) are skipped."""
    links: Links = {}
    for title in sorted(mapping.esco_of_title):
        fiche = fiche_of_title.get(title)
        if fiche is None:
            continue
        found = links.setdefault(fiche, {})
        for uri, match in mapping.esco_of_title[title].items():
            fiche_match = match if title in main_titles else combine("narrow", match)
            if fiche_match is not None:
                found[uri] = strongest([fiche_match, *([found[uri]] if uri in found else [])])
    return {fiche: found for fiche, found in links.items() if found}


def two_hops(first: Links, second: Links) -> Links:
    """a -> c through every b (a -> b in `first`, b -> c in `second`), the strongest combined match per pair."""
    links: Links = {}
    for a in sorted(first):
        for b, hop in first[a].items():
            for c, next_hop in second.get(b, {}).items():
                match = combine(hop, next_hop)
                if match is not None:
                    found = links.setdefault(a, {})
                    found[c] = strongest([match, *([found[c]] if c in found else [])])
    return links


def reverse(links: Links) -> Links:
    """The same links seen from the other side: b -> a, broad and narrow swapped."""
    reversed_links: Links = {}
    for a in sorted(links):
        for b, match in links[a].items():
            reversed_links.setdefault(b, {})[a] = OPPOSITE[match]
    return reversed_links


def ranked(links: dict[str, str]) -> list[tuple[str, str]]:
    """(code, match) strongest first, then by code."""
    return sorted(links.items(), key=lambda item: (MATCHES.index(item[1]), item[0]))
