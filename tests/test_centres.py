"""Interest centres (issue 18): the table, --like, the derived O*NET centres and the ranking they change."""

from __future__ import annotations

import csv
import json

import pytest

from careercli.catalog.entry import Entry
from careercli.facts.centres import CENTRE_BONUS, all_centres, centre_affinity, resolve_like, resolve_likes
from careercli.errors import UsageError
from careercli.importers.centres import derived_centre_tags, strongest_links
from careercli.quiz.ranking import Preferences, rank_careers

from .conftest import SHARED_DATA

ROME = SHARED_DATA / "rome"


def test_the_table_has_the_30_centres_with_the_french_labels_france_travail_publishes() -> None:
    if not ROME.is_dir():
        pytest.skip("no ROME export")
    with (ROME / "unix_centre_interet_v460_utf8.csv").open(encoding="utf-8", newline="") as handle:
        published = {int(row["code_centre_interet"]): row["libelle_centre_interet"] for row in csv.DictReader(handle)}
    assert {c.number: c.fr for c in all_centres()} == published
    assert len(published) == 30 and all(c.en and c.en != c.fr for c in all_centres())


@pytest.mark.parametrize(("text", "number"), [
    ("1", 1), (" 22 ", 22), ("créer, construire, rénover", 1), ("construire", 1), ("CONSTRUIRE", 1),
    ("construir", 1), ("build", 1), ("soin des autres", 22), ("take care of others", 22), ("animaux", 17),
    ("animals", 17), ("cuisine", 27), ("cooking", 27), ("travail manuel", 14), ("enfants", 21), ("nature", 9),
])
def test_like_takes_a_number_or_words_of_either_label(text: str, number: int) -> None:
    assert resolve_like(text) == number


def test_unknown_words_are_a_usage_error_with_suggestions() -> None:
    with pytest.raises(UsageError, match="no interest centre matches 'animmals zoo'.*did you mean: 17. I like looking after animals"):
        resolve_like("animmals zoo")
    with pytest.raises(UsageError, match="no interest centre number 31"):
        resolve_like("31")
    with pytest.raises(UsageError, match="fits several interest centres"):
        resolve_like("passionné")  # four labels start "Je suis passionné"
    with pytest.raises(UsageError, match="at most 5"):
        resolve_likes(["1", "2", "3", "4", "5", "6"])
    assert resolve_likes(["1", "construire", "22"]) == (1, 22)  # each once, in the order given


def test_affinity_counts_a_principal_centre_fully_and_another_by_half() -> None:
    career = ((1, True), (14, False))
    assert centre_affinity(career, (1,)) == (1.0, [1])
    assert centre_affinity(career, (14,)) == (0.5, [14])
    assert centre_affinity(career, (1, 14)) == (0.75, [1, 14])
    assert centre_affinity(career, (1, 22)) == (0.5, [1])
    assert centre_affinity(career, ()) == (0.0, [])


def entry(career_id: str, riasec: tuple, centres: tuple = ()) -> Entry:
    return Entry(id=career_id, path=f"{career_id}.yaml", origin="rome", title={"fr": career_id}, riasec=riasec,
                 centres=centres)


BUILDER = (7, 3, 3, 2, 2, 4)


def test_centres_reorder_close_fits_but_never_lift_a_poor_fit() -> None:
    careers = [
        entry("slaughterer", (7, 3, 3, 2, 2, 4.2)),  # the best correlation, no centre
        entry("mason", (7, 2.5, 3, 2, 2, 4), ((1, True),)),  # a little lower, the centre as principal
        entry("joiner", (7, 2.5, 3, 2.5, 2, 4), ((14, True), (1, False))),
        entry("florist", (2, 3, 7, 3, 4, 2), ((1, True),)),  # the centre, interests far apart
    ]
    alone = [m.id for m in rank_careers(BUILDER, careers).matches]
    liked = rank_careers(BUILDER, careers, Preferences(likes=(1,))).matches
    assert alone[0] == "slaughterer"
    assert [m.id for m in liked] == ["mason", "joiner", "slaughterer", "florist"]
    mason = liked[0]
    assert mason.centre_match == 1.0 and mason.centres == ["I want to create, build, renovate"]
    assert mason.reasons[0] == "Its main interest centre is one you chose: I want to create, build, renovate"
    assert liked[1].reasons[0] == "It has interest centres you chose: I want to create, build, renovate"
    assert mason.r < rank_careers(BUILDER, careers).matches[0].r  # r stays the correlation
    assert liked[-1].r + CENTRE_BONUS < liked[-2].r  # the bonus cannot bridge a poor fit


def test_derived_centres_use_the_strongest_links_and_the_rule_of_half() -> None:
    fiches = {"A1": [(1, True), (14, False)], "A2": [(1, True), (6, False)], "A3": [(14, True), (6, False)],
              "B1": [(22, True)]}
    assert strongest_links({"A1": "narrow", "B1": "close", "A2": "close"}) == ["A2", "B1"]
    tags = derived_centre_tags({"A1": "exact", "A2": "exact", "A3": "exact", "B1": "narrow"}, fiches)
    by_number = {t["text"]["fr"][:12]: t for t in tags}
    assert [t["text"]["en"] for t in tags][0] == "I want to create, build, renovate"  # principal first
    assert tags[0].get("main") is True and all(t["derived"] for t in tags)
    # 1: principal of 2 of 3 (main); 14: principal of one (kept); 6: held by 2 of 3 (kept); 22: weaker link
    assert len(tags) == 3 and sum(bool(t.get("main")) for t in tags) == 1
    assert "Je souhaite prendre soin des autres"[:12] not in by_number


def test_the_derived_principal_centre_is_the_most_frequent_principal_then_the_most_held() -> None:
    """Electricians link to three fiches, each with another principal centre: the one two of them
    have at all is principal; a tie on both counts leaves none principal."""
    fiches = {"F1602": [(1, True), (6, False), (14, False)], "I1309": [(14, True), (6, False)],
              "L1504": [(26, True), (6, False)]}
    links = dict.fromkeys(fiches, "exact")
    mains = [t["text"]["en"] for t in derived_centre_tags(links, fiches) if t.get("main")]
    assert mains == ["I like working with my hands"]
    tied = {"A1": [(1, True)], "A2": [(14, True)]}
    assert not [t for t in derived_centre_tags(dict.fromkeys(tied, "exact"), tied) if t.get("main")]


def test_committed_onet_profiles_carry_derived_centres_and_say_how() -> None:
    from careercli.profile.loader import read_profile
    from careercli.resources import builtin_careers

    profile = read_profile(builtin_careers() / "onet" / "registered-nurses.yaml")
    centres = [t for t in profile.tags if t.kind == "interest"]
    assert centres and all(t.derived for t in centres) and centres[0].main
    assert centres[0].text.fr == "Je souhaite prendre soin des autres"
    assert any("interest centres, derived through the crosswalks" in s.name for s in profile.sources)


def test_show_says_the_centres_of_an_onet_occupation_are_derived(cli) -> None:  # noqa: ANN001
    shown = cli("show", "registered-nurses", "--section", "criteria", "--format", "markdown").stdout
    assert "**Interest centres (derived through the crosswalks):** **I want to take care of others**" in shown
    fiche = cli("show", "macon", "--lang", "fr", "--section", "criteria", "--format", "markdown").stdout
    assert "**Centres d'intérêt\u00a0:**" in fiche and "dérivés" not in fiche  # France Travail's own


def test_quiz_like_in_both_catalogs_puts_building_trades_first(cli) -> None:  # noqa: ANN001
    """Done when (issue 18): a builder who picks 'créer, construire, rénover' gets masons, carpenters,
    plumbers and electricians near the top, in French and in English."""
    expected = {"rome": ["macon", "charpentier", "plombier-sanitaire", "electricien-du-batiment"],
                "onet": ["brickmasons-and-blockmasons", "carpenters", "plumbers-pipefitters-and-steamfitters"]}
    for catalog, lang in (("rome", "fr"), ("onet", "en")):
        result = cli("quiz", "--scores", "R=7,I=3,A=2,S=2,E=2,C=4", "--like", "construire", "--catalog", catalog,
                     "--lang", lang, "--top", "30", "--format", "json")
        assert result.exit_code == 0, result.output
        data = json.loads(result.stdout)["data"]
        ids = [m["id"] for m in data["results"]]
        assert all(career in ids for career in expected[catalog]), (catalog, ids)
        assert data["preferences"]["likes"][0]["number"] == 1
        assert all(m["centre_match"] > 0 for m in data["results"][:10])


def test_quiz_like_unknown_words_exit_2(cli) -> None:  # noqa: ANN001
    result = cli("quiz", "--scores", "R=7,I=3,A=2,S=2,E=2,C=4", "--like", "xyzzy")
    assert result.exit_code == 2
    assert "no interest centre matches 'xyzzy'" in result.stderr and "Traceback" not in result.output


def test_criteria_numbers_the_centres_as_like_takes_them(cli) -> None:  # noqa: ANN001
    result = cli("criteria", "--kind", "interest", "--catalog", "all", "--format", "json", "--lang", "en")
    assert result.exit_code == 0
    tags = json.loads(result.stdout)["data"]["kinds"][0]["tags"]
    numbered = {t["number"]: t for t in tags if "number" in t}
    assert len(numbered) == 30  # ROME's French-only tags and O*NET's derived ones counted together
    assert numbered[1]["text"] == "I want to create, build, renovate"
    assert numbered[1]["texts"]["fr"] == "J'ai envie de créer, construire, rénover"
    assert resolve_like(str(tags[0]["number"])) == tags[0]["number"]


def test_class_like_ranks_every_person_as_quiz_like_does(cli, tmp_path) -> None:  # noqa: ANN001
    roster = tmp_path / "class.csv"
    people = {"Ann": "7,3,2,2,2,4", "Bob": "2,4,3,7,2,3", "Cyd": "6,5,2,4,2,3"}
    roster.write_text("name,R,I,A,S,E,C\n" + "".join(f"{n},{s}\n" for n, s in people.items()), encoding="utf-8")
    result = cli("class", str(roster), "--like", "construire", "--like", "animaux", "--lang", "fr", "--top", "8",
                 "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)["data"]
    assert [c["number"] for c in data["preferences"]["likes"]] == [1, 17]
    for person in data["people"]:
        scores = ",".join(f"{k}={v}" for k, v in zip("RIASEC", people[person["name"]].split(",")))
        alone = json.loads(cli("quiz", "--scores", scores, "--like", "1", "--like", "17", "--lang", "fr", "--top", "8",
                               "--format", "json").stdout)["data"]["results"]
        assert [m["id"] for m in person["results"]] == [m["id"] for m in alone]
        assert [m["centres"] for m in person["results"]] == [m["centres"] for m in alone]


def test_class_csv_has_a_centres_column_when_centres_are_given(cli, tmp_path) -> None:  # noqa: ANN001
    roster = tmp_path / "class.csv"
    roster.write_text("name,R,I,A,S,E,C\nAnn,7,3,2,2,2,4\n", encoding="utf-8")
    rows = cli("class", str(roster), "--like", "1", "--lang", "en", "--top", "2", "--format", "csv").stdout.splitlines()
    assert rows[0].endswith(",agreement,onet_soc,rome,isco08,title_language,centres")
    assert rows[1].endswith(',"I want to create, build, renovate"')
    plain = cli("class", str(roster), "--lang", "en", "--top", "2", "--format", "csv").stdout.splitlines()
    assert plain[0].endswith(",agreement,onet_soc,rome,isco08,title_language")  # no column without --like
    french = cli("class", str(roster), "--like", "1", "--lang", "fr", "--top", "2", "--format", "csv").stdout
    assert french.splitlines()[0].endswith(";accord;onet_soc;rome;isco08;langue_du_titre;centres")  # the French headers of a French Excel
