"""Absurd figures are refused where they are read, each located: `careers validate` names the
profile and the field; `careers import pay` names the table's line."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..conftest import no_builtin

PROFILES = {  # name -> (the figure, where validate says the problem is)
    "women": ("key_figures: {share_of_women: {value: 185, unit: percent}}", "share_of_women: 185 is outside 0-100"),
    "age": ("key_figures: {average_age: {value: 300, unit: years}}", "average_age: 300 is outside 14-100"),
    "insertion": ("key_figures: {insertion_rate: {min: -5, max: 80, unit: percent}}", "insertion_rate: -5"),
    "salary": ("salary: {currency: EUR, period: month, overall: {min: 2000, max: 1.0e+308}}", "salary.overall.max"),
    "median": ("wages: [{source: {name: x}, geography: Belgique, year: 2024, currency: EUR, "
               "pay: [{period: month, median: 1.0e+23}]}]", "wages[0].pay[0].median"),
}


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_validate_locates_an_absurd_figure(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:  # noqa: ANN001
    no_builtin(monkeypatch, tmp_path)
    folder = tmp_path / "profiles"
    folder.mkdir()
    figure, where = PROFILES[name]
    (folder / f"{name}.yaml").write_text(f"title: {name.title()}\n{figure}\n", encoding="utf-8")
    result = cli("--data-dir", str(folder), "validate")
    assert result.exit_code == 1, result.stdout
    assert f"{name}.yaml:2:" in result.stdout and where in result.stdout, result.stdout


def test_sensible_figures_still_validate(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    no_builtin(monkeypatch, tmp_path)
    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "fine.yaml").write_text(
        "title: Fine\nkey_figures: {share_of_women: {value: 48.5, unit: percent}, growth: {value: -3, unit: percent},"
        " average_age: {value: 41, unit: years}}\nsalary: {currency: IDR, period: year, overall: {min: 6.0e+7, max: 1.2e+8}}\n",
        encoding="utf-8")
    result = cli("--data-dir", str(folder), "validate")
    assert "fine.yaml" not in result.stdout + result.stderr, result.stdout  # (other tables may name careers it lacks)
