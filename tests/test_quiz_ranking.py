"""Ranking: Pearson profile correlation, properties (hypothesis) and preferences."""

from __future__ import annotations

from typing import Optional

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careercli.catalog import Entry
from careercli.quiz.ranking import Preferences, fit_label, match_percent, pearson, rank_careers
from careercli.quiz.results import quiz_result
from careercli.quiz.scoring import FlatProfileError, profile_from_scores

Six = tuple[float, float, float, float, float, float]


def career(career_id: str, riasec: Optional[Six], *, zone: Optional[int] = None,
           salary: Optional[tuple[float, float]] = None, origin: str = "onet", holland: Optional[str] = None) -> Entry:
    return Entry(id=career_id, path=f"/tmp/{career_id}.yaml", origin=origin, title=career_id.title(),
                 riasec=riasec, holland=holland, job_zone=zone, salary=salary)


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
    tied_at_top = [m.id for m in ranking.matches if m.r > 1 - 1e-9]
    assert "same" in tied_at_top  # others at 1 can only be exact affine copies of the person


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
    career("short-study", (6, 2, 2, 2, 2, 3), zone=2, salary=(1800, 2200)),
    career("long-study", (6, 3, 2, 2, 2, 3), zone=5, salary=(4000, 6000)),
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
    ranking = rank_careers(PERSON, ENTRIES, Preferences(min_salary=3000))
    assert sorted(m.id for m in ranking.matches) == ["long-study", "no-zone"]
    assert (ranking.excluded_salary, ranking.unknown_salary) == (1, 1)
    assert "No salary data" in next(m for m in ranking.matches if m.id == "no-zone").reasons
    notes = quiz_result(profile_from_scores(dict(zip("RIASEC", PERSON))), ENTRIES, Preferences(min_salary=3000)).notes
    assert "Careers kept although they have no salary data (marked): 1" in notes


def test_detailed_only_keeps_curated_profiles() -> None:
    ranking = rank_careers(PERSON, ENTRIES, Preferences(detailed_only=True))
    assert [m.id for m in ranking.matches] == ["no-zone"] and ranking.excluded_detail == 2


def test_result_fields_and_reasons() -> None:
    entries = [career("seller", (1.5, 2, 3, 4, 6.5, 5), holland="ECS"), career("builder", (6.8, 3, 2, 2, 2.5, 3.5))]
    ranking = rank_careers((1, 2, 2, 3, 6, 5), entries)
    seller, builder = ranking.matches
    assert (seller.rank, seller.id, seller.code, seller.fit) == (1, "seller", "ECS", "excellent")
    assert seller.reasons[0] == "You both score high on Enterprising, Conventional and Social"
    assert builder.code == "RCI"  # computed from the scores when the profile has no code
    assert builder.reasons[0] == "Its main interest, Realistic, is one of your weakest"


def test_flat_person_profile_is_refused_before_ranking() -> None:
    with pytest.raises(FlatProfileError):
        quiz_result(profile_from_scores(dict.fromkeys("RIASEC", 3.0)), ENTRIES)


def test_limit_builds_only_the_first_matches_but_counts_all() -> None:
    ranking = rank_careers(PERSON, ENTRIES, limit=1)
    assert len(ranking.matches) == 1 and ranking.ranked == 3
    assert ranking.matches[0].id == rank_careers(PERSON, ENTRIES).matches[0].id
