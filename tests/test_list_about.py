"""`careers list` and `careers about` over the committed catalog (O*NET import + curated profiles)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from careercli.explore.browse import title_key

from .conftest import ROOT, SHARED_DATA

LIST_KEYS = ["id", "title", "code", "job_zone", "origin", "riasec"]


def listed(cli, *args: str) -> list[dict]:  # noqa: ANN001
    result = cli("list", "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert [document[k] for k in ("version", "command", "status", "exit_code", "errors")] == [1, "list", "ok", 0, []]
    return document["data"]


def test_list_json_contract(cli) -> None:  # noqa: ANN001
    careers = listed(cli, "--lang", "en")
    assert len(careers) >= 920
    assert all(list(c) == LIST_KEYS for c in careers)
    assert [c["title"] for c in careers] == sorted((c["title"] for c in careers), key=title_key)  # by title
    onet = [c for c in careers if c["origin"] == "onet"]
    assert len(onet) >= 920
    for career in onet:
        assert sorted(career["riasec"]) == sorted("RIASEC") and all(1 <= v <= 7 for v in career["riasec"].values())
        assert career["job_zone"] in (1, 2, 3, 4, 5), career["id"]
        assert career["code"] and 1 <= len(career["code"]) <= 3
    accountants = next(c for c in careers if c["id"] == "accountants-and-auditors")
    assert accountants["title"] == "Accountants and Auditors" and accountants["code"] == "CEI"


def test_list_title_follows_lang(cli) -> None:  # noqa: ANN001
    french = {c["id"]: c["title"] for c in listed(cli, "--lang", "fr", "--catalog", "onet")}
    assert french["accountants-and-auditors"] == "Comptable"


def test_the_catalog_follows_the_language_and_leaves_twins_out(cli) -> None:  # noqa: ANN001
    french = listed(cli, "--lang", "fr")
    assert {c["origin"] for c in french} == {"rome", "curated"} and len(french) >= 1584
    english = listed(cli, "--lang", "en")
    assert {c["origin"] for c in english} == {"onet", "curated"}
    everything = listed(cli, "--lang", "fr", "--catalog", "all")
    twins_left_out = len(french) + len(english) - 1 - len(everything)  # the seed is in both
    assert twins_left_out > 0 and {c["origin"] for c in everything} == {"rome", "onet", "curated"}


def test_list_csv_has_a_header_and_one_row_per_career(cli) -> None:  # noqa: ANN001
    result = cli("list", "--format", "csv", "--lang", "en")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["id", "title", "code", "job_zone", "origin", "R", "I", "A", "S", "E", "C"]
    assert len(rows) - 1 == len(listed(cli))
    assert ["accountants-and-auditors", "Accountants and Auditors", "CEI", "4", "onet"] in [r[:5] for r in rows]


def test_list_markdown_and_rich(cli) -> None:  # noqa: ANN001
    markdown = cli("list", "--format", "markdown", "--lang", "en").stdout.splitlines()
    assert markdown[0] == "| Id | Title | Code | Job zone | Origin |"
    assert "| accountants-and-auditors | Accountants and Auditors | CEI | 4 | onet |" in markdown
    table = cli("list", "--lang", "en").stdout
    assert "accountants-and-auditors" in table and "CEI" in table


def test_list_rejects_an_unknown_language(cli) -> None:  # noqa: ANN001
    result = cli("list", "--lang", "de")
    assert result.exit_code == 2 and result.stderr.startswith("Error: unknown language 'de'")


def test_list_prints_untrusted_titles_safely(cli, tmp_path: Path) -> None:  # noqa: ANN001
    (tmp_path / "evil.yaml").write_text('title: "[bold]Boss[/bold] \\e[31mred | pipe"\n', encoding="utf-8")
    table = cli("list", "--data-dir", str(tmp_path)).stdout
    assert "[bold]Boss[/bold]" in table and "\x1b" not in table
    markdown = cli("list", "--format", "markdown", "--data-dir", str(tmp_path)).stdout
    # brackets escaped too: `[text](url)` in a title must not become a link in Markdown
    assert "| evil | \\[bold\\]Boss\\[/bold\\] \\[31mred \\| pipe |" in markdown


def test_list_markdown_and_csv_make_untrusted_titles_inert(cli, tmp_path: Path) -> None:  # noqa: ANN001
    (tmp_path / "trap.yaml").write_text('title: "=HYPERLINK(\\"http://x\\") [a](http://evil)"\n', encoding="utf-8")
    markdown = cli("list", "--format", "markdown", "--data-dir", str(tmp_path)).stdout
    assert "\\[a\\](http://evil)" in markdown and "[a](http://evil)" not in markdown
    csv_rows = list(csv.reader(io.StringIO(cli("list", "--format", "csv", "--data-dir", str(tmp_path)).stdout)))
    assert next(r for r in csv_rows if r[0] == "trap")[1].startswith("'=HYPERLINK(")


def test_show_resolves_an_onet_code(cli) -> None:  # noqa: ANN001
    result = cli("show", "13-2011.00", "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)["data"]
    assert data["id"] == "accountants-and-auditors"
    assert data["profile"]["title"] == {"fr": "Comptable", "en": "Accountants and Auditors", "nl": "Accountant"}
    assert "registeraccountant" in data["profile"]["other_titles"]["nl"]


def test_about_shows_sources_attribution_and_counts(cli) -> None:  # noqa: ANN001
    result = cli("about", "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)["data"]
    names = [s["name"] for s in data["sources"]]
    assert names[:3] == ["O*NET 29.3 Database", "SOC 2010 to ISCO-08 crosswalk", "ESCO occupations"]
    assert any(name.startswith("ROME 4.0") for name in names)
    onet = data["sources"][0]
    assert onet["licence"] == "CC BY 4.0" and "O*NET(R) is a trademark of USDOL/ETA" in onet["attribution"]
    assert data["careers"]["by_origin"]["onet"] >= 920
    assert data["careers"]["total"] == sum(data["careers"]["by_origin"].values())
    rich = " ".join(cli("about").stdout.split())
    assert " ".join(onet["attribution"].split()) in rich


@pytest.mark.skipif(not (SHARED_DATA / "onet").is_dir(), reason="needs ../shared/data beside the clone (CI has it)")
def test_about_attribution_is_verbatim_from_onet_version(cli) -> None:  # noqa: ANN001
    version = (SHARED_DATA / "onet" / "VERSION").read_text(encoding="utf-8")
    expected = next(line for line in version.splitlines() if line.startswith("Attribution:")).removeprefix("Attribution:").strip()
    assert json.loads(cli("about", "--format", "json").stdout)["data"]["sources"][0]["attribution"] == expected


def test_about_credits_the_item_banks_and_the_seed_page(cli) -> None:  # noqa: ANN001
    sources = json.loads(cli("about", "--format", "json").stdout)["data"]["sources"]
    banks = {s["name"].split(":")[0]: s for s in sources if s["name"].startswith("Quiz item bank")}
    assert set(banks) == {"Quiz item bank riasec-48", "Quiz item bank riasec-short", "Quiz item bank onet-ip-60"}
    assert "Public domain" in banks["Quiz item bank riasec-48"]["licence"]
    assert "Armstrong, P. I., Allison, W., & Rounds, J. (2008)" in banks["Quiz item bank riasec-48"]["attribution"]
    assert "USDOL/ETA" in banks["Quiz item bank onet-ip-60"]["attribution"]
    page = next(s for s in sources if s["name"].startswith("Guide des métiers"))
    assert page["used_by"] == "administrateur-de-production"


def test_about_lists_each_source_once_with_its_terms(cli) -> None:  # noqa: ANN001
    """The ROME export, the ROME titles of curated profiles and the seed's ROME code are one
    source; so are the ESCO labels of every version. Terms in doubt are said, never left out."""
    sources = json.loads(cli("about", "--format", "json").stdout)["data"]["sources"]
    names = [s["name"] for s in sources]
    assert len(names) == len(set(names))
    rome = [s for s in sources if s["name"].startswith("ROME 4.0")]
    assert len(rome) == 1 and rome[0]["licence"] == "Licence Ouverte / Etalab 2.0 (believed; to be verified)"
    assert rome[0]["version"] == "v460, published 18/09/2025" and rome[0]["used_by"] == "administrateur-de-production"
    assert "French job titles for curated profiles" in rome[0]["note"]
    esco = [s for s in sources if s["name"].split()[0] == "ESCO" and s.get("publisher") == "European Commission"]
    assert len(esco) == 1 and esco[0]["attribution"].count("© European Union") == 1
    assert all(v in esco[0]["version"] for v in ("v1.0.x", "v1.1.1", "v1.1.2", "v1.1 "))
    unstated = {s["name"]: s["licence"] for s in sources if s["name"] in ("ESCO - ROME", "ESCO-O*NET Crosswalk")}
    assert unstated == {"ESCO - ROME": "not stated by the source", "ESCO-O*NET Crosswalk": "not stated by the source"}


def test_the_readme_states_the_same_terms(cli) -> None:  # noqa: ANN001
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Data sources and licences", 1)[1].split("\n## ", 1)[0]
    bullets = {b.split("**")[1]: " ".join(b.split()) for b in section.split("\n- ")[1:]}
    assert "to be verified" in bullets["ROME 4.0 v460"] and "Etalab 2.0" in bullets["ROME 4.0 v460"]
    assert [name for name in bullets if name.startswith("ESCO") and "mapping" not in name] == ["ESCO"]
    for name in ("ESCO mappings", "ROME to ISCO-08 correspondence", "SOC 2010 → ISCO-08 crosswalk"):
        assert "no licence is stated" in bullets[name], name
