"""`careers quiz` for scripts: --answers, --answers-string, --scores, formats, errors, JSON contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import no_builtin

from careercli.quiz.bank import load_bank

CAREERS = {
    "alpha-seller": 'title: {en: "Alpha seller", fr: "Vendeur alpha"}\n'
                    "riasec: {R: 1.5, I: 2, A: 3, S: 4, E: 6.5, C: 5, code: ECS}\njob_zone: {zone: 3}\n"
                    "salary: {currency: EUR, period: month, basis: gross, overall: {min: 2000, max: 3000}}\n"
                    "codes: {onet_soc: ['41-2031.00']}\n",
    "beta-builder": 'title: "Beta builder"\nriasec: {R: 6.8, I: 3, A: 2, S: 2, E: 2.5, C: 3.5, code: RCI}\n'
                    "job_zone: {zone: 2}\n",
    "gamma-scientist": 'title: "Gamma scientist"\nriasec: {R: 3, I: 6.9, A: 3.5, S: 2.5, E: 2, C: 3}\n'
                       "job_zone: {zone: 5}\n",
    "delta-nodata": 'title: "Delta without interests"\n',
}
RESULT_KEYS = {"id", "title", "score", "fit", "code", "codes", "reasons"}


def write_catalog(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for career_id, text in CAREERS.items():
        (folder / f"{career_id}.yaml").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def catalog_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A tiny catalog, and no built-in one, so results do not depend on the shipped data."""
    no_builtin(monkeypatch, tmp_path)
    monkeypatch.setenv("CAREERS_DATA_DIR", str(tmp_path / "user-data"))
    return write_catalog(tmp_path / "catalog")


@pytest.fixture
def quiz(cli, catalog_dir):
    def run(*args: str, input: str | None = None):
        return cli("--data-dir", str(catalog_dir), "quiz", *args, input=input)
    return run


def envelope(result) -> dict:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


# ---------------------------------------------------------------- --scores and the JSON contract

def test_scores_json_contract(quiz) -> None:
    doc = envelope(quiz("--scores", "R=2,I=5,A=3,S=4,E=6,C=5.5", "--format", "json"))
    assert set(doc) == {"version", "command", "status", "exit_code", "data", "errors"}
    assert (doc["version"], doc["command"], doc["status"], doc["exit_code"]) == (1, "quiz", "ok", 0)
    data = doc["data"]
    assert {"profile", "code", "results"} <= set(data)
    assert data["profile"] == {"R": 2, "I": 5, "A": 3, "S": 4, "E": 6, "C": 5.5}
    assert data["code"] == "ECI"
    assert [r["id"] for r in data["results"]] == ["alpha-seller", "gamma-scientist", "beta-builder"]
    for entry in data["results"]:
        assert RESULT_KEYS <= set(entry)
    first = data["results"][0]
    assert (first["code"], first["codes"], first["fit"], first["rank"]) == ("ECS", ["41-2031.00"], "good", 1)
    assert isinstance(first["score"], float) and -1 <= first["score"] <= 1
    assert data["counts"]["without_riasec"] == 1


def test_scores_in_any_scale_and_order_give_the_same_ranking(quiz) -> None:
    a = envelope(quiz("--scores", "R=2,I=5,A=3,S=4,E=6,C=5", "--format", "json"))["data"]["results"]
    b = envelope(quiz("--scores", "c=50 e=60 s=40 a=30 i=50 r=20", "--format", "json"))["data"]["results"]
    assert [(r["id"], r["score"]) for r in a] == [(r["id"], r["score"]) for r in b]


def test_top_limits_the_results(quiz) -> None:
    assert len(envelope(quiz("--scores", "R=7,I=1,A=1,S=1,E=1,C=2", "--format", "json", "--top", "1"))["data"]["results"]) == 1
    # --limit, as search and similar spell it, means the same
    assert len(envelope(quiz("--scores", "R=7,I=1,A=1,S=1,E=1,C=2", "--format", "json", "--limit", "2"))["data"]["results"]) == 2


def test_preferences_from_flags(quiz) -> None:
    data = envelope(quiz("--scores", "R=2,I=5,A=3,S=4,E=6,C=5", "--format", "json", "--max-zone", "3",
                         "--min-salary", "2500"))["data"]
    assert [r["id"] for r in data["results"]] == ["alpha-seller", "beta-builder"]
    assert data["counts"]["excluded_by_zone"] == 1 and data["counts"]["unknown_salary"] == 1
    assert "No pay figure in EUR a month" in data["results"][1]["reasons"]
    assert [r["pay_check"] for r in data["results"]] == ["pass", "no_figure"]
    assert data["preferences"]["min_salary"] == 2500 and data["preferences"]["min_pay"] == {
        "amount": 2500, "currency": "EUR", "period": "month", "basis": "gross", "text": "2500EUR/month"}


def test_rich_output_has_chart_code_and_table(quiz) -> None:
    result = quiz("--scores", "R=2,I=5,A=3,S=4,E=6,C=5")
    assert result.exit_code == 0
    assert "Enterprising" in result.stdout and "━" in result.stdout
    assert "Your Holland code: E(I/C)" in result.stdout
    assert "Alpha seller" in result.stdout and "74%" in result.stdout
    assert "Careers not ranked, no interest profile: 1" in result.stderr


def test_csv_and_markdown(quiz) -> None:
    csv_out = quiz("--scores", "R=2,I=5,A=3,S=4,E=6,C=5", "--format", "csv").stdout.splitlines()
    assert csv_out[0] == ("rank,id,title,score,match,fit,code,codes,job_zone,reasons,method,agreement,pay,pay_currency,"
                          "pay_period,pay_statistic,pay_at_least,pay_converted_from,outlook_change_percent,"
                          "outlook_openings_thousands,pay_check,onet_soc,rome,isco08,title_language")
    assert csv_out[1].startswith("1,alpha-seller,Alpha seller,0.743,74,good,ECS,41-2031.00,3,")
    markdown = quiz("--scores", "R=2,I=5,A=3,S=4,E=6,C=5", "--format", "markdown").stdout
    assert "| 1 | Alpha seller (`alpha-seller`) | ECS | 74% | good |" in markdown


def test_titles_follow_lang(quiz) -> None:
    data = envelope(quiz("--scores", "R=2,I=5,A=3,S=4,E=6,C=5", "--format", "json", "--lang", "fr"))["data"]
    assert data["results"][0]["title"] == "Vendeur alpha"


# ---------------------------------------------------------------- --answers files

def short_answers(**per_scale: int) -> dict[str, int]:
    bank = load_bank("riasec-short")
    return {item.id: per_scale[item.scale] for item in bank.items}


def test_answers_yaml_json_and_csv_agree(quiz, tmp_path: Path) -> None:
    answers = short_answers(R=1, I=2, A=3, S=4, E=5, C=4)
    (tmp_path / "a.yaml").write_text("".join(f"{k}: {v}\n" for k, v in answers.items()))
    (tmp_path / "a.json").write_text(json.dumps({"bank": "riasec-short", "answers": answers}))
    (tmp_path / "a.csv").write_text("item,answer\n" + "".join(f"{k},{v}\n" for k, v in answers.items()))
    (tmp_path / "b.csv").write_text("".join(f"{k},{v}\n" for k, v in answers.items()))
    (tmp_path / "b.yaml").write_text("bank: riasec-short\n" + "".join(f"{k}: '{v}'\n" for k, v in answers.items()))
    outputs = [envelope(quiz("--answers", str(tmp_path / name), "--format", "json"))["data"]
               for name in ("a.yaml", "a.json", "a.csv", "b.csv", "b.yaml")]
    for output in outputs:
        assert output.pop("taken")  # dated to the second: runs may fall on both sides of one
    assert all(o == outputs[0] for o in outputs)
    assert outputs[0]["bank"] == "riasec-short"
    assert outputs[0]["profile"] == {"R": 4, "I": 8, "A": 12, "S": 16, "E": 20, "C": 16}
    assert outputs[0]["code"] == "ESC" and outputs[0]["code_display"] == "E(S/C)"


def test_answers_from_stdin_with_skips_and_bank_guessed_from_ids(quiz) -> None:
    bank = load_bank("riasec-48")  # R1 is not in the short form: the 48-item bank is chosen
    lines = [f"{item.id}: {5 if item.scale == 'E' else 2}" for item in bank.items]
    lines[0] = "R1: '-'"
    data = envelope(quiz("--answers", "-", "--format", "json", input="\n".join(lines) + "\n"))["data"]
    assert data["bank"] == "riasec-48"
    assert data["answered"]["R"] == 7 and data["profile"]["R"] == 16 and data["profile"]["E"] == 40


def test_answers_string_onet_style(quiz) -> None:
    bank = load_bank("onet-ip-60")
    digits = "".join({"R": "1", "I": "2", "A": "3", "S": "4", "E": "5", "C": "4"}[i.scale] for i in bank.items)
    data = envelope(quiz("--answers-string", digits, "--format", "json"))["data"]
    assert data["bank"] == "onet-ip-60"
    assert data["profile"] == {"R": 0, "I": 10, "A": 20, "S": 30, "E": 40, "C": 30}
    skipped = "?" + digits[1:]
    assert envelope(quiz("--answers-string", skipped, "--format", "json"))["data"]["answered"]["R"] == 9


# ---------------------------------------------------------------- errors: one line, no traceback

def one_line_error(result, code: int) -> str:
    assert result.exit_code == code, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    assert "Traceback" not in result.stderr
    return lines[0]


def test_unknown_item_in_a_file_is_located(quiz, tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("R2: 3\nI1: 4\nZ9: 2\n")
    message = one_line_error(quiz("--answers", str(path), "--bank", "riasec-short"), 1)
    assert message == f"Error: {path}:3:1: Z9: not an item of bank riasec-short"


def test_out_of_range_value_in_a_csv_is_located(quiz, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("item,answer\nR2,3\nI1,7\n")
    message = one_line_error(quiz("--answers", str(path)), 1)
    assert message.startswith(f"Error: {path}:3:1: I1: '7' is not an answer; use 1-5")


def test_duplicate_and_malformed_files(quiz, tmp_path: Path) -> None:
    twice = tmp_path / "twice.yaml"
    twice.write_text("R2: 3\nR2: 4\n")
    assert "answered twice (first on line 1)" in one_line_error(quiz("--answers", str(twice)), 1)
    columns = tmp_path / "columns.csv"
    columns.write_text("R2,3,extra\n")
    assert "expected 2 columns" in one_line_error(quiz("--answers", str(columns)), 1)
    missing = tmp_path / "missing.yaml"
    assert "missing.yaml" in one_line_error(quiz("--answers", str(missing)), 1)


def test_a_scale_with_no_answers_is_refused(quiz, tmp_path: Path) -> None:
    path = tmp_path / "partial.yaml"
    path.write_text("R2: 3\nI1: 4\n")
    assert "no answer for the Artistic scale" in one_line_error(quiz("--answers", str(path)), 1)


@pytest.mark.parametrize("digits, expected", [
    ("12345", "has 5 answers; expected one per item: 24 (riasec-short), 48 (riasec-48), 60 (onet-ip-60)"),
    ("0" + "3" * 23, "position 1 (R2): '0' is not an answer"),
    ("3" * 23 + "x", "position 24 (C7): 'x' is not an answer"),
])
def test_bad_answer_strings_are_usage_errors(quiz, digits: str, expected: str) -> None:
    assert expected in one_line_error(quiz("--answers-string", digits), 2)


def test_wrong_length_for_the_requested_bank(quiz) -> None:
    message = one_line_error(quiz("--answers-string", "3" * 24, "--bank", "onet-ip-60"), 2)
    assert "has 24 answers but bank onet-ip-60 has 60 items" in message


@pytest.mark.parametrize("scores, expected", [
    ("R=2,I=5,A=3,S=4,E=6", "missing C"),
    ("R=2,I=x,A=3,S=4,E=6,C=1", "'x' is not a number"),
    ("Q=2", "cannot read 'Q=2'"),
])
def test_bad_scores_are_usage_errors(quiz, scores: str, expected: str) -> None:
    assert expected in one_line_error(quiz("--scores", scores), 2)


def test_flat_profile_is_refused(quiz) -> None:
    message = one_line_error(quiz("--answers-string", "3" * 24), 1)
    assert "all the same" in message


def test_only_one_source_of_answers(quiz) -> None:
    assert "give only one of" in one_line_error(quiz("--scores", "R=1,I=2,A=3,S=4,E=5,C=6", "--answers-string", "1"), 2)


def test_unknown_bank(quiz) -> None:
    assert "no item bank 'nope'" in one_line_error(quiz("--answers-string", "3" * 24, "--bank", "nope"), 4)


# ---------------------------------------------------------------- no terminal, no prompts

def test_without_a_terminal_the_quiz_points_to_answers(quiz) -> None:
    message = one_line_error(quiz(), 2)
    assert "--answers FILE" in message


def test_sessions_are_saved_atomically_and_read_back(catalog_dir: Path) -> None:
    from careercli.errors import CareersError, NotFoundError
    from careercli.quiz.session import Session, clear_session, load_session, save_session

    folder = Path(os.environ["CAREERS_DATA_DIR"])
    with pytest.raises(NotFoundError, match="no saved quiz to resume"):
        load_session(folder)
    path = save_session(Session(bank="riasec-short", lang="fr", answers={"R2": 5, "I1": None}, position=2), folder)
    assert path.parent == folder and [p.name for p in path.parent.iterdir()] == [path.name]
    assert load_session(folder).answers == {"R2": 5, "I1": None}
    path.write_text("{not json")
    with pytest.raises(CareersError, match="cannot be used"):
        load_session(folder)
    clear_session(folder)
    assert not path.exists()


def test_scripted_quiz_imports_no_prompt_libraries(tmp_path: Path, catalog_dir: Path) -> None:
    probe = (
        "import json, sys\n"
        "sys.argv = ['careers', '--data-dir', sys.argv[1], 'quiz', '--scores', 'R=2,I=5,A=3,S=4,E=6,C=5', '--format', 'json']\n"
        "from careercli.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('questionary', 'prompt_toolkit') "
        "or m == 'rich.table')), file=sys.stderr)\n"
    )
    env = dict(os.environ)
    run = subprocess.run([sys.executable, "-c", probe, str(catalog_dir)], env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stderr.strip().splitlines()[-1]) == []


def test_a_weakly_differentiated_profile_is_ranked_with_a_warning(cli, tmp_path):
    import json

    from careercli.quiz.bank import load_bank

    bank = load_bank("riasec-short")
    answers = {item.id: 3 for item in bank.items}
    answers.update({item.id: 4 for item in bank.items_of("R")[:2]})  # R = 14, the rest 12 (range 4-20)
    path = tmp_path / "weak.json"
    path.write_text(json.dumps({"bank": "riasec-short", **answers}), encoding="utf-8")
    data = json.loads(cli("quiz", "--answers", str(path), "--format", "json").stdout)["data"]
    assert data["results"] and any("differ little" in note and "12%" in note for note in data["notes"])
    answers.update({item.id: 5 for item in bank.items_of("R")})  # R = 20: clearly differentiated
    path.write_text(json.dumps({"bank": "riasec-short", **answers}), encoding="utf-8")
    data = json.loads(cli("quiz", "--answers", str(path), "--format", "json").stdout)["data"]
    assert not any("differ little" in note for note in data["notes"])


def test_questions_are_wrapped_between_words_for_the_terminal() -> None:
    from careercli.terminal.quiz_screens import fitted

    bar = " 5/24 ██░░░░░░░░░░"
    assert fitted("Build kitchen cabinets", bar, 25, 120) == "Build kitchen cabinets"  # fits: as it is
    wrapped = fitted("Develop a new medical treatment or procedure", bar, 25, 50).split("\n")
    indent = " " * (len(bar) + 1)  # under the first word
    assert wrapped == ["Develop a new medical", indent + "treatment or procedure", indent[:-1]]  # hint: own line
    assert all(len(indent) + len(line.strip()) <= 50 for line in wrapped)
    assert fitted("Develop a new medical treatment", bar, 5, 45).split("\n") == [
        "Develop a new medical", indent + "treatment"]  # a short hint follows the last word


def test_at_a_terminal_notes_wrap_between_words_and_the_rerun_command_stays_one_line() -> None:
    import io
    import os
    import re

    from typer.testing import CliRunner

    from careercli.app import Environment
    from careercli.cli import app

    out, err = io.StringIO(), io.StringIO()
    env = Environment(stdin=io.StringIO(), stdout=out, stderr=err, stdout_isatty=True, stderr_isatty=True,
                      variables={**os.environ, "COLUMNS": "50", "LINES": "40"})
    answers = "542135214432155321432531"
    result = CliRunner().invoke(app, ["--lang", "fr", "quiz", "--answers-string", answers, "--max-zone", "4"],
                                obj=env, catch_exceptions=False)
    assert result.exit_code == 0
    notes = err.getvalue().splitlines()
    assert notes and all(len(line) <= 50 for line in notes)
    # a line may end before the count, never inside it
    assert re.search(r"officielles\s:\s\d{3}\n", err.getvalue())
    rerun = f"careers quiz --bank riasec-short --answers-string {answers} --max-zone 4"  # 72 characters
    assert any(line.strip() == rerun for line in out.getvalue().splitlines())


def test_a_lone_escape_is_taken_sooner_than_prompt_toolkits_half_second() -> None:
    import questionary
    from prompt_toolkit.key_binding import KeyBindings

    from careercli.terminal.quiz_screens import ESCAPE_WAIT, _add_keys

    question = questionary.select("?", choices=["a", "b"])
    default = question.application.ttimeoutlen
    _add_keys(question, KeyBindings())
    assert question.application.ttimeoutlen == ESCAPE_WAIT < default


def test_the_quiz_screens_share_prompt_toolkits_default_key_bindings() -> None:
    """Each screen is an Application; making the ~600 default bindings for each was a third of an
    interactive quiz's processor time (terminal/quiz_screens.share_default_key_bindings)."""
    from prompt_toolkit.application import Application
    from prompt_toolkit.input import DummyInput
    from prompt_toolkit.output import DummyOutput

    import careercli.terminal.quiz_screens  # noqa: F401 - shares them on import

    first, second = (Application(input=DummyInput(), output=DummyOutput()) for _ in range(2))
    assert first._default_bindings is second._default_bindings
    assert first._page_navigation_bindings is second._page_navigation_bindings
    assert len(first._default_bindings.bindings) > 100  # the real defaults, not an empty set
