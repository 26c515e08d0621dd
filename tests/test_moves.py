"""`careers moves` and `careers path`: the tables, the measures, the commands in every format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from careercli.moves.measure import Competences, overlap, to_learn
from careercli.moves.paths import MAX_STEPS, cheapest_paths, nearest_reachable
from careercli.moves.tables import moves_table, read_moves_table

from .conftest import ROOT, SHARED_DATA

REFERENCE = ROOT / "data" / "reference"


def run(cli, *args: str) -> tuple[int, str, str]:
    result = cli(*args)
    return result.exit_code, result.stdout, result.stderr


def run_json(cli, *args: str) -> dict:
    code, out, err = run(cli, *args, "--format", "json")
    assert code == 0, err
    return json.loads(out)["data"]


# ---------------------------------------------------------------- measures, by hand

def test_overlap_is_the_weighted_jaccard_index() -> None:
    a = Competences({"x": 2.0, "y": 1.0})
    b = Competences({"x": 1.0, "z": 1.0})
    assert overlap(a, b) == pytest.approx(1 / 4)  # min: x 1; max: x 2 + y 1 + z 1
    assert overlap(a, a) == 1.0 and overlap(a, Competences({})) == 0.0


def test_to_learn_rome_is_the_weight_of_what_the_job_lacks() -> None:
    job = Competences({"x": 1.0})
    target = Competences({"x": 2.0, "y": 2.0, "z": 1.0})
    assert to_learn(job, target) == pytest.approx(3 / 5)


def test_to_learn_onet_is_the_importance_weighted_rise_in_level() -> None:
    job = Competences({"s": 3.0}, {"s": 2.0, "k": 5.0})
    target = Competences({"s": 4.0, "k": 3.0}, {"s": 4.0, "k": 4.0})
    assert to_learn(job, target) == pytest.approx((4 * 2) / (4 * 4 + 3 * 4))  # k is already above


# ---------------------------------------------------------------- the tables

@pytest.mark.skipif(not (SHARED_DATA / "rome").is_dir(), reason="needs ../shared/data beside the clone (CI has it)")
@pytest.mark.heavy
def test_committed_moves_tables_equal_a_fresh_build() -> None:
    from careercli.importers.moves_tables import build_onet_table, build_rome_table

    for name, text in (build_rome_table(SHARED_DATA / "rome"), build_onet_table(SHARED_DATA / "onet")):
        assert (REFERENCE / name).read_text(encoding="utf-8") == text, (
            f"{name} differs: run python tools/moves_tables.py ../shared/data/rome ../shared/data/onet")


def test_the_tables_keep_rome_mobility_order_and_onet_levels() -> None:
    rome, onet = moves_table("rome"), moves_table("onet")
    aide = rome.career("J1501")
    assert [link.code for link in aide.links][:2] == ["J1304", "J1305"]  # numero_ordre 1 and 2
    assert "J1506" in [link.code for link in aide.links]
    assert rome.label("300044").fr == "Surveiller l'état de santé d'une personne"
    assert rome.label("300044").kind == "area" and rome.label("99999999") is None
    nurses = onet.career("29-1141.00")
    assert nurses.competences.levels["2.C.4.e"] == 6.08  # Psychology LV, as in Knowledge.txt
    assert onet.label("2.C.4.e") == ("knowledge", "Psychology", "Psychologie")


def test_a_table_of_few_lines_reads_and_finds_every_item(tmp_path: Path) -> None:
    path = tmp_path / "moves-rome-v1.tsv"
    path.write_text("# source: test\nfiche\tA0001\t1\t2\tA0002:0.500\tA0002:0.250:0.500\n"
                    "fiche\tA0002\t2 3\t\t\t\nitem\t1\tarea\tOne\nitem\t2\tcompetence\tTwo\nitem\t3\tknowledge\tThree\n",
                    encoding="utf-8")
    table = read_moves_table("rome", path)
    assert [table.label(c).en for c in "123"] == ["One", "Two", "Three"] and table.label("4") is None
    assert table.career("A0001").competences.weights == {"1": 2.0, "2": 1.0}
    assert cheapest_paths(table, "A0001", "A0002", lambda c: True)[0].codes == ("A0001", "A0002")
    assert cheapest_paths(table, "A0002", "A0001", lambda c: True) == []
    assert [chain.codes for _o, chain in nearest_reachable(table, "A0001", "A0003", lambda c: True)] == []


def test_paths_never_take_more_than_four_steps_and_the_cheapest_comes_first() -> None:
    rome = moves_table("rome")
    chains = cheapest_paths(rome, "J1501", "M1805", lambda c: c in rome)
    assert chains and all(len(c.codes) - 1 <= MAX_STEPS for c in chains)
    assert [c.cost for c in chains] == sorted(c.cost for c in chains)
    assert len({c.codes for c in chains}) == len(chains)


# ---------------------------------------------------------------- careers moves

def test_moves_from_aide_soignant_in_french(cli) -> None:
    data = run_json(cli, "moves", "aide-soignant", "--lang", "fr", "--limit", "20")
    ids = [m["id"] for m in data["moves"]]
    assert ids[0] == "auxiliaire-de-puericulture" and "infirmier-en-soins-generaux-ide" in ids
    first = data["moves"][0]
    assert first["source"] == "rome_mobility" and "France Travail" in first["reason"]
    carried = [c["name"] for c in first["carried"]]
    assert "Prodiguer des soins corporels et esthétiques" in carried
    assert any(c["name"] == "Accueillir des enfants" for c in first["to_add"])
    assert all(c["core"] for c in first["to_add"])  # ROME: the target's core competences it lacks
    assert first["study"] == {"scale": "job_zone", "current": 3, "target": 5, "change": 2}
    assert data["career"]["code"] == "J1501" and data["reference"] == "rome"


def test_competences_in_moves_have_their_accented_capitals(cli) -> None:
    """ROME writes "Elaborer ..."; the table gives "Élaborer ...", as the profiles do (importers/accents.py)."""
    data = run_json(cli, "moves", "comptable", "--lang", "fr", "--limit", "5")
    names = [c["name"] for move in data["moves"] for c in move["carried"] + move["to_add"]]
    assert "Élaborer des procédures administratives ou comptables" in names
    assert not [name for name in names if name.split()[0] in ("Elaborer", "Evaluer", "Etablir", "Etudier")]


def test_moves_in_rich_name_what_carries_over_and_what_to_add(cli) -> None:
    code, out, _err = run(cli, "moves", "aide-soignant", "--lang", "fr", "--limit", "3")
    assert code == 0
    assert "Auxiliaire de puériculture" in out and "auxiliaire-de-puericulture" in out
    assert "Acquis\u00a0: " in out and "À acquérir\u00a0: " in out  # French, with its typography


def test_moves_of_an_onet_occupation_give_both_levels(cli) -> None:
    data = run_json(cli, "moves", "nursing-assistants", "--limit", "30")
    assert "registered-nurses" in [m["id"] for m in data["moves"]]
    nurses = next(m for m in data["moves"] if m["id"] == "registered-nurses")
    assert nurses["source"] == "onet_related" and nurses["to_add"]
    rises = [c["level"] - c["current"] for c in nurses["to_add"]]
    assert all(r > 0 for r in rises) and rises == sorted(rises, reverse=True)
    assert nurses["pay"]["currency"] == "USD" and nurses["pay"]["target"] > nurses["pay"]["current"]
    code, out, _err = run(cli, "moves", "nursing-assistants", "--limit", "3")
    assert "Psychology 3.5 → 6.1" in out  # Knowledge.txt LV 3.51 -> 6.08, both shown


def test_moves_nearest_by_competences_follow_the_lists(cli) -> None:
    data = run_json(cli, "moves", "aide-soignant", "--lang", "fr", "--limit", "30")
    sources = [m["source"] for m in data["moves"]]
    assert sources.index("competences") == sources.count("rome_mobility")  # the lists first
    near = [m for m in data["moves"] if m["source"] == "competences"]
    assert [m["overlap"] for m in near] == sorted((m["overlap"] for m in near), reverse=True)


def test_moves_csv_and_markdown(cli) -> None:
    code, out, _err = run(cli, "moves", "registered-nurses", "--limit", "2", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 2 and rows[0]["source"] == "onet_related" and "→" in rows[0]["to_add"]
    code, out, _err = run(cli, "moves", "registered-nurses", "--limit", "2", "--format", "markdown")
    assert out.startswith("## Career moves from Registered Nurses") and "**To add:**" in out


@pytest.mark.parametrize("name", ["moves.html", "moves.md", "moves.svg"])
def test_moves_report(cli, tmp_path: Path, name: str) -> None:
    report = tmp_path / name
    code, _out, err = run(cli, "moves", "aide-soignant", "--lang", "fr", "--limit", "3", "--report", str(report))
    assert code == 0, err
    text = report.read_text(encoding="utf-8")
    assert "Auxiliaire de puériculture" in text and "careers show auxiliaire-de-puericulture" in text


def test_moves_of_a_curated_profile_use_its_rome_code(cli) -> None:
    data = run_json(cli, "moves", "administrateur-de-production", "--lang", "fr")
    assert data["career"]["code"] == "L1308" and data["moves"]  # its first ROME code
    assert any("L1308" in note for note in data["notes"])


# ---------------------------------------------------------------- careers path

def test_path_from_aide_soignant_to_nurse(cli) -> None:
    data = run_json(cli, "path", "aide-soignant", "infirmier-en-soins-generaux-ide", "--lang", "fr")
    best = data["paths"][0]
    assert [s["id"] for s in best["steps"]] == ["infirmier-en-soins-generaux-ide"]
    step = best["steps"][0]
    assert step["from_id"] == "aide-soignant" and step["to_add"] and step["carried"]
    code, out, _err = run(cli, "path", "aide-soignant", "infirmier-en-soins-generaux-ide", "--lang", "fr")
    assert "Aide-soignant / Aide-soignante → Infirmier en soins généraux (IDE) / Infirmière en soins généraux (IDE)" \
        in " ".join(out.split())  # both forms, as ROME writes them


def test_path_between_onet_occupations_gives_several_good_paths(cli) -> None:
    data = run_json(cli, "path", "nursing-assistants", "registered-nurses")
    assert len(data["paths"]) >= 2
    costs = [p["cost"] for p in data["paths"]]
    assert costs == sorted(costs) and costs[-1] <= costs[0] * 1.5
    assert all(p["steps"][-1]["id"] == "registered-nurses" for p in data["paths"])


def test_no_path_is_said_plainly_with_the_nearest_careers(cli) -> None:
    code, out, _err = run(cli, "path", "aide-soignant", "A1101", "--lang", "fr")
    assert code == 0 and "Aucun parcours en 4 étapes au plus." in out
    data = run_json(cli, "path", "aide-soignant", "A1101", "--lang", "fr")
    assert data["paths"] == [] and data["nearest"]
    assert all(len(n["via"]) <= MAX_STEPS for n in data["nearest"])


def test_path_csv_and_reports(cli, tmp_path: Path) -> None:
    code, out, _err = run(cli, "path", "nursing-assistants", "registered-nurses", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows[0]["path"] == "1" and rows[0]["from_id"] == "nursing-assistants"
    for name in ("path.html", "path.md", "path.svg"):
        code, _out, err = run(cli, "path", "nursing-assistants", "registered-nurses", "--report", str(tmp_path / name))
        assert code == 0, err and "Registered Nurses" in (tmp_path / name).read_text(encoding="utf-8")


def test_path_to_a_career_of_the_other_reference_takes_its_twin(cli) -> None:
    data = run_json(cli, "path", "aide-soignant", "registered-nurses", "--lang", "fr")
    assert data["goal"]["code"] == "J1506" and data["paths"]


# ---------------------------------------------------------------- the Python API

def test_the_api_gives_the_same_moves_and_paths(cli) -> None:
    from careercli import Careers

    careers = Careers(lang="fr")
    result = careers.moves("aide-soignant", limit=5)
    assert result.to_dict() == run_json(cli, "moves", "aide-soignant", "--lang", "fr", "--limit", "5")
    chains = careers.path("nursing-assistants", "registered-nurses", lang="en")
    assert chains.paths[0].steps[-1].id == "registered-nurses" and chains.lang == "en"
    assert "## Career moves from" in careers.render(careers.moves("registered-nurses", lang="en"), "markdown")


# ---------------------------------------------------------------- careers show

def test_show_has_a_career_moves_section(cli) -> None:
    code, out, _err = run(cli, "show", "aide-soignant", "--lang", "fr", "--section", "moves", "--no-pager")
    assert code == 0 and "Auxiliaire de puériculture" in out and "careers moves aide-soignant" in out
    data = run_json(cli, "show", "registered-nurses")
    first = data["moves"][0]
    assert first["id"] == "clinical-nurse-specialists" and first["source"] == "onet_related"
    assert first["to_add"] and first["to_add"][0]["level"] > first["to_add"][0]["current"]
    code, out, _err = run(cli, "show", "registered-nurses", "--section", "overview", "--format", "json")
    assert "moves" not in json.loads(out)["data"]  # only computed when the section is shown


def test_the_readme_example_of_changing_careers_runs() -> None:
    import contextlib
    import re

    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Changing careers", 1)[1].split("\n## ", 1)[0]
    example = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(example, "README.md (Changing careers)", "exec"), {})  # noqa: S102 - our own README
    lines = printed.getvalue().splitlines()
    assert lines[0].startswith("1 auxiliaire-de-puericulture [")
    assert lines[3] == "[['registered-nurses'], ['licensed-practical-and-licensed-vocational-nurses', 'registered-nurses'], " \
                       "['acute-care-nurses', 'registered-nurses']]"
    assert lines[4].startswith("## Évolutions possibles depuis Aide-soignant")


# ---------------------------------------------------------------- hostile text

def test_titles_from_data_folders_stay_inert_in_every_format(cli, tmp_path: Path) -> None:
    """A data folder's profile that overrides a fiche (same id) with a hostile title."""
    from .hostile.corpus import UNSAFE_OUTPUT, YAML_PAYLOAD

    folder = tmp_path / "mine"
    folder.mkdir()
    fiche = (ROOT / "data" / "careers" / "rome" / "auxiliaire-de-puericulture.yaml").read_text(encoding="utf-8")
    hostile = fiche.replace("  fr: Auxiliaire de puériculture\n", f'  fr: "Auxi [bold]{YAML_PAYLOAD}[/bold]"\n', 1)
    assert hostile != fiche
    (folder / "auxiliaire-de-puericulture.yaml").write_text(hostile, encoding="utf-8")
    data = ["--data-dir", str(folder)]
    runs = [[*data, "moves", "aide-soignant", "--lang", "fr", "--limit", "2", "--format", fmt]
            for fmt in ("rich", "json", "csv", "markdown")]
    runs += [[*data, "path", "aide-soignant", "auxiliaire-de-puericulture", "--lang", "fr", "--format", fmt]
             for fmt in ("rich", "json", "csv", "markdown")]
    runs += [[*data, "show", "aide-soignant", "--lang", "fr", "--section", "moves", "--format", fmt, "--no-pager"]
             for fmt in ("rich", "markdown", "json")]
    for args in runs:
        code, out, err = run(cli, *args)
        assert code == 0, (args, err)
        assert "Auxi" in out and not UNSAFE_OUTPUT.search(out + err), args
    for name in ("r.html", "r.md", "r.svg"):
        code, _out, err = run(cli, *data, "moves", "aide-soignant", "--lang", "fr", "--limit", "2",
                              "--report", str(tmp_path / name))
        assert code == 0 and not UNSAFE_OUTPUT.search((tmp_path / name).read_text(encoding="utf-8")), err


def test_a_career_without_a_known_code_is_one_clear_error(cli, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "my-job.yaml").write_text('title: "My [red]job"\nriasec: {R: 1, I: 2, A: 3, S: 4, E: 5, C: 6}\n',
                                        encoding="utf-8")
    code, out, err = run(cli, "--data-dir", str(folder), "moves", "my-job")
    assert code == 1 and out == ""
    assert err.strip().splitlines() == ["Error: My [red]job has no ROME or O*NET code that the moves tables know: "
                                        "no moves to show"]


def test_an_older_moves_table_the_tool_wrote_is_removed_and_another_file_stays(tmp_path: Path) -> None:
    """The marker line of a moves table comes after its long attribution (byte 745 of the O*NET
    table): the whole header is read, so an older version is recognised and removed."""
    from careercli.importers.moves_tables import COMMAND
    from careercli.importers.output import remove_other_versions

    header = (REFERENCE / "moves-onet-29.3.tsv").read_text(encoding="utf-8").split("element\t", 1)[0]
    assert header.index("generated by:") > 512
    (tmp_path / "moves-onet-29.1.tsv").write_text(header + "element\tx\n", encoding="utf-8")
    (tmp_path / "moves-onet-mine.tsv").write_text("# my own notes\n", encoding="utf-8")
    (tmp_path / "moves-onet-29.3.tsv").write_text(header, encoding="utf-8")
    removed = remove_other_versions(tmp_path, "moves-onet-29.3.tsv", "moves-onet-*.tsv",
                                    f"generated by: {COMMAND}".encode())
    assert removed == ["moves-onet-29.1.tsv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["moves-onet-29.3.tsv", "moves-onet-mine.tsv"]


def test_the_origins_that_may_have_moves_are_those_whose_tables_list_them() -> None:
    """`careers show` skips the moves (and their modules) for a profile of any other origin."""
    from careercli.moves import REFERENCE_ORIGINS, may_have_moves
    from careercli.moves.ranking import LIST_SOURCES

    assert REFERENCE_ORIGINS == set(LIST_SOURCES)
    assert may_have_moves("rome") and may_have_moves("onet") and not may_have_moves("curated")
