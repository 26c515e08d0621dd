"""Read the ROME 4.0 open-data export (France Travail, "unix" CSV files) into one record per fiche.

Files are named `unix_<table>_v<version>_utf8.csv`; the version comes from the fiche file's name
and every other table must carry the same one. Each reader checks its rows (codes, known fiches
and items, flags) and stops at the first bad one with file:line.

Export artefacts are cleaned once, in `tidy`: quotes doubled inside text (`l''encadrement`),
tabs, line breaks and repeated spaces. The NAF sector table (Latin-1 despite its name) is not
read: activity sectors and themes already say where the job is done.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional, TypeVar

from ..i18n import _
from .tsv import ImportDataError, Row, read_csv, read_source_text

FICHES_GLOB = "unix_referentiel_code_rome_v*_utf8.csv"
ISCO_FILE = "rome_v3_to_isco08_poleemploi.csv"
ISCO_COLUMN = "Code ISCO08"  # not "ISCO08 14SI4", which differs in 314 rows (SOURCES.md)
RELEASE_NOTE = "version.txt"
ROME_CODE = re.compile(r"^[A-N]\d{4}$")
ISCO_CODE = re.compile(r"^\d{3,4}$")
OGR_CODE = re.compile(r"^\d+$")
RIASEC_LETTERS = "RIASEC"

COMPETENCES_BLOC, CONTEXTS_BLOC = "5", "6"
KNOW_HOW, SOFT_SKILLS, KNOWLEDGE = "1", "2", "3"  # rubriques of the competences bloc
CORE_FLAGS = {"": None, "Principale": "core", "Émergente": "emerging"}  # coeur_metier
YES_NO = {"oui": True, "non": False}
Value = TypeVar("Value")  # what a column's word stands for (_choice)


def tidy(text: str) -> str:
    """One line of clean text: doubled quotes undone, whitespace collapsed."""
    return " ".join(text.replace("''", "'").split())


@dataclass(frozen=True)
class Release:
    version: str  # "460", from the file names
    number: str = ""  # "60", from version.txt
    published: str = ""  # "18/09/2025", from version.txt


@dataclass(frozen=True)
class Competence:
    """An item of the competence referential: a macro-competence, or a competence under one."""

    label: str
    macro: Optional[str]  # code_ogr of its macro-competence; None for a macro-competence


@dataclass(frozen=True)
class WorkContext:
    label: str
    kind: int  # code_type_cont_trav, ROME's order of the kinds
    kind_label: str


@dataclass(frozen=True)
class LinkedItem:
    """A referential item linked to a fiche, with the fiche's own flag for it (core, emerging or None)."""

    code: str
    flag: Optional[str]


@dataclass
class Fiche:
    code: str
    title: str  # as written: "Infirmier / Infirmière en soins généraux (IDE)"
    parent: str  # the ROME v3 fiche it comes from (code_rome_parent)
    definition: list[tuple[int, str]] = field(default_factory=list)  # (position, sentence)
    access: list[tuple[int, str]] = field(default_factory=list)
    items: dict[str, list[LinkedItem]] = field(default_factory=dict)  # rubrique (1-3) or "contexts" -> items
    job_titles: list[str] = field(default_factory=list)  # appellations, long form, as written
    interests: list[tuple[bool, str]] = field(default_factory=list)  # (principal, centre d'intérêt)
    sectors: list[tuple[bool, str]] = field(default_factory=list)  # (principal, activity sector)
    subsectors: list[tuple[bool, str]] = field(default_factory=list)  # (principal, sub-sector of a sector)
    themes: list[str] = field(default_factory=list)
    mobility: list[tuple[int, str]] = field(default_factory=list)  # (order, target fiche)
    riasec: Optional[tuple[str, str]] = None  # France Travail's (major, minor or "")


@dataclass
class RomeExport:
    release: Release
    fiches: dict[str, Fiche]
    competences: dict[str, Competence]  # code_ogr -> item (savoir-faire and savoir-être)
    knowledge: dict[str, tuple[str, str]]  # code_ogr -> (label, category)
    contexts: dict[str, WorkContext]
    job_titles: JobTitles
    isco: dict[str, list[str]]  # ROME v3 code -> ISCO-08 codes


@dataclass
class JobTitles:
    """Which fiche each job title (appellation) belongs to: enough to follow the ESCO - ROME mapping."""

    fiche_of_title: dict[str, str] = field(default_factory=dict)  # appellation code_ogr -> fiche code
    main_titles: set[str] = field(default_factory=set)  # code_ogr of each fiche's main title (PRINCIPALE)


def read_rome_export(folder: Path) -> RomeExport:
    """Every table the profiles use, checked against each other."""
    release = read_release(folder)
    table = _tables(folder, release.version)
    fiches = _read_fiches(table("referentiel_code_rome"))
    export = RomeExport(release, fiches, _read_competences(table("referentiel_competence")),
                        _read_knowledge(table("referentiel_savoir")), _read_contexts(table("referentiel_contexte_travail")),
                        _read_job_titles(table("referentiel_appellation"), fiches), _read_isco(folder / ISCO_FILE))
    _read_texts(table("texte"), fiches)
    _read_linked_items(table("liens_rome_referentiels"), table("coherence_item"), export)
    _read_criteria(table, fiches)
    _read_mobility(table("rubrique_mobilite"), fiches)
    _read_riasec(table("referentiel_code_rome_riasec"), fiches)
    return export


def read_job_titles(folder: Path) -> tuple[Release, dict[str, Fiche], JobTitles]:
    """The release, the fiches (code, title) and their job titles, from two tables only (and
    version.txt when it is there)."""
    release = read_release(folder, note_required=False)
    table = _tables(folder, release.version)
    fiches = _read_fiches(table("referentiel_code_rome"))
    return release, fiches, _read_job_titles(table("referentiel_appellation"), fiches)


def read_release(folder: Path, note_required: bool = True) -> Release:
    """The version (from the file names) and, from version.txt, the release number and date."""
    if not note_required and not (folder / RELEASE_NOTE).exists():
        return Release(_version(folder))
    note = _release_note(folder / RELEASE_NOTE)
    return Release(_version(folder), note.get("Numero de version", ""), note.get("Date de publication", ""))


def _version(folder: Path) -> str:
    """'460' from the name of the fiche table, unix_referentiel_code_rome_v460_utf8.csv."""
    return find_versioned(folder, FICHES_GLOB)[1]


def find_versioned(folder: Path, pattern: str) -> tuple[Path, str]:
    """The one file of the export matching `pattern`, and the version in its name ('460')."""
    found = sorted(folder.glob(pattern))
    if len(found) != 1:
        raise ImportDataError(folder / pattern, _("expected exactly one file") if found else _("file not found"))
    version = re.search(r"_v(\d+)_", found[0].name)
    if version is None:
        raise ImportDataError(found[0], _("no version (like _v460_) in the file name"))
    return found[0], version.group(1)


def _release_note(path: Path) -> dict[str, str]:
    """'Key : value' lines of version.txt; the number and the publication date must be there."""
    lines = read_source_text(path).splitlines()
    note = {key.strip(): value.strip() for key, sep, value in (line.partition(":") for line in lines) if sep}
    if not note.get("Numero de version") or not note.get("Date de publication"):
        raise ImportDataError(path, _("expected 'Numero de version : ...' and 'Date de publication : ...' lines"))
    return note


def _tables(folder: Path, version: str):  # noqa: ANN202 - name -> Path
    return lambda name: folder / f"unix_{name}_v{version}_utf8.csv"


# ---------------------------------------------------------------- checked values

def _code(row: Row, column: str = "code_rome") -> str:
    value = row[column].strip()
    if not ROME_CODE.match(value):
        raise row.error(_("column '{column}': not a ROME code: {code!r}").format(column=column, code=value))
    return value


def _known_fiche(row: Row, fiches: dict[str, Fiche], column: str = "code_rome") -> Fiche:
    code = _code(row, column)
    if code not in fiches:
        raise row.error(_("unknown ROME code {code!r}").format(code=code))
    return fiches[code]


def _ogr(row: Row, column: str) -> str:
    value = row[column].strip()
    if not OGR_CODE.match(value):
        raise row.error(_("column '{column}': not a valid code: {value!r}").format(column=column, value=value))
    return value


def _text(row: Row, column: str) -> str:
    value = tidy(row[column])
    if not value:
        raise row.error(_("column '{column}': empty").format(column=column))
    return value


def _choice(row: Row, column: str, choices: dict[str, Value]) -> Value:
    if row[column] not in choices:
        raise row.error(_("column '{column}': unexpected value {value!r}").format(column=column, value=row[column]))
    return choices[row[column]]


# ---------------------------------------------------------------- referentials

def _read_fiches(path: Path) -> dict[str, Fiche]:
    fiches = {}
    for row in read_csv(path, ["code_rome", "libelle_rome", "code_rome_parent"]):
        code = _code(row)
        fiches[code] = Fiche(code, _text(row, "libelle_rome"), _code(row, "code_rome_parent"))
    return fiches


def _read_competences(path: Path) -> dict[str, Competence]:
    kinds = {"Compétence": False, "Macro-compétence": True}
    items = {}
    for row in read_csv(path, ["code_ogr", "nature", "libelle_competence", "code_ogr_macro_comp"]):
        is_macro = _choice(row, "nature", kinds)
        macro = None if is_macro else _ogr(row, "code_ogr_macro_comp")
        items[_ogr(row, "code_ogr")] = Competence(_text(row, "libelle_competence"), macro)
    return items


def _read_knowledge(path: Path) -> dict[str, tuple[str, str]]:
    return {_ogr(row, "code_ogr_savoir"): (_text(row, "libelle_savoir"), _text(row, "categorie_savoir"))
            for row in read_csv(path, ["code_ogr_savoir", "libelle_savoir", "categorie_savoir"])}


def _read_contexts(path: Path) -> dict[str, WorkContext]:
    columns = ["code_ogr", "libelle_cont_travail", "code_type_cont_trav", "libelle_type_cont_trav"]
    return {_ogr(row, "code_ogr"): WorkContext(_text(row, "libelle_cont_travail"), row.integer("code_type_cont_trav"),
                                               _text(row, "libelle_type_cont_trav"))
            for row in read_csv(path, columns)}


def _read_job_titles(path: Path, fiches: dict[str, Fiche]) -> JobTitles:
    titles = JobTitles()
    for row in read_csv(path, ["code_ogr", "libelle_appellation_long", "code_rome", "classification"]):
        fiche, code = _known_fiche(row, fiches), _ogr(row, "code_ogr")
        fiche.job_titles.append(_text(row, "libelle_appellation_long"))
        titles.fiche_of_title[code] = fiche.code
        if _choice(row, "classification", {"PRINCIPALE": True, "SYNONYME": False}):
            titles.main_titles.add(code)
    return titles


def _read_isco(path: Path) -> dict[str, list[str]]:
    isco: dict[str, list[str]] = {}
    for row in read_csv(path, ["Code ROME", ISCO_COLUMN]):
        value = row[ISCO_COLUMN].strip()
        if not ISCO_CODE.match(value):
            raise row.error(_("column '{column}': not an ISCO-08 code: {value!r}").format(column=ISCO_COLUMN, value=value))
        isco.setdefault(_code(row, "Code ROME"), []).append(value)
    return isco


# ---------------------------------------------------------------- per-fiche tables

def _read_texts(path: Path, fiches: dict[str, Fiche]) -> None:
    for row in read_csv(path, ["code_rome", "libelle_type_texte", "position_phrase", "libelle_texte"]):
        fiche = _known_fiche(row, fiches)
        kind = _choice(row, "libelle_type_texte", {"definition": fiche.definition, "acces_metier": fiche.access})
        kind.append((row.integer("position_phrase"), _text(row, "libelle_texte")))


def _read_linked_items(links_path: Path, flags_path: Path, export: RomeExport) -> None:
    """Competences (bloc 5, by rubrique) and work contexts (bloc 6) of each fiche, with its core flags."""
    flags = _core_flags(flags_path, export.fiches)
    for row in read_csv(links_path, ["code_rome", "code_compo_bloc", "code_rubrique", "code_ogr"]):
        bloc = row["code_compo_bloc"]
        if bloc not in (COMPETENCES_BLOC, CONTEXTS_BLOC):
            continue  # blocs 1 (the fiche itself) and 2 (job titles) are read from their own tables
        fiche, item = _known_fiche(row, export.fiches), _ogr(row, "code_ogr")
        rubrique = "contexts" if bloc == CONTEXTS_BLOC else row["code_rubrique"]
        if item not in _referential(export, rubrique):
            raise row.error(_("item {code} is not in the referential of rubrique {rubrique!r}").format(
                code=item, rubrique=rubrique))
        fiche.items.setdefault(rubrique, []).append(LinkedItem(item, flags.get((fiche.code, item))))


def _referential(export: RomeExport, rubrique: str) -> dict:
    by_rubrique: dict[str, dict]
    by_rubrique = {KNOW_HOW: export.competences, SOFT_SKILLS: export.competences, KNOWLEDGE: export.knowledge,
                   "contexts": export.contexts}
    return by_rubrique.get(rubrique, {})


def _core_flags(path: Path, fiches: dict[str, Fiche]) -> dict[tuple[str, str], Optional[str]]:
    flags: dict[tuple[str, str], Optional[str]] = {}
    for row in read_csv(path, ["code_rome", "code_ogr", "coeur_metier"]):
        flags[(_known_fiche(row, fiches).code, _ogr(row, "code_ogr"))] = _choice(row, "coeur_metier", CORE_FLAGS)
    return flags


def _read_criteria(table, fiches: dict[str, Fiche]) -> None:  # noqa: ANN001 - name -> Path
    for row in read_csv(table("arborescence_centre_interet"), ["code_rome", "libelle_centre_interet", "principal"]):
        _known_fiche(row, fiches).interests.append((_principal(row), _text(row, "libelle_centre_interet")))
    columns = ["code_rome", "libelle_sect_activite", "libelle_ss_sect_activite", "principal"]
    for row in read_csv(table("arborescence_secteur_activite"), columns):
        fiche, principal = _known_fiche(row, fiches), _principal(row)
        fiche.sectors.append((principal, _text(row, "libelle_sect_activite")))
        if tidy(row["libelle_ss_sect_activite"]):
            fiche.subsectors.append((principal, _text(row, "libelle_ss_sect_activite")))
    for row in read_csv(table("arborescence_thematique"), ["code_rome", "libelle_theme"]):
        _known_fiche(row, fiches).themes.append(_text(row, "libelle_theme"))


def _principal(row: Row) -> bool:
    return bool(_choice(row, "principal", YES_NO))


def _read_mobility(path: Path, fiches: dict[str, Fiche]) -> None:
    for row in read_csv(path, ["code_rome", "code_rome_cible", "numero_ordre"]):
        target = _known_fiche(row, fiches, "code_rome_cible").code
        _known_fiche(row, fiches).mobility.append((row.integer("numero_ordre"), target))


def _read_riasec(path: Path, fiches: dict[str, Fiche]) -> None:
    for row in read_csv(path, ["code_rome", "riasec_majeur", "riasec_mineur"]):
        major, minor = row["riasec_majeur"].strip(), row["riasec_mineur"].strip()
        if len(major) != 1 or major not in RIASEC_LETTERS or (minor and (len(minor) != 1 or minor not in RIASEC_LETTERS)):
            raise row.error(_("expected RIASEC letters, found {major!r} and {minor!r}").format(major=major, minor=minor))
        _known_fiche(row, fiches).riasec = (major, minor)


def sentences(numbered: list[tuple[int, str]]) -> Iterator[str]:
    """The sentences of a text in the order of their position numbers."""
    return (text for _position, text in sorted(numbered))
