"""What the official crosswalks add to an O*NET profile (`careers import onet --crosswalks ...`).

- French and Dutch titles only from an ESCO occupation the ESCO-O*NET crosswalk calls the same
  job (exactMatch; several: the one whose English label is closest to the O*NET title, then the
  URI). A close, broad or narrow match names a different job: it never gives the title, only a
  "related job" (`related_titles`, shown as such and searched with less weight). No exact match:
  no French title; the English one is shown and marked (an audit found 14 of 15 titles taken
  from close matches wrong: Nurse Practitioners were "Médecin généraliste").
- A French description: ESCO's (v1.1.2) description of that occupation, only when it is the one
  exact match, labelled as ESCO's text in the profile.
- Links to ESCO occupations (one hop) and ROME fiches (two hops through ESCO), each with its
  match type (importers/mappings.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from ..phrases import ESCO_DESCRIPTIONS, ESCO_FRENCH
from .attribution import (
    cap_note, esco_labels_source, link_entries, mapping_source, rome_source, two_hop_label,
)
from .esco import Esco, EscoDescriptions, TitleMatch, closeness_to, read_esco_descriptions
from .mappings import MATCHES, EscoOnet, EscoRome, Links, fiche_esco_links, read_esco_onet, read_esco_rome, reverse, strongest, two_hops
from .onet import Occupation
from .remembered import gender_forms
from .rome_export import Release, read_job_titles

TITLE_MATCHES = ("exact",)  # the crosswalk matches that may give a title or a description
RELATED_MATCHES = ("close", "broad", "narrow")  # the ones that give at most a related job
NO_EXACT_MATCH = ("No exact match in the crosswalk, so no French/Dutch title: its close, broad and narrow matches "
                  "are related jobs (related_titles), not this one.")


@dataclass
class RomeCounterparts:
    """O*NET occupation -> ROME fiche -> match, with what is needed to name them."""

    release: Release  # of the ROME export
    mapping: EscoRome
    titles: dict[str, str]  # fiche code -> title as written
    links: Links


@dataclass
class OfficialLinks:
    crosswalk: EscoOnet
    rome: Optional[RomeCounterparts] = None
    descriptions: Optional[EscoDescriptions] = None


@dataclass(frozen=True)
class CrosswalkChoice:
    """The ESCO occupation chosen for an O*NET occupation, and whether it is the only one at its level."""

    title: TitleMatch
    only_one: bool


def read_official_links(crosswalks_dir: Path, rome_dir: Optional[Path] = None,
                        descriptions_dir: Optional[Path] = None) -> OfficialLinks:
    crosswalk = read_esco_onet(crosswalks_dir)
    official = OfficialLinks(crosswalk)
    if rome_dir:
        release, fiches, job_titles = read_job_titles(rome_dir)
        mapping = read_esco_rome(crosswalks_dir)
        to_esco = fiche_esco_links(mapping, job_titles.fiche_of_title, job_titles.main_titles)
        official.rome = RomeCounterparts(release, mapping, {code: f.title for code, f in fiches.items()},
                                         reverse(two_hops(to_esco, crosswalk.onet_of)))
    if descriptions_dir:
        official.descriptions = read_esco_descriptions(descriptions_dir)
    return official


# ---------------------------------------------------------------- title and description

def crosswalk_choice(occupation: Occupation, official: OfficialLinks, esco: Optional[Esco]) -> Optional[CrosswalkChoice]:
    """The exact ESCO match that has a French or Dutch label; None when there is none."""
    candidates = {uri: m for uri, m in official.crosswalk.esco_of(occupation.code).items() if m in TITLE_MATCHES}
    if not candidates:
        return None
    level = strongest(candidates.values())
    tied = sorted(uri for uri, match in candidates.items() if match == level)
    uri = min(tied, key=lambda u: (*closeness_to(occupation.title, official.crosswalk.esco_titles[u]), u))
    french = _french_label(uri, official, esco)
    dutch = esco.occupations.get("nl", {}).get(uri) if esco else None
    if not french and dutch is None:
        return None
    title = TitleMatch(uri, official.crosswalk.esco_titles[uri], level, fr=gender_forms(french) if french else (),
                       nl=dutch.preferred if dutch else None)
    return CrosswalkChoice(title, len(tied) == 1)


def related_titles(occupation: Occupation, official: Optional[OfficialLinks], esco: Optional[Esco]) -> list[dict[str, Any]]:
    """The ESCO occupations the crosswalk links to this one without calling them the same job
    (close, broad or narrow), with their French and Dutch labels: strongest match first, then the
    closest English label, then the URI. `match` says what the ESCO job is relative to this one."""
    if official is None:
        return []
    found = []
    for uri, match in official.crosswalk.esco_of(occupation.code).items():
        french, dutch = _french_label(uri, official, esco), esco.occupations.get("nl", {}).get(uri) if esco else None
        if match in RELATED_MATCHES and (french or dutch):
            forms = gender_forms(french) if french else ()
            title = {**({"fr": _capital(forms[0])} if forms else {}), **({"nl": _capital(dutch.preferred)} if dutch else {})}
            entry = {"code": uri, "match": match, "title": title,
                     **({"title_feminine": {"fr": _capital(forms[1])}} if len(forms) == 2 else {})}
            key = (MATCHES.index(match), *closeness_to(occupation.title, official.crosswalk.esco_titles[uri]), uri)
            found.append((key, entry))
    return [entry for _key, entry in sorted(found)]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def title_match_type(occupation: Occupation, official: Optional[OfficialLinks], choice: Optional[CrosswalkChoice]) -> str:
    """What the French title rests on, for the counts of `careers about`: `exact` (a title), else the
    strongest crosswalk match (`close`, `broad`, `narrow`: a related job at most), else `none`."""
    if choice is not None:
        return "exact"
    links = official.crosswalk.esco_of(occupation.code) if official else {}
    related = [match for match in links.values() if match in RELATED_MATCHES]
    return strongest(related) if related else "none"


def _french_label(uri: str, official: OfficialLinks, esco: Optional[Esco]) -> Optional[str]:
    """The French preferred label, from the ESCO export with descriptions when given (the newer one)."""
    if official.descriptions and uri in official.descriptions.occupations:
        return official.descriptions.occupations[uri].label
    french = esco.occupations.get("fr", {}).get(uri) if esco else None
    return french.preferred if french else None


def french_description(choice: Optional[CrosswalkChoice], official: Optional[OfficialLinks]) -> Optional[str]:
    """ESCO's French description of the chosen occupation, when it is the only exact match."""
    if choice is None or not choice.only_one or official is None or official.descriptions is None:
        return None
    found = official.descriptions.occupations.get(choice.title.uri)
    return found.description if found and found.description else None


# ---------------------------------------------------------------- links and sources

def official_links(occupation: Occupation, official: Optional[OfficialLinks],
                   esco: Optional[Esco] = None) -> list[dict[str, Any]]:
    """ROME fiches (two hops), then ESCO occupations; each strongest first, capped."""
    if official is None:
        return []
    found = []
    rome = official.rome
    if rome:
        found += link_entries(rome.links.get(occupation.code, {}), "rome", lambda code: {"fr": rome.titles[code]},
                              two_hop_label(official.crosswalk.info, rome.mapping.info), via="esco")
    info = official.crosswalk.info
    return found + link_entries(official.crosswalk.esco_of(occupation.code), "esco",
                                lambda uri: esco_link_title(uri, official, esco), f"{info.name} {info.version}")


def esco_link_title(uri: str, official: OfficialLinks, esco: Optional[Esco]) -> dict[str, str]:
    """An ESCO occupation's labels: the crosswalk's English one, ESCO's French and Dutch ones when
    it has them (as ESCO writes them: 'infirmier spécialiste/infirmière spécialiste'), so that a
    French reader reads the French label of a linked job, not the English one."""
    french = _french_label(uri, official, esco)
    dutch = esco.occupations.get("nl", {}).get(uri) if esco else None
    return {"en": official.crosswalk.esco_titles[uri], **({"fr": french} if french else {}),
            **({"nl": dutch.preferred} if dutch else {})}


def official_sources(occupation: Occupation, official: Optional[OfficialLinks], choice: Optional[CrosswalkChoice],
                     described: bool) -> list[dict[str, Any]]:
    """The crosswalk (with how the title was chosen), ESCO v1.1.2 (French label or description) and
    ROME (fiche titles) entries, for what this profile uses."""
    if official is None:
        return []
    esco_links = official.crosswalk.esco_of(occupation.code)
    rome_links = official.rome.links.get(occupation.code, {}) if official.rome else {}
    sources = []
    if esco_links:
        title = (f"French/Dutch title: ESCO '{choice.title.english}' ({choice.title.method()})." if choice
                 else NO_EXACT_MATCH)
        note = " ".join(n for n in (title, cap_note(len(esco_links), "ESCO")) if n)
        sources.append(mapping_source(official.crosswalk.info, note or None))
    if choice and official.descriptions and choice.title.uri in official.descriptions.occupations:
        sources.append(_description_source(choice, official.descriptions, described))
    if rome_links and official.rome:
        sources += [mapping_source(official.rome.mapping.info, cap_note(len(rome_links), "ROME")),
                    rome_source(official.rome.release.version, official.rome.release.published, "Titles of the linked fiches.")]
    return sources


def _description_source(choice: CrosswalkChoice, descriptions: EscoDescriptions, described: bool) -> dict[str, Any]:
    label = descriptions.occupations[choice.title.uri].label
    note = f"French title from ESCO '{label}'."
    if described:
        note += (f" The French introduction is ESCO's description of '{label}' ({choice.title.test} match in the "
                 "ESCO-O*NET crosswalk), not O*NET's text.")
    return esco_labels_source(f"{descriptions.version} (French)" if descriptions.version else "French", note)


def manifest_sources(official: Optional[OfficialLinks]) -> list[dict[str, Any]]:
    if official is None:
        return []
    sources = [mapping_source(official.crosswalk.info)]
    if official.descriptions:
        version = official.descriptions.version
        sources.append(esco_labels_source(ESCO_FRENCH.format(version=version) if version else "French",
                                          ESCO_DESCRIPTIONS))
    if official.rome:
        sources.append(mapping_source(official.rome.mapping.info))  # ROME itself: see the reference table
    return sources
