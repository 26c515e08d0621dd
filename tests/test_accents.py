"""Accented capitals restored from the catalog's own lower-case spellings (importers/accents.py),
and the usual form of a title first (importers/rome_catalog.usual_forms)."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from careercli.importers.accents import (
    WORD, accent_restorer, accented_capital, french_texts, lower_case_forms, restore_accents,
)
from careercli.importers.rome_catalog import usual_forms

CATALOG = [  # profiles being built, as the ROME importer holds them
    {"title": {"fr": "Educateur spécialisé"}, "title_feminine": {"fr": "Educatrice spécialisée"},
     "other_titles": {"fr": ["Moniteur éducateur", "éducatrice de jeunes enfants"]},
     "studies": {"summary": {"fr": "Diplôme d'Etat ; l'état de santé ; Ecole ou école ; catégorie A"}}},
    {"title": {"fr": "Electricien"}, "introduction": {"fr": "Installe des réseaux électriques; un électricien"},
     "links": [{"title": {"en": "Electricians"}}]},
    {"title": {"fr": "Agent de sécurité"}, "introduction": {"fr": "Ou bien ou où, ou encore; Etre là"}},
]


def restorer():  # noqa: ANN201
    return accent_restorer(lower_case_forms(french_texts(CATALOG)))


def test_the_word_list_is_the_catalogs_lower_case_french_words() -> None:
    forms = lower_case_forms(french_texts(CATALOG))
    assert forms["éducateur"] == 1 and forms["électricien"] == 1 and forms["école"] == 1
    assert "Electricians" not in forms and "electricians" not in forms  # English text is not read
    assert "Educateur" not in forms  # capitalised words are what is corrected, not evidence


def test_capitals_get_the_accent_the_catalog_writes_in_lower_case() -> None:
    restore = restorer()
    assert restore("Educateur spécialisé") == "Éducateur spécialisé"
    assert restore("Educatrice spécialisée") == "Éducatrice spécialisée"
    assert restore("Electricien") == "Électricien"
    assert restore("Diplôme d'Etat") == "Diplôme d'État"


def test_nothing_is_guessed() -> None:
    restore = restorer()
    assert restore("Etre là") == "Etre là"  # "être" is nowhere in lower case: left as written
    assert restore("Ou bien") == "Ou bien"  # "ou" is written more often than "où"
    assert restore("catégorie A") == "catégorie A"  # one letter: "à" would be wrong here
    assert restore("EDUCATEUR, EducATEUR") == "EDUCATEUR, EducATEUR"  # only Capitalised words
    assert restore("Agent") == "Agent"


def test_every_french_text_of_a_profile_is_restored_and_nothing_else() -> None:
    restored = restore_accents(CATALOG, restorer())
    assert restored[0]["title"] == {"fr": "Éducateur spécialisé"}
    assert restored[0]["other_titles"]["fr"] == ["Moniteur éducateur", "éducatrice de jeunes enfants"]
    assert restored[0]["studies"]["summary"]["fr"].startswith("Diplôme d'État ; l'état de santé ; École ou école")
    assert restored[1]["links"] == [{"title": {"en": "Electricians"}}]


# Words and their accented or capitalised spellings, glued by spaces, apostrophes, digits, dashes.
SPELLINGS = ["educateur", "éducateur", "Educateur", "etat", "état", "État", "Etat", "ecole", "école", "Ecole", "ou",
             "où", "Ou", "a", "à", "A", "Etre", "ça", "Ca", "ca", "Ça", "île", "Ile", "oeuvre", "Œuvre", "EDUCATEUR",
             "EducATEUR", "Uber", "über", "Über", "Eé", "eé", "İle", "ile"]
texts = st.lists(st.one_of(st.sampled_from(SPELLINGS), st.sampled_from([" ", "'", "-", "2", "_", "\n", ", "])),
                 max_size=12).map("".join)


@given(st.lists(texts, max_size=8), st.lists(texts, max_size=8))
@settings(max_examples=150, deadline=None)
def test_restoring_is_deciding_word_by_word(evidence: list[str], written: list[str]) -> None:
    """The restorer looks up a table of the words that change; deciding each word of each text as
    it is met (accented_capital) gives the same text. The word counts are counted word by word."""
    forms = lower_case_forms(evidence)
    assert forms == Counter(word for text in evidence for word in WORD.findall(text) if word[0].islower())
    restore = accent_restorer(forms)
    for text in written + evidence:
        assert restore(text) == WORD.sub(lambda match: accented_capital(match.group(), forms), text)


def test_the_usual_form_of_a_title_comes_first() -> None:
    assert usual_forms(("Homme sage-femme", "Sage-femme")) == ("Sage-femme",)
    assert usual_forms(("Éducateur spécialisé", "Éducatrice spécialisée")) == ("Éducateur spécialisé",
                                                                              "Éducatrice spécialisée")
    assert usual_forms(("Comptable",)) == ("Comptable",)


def test_the_catalog_writes_accented_capitals_and_search_finds_both_spellings(cli) -> None:  # noqa: ANN001
    import json

    for query in ("educateur specialise", "Éducateur spécialisé", "Educateur spécialisé"):
        result = cli("search", query, "--lang", "fr", "--format", "json")
        results = json.loads(result.stdout)["data"]["results"]
        assert results[0]["id"] == "educateur-specialise", query
        assert results[0]["title"] == "Éducateur spécialisé / Éducatrice spécialisée", query  # both forms, as ROME
    shown = cli("show", "educateur-specialise", "--lang", "fr", "--no-pager").stdout
    assert "Éducateur spécialisé" in shown and "Educateur" not in shown
    midwife = cli("show", "homme-sage-femme", "--lang", "fr", "--no-pager").stdout
    assert midwife.splitlines()[1].strip("│ ") == "Sage-femme"  # the usual form alone in the heading
    assert "Homme sage-femme" in midwife  # and the other form among the other titles
