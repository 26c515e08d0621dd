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
from typing import TYPE_CHECKING

import msgspec

if TYPE_CHECKING:
    from .entry import Entry




def with_cross_catalog_twins(entries: dict[str, "Entry"]) -> dict[str, "Entry"]:
    """`entries`, each side of a pair joined by rule 2 carrying the other's codes in `twins`."""
    for fiche, occupation in joined_pairs(entries):
        entries[fiche.id] = _twinned(fiche, occupation)
        entries[occupation.id] = _twinned(occupation, fiche)
    return entries


def joined_pairs(entries: dict[str, "Entry"]) -> list[tuple["Entry", "Entry"]]:
    """The (ROME fiche, O*NET occupation) pairs that rule 2 joins, by fiche id."""
    occupations = {code: e for e in entries.values() if e.origin == "onet" for code in e.codes}
    links = [(fiche, occupations[code], match) for fiche in entries.values() if fiche.origin == "rome"
             for code, match in fiche.onet_links if code in occupations]
    broader = [(f, o) for f, o, match in links if match == "broad" and _broader_job(f, o)]
    close = [(f, o) for f, o, match in links if match == "close"]
    every = [(f, o) for f, o, _match in links]
    pairs = [*_one_to_one(broader, broader + close), *_one_to_one(close, every)]
    return sorted(((f, o) for f, o in pairs if not f.twins and not o.twins and set(f.isco08) & set(o.isco08)),
                  key=lambda pair: pair[0].id)


def _one_to_one(pairs: list[tuple["Entry", "Entry"]], among: list[tuple["Entry", "Entry"]]) -> list[tuple["Entry", "Entry"]]:
    """The `pairs` whose two sides appear in no other pair of `among`."""
    fiches, occupations = Counter(f.id for f, _o in among), Counter(o.id for _f, o in among)
    return [(f, o) for f, o in pairs if fiches[f.id] == 1 and occupations[o.id] == 1]


def _broader_job(fiche: "Entry", occupation: "Entry") -> bool:
    """Through an ESCO occupation that the fiche's main title is exactly and the occupation is broader than."""
    steps = dict(occupation.esco)  # what the ESCO occupation is relative to the O*NET occupation
    return any(match == "exact" and steps.get(uri) == "narrow" for uri, match in fiche.esco)


def _twinned(entry: "Entry", twin: "Entry") -> "Entry":
    from .entry import own_codes

    # its O*NET-SOC or ROME code: not the SOC code, which sibling O*NET occupations share
    return msgspec.structs.replace(entry, twins=[*entry.twins, *own_codes(twin)[:1]])
