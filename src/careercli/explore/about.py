"""What `careers about` and `Careers.about` say: where the data comes from, under which licence, with the
required attributions; how many careers of each origin; what the figures cover; how careers are ranked."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Optional

from .. import __version__
from ..i18n import N_, _, dated, decimal, place, plural
from ..phrases import joined
from ..views import About

if TYPE_CHECKING:
    from ..catalog.merged import Catalog

MANIFEST = "MANIFEST.json"  # written by the importers next to the profiles they generate
SOURCE_FIELDS = ("name", "version", "publisher", "licence", "url", "attribution", "note")


def imported_sources(dirs: Iterable[Path]) -> list[dict[str, Any]]:
    """The sources recorded by every import manifest under `dirs`, each listed once."""
    sources: dict[tuple[str, str], dict[str, Any]] = {}
    for manifest in _manifests(dirs):
        for source in manifest.get("sources", []):
            if isinstance(source, dict) and isinstance(source.get("name"), str):
                kept = {k: str(source[k]) for k in SOURCE_FIELDS if source.get(k)}
                sources.setdefault((kept["name"], kept.get("version", "")), kept)
    return list(sources.values())


TITLE_MATCHES = ("exact", "close", "broad", "narrow", "none")


def french_title_counts(dirs: Iterable[Path]) -> dict[str, int]:
    """What the French titles of imported occupations rest on, summed over the import manifests:
    `exact` crosswalk matches give a title; `close`, `broad`, `narrow` only related jobs; `none`."""
    counts = dict.fromkeys(TITLE_MATCHES, 0)
    found = False
    for manifest in _manifests(dirs):
        stated = manifest.get("french_titles")
        if isinstance(stated, dict):
            found = True
            for match in TITLE_MATCHES:
                value = stated.get(match)
                counts[match] += value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0
    return counts if found else {}


MANIFEST_LIMIT = 1024 * 1024  # bytes; an import manifest is a few kilobytes


def _manifests(dirs: Iterable[Path]) -> list[dict[str, Any]]:
    from ..files import read_bounded
    from ..catalog.walk import walk_profiles

    found = []
    for folder in dirs:
        for item in walk_profiles(folder, lambda name: name == MANIFEST).files:
            if item.stat.st_size > MANIFEST_LIMIT or not item.path.endswith(MANIFEST):
                continue
            try:
                data = json.loads(read_bounded(item.path, MANIFEST_LIMIT).decode("utf-8"))
            except (OSError, ValueError, RecursionError):  # unreadable, too large, not UTF-8 or JSON, too deep
                continue
            if isinstance(data, dict):
                found.append(data)
    return found


def rome_source() -> list[dict[str, Any]]:
    from ..catalog.reference import rome_source as read

    meta = read()
    if not meta:
        return []
    return [{"name": meta.get("source", "ROME"), "version": meta.get("version", ""), "publisher": meta.get("publisher", ""),
             "licence": meta.get("licence", ""), "note": _("French job titles for curated profiles with ROME codes.")}]


def vocabulary_source() -> list[dict[str, Any]]:
    """The hand-reviewed vocabulary of everyday, Belgian and short job words, with its count of terms."""
    from collections import Counter

    from ..catalog.vocabulary import default_vocabulary, vocabulary_meta

    terms = default_vocabulary()
    if not terms:
        return []
    meta = vocabulary_meta()
    kinds = Counter(term.kind for term in terms)
    return [{"name": meta.get("source", "vocabulary"), "version": plural(len(terms), N_("{count} term"), N_("{count} terms")).format(count=len(terms)),
             "publisher": meta.get("publisher", ""), "licence": meta.get("licence", ""),
             "note": _("Search vocabulary: {short} short forms, {synonym} synonyms, {regional} regional words, "
                       "{everyday} everyday names; each term names its source.").format(
                 short=kinds["short"], synonym=kinds["synonym"], regional=kinds["regional"], everyday=kinds["everyday"])}]


def moves_sources() -> list[dict[str, Any]]:
    """The moves tables of `careers moves` and `careers path` (their own header lines)."""
    from ..moves.tables import REFERENCES, moves_table

    notes = {"rome": _("Career moves: mobility links and competences (careers moves, careers path)."),
             "onet": _("Career moves: skills, knowledge and related occupations (careers moves, careers path); "
                       "the French names of the skills and knowledge areas are the careers project's translations.")}
    sources = []
    for reference in REFERENCES:
        table = moves_table(reference)
        if table is not None:
            meta = table.meta
            sources.append({k: v for k, v in {
                "name": meta.get("source", reference), "version": meta.get("version", ""),
                "publisher": meta.get("publisher", ""), "licence": meta.get("licence", ""),
                "attribution": meta.get("attribution", ""),
                "note": notes[reference]}.items() if v})
    return sources


def bank_sources() -> list[dict[str, Any]]:
    """The quiz item banks: where their items come from and under which terms."""
    from ..quiz.bank import available_banks, load_bank

    sources = []
    for bank_id in available_banks():
        bank = load_bank(bank_id)
        note = "; ".join(f"{lang}: {text}" for lang, text in sorted(bank.translation.items()))
        sources.append({k: v for k, v in {
            "name": _("Quiz item bank {id}: {title}").format(id=bank.id, title=bank.title.get("en", bank.id)),
            "licence": bank.licence, "attribution": bank.attribution or bank.source, "note": note}.items() if v})
    return sources


def curated_sources(catalog: "Catalog", known: set[str]) -> list[dict[str, Any]]:
    """Sources named by hand-written profiles (e.g. the career-guide page of the seed)."""
    found: dict[str, dict[str, Any]] = {}
    for entry in catalog.entries.values():
        if entry.origin != "curated":
            continue
        for source in catalog.profile(entry).sources:
            if source.name in known:
                continue
            kept = found.setdefault(source.name, {k: str(getattr(source, k)) for k in SOURCE_FIELDS
                                                  if isinstance(getattr(source, k, None), str)})
            kept["used_by"] = ", ".join(sorted({*kept.get("used_by", "").split(", "), entry.id} - {""}))
    return list(found.values())


def figure_coverage(catalog: "Catalog") -> dict[str, list[dict[str, Any]]]:
    """Which geographies and years the pay and outlook figures of the catalog cover, from what the
    careers carry (their profiles and the pay overlays found): one line per source, place, period
    and currency, with the number of careers it gives figures for."""
    pay: Counter[tuple[Any, ...]] = Counter()
    outlook: Counter[tuple[Any, ...]] = Counter()
    for entry in catalog.priced_entries().values():
        pay.update({(p.source, p.geography, p.year, p.reference, p.currency, p.statistic) for p in entry.pay})
        outlook.update({(o.source, o.geography, o.base_year, o.target_year) for o in entry.outlook})
    return {  # places and periods in the reader's language ('États-Unis', 'mai 2024')
        "pay": [{"source": source, "geography": _place(geography), "year": year,
                 "reference": dated(reference) if reference else reference, "currency": currency,
                 "figure": "median" if statistic == "median" else "salary range", "careers": n}
                for (source, geography, year, reference, currency, statistic), n in _by_count(pay)],
        "outlook": [{"source": source, "geography": _place(geography), "base_year": start, "target_year": end,
                     "careers": n} for (source, geography, start, end), n in _by_count(outlook)],
    }


def _place(geography: Optional[str]) -> Optional[str]:
    return place(geography) if geography else geography


def _by_count(counts: "Counter[tuple[Any, ...]]") -> list[tuple[tuple[Any, ...], int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], tuple(str(x) for x in item[0])))


def about_of(catalog: "Catalog", folders: list[Path]) -> About:
    """Version, sources (with attribution texts verbatim), the number of careers by origin, and what
    the pay and outlook figures cover, for a catalog and its data folders (built-in first)."""
    origins = Counter(entry.origin for entry in catalog.entries.values())
    reference = imported_sources(folders) + rome_source() + moves_sources()
    known = {source["name"] for source in reference}
    sources = [with_stated_licence(source) for source in merged_sources(reference + vocabulary_source() + bank_sources() +
                                                                         curated_sources(catalog, known))]
    return About(version=__version__, sources=[{k: joined(v) for k, v in s.items()} for s in sources], parts=sources,
                 careers={"total": len(catalog.entries), "by_origin": dict(sorted(origins.items()))},
                 coverage=figure_coverage(catalog), pay_problems=[str(p) for p in catalog.pay_problems],
                 french_titles=french_title_counts(folders), study_levels=study_level_counts(catalog),
                 methods=ranking_methods())


def study_level_counts(catalog: "Catalog") -> dict[str, Any]:
    """ROME fiches by the EQF entry level read from their own access text (studylevels.py), and
    how many name no level ("unknown")."""
    fiches = [entry for entry in catalog.entries.values() if entry.origin == "rome"]
    levels = Counter(entry.eqf[0] for entry in fiches if entry.eqf)
    return {"rome_fiches": len(fiches), "unknown": sum(1 for entry in fiches if not entry.eqf),
            "by_entry_level": {str(level): levels[level] for level in sorted(levels)}}


def ranking_methods() -> list[str]:
    """How the quiz combines what the sources give, in the reader's language (README: "How careers are ranked")."""
    from ..facts.centres import CENTRE_BONUS, OTHER_WEIGHT
    from ..numbers import number
    from ..quiz.letters import LETTER_PROFILE
    from ..quiz.ranking import COMMON_FLOOR, COMMON_WEIGHT
    from ..quiz.values import HIGH_Z, VALUES_WEIGHT

    return [
        _("Interest centres (quiz --like): a career's ranking score is its interest correlation plus its affinity "
          "with the centres picked (1 for a career whose principal centre it is, {other} for another of its "
          "centres, averaged over the centres picked) times ({bonus} + {common} for each tenfold of its U.S. jobs "
          "above {floor}): among the careers with the centres picked, the common jobs first. Without centres, the "
          "correlation alone. O*NET occupations' centres are derived from the ROME fiches of their strongest "
          "crosswalk match (principal: the most frequent principal centre among them).").format(
            bonus=decimal(CENTRE_BONUS, 2), other=decimal(OTHER_WEIGHT, 2), common=decimal(COMMON_WEIGHT, 2),
            floor=number(COMMON_FLOOR)),
        _("Official letters: France Travail's RIASEC letters are the authority for a ROME fiche. When the scores "
          "it derives from U.S. occupations put its major letter third or lower, it is ranked by its letters "
          "apart (Iachan's agreement); otherwise its match is the better of the correlation with those scores and "
          "the correlation with its letters read as a profile (major {major}, minor {minor}, the others 0), and "
          "its reasons say when the letters gave it.").format(
            major=decimal(LETTER_PROFILE[0]), minor=decimal(LETTER_PROFILE[1])),
        _("Ties: careers no answers can tell apart (the same scores, letters and centres) are one row, the most "
          "common of them, naming the others; other exact ties go to the more common career (U.S. jobs), then by "
          "id. Every career ranked by its scores reaches a top 10 for the person whose scores are its own."),
        _("Twins: with --catalog all, a job that both references describe is one row (the language's reference's) "
          "with both codes. An O*NET occupation and a ROME fiche are the same job when the official crosswalks "
          "(ESCO-ROME, Pôle emploi; ESCO-O*NET, 2022) link them exactly at both steps; or, when neither has an "
          "exact twin and they share an ISCO-08 group, one-to-one: a close match with no other link on either "
          "side, or the broader job of the ESCO occupation the fiche's main title is exactly, with no other such "
          "or closer link (Comédien and Actors; Musicien and Musicians and Singers)."),
        _("Study levels: a ROME fiche's levels are read from its own access text (CAP/BEP EQF 3, bac EQF 4, bac+2 "
          "EQF 5, bac+3 EQF 6, bac+5 EQF 7, doctorat EQF 8, no diploma EQF 1), the sentences kept; the study "
          "question compares the lowest level named, O*NET careers keep their job zones; a fiche whose text names "
          "no level is unknown, kept and marked."),
        _("Work values (quiz --values, careers values): interests come first; the values are a second term. The "
          "person's order weighs the first three values 3/6, 2/6 and 1/6; each career's six O*NET work values "
          "(extent 1-7) are standardised against the careers ranked, and the weighted mean is its values fit, held "
          "within -1..1; the ranking score adds {weight} times that fit. A value is said to rate high at {high} "
          "standard deviations above the careers' mean. ROME fiches' values are derived from the O*NET occupations "
          "the crosswalks link them to; careers without values get 0. The evidence: interest fit alone correlates "
          "only about .11 with job satisfaction (a meta-analysis of 107 studies, N = 38,695), whose authors advise "
          "weighing interests with work values; the weight {weight} is careers' own, checked with bench/personas, "
          "not a figure from that study.").format(weight=decimal(VALUES_WEIGHT, 2), high=decimal(HIGH_Z)),
    ]


def merged_sources(sources: list[dict[str, Any]]) -> list[dict[str, list[str]]]:
    """Each source once: the parts of one dataset (the ROME export behind the fiches, the ROME
    titles of curated profiles, a curated profile's ROME code) become one entry, keeping every
    distinct version, licence, attribution and note (a value another one begins with, "v460"
    beside "v460, published 18/09/2025", is said once). Parts are one dataset when they have the
    same publisher and the first word of their names agrees (ROME 4.0..., ESCO...)."""
    merged: dict[tuple[str, str], dict[str, list[str]]] = {}
    for source in sources:
        key = (source.get("publisher") or source["name"], source["name"].split()[0])
        parts = merged.setdefault(key, {"name": [source["name"]]})
        for field in (*SOURCE_FIELDS[1:], "used_by"):
            if source.get(field):
                _add_part(parts.setdefault(field, []), str(source[field]))
    return list(merged.values())


def _add_part(values: list[str], value: str) -> None:
    for index, known in enumerate(values):
        if known == value or known.startswith(value + " ") or known.startswith(value + ","):
            return
        if value.startswith(known + " ") or value.startswith(known + ","):
            values[index] = value
            return
    values.append(value)


def with_stated_licence(source: dict[str, list[str]]) -> dict[str, list[str]]:
    """A third-party source with no licence says so: its terms are in doubt, not absent."""
    third_party = source.get("publisher") or source.get("url") or source.get("used_by")
    return source if source.get("licence") or not third_party else {**source, "licence": [_("not stated by the source")]}
