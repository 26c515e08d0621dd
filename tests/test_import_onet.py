"""`careers import onet`: parsing, profile contents, determinism, atomic output, the ROME table."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
import yaml

from careercli.errors import CareersError
from careercli.importers.bls import EP_FILE, OEWS_FILE, combined_codes, find_row, read_oews
from careercli.importers.esco import significant_words
from careercli.importers.onet import Occupation, read_onet
from careercli.importers.onet_catalog import assign_ids, import_onet, typical_education
from careercli.importers.output import MANIFEST, dump_yaml
from careercli.importers.tsv import ImportDataError, read_tsv
from careercli.profile.loader import read_profile
from careercli.catalog.reference import gender_forms, read_rome_table, rome_label, rome_titles

from .committed import committed_profiles
from .conftest import ROOT, SHARED_DATA

FIXTURES = Path(__file__).parent / "fixtures" / "onet"
COMMITTED = ROOT / "data" / "careers" / "onet"
COMMITTED_REFERENCE = ROOT / "data" / "reference"


def run_import(out: Path, onet: Path = FIXTURES, reference: Path | None = None, force: bool = False):  # noqa: ANN201
    return import_onet(onet, out, esco_dir=FIXTURES / "esco", crosswalks_dir=FIXTURES / "crosswalks",
                       rome_dir=FIXTURES / "rome", reference_dir=reference or out.parent / "reference",
                       esco_descriptions_dir=FIXTURES / "esco" / "v1.1.2", bls_dir=FIXTURES / "bls", force=force)


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
    ("Sound designer / Designer sonore", ("Sound designer / Designer sonore",)),  # two names, not a pair: as published
    ("Bioinformaticienne / Bio-informaticienne", ("Bioinformaticienne", "Bio-informaticienne")),  # no shared ending
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
    assert profile["title"] == {"en": "Accountants and Auditors"}  # close matches only: no French title
    assert "title_feminine" not in profile
    assert profile["riasec"]["code"] == "CEI" and profile["riasec"]["C"] == 7.0
    assert profile["riasec"]["based_on"] == ["13-2011.00"]
    assert profile["riasec"]["source"] == {"en": "O*NET 29.3 Database, Interests (OI scale 1-7; code from the IH high-points)"}
    assert [m["en"] for m in profile["missions"]] == [  # Core by task id, Supplemental, then n/a
        "Prepare detailed reports on audit findings.", 'Conduct "head counts" of inventory.',
        "Review data about assets.", "Advise clients on tax plans.", "Process invoices for payment."]
    assert profile["technologies"] == [  # hot first; Excel's two rows merged, category of the hot row
        {"name": "Intuit QuickBooks", "category": {"en": "Accounting software"}, "hot": True},
        {"name": "Microsoft Excel", "category": {"en": "Spreadsheet software"}, "hot": True, "in_demand": True},
        {"name": "Sage 50 Accounting", "category": {"en": "Accounting software"}}]
    assert profile["similar"] == ["software-developers", "producers-and-directors"]  # 11-9199.00 not imported
    assert profile["job_zone"]["zone"] == 4 and profile["job_zone"]["label"]["en"].startswith("Job Zone Four")
    assert profile["education"] == {"en": "Bachelor's Degree"}
    assert profile["codes"] == {"onet_soc": ["13-2011.00"], "soc": ["13-2011"], "isco08": ["2411"],
                                "esco": ["http://data.europa.eu/esco/occupation/a1", "http://data.europa.eu/esco/occupation/a3"]}
    titles = profile["other_titles"]
    assert "Accountants and Auditors" not in titles["en"] and "CPA" in titles["en"]
    assert titles["fr"] == ["auditeur financier", "auditrice financière", "comptable", "comptable agréé", "comptable agréée",
                            "contrôleur de gestion, comptable"]  # not "tax inspector": no shared word
    assert titles["nl"] == ["accountant", "boekhouder", "registeraccountant"]  # "accountant": not the title
    assert [s["name"] for s in profile["sources"]] == [
        "O*NET 29.3 Database", "SOC 2010 to ISCO-08 crosswalk", "ESCO occupations", "ESCO-O*NET Crosswalk",
        "ESCO - ROME", "ROME 4.0, Répertoire Opérationnel des Métiers et des Emplois",
        "O*NET 29.3 Database: Work Values, Work Styles, Job Zones (criteria tags)",
        "ROME 4.0 (France Travail): interest centres, derived through the crosswalks",
        "Occupational Employment and Wage Statistics (OEWS), May 2024", "Employment Projections 2024-34 (Table 1.2)"]
    centres = [t for t in profile["tags"] if t["kind"] == "interest"]  # derived from Comptable (M1203)
    assert centres == [{"kind": "interest", "text": {"fr": "J'aime manier les chiffres", "en": "I like working with numbers"},
                        "main": True, "derived": True},
                       {"kind": "interest", "text": {"fr": "J'ai le souci du détail", "en": "I pay attention to detail"},
                        "derived": True}]
    assert profile["sources"][0]["attribution"] == read_onet(FIXTURES).release.attribution
    assert profile["licence"] == "CC BY 4.0"


def test_criteria_tags_from_work_values_styles_and_job_zone(imported: Path) -> None:
    tags = load(imported, "accountants-and-auditors")["tags"]
    english = [(t["kind"], t["text"]["en"]) for t in tags]
    # O*NET's own high points (VH 1, 6, 3), not the highest extents: Relationships ties Recognition at 4.67
    assert english[:3] == [("work_value", "Achievement"), ("work_value", "Independence"), ("work_value", "Recognition")]
    assert english[3:8] == [("work_style", s) for s in ("Integrity", "Attention to Detail", "Dependability",
                                                         "Analytical Thinking", "Cooperation")]  # the five most important
    assert english[8:9] == [("job_zone", "Job Zone Four: Considerable Preparation Needed")]
    assert [kind for kind, _text in english[9:]] == ["interest", "interest"]  # derived (test_accountants_profile)
    assert tags[0]["text"]["fr"] == "Accomplissement" and tags[8]["text"]["fr"].startswith("Niveau de préparation 4")
    # an occupation without work values or styles in O*NET keeps its job zone only
    assert [t["kind"] for t in load(imported, "software-developers")["tags"]] == ["job_zone"]


def test_work_values_are_the_six_extent_scores_as_rated(imported: Path) -> None:
    values = load(imported, "accountants-and-auditors")["work_values"]
    # the EX rows of tests/fixtures/onet/Work Values.txt for 13-2011.00, under careers' keys
    assert values == {"achievement": 5.0, "conditions": 4.5, "recognition": 4.67, "relationships": 4.67,
                      "support": 4.67, "independence": 5.0, "based_on": ["13-2011.00"],
                      "source": {"en": "O*NET 29.3 Database, Work Values (EX scale 1-7: the extent to which the "
                                       "occupation satisfies each)"}}
    assert "work_values" not in load(imported, "software-developers")  # O*NET rates none: none invented


def test_an_extent_outside_the_scale_names_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "onet"
    shutil.copytree(FIXTURES, broken)
    table = broken / "Work Values.txt"
    table.write_text(table.read_text(encoding="utf-8").replace("EX\t4.50", "EX\t9.50", 1), encoding="utf-8")
    with pytest.raises(ImportDataError, match=r"Work Values.txt:3: .*extent 9.5 outside the EX scale 1-7"):
        read_onet(broken)


def test_work_styles_keep_ties_with_the_fifth_and_skip_none() -> None:
    from careercli.importers.onet_catalog import work_style_tags, work_value_tags

    occupation = Occupation("11-1011.00", "Chief Executives", "Lead.")
    occupation.work_styles = {"1.C.7.b": 4.0, "1.C.5.a": 5.0, "1.C.5.b": 4.5, "1.C.5.c": 4.2, "1.C.3.a": 4.0,
                              "1.C.1.a": 4.0, "1.C.6": 3.9, "1.C.2.b": 4.1}
    assert [t["text"]["en"] for t in work_style_tags(occupation)] == [
        "Dependability", "Attention to Detail", "Integrity", "Leadership",
        "Achievement/Effort", "Cooperation", "Analytical Thinking"]  # three tied at 4.0, in O*NET's element order
    occupation.work_values = {0: 4, 1: 2, 2: 0}  # no third high point
    assert [t["text"]["en"] for t in work_value_tags(occupation)] == ["Relationships", "Working Conditions"]


def test_a_renamed_work_style_stops_the_import(tmp_path: Path) -> None:
    onet = tmp_path / "onet"
    shutil.copytree(FIXTURES, onet)
    styles = onet / "Work Styles.txt"
    styles.write_text(styles.read_text(encoding="utf-8").replace("\tIntegrity\t", "\tHonesty\t"), encoding="utf-8")
    with pytest.raises(ImportDataError, match=r"Work Styles.txt:\d+: work style 1.C.5.c 'Honesty' is not in"):
        read_onet(onet)


def test_close_matches_give_related_jobs_not_a_title(imported: Path) -> None:
    profile = load(imported, "accountants-and-auditors")
    # two close matches (accountant, financial auditor) and a narrower one: related jobs, strongest and
    # closest first; no French title, no French description
    assert profile["introduction"] == {"en": "Examine, analyze, and interpret accounting records."}
    assert profile["related_titles"] == [
        {"code": "http://data.europa.eu/esco/occupation/a1", "match": "close", "title": {"fr": "Comptable", "nl": "Accountant"}},
        {"code": "http://data.europa.eu/esco/occupation/a3", "match": "close", "title": {"fr": "Auditeur financier"},
         "title_feminine": {"fr": "Auditrice financière"}},
        {"code": "http://data.europa.eu/esco/occupation/a2", "match": "narrow", "title": {"fr": "Inspecteur des impôts"},
         "title_feminine": {"fr": "Inspectrice des impôts"}}]
    crosswalk = next(s for s in profile["sources"] if s["name"] == "ESCO-O*NET Crosswalk")
    assert crosswalk["note"].startswith("No exact match in the crosswalk, so no French/Dutch title")
    assert [(link["scheme"], link["code"][-2:], link["match"]) for link in profile["links"]] == [
        ("rome", "03", "close"), ("esco", "a1", "close"), ("esco", "a3", "close"), ("esco", "a2", "narrow")]
    assert profile["links"][0] == {"scheme": "rome", "code": "M1203", "title": {"fr": "Comptable"}, "match": "close",
                                   "via": "esco", "source": "ESCO-O*NET Crosswalk 1 + ESCO - ROME V1.4"}
    # an ESCO link is titled in ESCO's French and Dutch labels too, as ESCO writes them (not only the crosswalk's English)
    assert profile["links"][1]["title"] == {"en": "accountant", "fr": "comptable", "nl": "accountant"}
    assert profile["links"][2]["title"]["fr"] == "auditeur financier/auditrice financière"


def test_no_title_from_the_isco_group(imported: Path) -> None:
    software = load(imported, "software-developers")  # the crosswalk has only a broad match (and an exactISCO row)
    assert software["title"] == {"en": "Software Developers"}  # "Développeur de logiciels" is only related
    assert [r["title"]["fr"] for r in software["related_titles"]] == ["Développeur de logiciels"]
    assert software["codes"]["isco08"] == ["2512", "2514"]
    assert "fr" not in software["introduction"]
    isco = next(s for s in software["sources"] if s["name"] == "ESCO occupations")
    assert "French/Dutch title" not in isco["note"]
    assert [link["code"][-2:] for link in software["links"]] == ["s1"]  # not the ISCO group of the exactISCO row


def test_title_and_description_from_the_only_exact_match(imported: Path) -> None:
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
        ("rome", "L1302", "broad"), ("esco", "p2", "exact"), ("esco", "p1", "broad")]  # strongest first
    assert [r["title"]["fr"] for r in producers["related_titles"]] == ["Régisseur"]  # the broader stage manager
    assert producers["other_titles"]["fr"] == ["régisseur", "régisseuse"]  # by group: approximate
    assert "education" not in producers


def test_manifest_counts_french_titles_by_match_type(imported: Path) -> None:
    import json

    manifest = json.loads((imported / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["french_titles"] == {"exact": 1, "close": 1, "broad": 0, "narrow": 1, "none": 0}


# --- BLS wages and outlook ----------------------------------------------------------------------
# The fixture rows are real rows of ../shared/data/bls, altered to cover every case: 13-2011 has
# its 90th percentiles top-coded (`#`) and its EP wage withheld (`—`); there is no 15-1252 OEWS
# row (so the broad 15-1250 is used) and its EP wage is `>=$239,200`; 27-2012 has the Actors'
# hourly-only row and no EP row; 13-1020 is listed twice, as OEWS does.

def test_oews_keeps_the_detailed_row_of_a_code_listed_twice() -> None:
    rows = read_oews(FIXTURES / "bls" / OEWS_FILE)
    assert rows["13-1020"]["O_GROUP"] == "detailed" and rows["13-1020"]["TOT_EMP"] == "486901"
    assert "00-0000" not in rows  # the total is neither detailed nor broad


def test_join_detailed_then_broad_then_nothing() -> None:
    rows = read_oews(FIXTURES / "bls" / OEWS_FILE)
    assert find_row(rows, "13-2011")[1] == "detailed"  # type: ignore[index]
    row, level = find_row(rows, "15-1252")  # type: ignore[misc]
    assert (row["OCC_CODE"], level) == ("15-1250", "broad")
    assert find_row(rows, "45-3031") is None


def test_a_combined_bls_row_comes_before_the_broad_group() -> None:
    table = {"21-1010": "broad row", "21-1012": "own row", "21-1018": "combined row"}
    combined = combined_codes(table, {"21-1011", "21-1012", "21-1014"})  # 21-1018 is no SOC occupation
    assert combined == {"21-1010": "21-1018"}
    assert find_row(table, "21-1014", combined) == ("combined row", "combined")  # type: ignore[arg-type]
    assert find_row(table, "21-1012", combined) == ("own row", "detailed")  # type: ignore[arg-type]
    assert find_row(table, "21-1014") == ("broad row", "broad")  # type: ignore[arg-type]
    # two such rows in a group: which one holds an occupation would be a guess, so the broad group
    assert combined_codes({**table, "21-1019": "another"}, {"21-1011", "21-1012", "21-1014"}) == {}


def test_detailed_row_with_top_coded_and_withheld_figures(imported: Path) -> None:
    profile = load(imported, "accountants-and-auditors")
    (wages,) = profile["wages"]
    assert wages["row"] == {"system": "SOC 2018", "code": "13-2011", "title": "Accountants and Auditors"}
    assert (wages["geography"]["en"], wages["currency"], wages["year"], wages["reference"]) == (
        "United States", "USD", 2024, "May 2024")
    assert wages["source"] == {"name": "Occupational Employment and Wage Statistics (OEWS), May 2024",
                               "url": "https://www.bls.gov/oes/", "publisher": "U.S. Bureau of Labor Statistics"}
    year, hour = wages["pay"]
    assert year == {"period": "year", "mean": 93520.0, "p10": 52780.0, "p25": 64660.0, "median": 81680.0,
                    "p75": 106450.0, "p90": 239200.0, "top_coded": ["p90"]}  # `#`: at least $239,200
    assert (hour["period"], hour["p90"], hour["top_coded"], hour["median"]) == ("hour", 115.0, ["p90"], 39.27)
    assert wages["employment"] == 1448290
    (outlook,) = profile["outlook"]
    assert outlook["suppressed"] == ["median_wage"] and "median_wage" not in outlook  # `—`: not available
    assert (outlook["employment_thousands"], outlook["projected_thousands"], outlook["change_thousands"],
            outlook["change_percent"], outlook["openings_thousands"]) == (1579.8, 1652.6, 72.8, 4.6, 124.2)
    assert outlook["education"] == {"en": "Bachelor's degree"}
    assert "experience" not in outlook and "training" not in outlook  # blank in the table: not stated


def test_broad_group_only_where_no_detailed_row(imported: Path) -> None:
    profile = load(imported, "software-developers")
    (wages,) = profile["wages"]
    assert wages["row"] == {"system": "SOC 2018", "code": "15-1250", "level": "broad",
                            "title": "Software and Web Developers, Programmers, and Testers"}
    assert wages["pay"][0]["median"] == 129320.0
    (outlook,) = profile["outlook"]
    assert outlook["row"] == {"system": "SOC 2018", "code": "15-1252", "title": "Software developers"}
    assert (outlook["median_wage"], outlook["median_wage_top_coded"], outlook["currency"]) == (239200.0, True, "USD")


def test_hourly_only_occupation_has_no_annual_figures_and_no_row_means_no_outlook(imported: Path) -> None:
    profile = load(imported, "producers-and-directors")
    year, hour = profile["wages"][0]["pay"]
    assert year == {"period": "year", "suppressed": ["mean", "p10", "p25", "median", "p75", "p90"]}
    assert hour["median"] == 23.33 and "suppressed" not in hour
    assert "outlook" not in profile  # neither 27-2012 nor 27-2010 in the projections
    names = [s["name"] for s in profile["sources"]]
    assert "Occupational Employment and Wage Statistics (OEWS), May 2024" in names
    assert "Employment Projections 2024-34 (Table 1.2)" not in names


def test_bls_is_attributed_as_public_domain(imported: Path) -> None:
    import json

    manifest = json.loads((imported / MANIFEST).read_text(encoding="utf-8"))
    bls = [s for s in manifest["sources"] if s.get("publisher") == "U.S. Bureau of Labor Statistics"]
    assert len(bls) == 2 and all(s["licence"] == "Public domain (U.S. federal work)" for s in bls)
    profile = load(imported, "accountants-and-auditors")
    assert [s["licence"] for s in profile["sources"][-2:]] == ["Public domain (U.S. federal work)"] * 2


def test_bad_bls_figure_names_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "bls"
    shutil.copytree(FIXTURES / "bls", broken)
    path = broken / EP_FILE
    path.write_text(path.read_text(encoding="utf-8").replace(",124.2,", ",lots,"), encoding="utf-8")
    with pytest.raises(ImportDataError, match=r"ep_occupation_table1\.2_2024-34\.csv:3: column 'Occupational "
                                              r"openings, 2024–34 annual average': not a number: 'lots'"):
        import_onet(FIXTURES, tmp_path / "out", bls_dir=broken)


def test_import_without_bls_has_no_figures(tmp_path: Path) -> None:
    import_onet(FIXTURES, tmp_path / "out")
    assert "wages" not in load(tmp_path / "out", "accountants-and-auditors")


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
    with pytest.raises(CareersError, match="did not write \\(my-notes.yaml\\)"):  # the user's file: refused
        run_import(out, onet=smaller)
    report = run_import(out, onet=smaller, force=True)  # one of three profiles gone: --force says it is meant
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
    (tmp_path / "reference" / "rome-v459.tsv").write_text("# generated by: careers import onet --rome (do not edit)\n",
                                                         encoding="utf-8")
    (tmp_path / "reference" / "rome-v458.tsv").write_text("my own table\n", encoding="utf-8")
    report = run_import(tmp_path / "out", reference=tmp_path / "reference")
    assert report.rome_table == tmp_path / "reference" / "rome-v460.tsv"
    assert sorted(p.name for p in (tmp_path / "reference").iterdir()) == [  # the older generated version removed
        "rome-v458.tsv", "rome-v460.tsv"]
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
@pytest.mark.heavy
def test_committed_catalog_equals_a_fresh_import(tmp_path: Path) -> None:
    import_onet(SHARED_DATA / "onet", tmp_path / "onet", esco_dir=SHARED_DATA / "esco",
                crosswalks_dir=SHARED_DATA / "esco" / "crosswalks", rome_dir=SHARED_DATA / "rome",
                reference_dir=tmp_path / "reference", esco_descriptions_dir=SHARED_DATA / "esco" / "v1.1.2",
                bls_dir=SHARED_DATA / "bls")
    fresh = sorted(p.name for p in (tmp_path / "onet").iterdir())
    committed = sorted(p.name for p in COMMITTED.iterdir())
    assert fresh == committed and len(fresh) >= 921
    different = [n for n in fresh if (tmp_path / "onet" / n).read_bytes() != (COMMITTED / n).read_bytes()]
    assert different == [], f"{len(different)} files differ, e.g. {different[:3]}: run `careers import onet ...`"
    for path in (tmp_path / "reference").iterdir():
        assert path.read_bytes() == (COMMITTED_REFERENCE / path.name).read_bytes()


# --- every figure traces to its row --------------------------------------------------------------
# Re-derived here from the CSV files with the standard csv module, independently of the importer.

OEWS_STATISTICS = {"year": ("A_MEAN", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"),
                   "hour": ("H_MEAN", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90")}
STATISTIC_NAMES = ("mean", "p10", "p25", "median", "p75", "p90")
TOP = {"year": 239200.0, "hour": 115.0}


def _csv_rows(name: str, code_column: str, keep) -> dict[str, dict[str, str]]:  # noqa: ANN001
    with (SHARED_DATA / "bls" / name).open(encoding="utf-8", newline="") as handle:
        return {row[code_column]: row for row in csv.DictReader(handle) if keep(row)}


def _committed_sample() -> list[dict]:
    wanted = {"software-developers", "actors", "physicians-pathologists", "buyers-and-purchasing-agents-farm-products",
              "mental-health-counselors", "recycling-coordinators", "acute-care-nurses"}
    return [p for i, p in enumerate(committed_profiles("onet")) if i % 23 == 0 or p["id"] in wanted]


def _soc_occupations() -> set[str]:
    with (SHARED_DATA / "esco" / "crosswalks" / "onetsoc2019_to_soc2018.tsv").open(encoding="utf-8") as handle:
        return {row["2018 SOC Code"] for row in csv.DictReader(handle, delimiter="\t")}


def _expected_soc_row(table: dict[str, dict[str, str]], profile: dict) -> tuple[str, str] | None:
    """The detailed row; else the group's one row that is no SOC occupation (a code BLS made for
    several, e.g. 21-1018); else the broad group's."""
    soc = profile["codes"].get("soc", [profile["codes"]["onet_soc"][0][:7]])[0]
    if soc in table:
        return soc, "detailed"
    group = soc[:6] + "0"
    own = _soc_occupations()
    combined = [code for code in table if code[:6] + "0" == group and code != group and code not in own]
    if len(combined) == 1:
        return combined[0], "combined"
    return (group, "broad") if group in table else None


@pytest.mark.skipif(not (SHARED_DATA / "bls").is_dir(), reason="needs ../shared/data beside the clone (CI has it)")
def test_committed_wages_trace_to_their_oews_rows() -> None:
    detailed = _csv_rows(OEWS_FILE, "OCC_CODE", lambda r: r["O_GROUP"] == "detailed")
    table = {**_csv_rows(OEWS_FILE, "OCC_CODE", lambda r: r["O_GROUP"] == "broad"), **detailed}
    sample = _committed_sample()
    assert len(sample) >= 40
    for profile in sample:
        expected = _expected_soc_row(table, profile)
        if expected is None:
            assert "wages" not in profile, profile["id"]
            continue
        (wages,) = profile["wages"]
        code, level = expected
        assert (wages["row"]["code"], wages["row"].get("level", "detailed")) == (code, level), profile["id"]
        row = table[code]
        assert wages["employment"] == int(row["TOT_EMP"])
        for figures in wages["pay"]:
            for name, column in zip(STATISTIC_NAMES, OEWS_STATISTICS[figures["period"]]):
                raw = row[column]
                if raw == "*":
                    assert name in figures["suppressed"] and name not in figures, (profile["id"], column)
                elif raw == "#":
                    assert figures[name] == TOP[figures["period"]] and name in figures["top_coded"]
                else:
                    assert figures[name] == float(raw), (profile["id"], column)
                    assert name not in figures.get("top_coded", []), (profile["id"], column)


@pytest.mark.skipif(not (SHARED_DATA / "bls").is_dir(), reason="needs ../shared/data beside the clone (CI has it)")
def test_committed_outlook_traces_to_its_projection_rows() -> None:
    code_column = "2024 National Employment Matrix code"
    table = _csv_rows(EP_FILE, code_column, lambda r: bool(r["Occupation type"]))
    numbers = {"employment_thousands": "Employment, 2024", "projected_thousands": "Employment, 2034",
               "change_thousands": "Employment change, numeric, 2024–34",
               "change_percent": "Employment change, percent, 2024–34",
               "openings_thousands": "Occupational openings, 2024–34 annual average"}
    for profile in _committed_sample():
        expected = _expected_soc_row(table, profile)
        if expected is None:
            assert "outlook" not in profile, profile["id"]
            continue
        (outlook,) = profile["outlook"]
        row = table[expected[0]]
        assert outlook["row"]["code"] == expected[0], profile["id"]
        for field, column in numbers.items():
            assert outlook[field] == float(row[column]), (profile["id"], column)
        wage = row["Median annual wage, dollars, 2024[1]"]
        if wage == "—":
            assert "median_wage" in outlook["suppressed"]
        else:
            assert outlook["median_wage"] == float(wage.lstrip(">=$").replace(",", ""))
            assert outlook.get("median_wage_top_coded", False) == wage.startswith(">=")
        assert outlook.get("education", {}).get("en") == (row["Typical education needed for entry"] or None)


@pytest.mark.skipif(not (SHARED_DATA / "bls").is_dir(), reason="needs ../shared/data beside the clone (CI has it)")
def test_the_catalog_index_figures_trace_to_their_bls_rows(shared_cache: Path) -> None:
    """What lists, sorting and --min-salary use (the index's pay table, not the profiles) against the
    CSV rows: each period's median (top-coded `#` as "at least" the top code, `*` absent) and the
    projection's change, openings and employment."""
    from careercli.catalog.cache import CacheStore
    from careercli.catalog.merged import open_catalog

    priced = open_catalog([], cache=CacheStore(shared_cache)).priced_entries()
    detailed = _csv_rows(OEWS_FILE, "OCC_CODE", lambda r: r["O_GROUP"] == "detailed")
    wages = {**_csv_rows(OEWS_FILE, "OCC_CODE", lambda r: r["O_GROUP"] == "broad"), **detailed}
    projections = _csv_rows(EP_FILE, "2024 National Employment Matrix code", lambda r: bool(r["Occupation type"]))
    medians = {"year": "A_MEDIAN", "hour": "H_MEDIAN"}
    numbers = {"change_percent": "Employment change, percent, 2024–34",
               "change_thousands": "Employment change, numeric, 2024–34",
               "openings_thousands": "Occupational openings, 2024–34 annual average",
               "employment_thousands": "Employment, 2024"}
    sample = _committed_sample()
    checked = {"pay": 0, "top": 0, "suppressed": 0, "outlook": 0}
    for profile in sample:
        entry = priced[profile["id"]]
        expected = _expected_soc_row(wages, profile)
        points = {p.period: p for p in entry.pay}
        if expected is None:
            assert not entry.pay, profile["id"]
        else:
            row = wages[expected[0]]
            for period, column in medians.items():
                raw = row[column]
                if raw == "*":
                    assert period not in points, (profile["id"], column)
                    checked["suppressed"] += 1
                    continue
                point = points[period]
                assert (point.currency, point.basis, point.geography, point.year) == ("USD", "gross", "United States",
                                                                                      2024)
                assert point.amount == (TOP[period] if raw == "#" else float(raw)), (profile["id"], column)
                assert point.at_least == (raw == "#"), (profile["id"], column)
                checked["top" if raw == "#" else "pay"] += 1
        expected = _expected_soc_row(projections, profile)
        if expected is None:
            assert not entry.outlook, profile["id"]
            continue
        (outlook,) = entry.outlook
        row = projections[expected[0]]
        assert (outlook.base_year, outlook.target_year, outlook.geography) == (2024, 2034, "United States")
        for field, column in numbers.items():
            assert getattr(outlook, field) == float(row[column]), (profile["id"], column)
        checked["outlook"] += 1
    assert checked["pay"] >= 60 and checked["top"] >= 1 and checked["outlook"] >= 35, checked


@pytest.mark.skipif(not (SHARED_DATA / "bls").is_dir(), reason="needs ../shared/data beside the clone (CI has it)")
def test_every_shared_row_names_all_the_occupations_sharing_it() -> None:
    """Counted on the whole committed catalog: a row used by several profiles lists them all in each."""
    profiles = committed_profiles("onet")
    for field in ("wages", "outlook"):
        users: dict[str, list[str]] = {}
        for profile in profiles:
            for block in profile.get(field, []):
                users.setdefault(block["row"]["code"], []).append(profile["codes"]["onet_soc"][0])
        for profile in profiles:
            for block in profile.get(field, []):
                sharing = sorted(users[block["row"]["code"]])
                assert block["row"].get("shared_by", sharing if len(sharing) > 1 else []) == (
                    sharing if len(sharing) > 1 else []), (profile["id"], field)
    nurses = next(p for p in profiles if p["id"] == "acute-care-nurses")
    assert nurses["wages"][0]["row"]["code"] == "29-1141" and len(nurses["wages"][0]["row"]["shared_by"]) > 1
    counselors = next(p for p in profiles if p["id"] == "mental-health-counselors")
    assert (counselors["wages"][0]["row"]["code"], counselors["wages"][0]["row"]["level"]) == ("21-1018", "combined")
    assert (counselors["wages"][0]["employment"], counselors["wages"][0]["pay"][0]["median"]) == (440380, 59190.0)
