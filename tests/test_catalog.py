"""The catalog across profiles: inherited interests, lookup priorities, the pager on a terminal."""

import json
import os
import sys
from pathlib import Path

import pexpect

from .conftest import ROOT, SEED_ID
from .terminal import Terminal

CURATED = """\
title: {fr: Expert-comptable, en: Chartered accountant}
codes: {onet_soc: ["13-2011.00"], rome: ["M1206"]}
"""


def test_curated_profile_without_riasec_inherits_from_its_onet_link(cli, tmp_path: Path):
    (tmp_path / "expert-comptable.yaml").write_text(CURATED, encoding="utf-8")
    shown = json.loads(cli("--data-dir", str(tmp_path), "show", "expert-comptable", "--format", "json").stdout)
    riasec = shown["data"]["profile"]["riasec"]
    donor = json.loads(cli("show", "13-2011.00", "--format", "json").stdout)["data"]["profile"]["riasec"]
    assert riasec["inherited"] is True and riasec["based_on"] == ["13-2011.00"]
    assert [riasec[t] for t in "RIASEC"] == [donor[t] for t in "RIASEC"] and riasec["code"] == donor["code"]
    assert "13-2011.00" in riasec["source"]
    rows = json.loads(cli("--data-dir", str(tmp_path), "list", "--format", "json").stdout)["data"]
    assert next(r for r in rows if r["id"] == "expert-comptable")["code"] == donor["code"]
    text = " ".join(cli("--data-dir", str(tmp_path), "show", "expert-comptable", "-s", "interests").stdout.split())
    assert "Inherited from the O*NET 29.3 interest profile of 13-2011.00" in text


def test_rome_titles_find_a_curated_profile(cli, tmp_path: Path):
    """A curated profile that declares a ROME code is found by the fiche's job titles (other titles);
    the fiche itself, whose main title it is, comes first in French and is absent in English."""
    (tmp_path / "expert-comptable.yaml").write_text(CURATED, encoding="utf-8")
    from careercli.catalog.reference import rome_titles

    title = rome_titles("M1206")[0]
    english = cli("--data-dir", str(tmp_path), "show", title.upper(), "--format", "json")
    assert json.loads(english.stdout)["data"]["id"] == "expert-comptable"
    french = cli("--data-dir", str(tmp_path), "show", title.upper(), "--format", "json", "--lang", "fr")
    fiche = json.loads(french.stdout)["data"]["profile"]
    assert fiche["origin"] == "rome" and fiche["codes"]["rome"] == ["M1206"]


def test_codes_and_main_titles_win_over_other_titles(cli):
    assert json.loads(cli("show", "13-2011", "--format", "json").stdout)["data"]["id"] == "accountants-and-auditors"


def test_a_code_shows_the_career_that_is_it_before_one_that_declares_it(cli):
    """L1302 is the ROME fiche producteur-de-film; the seed only declares it (its appellations)."""
    assert json.loads(cli("show", "l1302", "--format", "json", "--lang", "fr").stdout)["data"]["id"] == \
        "producteur-de-film"
    assert json.loads(cli("show", "l1302", "--format", "json").stdout)["data"]["id"] == SEED_ID  # English: no fiches


def run_in_terminal(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    child = Terminal(sys.executable, ["-m", "careercli", *args], env=env, encoding="utf-8",
                     dimensions=(30, 80), timeout=60)
    output = child.read()
    child.close()
    return child.exitstatus, output


def test_long_output_goes_through_the_pager_on_a_terminal(tmp_path: Path):
    paged = tmp_path / "paged.txt"
    env = {**os.environ, "PAGER": f"cat > {paged}",  # and the session's cache
           "PYTHONPATH": str(ROOT / "src"), "CAREERS_LANG": "en", "TERM": "xterm"}
    status, _ = run_in_terminal(["show", SEED_ID, "--lang", "en"], env)
    assert status == 0 and "Daily missions" in paged.read_text(encoding="utf-8")
    paged.unlink()
    status, output = run_in_terminal(["show", SEED_ID, "--lang", "en", "--no-pager"], env)
    assert status == 0 and not paged.exists() and "Daily missions" in output
    status, output = run_in_terminal(["show", SEED_ID, "--lang", "en", "--section", "salary"], env)
    assert status == 0 and not paged.exists() and "Junior" in output  # short: printed directly


def test_one_rome_row_is_read_as_the_whole_table_reads_it():
    from careercli.catalog.reference import _rome_row, default_rome_table

    table = default_rome_table()
    assert table is not None and len(table.labels) > 1500
    assert all(_rome_row(code) == (table.labels[code], table.appellations[code]) for code in table.labels)
    assert _rome_row("code") is None and _rome_row("Z9999") is None and _rome_row("L1302\tx") is None
