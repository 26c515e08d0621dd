"""Kept results (`careers results`) and `careers new` templates."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import msgspec
import pytest

from careercli.quiz.saved import Saved, results_folder, save_result
from careercli.profile.schema import Profile
from careercli.profile.template import MARK


def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "user-data"  # CAREERS_DATA_DIR of the autouse fixture


def keep_quiz(cli, tmp_path: Path) -> int:
    """Keep a quiz result as an interactive run does."""
    from careercli.api import Careers
    from careercli.quiz.scoring import profile_from_scores

    careers = Careers(cache_dir=os.environ["CAREERS_CACHE_DIR"])  # the session's shared cache
    result = careers.rank(profile_from_scores({"R": 2, "I": 5, "A": 3, "S": 4, "E": 6, "C": 5}), limit=3, catalog="all")
    bank_profile = msgspec.structs.replace(result.profile, bank="riasec-short")
    result = msgspec.structs.replace(result, profile=bank_profile, taken="2026-11-26T10:00:00+01:00",
                                     answers="5" + "-" * 23)
    return save_result(data_dir(tmp_path), Saved(kind="quiz", taken=result.taken, lang="en", bank="riasec-short",
                                                 answers={"R2": 5}, quiz=result))


def test_list_show_report_and_delete(cli, tmp_path: Path) -> None:
    assert cli("results").exit_code == 0
    first, second = keep_quiz(cli, tmp_path), keep_quiz(cli, tmp_path)
    assert (first, second) == (1, 2)
    listed = json.loads(cli("results", "--format", "json").stdout)["data"]["results"]
    assert [(r["number"], r["kind"], r["taken"]) for r in listed] == [(1, "quiz", "2026-11-26T10:00:00+01:00"),
                                                                        (2, "quiz", "2026-11-26T10:00:00+01:00")]
    data = json.loads(cli("results", "show", "2", "--format", "json").stdout)["data"]
    assert (data["kept_as"], data["answer_string"], data["taken"]) == (2, "5" + "-" * 23, "2026-11-26T10:00:00+01:00")
    shown = cli("results", "show", "2")
    assert shown.exit_code == 0 and "Kept as result 2: careers results show 2" in shown.stdout
    assert "careers quiz --bank riasec-short --answers-string 5-----------------------" in shown.stdout
    report = tmp_path / "again.md"
    assert cli("results", "show", "1", "--report", str(report)).exit_code == 0
    assert "2026-11-26 10:00" in report.read_text() and "careers results show 1" in report.read_text()
    assert cli("results", "delete", "1").exit_code == 0
    assert [r["number"] for r in json.loads(cli("results", "--format", "json").stdout)["data"]["results"]] == [2]
    assert keep_quiz(cli, tmp_path) == 3  # numbers are not reused while a later one exists
    missing = cli("results", "show", "1")
    assert missing.exit_code == 4 and "no kept result 1" in missing.stderr


def test_a_tampered_result_is_reported_never_trusted(cli, tmp_path: Path) -> None:
    keep_quiz(cli, tmp_path)
    path = next(results_folder(data_dir(tmp_path)).iterdir())
    doc = json.loads(path.read_text())
    doc["quiz"]["profile"]["scores"] = {"R": 1e999, "\x1b[2J": 3}
    path.write_text(json.dumps(doc))
    listed = cli("results")
    assert listed.exit_code == 0 and "cannot be read" in listed.stderr and "\x1b" not in listed.stderr
    shown = cli("results", "show", "1")
    assert shown.exit_code == 1 and shown.stderr.startswith("Error: ") and "Traceback" not in shown.stderr


# ---------------------------------------------------------------- careers new

def test_new_writes_a_template_that_validate_checks(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    made = cli("new", "ebeniste")
    assert made.exit_code == 0 and "careers validate ebeniste.yaml" in made.stderr
    template = Path("ebeniste.yaml").read_text(encoding="utf-8")
    fields = {f.encode_name for f in msgspec.structs.fields(Profile)}
    missing = [name for name in fields if not re.search(rf"^(# )?{name}:", template, re.MULTILINE)]
    assert missing == [], f"sections missing from the template: {missing}"

    unfilled = cli("validate", "ebeniste.yaml")
    assert unfilled.exit_code == 1
    assert unfilled.stdout.splitlines()[:2] == [
        "ebeniste.yaml:11:8: still the template's placeholder: write your text here, or delete the line",
        "ebeniste.yaml:12:8: still the template's placeholder: write your text here, or delete the line"]

    folder = tmp_path / "filled"
    folder.mkdir()
    filled = re.sub(r"^# ", "", template, flags=re.MULTILINE)  # every optional section used
    filled = re.sub(re.escape(MARK) + r"[^>]*>", "Some text", filled)
    assert MARK not in filled
    (folder / "ebeniste.yaml").write_text(filled, encoding="utf-8")
    checked = cli("validate", str(folder))
    assert checked.exit_code == 0, checked.stdout
    shown = cli("--data-dir", str(folder), "show", "ebeniste", "--format", "json")
    assert shown.exit_code == 0 and json.loads(shown.stdout)["data"]["profile"]["salary"]["overall"] == {
        "min": 2000, "max": 3500}


def test_new_refuses_a_bad_id_and_an_existing_file(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli("new", "Ébéniste").exit_code == 2
    Path("ebeniste.yaml").write_text("title: mine\n")
    again = cli("new", "ebeniste")
    assert again.exit_code == 1 and "--force" in again.stderr and Path("ebeniste.yaml").read_text() == "title: mine\n"
    assert cli("new", "ebeniste", "--force").exit_code == 0


def test_show_like_ranks_a_kept_quiz_again_with_the_centres_given(cli, tmp_path: Path) -> None:
    keep_quiz(cli, tmp_path)
    kept = json.loads(cli("results", "show", "1", "--format", "json").stdout)["data"]
    again = json.loads(cli("results", "show", "1", "--like", "chiffres", "--format", "json").stdout)["data"]
    assert kept["preferences"]["likes"] == [] and [c["number"] for c in again["preferences"]["likes"]] == [15]
    assert again["kept_as"] == 1 and again["answer_string"] == kept["answer_string"]
    assert len(again["results"]) == len(kept["results"]) and again["results"][0]["centres"] == ["I like working with numbers"]
    assert "Ranked again now with the interest centres given" in again["notes"][-1]
    unchanged = json.loads(cli("results", "show", "1", "--format", "json").stdout)["data"]
    assert unchanged["results"] == kept["results"]  # the kept result itself is not changed
    bad = cli("results", "show", "1", "--like", "xyzzy")
    assert bad.exit_code == 2 and "no interest centre matches 'xyzzy'" in bad.stderr
