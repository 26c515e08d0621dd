"""`careers import rome`: cleaning, gender forms, grouping, mobility, ISCO join, links and derived
interests, determinism, atomic output and file:line errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from careercli.importers.onet import Occupation, Release
from careercli.importers.output import MANIFEST
from careercli.importers.rome_catalog import (
    OnetInterests, assign_ids, catalog_ids, derived_interests, derived_job_zone, import_rome,
)
from careercli.importers.rome_export import Fiche, read_rome_export, tidy
from careercli.importers.tsv import ImportDataError
from careercli.profile.loader import read_profile

from .conftest import ROOT, SHARED_DATA

FIXTURES = Path(__file__).parent / "fixtures" / "rome"
ONET = Path(__file__).parent / "fixtures" / "onet"
COMMITTED = ROOT / "data" / "careers" / "rome"


def run_import(out: Path, rome: Path = FIXTURES, taken: tuple[str, ...] = ("comptable",), force: bool = False):  # noqa: ANN201
    return import_rome(rome, out, crosswalks_dir=ONET / "crosswalks", onet_dir=ONET, taken_ids=taken, force=force)


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("import") / "rome"
    run_import(out)
    return out


def load(folder: Path, career_id: str) -> dict:
    return yaml.safe_load((folder / f"{career_id}.yaml").read_text(encoding="utf-8"))


# --- reading and cleaning --------------------------------------------------------------------

def test_export_artefacts_are_cleaned() -> None:
    assert tidy("l''encadrement  du\tpersonnel ") == "l'encadrement du personnel"
    fiche = read_rome_export(FIXTURES).fiches["J1506"]
    assert fiche.definition == [(2, "Evalue une situation clinique"), (1, "L'infirmier dispense des soins au patient.")]
    assert "Métiers des services à la personne à domicile" in fiche.themes  # trailing space gone


def test_ids_avoid_taken_and_shared_slugs() -> None:
    fiches = {code: Fiche(code, title, code) for code, title in [
        ("K2111", "Formateur / Formatrice"), ("K2112", "Formateur / Formatrice"), ("M1203", "Comptable"),
        ("J1506", "Infirmier / Infirmière en soins généraux (IDE)")]}
    assert assign_ids(fiches, taken={"comptable"}) == {
        "K2111": "formateur-k2111", "K2112": "formateur-k2112", "M1203": "comptable-m1203",
        "J1506": "infirmier-en-soins-generaux-ide"}


def test_catalog_ids_leave_out_the_import_folder(tmp_path: Path) -> None:
    (tmp_path / "onet").mkdir()
    (tmp_path / "rome").mkdir()
    for name in ("seed.yaml", "onet/nurses.yaml", "rome/infirmier.yaml", "onet/MANIFEST.json"):
        (tmp_path / name).write_text("title: x\n", encoding="utf-8")
    assert catalog_ids(tmp_path, exclude=tmp_path / "rome") == {"seed", "nurses"}


# --- profiles --------------------------------------------------------------------------------

def test_every_profile_validates_with_its_id(imported: Path) -> None:
    ids = sorted(path.stem for path in imported.glob("*.yaml"))
    assert ids == ["artiste-plasticien", "charge-de-production-de-spectacle-vivant", "comptable-m1203",
                   "formateur-k2111", "formateur-k2112", "infirmier-en-soins-generaux-ide"]
    for path in imported.glob("*.yaml"):
        assert read_profile(path).origin == "rome"


def test_titles_text_and_studies(imported: Path) -> None:
    nurse = load(imported, "infirmier-en-soins-generaux-ide")
    assert nurse["title"] == {"fr": "Infirmier en soins généraux (IDE)"}
    assert nurse["title_feminine"] == {"fr": "Infirmière en soins généraux (IDE)"}
    assert nurse["introduction"] == {"fr": "L'infirmier dispense des soins au patient.\nEvalue une situation clinique"}
    assert nurse["studies"] == {"summary": {"fr": "Cet emploi est accessible avec un Diplôme d'Etat d'Infirmier. "
                                                  "Le certificat de l'AFGSU peut être demandé."}}
    artist = load(imported, "artiste-plasticien")
    assert (artist["title"], artist["title_feminine"]) == ({"fr": "Artiste Plasticien"}, {"fr": "Artiste Plasticienne"})
    assert "title_feminine" not in load(imported, "comptable-m1203")


def test_competences_are_grouped_core_first(imported: Path) -> None:
    competences = load(imported, "infirmier-en-soins-generaux-ide")["competences"]
    assert competences["know_how"] == [
        {"heading": {"fr": "Prodiguer des soins médicaux"}, "items": [
            {"text": {"fr": "Réaliser des soins infirmiers"}, "core": True},
            {"text": {"fr": "Garantir des soins inclusifs"}, "emerging": True},
            {"text": {"fr": "Appliquer un protocole de soin"}}]},
        {"heading": {"fr": "Respecter les règles d'hygiène"}, "core": True},  # a macro-competence linked as such
        {"heading": {"fr": "Communiquer à l'oral"}, "items": [{"text": {"fr": "Communiquer avec les familles"}}]}]
    assert competences["soft_skills"] == [{"text": {"fr": "Faire preuve de rigueur"}}]
    assert [g["heading"]["fr"] for g in competences["knowledge"]] == [
        "Certifications et habilitations", "Domaines d'expertise", "Normes et procédés"]


def test_work_contexts_criteria_mobility_and_codes(imported: Path) -> None:
    nurse = load(imported, "infirmier-en-soins-generaux-ide")
    assert nurse["work_contexts"] == [
        {"heading": {"fr": "Horaires et durée du travail"}, "items": [{"fr": "Travail de nuit"}, {"fr": "Travail en journée"}]},
        {"heading": {"fr": "Types de structures"}, "items": [{"fr": "Etablissement de santé"}]}]
    assert "criteria" not in nurse  # a source's tags say what kind they are
    assert nurse["tags"] == [
        {"kind": "interest", "text": {"fr": "Je souhaite prendre soin des autres"}, "main": True},
        {"kind": "interest", "text": {"fr": "J'ai le sens du contact"}},
        {"kind": "sector", "text": {"fr": "Santé"}, "main": True},  # principal on one of its two rows
        {"kind": "sector", "text": {"fr": "Social"}},
        {"kind": "subsector", "text": {"fr": "Médical"}},
        {"kind": "theme", "text": {"fr": "Métiers des services à la personne à domicile"}}]  # trailing space gone
    assert nurse["similar"] == ["comptable-m1203", "formateur-k2111"]  # ROME's order
    assert nurse["codes"] == {"isco08": ["3221"], "rome": ["J1506"]}  # 'Code ISCO08', not 'ISCO08 14SI4'
    assert load(imported, "formateur-k2112")["codes"]["isco08"] == ["2359"]  # through its ROME v3 parent K2111
    assert nurse["other_titles"] == {"fr": ["Infirmier de service hospitalier", "Infirmier libéral",
                                            "Infirmière de service hospitalier", "Infirmière libérale"]}


def test_no_link_keeps_only_the_official_letters(imported: Path) -> None:
    nurse = load(imported, "infirmier-en-soins-generaux-ide")
    assert "riasec" not in nurse and "links" not in nurse
    assert nurse["riasec_official"] == {"major": "S", "minor": "I",
                                        "source": "France Travail, ROME 4.0 v460 (unix_referentiel_code_rome_riasec)"}
    assert nurse["licence"].startswith("Licence Ouverte / Etalab 2.0 (believed; to be verified)")


def test_links_and_derived_interests(imported: Path) -> None:
    accountant = load(imported, "comptable-m1203")
    # main title exact to ESCO 'accountant', which the crosswalk matches closely to 13-2011.00: close;
    # 'Aide-comptable' (narrower than the fiche) broadMatch 'accountant' gives nothing
    assert accountant["links"] == [
        {"scheme": "onet", "code": "13-2011.00", "title": {"en": "Accountants and Auditors"}, "match": "close",
         "via": "esco", "source": "ESCO - ROME V1.4 + ESCO-O*NET Crosswalk 1"},
        {"scheme": "esco", "code": "http://data.europa.eu/esco/occupation/a1", "title": {"fr": "comptable"},
         "match": "exact", "source": "ESCO - ROME V1.4"}]
    riasec = accountant["riasec"]
    assert (riasec["C"], riasec["based_on"], riasec["derived"], riasec["code"]) == (7.0, ["13-2011.00"], True, "CEI")
    assert "weighted by match" in riasec["source"]["en"] and "pondérée" in riasec["source"]["fr"]
    producer = load(imported, "charge-de-production-de-spectacle-vivant")
    assert [(link["code"], link["match"]) for link in producer["links"] if link["scheme"] == "onet"] == [
        ("27-2012.00", "exact"), ("11-9199.00", "narrow")]
    assert producer["riasec"]["based_on"] == ["27-2012.00"]  # 11-9199.00 has no interest data


def test_derived_scores_are_a_weighted_mean() -> None:
    release = Release("O*NET 29.3 Database", "29.3", "t", "a")
    low = Occupation("11-1011.00", "A", "d", scores=dict.fromkeys("RIASEC", 2.0))
    high = Occupation("11-1021.00", "B", "d", scores={**dict.fromkeys("RIASEC", 6.0), "R": 7.0})
    onet = OnetInterests(release, {o.code: o for o in (low, high)})
    riasec = derived_interests({"11-1011.00": "exact", "11-1021.00": "broad"}, onet)
    assert riasec["I"] == round((1.0 * 2 + 0.5 * 6) / 1.5, 2) and riasec["R"] == round((2 + 0.5 * 7) / 1.5, 2)
    assert riasec["code"] == "RIA"  # ties in R-I-A-S-E-C order
    assert derived_interests({"99-9999.00": "exact"}, onet) is None  # never invented


def test_derived_job_zone_is_a_median_weighted_by_match() -> None:
    release = Release("O*NET 29.3 Database", "29.3", "t", "a")
    two, four, five = (Occupation(f"11-10{z}1.00", "T", "d", job_zone=z) for z in (2, 4, 5))
    onet = OnetInterests(release, {o.code: o for o in (two, four, five)})
    zone = derived_job_zone({two.code: "exact", four.code: "broad", five.code: "broad"}, onet)
    assert (zone["zone"], zone["derived"], set(zone["based_on"])) == (2, True, {two.code, four.code, five.code})
    assert "U.S. preparation levels" in zone["source"]["en"] and "zones 2, 4, 5" in zone["source"]["en"]
    assert "niveaux américains" in zone["source"]["fr"]
    # weights 0.75 (zone 2), 1 (zone 4), 1 (zone 5): half of 2.75 is reached at zone 4
    assert derived_job_zone({two.code: "close", four.code: "exact", five.code: "exact"}, onet)["zone"] == 4
    assert derived_job_zone({two.code: "exact", four.code: "exact"}, onet)["zone"] == 2  # between two: the lower
    assert derived_job_zone({"99-9999.00": "exact"}, onet) is None  # never invented


def test_manifest_reports_sources_and_agreement(imported: Path) -> None:
    manifest = yaml.safe_load((imported / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["origin"] == "rome" and manifest["profiles"] == 6
    # derived for the accountant (high point C = major C) and the producer (A; France Travail says E)
    assert manifest["interests"] == {"derived": 2, "agreeing_with_major": 1, "agreement_percent": 50.0,
                                     "weights": {"exact": 1.0, "close": 0.75, "broad": 0.5, "narrow": 0.5}}
    notes = [s["note"] for s in manifest["sources"] if s["name"].startswith("Interest scores of ROME fiches")]
    assert notes and "for 2 of 6 fiches (33.3 %)" in notes[0] and "for 1 of them (50.0 %)" in notes[0]
    assert any("believed; to be verified" in s.get("licence", "") for s in manifest["sources"])


# --- output ----------------------------------------------------------------------------------

def test_import_is_deterministic(tmp_path: Path, imported: Path) -> None:
    run_import(tmp_path / "again")
    for path in imported.iterdir():
        assert (tmp_path / "again" / path.name).read_bytes() == path.read_bytes(), path.name


def test_reimport_removes_only_stale_owned_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_import(out)
    (out / "my-notes.yaml").write_text("title: mine\n", encoding="utf-8")
    smaller = tmp_path / "rome"
    shutil.copytree(FIXTURES, smaller)
    table = smaller / "unix_referentiel_code_rome_v460_utf8.csv"
    table.write_text("".join(line for line in table.read_text(encoding="utf-8").splitlines(keepends=True)
                             if not line.startswith('"B1101"')), encoding="utf-8")
    for name in ("unix_referentiel_appellation_v460_utf8.csv", "unix_referentiel_code_rome_riasec_v460_utf8.csv"):
        path = smaller / name
        path.write_text("".join(line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
                                if "B1101" not in line), encoding="utf-8")
    report = run_import(out, rome=smaller, force=True)
    assert report.written.removed == ["artiste-plasticien.yaml"]
    assert (out / "my-notes.yaml").exists() and not list(out.glob(".*.tmp"))


def test_bad_row_stops_with_file_and_line_and_writes_nothing(cli, tmp_path: Path) -> None:  # noqa: ANN001
    broken = tmp_path / "rome"
    shutil.copytree(FIXTURES, broken)
    with (broken / "unix_coherence_item_v460_utf8.csv").open("a", encoding="utf-8") as handle:
        handle.write('"J1506","1001","Secondaire"\n')
    result = cli("import", "rome", str(broken), "--crosswalks", str(ONET / "crosswalks"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr == (f"Error: {broken / 'unix_coherence_item_v460_utf8.csv'}:14: column 'coeur_metier': "
                             "unexpected value 'Secondaire'\n")
    assert not (tmp_path / "out").exists()


def test_unknown_fiche_in_a_table_is_an_error(tmp_path: Path) -> None:
    broken = tmp_path / "rome"
    shutil.copytree(FIXTURES, broken)
    with (broken / "unix_rubrique_mobilite_v460_utf8.csv").open("a", encoding="utf-8") as handle:
        handle.write('"J1506","N9999","3"\n')
    with pytest.raises(ImportDataError, match=r"unix_rubrique_mobilite_v460_utf8\.csv:4: unknown ROME code 'N9999'"):
        read_rome_export(broken)


def test_onet_without_crosswalks_is_a_usage_error(cli, tmp_path: Path) -> None:  # noqa: ANN001
    result = cli("import", "rome", str(FIXTURES), "--onet", str(ONET), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2 and result.stderr.startswith("Error: --onet needs --crosswalks")


def test_cli_avoids_the_ids_of_the_catalog(cli, tmp_path: Path) -> None:  # noqa: ANN001
    (tmp_path / "comptable.yaml").write_text("title: Comptable\n", encoding="utf-8")
    result = cli("import", "rome", str(FIXTURES), "--crosswalks", str(ONET / "crosswalks"), "--onet", str(ONET),
                 "--out", str(tmp_path / "rome"))
    assert result.exit_code == 0 and "6 profiles" in result.stderr
    assert (tmp_path / "rome" / "comptable-m1203.yaml").exists()


# --- the committed catalog -------------------------------------------------------------------

@pytest.mark.skipif(not (SHARED_DATA / "rome").is_dir(), reason="needs ../shared/data beside the clone (CI has it)")
@pytest.mark.heavy
def test_committed_catalog_equals_a_fresh_import(tmp_path: Path) -> None:
    out = tmp_path / "rome"
    import_rome(SHARED_DATA / "rome", out, crosswalks_dir=SHARED_DATA / "esco" / "crosswalks",
                onet_dir=SHARED_DATA / "onet", taken_ids=catalog_ids(ROOT / "data" / "careers", exclude=COMMITTED))
    fresh = sorted(p.name for p in out.iterdir())
    committed = sorted(p.name for p in COMMITTED.iterdir())
    assert fresh == committed and len(fresh) == 1585  # 1,584 fiches and the manifest
    different = [n for n in fresh if (out / n).read_bytes() != (COMMITTED / n).read_bytes()]
    assert different == [], f"{len(different)} files differ, e.g. {different[:3]}: run `careers import rome ...`"
