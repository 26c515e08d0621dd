"""Item banks and scoring, checked against hand-computed examples."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from careercli.quiz.bank import SCALES, available_banks, load_bank
from careercli.quiz.scoring import (FlatProfileError, IncompleteAnswersError, check_differentiated, holland_code,
                                    profile_from_scores, score_answers)

RIASEC_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "riasec"


def _tsv(name: str) -> list[dict[str, str]]:
    path = RIASEC_DIR / name
    if not path.exists():
        pytest.skip(f"{path} not available")
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file, delimiter="\t"))


# ---------------------------------------------------------------- banks

@pytest.mark.parametrize("bank_id, per_scale, languages", [
    ("riasec-48", 8, ["en", "fr"]), ("riasec-short", 4, ["en", "fr"]), ("onet-ip-60", 10, ["en"])])
def test_banks_load_with_items_per_scale_and_languages(bank_id: str, per_scale: int, languages: list[str]) -> None:
    bank = load_bank(bank_id)
    assert bank.id == bank_id
    assert bank.languages == languages
    assert [len(bank.items_of(s)) for s in SCALES] == [per_scale] * 6
    assert bank.source and bank.licence and bank.scoring
    assert all(len(bank.response.labels[lang]) == 5 for lang in languages)


def test_available_banks() -> None:
    assert {"riasec-48", "riasec-short", "onet-ip-60"} <= set(available_banks())


def test_riasec_48_is_verbatim_with_its_ids_and_a_french_translation_marked_as_ours() -> None:
    bank = load_bank("riasec-48")
    rows = _tsv("riasec_markers_48.tsv")
    assert [(i.id, i.scale, i.text["en"]) for i in bank.items] == [(r["item_id"], r["scale"], r["text"]) for r in rows]
    assert [i.id for i in bank.items[:9]] == ["R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "I1"]
    assert all(i.text["fr"] for i in bank.items)
    assert "careers project" in bank.translation["fr"]


def test_riasec_short_is_a_subset_of_riasec_48_with_identical_texts() -> None:
    full, short = load_bank("riasec-48"), load_bank("riasec-short")
    for item in short.items:
        assert full.item(item.id) == item
    assert short.selection and short.minutes == 2


def test_onet_ip_60_is_verbatim_in_official_order_scored_0_to_4() -> None:
    bank = load_bank("onet-ip-60")
    rows = _tsv("onet_interest_profiler_short_form_60.tsv")
    assert [(i.id, i.scale, i.text["en"]) for i in bank.items] == [(r["item_id"], r["scale"], r["text"]) for r in rows]
    assert bank.response.points == [0, 1, 2, 3, 4]
    assert "USDOL/ETA" in bank.source and "CC BY-ND" in bank.licence and bank.attribution


def test_round_robin_presentation_of_riasec_48() -> None:
    presented = [i.id for i in load_bank("riasec-48").presented()]
    assert presented[:7] == ["R1", "I1", "A1", "S1", "E1", "C1", "R2"]
    assert sorted(presented) == sorted(i.id for i in load_bank("riasec-48").items)


def test_language_falls_back_to_english_for_onet() -> None:
    assert load_bank("onet-ip-60").language("fr") == "en"
    assert load_bank("riasec-short").language("fr") == "fr"


# ---------------------------------------------------------------- scoring

def _short_answers(per_scale: dict[str, list]) -> dict:
    bank = load_bank("riasec-short")
    answers = {}
    for scale, values in per_scale.items():
        for item, value in zip(bank.items_of(scale), values):
            answers[item.id] = value
    return answers


def test_scale_sums_by_hand() -> None:
    answers = _short_answers({"R": [1, 1, 2, 1], "I": [2, 2, 2, 2], "A": [3, 4, 3, 4],
                              "S": [5, 5, 4, 5], "E": [4, 5, 4, 4], "C": [3, 3, 3, 2]})
    profile = score_answers(load_bank("riasec-short"), answers)
    assert profile.scores == {"R": 5, "I": 8, "A": 14, "S": 19, "E": 17, "C": 11}
    assert profile.answered == dict.fromkeys(SCALES, 4)
    assert (profile.low, profile.high) == (4, 20)
    assert holland_code(profile.scores).letters == "SEA"


def test_skipped_items_are_prorated_from_the_answered_ones() -> None:
    # R: 5 and 4 answered, 2 skipped -> mean 4.5 x 4 items = 18
    answers = _short_answers({"R": [5, None, 4], "I": [1, 1, 1, 1], "A": [2, 2, 2, 2],
                              "S": [3, 3, 3, 3], "E": [1], "C": [2, 3]})
    profile = score_answers(load_bank("riasec-short"), answers)
    assert profile.scores == {"R": 18, "I": 4, "A": 8, "S": 12, "E": 4, "C": 10}
    assert profile.answered == {"R": 2, "I": 4, "A": 4, "S": 4, "E": 1, "C": 2}


def test_a_scale_without_any_answer_is_refused() -> None:
    answers = _short_answers({"R": [None] * 4, "I": [1] * 4, "A": [2] * 4, "S": [3] * 4, "E": [4] * 4, "C": [5] * 4})
    with pytest.raises(IncompleteAnswersError, match="Realistic"):
        score_answers(load_bank("riasec-short"), answers)


def test_onet_points_are_answers_minus_one() -> None:
    bank = load_bank("onet-ip-60")
    answers = {item.id: {"R": 5, "I": 1, "A": 2, "S": 3, "E": 4, "C": 3}[item.scale] for item in bank.items}
    profile = score_answers(bank, answers)
    assert profile.scores == {"R": 40, "I": 0, "A": 10, "S": 20, "E": 30, "C": 20}
    assert (profile.low, profile.high) == (0, 40)


# ---------------------------------------------------------------- Holland code and ties

def _scores(R: float, I: float, A: float, S: float, E: float, C: float) -> dict[str, float]:
    return {"R": R, "I": I, "A": A, "S": S, "E": E, "C": C}


def test_code_without_ties() -> None:
    code = holland_code(_scores(1, 2, 3, 9, 8, 7))
    assert (code.letters, code.display, code.equivalents, code.ties) == ("SEC", "SEC", ["SEC"], [])


def test_tie_at_the_end_of_the_code() -> None:
    code = holland_code(_scores(3, 1, 3, 9, 8, 3))
    assert code.letters == "SER"  # ties broken in R-I-A-S-E-C order
    assert code.display == "SE(R/A/C)"
    assert code.equivalents == ["SER", "SEA", "SEC"]
    assert code.ties == ["R = A = C"]


def test_tie_inside_the_code() -> None:
    code = holland_code(_scores(1, 1, 8, 9, 8, 2))
    assert (code.letters, code.display, code.equivalents) == ("SAE", "S(A/E)", ["SAE", "SEA"])


def test_tie_at_the_top() -> None:
    code = holland_code(_scores(5, 5, 1, 1, 0, 2))
    assert (code.letters, code.display, code.equivalents) == ("RIC", "(R/I)C", ["RIC", "IRC"])


def test_flat_profile_is_refused_with_a_helpful_message() -> None:
    with pytest.raises(FlatProfileError, match="all the same"):
        check_differentiated(_scores(12, 12, 12, 12, 12, 12))
    check_differentiated(_scores(12, 12, 12, 12, 12, 12.5))


def test_profile_from_scores_keeps_any_scale() -> None:
    profile = profile_from_scores(_scores(-1.5, 0, 2, 3, 40, 7))
    assert profile.vector() == (-1.5, 0, 2, 3, 40, 7)
    assert profile.bank is None and profile.low is None
