"""Every career in a result carries its codes (O*NET-SOC, ROME, ISCO-08) and the language of its
title, under the same keys in every command and format, so that a script can join them to other
data; and a French reader is told wherever a title is English (an O*NET occupation that no
crosswalk names in French as the same job)."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

import msgspec
import pytest

from careercli.render.cells import JOIN_COLUMNS

from .committed import committed_profiles

KEYS = ("onet_soc", "rome", "isco08", "title_language")
MARK = " (titre anglais)"
NURSE = {"onet_soc": ["29-1171.00"], "rome": [], "isco08": ["2221"], "title_language": "en"}  # nurse-practitioners
KINE = {"onet_soc": [], "rome": ["J1404"], "isco08": ["2264"], "title_language": "fr"}  # kinesitherapeute
SCORES = "R=2,I=5,A=1,S=7,E=2,C=3"  # a caring, investigative profile: nurses among the first careers
CLASS = "name,R,I,A,S,E,C\nAda,2,5,1,7,2,3\nBob,6,5,1,4,1,2\n"


def data(cli, *args: str) -> Any:
    result = cli(*args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["data"]


def rows_of(cli, *args: str, delimiter: str = ",") -> list[dict[str, str]]:
    result = cli(*args, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff")), delimiter=delimiter))


def text_of(cli, *args: str) -> str:
    result = cli(*args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def assert_joinable(career: dict[str, Any]) -> None:
    assert all(key in career for key in KEYS), career
    assert all(isinstance(career[key], list) and all(isinstance(c, str) for c in career[key]) for key in KEYS[:3])
    assert career["title_language"] in ("fr", "en", "nl")


def codes(career: dict[str, Any]) -> dict[str, Any]:
    return {key: career[key] for key in KEYS}


def csv_codes(row: dict[str, str]) -> dict[str, Any]:
    return {key: row[key].split() if key != "title_language" else row[key] for key in KEYS}


# ---------------------------------------------------------------- every command, JSON and CSV

COMMANDS = {  # the command, where its careers are in the JSON data, and the career to find in them
    "search": (("search", "nurse practitioners", "--catalog", "onet"), lambda d: d["results"], "nurse-practitioners"),
    "similar": (("similar", "registered-nurses", "--catalog", "onet"), lambda d: d["results"], "nurse-practitioners"),
    "list": (("list", "--catalog", "onet"), lambda d: d, "nurse-practitioners"),
    "quiz": (("quiz", "--scores", SCORES, "--catalog", "onet", "--top", "40"), lambda d: d["results"], None),
    "compare": (("compare", "nurse-practitioners", "kinesitherapeute"), lambda d: d["careers"], "nurse-practitioners"),
    "moves": (("moves", "registered-nurses"), lambda d: d["moves"], "nurse-practitioners"),
    "path": (("path", "registered-nurses", "nurse-practitioners"),
             lambda d: [step for path in d["paths"] for step in path["steps"]], "nurse-practitioners"),
}


def careers_of(name: str, found: Any) -> list[dict[str, Any]]:
    return COMMANDS[name][1](found)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_json_careers_carry_their_codes_and_title_language(cli, name: str) -> None:
    args, where, known = COMMANDS[name]
    careers = careers_of(name, data(cli, *args, "--lang", "fr"))
    assert careers
    for career in careers:
        assert_joinable(career)
    if known:
        assert codes(next(c for c in careers if c["id"] == known)) == NURSE
    if name == "compare":
        assert codes(careers[1]) == KINE


@pytest.mark.parametrize("name", [n for n in COMMANDS if n != "compare"] + ["compare"])
def test_csv_rows_carry_the_same_codes_as_the_json(cli, name: str) -> None:
    args, _where, _known = COMMANDS[name]
    careers = careers_of(name, data(cli, *args, "--lang", "fr"))
    rows = rows_of(cli, *args, "--lang", "fr")
    assert rows and set(KEYS) <= set(rows[0])
    by_id = {career["id"]: codes(career) for career in careers}
    assert all(csv_codes(row) == by_id[row["id"]] for row in rows if row["id"] in by_id)
    assert sum(row["id"] in by_id for row in rows) == len(rows)


def test_the_career_a_result_is_about_carries_its_codes_too(cli) -> None:
    assert codes(data(cli, "similar", "nurse-practitioners", "--lang", "fr")["career"]) == NURSE
    assert codes(data(cli, "moves", "nurse-practitioners", "--lang", "fr")["career"]) == NURSE
    path = data(cli, "path", "registered-nurses", "nurse-practitioners", "--lang", "fr")
    assert codes(path["goal"]) == NURSE and path["start"]["onet_soc"] == ["29-1141.00"]


def test_quiz_ranked_by_letters_carry_codes(cli) -> None:
    found = data(cli, "quiz", "--scores", SCORES, "--lang", "fr", "--top", "5")
    assert found["results_by_letters"]  # French: ROME fiches without interest scores
    for career in [*found["results"], *found["results_by_letters"]]:
        assert_joinable(career)
        assert career["rome"] and career["codes"]  # the old flat list is still there
    rows = rows_of(cli, "quiz", "--scores", SCORES, "--lang", "fr", "--top", "5")
    assert [row["rome"] for row in rows] == [" ".join(c["rome"]) for c in [*found["results"],
                                                                           *found["results_by_letters"]]]


def class_file(tmp_path: Path) -> str:
    path = tmp_path / "class.csv"
    path.write_text(CLASS, encoding="utf-8")
    return str(path)


def test_class_json_csv_markdown_and_spreadsheet_carry_codes(cli, tmp_path: Path) -> None:
    file = class_file(tmp_path)
    people = data(cli, "class", file, "--lang", "en", "--top", "3")["people"]
    careers = [career for person in people for career in person["results"]]
    assert len(careers) == 6
    for career in careers:
        assert_joinable(career)
        assert career["onet_soc"] and career["title_language"] == "en"
    rows = rows_of(cli, "class", file, "--lang", "en", "--top", "3", "--csv-dialect", "plain")
    assert [csv_codes(row) for row in rows] == [codes(c) for c in careers]
    markdown = text_of(cli, "class", file, "--lang", "en", "--top", "3", "--format", "markdown")
    assert all(f"[O\\*NET-SOC {c['onet_soc'][0]}" in markdown for c in careers)
    out = tmp_path / "class.xlsx"
    assert cli("class", file, "--lang", "en", "--top", "3", "--out", str(out)).exit_code == 0
    from openpyxl import load_workbook

    sheet = load_workbook(out).worksheets[0]
    header = [cell.value for cell in next(sheet.iter_rows(max_row=1))]
    assert list(JOIN_COLUMNS) == header[header.index("onet_soc"):header.index("onet_soc") + 4]
    first = [cell.value for cell in next(sheet.iter_rows(min_row=2, max_row=2))]
    assert first[header.index("onet_soc")] == careers[0]["onet_soc"][0]


def test_class_in_french_headers_and_marks(cli, tmp_path: Path) -> None:
    file = class_file(tmp_path)
    rows = rows_of(cli, "class", file, "--lang", "fr", "--top", "3", "--catalog", "onet", delimiter=";")
    assert rows and "langue_du_titre" in rows[0] and "isco08" in rows[0]  # the French Excel dialect
    people = data(cli, "class", file, "--lang", "fr", "--top", "3", "--catalog", "onet")["people"]
    english = [c["title"] for p in people for c in p["results"] if c["title_language"] == "en"]
    assert english, "no English-only title among the class results: choose other scores"
    markdown = text_of(cli, "class", file, "--lang", "fr", "--top", "3", "--catalog", "onet", "--format", "markdown")
    assert all(title + MARK in markdown.replace("\\", "") for title in english)


def test_fit_json_and_report_carry_codes(cli, tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("act1: 4\nact2: 5\n", encoding="utf-8")
    found = data(cli, "fit", "nurse-practitioners", "--lang", "fr", "--answers", str(answers))
    assert codes(found) == NURSE
    report = tmp_path / "fit.md"
    assert cli("fit", "nurse-practitioners", "--lang", "fr", "--answers", str(answers), "--report",
               str(report)).exit_code == 0
    text = report.read_text(encoding="utf-8")
    assert "O\\*NET-SOC 29-1171.00, ISCO-08 2221" in text and "Nurse Practitioners" + MARK in text


# ---------------------------------------------------------------- Markdown

MARKDOWN = {
    "search": ("search", "nurse practitioners", "--catalog", "onet"),
    "similar": ("similar", "registered-nurses", "--catalog", "onet"),
    "list": ("list", "--catalog", "onet"),
    "quiz": ("quiz", "--scores", SCORES, "--catalog", "onet", "--top", "40"),
    "compare": ("compare", "nurse-practitioners", "kinesitherapeute"),
    "moves": ("moves", "registered-nurses"),
    "path": ("path", "registered-nurses", "nurse-practitioners"),
}


@pytest.mark.parametrize("name", list(MARKDOWN))
def test_markdown_names_the_codes_and_marks_english_titles(cli, name: str) -> None:
    args = MARKDOWN[name]
    careers = careers_of(name, data(cli, *args, "--lang", "fr"))
    markdown = text_of(cli, *args, "--lang", "fr", "--format", "markdown").replace("\\", "")
    assert "O*NET-SOC 29-1171.00, ISCO-08 2221" in markdown or name == "quiz"
    assert_marks(careers, markdown)


def assert_marks(careers: list[dict[str, Any]], text: str) -> None:
    """Each English title followed by its mark, each French one without it; at least one of each kind
    (a test that could not fail otherwise)."""
    english = {c["title"] for c in careers if c["title_language"] == "en"}
    french = {c["title"] for c in careers if c["title_language"] == "fr"} - english
    assert english, "no English-only title in these results"
    for title in english:
        assert title + MARK in text, title
    for title in french:
        assert title + MARK not in text, title


def test_quiz_markdown_names_each_careers_codes(cli) -> None:
    careers = careers_of("quiz", data(cli, *MARKDOWN["quiz"], "--lang", "fr"))
    markdown = text_of(cli, *MARKDOWN["quiz"], "--lang", "fr", "--format", "markdown").replace("\\", "")
    for career in careers:
        assert f"(`{career['id']}`)" in markdown
        assert f"O*NET-SOC {career['onet_soc'][0]}, ISCO-08 " in markdown or not career["isco08"]


# ---------------------------------------------------------------- the screen (Rich), French

@pytest.fixture
def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # one line per title: the mark is next to it, not wrapped


@pytest.mark.parametrize("name", ["search", "similar", "list", "quiz", "compare", "moves", "path"])
def test_the_screen_marks_english_titles(cli, wide, name: str) -> None:
    args = MARKDOWN[name]
    careers = careers_of(name, data(cli, *args, "--lang", "fr"))
    assert_marks(careers, text_of(cli, *args, "--lang", "fr"))


def test_an_english_reader_sees_no_mark_on_an_english_title(cli, wide) -> None:
    text = text_of(cli, "search", "nurse practitioners", "--lang", "en")
    assert "Nurse Practitioners" in text and "(English title)" not in text and "(titre" not in text


def test_reports_mark_english_titles(cli, tmp_path: Path) -> None:
    careers = careers_of("quiz", data(cli, *MARKDOWN["quiz"], "--lang", "fr"))
    report = tmp_path / "quiz.md"
    assert cli(*MARKDOWN["quiz"], "--lang", "fr", "--report", str(report)).exit_code == 0
    assert_marks(careers, report.read_text(encoding="utf-8").replace("\\", ""))
    moves = tmp_path / "moves.html"
    assert cli("moves", "registered-nurses", "--lang", "fr", "--report", str(moves)).exit_code == 0
    assert "Nurse Practitioners" + MARK in moves.read_text(encoding="utf-8")


def test_a_best_guess_and_a_choice_mark_english_titles(cli) -> None:
    guess = cli("show", "nurse practitioner", "--lang", "fr", "--catalog", "onet", "--no-pager", "--section", "overview")
    assert guess.exit_code == 0
    assert "Fiche affichée\u00a0: Nurse Practitioners" + MARK + " (nurse-practitioners)" in guess.stderr
    assert "Infirmier de soins généraux" in guess.stderr and "Infirmier de soins généraux" + MARK not in guess.stderr
    several = cli("show", "nurse", "--lang", "fr", "--catalog", "onet", "--no-pager")
    assert "Acute Care Nurses" + MARK + " (acute-care-nurses)" in several.stderr
    assert "Infirmier de soins généraux / Infirmière de soins généraux (registered-nurses)" in several.stderr


# ---------------------------------------------------------------- kept results

def keep_quiz(tmp_path: Path, strip_codes: bool = False) -> int:
    """A French quiz over the O*NET catalog, kept as an interactive run keeps it; `strip_codes`: as
    a result kept before results carried codes."""
    from careercli.api import Careers
    from careercli.quiz.saved import Saved, save_result
    from careercli.quiz.scoring import profile_from_scores

    careers = Careers(cache_dir=os.environ["CAREERS_CACHE_DIR"])
    scores = dict((pair.split("=")[0], float(pair.split("=")[1])) for pair in SCORES.split(","))
    result = careers.rank(profile_from_scores(scores), limit=40, lang="fr", catalog="onet")
    if strip_codes:
        stripped = [msgspec.structs.replace(m, onet_soc=[], rome=[], isco08=[], title_language="")
                    for m in result.ranking.matches]
        result = msgspec.structs.replace(result, ranking=msgspec.structs.replace(result.ranking, matches=stripped))
    result = msgspec.structs.replace(result, profile=msgspec.structs.replace(result.profile, bank="riasec-short"),
                                     taken="2026-12-07T10:00:00+01:00", answers="5" + "-" * 23)
    return save_result(tmp_path / "user-data", Saved(kind="quiz", taken=result.taken, lang="fr", bank="riasec-short",
                                                     answers={"R2": 5}, quiz=result))


@pytest.mark.parametrize("strip_codes", [False, True])
def test_kept_results_carry_codes_in_every_format(cli, tmp_path: Path, strip_codes: bool) -> None:
    number = str(keep_quiz(tmp_path, strip_codes))
    careers = data(cli, "results", "show", number)["results"]
    for career in careers:
        assert_joinable(career)
        assert career["onet_soc"]
    rows = rows_of(cli, "results", "show", number)
    assert [csv_codes(row) for row in rows] == [codes(c) for c in careers]
    markdown = text_of(cli, "results", "show", number, "--format", "markdown").replace("\\", "")
    assert f"O*NET-SOC {careers[0]['onet_soc'][0]}" in markdown
    assert_marks(careers, markdown)


# ---------------------------------------------------------------- the library

def test_the_api_results_carry_the_same_codes(cli) -> None:
    from careercli import Careers

    careers = Careers(cache_dir=os.environ["CAREERS_CACHE_DIR"], lang="fr")
    found = careers.search("nurse practitioners", 5, catalog="onet").to_dict()["results"]
    assert codes(found[0]) == NURSE
    similar = careers.similar("registered-nurses", catalog="onet").to_dict()
    nurse = next(c for c in similar["results"] if c["id"] == "nurse-practitioners")
    assert codes(nurse) == NURSE and similar["onet_soc"] == ["29-1141.00"]
    listed = careers.browse(catalog="onet").to_dict()["rows"]
    assert codes(next(r for r in listed if r["id"] == "nurse-practitioners")) == NURSE
    scores = dict((pair.split("=")[0], float(pair.split("=")[1])) for pair in SCORES.split(","))
    ranked = careers.rank(scores, limit=40, catalog="onet").to_dict()["ranking"]["matches"]
    printed = careers_of("quiz", data(cli, *MARKDOWN["quiz"], "--lang", "fr"))
    assert [codes(m) for m in ranked] == [codes(c) for c in printed]
    moves = careers.moves("registered-nurses").to_dict()
    assert codes(next(m for m in moves["moves"] if m["id"] == "nurse-practitioners")) == NURSE
    assert codes(careers.fit("nurse-practitioners", {"act1": 4, "act2": 5}).to_dict()) == NURSE
    compared = careers.compare(["nurse-practitioners", "kinesitherapeute"])
    assert [p.codes.isco08 for _id, p in compared.careers] == [NURSE["isco08"], KINE["isco08"]]


# ---------------------------------------------------------------- careers about

def _onet_profiles() -> tuple[dict[str, Any], ...]:
    return committed_profiles("onet")


def title_basis(profile: dict[str, Any]) -> str:
    """What an O*NET occupation's French title rests on: exact, else its strongest related match, else none."""
    if "fr" in profile["title"]:
        return "exact"
    matches = {related["match"] for related in profile.get("related_titles", [])}
    return next((match for match in ("close", "broad", "narrow") if match in matches), "none")


def test_about_counts_every_match_type_as_the_committed_catalog_has_them(cli) -> None:
    counted = data(cli, "about")["french_titles"]
    expected = dict.fromkeys(("exact", "close", "broad", "narrow", "none"), 0)
    for profile in _onet_profiles():
        expected[title_basis(profile)] += 1
    assert counted == expected and all(expected.values())
    text = " ".join(text_of(cli, "about", "--lang", "fr").split())
    assert all(str(n) in text for n in expected.values())


def test_every_english_only_occupation_is_marked_in_the_french_list(cli) -> None:
    """The whole O*NET catalog in French, piped (one line per career): no row loses its mark."""
    english = {p["id"]: p["title"]["en"] for p in _onet_profiles() if "fr" not in p["title"]}
    assert len(english) > 400
    lines = {line.split("\t")[0]: line.split("\t")[1] for line in text_of(cli, "list", "--lang", "fr", "--catalog",
                                                                            "onet").splitlines()}
    assert all(lines[career_id] == title + MARK for career_id, title in english.items())
    assert all(not title.endswith(MARK) for career_id, title in lines.items() if career_id not in english)


def test_show_marks_similar_english_titles_and_its_json_carries_the_codes(cli, wide) -> None:
    similar = data(cli, "similar", "registered-nurses", "--catalog", "onet", "--lang", "fr", "--limit", "40")["results"]
    listed = {c["title"]: c["title_language"] for c in similar}  # both forms where the data gives both, as show names them
    for args in (("--no-pager", "--section", "similar"), ("--format", "markdown")):
        shown = text_of(cli, "show", "registered-nurses", "--lang", "fr", *args).replace("\\", "")
        named = {title: language for title, language in listed.items() if title in shown}
        assert "en" in named.values() and "fr" in named.values() and "Aide-soignant / Aide-soignante" in named
        assert all((title + MARK in shown) == (language == "en") for title, language in named.items())
    found = data(cli, "show", "nurse-practitioners", "--lang", "fr")
    assert codes(found) == NURSE and found["profile"]["codes"]["isco08"] == NURSE["isco08"]


def test_reports_name_the_codes(cli, tmp_path: Path) -> None:
    careers = careers_of("quiz", data(cli, *MARKDOWN["quiz"], "--lang", "fr"))
    report = tmp_path / "quiz.md"
    assert cli(*MARKDOWN["quiz"], "--lang", "fr", "--report", str(report)).exit_code == 0
    text = report.read_text(encoding="utf-8").replace("\\", "")
    assert all(f"O*NET-SOC {c['onet_soc'][0]}" in text for c in careers)
    moves = tmp_path / "moves.md"
    assert cli("moves", "registered-nurses", "--lang", "fr", "--report", str(moves)).exit_code == 0
    assert "O*NET-SOC 29-1171.00, ISCO-08 2221" in moves.read_text(encoding="utf-8").replace("\\", "")
    summary = tmp_path / "class.md"
    assert cli("class", class_file(tmp_path), "--lang", "en", "--report", str(summary)).exit_code == 0
    assert "ISCO-08" in summary.read_text(encoding="utf-8")
