"""`careers class FILE`: a whole class scored from one CSV file, bad rows reported, the quiz's own ranking."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careercli.quiz.bank import load_bank
from careercli.quiz.classroom import read_roster

SHORT_IDS = [item.id for item in load_bank("riasec-short").items]  # 24 columns, R2 .. C7
ANSWERS = {  # one answer per item of riasec-short, in bank order; three clearly different people
    "Alice": "125312" * 4,  # R I A S E C: 1 2 5 3 1 2
    "Bob": "512345" * 4,
    "Chloé": "333351" * 4,
}
TOP = 3


def class_file(folder: Path, rows: dict[str, str], separator: str = ",", name: str = "class.csv") -> Path:
    lines = [separator.join(["name", *SHORT_IDS])]
    lines += [separator.join([person, *digits]) for person, digits in rows.items()]
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def as_json(result) -> dict:
    return json.loads(result.stdout)


def people(result) -> list[dict]:
    return as_json(result)["data"]["people"]


# ---------------------------------------------------------------- the three kinds of file

def test_item_answers_score_every_person(cli, tmp_path: Path) -> None:
    result = cli("class", str(class_file(tmp_path, ANSWERS)), "--top", str(TOP), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = as_json(result)["data"]
    assert data["bank"] == "riasec-short" and data["errors"] == []
    assert [(p["line"], p["name"]) for p in data["people"]] == [(2, "Alice"), (3, "Bob"), (4, "Chloé")]
    alice = data["people"][0]
    assert alice["profile"] == {"R": 4.0, "I": 8.0, "A": 20.0, "S": 12.0, "E": 4.0, "C": 8.0}
    assert alice["code"] == "ASI" and alice["code_display"] == "AS(I/C)"
    assert all(len(p["results"]) == TOP for p in data["people"])


def test_a_semicolon_file_gives_the_same_results(cli, tmp_path: Path) -> None:
    comma = cli("class", str(class_file(tmp_path, ANSWERS)), "--format", "json")
    semicolon = cli("class", str(class_file(tmp_path, ANSWERS, ";", "excel-fr.csv")), "--format", "json")
    assert semicolon.exit_code == 0, semicolon.stderr
    assert people(semicolon) == people(comma)


def test_score_columns_on_any_scale_with_decimal_commas(cli, tmp_path: Path) -> None:
    path = tmp_path / "scores.csv"
    path.write_text("Nom;R;I;A;S;E;C\nZoé;2;5;3,5;4;6;5\nYann;20;50;35;40;60;50\n", encoding="utf-8")
    result = cli("class", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = as_json(result)["data"]
    assert data["bank"] is None
    zoe, yann = data["people"]
    assert zoe["profile"] == {"R": 2, "I": 5, "A": 3.5, "S": 4, "E": 6, "C": 5}
    assert zoe["code"] == "EIC" and zoe["code_display"] == "E(I/C)"
    assert [r["id"] for r in zoe["results"]] == [r["id"] for r in yann["results"]]  # the scale does not matter


@pytest.mark.parametrize("person", list(ANSWERS))
def test_a_person_gets_what_careers_quiz_gives_for_the_same_answers(cli, tmp_path: Path, person: str) -> None:
    whole_class = people(cli("class", str(class_file(tmp_path, ANSWERS)), "--format", "json"))
    alone = tmp_path / "alone.csv"
    alone.write_text("".join(f"{item},{digit}\n" for item, digit in zip(SHORT_IDS, ANSWERS[person])), encoding="utf-8")
    quiz = cli("quiz", "--answers", str(alone), "--top", "5", "--format", "json")
    assert quiz.exit_code == 0, quiz.stderr
    mine = next(p for p in whole_class if p["name"] == person)
    expected = json.loads(quiz.stdout)["data"]
    assert [r["id"] for r in mine["results"]] == [r["id"] for r in expected["results"]]
    assert [r["score"] for r in mine["results"]] == [r["score"] for r in expected["results"]]
    assert (mine["profile"], mine["code"]) == (expected["profile"], expected["code"])


# ---------------------------------------------------------------- bad rows and bad files

def test_bad_rows_are_reported_and_the_others_still_scored(cli, tmp_path: Path) -> None:
    rows = {"Alice": ANSWERS["Alice"], "Seven": "7" + "3" * 23, "Flat": "3" * 24, "Bob": ANSWERS["Bob"]}
    path = class_file(tmp_path, rows)
    result = cli("class", str(path))
    assert result.exit_code == 1
    # other stderr lines are notes (e.g. the ROME fiches without interest scores, not ranked)
    assert [line for line in result.stderr.splitlines() if line.startswith(str(path))] == [
        f"{path}:3: R2: '7' is not an answer; use 1-5 (1 = dislike, 5 = enjoy), or - to skip",
        f"{path}:4: RIASEC: all six scale scores are equal (12), so careers cannot be ranked by interest",
    ]
    assert "Alice" in result.stdout and "Bob" in result.stdout and "Seven" not in result.stdout

    doc = as_json(cli("class", str(path), "--format", "json"))
    assert (doc["status"], doc["exit_code"]) == ("error", 1)
    assert [p["name"] for p in doc["data"]["people"]] == ["Alice", "Bob"]
    assert [(e["line"], e["column"]) for e in doc["data"]["errors"]] == [(3, "R2"), (4, "RIASEC")]
    assert doc["errors"] == [line for line in result.stderr.splitlines() if line.startswith(str(path))]


def test_line_numbers_are_physical_lines(tmp_path: Path) -> None:
    text = "\n".join(["name,R,I,A,S,E,C", "", '"Multi', 'line",1,2,3,4,5,6', ",,,,,,", "Bad,1,2,x,4,5,6,"]) + "\n"
    roster = read_roster(text, "class.csv")
    assert [(p.line, p.name) for p in roster.people] == [(3, "Multi\nline")]
    assert [(p.line, p.column) for p in roster.problems] == [(6, "A")]


def test_every_problem_of_a_row_is_counted_on_its_one_line(tmp_path: Path) -> None:
    roster = read_roster("name,R,I,A,S,E,C\nAna,1,x,3,,5,6\n", "class.csv")
    assert [(p.line, p.column, p.message) for p in roster.problems] == [
        (2, "I", "'x' is not a number (and 1 more in this row)")]


def test_an_unknown_column_is_a_one_line_error(cli, tmp_path: Path) -> None:
    path = tmp_path / "typo.csv"
    path.write_text("name,R2,I1,Q9\nAna,1,2,3\n", encoding="utf-8")
    result = cli("class", str(path))
    assert result.exit_code != 0
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {path}:1: Q9: unknown column")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("content, message", [
    (b"nom;R;I;A\nAna;1;2;3\n", "missing score columns S, E, C"),
    (b"name,foo\nAna,1\n", "no answer or score columns (found: name, foo)"),
    (b"name,R\xe9\nAna,1\n", "no answer or score columns (found: name, R\u00e9)"),  # read as Windows-1252
    (b"\n\n", "empty file"),
])
def test_a_file_that_cannot_be_read_is_one_error(cli, tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "class.csv"
    path.write_bytes(content)
    result = cli("class", str(path))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and message in result.stderr and len(result.stderr.splitlines()) == 1


def test_a_missing_file_is_one_error(cli, tmp_path: Path) -> None:
    result = cli("class", str(tmp_path / "nope.csv"))
    assert result.exit_code == 1 and result.stderr.startswith("Error: ") and "Traceback" not in result.stderr


# ---------------------------------------------------------------- formats

def test_json_contract(cli, tmp_path: Path) -> None:
    doc = as_json(cli("class", str(class_file(tmp_path, ANSWERS)), "--top", "2", "--format", "json"))
    assert set(doc) == {"version", "command", "status", "exit_code", "data", "errors"}
    assert (doc["version"], doc["command"], doc["status"], doc["exit_code"]) == (1, "class", "ok", 0)
    assert {"bank", "people", "errors"} <= set(doc["data"])
    person = doc["data"]["people"][0]
    assert {"line", "name", "profile", "code", "results"} <= set(person)
    assert set(person["profile"]) == set("RIASEC")
    assert set(person["results"][0]) == {"rank", "id", "title", "score", "match", "fit", "code", "method",
                                         "onet_soc", "rome", "isco08", "title_language"}
    assert person["results"][0]["method"] == "correlation" and person["results_by_letters"] == []  # English: O*NET
    assert [r["rank"] for r in person["results"]] == [1, 2]


def test_csv_has_one_row_per_person_and_rank(cli, tmp_path: Path) -> None:
    result = cli("class", str(class_file(tmp_path, ANSWERS)), "--top", "2", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "name,code,rank,id,title,score,match,fit,method,agreement,onet_soc,rome,isco08,title_language"
    assert len(lines) == 1 + 2 * len(ANSWERS)
    assert all(",correlation,," in line for line in lines[1:])
    assert lines[1].startswith("Alice,AS(I/C),1,")


def test_markdown_table_and_french(cli, tmp_path: Path) -> None:
    result = cli("class", str(class_file(tmp_path, ANSWERS)), "--format", "markdown", "--lang", "fr")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("| Nom | Code | Métiers adaptés |\n|---|---|---|\n| Alice | AS(I/C) | ")


def test_stdin_and_no_name_column(cli) -> None:
    result = cli("class", "-", "--format", "json", input="R;I;A;S;E;C\n1;2;3;4;5;6\n")
    assert result.exit_code == 0, result.stderr
    assert [(p["line"], p["name"]) for p in people(result)] == [(2, "line 2")]


def test_untrusted_names_are_printed_literally(cli, tmp_path: Path) -> None:
    path = class_file(tmp_path, {"[red]x[/red]\x1b[31m": ANSWERS["Alice"], "=HYPERLINK(0)": ANSWERS["Bob"]})
    rich = cli("class", str(path))
    assert rich.exit_code == 0, rich.stderr
    assert "[red]x[/red][31m" in rich.stdout and "\x1b" not in rich.stdout
    csv = cli("class", str(path), "--format", "csv")
    assert "\x1b" not in csv.stdout and "\n'=HYPERLINK(0),(R/C)E,1," in csv.stdout


# ---------------------------------------------------------------- class files as counsellors have them

BELGIAN_EXPORT = "Nom;Prénom;Classe;E-mail;R;I;A;S;E;C\nDupont;Zoé;5A;zoe@ecole.be;2;5;3,5;4;6;5\nMartin;Léo;5B;leo@ecole.be;6;2;3;4;2;5\n"


def test_identity_columns_are_kept_and_carried_to_json_and_csv(cli, tmp_path: Path) -> None:
    path = tmp_path / "classe.csv"
    path.write_text(BELGIAN_EXPORT, encoding="utf-8")
    people_ = people(cli("class", str(path), "--format", "json", "--top", "1"))
    assert [(p["name"], p["identity"]) for p in people_] == [
        ("Dupont", {"Prénom": "Zoé", "Classe": "5A", "E-mail": "zoe@ecole.be"}),
        ("Martin", {"Prénom": "Léo", "Classe": "5B", "E-mail": "leo@ecole.be"})]
    rows = cli("class", str(path), "--format", "csv", "--top", "1").stdout.splitlines()
    assert rows[0].startswith("name,Prénom,Classe,E-mail,code,rank,") and rows[1].startswith("Dupont,Zoé,5A,zoe@ecole.be,")


def test_id_columns_names_them_and_refuses_a_missing_one(cli, tmp_path: Path) -> None:
    path = tmp_path / "classe.csv"
    path.write_text(BELGIAN_EXPORT, encoding="utf-8")
    chosen = people(cli("class", str(path), "--format", "json", "--id-columns", "classe,Prénom,E-mail"))
    assert chosen[0]["identity"] == {"Prénom": "Zoé", "Classe": "5A", "E-mail": "zoe@ecole.be"}  # in file order
    partly = cli("class", str(path), "--id-columns", "Classe")  # then the others must be answers or scores
    assert partly.exit_code == 1 and "Prénom, E-mail: unknown column" in partly.stderr
    missing = cli("class", str(path), "--id-columns", "Groupe")
    assert missing.exit_code == 1 and "Groupe: --id-columns: no such column" in missing.stderr


def test_a_windows_excel_export_is_read_with_a_note(cli, tmp_path: Path) -> None:
    path = tmp_path / "classe.csv"
    path.write_bytes(BELGIAN_EXPORT.encode("cp1252"))
    result = cli("class", str(path), "--format", "json", "--top", "1")
    assert result.exit_code == 0, result.stderr
    doc = as_json(result)
    assert doc["data"]["people"][0]["identity"]["Prénom"] == "Zoé"
    assert any("read as Windows-1252" in note for note in doc["data"]["notes"])


def test_french_csv_opens_as_columns_in_a_belgian_excel(cli, tmp_path: Path) -> None:
    path = tmp_path / "classe.csv"
    path.write_text(BELGIAN_EXPORT, encoding="utf-8")
    out = tmp_path / "résultats.csv"
    assert cli("class", str(path), "--lang", "fr", "--top", "1", "--out", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("\ufeffnom;Prénom;Classe;E-mail;code;rang;id;titre;score;correspondance;")
    first = text.splitlines()[1].split(";")
    assert first[:4] == ["Dupont", "Zoé", "5A", "zoe@ecole.be"] and "," in first[8] and "." not in first[8]
    english = cli("class", str(path), "--lang", "fr", "--top", "1", "--format", "csv", "--csv-dialect", "plain")
    assert english.stdout.startswith("name,Prénom,Classe,E-mail,code,rank,")


def test_out_xlsx_writes_a_workbook_with_results_and_a_class_summary(cli, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "classe.csv"
    path.write_text(BELGIAN_EXPORT.replace("Martin", "=HYPERLINK(\"x\")"), encoding="utf-8")
    out = tmp_path / "résultats.xlsx"
    result = cli("class", str(path), "--lang", "fr", "--top", "2", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    book = openpyxl.load_workbook(out)
    results, summary = book.worksheets
    rows = list(results.iter_rows(values_only=True))
    assert rows[0][:6] == ("nom", "Prénom", "Classe", "E-mail", "code", "rang")
    assert rows[1][:4] == ("Dupont", "Zoé", "5A", "zoe@ecole.be") and isinstance(rows[1][8], float)
    assert len(rows) == 1 + 2 * (2 + 2)  # two people: two careers by correlation, two by official letters
    formula = next(row[0] for row in results.iter_rows() if str(row[0].value).startswith("=HYPERLINK"))
    assert formula.data_type == "s"  # a name that looks like a formula stays text
    facts = {row[0]: row[1] for row in summary.iter_rows(values_only=True) if row and row[0]}
    assert facts["Personnes notées"] == 2 and facts["Lignes refusées"] == 0


# ---------------------------------------------------------------- interest centres per person

LIKED = ("name,R,I,A,S,E,C,centres d'intérêt\n"
         'Bob,7,3,3,2,2,4,"1, travail manuel"\n'  # numbers or words, as --like takes them
         "Ann,2,4,3,7,2,3,soin des autres\n"
         "Zoe,2,4,3,7,2,3,\n"  # none of her own: --like's (or none)
         "Max,2,4,3,7,2,3,zzzqqq\n")


@pytest.mark.parametrize("like", [(), ("enfants",)])
def test_each_person_is_ranked_with_the_centres_of_their_own_like_cell(cli, tmp_path: Path, like: tuple) -> None:
    path = tmp_path / "liked.csv"
    path.write_text(LIKED, encoding="utf-8")
    options = [arg for text in like for arg in ("--like", text)]
    result = cli("class", str(path), "--top", "5", "--format", "json", "--lang", "fr", *options)
    assert result.exit_code == 1  # Max's cell names no centre: his row is refused, the others are ranked
    assert "liked.csv:5: centres d'intérêt: " in result.stderr and "zzzqqq" in result.stderr
    assert "--like" not in result.stderr.split("liked.csv:5:")[1].splitlines()[0]
    ranked = {p["name"]: p for p in people(result)}
    assert sorted(ranked) == ["Ann", "Bob", "Zoe"]
    wanted = {"Bob": ["1", "travail manuel"], "Ann": ["soin des autres"], "Zoe": list(like)}
    for name, likes in wanted.items():
        scores = ",".join(f"{s}={v}" for s, v in zip("RIASEC", ranked[name]["profile"].values()))
        quiz = cli("quiz", "--scores", scores, "--top", "5", "--format", "json", "--lang", "fr",
                   *[arg for text in likes for arg in ("--like", text)])
        alone = json.loads(quiz.stdout)["data"]
        mine = ranked[name]
        assert [r["id"] for r in mine["results"]] == [r["id"] for r in alone["results"]], name
        assert [r.get("centres") or [] for r in mine["results"]] == [r.get("centres") or [] for r in alone["results"]]
        assert [r["score"] for r in mine["results"]] == [r["score"] for r in alone["results"]], name
    assert ranked["Bob"]["results"][0]["centres"] == ["J'ai envie de créer, construire, rénover", "J'aime le travail manuel"]


def test_the_like_column_is_neither_a_score_nor_an_identity_column(tmp_path: Path) -> None:
    roster = read_roster("name,Classe,R,I,A,S,E,C,like\nBob,5A,7,3,3,2,2,4,1|14\nAnn,5B,2,4,3,7,2,3,\n", "x.csv")
    assert roster.identity_headers == ["Classe"]
    assert roster.likes == [(1, 14), ()]
    assert read_roster("name,R,I,A,S,E,C\nBob,7,3,3,2,2,4\n", "x.csv").likes == []  # no column, no centres
