"""The committed ROME catalog against the whole ROME export (every fiche, not a sample).

Read here with the standard csv module, independently of the importer: every flag the export
puts on a fiche's competence (coeur de métier "Principale" or "Émergente") is on that competence
in the fiche's profile, and every job title (appellation) and fiche title can be read back, as
published, from the profile's titles."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT, SHARED_DATA

ROME = SHARED_DATA / "rome"
COMMITTED = ROOT / "data" / "careers" / "rome"
FLAGS = {"Principale": "core", "Émergente": "emerging"}
RUBRIQUES = {"1": "know_how", "2": "soft_skills", "3": "knowledge"}

pytestmark = [pytest.mark.skipif(not ROME.is_dir(), reason="needs ../shared/data beside the clone (CI has it)"),
              pytest.mark.heavy]


def _rows(name: str) -> list[dict[str, str]]:
    with (ROME / f"unix_{name}_v460_utf8.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _tidy(text: str) -> str:
    """The export's own quirks undone: doubled quotes, repeated spaces."""
    return " ".join(text.replace("''", "'").split())


@lru_cache(maxsize=1)
def _profiles() -> dict[str, dict]:
    """ROME code -> committed profile."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    found = {}
    for path in COMMITTED.glob("*.yaml"):
        profile = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        found[profile["codes"]["rome"][0]] = profile
    return found


def _labels() -> dict[str, str]:
    """Competence and knowledge item code -> label."""
    labels = {row["code_ogr"]: _tidy(row["libelle_competence"]) for row in _rows("referentiel_competence")}
    labels.update({row["code_ogr_savoir"]: _tidy(row["libelle_savoir"]) for row in _rows("referentiel_savoir")})
    return labels


def _flagged(competences: dict, kind: str) -> dict[str, set[str]]:
    """Label -> flags shown, for one kind of competence (items and group headings alike)."""
    shown: dict[str, set[str]] = {}
    for entry in competences.get(kind, []):
        entries = [entry] if "text" in entry else [{"text": entry["heading"], **entry}, *entry.get("items", [])]
        for item in entries:
            shown.setdefault(item["text"]["fr"], set()).update(f for f in FLAGS.values() if item.get(f))
    return shown


def test_every_core_and_emerging_flag_of_the_export_is_in_the_catalog() -> None:
    profiles, labels = _profiles(), _labels()
    assert len(profiles) == len(_rows("referentiel_code_rome")) == 1584
    rubrique = {(row["code_rome"], row["code_ogr"]): row["code_rubrique"]
                for row in _rows("liens_rome_referentiels") if row["code_compo_bloc"] == "5"}
    expected = [(row["code_rome"], RUBRIQUES[rubrique[(row["code_rome"], row["code_ogr"])]], labels[row["code_ogr"]],
                 FLAGS[row["coeur_metier"]]) for row in _rows("coherence_item")
                if row["coeur_metier"] and (row["code_rome"], row["code_ogr"]) in rubrique]
    missing = [(code, kind, label, flag) for code, kind, label, flag in expected
               if flag not in _flagged(profiles[code].get("competences", {}), kind).get(label, set())]
    assert missing == [], f"{len(missing)} of {len(expected)} flags lost, e.g. {missing[:3]}"
    emerging = sum(1 for *_rest, flag in expected if flag == "emerging")
    assert emerging == 1731  # 1,374 savoir-faire and 357 savoirs in v460


def _readings(masculine: str, feminine: str) -> set[str]:
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
    return found


def _published(label: str, titles: list[str]) -> bool:
    """True when the label is one of the titles, or the titles hold a pair of forms the export writes
    that way (both forms differ: a pair of identical forms is one invariable title)."""
    if label in titles or any(label == f"{t} / {t}" for t in titles):
        return True
    start = label[:3].lower()
    candidates = [t for t in titles if t[:3].lower() == start]
    return any(label in _readings(m, f) for m in candidates for f in titles if f != m)


def test_every_title_of_the_export_reads_back_as_published() -> None:
    profiles = _profiles()
    lost = []
    for row in _rows("referentiel_appellation"):
        profile = profiles[row["code_rome"]]
        titles = [profile["title"]["fr"], *([profile["title_feminine"]["fr"]] if "title_feminine" in profile else []),
                  *profile.get("other_titles", {}).get("fr", [])]
        if not _published(_tidy(row["libelle_appellation_long"]), titles):
            lost.append((row["code_rome"], row["libelle_appellation_long"]))
    for row in _rows("referentiel_code_rome"):
        profile = profiles[row["code_rome"]]
        titles = [profile["title"]["fr"], *([profile["title_feminine"]["fr"]] if "title_feminine" in profile else [])]
        if not _published(_tidy(row["libelle_rome"]), titles):
            lost.append((row["code_rome"], row["libelle_rome"]))
    assert lost == [], f"{len(lost)} titles not kept as published, e.g. {lost[:5]}"
