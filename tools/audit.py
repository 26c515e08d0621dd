#!/usr/bin/env python3
"""data/AUDIT.md: what the shipped catalog derives from its sources, counted, and checked against them.

    .venv/bin/python tools/audit.py            # rewrite data/AUDIT.md from the committed catalog and ../shared/data
    .venv/bin/python tools/audit.py --check    # exit 1 if data/AUDIT.md is not what the catalog gives today

The sources are read here with the standard csv module, independently of the importers, and the
committed profiles with the YAML parser: the figures say what a reader gets, not what the
importer meant to write. tests/test_audit.py fails when the file is stale and when a figure that
must be zero (a French title resting on no exact match, a lost flag ...) is not.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
CATALOG = ROOT / "data" / "careers"
AUDIT = ROOT / "data" / "AUDIT.md"
CROSSWALK = "ESCO-O*NET Crosswalk"
FLAGS = {"Principale": "core", "Émergente": "emerging"}
RUBRIQUES = {"1": "know_how", "2": "soft_skills", "3": "knowledge"}


# ---------------------------------------------------------------- reading

@lru_cache(maxsize=4)
def profiles(folder: Path) -> tuple[dict[str, Any], ...]:
    """Every profile of a catalog folder, sorted by file name."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return tuple(yaml.load(path.read_text(encoding="utf-8"), Loader=loader) for path in sorted(folder.glob("*.yaml")))


def rome_rows(shared: Path, name: str) -> list[dict[str, str]]:
    with (shared / "rome" / f"unix_{name}_v460_utf8.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def tidy(text: str) -> str:
    """The export's own quirks undone: doubled quotes, repeated spaces."""
    return " ".join(text.replace("''", "'").split())


# ---------------------------------------------------------------- French titles of O*NET occupations

def french_title_figures(onet: Iterable[dict[str, Any]]) -> dict[str, int]:
    """Counted from the profiles: titles, what the others rest on, and titles resting on no exact match."""
    counts: Counter[str] = Counter()
    for profile in onet:
        counts["occupations"] += 1
        note = next((s.get("note", "") for s in profile["sources"] if s["name"] == CROSSWALK), "")
        exact = any(link["scheme"] == "esco" and link["match"] == "exact" for link in profile.get("links", []))
        if "fr" in profile["title"]:
            counts["french title"] += 1
            counts["french title without an exact match"] += not (exact and "(exact match in the ESCO-O*NET" in note)
        else:
            related = [r["match"] for r in profile.get("related_titles", [])]
            strongest = next((m for m in ("close", "broad", "narrow") if m in related), "none")
            counts[f"no title, strongest related match: {strongest}"] += 1
        if "fr" in profile.get("introduction", {}):
            counts["french introduction"] += 1
            counts["french introduction without a french title"] += "fr" not in profile["title"]
    return dict(counts)


# ---------------------------------------------------------------- BLS rows

def soc_occupations(shared: Path) -> set[str]:
    with (shared / "esco" / "crosswalks" / "onetsoc2019_to_soc2018.tsv").open(encoding="utf-8") as handle:
        return {row["2018 SOC Code"] for row in csv.DictReader(handle, delimiter="\t")}


def bls_codes(shared: Path) -> dict[str, set[str]]:
    """The codes each table publishes (OEWS detailed and broad rows; EP line items and summaries)."""
    with (shared / "bls" / "oews_national_may2024.csv").open(encoding="utf-8", newline="") as handle:
        wages = {r["OCC_CODE"] for r in csv.DictReader(handle) if r["O_GROUP"] in ("detailed", "broad")}
    with (shared / "bls" / "ep_occupation_table1.2_2024-34.csv").open(encoding="utf-8", newline="") as handle:
        outlook = {r["2024 National Employment Matrix code"] for r in csv.DictReader(handle) if r["Occupation type"]}
    return {"wages": wages, "outlook": outlook}


def bls_figures(onet: Iterable[dict[str, Any]], shared: Path) -> dict[str, int]:
    """Rows by level; broad groups used where the table has a combined row of BLS's own; shared rows."""
    tables, own = bls_codes(shared), soc_occupations(shared)
    onet = list(onet)
    counts: Counter[str] = Counter()
    for name, codes in tables.items():
        combined = {code[:6] + "0" for code in codes if not code.endswith("0") and code not in own}
        users = Counter(block["row"]["code"] for p in onet for block in p.get(name, []))
        for profile in onet:
            for block in profile.get(name, []):
                row = block["row"]
                counts[f"{name}: {row.get('level', 'detailed')} row"] += 1
                counts[f"{name}: broad group although BLS publishes a combined row"] += (
                    row.get("level") == "broad" and row["code"] in combined)
                counts[f"{name}: shared row"] += users[row["code"]] > 1
                counts[f"{name}: shared row not said to be"] += users[row["code"]] > 1 and len(row.get("shared_by", [])) < 2
            soc = profile["codes"].get("soc", [profile["codes"]["onet_soc"][0][:7]])[0]
            counts[f"{name}: no figures although the table has a row"] += not profile.get(name) and (
                soc in codes or soc[:6] + "0" in codes)
    return dict(counts)


# ---------------------------------------------------------------- ROME fields kept whole

def _labels(shared: Path) -> dict[str, str]:
    labels = {row["code_ogr"]: as_kept(row["libelle_competence"]) for row in rome_rows(shared, "referentiel_competence")}
    labels.update({row["code_ogr_savoir"]: as_kept(row["libelle_savoir"])
                   for row in rome_rows(shared, "referentiel_savoir")})
    return labels


_ACCENTED_CAPITALS = str.maketrans("ÉÈÊËÀÂÄÇÎÏÔÖÙÛÜ", "EEEEAAACIIOOUUU")


def as_kept(text: str) -> str:
    """A text of the export as the catalog keeps it, but for the accents the importer restores on
    capitals (ROME's "Educateur" is the catalog's "Éducateur", importers/accents.py): both sides
    are compared with capitals unaccented, so any other change still counts."""
    return tidy(text).translate(_ACCENTED_CAPITALS)


def flags_shown(competences: dict[str, Any], kind: str) -> dict[str, set[str]]:
    """Label -> flags shown, for one kind of competence (items and group headings alike)."""
    shown: dict[str, set[str]] = {}
    for entry in competences.get(kind, []):
        entries = [entry] if "text" in entry else [{"text": entry["heading"], **entry}, *entry.get("items", [])]
        for item in entries:
            shown.setdefault(as_kept(item["text"]["fr"]), set()).update(f for f in FLAGS.values() if item.get(f))
    return shown


def lost_flags(rome: Iterable[dict[str, Any]], shared: Path) -> tuple[Counter[str], list[tuple[str, str, str, str]]]:
    """(flags in the export by kind, those a profile does not show): (fiche, kind, label, flag)."""
    by_code = {p["codes"]["rome"][0]: p for p in rome}
    labels = _labels(shared)
    rubrique = {(row["code_rome"], row["code_ogr"]): row["code_rubrique"]
                for row in rome_rows(shared, "liens_rome_referentiels") if row["code_compo_bloc"] == "5"}
    expected = [(row["code_rome"], RUBRIQUES[rubrique[(row["code_rome"], row["code_ogr"])]], labels[row["code_ogr"]],
                 FLAGS[row["coeur_metier"]]) for row in rome_rows(shared, "coherence_item")
                if row["coeur_metier"] and (row["code_rome"], row["code_ogr"]) in rubrique]
    counts = Counter(f"{flag} ({kind})" for _code, kind, _label, flag in expected)
    shown: dict[tuple[str, str], dict[str, set[str]]] = {}  # a fiche has dozens of flagged items: read it once

    def shown_in(code: str, kind: str) -> dict[str, set[str]]:
        if (code, kind) not in shown:
            shown[code, kind] = flags_shown(by_code[code].get("competences", {}), kind)
        return shown[code, kind]

    lost = [(code, kind, label, flag) for code, kind, label, flag in expected
            if flag not in shown_in(code, kind).get(label, set())]
    return counts, lost


@lru_cache(maxsize=None)  # a fiche's pairs come back for each of its titles
def readings(masculine: str, feminine: str) -> frozenset[str]:
    """The ways the export writes a pair of forms: 'A / B', 'A/B', with words both forms share
    written once: an ending after the feminine form ('Acheteur / Acheteuse de commerce'), leading
    words before the masculine form ('Artiste Plasticien / Plasticienne'), or both ('Analyste
    Concepteur / Conceptrice informatique')."""
    found = {f"{masculine} / {feminine}", f"{masculine}/{feminine}"}
    words, other = masculine.split(" "), feminine.split(" ")
    for lead in range(0, min(len(words), len(other))):
        if [w.lower() for w in words[:lead]] != [w.lower() for w in other[:lead]]:
            break
        for end in range(0, min(len(words), len(other)) - lead):
            if end and words[len(words) - end:] != other[len(other) - end:]:
                break
            left = " ".join(words[:len(words) - end])
            right = " ".join(other[lead:len(other) - end])
            ending = " " + " ".join(words[len(words) - end:]) if end else ""
            found |= {f"{left} / {right}{ending}", f"{left} / {right[:1].upper()}{right[1:]}{ending}"}
    return frozenset(found)


def published(label: str, titles: list[str]) -> bool:
    """True when the label is one of the titles, or the titles hold a pair of forms the export writes
    that way (a pair of identical forms is one invariable title)."""
    if label in titles or any(label == f"{t} / {t}" for t in titles):
        return True
    if "/" not in label:  # every reading of a pair has one
        return False
    # A reading starts with the masculine form's first word and ends with the feminine form's last
    # one (its first letter maybe capitalised): most pairs of a fiche's titles need no reading.
    start, end = label[:3].lower(), label.lower()
    masculine = [t for t in titles if t[:3].lower() == start and label.startswith(t.split(" ", 1)[0])]
    feminine = [t for t in titles if end.endswith(t.rsplit(" ", 1)[-1].lower())]
    return any(label in readings(m, f) for m in masculine for f in feminine if f != m)


def lost_titles(rome: Iterable[dict[str, Any]], shared: Path) -> tuple[int, list[tuple[str, str]]]:
    """(job titles and fiche titles in the export, those the profiles do not give back as published)."""
    by_code = {p["codes"]["rome"][0]: p for p in rome}
    kept = {code: _titles(profile, others=True) for code, profile in by_code.items()}  # once a fiche, not a title
    lost, total = [], 0
    for row in rome_rows(shared, "referentiel_appellation"):
        total += 1
        if not published(as_kept(row["libelle_appellation_long"]), kept[row["code_rome"]]):
            lost.append((row["code_rome"], row["libelle_appellation_long"]))
    for row in rome_rows(shared, "referentiel_code_rome"):
        total += 1
        # the fiche's own title may have its usual form alone, the other one among the other
        # titles ("Homme sage-femme / Sage-femme": Sage-femme; importers/rome_catalog.usual_forms)
        if not published(as_kept(row["libelle_rome"]), kept[row["code_rome"]]):
            lost.append((row["code_rome"], row["libelle_rome"]))
    return total, lost


def _titles(profile: dict[str, Any], others: bool = False) -> list[str]:
    titles = [profile["title"]["fr"], *([profile["title_feminine"]["fr"]] if "title_feminine" in profile else [])]
    return [as_kept(t) for t in titles + (profile.get("other_titles", {}).get("fr", []) if others else [])]


# ---------------------------------------------------------------- the report

@dataclass
class Audit:
    sections: dict[str, dict[str, int]] = field(default_factory=dict)
    lost_flags: list[tuple[str, str, str, str]] = field(default_factory=list)  # (fiche, kind, label, flag)
    lost_titles: list[tuple[str, str]] = field(default_factory=list)  # (fiche, title as published)

    def must_be_zero(self) -> dict[str, int]:
        """The figures that say something is wrong: each must be 0."""
        return {f"{section}: {name}": value for section, figures in self.sections.items()
                for name, value in figures.items() if value and _is_fault(name)}


FAULTS = ("without", "although", "not said", "lost", "not as published")


def _is_fault(name: str) -> bool:
    return any(word in name for word in FAULTS)


def audit(catalog: Path = CATALOG, shared: Path = SHARED, cache: Any = None) -> Audit:
    """The figures; `cache`: a careercli CacheStore holding the built-in catalog's index (else it is
    built in memory, some seconds)."""
    onet, rome = profiles(catalog / "onet"), profiles(catalog / "rome")
    result = Audit()
    flags, result.lost_flags = lost_flags(rome, shared)
    titles, result.lost_titles = lost_titles(rome, shared)
    result.sections["French names of O*NET occupations"] = _with_zeros(french_title_figures(onet), (
        "french title without an exact match", "french introduction without a french title"))
    result.sections["BLS rows of O*NET occupations"] = bls_figures(onet, shared)
    result.sections["ROME fields kept whole"] = {
        "fiches": len(rome), **{f"flags in the export: {kind}": n for kind, n in sorted(flags.items())},
        "flags lost": len(result.lost_flags), "titles in the export (job titles and fiche titles)": titles,
        "titles not as published": len(result.lost_titles)}
    result.sections["Careers the quiz ranks by interest scores"] = reachability_figures(cache)
    return result


def reachability_figures(cache: Any = None) -> dict[str, int]:
    """Per scope a user can choose: careers the quiz ranks by scores, its rows (careers no answers
    tell apart are one), and careers never in a top 10 whatever the answers."""
    from careercli.catalog.merged import open_catalog
    from careercli.quiz.batch import CareerTable, out_of_reach
    from careercli.quiz.ranking import Preferences
    from careercli.catalog.scope import in_scope, scope_of, without_twins
    from careercli.i18n import language

    entries = open_catalog([], cache=cache).entries
    figures = {}
    for catalog, lang in (("rome", "fr"), ("onet", "en"), ("all", "fr"), ("all", "en")):
        with language(lang):
            chosen, twins = without_twins(in_scope(entries.values(), scope_of(catalog)))
        scored, lost = out_of_reach(chosen)
        name = f"--catalog {catalog} --lang {lang}"
        figures[f"{name}: careers ranked by scores"] = scored
        figures[f"{name}: rows (same scores and letters: one row)"] = len(CareerTable(chosen, Preferences()).entries)
        figures[f"{name}: twins joined to a row of the other reference"] = twins
        figures[f"{name}: never in a top 10 (lost)"] = len(lost)
    return figures


def _with_zeros(figures: dict[str, int], names: Iterable[str]) -> dict[str, int]:
    return {**{name: 0 for name in names}, **figures}


def markdown(result: Audit) -> str:
    lines = ["# Audit of the derived data", "",
             "Generated by `python tools/audit.py` from the committed catalog (`data/careers/`) and the sources in",
             "`../shared/data` (read with the csv module, independently of the importers); do not edit by hand.",
             "`tests/test_audit.py` fails when this file is stale or when a figure marked ✗ is not 0.", ""]
    for section, figures in result.sections.items():
        lines += [f"## {section}", "", "| figure | value |", "|---|---:|"]
        lines += [f"| {name}{' ✗' if _is_fault(name) else ''} | {value} |" for name, value in sorted(figures.items())]
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if data/AUDIT.md is out of date")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder (default: ../shared/data)")
    args = parser.parse_args(argv)
    text = markdown(audit(CATALOG, args.shared))
    if args.check:
        current = AUDIT.read_text(encoding="utf-8") if AUDIT.is_file() else ""
        print("data/AUDIT.md is up to date" if current == text else "data/AUDIT.md is stale: run python tools/audit.py")
        return 0 if current == text else 1
    AUDIT.write_text(text, encoding="utf-8")
    print(f"{AUDIT.relative_to(ROOT)} written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
