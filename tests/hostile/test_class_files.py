"""Class files as they come, hostile ones included: identity columns carrying control sequences,
formulas or markup reach no output raw; a file in neither UTF-8 nor Windows-1252 is still read."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from .corpus import PAYLOAD, UNSAFE_OUTPUT

EXPORT = "Nom;Prénom;Classe;R;I;A;S;E;C\n{name};{first};[/]5A;2;5;3;4;6;5\n"


@pytest.fixture
def hostile_class(tmp_path: Path) -> Path:
    path = tmp_path / "classe.csv"
    first = "=HYPERLINK(\"http://evil.example\")" + PAYLOAD.replace(";", ",").replace("\n", " ")
    path.write_text(EXPORT.format(name="Zoé" + PAYLOAD.replace(";", ","), first=first), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["rich", "json", "csv", "markdown"])
def test_identity_columns_reach_no_output_raw(cli, hostile_class: Path, fmt: str) -> None:  # noqa: ANN001
    result = cli("class", str(hostile_class), "--format", fmt, "--top", "1")
    assert result.exit_code == 0, result.stderr
    assert not UNSAFE_OUTPUT.search(result.stdout) and not UNSAFE_OUTPUT.search(result.stderr)
    if fmt == "csv":
        row = list(csv.reader(io.StringIO(result.stdout)))[1]
        assert row[1].startswith("'=HYPERLINK")  # a spreadsheet shows it, never runs it
    if fmt == "json":
        identity = json.loads(result.stdout)["data"]["people"][0]["identity"]
        assert identity["Classe"] == "[/]5A" and "\x1b" not in identity["Prénom"]


def test_bytes_no_encoding_defines_are_read_as_latin_1(cli, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "classe.csv"
    path.write_bytes("Nom;Prénom;R;I;A;S;E;C\nZoé;L\x81o;2;5;3;4;6;5\n".encode("latin-1"))  # 0x81: no Windows-1252 letter
    result = cli("class", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["data"]["people"][0]["name"] == "Zoé" and any("Latin-1" in n for n in doc["data"]["notes"])
