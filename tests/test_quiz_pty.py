"""The interactive quiz in a real pseudo-terminal (pexpect): a whole run, and a pause + resume."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

from careercli.quiz.bank import load_bank  # noqa: E402

ANSWER_BY_SCALE = {"R": "5", "I": "1", "A": "1", "S": "2", "E": "3", "C": "4"}
# Scale sums (20, 4, 4, 8, 12, 16) rescaled to O*NET's 1-7: a perfect correlation with this career.
MATCHING_CAREER = 'title: "Pty match"\nriasec: {R: 7, I: 1, A: 1, S: 2.5, E: 4, C: 5.5}\njob_zone: {zone: 2}\n'
OPPOSITE_CAREER = 'title: "Pty opposite"\nriasec: {R: 1, I: 7, A: 7, S: 5.5, E: 4, C: 2.5}\n'
FIT_CAREER = ('title: {en: "Pty fitter", fr: "Ajusteur pty"}\nriasec: {R: 7, I: 1, A: 1, S: 1, E: 1, C: 2, code: R}\n'
              'self_assessment:\n  - {en: "Do you like tools?", fr: "Aimes-tu les outils ?"}\n'
              '  - {en: "Do you like noise?", fr: "Aimes-tu le bruit ?"}\n')


@pytest.fixture(scope="module")
def shared_folders(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One small catalog for the module (the cache is the session's, already holding the built-in index)."""
    catalog = tmp_path_factory.mktemp("catalog")
    (catalog / "pty-match.yaml").write_text(MATCHING_CAREER)
    (catalog / "pty-opposite.yaml").write_text(OPPOSITE_CAREER)
    (catalog / "pty-fitter.yaml").write_text(FIT_CAREER)
    return catalog


@pytest.fixture
def terminal(tmp_path: Path, shared_folders: Path):
    catalog = shared_folders
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120", "LINES": "50", "CAREERS_LANG": "en", "TERM": "xterm",
           "PROMPT_TOOLKIT_NO_CPR": "1", "CAREERS_DATA_DIR": str(tmp_path / "data")}  # and the session's cache
    env.pop("CAREERS_PATH", None)

    def spawn(*args: str, command: str = "quiz"):
        return pexpect.spawn(sys.executable, ["-m", "careercli", "--data-dir", str(catalog), command, *args],
                             env=env, dimensions=(50, 120), encoding="utf-8", timeout=30)

    spawn.session = tmp_path / "data" / "quiz-session.json"  # type: ignore[attr-defined]
    return spawn


def answer_items(child, start: int, stop: int) -> None:
    items = load_bank("riasec-short").presented()
    for n in range(start, stop):
        child.expect_exact(f"{n + 1:>2}/24 ")
        child.send(ANSWER_BY_SCALE[items[n].scale])


def finish(child) -> None:
    """Preferences (defaults), the results, then leave the offer to open a profile."""
    child.expect_exact("How long are you willing to study or train?")
    child.send("\r")
    child.expect_exact("Lowest monthly gross salary")
    child.send("\r")
    child.expect_exact("Only careers with a detailed profile")
    child.send("n")
    child.expect(r"Your Holland code: (\x1b\[[0-9;]*m)*RCE")
    child.expect_exact("Pty match")
    child.expect_exact("100%")
    child.expect_exact("Open a career profile?")
    child.send("\x1b[A")  # up from the first choice wraps to "Done"
    child.send("\r")
    child.expect(pexpect.EOF)
    child.close()


def test_the_whole_quiz_from_the_first_item_to_the_results(terminal) -> None:
    child = terminal()
    child.expect_exact("RIASEC interests, short form (24 items)")
    child.expect_exact("Keys: 1-5 answer at once")
    answer_items(child, 0, 24)
    finish(child)
    assert child.exitstatus == 0
    assert not terminal.session.exists()


def test_back_and_skip(terminal) -> None:
    child = terminal()
    answer_items(child, 0, 2)
    child.expect_exact(" 3/24 ")
    child.send("b")  # back to item 2, answer it again
    child.expect_exact(" 2/24 ")
    child.send(ANSWER_BY_SCALE["I"])
    child.expect_exact(" 3/24 ")
    child.send("s")  # skip item 3 (A): the other A items still score the scale
    answer_items(child, 3, 24)
    finish(child)
    assert child.exitstatus == 0


def test_skipping_a_whole_scale_asks_it_again(terminal) -> None:
    items = load_bank("riasec-short").presented()
    child = terminal()
    for n, item in enumerate(items):
        child.expect_exact(f"{n + 1:>2}/24 ")
        child.send("s" if item.scale == "R" else ANSWER_BY_SCALE[item.scale])
    child.expect_exact("You skipped every Realistic activity; please answer at least one.")
    child.expect_exact(" 1/4 ")
    child.send("5")
    finish(child)  # R is 5 x 4 items again: the same profile as answering every item
    assert child.exitstatus == 0


def test_ctrl_c_saves_and_resume_continues_to_the_results(terminal) -> None:
    child = terminal()
    answer_items(child, 0, 5)
    child.expect_exact(" 6/24 ")
    child.sendintr()
    child.expect_exact("Quiz paused with 5 answers saved; continue with: careers quiz --resume")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert terminal.session.exists()

    child = terminal("--resume")
    child.expect_exact("Welcome back")
    answer_items(child, 5, 24)
    finish(child)
    assert child.exitstatus == 0
    assert not terminal.session.exists()


def test_fit_in_a_terminal(terminal) -> None:
    child = terminal("pty-fitter", "--lang", "fr", command="fit")
    child.expect_exact("Aimes-tu les outils ?")
    child.expect_exact("Plutôt oui")
    child.send("1")  # Oui
    child.expect_exact("Aimes-tu le bruit ?")
    child.send("3")  # Plutôt non
    for n in range(3, 7):  # the four Realistic items of riasec-short
        child.expect_exact(f"{n}/6 ")
        child.send("5")
    child.expect(r"(\x1b\[[0-9;]*m)*(Votre compatibilité avec\xa0: )(\x1b\[[0-9;]*m)*Ajusteur pty")  # --lang fr
    child.expect_exact("83%")  # self-assessment (1 + 1/3) / 2, interests 1.0: mean 0.83
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
