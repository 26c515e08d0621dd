"""`careers similar JOB`: the career's own lists first (curated, O*NET related occupations, ROME
mobility, its codes and crosswalk links), then the nearest by interests within one job zone (or
by official letters), each with its reason; twins and duplicates left out, the catalog in scope."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import no_builtin

SCORES = "{R: 1, I: 2, A: 3, S: 6, E: 5, C: 4}"
CAREERS = {
    "my-job": f'title: {{en: "My job", fr: "Mon métier"}}\nriasec: {SCORES}\njob_zone: {{zone: 3}}\n'
              "similar: [onet-b, rome-x, not-a-career]\ncodes: {onet_soc: ['11-1111.00']}\n"
              "links: [{scheme: rome, code: A1001, match: close}]\n",
    "onet-a": f'origin: onet\ntitle: "Onet A"\nriasec: {SCORES}\njob_zone: {{zone: 3}}\n'
              "codes: {onet_soc: ['11-1111.00']}\nsimilar: [onet-b, onet-c]\n"
              "links: [{scheme: rome, code: A1002, match: exact}, {scheme: rome, code: A1003, match: broad}]\n",
    "onet-b": 'origin: onet\ntitle: "Onet B"\nriasec: {R: 6, I: 5, A: 1, S: 2, E: 3, C: 4}\njob_zone: {zone: 4}\n'
              "codes: {onet_soc: ['11-2222.00']}\n",
    "onet-c": f'origin: onet\ntitle: "Onet C"\nriasec: {SCORES}\njob_zone: {{zone: 5}}\ncodes: {{onet_soc: ["11-3333.00"]}}\n',
    "onet-d": 'origin: onet\ntitle: "Onet [bold]D[/bold]"\nriasec: {R: 1, I: 2, A: 3, S: 6.5, E: 5, C: 4}\n'
              "job_zone: {zone: 2}\ncodes: {onet_soc: ['11-4444.00']}\n",
    "onet-e": f'origin: onet\ntitle: "Onet E"\nriasec: {SCORES}\njob_zone: {{zone: 5}}\ncodes: {{onet_soc: ["11-5555.00"]}}\n',
    "onet-far": 'origin: onet\ntitle: "Onet far"\nriasec: {R: 6, I: 5, A: 4, S: 1, E: 2, C: 3}\njob_zone: {zone: 3}\n'
                "codes: {onet_soc: ['11-6666.00']}\n",
    "rome-x": 'origin: rome\ntitle: {fr: "Fiche X"}\nriasec_official: {major: S, minor: E}\ncodes: {rome: [A1001]}\n'
              "similar: [rome-y]\n",
    "rome-y": f'origin: rome\ntitle: {{fr: "Fiche Y"}}\nriasec: {SCORES}\ncodes: {{rome: [A1002]}}\n'
              "riasec_official: {major: S, minor: A}\n"
              "links: [{scheme: onet, code: '11-1111.00', match: exact}]\n",
    "rome-z": 'origin: rome\ntitle: {fr: "Fiche Z"}\nriasec_official: {major: S, minor: E}\ncodes: {rome: [B2001]}\n',
    "rome-w": 'origin: rome\ntitle: {fr: "Fiche W"}\nriasec_official: {major: S, minor: E}\ncodes: {rome: [A1503]}\n',
    "rome-v": 'origin: rome\ntitle: {fr: "Fiche V"}\nriasec_official: {major: R, minor: I}\ncodes: {rome: [A1004]}\n',
}


@pytest.fixture
def similar(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    no_builtin(monkeypatch, tmp_path)
    folder = tmp_path / "catalog"
    folder.mkdir()
    for career_id, text in CAREERS.items():
        (folder / f"{career_id}.yaml").write_text(text, encoding="utf-8")

    def run(*args: str) -> dict:
        result = cli("--data-dir", str(folder), "similar", *args, "--format", "json")
        assert result.exit_code == 0, result.stderr
        return json.loads(result.stdout)["data"]
    return run


def listed(data: dict) -> list[tuple[str, str]]:
    return [(r["id"], r["source"]) for r in data["results"]]


def test_curated_list_then_its_code_then_interests_within_one_job_zone(similar) -> None:
    data = similar("my-job")
    assert listed(data) == [("onet-b", "curated"), ("onet-a", "code"), ("onet-d", "interests")]
    # rome-x is outside the English catalog: counted; onet-c and onet-e are two job zones away; onet-far's r < 0.6
    assert data["notes"] == ["Careers listed as similar but outside the catalog in scope, left out: 1 "
                             "(--catalog all shows them)"]
    first, code, near = data["results"]
    assert first["reason"] == "listed as similar in this profile" and first["r"] < 0
    assert code["reason"] == "the reference profile of its code 11-1111.00"
    assert near["reason"] == "interests r=1.00, job zone 2 (this one: 3)" and near["r"] > 0.99
    assert data["career"] == {"id": "my-job", "title": "My job", "code": "SEC", "job_zone": 3, "onet_soc": ["11-1111.00"],
                              "rome": [], "isco08": [], "title_language": "en"}


def test_every_catalog_adds_the_crosswalk_and_still_leaves_twins_out(similar) -> None:
    data = similar("my-job", "--catalog", "all")
    assert listed(data) == [("onet-b", "curated"), ("rome-x", "curated"), ("onet-a", "code"), ("onet-d", "interests")]
    # rome-x is also its close crosswalk match: listed once; rome-y is onet-a's twin: left out
    assert data["notes"] == []


def test_onet_related_occupations_and_no_twin(similar) -> None:
    data = similar("onet-a", "--catalog", "all")
    assert listed(data)[:3] == [("onet-b", "onet_related"), ("onet-c", "onet_related"), ("my-job", "interests")]
    assert "rome-y" not in [r["id"] for r in data["results"]]  # its exact twin
    assert data["results"][0]["reason"] == "listed by O*NET as related"


def test_a_listed_career_outside_the_language_catalog_is_replaced_by_its_twin(similar) -> None:
    data = similar("rome-x", "--lang", "fr", "--catalog", "onet")  # rome-x lists rome-y; onet-a is its twin
    assert data["results"][0]["id"] == "onet-a" and data["results"][0]["instead_of"] == "rome-y"
    assert data["results"][0]["source"] == "rome_mobility"


def test_a_fiche_with_letters_only_gets_the_fiches_whose_letters_agree(similar) -> None:
    data = similar("rome-x", "--catalog", "rome")
    assert listed(data) == [("rome-y", "rome_mobility"), ("rome-w", "official_letters"),
                            ("my-job", "official_letters"), ("rome-z", "official_letters")]
    # all agree 6/6 (my-job by its Holland code SEC); rome-w shares the broad ROME domain A: first
    assert data["results"][1]["agreement"] == 6 and data["results"][1]["reason"] == (
        "letters SE: agreement 6/6 with this career's official letters SE, same ROME domain A")
    assert "rome-v" not in [r["id"] for r in data["results"]]  # RI: no letter in common


def test_limit_and_the_query_resolves_like_show(similar, cli) -> None:
    assert len(similar("My job", "--limit", "2")["results"]) == 2
    assert similar("mon metier", "--lang", "fr")["career"]["id"] == "my-job"


def test_formats_and_untrusted_titles(cli, similar, tmp_path: Path) -> None:
    folder = str(tmp_path / "catalog")
    rich = cli("--data-dir", folder, "similar", "my-job")
    assert rich.exit_code == 0 and "Careers similar to My job (my-job)" in rich.stdout
    assert "Onet [bold]D[/bold]" in rich.stdout and "interests r=1.00, job zone 2 (this one: 3)" in rich.stdout
    csv_rows = cli("--data-dir", folder, "similar", "my-job", "--format", "csv").stdout.splitlines()
    assert csv_rows[0] == "rank,id,title,source,reason,r,agreement,code,job_zone,origin,instead_of,onet_soc,rome,isco08,title_language"
    assert csv_rows[1].startswith("1,onet-b,Onet B,curated,listed as similar in this profile,")
    markdown = cli("--data-dir", folder, "similar", "my-job", "--format", "markdown").stdout
    assert "| 2 | Onet A | `onet-a` | O\\*NET-SOC 11-1111.00 | the reference profile of its code 11-1111.00 |" in markdown
    french = similar("my-job", "--lang", "fr", "--catalog", "onet")
    assert french["results"][0]["reason"] == "indiqué comme métier proche dans cette fiche"


# ---------------------------------------------------------------- the shipped catalog

def shipped(cli, *args: str) -> dict:
    result = cli("similar", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["data"]


def test_an_onet_occupation_lists_onets_related_occupations_then_interests(cli) -> None:
    data = shipped(cli, "registered-nurses")
    sources = [r["source"] for r in data["results"]]
    assert sources[:10] == ["onet_related"] * 10 and set(sources[10:]) == {"interests"}
    ids = [r["id"] for r in data["results"]]
    assert len(ids) == len(set(ids)) == 15 and "registered-nurses" not in ids
    assert all(abs(r["job_zone"] - 4) <= 1 and r["r"] >= 0.6 for r in data["results"][10:])
    assert {r["origin"] for r in data["results"]} == {"onet"}  # English: O*NET (+ curated)


def test_french_fiches_list_rome_mobility_and_never_their_twins(cli) -> None:
    data = shipped(cli, "infirmier-en-soins-generaux-ide", "--lang", "fr", "--catalog", "all", "--limit", "40")
    assert data["results"][0]["source"] == "rome_mobility"
    assert "registered-nurses" not in [r["id"] for r in data["results"]]  # its O*NET twin
    assert {r["origin"] for r in shipped(cli, "comptable", "--lang", "fr")["results"]} <= {"rome", "curated"}
    letters = shipped(cli, "accessoiriste", "--lang", "fr", "--limit", "30")["results"]
    assert {r["source"] for r in letters} == {"rome_mobility", "official_letters"}
    assert all(r["agreement"] >= 4 for r in letters if r["source"] == "official_letters")


def test_a_family_word_asks(cli) -> None:
    result = cli("similar", "teacher")
    assert result.exit_code == 3 and "matches several careers" in result.stderr


def test_the_python_api_gives_the_same_list(cli) -> None:
    import os

    from careercli.api import Careers

    careers = Careers(cache_dir=os.environ["CAREERS_CACHE_DIR"])
    found = careers.similar("registered-nurses", limit=12)
    assert [(n.id, n.source) for n in found.results] == [(r["id"], r["source"]) for r in
                                                         shipped(cli, "registered-nurses", "--limit", "12")["results"]]
    assert {n.origin for n in careers.similar("comptable", lang="fr").results} <= {"rome", "curated"}
