"""`careers fit`: the compatibility test of one career, from an answers file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import no_builtin

from careercli.quiz.bank import load_bank
from careercli.quiz.compatibility import compatibility, fit_questions, parse_self_assessment

CAREERS = {
    "stage-manager": (
        'title: {en: "Stage manager", fr: "Régisseur"}\n'
        "riasec: {R: 3, I: 2, A: 5.5, S: 3, E: 6, C: 4, code: EA}\n"
        "self_assessment:\n"
        '  - {en: "Do you like deadlines?", fr: "Aimes-tu les échéances ?"}\n'
        '  - {en: "Can you lead a team?", fr: "Sais-tu mener une équipe ?"}\n'
        '  - {en: "Do you work late happily?", fr: "Travailles-tu tard avec plaisir ?"}\n'
        '  - {en: "Do you like paperwork?", fr: "Aimes-tu la paperasse ?"}\n'
    ),
    "no-questions": 'title: "No questions"\nriasec: {R: 6, I: 3, A: 2, S: 2, E: 2, C: 4, code: RCI}\n',
    "no-interests": 'title: "No interests"\nself_assessment: ["Are you patient?", "Are you precise?"]\n',
    "nothing": 'title: "Nothing to test"\n',
}


@pytest.fixture
def fit(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    no_builtin(monkeypatch, tmp_path)
    folder = tmp_path / "catalog"
    folder.mkdir()
    for career_id, text in CAREERS.items():
        (folder / f"{career_id}.yaml").write_text(text, encoding="utf-8")

    def run(*args: str, answers: str | None = None, name: str = "answers.yaml"):
        extra = []
        if answers is not None:
            path = tmp_path / name
            path.write_text(answers, encoding="utf-8")
            extra = ["--answers", str(path)]
        return cli("--data-dir", str(folder), "fit", *args, *extra)
    return run


def items_of(letters: str, value: int) -> str:
    bank = load_bank("riasec-short")
    return "".join(f"{item.id}: {value}\n" for letter in letters for item in bank.items_of(letter))


def test_fit_json_with_self_assessment_and_interest_check(fit) -> None:
    answers = "sa1: yes\nsa2: rather yes\nsa3: rather no\nsa4: no\n" + items_of("E", 5) + items_of("A", 3)
    result = fit("stage-manager", "--format", "json", answers=answers)
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert (doc["version"], doc["command"]) == (1, "fit")
    data = doc["data"]
    # self-assessment (1 + 2/3 + 1/3 + 0) / 4 = 0.5; interests E=1.0 (weight 3), A=0.5 (weight 2) -> 0.8
    assert data["self_assessment"]["score"] == 0.5
    assert data["interests"]["scales"] == {"E": 1.0, "A": 0.5}
    assert data["interests"]["score"] == 0.8
    assert (data["percent"], data["fit"], data["code"]) == (65, "good", "EA")
    assert data["reasons"] == [
        "You answered yes or rather yes to 2 of 4 questions about this job",
        "Think about this: Do you like paperwork?",
        "You would enjoy its Enterprising activities",
        "Its Artistic activities do not appeal to you much",
    ]


def test_fit_accepts_french_words_csv_and_rich_output(fit) -> None:
    answers = "sa1,oui\nsa2,plutôt oui\nsa3,Plutôt non\nsa4,-\n"
    result = fit("stage-manager", "--lang", "fr", answers=answers, name="answers.csv")
    assert result.exit_code == 0, result.stderr
    assert "Régisseur" in result.stdout and "67\u00a0%" in result.stdout and "bonne" in result.stdout  # --lang fr: French labels


def test_career_without_self_assessment_uses_the_interest_check(fit) -> None:
    result = fit("no-questions", "--format", "json", answers=items_of("RCI", 4))
    data = json.loads(result.stdout)["data"]
    assert data["self_assessment"] is None and data["percent"] == 75
    assert "only the interest check counts" in data["reasons"][-1]


def test_career_without_riasec_says_so(fit) -> None:
    data = json.loads(fit("no-interests", "--format", "json", answers="sa1: yes\nsa2: no\n").stdout)["data"]
    assert data["interests"] is None and data["percent"] == 50
    assert "This career has no interest profile" in data["reasons"][-1]


def test_career_with_nothing_to_test(fit) -> None:
    result = fit("nothing", answers="sa1: yes\n")
    assert result.exit_code == 1 and "nothing to test" in result.stderr


def test_bad_fit_answers_are_located(fit, tmp_path: Path) -> None:
    result = fit("stage-manager", answers="sa1: yes\nsa9: no\n")
    assert result.exit_code == 1
    assert f"{tmp_path / 'answers.yaml'}:2:1: sa9: not a question of this test" in result.stderr
    result = fit("stage-manager", answers="sa1: maybe\n")
    assert "'maybe' is not an answer; use yes, rather yes, rather no or no" in result.stderr


def test_fit_without_a_terminal_points_to_answers(fit) -> None:
    result = fit("stage-manager")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: careers fit asks its questions in a terminal")
    assert "--answers FILE" in result.stderr


def test_unknown_career(fit) -> None:
    assert fit("nope", answers="sa1: yes\n").exit_code == 4


def test_pure_core() -> None:
    questions = fit_questions(["Q1?", "Q2?"], "S", load_bank("riasec-short"))
    assert [key for key, _ in questions.self_assessment] == ["sa1", "sa2"]
    assert [item.scale for item in questions.items] == ["S"] * 4
    result = compatibility("x", "X", questions, {"sa1": "yes", "sa2": "yes", **{i.id: 5 for i in questions.items}})
    assert (result.percent, result.fit) == (100, "excellent")
    assert parse_self_assessment(" Rather  YES ") == "rather-yes" and parse_self_assessment("") is None


def test_fit_asks_about_the_careers_own_activities_core_ones_first(cli, tmp_path) -> None:  # noqa: ANN001
    """Issue 18: a ROME fiche's savoir-faire (core first), an O*NET occupation's tasks; never the
    generic items of its interest types."""
    import json

    answers = tmp_path / "fit.yaml"
    answers.write_text("act1: 1\nact2: 5\n", encoding="utf-8")
    mason = json.loads(cli("fit", "macon", "--lang", "fr", "--answers", str(answers), "--format", "json").stdout)["data"]
    assert mason["interests"] == {"score": 0.5, "answered": 2, "activities": 8, "method": "activities"}
    assert "Pensez à cette activité\u00a0: Appliquer les mortiers" in mason["reasons"]  # the fiche's first core one
    tasks = json.loads(cli("fit", "electricians", "--answers", str(answers), "--format", "json").stdout)["data"]
    assert tasks["interests"]["method"] == "activities"
    from careercli.profile.loader import read_profile
    from careercli.resources import builtin_careers

    first_task = read_profile(builtin_careers() / "onet" / "electricians.yaml").missions[0].en
    assert f"Think about this activity: {first_task}" in tasks["reasons"]  # O*NET's first (core) task
    generic = tmp_path / "generic.yaml"
    generic.write_text("R1: 5\n", encoding="utf-8")
    refused = cli("fit", "macon", "--lang", "fr", "--answers", str(generic))
    assert refused.exit_code == 1 and "act1, act2" in refused.stderr  # the bank's items are not asked
