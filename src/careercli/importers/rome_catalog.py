"""ROME 4.0 fiches (+ official crosswalks, O*NET interests) -> French career profiles, one per fiche.

What a profile holds, and where it comes from (the ROME export unless said):
  title, title_feminine  the fiche's title, split into its masculine and feminine forms (the
                         usual form alone where one is the norm: Sage-femme, `usual_forms`)
  introduction           the definition (bloc 3), one sentence a line, in ROME's order
  studies.summary        access to the job (bloc 4)
  competences            savoir-faire grouped by macro-competence, savoirs by category, and
                         savoir-être; core-of-job items (coeur_metier "Principale") first
  work_contexts          bloc 6, grouped by kind of context, kinds in ROME's order
  tags                   criteria by kind: interest centres, activity sectors, sub-sectors
                         (France Travail's principal one of each first, marked `main`), themes
  similar                mobility to other fiches, in ROME's order
  other_titles.fr        the job titles (appellations), each gender form on its own
  codes                  ROME; ISCO-08 of the ROME v3 fiche it comes from (Pôle emploi table);
                         ESCO URIs of the ESCO - ROME mapping
  riasec_official        France Travail's own major and minor letters
  links                  O*NET occupations (two hops through ESCO) and ESCO occupations, each with
                         its match type (importers/mappings.py), strongest first
  riasec                 derived from the linked O*NET occupations (`derived_interests`)
  job_zone               derived from the linked O*NET occupations' zones (`derived_job_zone`):
                         ROME has no preparation level of its own
  work_values            derived from the linked O*NET occupations' work values
                         (`derived_work_values`), as the interest scores are

Every French text has its accented capitals restored from the catalog's own lower-case
spellings (ROME writes "Educateur": importers/accents.py). Ids are slugs of the masculine title
as ROME writes it; a slug shared by two fiches, or already used in the
catalog (O*NET ids, curated profiles), gets the ROME code appended.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

import msgspec

from ..errors import UsageError
from ..i18n import _
from ..phrases import (  # written in English, shown in the reader's language
    DERIVED_INTERESTS, DERIVED_NOTE, DERIVED_VALUES, DERIVED_VALUES_NOTE, DERIVED_ZONES, DERIVED_ZONES_NOTE, ESCO_LABELS,
    ROME_CHANGES,
)
from ..profile.schema import RIASEC_TYPES, Profile
from ..text import slugify
from .accents import accent_restorer, french_texts, lower_case_forms, restore_accents
from .attribution import (
    ROME_LICENCE, cap_note, compact, esco_labels_source, isco_source, link_entries, mapping_source, rome_source,
    two_hop_label,
)
from .mappings import MATCHES, EscoOnet, EscoRome, Links, fiche_esco_links, ranked, read_esco_onet, read_esco_rome, two_hops
from .onet import Occupation, Release as OnetRelease, read_onet_interests
from .onet_catalog import onet_source
from .output import WriteReport, check_output_folder, dump_yaml, write_owned_files
from .remembered import fold, gender_forms
from .rome_export import KNOW_HOW, KNOWLEDGE, SOFT_SKILLS, Fiche, LinkedItem, Release, RomeExport, read_rome_export, sentences

MANIFEST_FORMAT = 1
GENERATOR = "careers import rome"  # named in MANIFEST.json and in every profile's first line
MATCH_WEIGHTS = {"exact": 1.0, "close": 0.75, "broad": 0.5, "narrow": 0.5}  # for derived interest scores


@dataclass
class Crosswalks:
    """The official mappings and what they give every fiche."""

    esco_rome: EscoRome
    esco_onet: EscoOnet
    esco: Links  # fiche -> ESCO URI -> match
    onet: Links  # fiche -> O*NET code -> match (two hops)


@dataclass
class OnetInterests:
    release: OnetRelease
    occupations: dict[str, Occupation]  # code -> title and OI scores (occupations with interest data)


@dataclass
class Inputs:
    export: RomeExport
    crosswalks: Optional[Crosswalks] = None
    onet: Optional[OnetInterests] = None


# ---------------------------------------------------------------- ids

def assign_ids(fiches: dict[str, Fiche], taken: Iterable[str] = ()) -> dict[str, str]:
    """code -> id: the slug of the masculine title, with the ROME code appended when another fiche
    has the same slug or the catalog already uses it."""
    slugs = {code: slugify(gender_forms(fiche.title)[0]) for code, fiche in fiches.items()}
    counts: dict[str, int] = {}
    for slug in slugs.values():
        counts[slug] = counts.get(slug, 0) + 1
    used = set(taken)
    return {code: slug if counts[slug] == 1 and slug not in used else f"{slug}-{slugify(code)}"
            for code, slug in slugs.items()}


def catalog_ids(folder: Path, exclude: Path) -> set[str]:
    """Ids of the profiles in `folder` (recursively), except those under `exclude`."""
    if not folder.is_dir():
        return set()
    skipped = exclude.resolve()
    return {path.stem for path in folder.rglob("*.y*ml")
            if path.suffix in (".yaml", ".yml") and skipped not in path.resolve().parents}


# ---------------------------------------------------------------- profiles

def build_profiles(inputs: Inputs, taken: Iterable[str] = ()) -> dict[str, Profile]:
    """id -> validated profile, one per fiche, sorted by id."""
    ids = assign_ids(inputs.export.fiches, taken)
    built = {ids[code]: build_profile(inputs.export.fiches[code], inputs, ids)
             for code in sorted(inputs.export.fiches, key=ids.__getitem__)}
    restore = accent_restorer(lower_case_forms(french_texts(list(built.values()))))  # the catalog's own spellings
    return {career_id: msgspec.convert(restore_accents(profile, restore), Profile) for career_id, profile in built.items()}


def build_profile(fiche: Fiche, inputs: Inputs, ids: dict[str, str]) -> dict[str, Any]:
    forms = usual_forms(gender_forms(fiche.title))
    esco = inputs.crosswalks.esco.get(fiche.code, {}) if inputs.crosswalks else {}
    onet = inputs.crosswalks.onet.get(fiche.code, {}) if inputs.crosswalks else {}
    riasec = derived_interests(onet, inputs.onet)
    titles = other_titles(fiche, forms)
    profile: dict[str, Any] = {
        "id": ids[fiche.code],
        "origin": "rome",
        "title": {"fr": forms[0]},
        "title_feminine": {"fr": forms[1]} if len(forms) == 2 else None,
        "introduction": _french("\n".join(sentences(fiche.definition))),
        "studies": {"summary": {"fr": " ".join(sentences(fiche.access))}} if fiche.access else None,
        "competences": competences(fiche, inputs.export),
        "work_contexts": work_contexts(fiche, inputs.export),
        "similar": [ids[target] for _order, target in sorted(fiche.mobility) if target != fiche.code],
        "tags": criteria_tags(fiche),
        "riasec": riasec,
        "riasec_official": official_interests(fiche, inputs.export.release),
        "job_zone": derived_job_zone(onet, inputs.onet),
        "work_values": derived_work_values(onet, inputs.onet),
        "codes": _codes(fiche, inputs.export, esco),
        "other_titles": {"fr": titles} if titles else None,
        "links": links(onet, esco, inputs),
        "sources": _sources(fiche, inputs, esco, onet, riasec is not None),
        "licence": ROME_LICENCE,
    }
    return {key: value for key, value in profile.items() if value not in (None, [], {})}


def _french(text: str) -> Optional[dict[str, str]]:
    return {"fr": text} if text else None


# ---------------------------------------------------------------- competences and contexts

def competences(fiche: Fiche, export: RomeExport) -> Optional[dict[str, Any]]:
    """Know-how by macro-competence, knowledge by category, soft skills; core items first."""
    found = {
        "know_how": _groups(fiche.items.get(KNOW_HOW, []), lambda code: _know_how_group(export, code),
                            lambda code: export.competences[code].label),
        "soft_skills": _ordered([_item(export.competences[i.code].label, i.flag) for i in fiche.items.get(SOFT_SKILLS, [])]),
        "knowledge": _groups(fiche.items.get(KNOWLEDGE, []), lambda code: export.knowledge[code][1],
                             lambda code: export.knowledge[code][0]),
    }
    found = {kind: items for kind, items in found.items() if items}
    return found or None


def _know_how_group(export: RomeExport, code: str) -> str:
    """The macro-competence an item belongs to (a macro-competence is its own group)."""
    macro = export.competences[code].macro
    return export.competences[macro].label if macro in export.competences else export.competences[code].label


def _groups(items: list[LinkedItem], group_of: Callable[[str], str], label_of: Callable[[str], str]) -> list[dict[str, Any]]:
    """Items under their group headings; a group whose heading is itself linked (a ROME
    macro-competence) holds no copy of it. Groups with core items first, then by heading."""
    groups: dict[str, dict[str, Any]] = {}
    for item in items:
        heading, label = group_of(item.code), label_of(item.code)
        group = groups.setdefault(heading, {"heading": {"fr": heading}, "core": False, "emerging": False, "items": []})
        if label == heading:
            _flag_heading(group, item.flag)
        else:
            group["items"].append(_item(label, item.flag))
    for group in groups.values():
        group["items"] = _ordered(group["items"])
    ordered = sorted(groups.values(), key=lambda g: (not _has_core(g), fold(g["heading"]["fr"]), g["heading"]["fr"]))
    return [{key: value for key, value in group.items() if value} for group in ordered]


def _flag_heading(group: dict[str, Any], flag: Optional[str]) -> None:
    """A heading linked to the job itself keeps the fiche's flag for it, core or emerging (an audit
    found 119 emerging macro-competences lost when only `core` was kept)."""
    if flag:
        group[flag] = True


def _item(label: str, flag: Optional[str]) -> dict[str, Any]:
    item: dict[str, Any] = {"text": {"fr": label}}
    if flag:
        item[flag] = True
    return item


def _ordered(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Core items first, then emerging ones, then the others; alphabetical within each; a label
    listed twice is kept once, with every flag either had."""
    unique: dict[str, dict[str, Any]] = {}
    for item in sorted(items, key=lambda i: (not i.get("core"), not i.get("emerging"), fold(i["text"]["fr"]), i["text"]["fr"])):
        kept = unique.setdefault(fold(item["text"]["fr"]), item)
        kept.update({flag: True for flag in ("core", "emerging") if item.get(flag)})
    return list(unique.values())


def _has_core(group: dict[str, Any]) -> bool:
    return group["core"] or any(item.get("core") for item in group["items"])


def work_contexts(fiche: Fiche, export: RomeExport) -> list[dict[str, Any]]:
    """Bloc 6 grouped by kind (hours, places, conditions ...), kinds in ROME's order."""
    kinds: dict[tuple[int, str], set[str]] = {}
    for item in fiche.items.get("contexts", []):
        context = export.contexts[item.code]
        kinds.setdefault((context.kind, context.kind_label), set()).add(context.label)
    return [{"heading": {"fr": label}, "items": [{"fr": text} for text in sorted(texts, key=lambda t: (fold(t), t))]}
            for (_kind, label), texts in sorted(kinds.items())]


def criteria_tags(fiche: Fiche) -> list[dict[str, Any]]:
    """Interest centres, sectors, sub-sectors and themes, each kind's principal one first (`main`),
    then alphabetical; each text once per kind."""
    tags: list[dict[str, Any]] = []
    kinds = (("interest", fiche.interests), ("sector", fiche.sectors), ("subsector", fiche.subsectors),
             ("theme", [(False, theme) for theme in fiche.themes]))
    for kind, found in kinds:
        chosen: dict[str, dict[str, Any]] = {}
        for principal, text in sorted(found, key=lambda t: (not t[0], fold(t[1]), t[1])):
            chosen.setdefault(fold(text), {"kind": kind, "text": {"fr": text}, **({"main": True} if principal else {})})
        tags += chosen.values()
    return tags


def usual_forms(forms: tuple[str, ...]) -> tuple[str, ...]:
    """The title's forms, the usual one first: where ROME marks the masculine of a word used for
    everyone by prefixing "Homme" ("Homme sage-femme / Sage-femme"), the title is the word itself
    ("Sage-femme", as ROME's other titles write it: "Cadre de santé Sage-femme"), and the
    prefixed form goes to the other titles."""
    if len(forms) == 2 and fold(forms[0]) == "homme " + fold(forms[1]):
        return (forms[1],)
    return forms


def other_titles(fiche: Fiche, title_forms: tuple[str, ...]) -> list[str]:
    """Every job title of the fiche, gender forms split, sorted, without the title's own forms."""
    skip = {fold(form) for form in title_forms}
    chosen: dict[str, str] = {}
    for title in fiche.job_titles:
        for form in gender_forms(title):
            if fold(form) not in skip:
                chosen.setdefault(fold(form), form)
    return [chosen[key] for key in sorted(chosen)]


# ---------------------------------------------------------------- interests

def official_interests(fiche: Fiche, release: Release) -> Optional[dict[str, str]]:
    if fiche.riasec is None:
        return None
    major, minor = fiche.riasec
    official = {"major": major, "minor": minor,
                "source": f"France Travail, ROME 4.0 v{release.version} (unix_referentiel_code_rome_riasec)"}
    return {key: value for key, value in official.items() if value}


def derived_interests(links: dict[str, str], onet: Optional[OnetInterests]) -> Optional[dict[str, Any]]:
    """Six scores on O*NET's OI scale (1-7): the mean of the linked O*NET occupations' scores,
    weighted by match type (exact 1.0, close 0.75, broad and narrow 0.5), rounded to two decimals;
    the code is the three highest (ties in R-I-A-S-E-C order). None when no linked occupation
    has interest data: no score is ever invented."""
    used = _used(links, onet, lambda occupation: occupation.scores)
    if onet is None or not used:
        return None
    scores = _weighted_means(used, onet, lambda occupation: occupation.scores, RIASEC_TYPES)
    return {**scores, "code": holland_code(scores), "source": _derivation_note(used, onet.release),
            "based_on": [code for code, _match in used], "derived": True}


def derived_work_values(links: dict[str, str], onet: Optional[OnetInterests]) -> Optional[dict[str, Any]]:
    """The six work values on O*NET's extent scale (1-7), derived as the interest scores are: the
    mean of the linked O*NET occupations' scores, weighted by match type, rounded to two decimals.
    None when no linked occupation has work values."""
    used = _used(links, onet, lambda occupation: occupation.value_extents)
    if onet is None or not used:
        return None
    extents = _weighted_means(used, onet, lambda occupation: occupation.value_extents,
                              tuple(onet.occupations[used[0][0]].value_extents))
    return {**extents, "source": _values_note(used, onet.release), "based_on": [code for code, _match in used],
            "derived": True}


def _used(links: dict[str, str], onet: Optional[OnetInterests],
          figures: Callable[[Occupation], dict[str, float]]) -> list[tuple[str, str]]:
    """(code, match) of the linked O*NET occupations that have the figures, strongest link first."""
    if onet is None:
        return []
    return [(code, match) for code, match in ranked(links) if code in onet.occupations and figures(onet.occupations[code])]


def _weighted_means(used: list[tuple[str, str]], onet: OnetInterests, figures: Callable[[Occupation], dict[str, float]],
                    keys: Iterable[str]) -> dict[str, float]:
    """Each key's mean over the occupations `used`, weighted by match type, to two decimals."""
    total = sum(MATCH_WEIGHTS[match] for _code, match in used)
    return {key: round(sum(MATCH_WEIGHTS[match] * figures(onet.occupations[code])[key] for code, match in used)
                       / total, 2) for key in keys}


def _match_mix(used: list[tuple[str, str]]) -> tuple[str, str]:
    """'exact: 1, narrow: 3' in English and in French."""
    counts = {match: sum(1 for _code, m in used if m == match) for match in MATCHES}
    return (", ".join(f"{match}: {count}" for match, count in counts.items() if count),
            ", ".join(f"{_FRENCH_MATCH[match]} : {count}" for match, count in counts.items() if count))


def _values_note(used: list[tuple[str, str]], release: OnetRelease) -> dict[str, str]:
    mix, mix_fr = _match_mix(used)
    return {
        "en": f"Derived, not rated for this fiche: mean of the work values ({release.name}, extent 1-7) of the "
              f"{len(used)} O*NET occupations linked through ESCO ({mix}), weighted by match (exact 1, close 0.75, "
              "broad or narrow 0.5).",
        "fr": f"Dérivées, non évaluées pour cette fiche : moyenne des valeurs de travail ({release.name}, échelle "
              f"1-7) des {len(used)} métiers O*NET liés via ESCO ({mix_fr}), pondérée par la correspondance (exacte "
              "1, proche 0,75, plus large ou plus étroite 0,5).",
    }


def derived_job_zone(links: dict[str, str], onet: Optional[OnetInterests]) -> Optional[dict[str, Any]]:
    """The job zone (1-5) of the linked O*NET occupations: their median weighted by match type
    (exact 1.0, close 0.75, broad and narrow 0.5; between two zones, the lower). ROME gives no
    preparation level; this one is O*NET's, for the U.S., and says so. None when no linked
    occupation has a zone."""
    if onet is None:
        return None
    used = [(code, match) for code, match in ranked(links)
            if code in onet.occupations and onet.occupations[code].job_zone is not None]
    if not used:
        return None
    weighted = sorted((onet.occupations[code].job_zone or 0, MATCH_WEIGHTS[match]) for code, match in used)
    half, running = sum(weight for _zone, weight in weighted) / 2, 0.0
    for zone, weight in weighted:
        running += weight
        if running >= half:
            break
    return {"zone": zone, "source": _zone_note(used, [z for z, _w in weighted], onet.release),
            "based_on": [code for code, _match in used], "derived": True}


def _zone_note(used: list[tuple[str, str]], zones: list[int], release: OnetRelease) -> dict[str, str]:
    mix, mix_fr = _match_mix(used)
    listed = ", ".join(map(str, zones))
    return {
        "en": f"Derived, not given by ROME: the median of the job zones ({release.name}: U.S. preparation levels) of "
              f"the {len(used)} O*NET occupations linked through ESCO ({mix}; zones {listed}), weighted by match "
              "(exact 1, close 0.75, broad or narrow 0.5).",
        "fr": f"Dérivé, non donné par le ROME : médiane des niveaux de préparation ({release.name} : niveaux "
              f"américains) des {len(used)} métiers O*NET liés via ESCO ({mix_fr} ; niveaux {listed}), pondérée par "
              "la correspondance (exacte 1, proche 0,75, plus large ou plus étroite 0,5).",
    }


def holland_code(scores: dict[str, float]) -> str:
    """The three highest scores, ties in R-I-A-S-E-C order."""
    return "".join(sorted(RIASEC_TYPES, key=lambda letter: (-scores[letter], RIASEC_TYPES.index(letter)))[:3])


def _derivation_note(used: list[tuple[str, str]], release: OnetRelease) -> dict[str, str]:
    mix, mix_fr = _match_mix(used)
    return {
        "en": f"Derived, not measured for this fiche: mean of the interest scores ({release.name}) of the {len(used)} "
              f"O*NET occupations linked through ESCO ({mix}), weighted by match (exact 1, close 0.75, broad or narrow "
              "0.5). Code: the three highest.",
        "fr": f"Dérivés, non mesurés pour cette fiche : moyenne des scores d'intérêts ({release.name}) des {len(used)} "
              f"métiers O*NET liés via ESCO ({mix_fr}), pondérée par la correspondance (exacte 1, proche 0,75, plus "
              "large ou plus étroite 0,5). Code : les trois plus hauts.",
    }


_FRENCH_MATCH = {"exact": "exacte", "close": "proche", "broad": "plus large", "narrow": "plus étroite"}


# ---------------------------------------------------------------- links, codes, sources

def links(onet: dict[str, str], esco: dict[str, str], inputs: Inputs) -> list[dict[str, Any]]:
    """O*NET counterparts (two hops), then ESCO occupations; each strongest first, capped."""
    crosswalks = inputs.crosswalks
    if crosswalks is None:
        return []
    rome_mapping = crosswalks.esco_rome.info
    return [
        *link_entries(onet, "onet", lambda code: {"en": _onet_title(code, inputs)},
                      two_hop_label(rome_mapping, crosswalks.esco_onet.info), via="esco"),
        *link_entries(esco, "esco", lambda uri: {"fr": crosswalks.esco_rome.esco_titles[uri]},
                      f"{rome_mapping.name} {rome_mapping.version}"),
    ]


def _onet_title(code: str, inputs: Inputs) -> str:
    """O*NET's own title when the O*NET files are given, else the crosswalk's."""
    if inputs.onet and code in inputs.onet.occupations:
        return inputs.onet.occupations[code].title
    return inputs.crosswalks.esco_onet.onet_titles[code]  # type: ignore[union-attr]


def _codes(fiche: Fiche, export: RomeExport, esco: dict[str, str]) -> dict[str, list[str]]:
    codes = {"rome": [fiche.code], "isco08": sorted(set(export.isco.get(fiche.parent, [])))}
    codes["esco"] = sorted(esco)
    return {key: value for key, value in codes.items() if value}


def _sources(fiche: Fiche, inputs: Inputs, esco: dict[str, str], onet: dict[str, str], derived: bool) -> list[dict[str, Any]]:
    release = inputs.export.release
    sources = [rome_source(release.version, release.published, ROME_CHANGES)]
    if inputs.export.isco.get(fiche.parent):
        sources.append(isco_source(fiche.parent))
    crosswalks = inputs.crosswalks
    if crosswalks and esco:
        sources += [mapping_source(crosswalks.esco_rome.info, cap_note(len(esco), "ESCO")), esco_labels_source(ESCO_LABELS)]
    if crosswalks and onet:
        sources.append(mapping_source(crosswalks.esco_onet.info, cap_note(len(onet), "O*NET")))
    if derived and inputs.onet:
        sources.append(compact(onet_source(inputs.onet.release)))
    return sources


# ---------------------------------------------------------------- import

@dataclass
class ImportReport:
    out: Path
    profiles: int
    derived: int  # fiches with interest scores derived from O*NET
    agreeing: int  # ... whose derived high point is France Travail's major letter
    written: WriteReport


def import_rome(rome_dir: Path, out: Path, *, crosswalks_dir: Optional[Path] = None, onet_dir: Optional[Path] = None,
                taken_ids: Iterable[str] = (), force: bool = False) -> ImportReport:
    """Read every input first (a bad row stops the import before anything is written), then write."""
    if onet_dir and not crosswalks_dir:
        raise UsageError(_("--onet needs --crosswalks: O*NET occupations are linked through ESCO"))
    check_output_folder(out, GENERATOR, force=force)
    export = read_rome_export(rome_dir)
    inputs = Inputs(export, _read_crosswalks(crosswalks_dir, export) if crosswalks_dir else None,
                    OnetInterests(*read_onet_interests(onet_dir)) if onet_dir else None)
    profiles = build_profiles(inputs, taken_ids)
    files = {f"{career_id}.yaml": profile_yaml(profile, export.release) for career_id, profile in profiles.items()}
    derived, agreeing = interest_agreement(profiles.values())
    zones = sum(1 for p in profiles.values() if p.job_zone is not None and p.job_zone.derived)
    values = sum(1 for p in profiles.values() if p.work_values is not None)
    written = write_owned_files(out, files, manifest(inputs, len(profiles), derived, agreeing, zones, values),
                                force=force)
    return ImportReport(out, len(profiles), derived, agreeing, written)


def _read_crosswalks(folder: Path, export: RomeExport) -> Crosswalks:
    esco_rome, esco_onet = read_esco_rome(folder), read_esco_onet(folder)
    esco = fiche_esco_links(esco_rome, export.job_titles.fiche_of_title, export.job_titles.main_titles)
    return Crosswalks(esco_rome, esco_onet, esco, two_hops(esco, esco_onet.onet_of))


def interest_agreement(profiles: Iterable[Profile]) -> tuple[int, int]:
    """(fiches with derived scores, how many of them have France Travail's major letter as high point)."""
    derived = [(p.riasec, p.riasec_official) for p in profiles if p.riasec is not None and p.riasec.derived]
    agreeing = [riasec for riasec, official in derived if official and riasec.code and riasec.code[0] == official.major]
    return len(derived), len(agreeing)


def profile_yaml(profile: Profile, release: Release) -> bytes:
    code = profile.codes.rome[0] if profile.codes and profile.codes.rome else ""
    header = f"ROME {code}: generated by `{GENERATOR}` from ROME 4.0 v{release.version} (France Travail); " \
             "do not edit by hand."
    return dump_yaml(msgspec.to_builtins(profile), header)


def manifest(inputs: Inputs, count: int, derived: int, agreeing: int, zones: int = 0, values: int = 0) -> dict[str, Any]:
    """What `careers about` shows for this folder; the interest figures are also in the ROME source's note."""
    release = inputs.export.release
    sources = [rome_source(release.version, release.published, ROME_CHANGES), isco_source()]
    if inputs.crosswalks:
        sources += [mapping_source(inputs.crosswalks.esco_rome.info), mapping_source(inputs.crosswalks.esco_onet.info),
                    esco_labels_source(ESCO_LABELS)]
    if inputs.onet:
        sources += [compact(onet_source(inputs.onet.release)), interests_source(count, derived, agreeing),
                    {"name": DERIVED_ZONES, "note": DERIVED_ZONES_NOTE.format(
                        derived=zones, count=count, percent=_percent(zones, count), rest=count - zones)},
                    {"name": DERIVED_VALUES, "note": DERIVED_VALUES_NOTE.format(
                        derived=values, count=count, percent=_percent(values, count), rest=count - values)}]
    return {"generator": GENERATOR, "format": MANIFEST_FORMAT, "origin": "rome", "profiles": count,
            "interests": {"derived": derived, "agreeing_with_major": agreeing,
                          "agreement_percent": _percent(agreeing, derived), "weights": MATCH_WEIGHTS},
            "job_zones": {"derived": zones, "weights": MATCH_WEIGHTS},
            "work_values": {"derived": values, "weights": MATCH_WEIGHTS},
            "sources": sources}


def interests_source(count: int, derived: int, agreeing: int) -> dict[str, str]:
    """An entry of its own, so that `careers about` shows these figures whatever else it lists."""
    return {"name": DERIVED_INTERESTS, "note": interests_note(count, derived, agreeing)}


def interests_note(count: int, derived: int, agreeing: int) -> str:
    return DERIVED_NOTE.format(derived=derived, count=count, percent=_percent(derived, count), agreeing=agreeing,
                               agreement=_percent(agreeing, derived), rest=count - derived)


def _percent(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0
