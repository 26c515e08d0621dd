"""`careers validate`: every problem, located as file:line:column: field: message."""

from __future__ import annotations

from pathlib import Path

from .conftest import SEED_ID


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_catalog_validates(cli):
    result = cli("validate")
    assert result.exit_code == 0, result.stdout
    assert result.stdout == ""
    assert "0 with problems" in result.stderr


def test_every_problem_is_located(cli, tmp_path: Path):
    path = write(tmp_path, "bad.yaml", (
        "title: Bad\n"
        "tagline:\n"
        "  fr: bonjour\n"
        "  de: hallo\n"
        "salary:\n"
        "  junior: {min: 10, max: lots}\n"
        "colour: blue\n"
    ))
    result = cli("validate", str(path))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{path}:4:3: tagline.de: unknown field",
        f"{path}:6:26: salary.junior.max: expected `float`, got `str`",
        f"{path}:7:1: colour: unknown field",
    ]


def test_yaml_syntax_error_names_line_and_column(cli, tmp_path: Path):
    path = write(tmp_path, "broken.yaml", "title: Broken\nmissions: [one, two\n")
    result = cli("validate", str(path))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{path}:3:1: invalid YAML:")
    assert "Traceback" not in result.stdout + result.stderr


def test_id_must_match_file_name_and_be_a_slug(cli, tmp_path: Path):
    write(tmp_path, "My Job.yaml", "title: X\n")
    other = write(tmp_path, "other.yaml", "id: something-else\ntitle: X\n")
    result = cli("validate", str(tmp_path))
    assert result.exit_code == 1
    assert "file name must be a lowercase slug" in result.stdout
    assert f"{other}:1:5: id: must match the file name 'other'" in result.stdout


def test_missing_title_and_wrong_types(cli, tmp_path: Path):
    path = write(tmp_path, "no-title.yaml", "tagline: hi\nriasec: {R: 9, I: 1, A: 1, S: 1, E: 1, C: 1}\n")
    result = cli("validate", str(path))
    assert result.exit_code == 1
    assert f"{path}:2:13: riasec.R: expected `float` <= 7" in result.stdout
    assert f"{path}:1:1: title: missing required field" in result.stdout


def test_one_bad_file_does_not_hide_the_good_ones(cli, tmp_path: Path):
    write(tmp_path, "good.yaml", "title: Good job\n")
    write(tmp_path, "bad.yaml", "title: [\n")
    assert cli("validate", str(tmp_path)).exit_code == 1
    result = cli("--data-dir", str(tmp_path), "show", "good", "--format", "json")
    assert result.exit_code == 0
    assert cli("--data-dir", str(tmp_path), "show", SEED_ID, "--format", "json").exit_code == 0


def test_missing_path_is_reported(cli, tmp_path: Path):
    result = cli("validate", str(tmp_path / "nope"))
    assert result.exit_code == 1
    assert "no such file or folder" in result.stdout
