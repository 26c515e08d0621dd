"""`careers import pay`: a local pay table keyed by ISCO-08 or ROME -> pay overlays, nothing dropped."""

from __future__ import annotations

import json
from pathlib import Path

import msgspec
import pytest

from careercli.importers.output import MANIFEST
from careercli.importers.pay_table import (
    PayRow, PayTableInfo, import_pay_table, match_careers, read_pay_table,
)
from careercli.importers.tsv import ImportDataError
from careercli.profile.schema import PayOverlay

FIXTURES = Path(__file__).parent / "fixtures" / "pay"
BELGIUM = PayTableInfo(key="isco08", currency="EUR", period="month", basis="gross", source="Enquête salariale",
                       year=2024, geography="Belgique", licence="CC BY 4.0")
CAREERS = {"accountants": ["2411"], "software-developers": ["2512", "2514"], "database-architects": ["2521"],
           "cooks": ["5120"]}


def test_semicolons_decimal_commas_markers_and_bom_are_read() -> None:
    first, second, *_rest = read_pay_table(FIXTURES / "isco_be.csv", "isco08")
    assert (first.line, first.code, first.title) == (2, "2411", "Comptables")
    assert first.amounts == {"mean": 4100.0, "p10": 2900.0, "median": 3800.5, "p90": 6000.0}
    assert first.top_coded == ["p90"] and first.employment == 12000  # '>=6000': at least; '12 000': spaces
    assert second.suppressed == ["p10"] and "p10" not in second.amounts  # '*': withheld, kept as such


def test_own_code_first_then_the_most_specific_group() -> None:
    rows = read_pay_table(FIXTURES / "isco_be.csv", "isco08")
    result = match_careers(rows, CAREERS, "isco08")
    assert [(r.code, level) for r, level in result.matched["accountants"]] == [("2411", "detailed")]
    assert [(r.code, level) for r, level in result.matched["software-developers"]] == [("2512", "detailed")]
    assert [(r.code, level) for r, level in result.matched["database-architects"]] == [("25", "broad")]
    assert "cooks" not in result.matched
    assert [row.code for row in result.unmatched] == ["9999"]  # reported, never dropped


def test_several_codes_at_the_same_level_take_every_row() -> None:
    rows = [PayRow(2, "2512", amounts={"median": 1.0}), PayRow(3, "2514", amounts={"median": 2.0})]
    found = match_careers(rows, {"dev": ["2514", "2512"]}, "isco08").matched["dev"]
    assert [(r.code, level) for r, level in found] == [("2512", "detailed"), ("2514", "detailed")]


def test_overlays_keep_source_year_geography_and_validate(tmp_path: Path) -> None:
    result = import_pay_table(FIXTURES / "isco_be.csv", tmp_path, BELGIUM, CAREERS)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        MANIFEST, "accountants.pay.json", "database-architects.pay.json", "software-developers.pay.json"]
    overlay = msgspec.json.decode((tmp_path / "database-architects.pay.json").read_bytes(), type=PayOverlay)
    (wages,) = overlay.wages
    assert (overlay.career, wages.source.name, wages.source.licence, wages.year, wages.geography) == (
        "database-architects", "Enquête salariale", "CC BY 4.0", 2024, "Belgique")
    assert (wages.currency, wages.basis, wages.pay[0].period, wages.pay[0].median) == ("EUR", "gross", "month", 4000)
    assert (wages.row.system, wages.row.code, wages.row.level, wages.row.title) == (
        "ISCO-08", "25", "broad", "Spécialistes des TIC")
    manifest = json.loads((tmp_path / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["unmatched"] == [{"line": 5, "code": "9999", "title": "Profession inconnue"}]
    assert manifest["sources"][0]["note"] == "Belgique, 2024: EUR per month, gross; keyed by ISCO-08"
    assert len(result.matched) == 3


def test_reimport_removes_overlays_no_longer_produced(tmp_path: Path) -> None:
    import_pay_table(FIXTURES / "isco_be.csv", tmp_path, BELGIUM, CAREERS)
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    import_pay_table(FIXTURES / "isco_be.csv", tmp_path, BELGIUM, {"accountants": ["2411"]}, force=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == [MANIFEST, "accountants.pay.json", "notes.json"]


@pytest.mark.parametrize(("content", "message"), [
    ("code;median\n24x1;3000\n", r":2: not a ISCO-08 code: '24X1'"),
    ("code;median\n2411;lots\n", r":2: column 'median': not an amount: 'lots'"),
    ("code;median\n2411;-5\n", r":2: column 'median': not an amount: '-5'"),
    ("code;median\n2411;\n", r":2: no figure in this row"),
    ("code;median\n2411;1\n2411;2\n", r":3: code 2411 appears twice"),
    ("code;p10;p90\n2411;5000;3000\n", r":2: p10 \(5000\) is greater than p90 \(3000\)"),
    ("code;median\n2411;1e23\n", r":2: column 'median': 1e23 is more than any pay"),
    ("code;salary\n2411;3000\n", r":1: unknown column\(s\): salary"),
    ("title;median\nx;3000\n", r":1: a 'code' column and at least one figure column are needed"),
])
def test_bad_rows_stop_with_file_and_line(tmp_path: Path, content: str, message: str) -> None:
    table = tmp_path / "table.csv"
    table.write_text(content, encoding="utf-8")
    with pytest.raises(ImportDataError, match=message):
        import_pay_table(table, tmp_path / "out", BELGIUM, CAREERS)
    assert not (tmp_path / "out").exists()


def test_cli_matches_the_catalog_and_reports_rows_that_match_nothing(cli, tmp_path: Path) -> None:  # noqa: ANN001
    result = cli("import", "pay", str(FIXTURES / "isco_be.csv"), "--key", "isco08", "--source", "Enquête",
                 "--year", "2024", "--geography", "Belgique", "--out", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert f"{FIXTURES / 'isco_be.csv'}:5: 9999 matches no career (Profession inconnue)" in result.stderr
    accountants = json.loads((tmp_path / "accountants-and-auditors.pay.json").read_text(encoding="utf-8"))
    assert accountants["wages"][0]["row"]["code"] == "2411"
    about = cli("--data-dir", str(tmp_path), "about", "--format", "json")
    sources = json.loads(about.stdout)["data"]["sources"]
    assert any(s["name"] == "Enquête" and "Belgique, 2024" in s["note"] for s in sources)


def test_cli_rome_table_matches_curated_profiles(cli, tmp_path: Path) -> None:  # noqa: ANN001
    result = cli("import", "pay", str(FIXTURES / "rome_fr.csv"), "--key", "rome", "--source", "Enquête",
                 "--year", "2023", "--geography", "France", "--out", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    overlay = json.loads((tmp_path / "administrateur-de-production.pay.json").read_text(encoding="utf-8"))
    assert [w["row"]["code"] for w in overlay["wages"]] == ["L1302"]  # its own fiche, not the L13 domain
    fiche = json.loads((tmp_path / "producteur-de-film.pay.json").read_text(encoding="utf-8"))  # ROME L1302
    assert [w["row"]["code"] for w in fiche["wages"]] == ["L1302"]  # the fiche's own row before its domain's
    domain = [json.loads(p.read_text(encoding="utf-8")) for p in tmp_path.glob("*.pay.json")]
    assert any(w["row"]["code"] == "L13" for o in domain for w in o["wages"])  # ROME fiches of L13 without a row
    assert ":2: L1302" not in result.stderr and "L13 matches no career" not in result.stderr
    assert "Rows that match no career: 1" in result.stderr and ":4: N9999 matches no career" in result.stderr


def test_cli_refuses_unknown_choices(cli, tmp_path: Path) -> None:  # noqa: ANN001
    result = cli("import", "pay", str(FIXTURES / "isco_be.csv"), "--key", "soc", "--source", "x", "--year", "2024",
                 "--geography", "x", "--out", str(tmp_path))
    assert result.exit_code == 2 and "--key must be one of: isco08, rome" in result.stderr
