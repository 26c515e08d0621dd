"""Saving never stops the person: a quiz whose answers cannot be saved says so once and goes on;
two quizzes under one account never write over each other's answers; paused tests and kept
results are checked in full when read; result numbers follow each other, are never given twice
and are never hidden by a stray file; an unreadable results folder is said to be unreadable."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from careercli.quiz.saved import LAST_NUMBER, Saved, results_folder, save_result
from careercli.quiz.session import FitSession, Session, SessionSaver, load_session, save_session

from ..test_quiz_pty import answer_items, catalog, item, pexpect, terminal  # noqa: F401 - fixtures

DATA = "user-data"  # CAREERS_DATA_DIR of the autouse fixture, under tmp_path


def kept(tmp_path: Path, number_of_results: int = 1) -> list[int]:
    """Keep fit results (small, no catalog needed) as an interactive run does."""
    from careercli.quiz.compatibility import Compatibility

    fit = Compatibility(id="baker", title="Baker", percent=70, fit="good", code="R", self_assessment=None,
                        interests=None, taken="2026-12-07T10:00:00+01:00", lang="en")
    return [save_result(tmp_path / DATA, Saved(kind="fit", taken=fit.taken or "", lang="en", fit=fit))
            for _n in range(number_of_results)]


def listed(cli) -> list[int]:  # noqa: ANN001
    result = cli("results", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return [r["number"] for r in json.loads(result.stdout)["data"]["results"]]


def test_numbers_follow_each_other_and_a_stray_huge_number_hides_nothing(cli, tmp_path: Path) -> None:  # noqa: ANN001
    assert kept(tmp_path, 2) == [1, 2]
    folder = results_folder(tmp_path / DATA)
    (folder / "0002-fit.json").rename(folder / "999999999-fit.json")  # as the hostile pass did
    assert kept(tmp_path) == [3]  # not 1000000000
    assert listed(cli) == [1, 3, 999999999]
    assert cli("results", "show", "3").exit_code == 0


def test_a_deleted_number_is_never_given_again(cli, tmp_path: Path) -> None:  # noqa: ANN001
    kept(tmp_path, 3)
    assert cli("results", "delete", "3").exit_code == 0
    assert kept(tmp_path) == [4]
    (results_folder(tmp_path / DATA) / LAST_NUMBER).unlink()  # results of an older version: no counter
    assert kept(tmp_path) == [5]


def test_an_unreadable_results_folder_is_said_to_be(cli, tmp_path: Path) -> None:  # noqa: ANN001
    (tmp_path / DATA).mkdir()
    (tmp_path / DATA / "results").write_text("not a folder\n", encoding="utf-8")
    result = cli("results")
    assert result.exit_code == 1 and "cannot read the kept results" in result.stderr
    assert "No kept results" not in result.stderr + result.stdout


def test_deleting_a_folder_named_as_a_result_is_one_line(cli, tmp_path: Path) -> None:  # noqa: ANN001
    kept(tmp_path)
    (results_folder(tmp_path / DATA) / "0007-quiz.json").mkdir()
    result = cli("results", "delete", "7")
    assert result.exit_code == 1 and result.stderr.startswith("Error: cannot delete") and "Traceback" not in result.stderr


@pytest.mark.parametrize("change", [
    lambda doc: doc["fit"].update(percent=185),
    lambda doc: doc.update(taken="x" * 100_000),
    lambda doc: doc.update(answers={f"q{n}": 1 for n in range(5000)}),
    lambda doc: doc["fit"].update(reasons=["r"] * 5000),
])
def test_a_kept_result_out_of_range_is_reported_not_shown(cli, tmp_path: Path, change) -> None:  # noqa: ANN001
    kept(tmp_path)
    path = results_folder(tmp_path / DATA) / "0001-fit.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(json.dumps(doc), encoding="utf-8")
    shown = cli("results", "show", "1")
    assert shown.exit_code == 1 and "cannot be read" in shown.stderr


def test_huge_scores_in_a_kept_quiz_are_refused(tmp_path: Path) -> None:
    from careercli.quiz.saved import read_saved

    saved = {"kind": "quiz", "taken": "t", "lang": "en", "quiz": {
        "profile": {"scores": {s: 1e308 for s in "RIASEC"}}, "code": {"letters": "R", "display": "R"},
        "ranking": {}, "preferences": {}, "lang": "en"}}
    path = tmp_path / "0001-quiz.json"
    path.write_text(json.dumps(saved), encoding="utf-8")
    with pytest.raises(Exception, match="cannot be read"):
        read_saved(path)


def test_a_saver_that_cannot_write_says_why_once(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    saver = SessionSaver(blocker / "data")
    session = Session(bank="riasec-short", lang="en")
    assert saver.save(session) is False and saver.save(session) is False
    assert saver.news() and saver.news() is None  # said once


def test_two_quizzes_in_one_account_never_write_over_each_other(tmp_path: Path) -> None:
    first, second = SessionSaver(tmp_path), SessionSaver(tmp_path)
    mine = Session(bank="riasec-short", lang="en", answers={"R2": 5}, position=1)
    theirs = Session(bank="riasec-short", lang="en", answers={"R2": 1, "I1": 1, "A1": 1}, position=3)
    assert first.save(mine) and not second.save(theirs)
    assert "another quiz" in (second.news() or "")
    second.clear()  # the second one finishing must not remove the first one's answers
    assert load_session(tmp_path).answers == {"R2": 5}


@pytest.mark.heavy
def test_a_paused_test_past_its_last_question_is_refused(terminal, tmp_path: Path) -> None:  # noqa: F811
    data = tmp_path / DATA
    save_session(FitSession(career="pty-fitter", lang="en", answers={"sa1": "yes"}, position=99), data)
    child = terminal("--resume", command="fit")
    child.expect_exact("cannot be used (position 99 is past the last item")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1


@pytest.mark.heavy
def test_a_quiz_whose_answers_cannot_be_saved_goes_on(terminal, tmp_path: Path) -> None:  # noqa: F811
    (tmp_path / DATA).write_text("a file where the user data folder should be\n", encoding="utf-8")
    child = terminal()
    child.logfile_read = screen = io.StringIO()
    answer_items(child, 0, 1)
    child.expect_exact("Your answers cannot be saved")
    answer_items(child, 1, 24)
    child.expect_exact("Which of these do you like?")  # the interest centres (issue 18): skipped
    child.send("s")
    child.expect_exact("What matters most to you at work?")  # the work values (issue 23): skipped
    child.send("s")
    child.expect_exact("How long are you willing to study or train?")
    child.sendintr()
    child.expect_exact("the answers could not be saved")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert screen.getvalue().count("Your answers cannot be saved") == 1
