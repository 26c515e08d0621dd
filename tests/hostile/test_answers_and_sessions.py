"""Answer files, --scores and paused quizzes come from people: read within limits, checked field
by field, refused in one clear line (never a ValueError, never a control character)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from careercli.errors import CareersError
from careercli.quiz.answers import MAX_ANSWERS_BYTES, answers_from_file, parse_scores
from careercli.quiz.session import SESSION_FILE, load_session
from careercli.text import clean_line

from .corpus import ANSWERS, PAYLOAD, SESSIONS, UNSAFE_OUTPUT, YAML_PAYLOAD


def refusal(call) -> str:
    with pytest.raises(CareersError) as caught:
        call()
    message = clean_line(str(caught.value))
    assert len(message) < 400 and not UNSAFE_OUTPUT.search(message)
    return message


@pytest.mark.parametrize("name", sorted(SESSIONS))
def test_a_tampered_session_is_refused_in_one_line(tmp_path: Path, name: str) -> None:
    content = SESSIONS[name]
    (tmp_path / SESSION_FILE).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    message = refusal(lambda: load_session(tmp_path))
    assert "start again with `careers quiz`" in message


def test_the_session_of_the_issue_names_the_item_and_the_value(tmp_path: Path) -> None:
    (tmp_path / SESSION_FILE).write_text(SESSIONS["bad-answer"], encoding="utf-8")
    assert "(R2: 99 is not an answer (1-5))" in refusal(lambda: load_session(tmp_path))


def test_quiz_resume_refuses_a_tampered_session_at_a_terminal(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    from ..terminal import Terminal

    data = tmp_path / "data"
    data.mkdir()
    (data / SESSION_FILE).write_text(SESSIONS["bad-answer"], encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "1", "TERM": "xterm", "CAREERS_DATA_DIR": str(data), "CAREERS_LANG": "en"}
    child = Terminal(sys.executable, ["-m", "careercli", "quiz", "--resume"], env=env, encoding="utf-8",
                     timeout=30, dimensions=(24, 100))
    child.expect_exact("cannot be used (R2: 99 is not an answer (1-5))")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1 and "Traceback" not in (child.before or "")
    assert (data / SESSION_FILE).exists()  # the user's file is reported, not deleted


@pytest.mark.parametrize("name", sorted(n for n in ANSWERS if n != "good.yaml"))
def test_a_hostile_answers_file_is_refused_in_one_line(tmp_path: Path, name: str) -> None:
    content = ANSWERS[name]
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    message = refusal(lambda: answers_from_file(str(path), None))
    assert message.startswith(str(path))


def test_answers_files_are_read_within_a_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_text("R2: 5\n" + "#" * MAX_ANSWERS_BYTES, encoding="utf-8")
    assert "file too large (the limit is 256 KiB)" in refusal(lambda: answers_from_file(str(path), None))
    assert "file too large" in refusal(lambda: answers_from_file("/dev/zero", None))  # a device, cut short


def test_an_echoed_answer_is_shortened_and_inert(tmp_path: Path) -> None:
    path = tmp_path / "answers.yaml"
    path.write_text(f'R2: "{"x" * 500}"\nI1: "{YAML_PAYLOAD}"\n', encoding="utf-8")
    message = refusal(lambda: answers_from_file(str(path), None))
    assert "'" + "x" * 59 + "…' is not an answer" in message


@pytest.mark.parametrize("text, expected", [
    ("R=1,R=7,I=2,A=3,S=4,E=5,C=6", "--scores: R is given twice"),
    ("R=1,I=2,A=3,S=4,E=1e300,C=6", "'1e300' is not a number"),  # exponents are not how people type scores
    ("R=1,I=2,A=3,S=4,E=2000000,C=6", "E=2000000 is out of range"),
    ("R=nan,I=2,A=3,S=4,E=5,C=6", "'nan' is not a number"),
    (f"R=1,I=2,A=3,S=4,E=5,C={PAYLOAD}", "is not a number"),
])
def test_scores_are_refused_rather_than_guessed(text: str, expected: str) -> None:
    assert expected in refusal(lambda: parse_scores(text))


@pytest.mark.parametrize("content", [
    '{"career": "x", "lang": "en", "answers": {"sa1": "[red]maybe"}}',
    '{"career": "x", "lang": "en", "answers": {"R2": 99}}',
    '{"career": "x", "lang": "en", "position": -1}',
    '{"career": "", "lang": "en"}',
    '{"career": "x", "lang": "xx"}',
    '{"career": "x", "lang": "en", "version": 99}',
    b'\xff\xfe',
])
def test_a_tampered_fit_session_is_refused_in_one_line(tmp_path: Path, content) -> None:
    from careercli.quiz.session import FIT_SESSION_FILE, load_fit_session

    (tmp_path / FIT_SESSION_FILE).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    assert "start again with `careers fit JOB`" in refusal(lambda: load_fit_session(tmp_path))
