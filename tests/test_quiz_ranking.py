"""Ranking: Pearson profile correlation, properties (hypothesis) and preferences."""

from __future__ import annotations

from typing import Optional

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careercli.catalog.entry import Entry
from careercli.facts.pay import PayPoint, Threshold, parse_threshold
from careercli.quiz.ranking import Preferences, fit_label, match_percent, pearson, rank_careers
from careercli.quiz.results import quiz_result
from careercli.quiz.scoring import FlatProfileError, profile_from_scores
from careercli.i18n import language

Six = tuple[float, float, float, float, float, float]


def career(career_id: str, riasec: Optional[Six], *, zone: Optional[int] = None,
           salary: Optional[tuple[float, float]] = None, origin: str = "onet", holland: Optional[str] = None,
           pay: tuple[PayPoint, ...] = ()) -> Entry:
    return Entry(id=career_id, path=f"/tmp/{career_id}.yaml", origin=origin, title=career_id.title(),
                 riasec=riasec, holland=holland, job_zone=zone, salary=salary, pay=tuple(pay))


def usd(amount: float, period: str = "year", at_least: bool = False) -> PayPoint:
    return PayPoint(amount=amount, currency="USD", period=period, basis="gross", at_least=at_least,
                    geography="United States", year=2024, source="OEWS")


def eur_range_top(amount: float) -> PayPoint:
    return PayPoint(amount=amount, currency="EUR", period="month", basis="gross", statistic="range_top")


def test_pearson_by_hand() -> None:
    assert pearson([1, 2, 3, 4, 5, 6], [1, 3, 2, 5, 4, 6]) == pytest.approx(15.5 / 17.5)
    assert pearson([1, 2, 3, 4, 5, 6], [2, 4, 6, 8, 10, 12]) == pytest.approx(1)
    assert pearson([1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1]) == pytest.approx(-1)
    assert pearson([1, 2, 3, 4, 5, 6], [4, 4, 4, 4, 4, 4]) is None


@pytest.mark.parametrize("r, label, percent", [
    (1.0, "excellent", 100), (0.8, "excellent", 80), (0.79, "good", 79), (0.6, "good", 60),
    (0.45, "fair", 45), (0.3, "fair", 30), (0.29, "weak", 29), (-0.5, "weak", 0)])
def test_fit_labels_and_match_percent(r: float, label: str, percent: int) -> None:
    assert fit_label(r) == label
    assert match_percent(r) == percent


# ---------------------------------------------------------------- properties

score = st.floats(min_value=1, max_value=7, allow_nan=False).map(lambda x: round(x, 2))
profile6 = st.tuples(score, score, score, score, score, score).filter(lambda p: max(p) - min(p) >= 0.5)
catalog = st.lists(profile6, min_size=1, max_size=25)


@settings(max_examples=200, deadline=None)
@given(person=profile6, others=catalog)
def test_a_career_with_the_persons_profile_comes_first(person: Six, others: list[Six]) -> None:
    entries = [career(f"c{n:02d}", p) for n, p in enumerate(others)] + [career("same", person)]
    ranking = rank_careers(person, entries)
    assert ranking.matches[0].score == 1.0
    tied_at_top = [i for m in ranking.matches if m.r > 1 - 1e-9 for i in (m.id, *m.same_scores)]
    assert "same" in tied_at_top  # others at 1 can only be exact affine copies (or the same scores: one row)


def _order(person: tuple[float, ...], entries: list[Entry]) -> list[tuple[str, float]]:
    return [(m.id, m.score) for m in rank_careers(person, entries).matches]


@settings(max_examples=200, deadline=None)
@given(person=profile6, others=catalog, factor=st.floats(min_value=0.01, max_value=100), shift=st.floats(-50, 50))
def test_scaling_or_shifting_the_persons_scores_changes_nothing(person: Six, others: list[Six], factor: float,
                                                                shift: float) -> None:
    entries = [career(f"c{n:02d}", p) for n, p in enumerate(others)]
    expected = _order(person, entries)
    assert _order(tuple(v * factor for v in person), entries) == expected
    assert _order(tuple(v + shift for v in person), entries) == expected


def test_a_profile_dominated_by_one_type_ranks_careers_of_that_type_first() -> None:
    entries = [
        career("builder", (6.5, 3, 1.5, 2, 2.5, 3.5)), career("scientist", (3, 6.8, 3, 2.5, 2, 3)),
        career("painter", (2.5, 3, 6.9, 3, 2.5, 1.5)), career("nurse", (3, 4, 2, 6.7, 2, 3)),
        career("seller", (1.5, 2, 3, 4, 6.5, 4.5)), career("clerk", (2, 2.5, 1.5, 3, 3.5, 6.8)),
    ]
    for letter, expected in zip("RIASEC", ["builder", "scientist", "painter", "nurse", "seller", "clerk"]):
        person = tuple(7.0 if s == letter else 2.0 for s in "RIASEC")
        assert rank_careers(person, entries).matches[0].id == expected


# ---------------------------------------------------------------- preferences and counts

ENTRIES = [
    career("short-study", (6, 2, 2, 2, 2, 3), zone=2, salary=(1800, 2200), pay=(eur_range_top(2200), usd(20, "hour"))),
    career("long-study", (6, 3, 2, 2, 2, 3), zone=5, salary=(4000, 6000), pay=(eur_range_top(6000),)),
    career("no-zone", (5, 2, 2, 3, 2, 3), origin="curated"),
    career("no-interest", None, zone=1),
    career("flat", (4, 4, 4, 4, 4, 4), zone=1),
]
PERSON = (7.0, 2.0, 1.0, 2.0, 1.0, 3.0)


def test_careers_without_riasec_are_skipped_and_counted() -> None:
    ranking = rank_careers(PERSON, ENTRIES)
    assert [m.id for m in ranking.matches if m.id in ("no-interest", "flat")] == []
    assert (ranking.careers, ranking.without_riasec, len(ranking.matches)) == (5, 2, 3)


def test_max_zone_filters_and_keeps_unknown_zones_marked() -> None:
    ranking = rank_careers(PERSON, ENTRIES, Preferences(max_zone=3))
    assert sorted(m.id for m in ranking.matches) == ["no-zone", "short-study"]
    assert (ranking.excluded_zone, ranking.unknown_zone) == (1, 1)
    assert "Study level unknown" in next(m for m in ranking.matches if m.id == "no-zone").reasons


def test_min_salary_never_drops_careers_without_salary_data_silently() -> None:
    ranking = rank_careers(PERSON, ENTRIES, Preferences(min_salary=3000))  # a bare number: EUR a month, gross
    assert sorted(m.id for m in ranking.matches) == ["long-study", "no-zone"]
    assert (ranking.excluded_salary, ranking.unknown_salary) == (1, 1)
    no_zone = next(m for m in ranking.matches if m.id == "no-zone")
    assert "No pay figure in EUR a month" in no_zone.reasons and no_zone.pay_check == "no_figure"
    notes = quiz_result(profile_from_scores(dict(zip("RIASEC", PERSON))), ENTRIES, Preferences(min_salary=3000)).notes
    assert "Careers kept without a pay figure in EUR a month (marked): 1" in notes
    assert "Careers left out, paying less than €3,000 a month: 1" in notes


def test_a_minimum_in_dollars_compares_dollars_only_and_never_converts_euros() -> None:
    entries = [*ENTRIES, career("top-coded", (6, 2, 1, 2, 1, 3), pay=(usd(239200, at_least=True),))]
    ranking = rank_careers(PERSON, entries, Preferences(min_salary=parse_threshold("250000USD/year")))
    checks = {m.id: m.pay_check for m in ranking.matches}
    # short-study: $20 an hour x 2,080 = $41,600 < $250,000, left out; long-study: euros only, kept;
    # top-coded: "at least $239,200" may be above $250,000, kept and undecided
    assert checks == {"long-study": "no_figure", "no-zone": "no_figure", "top-coded": "undecided"}
    assert (ranking.excluded_salary, ranking.unknown_salary, ranking.undecided_salary) == (1, 2, 1)
    assert "Pay only known to be at least a lower amount (top-coded)" in \
        next(m for m in ranking.matches if m.id == "top-coded").reasons
    passed = rank_careers(PERSON, entries, Preferences(min_salary=Threshold(amount=40, currency="USD", period="hour")))
    assert {m.id: m.pay_check for m in passed.matches}["top-coded"] == "pass"  # $239,200 / 2,080 = $115 an hour
    assert passed.excluded_salary == 1  # short-study: $20 an hour


def test_quiz_lists_pay_in_one_unit_and_sorts_the_listed_careers_by_it() -> None:
    person = profile_from_scores(dict(zip("RIASEC", PERSON)))
    entries = [*ENTRIES, career("top-coded", (4, 3, 3, 2, 3, 2), pay=(usd(239200, at_least=True),))]  # ranked last
    result = quiz_result(person, entries, Preferences(), sort="pay")
    assert tuple(result.pay_unit) == ("USD", "year", "gross")  # English: USD a year
    shown = [(m.id, m.pay.compared if m.pay else None) for m in result.ranking.matches]
    assert shown[:2] == [("top-coded", 239200.0), ("short-study", 41600.0)]  # no conversion from euros:
    assert {career_id for career_id, pay in shown[2:]} == {"no-zone", "long-study"}  # without a figure, last
    last = result.ranking.matches[2:]
    assert last[0].rank < last[1].rank  # in their order by match
    assert result.ranking.matches[1].pay.converted_from == "hour"  # said, never hidden
    ranks = [m.rank for m in result.ranking.matches]
    assert sorted(ranks) == [1, 2, 3, 4] and ranks != [1, 2, 3, 4]  # the order changes, the ranks by match stay
    by_title = quiz_result(person, entries, Preferences(), sort="title").ranking.matches
    assert [m.title for m in by_title] == sorted(m.title for m in by_title)
    with language("fr"):
        french = quiz_result(person, entries, Preferences())
    assert tuple(french.pay_unit)[:2] == ("EUR", "month")
    assert {m.id: m.pay.compared for m in french.ranking.matches if m.pay} == {"short-study": 2200, "long-study": 6000}


def test_detailed_only_keeps_curated_profiles() -> None:
    ranking = rank_careers(PERSON, ENTRIES, Preferences(detailed_only=True))
    assert [m.id for m in ranking.matches] == ["no-zone"] and ranking.excluded_detail == 2


def test_result_fields_and_reasons() -> None:
    entries = [career("seller", (1.5, 2, 3, 4, 6.5, 5), holland="ECS"), career("builder", (6.8, 3, 2, 2, 2.5, 3.5))]
    ranking = rank_careers((1, 2, 2, 3, 6, 5), entries)
    seller, builder = ranking.matches
    assert (seller.rank, seller.id, seller.code, seller.fit) == (1, "seller", "ECS", "excellent")
    # Social is the third letter of both codes, a middling 3 for the person: not called high (issue 18)
    assert seller.reasons[0] == "You both score high on Enterprising and Conventional"
    assert builder.code == "RCI"  # computed from the scores when the profile has no code
    assert builder.reasons[0] == "Its main interest, Realistic, is one of your weakest"


def test_flat_person_profile_is_refused_before_ranking() -> None:
    with pytest.raises(FlatProfileError):
        quiz_result(profile_from_scores(dict.fromkeys("RIASEC", 3.0)), ENTRIES)


def test_limit_builds_only_the_first_matches_but_counts_all() -> None:
    ranking = rank_careers(PERSON, ENTRIES, limit=1)
    assert len(ranking.matches) == 1 and ranking.ranked == 3
    assert ranking.matches[0].id == rank_careers(PERSON, ENTRIES).matches[0].id


def test_careers_no_answers_can_tell_apart_are_one_row_naming_them_all() -> None:
    scores = (2.0, 6.0, 1.0, 5.0, 1.5, 1.0)
    clones = [Entry(id=f"med-{n:02d}", path="", origin="rome", title=f"Med {n}", riasec=scores, official="IS")
              for n in range(12)]
    other = Entry(id="aaa", path="", origin="rome", title="Other letters", riasec=scores, official="SI")
    ranking = rank_careers(scores, [*clones, other])
    assert [m.id for m in ranking.matches] == ["aaa", "med-00"] and ranking.ranked == 2
    assert ranking.matches[1].same_scores == [f"med-{n:02d}" for n in range(1, 12)]
    assert ranking.matches[1].reasons[0].startswith("Same interest scores as 11 other careers, ranked with it: Med 1,")
    assert ranking.matches[0].same_scores == []  # other official letters: told apart, its own row


def test_among_careers_with_the_centres_picked_the_more_common_job_comes_first_by_the_stated_weight() -> None:
    """affinity x (CENTRE_BONUS + COMMON_WEIGHT per tenfold of U.S. jobs above COMMON_FLOOR); nothing
    without centres, so a person whose scores are a career's own has it first."""
    from math import log10

    import msgspec

    from careercli.facts.centres import CENTRE_BONUS
    from careercli.quiz.ranking import COMMON_FLOOR, COMMON_WEIGHT, score_bonus

    person = (7.0, 3.0, 3.0, 2.0, 2.0, 4.0)
    best = Entry(id="best-fit", path="", origin="onet", title="Best", riasec=person, centres=((1, True),), jobs=2_000)
    close = Entry(id="close-fit", path="", origin="onet", title="Close", riasec=(7.0, 2.5, 3.0, 2.0, 2.0, 4.5),
                  centres=((1, True),), jobs=1_000_000)
    assert [m.id for m in rank_careers(person, [best, close]).matches] == ["best-fit", "close-fit"]  # r alone
    liked = rank_careers(person, [best, close], Preferences(likes=(1,))).matches
    assert [m.id for m in liked] == ["close-fit", "best-fit"] and liked[0].r < liked[1].r  # r stays the correlation
    assert score_bonus(close, (1,)) == pytest.approx(CENTRE_BONUS + COMMON_WEIGHT * log10(1_000_000 / COMMON_FLOOR))
    assert score_bonus(close, (1, 14)) == pytest.approx(score_bonus(close, (1,)) / 2)  # scaled by the affinity
    assert score_bonus(msgspec.structs.replace(close, jobs=COMMON_FLOOR // 2), (1,)) == CENTRE_BONUS  # below the floor
    assert score_bonus(msgspec.structs.replace(close, centres=((6, True),)), (1,)) == 0.0  # without the centre: nothing
    far = Entry(id="far-fit", path="", origin="onet", title="Far", riasec=(1.0, 3.0, 3.0, 7.0, 2.0, 4.0),
                centres=((1, True),), jobs=3_000_000)
    assert rank_careers(person, [best, far], Preferences(likes=(1,))).matches[0].id == "best-fit"  # not a weak fit


def test_the_row_of_careers_no_answers_tell_apart_is_the_most_common_one() -> None:
    import msgspec

    scores = (2.0, 6.0, 1.0, 5.0, 1.5, 1.0)
    clones = [Entry(id=f"med-{n:02d}", path="", origin="rome", title=f"Med {n}", riasec=scores, official="IS")
              for n in range(5)]
    clones[3] = msgspec.structs.replace(clones[3], jobs=50_000)
    ranking = rank_careers(scores, clones)
    assert [m.id for m in ranking.matches] == ["med-03"]
    assert ranking.matches[0].same_scores == ["med-00", "med-01", "med-02", "med-04"]


def test_exact_ties_go_to_the_more_common_career_then_by_id() -> None:
    """Careers answers can tell apart (other letters) that score exactly alike are ordered by U.S. jobs."""
    scores = (2.0, 6.0, 1.0, 5.0, 1.5, 1.0)
    rare = Entry(id="aaa-rare", path="", origin="onet", title="Rare", riasec=scores, official="IS", jobs=2_000)
    common = Entry(id="zzz-common", path="", origin="onet", title="Common", riasec=scores, official="SI", jobs=90_000)
    unknown = Entry(id="bbb-unknown", path="", origin="onet", title="Unknown", riasec=scores, official="IR")
    ranking = rank_careers(scores, [rare, common, unknown])
    assert [m.id for m in ranking.matches] == ["zzz-common", "aaa-rare", "bbb-unknown"]
    assert len({m.r for m in ranking.matches}) == 1
