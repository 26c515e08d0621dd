"""Issue 19: everyday words open the career people mean, and every result says why and carries its codes."""

from __future__ import annotations

import csv
import io
import json

import pytest

EXAMPLES = [("médecin", "fr", "medecin-generaliste"), ("éducateur", "fr", "educateur-specialise"),
            ("infirmière", "fr", "infirmier-en-soins-generaux-ide"), ("teacher", "en", "elementary-school-teachers-except-special-education"),
            ("nurse", "en", "registered-nurses"), ("chef", "en", "chefs-and-head-cooks"),
            ("software engineer", "en", "software-developers"), ("chauffeur de camion", "fr", "conducteur-de-poids-lourd"),
            ("régent", "fr", "professeur-de-college-et-de-lycee"), ("institutrice", "fr", "professeur-des-ecoles"),
            ("aide familiale", "fr", "assistant-de-vie-aux-familles"), ("puéricultrice", "fr", "auxiliaire-de-puericulture"),
            ("kiné", "fr", "kinesitherapeute"), ("mécano", "fr", "mecanicien-automobile"), ("psy", "fr", "psychologue"),
            ("camion chauffeur", "fr", "conducteur-de-poids-lourd"), ("l'infirmière", "fr", "infirmier-en-soins-generaux-ide")]


def first_result(cli, query: str, lang: str) -> dict:
    document = json.loads(cli("search", query, "--lang", lang, "--format", "json").stdout)
    return document["data"]["results"][0]


@pytest.mark.parametrize("query, lang, career", EXAMPLES)
def test_the_issues_examples_come_first_and_show_opens_them(cli, query, lang, career):
    assert first_result(cli, query, lang)["id"] == career
    shown = json.loads(cli("show", query, "--lang", lang, "--format", "json").stdout)
    opened = shown["data"]["id"] if shown["exit_code"] == 0 else shown["data"]["candidates"][0]["id"]
    assert opened == career


def test_because_says_why_a_general_and_common_career_ranks_first(cli):
    because = first_result(cli, "infirmière", "en")["because"]
    assert "general title" in because and "U.S. jobs" in because and "BLS OEWS" in because


def test_because_names_the_vocabulary_term(cli):
    assert "vocabulaire\u00a0: «\u00a0kiné\u00a0» = «\u00a0kinésithérapeute\u00a0»" in first_result(cli, "kiné", "fr")["because"]


def test_every_result_carries_its_codes_in_json_csv_and_markdown(cli):
    found = first_result(cli, "nurse", "en")
    assert (found["onet_soc"], found["isco08"]) == (["29-1141.00"], ["2221"])
    assert first_result(cli, "kiné", "fr")["rome"] == ["J1404"]
    rows = list(csv.DictReader(io.StringIO(cli("search", "nurse", "--lang", "en", "--format", "csv").stdout)))
    assert rows[0]["onet_soc"] == "29-1141.00" and rows[0]["isco08"] == "2221"
    first_row = cli("search", "nurse", "--lang", "en", "--format", "markdown").stdout.splitlines()[2]
    assert "`registered-nurses`" in first_row and "29-1141.00, ISCO-08 2221" in first_row


def test_a_word_that_matches_nothing_is_left_out_when_the_others_match(cli):
    assert first_result(cli, "chauffeur TEC", "fr")["id"] == "conducteur-de-bus"  # TEC: the vocabulary
    found = first_result(cli, "boulanger zzzqx", "fr")
    assert found["id"] == "boulanger" and "une partie de la recherche seulement" in found["because"]
