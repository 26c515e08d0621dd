"""Interest centres for O*NET occupations, derived from the ROME fiches the official crosswalks link
them to (ROME 4.0 `arborescence_centre_interet`; see careercli/facts/centres.py for what they are).

Rule (`derived_centre_tags`): only the links of the strongest match an occupation has are used
(its exact ROME counterparts if any, else its close ones, else the narrower or broader ones), so
a loose link never outweighs a close one. A centre is kept when it is the principal centre of
one of those fiches, or when at least half of them have it. The occupation's principal centre is
the one that is the principal centre of the most of them (a plurality: Electricians link to three
fiches whose principal centres are "créer, construire, rénover", "travail manuel" and "l'envers
du décor"); between centres that lead equally, the one more of them have at all; when still
tied, none is principal. Each tag is marked `derived`, and the profile's sources say how.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from ..facts.centres import centre
from .rome_export import find_versioned
from .tsv import read_csv

CENTRES_TABLE_GLOB = "unix_arborescence_centre_interet_v*_utf8.csv"
MATCH_ORDER = ("exact", "close", "narrow", "broad")
YES = "oui"

FicheCentres = dict[str, list[tuple[int, bool]]]  # ROME code -> (centre number, principal)


def read_rome_centres(rome_dir: Path) -> FicheCentres:
    """Each fiche's interest centres as the ROME export gives them."""
    path, _version = find_versioned(rome_dir, CENTRES_TABLE_GLOB)
    found: FicheCentres = {}
    for row in read_csv(path, ["code_rome", "code_centre_interet", "principal"]):
        found.setdefault(row["code_rome"].strip(), []).append(
            (row.integer("code_centre_interet"), row["principal"].strip() == YES))
    return found


def strongest_links(links: dict[str, str]) -> list[str]:
    """The fiches of the strongest match level present, by code."""
    for level in MATCH_ORDER:
        codes = sorted(code for code, match in links.items() if match == level)
        if codes:
            return codes
    return []


def derived_centre_tags(links: dict[str, str], fiches: FicheCentres) -> list[dict[str, Any]]:
    """The occupation's interest-centre tags (see the module docstring), principal first, then by number."""
    codes = [code for code in strongest_links(links) if code in fiches]
    if not codes:
        return []
    held: dict[int, int] = {}
    principal: dict[int, int] = {}
    for code in codes:
        for number, main in fiches[code]:
            held[number] = held.get(number, 0) + 1
            principal[number] = principal.get(number, 0) + main
    kept = [n for n in sorted(held) if (principal[n] or 2 * held[n] >= len(codes)) and centre(n) is not None]
    leading = leading_centre([n for n in kept if principal[n]], principal, held)
    tags = [_tag(n, n == leading) for n in kept]
    return sorted(tags, key=lambda tag: not tag.get("main", False))


def leading_centre(candidates: list[int], principal: dict[int, int], held: dict[int, int]) -> Optional[int]:
    """The centre that is principal for the most fiches, then held by the most; None when tied."""
    ranked = sorted(candidates, key=lambda n: (-principal[n], -held[n]))
    if not ranked:
        return None
    if len(ranked) > 1 and (principal[ranked[0]], held[ranked[0]]) == (principal[ranked[1]], held[ranked[1]]):
        return None
    return ranked[0]


def _tag(number: int, main: bool) -> dict[str, Any]:
    found = centre(number)
    assert found is not None
    tag: dict[str, Any] = {"kind": "interest", "text": {"fr": found.fr, "en": found.en}}
    if main:
        tag["main"] = True
    tag["derived"] = True
    return tag


def centres_source(links: dict[str, str], fiches: FicheCentres) -> list[dict[str, Any]]:
    """The source entry of a profile with derived centres: which fiches, and the rule."""
    codes = [code for code in strongest_links(links) if code in fiches]
    if not codes:
        return []
    listed = ", ".join(codes)
    return [{
        "name": "ROME 4.0 (France Travail): interest centres, derived through the crosswalks",
        "note": {
            "en": f"Derived, not given by O*NET or ROME, from the ROME fiches this occupation is linked to by its "
                  f"strongest crosswalk match ({listed}): each one's principal interest centre, and any centre at "
                  "least half of them have; principal: the principal centre of the most of them (ties: the one more of them "
                  "have; still tied: none). "
                  "English labels are careers' translation.",
            "fr": f"Dérivés, ni O*NET ni le ROME ne les donnent, des fiches ROME liées à ce métier par sa "
                  f"correspondance la plus forte ({listed}) : le centre d'intérêt principal de chacune, et tout "
                  "centre qu'ont au moins la moitié d'entre elles ; principal : le centre principal du plus grand "
                  "nombre d'entre elles (à égalité : celui qu'ont le plus d'entre elles ; sinon aucun).",
        },
    }]
