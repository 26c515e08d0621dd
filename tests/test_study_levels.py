"""Study levels read from a ROME fiche's own access text, on the EQF (issue 18, point 3)."""

from __future__ import annotations

import json

import pytest

from careercli.facts.studylevels import eqf_label, read_levels


@pytest.mark.parametrize(("text", "levels"), [
    ("Cet emploi est accessible avec un Bac + 3 Diplôme d'État d'assistant de service social (DEASS).", (6,)),
    ("Cet emploi est accessible avec un niveau Bac+2 à Bac+5 dans le domaine de l'informatique.", (5, 7)),
    ("Ce métier est accessible avec un CAP/BEP en maçonnerie. Il est également accessible sans diplôme particulier "
     "avec une expérience. Un diplôme de niveau Bac (Bac professionnel, ...) peut être demandé.", (1, 3, 4)),
    ("Cet emploi est accessible avec un BTS ou un DUT en électrotechnique.", (5,)),
    ("Cet emploi est accessible avec un Master (Bac+5) ou un diplôme d'ingénieur.", (7,)),
    ("Cet emploi est accessible avec un Diplôme d'État de docteur en médecine ou un Doctorat en médecine.", (8,)),
    ("Cet emploi est accessible avec une Licence professionnelle.", (6,)),
    ("Cet emploi est accessible avec un Diplôme d'Etat d'Infirmier, obligatoire pour exercer.", ()),  # no level named
    ("Cet emploi est accessible avec le CAPES.", ()),  # a teachers' competition, not a CAP
    ("", ()),
])
def test_levels_are_read_from_what_the_text_names(text: str, levels: tuple) -> None:
    assert read_levels(text).levels == levels


def test_the_sentences_read_are_kept_as_provenance() -> None:
    text = ("Cet emploi est accessible avec un CAP de cuisine. Une expérience est demandée. "
            "Un Bac professionnel peut être demandé pour encadrer.")
    found = read_levels(text)
    assert found.levels == (3, 4) and found.entry == 3
    assert found.sentences == ("Cet emploi est accessible avec un CAP de cuisine.",
                               "Un Bac professionnel peut être demandé pour encadrer.")


def test_labels_give_the_belgian_names() -> None:
    assert eqf_label(4) == "EQF 4 (CESS, bac)"
    assert eqf_label(6) == "EQF 6 (bachelier, licence, bac+3)"
    assert eqf_label(7) == "EQF 7 (master, bac+5)"


def test_assistant_social_is_kept_under_bachelier_in_the_quiz_and_the_list(cli) -> None:  # noqa: ANN001
    """Done when (issue 18): the study filter keeps Assistant social under "bachelier" (its job zone,
    derived from U.S. occupations, is 5)."""
    listed = cli("--lang", "fr", "list", "--study-level", "bachelier", "--format", "json")
    ids = [row["id"] for row in json.loads(listed.stdout)["data"]]
    assert "assistant-social" in ids and "medecin-generaliste" not in ids
    assert "Careers of unknown study level left out" in listed.stderr or "niveau d'études inconnu" in listed.stderr
    master = json.loads(cli("--lang", "fr", "list", "--study-level", "master", "--format", "json").stdout)["data"]
    assert "assistant-social" not in [row["id"] for row in master]
    quiz = cli("quiz", "--scores", "R=2,I=4,A=3,S=7,E=2,C=3", "--max-zone", "4", "--lang", "fr", "--top", "40",
               "--format", "json")
    data = json.loads(quiz.stdout)["data"]
    ranked = {m["id"]: m for m in data["results"]}
    assert "assistant-social" in ranked
    unknown = ranked.get("ergotherapeute")  # its text names a Diplôme d'État, no level: kept, marked
    assert unknown is not None and "Niveau d'études inconnu" in unknown["reasons"]
    assert data["counts"]["unknown_zone"] > 0 and data["counts"]["excluded_by_zone"] > 0


def test_about_counts_the_fiches_of_unknown_study_level(cli) -> None:  # noqa: ANN001
    about = json.loads(cli("about", "--format", "json").stdout)["data"]
    levels = about["study_levels"]
    assert levels["rome_fiches"] >= 1500 and 100 < levels["unknown"] < 300
    assert sum(levels["by_entry_level"].values()) + levels["unknown"] == levels["rome_fiches"]


def test_similar_compares_rome_fiches_on_their_eqf_levels(cli) -> None:  # noqa: ANN001
    data = json.loads(cli("similar", "assistant-social", "--lang", "fr", "--limit", "40", "--format", "json").stdout)
    found = [r for r in data["data"]["results"] if r["source"] == "interests"]
    assert found
    fr = [r["reason"] for r in found]
    assert any("même niveau d'études (CEC 6)" in reason for reason in fr)
    assert all("CEC 8" not in reason for reason in fr)  # two levels away: left out
