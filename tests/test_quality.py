"""The quality of a profile before its ranking (issue 18, point 5): flags, and Cronbach's alpha in class."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from careercli.quiz.bank import load_bank
from careercli.quiz.quality import (
    ScaleConsistency, answer_flags, cronbach_alpha, flag_notes, longest_run, score_flags,
)

BANK = load_bank("riasec-short")


def answers_in_order(values: list[int]) -> dict[str, int]:
    return {item.id: value for item, value in zip(BANK.presented(), values)}


def test_score_flags() -> None:
    assert score_flags([20, 18, 10, 8, 6, 4], 4, 20) == []
    assert score_flags([12, 12, 11, 12, 11, 11], 4, 20) == ["undifferentiated", "ties"]  # 1/16 of the range
    assert score_flags([7, 7, 7, 2, 2, 1]) == ["ties"]  # three values; no known range: no spread flag
    assert score_flags([7, 6, 5, 4, 3, 2]) == []


def test_answer_flags_long_runs_and_contradictions() -> None:
    varied = [5, 1, 4, 2, 3, 5, 2, 4, 1, 3, 4, 2, 5, 3, 1, 4, 2, 3, 5, 1, 3, 4, 2, 5]
    assert longest_run(varied) == 1 and "long_run" not in answer_flags(BANK, answers_in_order(varied))
    assert "long_run" in answer_flags(BANK, answers_in_order([3] * 13 + varied[13:]))  # over half the items
    assert "long_run" not in answer_flags(BANK, answers_in_order([3] * 7 + varied[7:]))
    by_scale = {s: [] for s in "RIASEC"}
    for item in BANK.presented():
        by_scale[item.scale].append(item.id)
    coherent = {i: (5 if s in "RI" else 2) for s, ids in by_scale.items() for i in ids}
    assert answer_flags(BANK, coherent) == ["long_run"] or "contradictory" not in answer_flags(BANK, coherent)
    torn = dict(coherent)
    for scale in "RIA":  # three scales with both 1 and 5 among their items
        torn[by_scale[scale][0]], torn[by_scale[scale][1]] = 1, 5
    assert "contradictory" in answer_flags(BANK, torn)
    torn[by_scale["A"][0]] = 3  # two scales only: not flagged
    assert "contradictory" not in answer_flags(BANK, torn)
    assert flag_notes(["undifferentiated"]) == []  # said by the differentiation note already


def test_alpha_by_hand_and_streamed() -> None:
    rows = [[1, 2, 2], [3, 3, 4], [5, 4, 5], [2, 2, 1]]
    # item variances 35/12, 11/12, 10/3; totals 5, 10, 14, 5: variance 19
    assert cronbach_alpha(rows) == pytest.approx(1.5 * (1 - (35 / 12 + 11 / 12 + 10 / 3) / 19))
    streamed = ScaleConsistency(3)
    for row in rows:
        streamed.add(row)
    assert streamed.alpha() == pytest.approx(cronbach_alpha(rows))
    rnd = random.Random(5)
    noise = [[rnd.randint(1, 5) for _ in range(4)] for _ in range(300)]
    assert abs(cronbach_alpha(noise)) < 0.25  # unrelated items: no consistency


def test_quiz_says_so_in_json_and_words_the_ranking_with_care(cli) -> None:  # noqa: ANN001
    run = "3" * 23 + "4"
    data = json.loads(cli("quiz", "--answers-string", run, "--format", "json").stdout)["data"]
    assert "long_run" in data["quality"] and any("Many answers in a row" in n for n in data["notes"])
    assert data["results"]  # never hidden
    shown = cli("quiz", "--answers-string", run).stdout
    assert "Careers that may fit your interests (read with care: see the notes)" in shown
    clear = json.loads(cli("quiz", "--scores", "R=7,I=5,A=2,S=3,E=1,C=4", "--format", "json").stdout)["data"]
    assert clear["quality"] == []
    assert "Careers that fit your interests" in cli("quiz", "--scores", "R=7,I=5,A=2,S=3,E=1,C=4").stdout


def test_class_counts_flagged_rows_and_gives_each_scales_alpha(cli, tmp_path: Path) -> None:  # noqa: ANN001
    ids = [item.id for item in BANK.items]
    rnd = random.Random(3)
    rows = []
    for n in range(40):
        base = {s: rnd.randint(1, 5) for s in "RIASEC"}
        rows.append([f"P{n}", *(str(min(5, max(1, base[BANK.item(i).scale] + rnd.choice([-1, 0, 1])))) for i in ids)])
    rows.append(["Same", *(["3"] * (len(ids) - 1)), "4"])
    table = tmp_path / "class.csv"
    table.write_text("\n".join(",".join(r) for r in [["name", *ids], *rows]) + "\n", encoding="utf-8")
    data = json.loads(cli("class", str(table), "--format", "json").stdout)["data"]
    assert data["quality"]["flagged"] >= 1
    assert set(data["quality"]["alpha"]) == set("RIASEC") and all(a > 0.7 for a in data["quality"]["alpha"].values())
    assert any("Cronbach's alpha" in note for note in data["notes"])
    scores = tmp_path / "scores.csv"
    scores.write_text("name,R,I,A,S,E,C\nAnn,7,5,2,3,1,4\nBob,4,4,4,1,1,2\n", encoding="utf-8")
    plain = json.loads(cli("class", str(scores), "--format", "json").stdout)["data"]
    assert plain["quality"] == {"flagged": 1, "alpha": {}}  # Bob's scores take three values; no items, no alpha
