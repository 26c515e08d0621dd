"""Issue 19: everyday words open the career people mean, and every result says why and carries its codes."""

from __future__ import annotations

import csv
import io
import json

import pytest
from careercli.i18n import language

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


def test_because_quotes_the_general_titles_qualifiers_as_written(cli):
    because = first_result(cli, "infirmier", "fr")["because"]
    assert "intitulé général (soins généraux)" in because and "generaux" not in because


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


def test_the_vocabulary_file_is_checked_line_by_line():
    from careercli.catalog.vocabulary import parse_vocabulary, unfound_meanings

    text = ("# a comment\n"
            "kiné\tfr\t\tshort\tkinésithérapeute\tWiktionnaire\n"
            "kiné\tfr\t\tshort\tkinésithérapeute\tagain\n"  # the same term twice
            "régent\tfr\tXX\tregional\tprofesseur de collège\tBDLP\n"  # an unknown region
            "prof\tfr\t\tslang\tprofesseur\tWiktionnaire\n"  # an unknown kind
            "vet\ten\t\tshort\tveterinarian\t\n"  # no source
            "too\tfew\tfields\n"
            "zzz\ten\t\tshort\tnowhere to be found\tsomewhere\n")
    terms, problems = parse_vocabulary(text)
    assert [t.term for t in terms] == ["kiné", "zzz"]
    assert [(p.line, p.field) for p in problems] == [(3, "term"), (4, "region"), (5, "kind"), (6, "source"), (7, "")]
    unfound = unfound_meanings(terms, lambda phrase: phrase != "nowhere to be found")
    assert [(p.line, p.field, p.message) for p in unfound] == [(8, "means", "'nowhere to be found' finds no career")]


def test_the_shipped_vocabulary_is_valid_and_counted_in_about(cli):
    from careercli.catalog.vocabulary import default_vocabulary, parse_vocabulary, vocabulary_path

    _terms, problems = parse_vocabulary(vocabulary_path().read_text(encoding="utf-8"))
    assert problems == [] and len(default_vocabulary()) >= 50
    assert all(term.source for term in default_vocabulary())
    about = json.loads(cli("about", "--format", "json").stdout)["data"]
    vocabulary = [s for s in about["sources"] if "Everyday, Belgian and short job words" in s["name"]]
    assert vocabulary and vocabulary[0]["version"] == f"{len(default_vocabulary())} terms"


def test_a_term_is_used_in_its_own_language_only():
    from careercli.catalog.vocabulary import default_vocabulary, query_variants

    with language("fr"):
        assert [v for v, _t, _p in query_variants("prof de math", default_vocabulary())] == ["professeur math"]
        assert [v for v, _t, _p in query_variants("chauffeur de camion", default_vocabulary())] == [
            "chauffeur poids lourd"]
    assert query_variants("prof", default_vocabulary()) == []  # English "prof" is a university professor


def test_similar_results_carry_their_codes_too(cli):
    document = json.loads(cli("similar", "registered-nurses", "--limit", "2", "--format", "json").stdout)
    first = document["data"]["results"][0]
    assert first["onet_soc"] and first["isco08"] and first["rome"] == []
    rows = list(csv.DictReader(io.StringIO(cli("similar", "registered-nurses", "--limit", "2", "--format", "csv").stdout)))
    assert rows[0]["onet_soc"] == first["onet_soc"][0] and rows[0]["isco08"] == " ".join(first["isco08"])
    assert "ISCO-08" in cli("similar", "registered-nurses", "--limit", "2", "--format", "markdown").stdout


def test_compare_and_similar_open_what_search_lists_first(cli):
    words = ["kiné", "chauffeur de camion", "puéricultrice"]
    firsts = [first_result(cli, word, "fr")["id"] for word in words]
    compared = json.loads(cli("compare", *words, "--lang", "fr", "--format", "json").stdout)["data"]["careers"]
    assert [c["id"] for c in compared] == firsts
    similar = json.loads(cli("similar", "régent", "--lang", "fr", "--format", "json").stdout)["data"]["career"]
    assert similar["id"] == first_result(cli, "régent", "fr")["id"] == "professeur-de-college-et-de-lycee"
