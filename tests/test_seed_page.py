"""The seed page, faithfully: every key figure, salary and time of the Belgian career-guide page
appears in `careers show administrateur-de-production --lang fr` as the page writes it, with the
page's labels (an insertion rate stays an insertion rate)."""

from __future__ import annotations

import re

import pytest

from .conftest import ROOT, SEED_ID

SEED_PAGES = sorted((ROOT.parent / "shared" / "seed").glob("*.txt"))
pytestmark = pytest.mark.skipif(not SEED_PAGES, reason="the seed page is in ../shared/seed (not in this checkout)")
SPACES = re.compile(r"[\s\u00a0\u202f]+")
# The page's labels of the key figures, as careers shows them in French.
FIGURE_LABELS = ("Durée de formation", "Professionnels actifs", "Croissance annuelle", "Taux d'insertion",
                 "Âge moyen", "Proportion de femmes")


def page() -> str:
    return SEED_PAGES[0].read_text(encoding="utf-8")


def shown(cli, lang: str = "fr") -> str:
    result = cli("show", SEED_ID, "--lang", lang, "--no-pager")
    assert result.exit_code == 0
    return " ".join(result.stdout.split())


def figure_lines(text: str) -> list[str]:
    block = text.split("Le métier en chiffres", 1)[1].split("Missions quotidiennes", 1)[0]
    return [line.strip() for line in block.splitlines()[1:] if line.strip() and not line.startswith("🔍")]


def test_every_key_figure_with_its_label_as_the_page_writes_them(cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")  # wide enough that no figure wraps inside its card
    out = shown(cli)
    assert "Le métier en chiffres" in out and "Belgique" in out and "2025" in out
    lines = figure_lines(page())
    assert len(lines) == len(FIGURE_LABELS)
    for line, label in zip(lines, FIGURE_LABELS):
        assert line.endswith(label), line
        value = line[: -len(label)].strip()
        main, _, note = value.partition(" (")
        assert label in out, label
        assert main in re.sub(r"\s%", "%", out), (label, main)  # the profile writes "85 %" as French does
        if note and label != "Durée de formation":
            assert note.rstrip(")") in out, (label, note)
    assert "3 à 5 ans (Bachelier/Master)" in out
    assert "Taux d'emploi" not in out  # the page's figure is an insertion rate


def test_the_typical_day_is_in_french_times(cli):
    out = shown(cli)
    spans = re.findall(r"^(\d\dh\d\d)-(\d\dh\d\d)$", page(), re.M)
    assert [f"{a}-{b}" for a, b in spans] == ["09h00-11h00", "11h00-13h00", "13h00-14h00", "14h00-16h30",
                                               "16h30-19h00"]
    for start, end in spans:
        assert f"{start}–{end}" in out, (start, end)
    english = shown(cli, "en")
    assert "09:00–11:00" in english and "16:30–19:00" in english and "09h00" not in english


def test_the_salary_figures_and_their_words(cli):
    out = SPACES.sub("", shown(cli))
    salary = re.search(r"(\d+)-(\d+)€ brut/mois \(débutant (\d+)-(\d+)€, confirmé (\d+)-(\d+)€", page())
    assert salary
    low, high, junior_low, junior_high, senior_low, senior_high = salary.groups()
    for amount in (low, high, junior_low, junior_high, senior_low, senior_high):
        assert f"{amount}€" in out, amount  # 2 500 € as French writes it: the digits and the sign
    assert f"{low}€–{high}€brut/mois" in out
    assert f"Débutant{junior_low}€–{junior_high}€" in out and f"Confirmé{senior_low}€–{senior_high}€" in out
    assert "indemnitésdetournageoudedéplacement" in out


def test_the_english_profile_labels_the_figure_for_what_it_is(cli):
    out = shown(cli, "en")
    assert "Job placement rate" in out and "85%" in out and "Employment rate" not in out
