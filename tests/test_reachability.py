"""No career is out of reach by construction: every career the quiz ranks by its scores is in the
top 10 (as its own row, or named in the row of the careers no answers can tell apart from it) for
some profile - here, a person whose six scores are the career's own. Checked on the whole shipped
catalog, in every scope a user can choose (`--catalog rome|onet|all`, French and English), with
the quiz's own ranking (the class engine, which `test_class_batch` proves equal to it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from careercli.catalog.cache import CacheStore
from careercli.catalog.merged import open_catalog
from careercli.quiz.batch import out_of_reach
from careercli.catalog.scope import in_scope, scope_of, without_twins
from careercli.i18n import language

TOP = 10


@pytest.mark.heavy
@pytest.mark.parametrize(("catalog", "lang"), [("rome", "fr"), ("onet", "en"), ("all", "fr"), ("all", "en")])
def test_every_scored_career_can_reach_the_top_10(shared_cache: Path, catalog: str, lang: str) -> None:
    from careercli.quiz.pool import with_jobs

    opened = open_catalog([], cache=CacheStore(shared_cache))
    with language(lang):
        chosen, _twins = without_twins(in_scope(opened.entries.values(), scope_of(catalog)))
    chosen = with_jobs(chosen, opened)  # how common each is weighs in the order (quiz/ranking.py)
    scored, lost = out_of_reach(chosen, TOP)
    assert scored >= 900
    assert lost == [], f"{len(lost)} of {scored} careers can never reach a top {TOP}, e.g. {lost[:5]}"


def test_the_check_finds_careers_sorted_out_of_reach() -> None:
    """Twelve careers with the same scores but different official letters are twelve rows: the last
    two by id are out of a top 10 whatever the answers - what grouping by letters leaves to ties."""
    from careercli.catalog.entry import Entry

    scores = (2.0, 6.0, 1.0, 5.0, 1.5, 1.0)
    # majors I or S, the scores' own two highest: letters that put their major third or lower
    # would set the scores aside (the official letters are the authority, issue 18)
    letters = ["IS", "SI", "IA", "IR", "IE", "IC", "SA", "SR", "SE", "SC", "I", "S"]
    entries = [Entry(id=f"c{n:02d}", path="", origin="rome", title="x", riasec=scores, official=letters[n])
               for n in range(12)]
    assert out_of_reach(entries, TOP) == (12, ["c10", "c11"])


def test_twins_are_one_row_with_both_codes() -> None:
    from careercli.catalog.entry import Entry

    fiche = Entry(id="actuaire", path="", origin="rome", title="Actuaire", codes=["C1105"], twins=["15-2011.00"])
    occupation = Entry(id="actuaries", path="", origin="onet", title="Actuaries", codes=["15-2011.00", "15-2011"],
                       twins=["C1105"])
    other = Entry(id="juge", path="", origin="rome", title="Juge", codes=["K1904"])
    with language("fr"):
        kept, left_out = without_twins([fiche, occupation, other])
    assert [(e.id, e.codes) for e in kept] == [("actuaire", ["C1105", "15-2011.00", "15-2011"]), ("juge", ["K1904"])]
    assert left_out == 1
    kept, _n = without_twins([fiche, occupation])  # the language's reference keeps the row (English here)
    assert [(e.id, e.codes) for e in kept] == [("actuaries", ["15-2011.00", "15-2011", "C1105"])]


def test_quiz_over_both_catalogs_shows_a_job_once_with_both_codes(cli) -> None:  # noqa: ANN001
    import json

    result = cli("quiz", "--scores", "R=2,I=5,A=3,S=4,E=6,C=5", "--catalog", "all", "--lang", "fr", "--format", "json",
                 "--limit", "60")
    rows = json.loads(result.stdout)["data"]["results"]
    fiches = [row for row in rows if row["codes"] and row["codes"][0][:1].isalpha()]  # ROME codes: A1101 ...
    joined = {code for row in fiches for code in row["codes"][1:]}  # the O*NET codes of their twins
    assert joined and not [row["id"] for row in rows if row["codes"] and row["codes"][0] in joined]
