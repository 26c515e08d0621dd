"""Twins: an O*NET occupation and a ROME fiche that are the same job, by the official crosswalks.

The two references are linked through ESCO occupations (importers/mappings.py): the ESCO - ROME
mapping (Pôle emploi V1.4) from a fiche's job titles, the ESCO-O*NET crosswalk (ESCO Secretariat
with USDOL/ETA, 2022) from an O*NET occupation. A fiche and an occupation are twins when

1. the crosswalks link them exactly: the fiche's main job title is an exactMatch of an ESCO
   occupation that is an exactMatch of the O*NET occupation (`Entry.twins`, from the profiles); or
2. neither has such an exact twin, they share an ISCO-08 unit group (Pôle emploi's ROME-ISCO table
   for the fiche, the BLS/IBS SOC-ISCO crosswalk for the occupation: an independent check that they
   are the same kind of job), and the crosswalks link them one-to-one in one of two ways:
   a. the broader job: the fiche's main job title is an exactMatch of an ESCO occupation of which
      the O*NET occupation is the broader job (broadMatch), and neither has another link of this
      kind or a closer one (Musicien / Musicians and Singers: the fiche's other titles are the
      singers; Orchestrateur, a fiche narrower than ESCO's musician, does not count);
   b. a close match: the chain is a closeMatch, and neither has any other link to the other
      reference, of any kind (Comédien / Actors).
   Looser chains were read pair by pair and named other jobs too often: a close match among
   several (Vendeur automobile / Parts Salespersons, Mathématicien / Physicists), a fiche narrower
   than the ESCO occupation the O*NET occupation is (Agent cynophile / Security Guards).

A pair of the second kind is joined like an exact one: with `--catalog all`, one row with both codes.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Optional

import msgspec

if TYPE_CHECKING:
    from .entry import Entry




def with_cross_catalog_twins(entries: dict[str, "Entry"],
                             pairs: Optional[list[tuple[str, str]]] = None) -> dict[str, "Entry"]:
    """`entries`, each side of a pair joined by rule 2 carrying the other's codes in `twins`.
    `pairs`: the (fiche id, occupation id) pairs when they are known (the index of the one folder
    that holds every reference profile stores them, worked out when it was built); else found here."""
    joined = ([(entries[fiche], entries[occupation]) for fiche, occupation in pairs] if pairs is not None
              else joined_pairs(entries))
    for fiche, occupation in joined:
        entries[fiche.id] = _twinned(fiche, occupation)
        entries[occupation.id] = _twinned(occupation, fiche)
    return entries


def joined_pairs(entries: dict[str, "Entry"]) -> list[tuple["Entry", "Entry"]]:
    """The (ROME fiche, O*NET occupation) pairs that rule 2 joins, by fiche id. Counted on codes, in
    one pass over the links: every command opens the catalog, so this stays a few milliseconds."""
    occupations: dict[str, "Entry"] = {}
    broader_of: set[tuple[str, str]] = set()  # (ESCO URI, O*NET code): the occupation is the broader job
    fiches: list["Entry"] = []
    for entry in entries.values():
        if entry.origin == "onet" and entry.codes:
            occupations[entry.codes[0]] = entry
            broader_of.update((uri, entry.codes[0]) for uri, match in entry.esco if match == "narrow")
        elif entry.origin == "rome" and entry.onet_links:
            fiches.append(entry)
    links: list[tuple["Entry", str, str]] = []  # (fiche, O*NET code, "broader", "close" or "other")
    for fiche in fiches:
        exactly = [uri for uri, match in fiche.esco if match == "exact"]  # the ESCO occupation its main title is
        for code, match in fiche.onet_links:
            if code in occupations:
                broader = match == "broad" and any((uri, code) in broader_of for uri in exactly)
                links.append((fiche, code, "broader" if broader else match if match == "close" else "other"))
    pairs = [*_one_to_one(links, "broader", ("broader", "close")), *_one_to_one(links, "close", None)]
    found = [(f, occupations[code]) for f, code in pairs]
    return sorted(((f, o) for f, o in found if not f.twins and not o.twins and set(f.isco08) & set(o.isco08)),
                  key=lambda pair: pair[0].id)


def _one_to_one(links: list[tuple["Entry", str, str]], kind: str,
                among: Optional[tuple[str, ...]]) -> list[tuple["Entry", str]]:
    """The links of `kind` whose two sides have no other link of the kinds `among` (None: of any kind)."""
    counted = [(f.id, code) for f, code, k in links if among is None or k in among]
    fiches, occupations = Counter(f for f, _c in counted), Counter(c for _f, c in counted)
    return [(f, code) for f, code, k in links if k == kind and fiches[f.id] == 1 and occupations[code] == 1]


def _twinned(entry: "Entry", twin: "Entry") -> "Entry":
    from .entry import own_codes

    # its O*NET-SOC or ROME code: not the SOC code, which sibling O*NET occupations share
    return msgspec.structs.replace(entry, twins=[*entry.twins, *own_codes(twin)[:1]])
