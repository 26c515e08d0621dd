"""How common and how general a career is: what orders careers that match a query equally well.

Whoever types a common word means the common job. Two things say which one that is:

* how general its title is: the query's words and nothing else but generic qualifiers ("Infirmier
  en soins généraux", "Médecin généraliste", "Educateur spécialisé", "Registered Nurses"); and, in
  O*NET, the occupation a detailed one specialises (29-1141.00 Registered Nurses before 29-1141.01
  Acute Care Nurses: O*NET-SOC codes ending in .01, .02 ... are specialisations of the .00 one);
* how many people do it: U.S. employment as BLS OEWS counts it (the `employment` of a profile's
  pay figures). BLS counts SOC rows; O*NET's detailed occupations share their row's count, so the
  .00 occupation keeps the row's count and each detailed one is given an even share of it (an
  estimate); occupations that share a row with no single .00 among them (a BLS row grouping
  several SOC occupations) each get an even share too. A ROME fiche has no count of its own: it is given a share of the occupations an
  official crosswalk links it to (weighted exact 1, close 0.75, broad or narrow 0.5, as for the
  interest scores ROME fiches derive from O*NET), each occupation's jobs split among the fiches
  linked to it in proportion to those weights. These are U.S. figures used as a guide to how
  common a job is, never shown as a count of jobs in France or Belgium.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Optional

if TYPE_CHECKING:
    from .entry import Entry

# Words that qualify a title without making it a specialised job (folded and stemmed as search
# stems them): "Infirmier en soins généraux", "Médecin généraliste", "Registered Nurses".
GENERIC_QUALIFIERS = frozenset(
    "soins generaux generaliste polyvalent polyvalente specialise specialisee qualifie qualifiee "
    "registered generalist".split())  # not "général": an "infirmier général" manages nurses
MATCH_WEIGHTS = {"exact": 1.0, "close": 0.75, "broad": 0.5, "narrow": 0.5}


class Commonness(NamedTuple):
    """A career's U.S. jobs (None: unknown), how the figure was had, and from what."""

    jobs: Optional[int]
    how: str  # "counted" (the source's count), "shared" (a share of its SOC row), "crosswalk" (ROME), ""
    basis: str  # the SOC row, or the O*NET-SOC codes a ROME fiche's estimate comes from
    general: bool = False  # the O*NET occupation (.00) whose SOC row detailed occupations share


NONE = Commonness(None, "", "")


def commonness_of(entries: dict[str, "Entry"]) -> dict[str, Commonness]:
    """Every career's Commonness (see the module's docstring)."""
    found = _counted(entries)
    by_onet_code = {e.codes[0]: found[e.id] for e in entries.values() if e.origin == "onet" and e.codes
                    and e.id in found}
    found.update(_through_crosswalks(entries, by_onet_code))
    return found


def _counted(entries: dict[str, "Entry"]) -> dict[str, Commonness]:
    rows: dict[str, list["Entry"]] = {}
    for entry in entries.values():
        if entry.employment is not None:
            rows.setdefault(entry.employment[0] or entry.id, []).append(entry)
    found = {}
    for row, sharing in rows.items():
        general = [e for e in sharing if is_general_occupation(e)]
        for entry in sharing:
            assert entry.employment is not None
            jobs = entry.employment[1]
            if len(sharing) == 1:
                found[entry.id] = Commonness(jobs, "counted", row)
            elif entry in general and len(general) == 1:
                found[entry.id] = Commonness(jobs, "counted", row, True)
            else:  # a detailed occupation, or one of several the row's count covers
                found[entry.id] = Commonness(round(jobs / len(sharing)), "shared", row)
    return found


def _through_crosswalks(entries: dict[str, "Entry"], by_onet_code: dict[str, Commonness]) -> dict[str, Commonness]:
    weight_of_code: dict[str, float] = {}
    fiches = [e for e in entries.values() if e.origin == "rome" and e.onet_links and e.employment is None]
    for fiche in fiches:
        for code, match in fiche.onet_links:
            weight_of_code[code] = weight_of_code.get(code, 0.0) + MATCH_WEIGHTS.get(match, 0.0)
    found = {}
    for fiche in fiches:
        jobs, basis = 0.0, []
        for code, match in fiche.onet_links:
            linked = by_onet_code.get(code)
            if linked is None or not linked.jobs or not weight_of_code.get(code):
                continue
            jobs += linked.jobs * MATCH_WEIGHTS.get(match, 0.0) / weight_of_code[code]
            basis.append(code)
        if basis:
            found[fiche.id] = Commonness(round(jobs), "crosswalk", " ".join(basis))
    return found


def is_general_occupation(entry: "Entry") -> bool:
    """An O*NET occupation whose code ends in .00: the SOC occupation itself, not a specialisation."""
    return entry.origin == "onet" and bool(entry.codes) and entry.codes[0].endswith(".00")


def generic_rest(title_words: list[str], query_words: list[str], qualifiers: frozenset[str]) -> Optional[list[str]]:
    """The words a title adds to the query when all of them are generic `qualifiers` ([] for the
    bare word), else None. All are stemmed as search stems them, without stop words; words in
    brackets (acronyms such as "(IDE)") are left out by the caller."""
    rest = [w for w in title_words if w not in query_words]
    return rest if all(w in qualifiers for w in rest) else None
