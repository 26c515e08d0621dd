"""At 40 columns the quiz results and `compare` wrap between words, never inside one."""

from __future__ import annotations

import json
import re

import pytest

from .conftest import SEED_ID

WIDTH = 40
COMPARED = (SEED_ID, "producers-and-directors", "13-2011.00")


def words_of(texts: list[str]) -> set[str]:
    return {w for text in texts for w in re.findall(r"[^\s()\[\],;:·/]{2,}", text)}


def assert_no_broken_word(output: str, texts: list[str]) -> None:
    lines = output.splitlines()
    assert all(len(line) <= WIDTH for line in lines), max(lines, key=len)
    assert "…" not in output
    broken = [w for w in words_of(texts) if len(w) < WIDTH - 6 and not any(w in line for line in lines)]
    assert broken == []


@pytest.fixture
def narrow(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", str(WIDTH))


def test_quiz_results_at_40_columns(cli, narrow) -> None:
    args = ("quiz", "--scores", "R=2,I=5,A=3,S=4,E=6,C=5", "--top", "5")
    shown = cli(*args)
    assert shown.exit_code == 0, shown.stderr
    data = json.loads(cli(*args, "--format", "json").stdout)["data"]
    texts = [r["title"] for r in data["results"]] + [r["reasons"][0] for r in data["results"]]
    texts += ["Realistic", "Investigative", "Enterprising", "Conventional", "excellent"]
    assert_no_broken_word(shown.stdout, texts)


def test_compare_at_40_columns(cli, narrow) -> None:
    shown = cli("compare", *COMPARED)
    assert shown.exit_code == 0, shown.stderr
    facts = json.loads(cli("compare", *COMPARED, "--format", "json").stdout)["data"]["careers"]
    texts = [f["title"] for f in facts] + [f["id"] for f in facts]
    texts += ["Holland code", "Investigative", "Enterprising", "Conventional", "Interest match with the first"]
    assert_no_broken_word(shown.stdout, texts)
