"""O*NET occupations (+ crosswalks, ESCO titles) -> validated career profiles, one per occupation.

With the official crosswalks (importers/onet_official.py), French and Dutch titles and French
descriptions come only from the ESCO occupations the ESCO-O*NET crosswalk calls the same job
(exact match); close, broad and narrow matches give related jobs (`related_titles`), and each
profile links to its ESCO and ROME counterparts. No exact match: no French title.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

import msgspec

from ..errors import UsageError
from ..i18n import _
from ..phrases import ESCO_ATTRIBUTION, ONET_INTERESTS, ONET_VALUES
from ..catalog.reference import ROME_FILE_GLOB
from ..profile.schema import Profile
from ..text import slugify
from .bls import Bls, bls_figures, bls_sources, ep_source, mark_shared_rows, oews_source, read_bls
from .centres import FicheCentres, centres_source, derived_centre_tags, read_rome_centres
from .crosswalk import Crosswalks, read_crosswalks
from .esco import VERSIONS as ESCO_VERSIONS
from .esco import Esco, TitleMatch, read_esco
from .onet import Occupation, OnetData, Release, read_onet
from .onet_vocabulary import JOB_ZONES_FR, WORK_STYLES, WORK_VALUE_BY_HIGH_POINT, WORK_VALUE_KEYS, WORK_VALUES
from .onet_official import (
    OfficialLinks, crosswalk_choice, french_description, manifest_sources, official_links,
    official_sources, read_official_links, related_titles, title_match_type,
)
from .output import (
    WriteReport, check_output_folder, dump_yaml, remove_other_versions, write_if_changed, write_owned_files,
)
from .remembered import fold
from .rome import TABLE_MARKER, rome_table_text

MAX_SIMILAR = 10
MAX_TECHNOLOGIES = 25  # hot ones first; caps a few occupations listing hundreds (catalog size)
MANIFEST_FORMAT = 1
GENERATOR = "careers import onet"  # named in MANIFEST.json and in every profile's first line
LICENCE = "CC BY 4.0"
ONET_URL = "https://www.onetcenter.org/database.html"
ESCO_URL = "https://esco.ec.europa.eu"
IBS_CITATION = (
    "Hardy, W., Keister, R. and Lewandowski, P. (2018). Educational upgrading, structural change and the "
    "task composition of jobs in Europe. Economics of Transition, 26(2), 201-231."
)


@dataclass
class Links:
    """What the optional inputs add: SOC/ISCO codes (crosswalks), ESCO titles, official crosswalk
    links, BLS pay and outlook."""

    crosswalks: Optional[Crosswalks] = None
    esco: Optional[Esco] = None
    official: Optional[OfficialLinks] = None
    bls: Optional[Bls] = None
    centres: Optional[FicheCentres] = None  # ROME fiches' interest centres, for derived ones (importers/centres.py)


def assign_ids(occupations: dict[str, Occupation]) -> dict[str, str]:
    """code -> readable id from the title; titles whose slugs collide all get their code appended."""
    slugs = {code: slugify(o.title) for code, o in occupations.items()}
    counts: dict[str, int] = {}
    for slug in slugs.values():
        counts[slug] = counts.get(slug, 0) + 1
    return {code: slug if counts[slug] == 1 else f"{slug}-{slugify(code)}" for code, slug in slugs.items()}


def build_profiles(onet: OnetData, links: Links) -> dict[str, Profile]:
    """id -> validated profile, for every occupation with interest data, sorted by id."""
    ids = assign_ids(onet.occupations)
    if links.bls and links.crosswalks:
        links.bls.combine(links.crosswalks.soc2018.values())
    built = {ids[code]: build_profile(onet.occupations[code], onet, links, ids)
             for code in sorted(onet.occupations, key=ids.__getitem__)}
    mark_shared_rows(built.values())
    return {career_id: msgspec.convert(data, Profile) for career_id, data in built.items()}


def build_profile(occupation: Occupation, onet: OnetData, links: Links, ids: dict[str, str]) -> dict[str, Any]:
    isco = links.crosswalks.isco_groups(occupation.code) if links.crosswalks else []
    esco_uris = links.esco.related(isco, [occupation.title, *occupation.reported_titles]) if links.esco else []
    choice = crosswalk_choice(occupation, links.official, links.esco) if links.official else None
    match = choice.title if choice else None
    description = french_description(choice, links.official)
    profile: dict[str, Any] = {
        "id": ids[occupation.code],
        "origin": "onet",
        "title": _title(occupation, match),
        "title_feminine": {"fr": _capital(match.fr[1])} if match and len(match.fr) == 2 else None,
        "introduction": {"en": occupation.description, **({"fr": description} if description else {})},
        "missions": [{"en": text} for _kind, _task_id, text in sorted(occupation.tasks)],
        "technologies": technologies(occupation),
        "similar": similar(occupation, ids),
        "tags": criteria_tags(occupation, onet) + centre_tags(occupation, links),
        "job_zone": _job_zone(occupation, onet),
        "education": _education(occupation, onet),
        "riasec": _riasec(occupation, onet.release),
        "work_values": _work_values(occupation, onet.release),
        "codes": _codes(occupation, links.crosswalks, isco, esco_uris),
        "other_titles": _other_titles(occupation, links.esco, esco_uris, match),
        "related_titles": related_titles(occupation, links.official, links.esco),
        "links": official_links(occupation, links.official, links.esco),
        "sources": _sources(onet.release, links, isco, esco_uris)
                   + official_sources(occupation, links.official, choice, description is not None)
                   + tags_source(occupation, onet.release) + centre_sources(occupation, links),
        "licence": LICENCE,
    }
    figures = bls_figures(links.bls, profile["codes"])
    profile.update(figures, sources=profile["sources"] + bls_sources(figures))
    return {key: value for key, value in profile.items() if value not in (None, [], {})}


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _title(occupation: Occupation, match: Optional[TitleMatch]) -> dict[str, str]:
    title = {"en": occupation.title}
    if match and match.fr:
        title["fr"] = _capital(match.fr[0])
    if match and match.nl:
        title["nl"] = _capital(match.nl)
    return title


def technologies(occupation: Occupation) -> list[dict[str, Any]]:
    """One entry per name (flags merged; the category of its hottest row); hot ones first, then
    by name; at most MAX_TECHNOLOGIES."""
    merged: dict[str, dict[str, Any]] = {}
    rows = sorted(occupation.technologies, key=lambda t: (fold(t[0]), not t[2], not t[3], t))
    for name, category, hot, in_demand in rows:
        entry = merged.setdefault(fold(name), {"name": name, "category": {"en": category}, "hot": False,
                                               "in_demand": False})  # UNSPSC's title, in English only
        entry["hot"] = entry["hot"] or hot
        entry["in_demand"] = entry["in_demand"] or in_demand
    ordered = sorted(merged.values(), key=lambda t: (not t["hot"], fold(t["name"]), t["name"]))
    return ordered[:MAX_TECHNOLOGIES]


def similar(occupation: Occupation, ids: dict[str, str]) -> list[str]:
    """Related occupations, Primary-Short then Primary-Long by O*NET's index, that were imported."""
    found: list[str] = []
    for _tier, _index, code in sorted(occupation.related):
        if code in ids and ids[code] not in found:
            found.append(ids[code])
    return found[:MAX_SIMILAR]


def _job_zone(occupation: Occupation, onet: OnetData) -> Optional[dict[str, Any]]:
    if occupation.job_zone is None:
        return None
    zone = onet.job_zones.get(occupation.job_zone)
    if zone is None:
        return {"zone": occupation.job_zone}
    return {"zone": zone.zone, "label": {"en": zone.label}, "education": {"en": zone.education},
            "experience": {"en": zone.experience}}


# ---------------------------------------------------------------- criteria tags

WORK_STYLES_KEPT = 5  # the most important styles kept as tags (and any tied with the last)


def criteria_tags(occupation: Occupation, onet: OnetData) -> list[dict[str, Any]]:
    """Work values (O*NET's high points, in their order), work styles (the most important), job zone."""
    return [*work_value_tags(occupation), *work_style_tags(occupation), *job_zone_tags(occupation, onet)]


def rome_links(occupation: Occupation, links: Links) -> dict[str, str]:
    official = links.official
    return official.rome.links.get(occupation.code, {}) if official and official.rome else {}


def centre_tags(occupation: Occupation, links: Links) -> list[dict[str, Any]]:
    """Interest centres derived from the linked ROME fiches (marked `derived`)."""
    return derived_centre_tags(rome_links(occupation, links), links.centres) if links.centres else []


def centre_sources(occupation: Occupation, links: Links) -> list[dict[str, Any]]:
    return centres_source(rome_links(occupation, links), links.centres) if links.centres else []


def work_value_tags(occupation: Occupation) -> list[dict[str, Any]]:
    """The first, second and third work value high points, stopping at the first 0 (none)."""
    tags: list[dict[str, Any]] = []
    for rank in sorted(occupation.work_values):
        value = occupation.work_values[rank]
        if value == 0:
            break
        english, french = WORK_VALUES[WORK_VALUE_BY_HIGH_POINT[value - 1]]
        tag = {"kind": "work_value", "text": {"en": english, "fr": french}}
        if tag not in tags:
            tags.append(tag)
    return tags


def work_style_tags(occupation: Occupation) -> list[dict[str, Any]]:
    """The WORK_STYLES_KEPT styles of highest importance and any tied with the last, most important
    first (ties in O*NET's element order)."""
    order = list(WORK_STYLES)
    ranked = sorted(occupation.work_styles.items(), key=lambda item: (-item[1], order.index(item[0])))
    if not ranked:
        return []
    cut = ranked[min(WORK_STYLES_KEPT, len(ranked)) - 1][1]
    return [{"kind": "work_style", "text": {"en": WORK_STYLES[element][0], "fr": WORK_STYLES[element][1]}}
            for element, importance in ranked if importance >= cut]


def job_zone_tags(occupation: Occupation, onet: OnetData) -> list[dict[str, Any]]:
    zone = onet.job_zones.get(occupation.job_zone) if occupation.job_zone is not None else None
    if zone is None:
        return []
    return [{"kind": "job_zone", "text": {"en": zone.label, "fr": JOB_ZONES_FR[zone.zone]}}]


def tags_source(occupation: Occupation, release: Release) -> list[dict[str, Any]]:
    """How the criteria tags were derived, in the profile itself."""
    if not (occupation.work_values or occupation.work_styles or occupation.job_zone):
        return []
    return [{
        "name": f"{release.name}: Work Values, Work Styles, Job Zones (criteria tags)",
        "note": {
            "en": f"Work values: O*NET's first, second and third high points (VH). Work styles: the "
                  f"{WORK_STYLES_KEPT} of highest importance (IM, 1-5) and any tied with the last. Job zone: "
                  "O*NET's name for it. French names are careers' translations.",
            "fr": "Valeurs de travail : les trois points forts (high points, VH) donnés par O*NET. Styles de "
                  f"travail : les {WORK_STYLES_KEPT} d'importance la plus haute (IM, 1-5) et les ex æquo du "
                  "dernier. Niveau de préparation : le nom que lui donne O*NET. Noms français traduits par careers.",
        },
    }]


def typical_education(occupation: Occupation) -> Optional[int]:
    """The RL category most respondents chose; on a tie, the lower level (the less demanding one)."""
    rated = [(percent, -category) for category, percent in occupation.education if percent > 0]
    return -max(rated)[1] if rated else None


def _education(occupation: Occupation, onet: OnetData) -> Optional[dict[str, str]]:
    category = typical_education(occupation)
    label = onet.education_levels.get(category) if category is not None else None
    return {"en": label} if label else None


def _riasec(occupation: Occupation, release: Release) -> dict[str, Any]:
    riasec: dict[str, Any] = dict(occupation.scores)
    code = occupation.holland_code()
    if code:
        riasec["code"] = code
    riasec["source"] = {"en": ONET_INTERESTS.format(name=release.name)}  # shown in the reader's language (phrases)
    riasec["based_on"] = [occupation.code]
    return riasec


def _work_values(occupation: Occupation, release: Release) -> Optional[dict[str, Any]]:
    """The six extent scores, as O*NET rates them; None unless all six are rated."""
    if set(occupation.value_extents) != set(WORK_VALUE_KEYS.values()):
        return None
    return {**{key: occupation.value_extents[key] for key in WORK_VALUE_KEYS.values()},
            "source": {"en": ONET_VALUES.format(name=release.name)},
            "based_on": [occupation.code]}


def _codes(occupation: Occupation, crosswalks: Optional[Crosswalks], isco: list[str],
           esco_uris: list[str]) -> dict[str, list[str]]:
    codes: dict[str, list[str]] = {"onet_soc": [occupation.code]}
    if crosswalks and occupation.code in crosswalks.soc2018:
        codes["soc"] = [crosswalks.soc2018[occupation.code]]
    if isco:
        codes["isco08"] = isco
    if esco_uris:
        codes["esco"] = esco_uris
    return codes


def _other_titles(occupation: Occupation, esco: Optional[Esco], esco_uris: list[str],
                  match: Optional[TitleMatch]) -> dict[str, list[str]]:
    """Titles for search: O*NET alternate and reported titles; the titles of the related ESCO
    occupations (French and Dutch: all labels; English: preferred labels, O*NET has many already)."""
    titles: dict[str, list[str]] = {"fr": [], "en": [*occupation.alternate_titles, *occupation.reported_titles], "nl": []}
    if esco:
        for lang in titles:
            titles[lang] += esco.titles(lang, esco_uris, preferred_only=lang == "en")
    exclude = {"en": {occupation.title}, "fr": set(match.fr) if match else set(), "nl": {match.nl} if match and match.nl else set()}
    return {lang: _sorted_unique(values, exclude[lang]) for lang, values in titles.items() if values}


def _sorted_unique(titles: list[str], exclude: set[str]) -> list[str]:
    """Sorted by folded form; one title per folded form (search compares folded titles)."""
    skip = {fold(t) for t in exclude}
    chosen: dict[str, str] = {}
    for title in sorted(titles, key=lambda t: (fold(t), t)):
        chosen.setdefault(fold(title), title)
    return [title for key, title in chosen.items() if key not in skip]


def _sources(release: Release, links: Links, isco: list[str], esco_uris: list[str]) -> list[dict[str, Any]]:
    sources = [_without_empty(onet_source(release))]
    if links.crosswalks and isco:
        sources.append(ibs_source())
    if esco_uris:
        sources.append(esco_source(isco))
    return sources


def onet_source(release: Release) -> dict[str, Any]:
    return {
        "name": release.name,
        "url": ONET_URL,
        "publisher": "USDOL/ETA, National Center for O*NET Development",
        "version": release.version,
        "licence": LICENCE,
        "attribution": release.attribution,
        "note": release.provenance,
    }


def _without_empty(source: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in source.items() if value}


def ibs_source() -> dict[str, Any]:
    return {
        "name": "SOC 2010 to ISCO-08 crosswalk",
        "publisher": "Institute for Structural Research (IBS)",
        "attribution": IBS_CITATION,
        "note": "ISCO-08 via O*NET-SOC 2019 -> 2010 -> SOC 2010 -> ISCO-08: many-to-many, approximate.",
    }


def esco_source(isco: Optional[list[str]] = None) -> dict[str, Any]:
    source: dict[str, Any] = {
        "name": "ESCO occupations",
        "url": ESCO_URL,
        "publisher": "European Commission",
        "version": ESCO_VERSIONS,
        "licence": LICENCE,
        "attribution": ESCO_ATTRIBUTION,
    }
    if isco:
        source["note"] = (f"Other titles: ESCO occupations of ISCO-08 group {', '.join(isco)} sharing a word with "
                          "the O*NET or reported titles (by group, so approximate).")
    return source


@dataclass
class ImportReport:
    out: Path
    profiles: int
    french_titles: int
    written: WriteReport
    rome_table: Optional[Path] = None
    french_descriptions: int = 0


def import_onet(onet_dir: Path, out: Path, *, esco_dir: Optional[Path] = None, crosswalks_dir: Optional[Path] = None,
                rome_dir: Optional[Path] = None, reference_dir: Optional[Path] = None,
                esco_descriptions_dir: Optional[Path] = None, bls_dir: Optional[Path] = None,
                force: bool = False) -> ImportReport:
    """Read every input first (a bad row stops the import before anything is written), then write."""
    if (esco_dir or esco_descriptions_dir) and not crosswalks_dir:
        raise UsageError(_("--esco needs --crosswalks: ESCO titles are linked through ISCO-08 codes"))
    check_output_folder(out, GENERATOR, force=force)
    onet = read_onet(onet_dir)
    links = Links(read_crosswalks(crosswalks_dir) if crosswalks_dir else None, read_esco(esco_dir) if esco_dir else None,
                  read_official_links(crosswalks_dir, rome_dir, esco_descriptions_dir) if crosswalks_dir else None,
                  read_bls(bls_dir) if bls_dir else None,
                  read_rome_centres(rome_dir) if rome_dir and crosswalks_dir else None)
    rome = rome_table_text(rome_dir) if rome_dir else None
    profiles = build_profiles(onet, links)
    files = {f"{career_id}.yaml": profile_yaml(profile, onet.release) for career_id, profile in profiles.items()}
    report = ImportReport(out, len(profiles), sum(1 for p in profiles.values() if _has_french(p)),
                          write_owned_files(out, files, manifest(onet.release, links, len(profiles),
                                                                 french_title_counts(onet, links)), force=force),
                          french_descriptions=sum(1 for p in profiles.values() if _has_french_introduction(p)))
    if rome:
        from ..resources import reference_tables

        report.rome_table = write_rome_table(reference_dir or reference_tables(), *rome)
    return report


def _has_french(profile: Profile) -> bool:
    return not isinstance(profile.title, str) and bool(profile.title.fr)


def _has_french_introduction(profile: Profile) -> bool:
    return profile.introduction is not None and not isinstance(profile.introduction, str) and bool(profile.introduction.fr)


def profile_yaml(profile: Profile, release: Release) -> bytes:
    code = profile.codes.onet_soc[0] if profile.codes and profile.codes.onet_soc else ""
    header = f"O*NET-SOC {code}: generated by `{GENERATOR}` from the {release.name}; do not edit by hand."
    return dump_yaml(msgspec.to_builtins(profile), header)


def french_title_counts(onet: OnetData, links: Links) -> dict[str, int]:
    """How many occupations have a French title (`exact` crosswalk match), only related jobs (by
    their strongest match: `close`, `broad`, `narrow`) or nothing (`none`), for `careers about`."""
    counts = dict.fromkeys(("exact", "close", "broad", "narrow", "none"), 0)
    for occupation in onet.occupations.values():
        choice = crosswalk_choice(occupation, links.official, links.esco) if links.official else None
        counts[title_match_type(occupation, links.official, choice)] += 1
    return counts


def manifest(release: Release, links: Links, count: int, french_titles: Optional[dict[str, int]] = None) -> dict[str, Any]:
    """What `careers about` shows for this folder: sources with their attribution, the count, and
    what the French titles rest on (crosswalk match types)."""
    sources = [_without_empty(onet_source(release))]
    if links.crosswalks:
        sources.append(ibs_source())
    if links.esco:
        sources.append(esco_source())
    sources += manifest_sources(links.official)
    if links.bls:
        sources += [oews_source(), ep_source()]
    return {"generator": GENERATOR, "format": MANIFEST_FORMAT, "origin": "onet", "profiles": count,
            **({"french_titles": french_titles} if links.official and french_titles else {}), "sources": sources}


def write_rome_table(folder: Path, name: str, content: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    write_if_changed(folder / name, content.encode("utf-8"))
    remove_other_versions(folder, name, ROME_FILE_GLOB, TABLE_MARKER.encode())
    return folder / name
