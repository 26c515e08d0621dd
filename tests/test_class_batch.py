"""`careers class` ranks everyone at once (quiz.batch, numpy): the same careers, in the same
order, with the same correlations as `careers quiz` gives each person alone."""

from __future__ import annotations

import random
from pathlib import Path

import msgspec
import pytest

pytestmark = pytest.mark.heavy

from careercli.facts.pay import parse_threshold
from careercli.quiz.classroom import Roster, rank_class
from careercli.quiz.ranking import Preferences
from careercli.quiz.results import quiz_result
from careercli.quiz.scoring import SCALES, profile_from_scores


@pytest.fixture(scope="module")
def entries(shared_cache: Path) -> list:
    from careercli.catalog.cache import CacheStore
    from careercli.catalog.merged import open_catalog
    from careercli.quiz.pool import with_jobs

    catalog = open_catalog([], cache=CacheStore(shared_cache))  # with how common each is, as the quiz ranks them
    return with_jobs(list(catalog.priced_entries().values()), catalog)


def roster_of(scores: list[tuple[float, ...]]) -> Roster:
    n = len(scores)
    return Roster("sample.csv", None, list(range(2, n + 2)), [f"P{i}" for i in range(n)], scores, [], [])


def sample_scores(count: int) -> list[tuple[float, ...]]:
    """Item-like sums (many ties between scales), decimals, and a few exact copies of careers."""
    rnd = random.Random(13)
    scores = [tuple(float(rnd.randint(4, 20)) for _ in SCALES) for _ in range(count // 2)]
    scores += [tuple(round(rnd.uniform(-3, 9), rnd.choice((0, 1, 3))) for _ in SCALES) for _ in range(count // 2)]
    return [s for s in scores if max(s) > min(s)]


# 100 people without preferences; 40 with each set of preferences (each person is ranked alone too,
# over the whole catalog: the check's cost), always with the careers' own scores appended
@pytest.mark.parametrize("prefs, people", [(Preferences(), 100), (Preferences(max_zone=3, min_salary=2500), 40),
                                           (Preferences(min_salary=parse_threshold("250000USD/year")), 40),
                                           (Preferences(likes=(1, 22, 14)), 40),  # centres: their bonus, with commonness
                                           (Preferences(values=("independence", "achievement", "recognition")), 40),
                                           (Preferences(likes=(1, 22), values=("relationships", "support")), 40)])
def test_every_person_gets_exactly_the_quiz_ranking(entries: list, prefs: Preferences, people: int) -> None:
    scores = sample_scores(people)
    scores += [tuple(entry.riasec) for entry in entries[:40:4] if entry.riasec]  # r = 1.0, and ties among copies
    whole = rank_class(roster_of(scores), entries, prefs, top=8)
    assert len(whole.people) == len(scores)
    for person, values in zip(whole.people, scores):
        alone = quiz_result(profile_from_scores(dict(zip(SCALES, values))), entries, prefs, limit=8)
        assert [(m.id, m.r, m.reasons, m.pay_check, m.contributions, m.official_letters, m.same_scores)
                for m in person.result.ranking.matches] == \
               [(m.id, m.r, m.reasons, m.pay_check, m.contributions, m.official_letters, m.same_scores)
                for m in alone.ranking.matches]
        assert person.result.code == alone.code
        assert person.result.ranking.ranked == alone.ranking.ranked
        assert (person.result.ranking.excluded_salary, person.result.ranking.unknown_salary,
                person.result.ranking.undecided_salary) == (alone.ranking.excluded_salary, alone.ranking.unknown_salary,
                                                            alone.ranking.undecided_salary)
    rows = [row for block in whole.rows() for row in block]
    assert [[(ref.id, ref.pay_check) for ref, _r in row.careers] for row in rows[:20]] == \
           [[(m.id, m.pay_check) for m in p.result.ranking.matches] for p in whole.people[:20]]
    assert [row.fits for row in rows[:20]] == [[m.values_fit for m in p.result.ranking.matches] if prefs.values else []
                                               for p in whole.people[:20]]
    if prefs.threshold is not None and prefs.threshold.currency == "USD":  # the filter is at work: all three marks
        counts = whole.people[0].result.ranking
        assert counts.excluded_salary > 100 and counts.unknown_salary > 0 and counts.undecided_salary > 0


def test_top_larger_than_the_catalog_and_an_empty_class(entries: list) -> None:
    few = [e for e in entries if e.riasec][:3]
    result = rank_class(roster_of([(1, 2, 3, 4, 5, 6)]), few, top=10)
    assert len(result.people[0].result.ranking.matches) == 3
    empty = rank_class(roster_of([]), entries)
    assert list(empty.people) == [] and list(empty.rows()) == []


@pytest.mark.parametrize("likes", [False, True])  # RankedPeople, and ClassPeople (people with centres)
def test_a_paused_class_does_not_hold_the_callers_language(entries: list, likes: bool) -> None:
    from careercli.i18n import current_language, language

    roster = roster_of(sample_scores(10))
    if likes:
        roster = msgspec.structs.replace(roster, likes=[(1,)] * len(roster.names))
    with language("en"):  # the caller's language
        with language("fr"):
            whole = rank_class(roster, entries, top=3)
        blocks = whole.people.blocks()
        first = next(blocks)  # the generator is paused after its first block
        assert first and current_language() == "en"
        with language("nl"):
            assert current_language() == "nl"
        blocks.close()
