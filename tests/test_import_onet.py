"""`careers import onet`: parsing, profile contents, determinism, atomic output, the ROME table."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from careercli.importers.esco import significant_words
from careercli.importers.onet import Occupation, read_onet
from careercli.importers.onet_catalog import assign_ids, import_onet, typical_education
from careercli.importers.output import MANIFEST, dump_yaml
from careercli.importers.tsv import ImportDataError, read_tsv
from careercli.loader import read_profile
from careercli.reference import gender_forms, read_rome_table, rome_label, rome_titles

from .conftest import ROOT, SHARED_DATA

FIXTURES = Path(__file__).parent / "fixtures" / "onet"
COMMITTED = ROOT / "data" / "careers" / "onet"
COMMITTED_REFERENCE = ROOT / "data" / "reference"


def run_import(out: Path, onet: Path = FIXTURES, reference: Path | None = None):  # noqa: ANN201
    return import_onet(onet, out, esco_dir=FIXTURES / "esco", crosswalks_dir=FIXTURES / "crosswalks",
                       rome_dir=FIXTURES / "rome", reference_dir=reference or out.parent / "reference",
                       esco_descriptions_dir=FIXTURES / "esco" / "v1.1.2")


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("import") / "onet"
    run_import(out)
    return out


def load(folder: Path, career_id: str) -> dict:
    return yaml.safe_load((folder / f"{career_id}.yaml").read_text(encoding="utf-8"))


# --- parsing ---------------------------------------------------------------------------------

def test_tab_split_keeps_literal_quotes_and_reads_na() -> None:
    rows = list(read_tsv(FIXTURES / "Task Statements.txt", ["Task", "Task Type"]))
    quoted = next(r for r in rows if r["Task ID"] == "12")
    assert quoted["Task"] == 'Conduct "head counts" of inventory.'
    missing = next(r for r in rows if r["Task ID"] == "7")
    assert missing.optional("Task Type") is None and missing.line == 5


def test_only_occupations_with_interest_data_are_read() -> None:
    onet = read_onet(FIXTURES)
    assert sorted(onet.occupations) == ["13-2011.00", "15-1252.00", "27-2012.00"]  # not 11-9199.00
    assert onet.release.version == "29.3" and onet.release.attribution.startswith("This product includes")


def test_holland_code_stops_at_the_first_zero() -> None:
    onet = read_onet(FIXTURES)
    codes = {code: o.holland_code() for code, o in onet.occupations.items()}
    assert codes == {"13-2011.00": "CEI", "15-1252.00": "IC", "27-2012.00": "A"}


def test_education_tie_goes_to_the_lower_level() -> None:
    occupation = Occupation("13-2011.00", "t", "d", education=[(2, 20.0), (8, 40.0), (6, 40.0)])
    assert typical_education(occupation) == 6
    assert typical_education(Occupation("x", "t", "d", education=[(1, 0.0)])) is None


def test_colliding_slugs_get_their_code() -> None:
    occupations = {code: Occupation(code, title, "d") for code, title in
                   [("11-1011.00", "Chief Executives"), ("11-1011.03", "Chief  executives!"), ("13-2011.00", "Accountants")]}
    assert assign_ids(occupations) == {"11-1011.00": "chief-executives-11-1011-00",
                                       "11-1011.03": "chief-executives-11-1011-03", "13-2011.00": "accountants"}


@pytest.mark.parametrize(("label", "forms"), [
    ("directeur technique/directrice technique", ("directeur technique", "directrice technique")),
    ("vendeur/vendeuse en articles de sport", ("vendeur en articles de sport", "vendeuse en articles de sport")),
    ("Acheteur industriel / Acheteuse industrielle", ("Acheteur industriel", "Acheteuse industrielle")),
    ("Chef / Cheffe de service infrastructure/environnement",
     ("Chef de service infrastructure/environnement", "Cheffe de service infrastructure/environnement")),
    ("animatrice d'équipe de fabrication de papier/carton", ("animatrice d'équipe de fabrication de papier/carton",)),
    ("Artiste Plasticien / Plasticienne", ("Artiste Plasticien", "Artiste Plasticienne")),
    ("Médecin Anesthésiste Réanimateur / Réanimatrice (MAR)",
     ("Médecin Anesthésiste Réanimateur (MAR)", "Médecin Anesthésiste Réanimatrice (MAR)")),
    ("Caviste affineur / Affineuse", ("Caviste affineur", "Caviste affineuse")),
    ("Steward / Hôtesse de train", ("Steward de train", "Hôtesse de train")),
    ("Homme sage-femme / Sage-femme", ("Homme sage-femme", "Sage-femme")),
    ("Lapidaire / Diamantaire", ("Lapidaire / Diamantaire",)),
    ("binnenvaartschipper roll-on/roll-offvaart", ("binnenvaartschipper roll-on/roll-offvaart",)),
    ("comptable", ("comptable",)),
])
def test_gender_pairs_are_split(label: str, forms: tuple[str, ...]) -> None:
    assert gender_forms(label) == forms


def test_significant_words_ignore_plurals_and_small_words() -> None:
    assert significant_words("accountants and auditors") == significant_words("accountant auditor")
    assert significant_words("nurse midwives") == significant_words("nurse midwife")


# --- profiles --------------------------------------------------------------------------------

def test_every_generated_profile_validates(imported: Path) -> None:
    files = sorted(imported.glob("*.yaml"))
    assert [f.stem for f in files] == ["accountants-and-auditors", "producers-and-directors", "software-developers"]
    for path in files:
        read_profile(path)


def test_accountants_profile(imported: Path) -> None:
    profile = load(imported, "accountants-and-auditors")
    assert profile["origin"] == "onet"
    assert profile["title"] == {"fr": "Comptable", "en": "Accountants and Auditors", "nl": "Accountant"}
    assert "title_feminine" not in profile  # "comptable" has one form
    assert profile["riasec"]["code"] == "CEI" and profile["riasec"]["C"] == 7.0
    assert profile["riasec"]["based_on"] == ["13-2011.00"]
    assert [m["en"] for m in profile["missions"]] == [  # Core by task id, Supplemental, then n/a
        "Prepare detailed reports on audit findings.", 'Conduct "head counts" of inventory.',
        "Review data about assets.", "Advise clients on tax plans.", "Process invoices for payment."]
    assert profile["technologies"] == [  # hot first; Excel's two rows merged, category of the hot row
        {"name": "Intuit QuickBooks", "category": "Accounting software", "hot": True},
        {"name": "Microsoft Excel", "category": "Spreadsheet software", "hot": True, "in_demand": True},
        {"name": "Sage 50 Accounting", "category": "Accounting software"}]
    assert profile["similar"] == ["software-developers", "producers-and-directors"]  # 11-9199.00 not imported
    assert profile["job_zone"]["zone"] == 4 and profile["job_zone"]["label"]["en"].startswith("Job Zone Four")
    assert profile["education"] == {"en": "Bachelor's Degree"}
    assert profile["codes"] == {"onet_soc": ["13-2011.00"], "soc": ["13-2011"], "isco08": ["2411"],
                                "esco": ["http://data.europa.eu/esco/occupation/a1", "http://data.europa.eu/esco/occupation/a3"]}
    titles = profile["other_titles"]
    assert "Accountants and Auditors" not in titles["en"] and "CPA" in titles["en"]
    assert titles["fr"] == ["auditeur financier", "auditrice financière", "comptable agréé", "comptable agréée",
                            "contrôleur de gestion, comptable"]  # not "tax inspector": no shared word
    assert titles["nl"] == ["boekhouder", "registeraccountant"]
    assert [s["name"] for s in profile["sources"]] == [
        "O*NET 29.3 Database", "SOC 2010 to ISCO-08 crosswalk", "ESCO occupations", "ESCO-O*NET Crosswalk",
        "ESCO occupations", "ESCO - ROME", "ROME 4.0, Répertoire Opérationnel des Métiers et des Emplois"]
    assert profile["sources"][0]["attribution"] == read_onet(FIXTURES).release.attribution
    assert profile["licence"] == "CC BY 4.0"


def test_crosswalk_title_among_close_matches_but_no_description(imported: Path) -> None:
    profile = load(imported, "accountants-and-auditors")
    # two close matches (accountant, financial auditor): the title from the closer label, no description
    assert profile["introduction"] == {"en": "Examine, analyze, and interpret accounting records."}
    crosswalk = next(s for s in profile["sources"] if s["name"] == "ESCO-O*NET Crosswalk")
    assert crosswalk["note"] == "French/Dutch title: ESCO 'accountant' (close match in the ESCO-O*NET crosswalk)."
    isco = next(s for s in profile["sources"] if s["name"] == "ESCO occupations")
    assert "French/Dutch title" not in isco["note"]  # the ISCO-08 group method did not give it
    assert [(link["scheme"], link["code"][-2:], link["match"]) for link in profile["links"]] == [
        ("rome", "03", "close"), ("esco", "a1", "close"), ("esco", "a3", "close"), ("esco", "a2", "narrow")]
    assert profile["links"][0] == {"scheme": "rome", "code": "M1203", "title": {"fr": "Comptable"}, "match": "close",
                                   "via": "esco", "source": "ESCO-O*NET Crosswalk 1 + ESCO - ROME V1.4"}


def test_title_falls_back_to_the_isco_group_match(imported: Path) -> None:
    software = load(imported, "software-developers")  # the crosswalk has only a broad match (and an exactISCO row)
    assert software["title"]["fr"] == "Développeur de logiciels"
    assert software["title_feminine"] == {"fr": "Développeuse de logiciels"}
    assert software["codes"]["isco08"] == ["2512", "2514"]
    assert "fr" not in software["introduction"]
    isco = next(s for s in software["sources"] if s["name"] == "ESCO occupations")
    assert "(same title test within the ISCO-08 group)" in isco["note"]
    assert [link["code"][-2:] for link in software["links"]] == ["s1"]  # not the ISCO group of the exactISCO row


def test_title_and_description_from_the_only_close_match(imported: Path) -> None:
    producers = load(imported, "producers-and-directors")
    assert producers["title"] == {"fr": "Producteur de spectacles", "en": "Producers and Directors"}
    assert producers["title_feminine"] == {"fr": "Productrice de spectacles"}
    assert producers["introduction"] == {
        "en": "Produce or direct stage, television, radio, video, or film productions.",
        "fr": "Les producteurs de spectacles gèrent les productions.\nIls/elles négocient les contrats."}
    esco = next(s for s in producers["sources"] if s.get("version") == "v1.1.2 (French)")
    assert "The French introduction is ESCO's description of 'producteur de spectacles/productrice de spectacles'" \
        in esco["note"]
    # ESCO stage manager is broader (narrowMatch: O*NET is the narrower one); ROME L1302 through it, two hops
    assert [(link["scheme"], link["code"].rsplit("/")[-1], link["match"]) for link in producers["links"]] == [
        ("rome", "L1302", "broad"), ("esco", "p2", "close"), ("esco", "p1", "broad")]  # strongest first
    assert producers["other_titles"]["fr"] == ["régisseur", "régisseuse"]  # by group: approximate
    assert "education" not in producers


# --- output ----------------------------------------------------------------------------------

def test_import_is_deterministic(tmp_path: Path, imported: Path) -> None:
    run_import(tmp_path / "again")
    for path in imported.iterdir():
        assert (tmp_path / "again" / path.name).read_bytes() == path.read_bytes(), path.name


def test_c_and_python_yaml_dumpers_agree(imported: Path) -> None:
    if not hasattr(yaml, "CSafeDumper"):
        pytest.skip("PyYAML built without libyaml")
    for path in imported.glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert dump_yaml(data, "x", yaml.CSafeDumper) == dump_yaml(data, "x", yaml.SafeDumper)


def test_reimport_removes_only_stale_owned_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_import(out)
    (out / "my-notes.yaml").write_text("title: mine\n", encoding="utf-8")
    smaller = tmp_path / "onet"
    shutil.copytree(FIXTURES, smaller)
    lines = (smaller / "Interests.txt").read_text(encoding="utf-8").splitlines(keepends=True)
    (smaller / "Interests.txt").write_text("".join(l for l in lines if not l.startswith("27-2012.00")), encoding="utf-8")
    report = run_import(out, onet=smaller)
    assert report.written.removed == ["producers-and-directors.yaml"]
    assert report.written.unchanged == ["software-developers.yaml"]  # accountants changed: one similar job fewer
    assert (out / "my-notes.yaml").exists() and not list(out.glob(".*.tmp"))
    assert "producers-and-directors.yaml" not in (out / MANIFEST).read_text(encoding="utf-8")


def test_malformed_row_stops_with_file_and_line(cli, tmp_path: Path) -> None:  # noqa: ANN001
    broken = tmp_path / "onet"
    shutil.copytree(FIXTURES, broken)
    with (broken / "Interests.txt").open("a", encoding="utf-8") as handle:
        handle.write("13-2011.00\t1.B.1.a\tRealistic\tOI\t1.5\n")
    result = cli("import", "onet", str(broken), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {broken / 'Interests.txt'}:29: expected 7 tab-separated fields, found 5\n"
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


def test_bad_number_names_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "onet"
    shutil.copytree(FIXTURES, broken)
    path = broken / "Job Zones.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("13-2011.00\t4", "13-2011.00\tfour"), encoding="utf-8")
    with pytest.raises(ImportDataError, match=r"Job Zones\.txt:3: column 'Job Zone': not a number: 'four'"):
        read_onet(broken)


def test_esco_without_crosswalks_is_a_usage_error(cli, tmp_path: Path) -> None:  # noqa: ANN001
    result = cli("import", "onet", str(FIXTURES), "--esco", str(FIXTURES / "esco"), "--out", str(tmp_path))
    assert result.exit_code == 2 and result.stderr.startswith("Error: --esco needs --crosswalks")


# --- ROME ------------------------------------------------------------------------------------

def test_rome_table(tmp_path: Path) -> None:
    (tmp_path / "reference").mkdir()
    (tmp_path / "reference" / "rome-v459.tsv").write_text("old\n", encoding="utf-8")
    report = run_import(tmp_path / "out", reference=tmp_path / "reference")
    assert report.rome_table == tmp_path / "reference" / "rome-v460.tsv"
    assert [p.name for p in (tmp_path / "reference").iterdir()] == ["rome-v460.tsv"]  # older version removed
    table = read_rome_table(report.rome_table)
    assert table.meta["version"] == "v460" and "Etalab" in table.meta["licence"]
    assert table.labels["M1203"] == "Comptable" and table.appellations["M1203"] == ("Aide-comptable",)


def test_committed_rome_reference() -> None:
    assert rome_label("L1302") is not None and rome_label("Z9999") is None
    titles = rome_titles("L1302")
    assert "Administrateur de théâtre" in titles and "Administratrice de théâtre" in titles
    assert not any(" / " in t for t in titles[:1]) and rome_titles("Z9999") == []


# --- the committed catalog -------------------------------------------------------------------

@pytest.mark.skipif(not (SHARED_DATA / "onet").is_dir(), reason="needs ../shared/data beside the clone (CI has it)")
def test_committed_catalog_equals_a_fresh_import(tmp_path: Path) -> None:
    import_onet(SHARED_DATA / "onet", tmp_path / "onet", esco_dir=SHARED_DATA / "esco",
                crosswalks_dir=SHARED_DATA / "esco" / "crosswalks", rome_dir=SHARED_DATA / "rome",
                reference_dir=tmp_path / "reference", esco_descriptions_dir=SHARED_DATA / "esco" / "v1.1.2")
    fresh = sorted(p.name for p in (tmp_path / "onet").iterdir())
    committed = sorted(p.name for p in COMMITTED.iterdir())
    assert fresh == committed and len(fresh) >= 921
    different = [n for n in fresh if (tmp_path / "onet" / n).read_bytes() != (COMMITTED / n).read_bytes()]
    assert different == [], f"{len(different)} files differ, e.g. {different[:3]}: run `careers import onet ...`"
    for path in (tmp_path / "reference").iterdir():
        assert path.read_bytes() == (COMMITTED_REFERENCE / path.name).read_bytes()
