"""The Python API is the library under the commands: a script using `careercli.Careers` gets
exactly the careers the command line prints, in English and in French, for search, rank (quiz),
similar, class, list, compare and show; bad arguments are refused with CareersError subclasses."""

from __future__ import annotations

import json
import os
from pathlib import Path

import msgspec
import pytest

from careercli import AmbiguousError, Careers, NotFoundError, UsageError
from careercli.quiz.ranking import Preferences

from .conftest import SEED_ID

SCORES = {"R": 2, "I": 5, "A": 3, "S": 4, "E": 6, "C": 5}
SCORES_TEXT = ",".join(f"{k}={v}" for k, v in SCORES.items())


@pytest.fixture(scope="module")
def careers() -> Careers:
    return Careers(cache_dir=os.environ.get("CAREERS_CACHE_DIR"), lang="en")


def data_of(cli, *args: str) -> dict:
    result = cli(*args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["data"]


@pytest.mark.parametrize("query, lang, catalog", [("nurse", "en", None), ("comptable", "fr", None),
                                                   ("teacher", "en", "all"), ("boulanger", "fr", "onet"),
                                                   ("plombier", "en", None)])
def test_search_gives_the_careers_the_command_prints(cli, careers, query, lang, catalog):
    extra = ["--catalog", catalog] if catalog else []
    printed = data_of(cli, "search", query, "--lang", lang, "--limit", "8", *extra)
    found = careers.search(query, 8, lang=lang, catalog=catalog)
    assert [f.id for f in found.results] == [r["id"] for r in printed["results"]]
    assert [f.id for f in found.suggestions] == [r["id"] for r in printed["suggestions"]]
    assert [f["id"] for f in found.to_dict()["results"]] == [f.id for f in found.results]


def test_the_language_chooses_the_catalog_as_on_the_command_line(careers):
    """The bug the library fixes: an English ranking held French fiches, a French search O*NET careers."""
    english = careers.rank(SCORES, limit=None)
    assert {m.id for m in english.ranking.matches} and all(
        careers.get(m.id).origin in ("onet", "curated") for m in english.ranking.matches[:40])
    french = careers.search("comptable", 20, lang="fr")
    assert french.results and all(f.origin in ("rome", "curated") for f in french.results)


@pytest.mark.parametrize("lang, catalog", [("en", None), ("fr", None), ("en", "all"), ("fr", "onet")])
def test_rank_gives_the_careers_the_quiz_prints(cli, careers, lang, catalog):
    extra = ["--catalog", catalog] if catalog else []
    printed = data_of(cli, "quiz", "--scores", SCORES_TEXT, "--lang", lang, "--top", "12", "--max-zone", "4", *extra)
    ranked = careers.rank(SCORES, Preferences(max_zone=4), limit=12, lang=lang, catalog=catalog)
    data = ranked.to_dict()
    assert [m["id"] for m in data["ranking"]["matches"]] == [m["id"] for m in printed["results"]]
    assert [m.id for m in ranked.ranking.letter_matches] == [m["id"] for m in printed["results_by_letters"]]


@pytest.mark.parametrize("lang, scores, like", [
    ("fr", "R=7,I=3,A=3,S=2,E=2,C=4", ["1", "travail manuel"]),  # a builder who picks two centres
    ("en", "R=5,I=5,A=5,S=5,E=5,C=5.5", []),  # all but flat: flagged, and worded with care
    ("en", "R=2,I=3,A=2,S=7,E=2,C=3", ["take care of others"]),
])
def test_rank_gives_the_centres_and_quality_flags_the_quiz_gives(cli, careers, lang, scores, like):
    extra = [arg for text in like for arg in ("--like", text)]
    printed = data_of(cli, "quiz", "--scores", scores, "--lang", lang, "--top", "10", *extra)
    person = {part.split("=")[0]: float(part.split("=")[1]) for part in scores.split(",")}
    data = careers.rank(person, limit=10, lang=lang, like=like).to_dict()
    assert [m["id"] for m in data["ranking"]["matches"]] == [m["id"] for m in printed["results"]]
    assert [m["centres"] for m in data["ranking"]["matches"]] == [m.get("centres", []) for m in printed["results"]]
    assert data["quality"] == printed["quality"] and data["notes"] == printed["notes"]
    assert bool(like) == any(m["centres"] for m in data["ranking"]["matches"])


@pytest.mark.parametrize("lang, values", [("fr", "indépendance,accomplissement"), ("en", "relationships,support")])
def test_rank_weighs_work_values_as_the_quiz_does(cli, careers, lang, values):
    printed = data_of(cli, "quiz", "--scores", "R=2,I=3,A=4,S=7,E=3,C=2", "--lang", lang, "--top", "10",
                      "--values", values)
    data = careers.rank({"R": 2, "I": 3, "A": 4, "S": 7, "E": 3, "C": 2}, limit=10, lang=lang, values=values).to_dict()
    assert [m["id"] for m in data["ranking"]["matches"]] == [m["id"] for m in printed["results"]]
    assert [m["values_fit"] for m in data["ranking"]["matches"]] == [m["values_fit"] for m in printed["results"]]
    assert [m["reasons"] for m in data["ranking"]["matches"]] == [m["reasons"] for m in printed["results"]]


@pytest.mark.parametrize("query, lang", [("registered-nurses", "en"), ("comptable", "fr"), (SEED_ID, "fr")])
def test_similar_gives_the_careers_the_command_prints(cli, careers, query, lang):
    printed = data_of(cli, "similar", query, "--lang", lang, "--limit", "10")
    found = careers.similar(query, 10, lang=lang)
    assert [(n.id, n.source, n.reason) for n in found.results] == [
        (r["id"], r["source"], r["reason"]) for r in printed["results"]]


def test_score_class_gives_each_person_the_careers_the_command_prints(cli, careers, tmp_path: Path):
    from careercli.quiz.bank import load_bank

    ids = [item.id for item in load_bank("riasec-short").items]
    rows = {"Alice": "125312" * 4, "Bob": "512345" * 4, "Chloé": "333351" * 4}
    path = tmp_path / "class.csv"
    path.write_text("\n".join([",".join(["name", *ids])] + [",".join([n, *d]) for n, d in rows.items()]) + "\n",
                    encoding="utf-8")
    for lang in ("en", "fr"):
        printed = data_of(cli, "class", str(path), "--lang", lang, "--top", "4")
        scored = careers.score_class(path, top=4, lang=lang)
        assert [[c.id for c in p.result.ranking.matches] for p in scored.people] == [
            [c["id"] for c in person["results"]] for person in printed["people"]]
        assert [[c.id for c in p.result.ranking.letter_matches] for p in scored.people] == [
            [c["id"] for c in person["results_by_letters"]] for person in printed["people"]]
        assert [p["name"] for p in scored.to_dict()["people"]] == list(rows)
    printed = data_of(cli, "class", str(path), "--lang", "fr", "--top", "4", "--like", "1")
    scored = careers.score_class(path, top=4, lang="fr", like=["1"])
    assert [[c.id for c in p.result.ranking.matches] for p in scored.people] == [
        [c["id"] for c in person["results"]] for person in printed["people"]]
    printed = data_of(cli, "class", str(path), "--lang", "fr", "--top", "4", "--values", "autonomie,reconnaissance")
    scored = careers.score_class(path, top=4, lang="fr", values="autonomie,reconnaissance")
    assert [[(c.id, c.values_fit) for c in p.result.ranking.matches] for p in scored.people] == [
        [(c["id"], c["values_fit"]) for c in person["results"]] for person in printed["people"]]


def test_list_compare_and_show_agree_with_the_commands(cli, careers):
    from careercli import Filters

    printed = data_of(cli, "list", "--riasec", "S", "--job-zone", "3")
    assert [r.id for r in careers.browse(Filters(riasec="S", job_zone=3)).rows] == [r["id"] for r in printed]
    compared = data_of(cli, "compare", "comptable", "boulanger", "--lang", "fr")
    kept = careers.compare(["comptable", "boulanger"], lang="fr")
    assert [c[0] for c in kept.careers] == [c["id"] for c in compared["careers"]]
    assert (msgspec.to_builtins(kept.competences), msgspec.to_builtins(kept.mobility), kept.notes) == (
        compared["competences"], compared["mobility"], compared["notes"])
    shown = data_of(cli, "show", "plombier", "--lang", "fr")
    assert careers.view("plombier", lang="fr").id == shown["id"]
    assert careers.lookup("plombier", lang="fr") == shown["id"]


@pytest.mark.parametrize("call", [
    lambda c: c.scores({"R": 2}),  # five letters missing (was a bare KeyError)
    lambda c: c.scores({**SCORES, "X": 1}),
    lambda c: c.scores({**SCORES, "C": "high"}),
    lambda c: c.scores({**SCORES, "C": float("nan")}),
    lambda c: c.rank(SCORES, sort="bogus"),  # was accepted
    lambda c: c.rank(SCORES, catalog="esco"),
    lambda c: c.rank(SCORES, limit=0),
    lambda c: c.search("nurse", lang="fr", catalog="everything"),
    lambda c: c.browse(sort="salary"),
    lambda c: c.view(SEED_ID, ["salary", "wages-table"]),
    lambda c: c.compare([SEED_ID]),
    lambda c: c.rank(SCORES, like=["zzqx nothing like it"]),
    lambda c: c.rank(SCORES, values="independence,zzqx"),
    lambda c: c.render(c.search("baker"), "yaml"),
    lambda c: c.fit("bakers", {"zz9": 3}),
    lambda c: c.fit("bakers", {"act1": 9}),
    lambda c: c.fit("bakers", {"act1": None}),
    lambda c: c.values("happiness,money"),
], ids=["missing", "unknown-letter", "not-a-number", "nan", "sort", "catalog", "limit", "search-catalog",
        "list-sort", "section", "compare-one", "like", "values", "format", "fit-key", "fit-answer", "fit-none", "values"])
def test_bad_arguments_are_refused_with_a_usage_error(careers, call):
    with pytest.raises(UsageError):
        call(careers)


def test_lookup_refuses_what_the_command_line_would_ask_about_or_not_find(careers):
    with pytest.raises(AmbiguousError) as asked:
        careers.lookup("engineer")
    assert len(asked.value.data["candidates"]) >= 2
    with pytest.raises(NotFoundError):
        careers.lookup("zzqxw-no-such-job")


def test_results_are_public_types_not_storage_structs(careers):
    """Every method returns a result the package exports, whose fields hold no index structs,
    and whose `to_dict()` is plain JSON-ready data."""
    import careercli
    import msgspec

    results = [careers.search("baker"), careers.similar("bakers"), careers.browse(), careers.criteria(),
               careers.rank(SCORES, limit=2), careers.compare(["bakers", "chefs-and-head-cooks"]), careers.view("bakers"),
               careers.fit("bakers", {"act1": 4}), careers.fit_questions("bakers"), careers.validate([]),
               careers.about(), careers.values("support", 3)]
    for result in results:
        assert getattr(careercli, type(result).__name__) is type(result)
        assert "Entry" not in repr([f.type for f in msgspec.structs.fields(result)])
        assert json.loads(json.dumps(result.to_dict()))
    assert "Entry" not in careercli.__all__


@pytest.mark.parametrize("job, lang", [("macon", "fr"), ("bakers", "en")])
def test_fit_gives_the_result_the_command_prints(cli, careers, tmp_path: Path, job, lang):
    """The same questions, and for the same answers the same percentage, fit and reasons."""
    questions = careers.fit_questions(job, lang=lang)
    keys = [key for key, _text in questions.self_assessment + questions.activities] + [i.id for i in questions.items]
    answers = {key: (5 if n % 2 else 2) if not key.startswith("sa") else "yes" for n, key in enumerate(keys)}
    file = tmp_path / "answers.csv"
    file.write_text("".join(f"{key},{value}\n" for key, value in answers.items()), encoding="utf-8")
    printed = data_of(cli, "fit", job, "--lang", lang, "--answers", str(file))
    got = careers.fit(job, answers, lang=lang).to_dict()
    assert keys and printed["id"] == got["id"]
    assert (printed["percent"], printed["fit"], printed["reasons"]) == (got["percent"], got["fit"], got["reasons"])


def test_validate_gives_the_problems_the_command_prints(cli, careers, tmp_path: Path):
    (tmp_path / "good.yaml").write_text((Path(__file__).parents[1] / "data" / "careers" / f"{SEED_ID}.yaml")
                                        .read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("id: bad\ntitle: 5\n", encoding="utf-8")
    missing = str(tmp_path / "missing")
    result = cli("validate", str(tmp_path), missing, "--format", "json")
    printed = json.loads(result.stdout)
    report = careers.validate([tmp_path, missing]).to_dict()
    assert result.exit_code != 0 and report["problems"]
    assert report["checked"] == printed["data"]["checked"] == 2
    assert [p["message"] for p in report["problems"]] == [p["message"] for p in printed["data"]["problems"]]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_about_gives_what_the_command_prints(cli, careers, lang):
    printed = data_of(cli, "about", "--lang", lang)
    got = careers.about(lang=lang).to_dict()
    assert got["careers"] == printed["careers"] and got["careers"]["total"] > 2000
    for key in ("sources", "coverage", "french_titles", "study_levels", "methods"):
        assert got[key] == printed[key], key


@pytest.mark.parametrize("order, lang", [("relations,soutien,autonomie", "fr"), ("independence,achievement", "en")])
def test_values_gives_the_careers_the_command_prints(cli, careers, order, lang):
    printed = data_of(cli, "values", "--values", order, "--lang", lang, "--top", "12")
    got = careers.values(order, 12, lang=lang)
    assert [c["id"] for c in printed["careers"]] == [c.id for c in got.careers] and len(got.careers) == 12
    assert [v["key"] for v in printed["values"]] == list(got.order)
