"""Work values (issue 23): --values in either language, the values term of the ranking, its
reasons and contributions, `careers values`, and the class's values column."""

from __future__ import annotations

import json

import pytest

from careercli.catalog.entry import Entry
from careercli.errors import UsageError
from careercli.quiz.ranking import Preferences, rank_careers
from careercli.quiz.values import (
    KEYS, VALUES_WEIGHT, order_weights, resolve_values, standardised, value_norms, value_profile, values_bonus,
    values_scorer,
)

SOCIAL = (2, 3, 4, 7, 3, 2)


@pytest.mark.parametrize(("text", "order"), [
    ("relationships,support,achievement,independence,recognition,conditions",
     ("relationships", "support", "achievement", "independence", "recognition", "conditions")),
    ("Relations humaines, Soutien", ("relationships", "support")),
    ("indépendance,ACCOMPLISSEMENT", ("independence", "achievement")),
    ("working conditions, reconnaissance", ("conditions", "recognition")),
    ("autonomie", ("independence",)),
    ("relation,soutien", ("relationships", "support")),  # a beginning of four letters or more
])
def test_values_takes_names_in_english_or_french(text: str, order: tuple) -> None:
    assert resolve_values(text) == order


def test_unknown_or_repeated_values_are_one_line_usage_errors() -> None:
    with pytest.raises(UsageError, match=r"no work value 'relationshps'; did you mean: relationships\?"):
        resolve_values("relationshps,support")
    with pytest.raises(UsageError, match="named twice"):
        resolve_values("support,soutien")
    with pytest.raises(UsageError, match="name at least one value"):
        resolve_values(" , ")


def test_the_order_gives_weights_from_first_to_last_and_the_rest_share() -> None:
    assert order_weights(KEYS) == (3 / 6, 2 / 6, 1 / 6, 0.0, 0.0, 0.0)
    weights = dict(zip(KEYS, order_weights(("support", "achievement"))))
    assert (weights["support"], weights["achievement"]) == (3 / 6, 2 / 6) and sum(weights.values()) == pytest.approx(1)
    assert all(weights[k] == pytest.approx(1 / 24) for k in ("conditions", "recognition", "relationships", "independence"))
    # support: first for one person, sharing the five places left (3/6 / 5) for the other; () is left out
    assert value_profile([("support",), ("achievement",), ()])["support"] == round((3 / 6 + 0.1) / 2, 2)


def test_a_career_is_scored_against_the_careers_being_ranked() -> None:
    norms = value_norms([(1, 4, 4, 4, 4, 2), (3, 4, 4, 4, 4, 6), None])
    assert norms.mean == (2, 4, 4, 4, 4, 4) and norms.sd == (1, 0, 0, 0, 0, 2)
    assert standardised((3, 4, 4, 4, 4, 6), norms) == (1, 0, 0, 0, 0, 1)  # no spread: 0
    scorer = values_scorer(("independence", "achievement"), [], norms)
    assert scorer.fit((3, 4, 4, 4, 4, 6)) == pytest.approx(3 / 6 * 1 + 2 / 6 * 1)
    assert scorer.fit(None) is None and values_bonus(5.0) == VALUES_WEIGHT * 1.0  # held within one deviation


def entry(career_id: str, riasec: tuple, values: tuple | None) -> Entry:
    return Entry(id=career_id, path=f"{career_id}.yaml", origin="onet", title={"en": career_id}, riasec=riasec,
                 work_values=values)


# six work values in KEYS order: achievement, conditions, recognition, relationships, support, independence
CAREERS = [
    entry("teacher", (2, 3, 4, 7, 3, 2.2), (5, 5, 4, 6.5, 3, 4)),  # the best interest fit; relationships high
    entry("counsellor", (2, 3, 4, 7, 3.3, 2), (6, 4, 4, 5, 2.5, 6.5)),  # a close fit; independence high
    entry("no-values", (2, 3, 4, 7, 3.4, 2), None),
    entry("welder", (7, 3, 2, 2, 3, 4), (5, 5, 3, 3, 2, 7)),  # independence high, interests far apart
]


def test_values_reorder_close_fits_never_a_poor_one_and_say_why() -> None:
    plain = [m.id for m in rank_careers(SOCIAL, CAREERS).matches]
    free = rank_careers(SOCIAL, CAREERS, Preferences(values=("independence", "achievement"))).matches
    assert plain[0] == "teacher"
    # the teacher rates independence among its lowest: a negative values term puts it below a career
    # without work values (0); the welder rates it highest but its interests are far apart
    assert [m.id for m in free] == ["counsellor", "no-values", "teacher", "welder"]
    assert free[-1].r + 2 * VALUES_WEIGHT < free[-2].r  # the values term cannot bridge a poor interest fit
    counsellor = free[0]
    assert counsellor.r == rank_careers(SOCIAL, CAREERS).matches[1].r  # r stays the interest correlation
    assert counsellor.contributions["values"] == round(VALUES_WEIGHT * min(1.0, counsellor.values_fit), 3)
    assert counsellor.contributions["total"] == round(counsellor.r + counsellor.values_bonus, 3)
    assert "Independence and Achievement matter most to you; this job rates high on both" in counsellor.reasons
    unrated = next(m for m in free if m.id == "no-values")
    assert unrated.values_fit is None and unrated.contributions["values"] == 0.0
    assert "No work values for this job: what matters to you does not move it" in unrated.reasons
    social = rank_careers(SOCIAL, CAREERS, Preferences(values=("relationships", "support"))).matches
    assert social[0].id == "teacher"  # high on both, against the careers ranked
    assert "Relationships and Support matter most to you; this job rates high on both" in social[0].reasons
    assert "Relationships and Support matter most to you; it rates low on Relationships and Support" in \
           social[-1].reasons  # the welder


def test_quiz_values_json_gives_each_term_and_unknown_names_exit_2(cli) -> None:  # noqa: ANN001
    result = cli("quiz", "--scores", "R=2,I=3,A=4,S=7,E=3,C=2", "--values", "relations,soutien", "--catalog", "onet",
                 "--lang", "en", "--top", "5", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)["data"]
    assert [v["key"] for v in data["preferences"]["values"]] == ["relationships", "support"]
    for career in data["results"]:
        terms = career["contributions"]
        assert set(terms) == {"interests", "centres", "values", "total"}
        assert terms["interests"] == career["score"]
        assert abs(terms["total"] - (terms["interests"] + terms["centres"] + terms["values"])) <= 0.002
        assert any("matter most to you" in reason for reason in career["reasons"])
    bad = cli("quiz", "--scores", "R=2,I=3,A=4,S=7,E=3,C=2", "--values", "relations,bogus")
    assert bad.exit_code == 2 and "no work value 'bogus'" in bad.stderr and "Traceback" not in bad.output
    assert len(bad.stderr.strip().splitlines()) == 1


def test_values_command_lists_the_careers_that_fit_the_order(cli) -> None:  # noqa: ANN001
    result = cli("values", "--values", "independence,achievement", "--catalog", "onet", "--lang", "en", "--top", "5",
                 "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)["data"]
    fits = [c["values_fit"] for c in data["careers"]]
    assert len(fits) == 5 and fits == sorted(fits, reverse=True) and data["rated"] > 800
    assert data["quiz"] == "careers quiz --values independence,achievement"
    french = cli("values", "--values", "relations,soutien", "--lang", "fr", "--top", "3")
    assert french.exit_code == 0 and "Relations humaines" in french.stdout


def test_class_values_column_ranks_each_person_as_quiz_values_does(cli, tmp_path) -> None:  # noqa: ANN001
    roster = tmp_path / "class.csv"
    roster.write_text('name,R,I,A,S,E,C,valeurs\nAnn,2,3,4,7,3,2,"relations,soutien"\n'
                      'Bob,2,3,4,7,3,2,"indépendance,accomplissement"\nCyd,6,5,2,4,2,3,\n', encoding="utf-8")
    result = cli("class", str(roster), "--lang", "en", "--top", "6", "--format", "json", "--catalog", "onet")
    assert result.exit_code == 0, result.output
    people = {p["name"]: p for p in json.loads(result.stdout)["data"]["people"]}
    for name, order in (("Ann", "relationships,support"), ("Bob", "independence,achievement")):
        alone = json.loads(cli("quiz", "--scores", "R=2,I=3,A=4,S=7,E=3,C=2", "--values", order, "--lang", "en",
                               "--top", "6", "--format", "json", "--catalog", "onet").stdout)["data"]["results"]
        assert [m["id"] for m in people[name]["results"]] == [m["id"] for m in alone]
        assert [m["values_fit"] for m in people[name]["results"]] == [m["values_fit"] for m in alone]
    assert [m["id"] for m in people["Ann"]["results"]] != [m["id"] for m in people["Bob"]["results"]]
    assert people["Cyd"]["values"] == [] and "values_fit" not in people["Cyd"]["results"][0]
    rows = cli("class", str(roster), "--lang", "en", "--top", "1", "--format", "csv", "--catalog", "onet").stdout
    assert rows.splitlines()[0].endswith(",agreement,onet_soc,rome,isco08,title_language,values_fit")  # optional columns last
    bad = tmp_path / "bad.csv"
    bad.write_text("name,R,I,A,S,E,C,values\nAnn,2,3,4,7,3,2,nope\n", encoding="utf-8")
    refused = cli("class", str(bad))
    assert refused.exit_code != 0 and f"{bad}:2: values: no work value 'nope'" in refused.stderr


def test_careers_values_gives_careers_with_the_same_values_one_row(cli) -> None:
    """26 medical specialties inherit one value profile from the same occupations: one row names
    them all, so the list is not ten specialties no order can tell apart."""
    import json

    data = json.loads(cli("values", "--values", "relations,soutien", "--lang", "fr", "--top", "10",
                          "--format", "json").stdout)["data"]
    ids = [career["id"] for career in data["careers"]]
    assert len(ids) == 10 == len(set(ids))
    grouped = [career for career in data["careers"] if career.get("same_values")]
    assert grouped and any(len(career["same_values"]) >= 20 for career in grouped)
    shown = {career["title"] for career in data["careers"]}
    assert not shown & {title for career in grouped for title in career["same_values"]}
