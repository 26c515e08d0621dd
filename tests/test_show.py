"""`careers show`: lookup, the JSON contract, errors, and the data folders."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .conftest import SEED_ID

ANSI = re.compile(r"\x1b\[")


def show_json(cli, *args: str) -> dict:
    result = cli("show", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_json_is_a_versioned_envelope_with_the_whole_profile(cli):
    document = show_json(cli, SEED_ID)
    assert set(document) == {"version", "command", "status", "exit_code", "data", "errors"}
    assert (document["version"], document["command"], document["status"]) == (1, "show", "ok")
    data = document["data"]
    assert data["id"] == SEED_ID and data["schema_version"] == 1
    profile = data["profile"]
    assert profile["title"]["fr"] == "Administrateur de production"
    assert profile["salary"]["junior"] == {"min": 2500.0, "max": 3200.0}
    assert len(profile["faq"]) == 8


@pytest.mark.parametrize("query", [
    "Administrateur de production", "ADMINISTRATRICE DE PRODUCTION", "administrateur  de   production",
    "Production administrator", "Administratrice de production",
])
def test_exact_title_in_any_language_gender_and_case(cli, query):
    assert show_json(cli, query)["data"]["id"] == SEED_ID


def test_accents_do_not_matter(cli, tmp_path: Path):
    (tmp_path / "ebeniste.yaml").write_text("title: {fr: Ébéniste, en: Cabinetmaker}\n", encoding="utf-8")
    assert show_json(cli, "--data-dir", str(tmp_path), "ebeniste")["data"]["id"] == "ebeniste"
    assert show_json(cli, "--data-dir", str(tmp_path), "EBENISTE")["data"]["id"] == "ebeniste"


def test_unknown_job_is_one_line_and_exit_4(cli):
    result = cli("show", "qqqzzzxxx")
    assert result.exit_code == 4
    assert result.stderr.strip().splitlines() == ["Error: no career matches 'qqqzzzxxx' (try `careers search WORDS`)"]


def test_unknown_section_and_language_are_usage_errors(cli):
    result = cli("show", SEED_ID, "--section", "salaire")
    assert result.exit_code == 2 and "unknown section 'salaire'" in result.stderr
    result = cli("show", SEED_ID, "--lang", "de")
    assert result.exit_code == 2 and "unknown language 'de'" in result.stderr


def test_later_data_dir_overrides_by_id(cli, tmp_path: Path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir(), second.mkdir()
    (first / "baker.yaml").write_text("title: Baker A\n", encoding="utf-8")
    (second / "baker.yaml").write_text("title: Baker B\n", encoding="utf-8")
    result = show_json(cli, "--data-dir", str(first), "--data-dir", str(second), "baker")
    assert result["data"]["profile"]["title"] == "Baker B"


def test_careers_path_environment_variable(cli, tmp_path: Path, monkeypatch):
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "potter.yaml").write_text("title: Potter\n", encoding="utf-8")
    monkeypatch.setenv("CAREERS_PATH", str(tmp_path))
    assert show_json(cli, "potter")["data"]["profile"]["title"] == "Potter"


def test_missing_data_dir_is_an_error(cli, tmp_path: Path):
    result = cli("--data-dir", str(tmp_path / "nope"), "show", SEED_ID)
    assert result.exit_code == 2 and "no such data folder" in result.stderr


def test_piped_output_has_no_colour_codes(cli, monkeypatch):
    monkeypatch.delenv("NO_COLOR")
    result = cli("show", SEED_ID, "--lang", "en")
    assert result.exit_code == 0
    assert not ANSI.search(result.stdout)
    assert "Production administrator" in result.stdout


def test_colour_can_be_forced(cli):
    result = cli("--color", "show", SEED_ID, "--section", "salary", "--no-pager")
    assert ANSI.search(result.stdout)


def test_markdown_format(cli):
    result = cli("show", SEED_ID, "--format", "markdown", "--lang", "fr")
    assert result.exit_code == 0
    assert result.stdout.startswith("# Administrateur de production")


def test_french_shows_every_fact_of_the_page(cli):
    out = " ".join(cli("show", SEED_ID, "--lang", "fr").stdout.split())
    for fact in ["Tax Shelter", "Chloé", "Movie Magic Budgeting", "INSAS", "Région de Mons", "85", "38",
                 "2500", "5500", "3300", "09h00", "16h30", "Wallimage", "VAF", "EPHEC"]:
        assert fact in out, fact


def test_english_shows_the_translation(cli):
    out = " ".join(cli("show", SEED_ID, "--lang", "en").stdout.split())
    assert "Production administrator" in out
    assert "Forget the glitter" in out and "Oubliez les paillettes" not in out
    assert "The Tax Shelter, a national sport" in out and "Le Tax Shelter, un sport national" not in out


def test_similar_careers_are_shown_with_their_titles(cli):
    rich = " ".join(cli("show", SEED_ID, "--section", "similar", "--lang", "en").stdout.split())
    assert "Producers and Directors producers-and-directors" in rich
    markdown = cli("show", SEED_ID, "--section", "similar", "--format", "markdown").stdout
    assert "- Budget Analysts (`budget-analysts`)" in markdown


def test_similar_id_unknown_to_the_catalog_is_shown_as_is(cli, tmp_path: Path):
    (tmp_path / "baker.yaml").write_text("title: Baker\nsimilar: [pastry-chef-of-nowhere]\n", encoding="utf-8")
    result = cli("--data-dir", str(tmp_path), "show", "baker", "--section", "similar")
    assert "pastry-chef-of-nowhere" in result.stdout
