"""Browsing: `careers list` filters and output, `careers criteria`, tags in the index."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careercli.app import Environment
from careercli.explore.browse import Filters, filter_entries, holland_matches, study_level, title_key
from careercli.cli import app
from careercli.errors import UsageError
from careercli.catalog.entry import Entry

from .conftest import no_builtin

RIASEC = "riasec: {{R: 2, I: 3, A: 2, S: 6, E: 4, C: 5, code: {code}}}\n"
PROFILES = {
    "alpha-nurse": "title: {fr: Infirmière alpha, en: Alpha nurse}\n" + RIASEC.format(code="SCE")
                   + "job_zone: {zone: 3}\ncriteria: [{fr: Santé, en: health}]\n"
                   + "tags: [{kind: work_style, text: {fr: Fiabilité, en: Dependability}}]\n",
    "beta-builder": "title: Beta builder\norigin: onet\n" + RIASEC.format(code="ECS") + "job_zone: {zone: 2}\n"
                    + "tags: [{kind: work_value, text: {fr: Accomplissement, en: Achievement}}]\n",
    "eboueur": "title: {fr: Éboueur}\norigin: rome\nriasec_official: {major: R, minor: C}\n"
               + "tags: [{kind: interest, text: {fr: \"J'aime le travail manuel\"}, main: true},"
               + " {kind: sector, text: {fr: Propreté et environnement urbain}, main: true},"
               + " {kind: subsector, text: {fr: Santé}}]\n",
    "zebra-keeper": "title: {fr: Soigneur de zèbres, en: Zebra keeper}\n" + RIASEC.format(code="CES")
                    + "job_zone: {zone: 5}\n"
                    + "tags: [{kind: work_style, text: {fr: Fiabilité, en: Dependability}},"
                    + " {kind: work_value, text: {fr: Accomplissement, en: Achievement}}]\n",
}


@pytest.fixture
def small(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A catalog of four profiles only (curated, onet, rome), in a folder of their own."""
    no_builtin(monkeypatch, tmp_path)
    folder = tmp_path / "careers"
    folder.mkdir()
    for career_id, text in PROFILES.items():
        (folder / f"{career_id}.yaml").write_text(text, encoding="utf-8")
    return folder


def ids(cli, folder: Path, *args: str) -> list[str]:  # noqa: ANN001
    result = cli("--data-dir", str(folder), "list", "--format", "json", "--catalog", "all", *args)
    assert result.exit_code == 0, result.stderr
    return [row["id"] for row in json.loads(result.stdout)["data"]]


# ---------------------------------------------------------------- filters

def test_riasec_starts_with_the_letters_in_order_or_in_any_order(cli, small: Path) -> None:  # noqa: ANN001
    assert ids(cli, small, "--riasec", "ec") == ["beta-builder"]
    assert ids(cli, small, "--riasec", "EC", "--riasec-any") == ["beta-builder", "zebra-keeper"]
    assert ids(cli, small, "--riasec", "R") == ["eboueur"]  # a ROME fiche by France Travail's own letters
    assert ids(cli, small, "--riasec", "S") == ["alpha-nurse"]


def test_rome_fiches_filter_by_the_job_zone_derived_from_onet(cli) -> None:  # noqa: ANN001
    """ROME gives no preparation level: a fiche takes the one of the O*NET occupations it links to,
    said so in the profile, and --job-zone then filters the French catalog too (--study-level compares
    the study level read from the fiche's own text: test_study_levels.py)."""
    zone_two = cli("--lang", "fr", "list", "--job-zone", "2").stdout.splitlines()
    assert "boulanger" in [line.split("\t")[0] for line in zone_two]
    assert all(line.split("\t")[3] == "2" for line in zone_two)
    zone = json.loads(cli("show", "boulanger", "--lang", "fr", "--format", "json").stdout)["data"]["profile"]["job_zone"]
    assert (zone["zone"], zone["derived"], zone["based_on"]) == (2, True, ["51-3011.00"])
    shown = cli("show", "boulanger", "--lang", "fr", "--section", "interests", "--no-pager").stdout
    assert "Niveau de préparation dérivé de 51-3011.00" in " ".join(shown.split())
    assert "niveaux américains" in " ".join(shown.split())


def test_job_zone_and_study_level_leave_out_careers_without_a_zone(cli, small: Path) -> None:  # noqa: ANN001
    assert ids(cli, small, "--job-zone", "2") == ["beta-builder"]
    result = cli("--data-dir", str(small), "list", "--catalog", "all", "--study-level", "master")
    assert result.stdout == "zebra-keeper\tZebra keeper\tCES\t5\tcurated\n"
    assert result.stderr == ("Careers of unknown study level left out (ROME fiches whose access text names no level, "
                             "careers without a job zone): 1\n")
    assert ids(cli, small, "--study-level", "CESS") == ["beta-builder"]  # a Belgian name of secondary studies
    assert ids(cli, small, "--study-level", "doctorat") == ["zebra-keeper"]  # zone 5, like a master's


def test_criterion_matches_any_language_case_and_accents_aside(cli, small: Path) -> None:  # noqa: ANN001
    assert ids(cli, small, "--criterion", "dependability") == ["alpha-nurse", "zebra-keeper"]
    assert ids(cli, small, "--criterion", "FIABILITE") == ["alpha-nurse", "zebra-keeper"]
    assert ids(cli, small, "--criterion", "sante") == ["alpha-nurse", "eboueur"]  # own criterion, a sub-sector
    assert ids(cli, small, "--criterion", "travail manuel") == ["eboueur"]  # words of a tag
    assert ids(cli, small, "--criterion", "fiabilité", "--criterion", "achievement") == ["zebra-keeper"]  # AND


def test_sector_and_source(cli, small: Path) -> None:  # noqa: ANN001
    assert ids(cli, small, "--sector", "proprete et environnement urbain") == ["eboueur"]
    assert ids(cli, small, "--sector", "santé") == ["eboueur"]  # a sub-sector, not alpha-nurse's own criterion
    assert ids(cli, small, "--source", "onet") == ["beta-builder"]
    assert ids(cli, small, "--source", "rome", "--source", "curated") == ["alpha-nurse", "eboueur", "zebra-keeper"]
    english = cli("--data-dir", str(small), "list", "--format", "json", "--source", "rome", "--lang", "en")
    assert [r["id"] for r in json.loads(english.stdout)["data"]] == ["eboueur"]  # --source alone: every catalog


def test_filters_combine(cli, small: Path) -> None:  # noqa: ANN001
    assert ids(cli, small, "--criterion", "achievement", "--riasec", "C") == ["zebra-keeper"]
    assert ids(cli, small, "--criterion", "achievement", "--source", "onet", "--job-zone", "5") == []


@pytest.mark.parametrize(("args", "message"), [
    (["--riasec", "XY"], "Error: 'XY' is not a Holland code; give 1 to 3 different letters of R, I, A, S, E, C (e.g. EC)"),
    (["--riasec-any"], "Error: --riasec-any needs --riasec CODE"),
    (["--job-zone", "6"], "Error: unknown job zone 6; valid: 1, 2, 3, 4, 5"),
    (["--study-level", "lycée"],
     "Error: unknown study level 'lycée'; valid: none, secondary, vocational, bachelor, master, doctorate"),
    (["--source", "esco"], "Error: unknown source 'esco'; valid: curated, onet, rome"),
    (["--criterion", "nothing like it"],
     "Error: unknown criterion 'nothing like it'; valid: Achievement, Dependability, health, J'aime le travail manuel, "
     "Propreté et environnement urbain, Santé"),
    (["--sector", "mines"], "Error: unknown sector 'mines'; valid: Propreté et environnement urbain, Santé"),
])
def test_unknown_values_are_one_line_usage_errors(cli, small: Path, args: list[str], message: str) -> None:  # noqa: ANN001
    result = cli("--data-dir", str(small), "list", "--catalog", "all", "--lang", "en", *args)
    assert result.exit_code == 2 and result.stderr == message + "\n" and result.stdout == ""


def test_a_criterion_of_another_catalog_says_so(cli, small: Path) -> None:  # noqa: ANN001
    result = cli("--data-dir", str(small), "list", "--lang", "en", "--criterion", "travail manuel")  # rome is out
    assert result.exit_code == 2
    assert result.stderr == ("Error: no career of this catalog has the criterion 'travail manuel'; other catalogs do: "
                             "try --catalog all\n")
    result = cli("--data-dir", str(small), "list", "--source", "onet", "--sector", "sante")
    assert result.stderr == "Error: no career of the origins chosen has the sector 'sante'; careers of other origins do\n"
    json_error = json.loads(cli("--data-dir", str(small), "list", "--lang", "en", "--criterion", "travail manuel",
                                "--format", "json").stdout)
    assert json_error["status"] == "error" and json_error["exit_code"] == 2 and json_error["command"] == "list"


def test_unknown_criterion_in_a_large_catalog_suggests_close_ones(cli) -> None:  # noqa: ANN001
    result = cli("list", "--catalog", "rome", "--criterion", "souci du detial")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: unknown criterion 'souci du detial'; did you mean: J'ai le souci du détail")
    assert result.stderr.endswith("`careers criteria` lists them all\n") and result.stderr.count("\n") == 1


def test_filter_core_without_the_command_line() -> None:
    entries = [Entry(id="a", path="a.yaml", origin="onet", title="A", holland="SEC", job_zone=3),
               Entry(id="b", path="b.yaml", origin="rome", title="B", official="ES"),
               Entry(id="c", path="c.yaml", origin="curated", title="C")]
    found = filter_entries(entries, Filters(riasec="ES", riasec_any=True, study_level="vocational"))
    assert [e.id for e in found.entries] == ["a"] and found.without_zone == 1  # b passes the letters, has no zone
    assert holland_matches(entries[1], "E") and not holland_matches(entries[1], "S")
    assert study_level("Bachelier") == "bachelor"
    with pytest.raises(UsageError):
        study_level("licence")


# ---------------------------------------------------------------- order and output

def test_title_key_sorts_as_a_reader_expects() -> None:
    titles = ["Zoologiste", "Œnologue", "Économiste", "Ebéniste", "Officier", "éboueur", "Ecailler", "Océanographe"]
    assert sorted(titles, key=title_key) == [
        "Ebéniste", "éboueur", "Ecailler", "Économiste", "Océanographe", "Œnologue", "Officier", "Zoologiste"]


def test_list_is_sorted_by_title_in_the_display_language(cli) -> None:  # noqa: ANN001
    for lang in ("fr", "en"):
        rows = json.loads(cli("list", "--format", "json", "--lang", lang).stdout)["data"]
        assert [r["title"] for r in rows] == sorted((r["title"] for r in rows), key=title_key), lang
    french = [r["title"] for r in json.loads(cli("list", "--format", "json", "--lang", "fr", "--catalog", "onet").stdout)["data"]]
    assert french.index("Économiste") < french.index("Editors") < french.index("Éducateur en petite enfance")  # É = E
    csv_ids = [row[0] for row in csv.reader(io.StringIO(cli("list", "--format", "csv", "--lang", "fr").stdout))][1:]
    assert csv_ids == [r["id"] for r in json.loads(cli("list", "--format", "json", "--lang", "fr").stdout)["data"]]


def test_piped_rows_are_plain_whole_and_unpadded(cli) -> None:  # noqa: ANN001
    out = cli("list", "--lang", "en").stdout
    lines = out.splitlines()
    longest = "adult-basic-education-adult-secondary-education-and-english-as-a-second-language-instructors"
    assert f"{longest}\tAdult Basic Education, Adult Secondary Education, and English as a Second Language " \
           "Instructors\tS\t4\tonet" in lines
    assert all(line == line.rstrip() and line.count("\t") == 4 for line in lines)
    assert [line.split("\t")[0] for line in lines] == [
        r["id"] for r in json.loads(cli("list", "--format", "json", "--lang", "en").stdout)["data"]]


def at_terminal(monkeypatch: pytest.MonkeyPatch, *args: str, width: int = 80, height: int = 50) -> tuple[int, str, list[str]]:
    """Run in-process as if at a terminal: (exit code, stdout, texts sent to the pager)."""
    paged: list[str] = []
    monkeypatch.setattr("careercli.terminal.pager.page", lambda text, *_a, **_k: paged.append(text) or True)
    out = io.StringIO()
    env = Environment(stdin=io.StringIO(), stdout=out, stderr=io.StringIO(), stdin_isatty=True, stdout_isatty=True,
                      variables={**os.environ, "COLUMNS": str(width), "LINES": str(height)})
    result = CliRunner().invoke(app, list(args), obj=env, catch_exceptions=False)
    return result.exit_code, out.getvalue(), paged


def test_at_a_terminal_a_long_list_is_paged_and_no_id_is_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, paged = at_terminal(monkeypatch, "list", "--lang", "en")
    assert code == 0 and out == "" and len(paged) == 1
    lines = paged[0].splitlines()
    entries = json.loads(CliRunner().invoke(app, ["list", "--format", "json", "--lang", "en"]).stdout)["data"]
    stripped = {line.strip() for line in lines}
    assert all(e["id"] in stripped for e in entries)  # the longest ids (99 characters) do not fit 80 columns
    code, out, paged = at_terminal(monkeypatch, "list", "--lang", "en", "--no-pager")
    assert paged == [] and "adult-basic-education-adult-secondary-education-and-english-as-a-second-language-instructors\n" in out


def test_at_a_terminal_a_short_list_is_a_table_with_whole_ids(monkeypatch: pytest.MonkeyPatch, small: Path) -> None:
    code, out, paged = at_terminal(monkeypatch, "--data-dir", str(small), "list", "--catalog", "all", width=64)
    lines = out.splitlines()
    assert code == 0 and paged == [] and lines[0].split() == ["Id", "Title", "Code", "Zone", "Origin"]
    assert [line.split()[0] for line in lines[1:] if not line.startswith(" ")] == [
        "alpha-nurse", "beta-builder", "eboueur", "zebra-keeper"]  # by title, ids whole
    assert max(len(line) for line in lines) <= 64
    assert any(line.startswith("alpha-nurse   Alpha nurse") for line in lines)
    code, out, paged = at_terminal(monkeypatch, "--data-dir", str(small), "list", "--catalog", "all", width=50)
    assert out.splitlines()[:2] == ["alpha-nurse", "  Alpha nurse  SCE  zone 3  curated"]  # narrower: stacked


# ---------------------------------------------------------------- careers criteria

def test_criteria_counts_by_kind_with_their_derivation(cli, small: Path) -> None:  # noqa: ANN001
    result = cli("--data-dir", str(small), "criteria", "--catalog", "all", "--lang", "fr", "--format", "json")
    data = json.loads(result.stdout)["data"]
    assert data["careers"] == 4
    assert [k["kind"] for k in data["kinds"]] == ["criterion", "interest", "sector", "subsector", "work_value", "work_style"]
    styles = next(k for k in data["kinds"] if k["kind"] == "work_style")
    assert styles["tags"] == [{"text": "Fiabilité", "texts": {"fr": "Fiabilité", "en": "Dependability"}, "count": 2}]
    assert "O*NET (Work Styles)" in styles["derivation"] and styles["label"] == "Styles de travail"
    english = cli("--data-dir", str(small), "criteria", "--catalog", "all", "--lang", "en", "--kind", "work_value")
    assert english.stdout.splitlines()[2:] == ["Work values", english.stdout.splitlines()[3], "2  Achievement"]
    rows = list(csv.reader(io.StringIO(cli("--data-dir", str(small), "criteria", "--format", "csv", "--catalog", "all",
                                           "--lang", "en").stdout)))
    assert rows[0] == ["kind", "text", "count", "label", "derivation"]
    assert ["criterion", "health", "1", "Criteria of the profile"] in [r[:4] for r in rows]
    assert all(r[4].startswith("O*NET Work Values") for r in rows if r[0] == "work_value")
    markdown = cli("--data-dir", str(small), "criteria", "--format", "markdown", "--catalog", "all", "--lang", "en").stdout
    assert "## Work styles\n" in markdown and "| Dependability | 2 |" in markdown


def test_criteria_count_what_list_finds(cli) -> None:  # noqa: ANN001
    data = json.loads(cli("criteria", "--format", "json", "--lang", "fr").stdout)["data"]
    assert {k["kind"] for k in data["kinds"]} == {"criterion", "interest", "sector", "subsector", "theme"}
    interest = next(k for k in data["kinds"] if k["kind"] == "interest")["tags"][0]
    listed = json.loads(cli("list", "--format", "json", "--lang", "fr", "--criterion", interest["text"]).stdout)["data"]
    assert len(listed) == interest["count"] > 100
    english = json.loads(cli("criteria", "--format", "json", "--lang", "en").stdout)["data"]
    # O*NET occupations have interest centres too, derived through the crosswalks (issue 18)
    assert {k["kind"] for k in english["kinds"]} == {"criterion", "interest", "work_value", "work_style", "job_zone"}
    zones = next(k for k in english["kinds"] if k["kind"] == "job_zone")["tags"]
    assert sum(t["count"] for t in zones) == 923  # every O*NET occupation, one zone each


def test_criteria_rejects_an_unknown_kind(cli) -> None:  # noqa: ANN001
    result = cli("criteria", "--kind", "colour")
    assert result.exit_code == 2 and result.stderr == (
        "Error: unknown kind 'colour'; valid: criterion, interest, sector, subsector, theme, work_value, work_style, "
        "job_zone\n")


def test_untrusted_tags_stay_inert(cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # noqa: ANN001
    no_builtin(monkeypatch, tmp_path)
    (tmp_path / "evil.yaml").write_text('title: x\ntags: [{kind: sector, text: "[bold]x|\\e[31m"},'
                                        ' {kind: theme, text: "=HYPERLINK(1)"}]\n', encoding="utf-8")
    rich = cli("--data-dir", str(tmp_path), "criteria").stdout
    assert "[bold]x|[31m" in rich and "\x1b" not in rich
    markdown = cli("--data-dir", str(tmp_path), "criteria", "--format", "markdown").stdout
    assert "| \\[bold\\]x\\|\\[31m | 1 |" in markdown
    rows = list(csv.reader(io.StringIO(cli("--data-dir", str(tmp_path), "criteria", "--format", "csv").stdout)))
    assert [r[1] for r in rows[1:]] == ["[bold]x|[31m", "'=HYPERLINK(1)"]
    shown = cli("--data-dir", str(tmp_path), "show", "evil", "--section", "criteria").stdout
    assert "[bold]x|[31m" in shown and "\x1b" not in shown


# ---------------------------------------------------------------- the index and completion

def test_tags_are_a_table_of_their_own(small: Path, tmp_path: Path) -> None:
    from careercli.catalog.cache import CacheStore
    from careercli.catalog.merged import open_catalog

    assert open_catalog([small], cache=CacheStore(tmp_path / "cache")).entries  # builds the index
    catalog = open_catalog([small], cache=CacheStore(tmp_path / "cache"))
    _career_id, profile = catalog.get("zebra-keeper")
    assert catalog.entries["zebra-keeper"].job_zone == 5
    assert profile.tags and not any("tags" in layer._tables for layer in catalog.layers)  # show never decodes it
    assert not hasattr(catalog.entries["zebra-keeper"], "tags")
    tags = catalog.tags()
    assert [t.kind for t in tags["zebra-keeper"]] == ["work_style", "work_value"]
    assert [t.kind for t in tags["alpha-nurse"]] == ["criterion", "work_style"]  # its own criteria first
    assert tags["alpha-nurse"][1] is tags["zebra-keeper"][0]  # each distinct tag stored once


class _Root:
    params: dict = {}


class _Context:
    def find_root(self) -> _Root:
        return _Root()


def test_completion_of_the_new_option_values(small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from careercli.cli.options import complete_criterion, complete_sector, complete_source, complete_study_level

    monkeypatch.setenv("CAREERS_PATH", str(small))
    assert [name for name, _help in complete_study_level(_Context(), "ma")] == ["master"]  # type: ignore[arg-type]
    assert complete_source(_Context(), "r") == ["rome"]  # type: ignore[arg-type]
    assert complete_criterion(_Context(), "Fia") == ["Fiabilité"]  # type: ignore[arg-type]
    assert complete_criterion(_Context(), "fia") == ["fiabilite"]  # type: ignore[arg-type]  # shells keep "fia..."
    assert complete_criterion(_Context(), "Dep") == ["Dependability"]  # type: ignore[arg-type]
    assert complete_sector(_Context(), "S") == ["Santé"]  # type: ignore[arg-type]  # one-word tags only


def test_the_python_api_browses_like_the_command_line(small: Path, tmp_path: Path) -> None:
    from careercli import Careers, Filters

    careers = Careers([small], builtin=False, cache_dir=tmp_path / "api-cache", lang="en")
    assert [r.id for r in careers.browse(Filters(criteria=["achievement"]), catalog="all").rows] == [
        "beta-builder", "zebra-keeper"]
    assert [r.id for r in careers.browse(Filters(sources=["rome"])).rows] == ["eboueur"]
    assert [t.kind for t in careers.tags("alpha-nurse")] == ["criterion", "work_style"]
    counts = {(kind.kind, tag.text): tag.count for kind in careers.criteria(catalog="all", lang="fr").kinds
              for tag in kind.tags}
    assert counts[("work_style", "Fiabilité")] == 2 and counts[("interest", "J'aime le travail manuel")] == 1
    with pytest.raises(UsageError):
        careers.browse(Filters(study_level="lycée"))
