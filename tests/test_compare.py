"""`careers compare`: careers side by side, for people and for scripts."""

import csv
import io
import json

from careercli import Careers
from careercli.render.comparison import comparison_rows

from .conftest import SEED_ID


def test_rows_hold_one_formatted_value_per_career(shared_cache):
    careers = Careers(cache_dir=shared_cache)
    rows = {row.key: row for row in comparison_rows(careers.compare([SEED_ID, "13-2011.00"]))}
    assert rows["id"].values == [SEED_ID, "accountants-and-auditors"]
    assert rows["code"].values == ["ECA", "CEI"]
    assert rows["salary"].values[0] == "€2,500 – €5,500 gross/month" and rows["salary"].values[1] == ""
    assert rows["insertion_rate"].values == ["85%", ""]
    assert rows["interest_match"].values[0] == "" and rows["interest_match"].values[1].endswith("%")
    assert all(len(row.values) == 2 for row in rows.values())


def test_a_fact_unknown_for_every_career_is_left_out(shared_cache):
    comparison = Careers(cache_dir=shared_cache).compare(["13-2011.00", "13-2031.00"])
    keys = {row.key for row in comparison_rows(comparison)}
    assert "salary" not in keys and "insertion_rate" not in keys and "job_zone" in keys


def test_rich_table_fits_the_terminal(cli, monkeypatch):
    for columns in ("80", "40"):
        monkeypatch.setenv("COLUMNS", columns)
        result = cli("compare", SEED_ID, "producers-and-directors", "13-2011.00", "--lang", "en")
        assert result.exit_code == 0
        assert all(len(line) <= int(columns) for line in result.stdout.splitlines())
    monkeypatch.setenv("COLUMNS", "150")
    lines = cli("compare", SEED_ID, "producers-and-directors", "--lang", "en").stdout.splitlines()
    assert any("Production administrator" in line and "Producers and Directors" in line for line in lines)
    assert any("E Enterprising" in line and "6.39" in line and "5.78" in line for line in lines)
    assert not any("Productrice" in line for line in lines)  # no French feminine form on an English title


def test_json_and_csv_contracts(cli):
    data = json.loads(cli("compare", SEED_ID, "13-2011.00", "--format", "json").stdout)
    assert data["command"] == "compare" and data["version"] == 1
    first, second = data["data"]["careers"]
    assert set(first) == {"id", "title", "code", "riasec", "work_values", "job_zone", "education", "studies", "salary",
                          "wages", "outlook", "pay", "outlook_change_percent", "origin", "onet_soc", "rome", "isco08",
                          "title_language", "eqf_levels", "interest_centres", "sectors"}
    assert set(data["data"]) == {"careers", "competences", "mobility", "notes"}
    assert first["salary"]["overall"] == [2500.0, 5500.0] and second["salary"] is None
    assert (first["wages"], first["pay"], second["pay"]["currency"], second["pay"]["period"]) == ([], None, "USD", "year")
    assert second["wages"][0]["row"]["code"] == "13-2011" and second["outlook"][0]["base_year"] == 2024
    assert second["riasec"]["C"] == 7.0
    rows = list(csv.DictReader(io.StringIO(cli("compare", SEED_ID, "13-2011.00", "--format", "csv").stdout)))
    assert [r["id"] for r in rows] == [SEED_ID, "accountants-and-auditors"]
    assert rows[0]["salary_min"] == "2500.0" and rows[1]["C"] == "7.0"
    assert (rows[0]["pay"], rows[1]["pay"], rows[1]["pay_currency"]) == ("", "81680.0", "USD")
    assert rows[1]["outlook_change_percent"] == str(second["outlook"][0]["change_percent"])
    # O*NET's extents for 13-2011.00 (Work Values.txt), rated, not derived; the seed profile has none
    assert second["work_values"] == {"achievement": 5.0, "conditions": 4.5, "recognition": 4.67, "relationships": 4.67,
                                     "support": 4.67, "independence": 5.0, "derived": False}
    assert first["work_values"] is None and (rows[0]["value_support"], rows[1]["value_support"]) == ("", "4.67")


def test_work_values_rows_side_by_side_mark_derived_ones(cli):
    out = cli("compare", "comptable", "13-2011.00", "--catalog", "all", "--lang", "fr", "--format", "markdown").stdout
    row = next(line for line in out.splitlines() if line.startswith("| Soutien"))
    assert "(dérivée)" in row.split("|")[2] and "4,67" in row.split("|")[3]


def test_markdown_table(cli):
    lines = cli("compare", SEED_ID, "13-2011.00", "--format", "markdown").stdout.splitlines()
    assert lines[0] == "| | Production administrator | Accountants and Auditors |"
    assert lines[1] == "|---|---|---|"


def test_needs_two_to_six_careers_and_known_ones(cli):
    result = cli("compare", SEED_ID)
    assert result.exit_code == 2 and "2 to 6 careers" in result.stderr
    result = cli("compare", SEED_ID, "no-such-career")
    assert result.exit_code == 4 and "no career matches 'no-such-career'" in result.stderr


def test_the_origin_row_names_rome_fiches(cli):
    lines = cli("compare", "plombier-sanitaire", SEED_ID, "--lang", "fr", "--format", "markdown").stdout.splitlines()
    assert "| Fiche | ROME | détaillée |" in lines


def test_two_french_fiches_compare_as_fully_as_two_occupations(cli):
    """Studies, EQF levels, interest centres, sectors, competences in common and apart, and ROME's own
    mobility between them: in JSON (nothing null that `show` prints) and on the screen."""
    data = json.loads(cli("compare", "acheteur", "responsable-des-achats", "--lang", "fr", "--format", "json").stdout)
    first, second = data["data"]["careers"]
    shown = json.loads(cli("show", "acheteur", "--lang", "fr", "--format", "json").stdout)["data"]["profile"]
    assert first["studies"] == shown["studies"]["summary"]["fr"] and second["studies"]
    assert first["eqf_levels"] == [6, 7] and second["eqf_levels"] == [7]  # Bac+3 à Bac+5; Bac+5
    assert {"text": "J'aime manier les chiffres", "kind": "interest", "main": True} in first["interest_centres"]
    assert first["sectors"][0] == {"text": "Commerce et distribution", "kind": "sector", "main": True}
    competences = data["data"]["competences"]
    assert competences["reference"] == "rome"
    common = {c["name"]: c for c in competences["in_common"]}
    assert common["Négocier des conditions commerciales"]["core_for"] == ["acheteur", "responsable-des-achats"]
    own = {c["name"] for c in competences["apart"]["acheteur"]}
    theirs = {c["name"] for c in competences["apart"]["responsable-des-achats"]}
    assert not own & theirs and not own & set(common) and "Négocier des conditions d'achat optimales" in theirs
    assert competences["counts"]["acheteur"] == len(common) + len(own)
    assert data["data"]["mobility"] == [{"from_id": "acheteur", "to_id": "responsable-des-achats",
                                         "source": "rome_mobility", "order": 1, "to_learn": 0.693}]
    screen = cli("compare", "acheteur", "responsable-des-achats", "--lang", "fr", "--format", "markdown").stdout
    for text in ("Niveau d'études (CEC)", "CEC 6 (bachelier, licence, bac+3)", "Centres d'intérêt", "Secteurs",
                 "Compétences en commun", "Propres à Acheteur / Acheteuse", "Mobilités entre ces métiers",
                 "Acheteur / Acheteuse → Responsable des achats : mobilité ROME n° 1", "accessible avec un diplôme"):
        assert text in " ".join(screen.split()), text
    rows = list(csv.DictReader(io.StringIO(cli("compare", "acheteur", "responsable-des-achats", "--lang", "fr",
                                               "--format", "csv").stdout)))
    assert rows[0]["eqf_levels"] == "6; 7" and rows[0]["competences_in_common"] == str(len(common))


def test_careers_of_two_references_say_which_competences_are_not_compared(shared_cache):
    comparison = Careers(cache_dir=shared_cache).compare(["acheteur", "13-2011.00"], lang="fr")
    assert comparison.competences is None and comparison.mobility == []
    assert comparison.notes and "Accountants" in comparison.notes[0] or "Comptable" in comparison.notes[0]
