"""Browsing the catalog: the filters of `careers list` and the tag counts of `careers criteria`.

Pure: entries and tags in, entries or counts out. Filters combine (a career must pass all):
- `riasec`: the Holland code (or, for a ROME fiche, France Travail's own letters) starts with
  the letters given; with `riasec_any`, its first letters are those, in any order;
- `job_zone`: the O*NET job zone (a ROME fiche's derived from the O*NET occupations it links
  to); `study_level`: a study level a Belgian reader knows, mapped to a job zone (STUDY_LEVELS)
  and, for ROME fiches, to EQF levels compared with the fiche's entry level read from its own
  access text (STUDY_LEVEL_EQF, studylevels.py). Careers without the level compared are left
  out and counted;
- `criteria` (each one): a tag written so in any language, case and accents aside, else a tag
  holding those words (tags.matching); `sector`: the same among sector and sub-sector tags;
- `sources`: the origin (curated, onet, rome).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable, Optional

import msgspec

from ..errors import UsageError
from ..i18n import _, current_language
from ..profile.schema import RIASEC_TYPES
from ..facts.tags import KINDS, SECTOR_KINDS, matching
from ..text import fold, localize

if TYPE_CHECKING:
    from ..catalog.merged import Catalog
    from ..catalog.entry import Entry
    from ..profile.schema import Tag

ORIGINS = ("curated", "onet", "rome")

# Study levels, as a Belgian reader names them, and the O*NET job zone each stands for (README:
# "Browsing"). O*NET's zones: 1 little or no preparation, 2 some (a secondary-school diploma), 3
# medium (vocational training, an associate's degree), 4 considerable (a bachelor's degree), 5
# extensive (a graduate degree). Zone 5 holds both master's and doctoral studies.
STUDY_LEVELS: dict[str, int] = {"none": 1, "secondary": 2, "vocational": 3, "bachelor": 4, "master": 5, "doctorate": 5}
STUDY_LEVEL_ALIASES: dict[str, str] = {"cess": "secondary", "secondaire": "secondary", "aucun": "none",
                                       "professionnel": "vocational", "bachelier": "bachelor",
                                       "doctorat": "doctorate", "phd": "doctorate"}
# The same study levels on the EQF (studylevels.py): what a ROME fiche's entry level, read from its own
# access text, is compared with. Secondary studies in Belgium lead to a qualification (EQF 3) or the CESS (4).
STUDY_LEVEL_EQF: dict[str, tuple[int, ...]] = {"none": (1, 2), "secondary": (3, 4), "vocational": (5,), "bachelor": (6,),
                                               "master": (7,), "doctorate": (8,)}
_NOT_ALNUM = re.compile(r"[\W_]+")
MAX_LISTED = 12  # valid values named in an error message; more: see `careers criteria`


class Filters(msgspec.Struct, kw_only=True):
    riasec: Optional[str] = None
    riasec_any: bool = False
    job_zone: Optional[int] = None
    study_level: Optional[str] = None
    criteria: list[str] = []
    sector: Optional[str] = None
    sources: list[str] = []

    @property
    def needs_tags(self) -> bool:
        return bool(self.criteria or self.sector)

    @property
    def zone(self) -> Optional[int]:
        return self.job_zone if self.study_level is None else STUDY_LEVELS[self.study_level]


class Filtered(msgspec.Struct):
    entries: list["Entry"]
    without_zone: int = 0  # careers that passed the other filters but have no job zone to filter on


# ---------------------------------------------------------------- checking the values

def checked_filters(filters: Filters) -> Filters:
    """The filters with their values normalised; an unknown value is a usage error naming the valid ones."""
    filters.riasec = checked_letters(filters.riasec) if filters.riasec is not None else None
    if filters.riasec_any and filters.riasec is None:
        raise UsageError(_("--riasec-any needs --riasec CODE"))
    if filters.job_zone is not None and not 1 <= filters.job_zone <= 5:
        raise UsageError(_("unknown job zone {zone}; valid: 1, 2, 3, 4, 5").format(zone=filters.job_zone))
    if filters.study_level is not None:
        filters.study_level = study_level(filters.study_level)
    if filters.job_zone is not None and filters.study_level is not None and filters.zone != filters.job_zone:
        raise UsageError(_("--study-level {level} is job zone {zone}, not {job_zone}: give one of the two").format(
            level=filters.study_level, zone=filters.zone, job_zone=filters.job_zone))
    for source in filters.sources:
        if source not in ORIGINS:
            raise UsageError(_("unknown source '{source}'; valid: {valid}").format(source=source, valid=", ".join(ORIGINS)))
    return filters


def checked_letters(code: str) -> str:
    letters = code.strip().upper()
    if not letters or len(letters) > 3 or any(letter not in RIASEC_TYPES for letter in letters) or len(set(letters)) != len(letters):
        raise UsageError(_("'{code}' is not a Holland code; give 1 to 3 different letters of R, I, A, S, E, C "
                           "(e.g. EC)").format(code=code))
    return letters


def study_level(name: str) -> str:
    key = fold(name)
    key = STUDY_LEVEL_ALIASES.get(key, key)
    if key not in STUDY_LEVELS:
        raise UsageError(_("unknown study level '{level}'; valid: {valid}").format(level=name, valid=", ".join(STUDY_LEVELS)))
    return key


def check_tag_values(filters: Filters, tags: dict[str, list["Tag"]], elsewhere: dict[str, list["Tag"]]) -> None:
    """Each --criterion and --sector must name a tag of the careers in scope (`tags`); the error
    says when it exists only in careers out of scope (`elsewhere`: other catalogs or, with
    --source, other origins), or suggests close ones."""
    in_scope = _distinct(tags)
    for value in filters.criteria:
        if not matching(in_scope, value):
            raise UsageError(_unknown(_("criterion"), value, in_scope, _distinct(elsewhere), KINDS,
                                      bool(filters.sources)))
    if filters.sector is not None and not matching(in_scope, filters.sector, SECTOR_KINDS):
        raise UsageError(_unknown(_("sector"), filters.sector, [t for t in in_scope if t.kind in SECTOR_KINDS],
                                  _distinct(elsewhere), SECTOR_KINDS, bool(filters.sources)))


def _distinct(tags: dict[str, list["Tag"]]) -> list["Tag"]:
    """Each tag object once: the index stores a folder's distinct tags once (index.TagTable)."""
    return list({id(tag): tag for career_tags in tags.values() for tag in career_tags}.values())


def _unknown(what: str, value: str, valid: list["Tag"], elsewhere: list["Tag"],
             kinds: Iterable[str], by_source: bool) -> str:
    lang = current_language()
    kinds = tuple(kinds)
    if matching(elsewhere, value, kinds) and by_source:
        return _("no career of the origins chosen has the {what} '{value}'; careers of other origins do").format(
            what=what, value=value)
    if matching(elsewhere, value, kinds):
        return _("no career of this catalog has the {what} '{value}'; other catalogs do: try --catalog all").format(
            what=what, value=value)
    names = sorted({localize(tag.text, lang) or "" for tag in valid}, key=title_key)
    if not names:
        return _("no career of this catalog has a {what}; try --catalog rome or --catalog all").format(what=what)
    if len(names) <= MAX_LISTED:
        return _("unknown {what} '{value}'; valid: {valid}").format(what=what, value=value, valid=", ".join(names))
    close = _close(value, names)
    hint = _("did you mean: {names}? ").format(names=", ".join(close)) if close else ""
    return _("unknown {what} '{value}'; {hint}`careers criteria` lists them all").format(what=what, value=value, hint=hint)


def _close(value: str, names: list[str], limit: int = 3) -> list[str]:
    from rapidfuzz import fuzz, process

    folded = {fold(name): name for name in names}
    found = process.extract(fold(value), list(folded), scorer=fuzz.token_set_ratio, limit=limit, score_cutoff=60)
    return [folded[key] for key, _score, _i in found]


# ---------------------------------------------------------------- filtering

def filter_entries(entries: Iterable["Entry"], filters: Filters, tags: Optional[dict[str, list["Tag"]]] = None) -> Filtered:
    """The entries that pass every filter; those left out only for lacking a job zone are counted."""
    kept = [e for e in entries if (not filters.sources or e.origin in filters.sources)]
    if filters.riasec:
        kept = [e for e in kept if holland_matches(e, filters.riasec, filters.riasec_any)]
    if filters.needs_tags:
        tags = tags or {}
        distinct = _distinct({e.id: tags.get(e.id, []) for e in kept})
        wanted: list[tuple[str, Optional[tuple[str, ...]]]] = [(value, None) for value in filters.criteria]
        wanted += [(filters.sector, SECTOR_KINDS)] if filters.sector is not None else []
        for value, kinds in wanted:  # what a value names is decided over all the tags, then career by career
            named = {id(tag) for tag in matching(distinct, value, kinds)}
            kept = [e for e in kept if any(id(tag) in named for tag in tags.get(e.id, []))]
    zone = filters.zone
    if zone is None:
        return Filtered(kept)
    eqf = STUDY_LEVEL_EQF[filters.study_level] if filters.study_level is not None else None
    levels = [(e, entry_level(e, zone, eqf)) for e in kept]
    return Filtered([e for e, (level, wanted) in levels if level is not None and level in wanted],
                    sum(1 for _e, (level, _wanted) in levels if level is None))


def entry_level(entry: "Entry", zone: int, eqf: Optional[tuple[int, ...]]) -> tuple[Optional[int], tuple[int, ...]]:
    """(the career's level, the levels wanted) on one scale: a ROME fiche's EQF entry level when a
    study level is asked (--study-level), else its job zone, as for every other career."""
    if eqf is not None and entry.origin == "rome":
        return (entry.eqf[0] if entry.eqf else None), eqf
    return entry.job_zone, (zone,)


def holland_matches(entry: "Entry", letters: str, any_order: bool = False) -> bool:
    """The Holland code, or a ROME fiche's official letters, starts with `letters` (any order: the
    same letters lead)."""
    for code in (entry.holland, entry.official):
        if not code or len(code) < len(letters):
            continue
        start = code[: len(letters)]
        if start == letters or (any_order and set(start) == set(letters)):
            return True
    return False


def title_key(title: str) -> tuple[str, str]:
    """Sorting titles as a reader expects, in French as in English: case, accents and punctuation
    aside (`Éducateur` beside `Educateur`, `Œnologue` as `Oenologue`), the text itself breaking ties."""
    folded = fold(title)
    if "œ" in folded or "æ" in folded:
        folded = folded.replace("œ", "oe").replace("æ", "ae")
    return _NOT_ALNUM.sub(" ", folded).strip(), title


# ---------------------------------------------------------------- over a catalog

def browse(catalog: "Catalog", filters: Filters, scope: Optional[frozenset[str]]) -> Filtered:
    """The careers of `scope` (scope.scope_of; every origin when None), twins left out, that pass
    `filters` (checked first: an unknown value is a UsageError), sorted by title in the current language."""
    from ..catalog.scope import in_scope, without_twins

    lang = current_language()
    filters = checked_filters(filters)
    chosen = [e for e in in_scope(catalog.entries.values(), scope) if not filters.sources or e.origin in filters.sources]
    entries, _hidden = without_twins(chosen)
    tags = None
    if filters.needs_tags:
        tags = catalog.tags()
        ids = {e.id for e in entries}
        check_tag_values(filters, {i: t for i, t in tags.items() if i in ids},
                         {i: t for i, t in tags.items() if i not in ids})
    found = filter_entries(entries, filters, tags)
    found.entries.sort(key=lambda e: (title_key(localize(e.title, lang) or e.id), e.id))
    return found


def criteria_counts(catalog: "Catalog", scope: Optional[frozenset[str]]) -> tuple[int, list["TagCount"]]:
    """How many careers `scope` holds (twins left out), and every tag of theirs with its count."""
    from ..catalog.scope import in_scope, without_twins

    entries, _hidden = without_twins(in_scope(catalog.entries.values(), scope))
    return len(entries), count_tags(entries, catalog.tags())


# ---------------------------------------------------------------- counting tags

class TagCount(msgspec.Struct):
    kind: str
    text: str  # in the display language
    texts: dict[str, str]  # every language it is written in
    count: int  # careers that have it


def count_tags(entries: Iterable["Entry"], tags: dict[str, list["Tag"]]) -> list[TagCount]:
    """Each tag of the entries, once per kind and text in the current language, with how many careers have it;
    by kind (KINDS order), then most frequent first, then alphabetically."""
    lang = current_language()
    counts: dict[tuple[str, str], TagCount] = {}
    shown: dict[int, tuple[str, tuple[str, str]]] = {}  # each tag object's text and key, worked out once
    for entry in sorted(entries, key=lambda e: e.id):
        seen: set[tuple[str, str]] = set()
        for tag in tags.get(entry.id, []):
            if id(tag) not in shown:
                text = localize(tag.text, lang) or ""
                shown[id(tag)] = (text, (tag.kind, fold(text)))
            text, key = shown[id(tag)]
            if not text or key in seen:
                continue
            seen.add(key)
            found = counts.setdefault(key, TagCount(tag.kind, text, _languages(tag), 0))
            found.count += 1
    order = {kind: index for index, kind in enumerate(KINDS)}
    return sorted(counts.values(), key=lambda c: (order.get(c.kind, len(KINDS)), c.kind, -c.count, title_key(c.text)))


def _languages(tag: "Tag") -> dict[str, str]:
    text = tag.text
    if isinstance(text, str):
        return {}  # the same text in every language
    return {lang: value for lang in ("fr", "en", "nl") if (value := getattr(text, lang))}

