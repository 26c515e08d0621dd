"""Careers with only official RIASEC letters (ROME fiches no O*NET occupation is linked to): ranked
apart by those letters in `careers quiz` and `careers class`, never given invented scores."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from careercli.catalog.entry import Entry
from careercli.quiz.letters import agreement, first_two, letter_order, mean_agreement, person_ranks
from careercli.quiz.ranking import Preferences
from careercli.quiz.scoring import SCALES, holland_code, profile_from_scores

from .conftest import no_builtin
from careercli.i18n import language

SCORES = "R=2,I=5,A=3,S=4,E=6,C=5"  # E(I/C): I and C tie for second place
CAREERS = {
    "scored-seller": 'title: "Scored seller"\nriasec: {R: 1.5, I: 2, A: 3, S: 4, E: 6.5, C: 5, code: ECS}\n'
                     "riasec_official: {major: R, minor: A}\n",  # scores win over letters
    "letters-ec": 'title: "Letters EC"\nriasec_official: {major: E, minor: C}\njob_zone: {zone: 2}\n',
    "letters-ei": 'title: "Letters EI"\nriasec_official: {major: E, minor: I}\n',
    "letters-es": 'title: "Letters ES"\nriasec_official: {major: E, minor: S}\n',
    "letters-e": 'title: "Letters E only"\nriasec_official: {major: E}\n',
    "letters-ie": 'title: "Letters IE"\nriasec_official: {major: I, minor: E}\n',
    "letters-ra": 'title: "Letters [bold]RA[/bold]"\nriasec_official: {major: R, minor: A}\n',
    "nothing": 'title: "No interests at all"\n',
}


def test_iachan_two_letter_agreement() -> None:
    """Iachan (1990): 5 first-first, 2 first-second and second-first, 1 second-second."""
    assert [agreement("EC", code) for code in ("EC", "E", "ES", "CE", "CS", "SE", "SC", "RA")] == [6, 5, 5, 4, 2, 2, 1, 0]
    assert agreement("ECI", "ECA") == 6  # only two letters count


def test_ties_average_over_the_equally_valid_codes() -> None:
    code = holland_code(dict(zip(SCALES, (2, 5, 3, 4, 6, 5))))
    assert code.display == "E(I/C)" and first_two(code) == ["EI", "EC"]
    assert mean_agreement(first_two(code), "EC") == mean_agreement(first_two(code), "EI") == 5.5


def test_order_agreement_then_the_persons_ranking_of_the_letters_then_id() -> None:
    scores = (2, 5, 3, 4, 6, 1)  # E I S A R C
    ordered = letter_order(holland_code(dict(zip(SCALES, scores))), person_ranks(scores), [
        _entry("b-es", "ES"), _entry("a-es", "ES"), _entry("ei", "EI"), _entry("e", "E"), _entry("ea", "EA"),
        _entry("ie", "IE"), _entry("ca", "CA")])
    assert [(e.id, v) for e, v in ordered] == [("ei", 6), ("a-es", 5), ("b-es", 5), ("ea", 5), ("e", 5), ("ie", 4),
                                               ("ca", 0)]


def _entry(career_id: str, letters: str):
    from careercli.catalog.entry import Entry

    return Entry(id=career_id, path=f"{career_id}.yaml", origin="rome", title=career_id, official=letters)


@pytest.fixture
def quiz(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    no_builtin(monkeypatch, tmp_path)
    folder = tmp_path / "catalog"
    folder.mkdir()
    for career_id, text in CAREERS.items():
        (folder / f"{career_id}.yaml").write_text(text, encoding="utf-8")

    def run(*args: str):
        return cli("--data-dir", str(folder), "quiz", "--scores", SCORES, *args)
    return run


def test_the_order_is_the_one_the_docstring_specifies_for_any_person(entries_fr: list) -> None:
    """letter_order scores each distinct pair of letters once; the specification scores every career."""
    fiches = [e for e in entries_fr if e.riasec is None and e.official]
    rnd = random.Random(5)
    for _ in range(150):
        scores = [float(rnd.choice((1, 2, 3, 3, 4, 5))) for _ in SCALES]  # many ties
        code, ranks = holland_code(dict(zip(SCALES, scores))), person_ranks(scores)
        codes = first_two(code)

        def specified(entry):  # noqa: ANN001, ANN202
            letters = entry.official
            minor = ranks[letters[1]] if len(letters) > 1 else len(SCALES)
            return (-mean_agreement(codes, letters), ranks[letters[0]], minor, entry.id)

        expected = [(e, -specified(e)[0]) for e in sorted(fiches, key=specified)]
        assert letter_order(code, ranks, reversed(fiches)) == expected


def test_json_ranks_letters_apart_with_their_method(quiz) -> None:
    data = json.loads(quiz("--format", "json").stdout)["data"]
    assert [(r["id"], r["method"]) for r in data["results"]] == [("scored-seller", "correlation")]
    by_letters = data["results_by_letters"]
    assert [(r["id"], r["letters"], r["agreement"]) for r in by_letters] == [
        ("letters-ec", "EC", 5.5), ("letters-ei", "EI", 5.5), ("letters-es", "ES", 5.0), ("letters-e", "E", 5.0),
        ("letters-ie", "IE", 3.0), ("letters-ra", "RA", 0.0)]
    assert all(r["method"] == "official letters" and "score" not in r and "fit" not in r for r in by_letters)
    assert by_letters[0]["reasons"][0] == ("No interest scores: ranked by its official letters EC, agreement 5.5/6 "
                                           "with your code E(I/C)")
    assert (data["counts"]["ranked"], data["counts"]["ranked_by_letters"], data["counts"]["without_riasec"]) == (1, 6, 1)


def test_preferences_apply_to_careers_ranked_by_letters(quiz) -> None:
    data = json.loads(quiz("--format", "json", "--max-zone", "1", "--top", "2").stdout)["data"]
    assert "letters-ec" not in [r["id"] for r in data["results_by_letters"]]  # job zone 2
    assert len(data["results_by_letters"]) == 2 and data["counts"]["ranked_by_letters"] == 5
    assert "Study level unknown" in data["results_by_letters"][0]["reasons"]


def test_rich_markdown_and_csv_say_how_they_were_ranked(quiz) -> None:
    rich = quiz()
    assert "Careers without interest scores, ranked by their official letters" in rich.stdout
    assert "5.5/6" in rich.stdout and "Letters [bold]RA[/bold]" in rich.stdout  # untrusted title shown as text
    assert "ranked apart by their official letters: 6" in rich.stderr
    markdown = quiz("--format", "markdown").stdout
    assert "| 1 | Letters EC (`letters-ec`) | EC | 5.5/6 |" in markdown and "Iachan" in markdown
    rows = quiz("--format", "csv").stdout.splitlines()
    assert ",correlation,," in rows[1] and rows[2].startswith("1,letters-ec,Letters EC,,,,EC,,2,")
    assert ",official letters,5.5," in rows[2]


@pytest.fixture(scope="module")
def entries_fr(shared_cache: Path) -> list:
    """The French catalog: curated profiles and ROME fiches, 385 of them with letters only."""
    from careercli.catalog.cache import CacheStore
    from careercli.catalog.merged import open_catalog

    entries = open_catalog([], cache=CacheStore(shared_cache)).entries.values()
    return [e for e in entries if e.origin in ("curated", "rome")]


def test_the_catalog_has_fiches_with_letters_only(entries_fr: list) -> None:
    only = [e for e in entries_fr if e.riasec is None and e.official]
    assert len(only) == 385 and all(e.origin == "rome" for e in only)


@pytest.mark.parametrize("prefs", [Preferences(), Preferences(max_zone=3)])
def test_a_class_gets_exactly_the_quiz_ranking_by_letters(entries_fr: list, prefs: Preferences) -> None:
    from careercli.quiz.classroom import Roster, rank_class
    from careercli.quiz.results import quiz_result

    rnd = random.Random(7)
    scores = [tuple(float(rnd.randint(4, 20)) for _ in SCALES) for _ in range(120)]  # many ties
    scores += [tuple(round(rnd.uniform(1, 7), 2) for _ in SCALES) for _ in range(60)]
    scores = [s for s in scores if max(s) > min(s)]
    roster = Roster("c.csv", None, list(range(2, len(scores) + 2)), [f"P{i}" for i in range(len(scores))], scores, [], [])
    with language("fr"):
        whole = rank_class(roster, entries_fr, prefs, top=6)
    rows = [row for block in whole.rows() for row in block]
    for person, row, values in zip(whole.people, rows, scores):
        with language("fr"):
            alone = quiz_result(profile_from_scores(dict(zip(SCALES, values))), entries_fr, prefs, limit=6)
        assert person.result.ranking.letter_matches == alone.ranking.letter_matches
        assert [(ref.id, v) for ref, v in row.letters] == [(m.id, m.agreement) for m in alone.ranking.letter_matches]
        # 385 fiches with letters only, and those whose derived scores contradict their major letter (issue 18),
        # less those the study level leaves out
        assert person.result.ranking.ranked_by_letters == alone.ranking.ranked_by_letters > 300
    assert len({tuple(m.id for m in p.result.ranking.letter_matches) for p in whole.people[:50]}) > 10


def test_class_outputs_carry_the_letters(cli, tmp_path: Path) -> None:
    table = tmp_path / "class.csv"
    table.write_text("name,R,I,A,S,E,C\nAnn,2,5,3,4,6,5\n", encoding="utf-8")
    person = json.loads(cli("class", str(table), "--lang", "fr", "--top", "2", "--format", "json").stdout)["data"]["people"][0]
    assert [r["method"] for r in person["results"]] == ["correlation"] * 2
    assert [(r["method"], r["letters"][0]) for r in person["results_by_letters"]] == [("official letters", "E")] * 2
    rows = cli("class", str(table), "--lang", "fr", "--top", "2", "--format", "csv").stdout.splitlines()
    assert len(rows) == 5 and ";lettres officielles;5,5;" in rows[3]  # the French Excel dialect (then the codes)
    plain = cli("class", str(table), "--lang", "fr", "--top", "2", "--format", "csv", "--csv-dialect", "plain")
    assert ",official letters,5.5," in plain.stdout.splitlines()[3]
    assert "· par lettres officielles\u00a0: Acheteur média (EC 5,5/6)" in cli(
        "class", str(table), "--lang", "fr", "--top", "2", "--format", "markdown").stdout


def test_a_kept_result_keeps_its_letters_and_a_tampered_agreement_is_refused(cli, tmp_path: Path) -> None:
    from .test_results import keep_quiz
    from careercli.quiz.saved import results_folder

    keep_quiz(cli, tmp_path)  # the whole catalog: letters-only ROME fiches included
    data = json.loads(cli("results", "show", "1", "--format", "json").stdout)["data"]
    assert len(data["results_by_letters"]) == 3 and data["results_by_letters"][0]["method"] == "official letters"
    path = next(results_folder(tmp_path / "user-data").iterdir())
    doc = json.loads(path.read_text())
    doc["quiz"]["ranking"]["letter_matches"][0]["agreement"] = 9
    path.write_text(json.dumps(doc))
    assert cli("results", "show", "1").exit_code == 1


def test_a_report_lists_them_in_their_own_section(quiz, tmp_path: Path) -> None:
    report = tmp_path / "quiz.md"
    assert quiz("--format", "json", "--report", str(report)).exit_code == 0
    text = report.read_text(encoding="utf-8")
    assert "Careers without interest scores, ranked by their official letters" in text
    assert "careers show letters-ec" in text and "5.5/6" in text


def test_a_fiche_whose_derived_scores_contradict_its_major_letter_is_ranked_by_its_letters(entries_fr: list) -> None:
    """Issue 18: France Travail's letters are the authority for ROME fiches. Scores derived through the
    crosswalks that put the official major letter third or lower are set aside; agreeing ones are kept."""
    from careercli.catalog.entry import Entry
    from careercli.quiz.letters import contradicts_letters, usable_scores
    from careercli.quiz.results import quiz_result

    def fiche(riasec: tuple, official: str, origin: str = "rome") -> Entry:
        return Entry(id="f", path="f.yaml", origin=origin, title={"fr": "F"}, riasec=riasec, official=official)

    assert contradicts_letters(fiche((6, 5, 4, 1, 1, 1), "A"))  # A third
    assert not contradicts_letters(fiche((6, 5, 4, 1, 1, 1), "I"))  # I second: kept
    assert not contradicts_letters(fiche((6, 5, 4, 1, 1, 1), "A", origin="curated"))  # only ROME fiches
    set_aside = [e for e in entries_fr if e.riasec is not None and usable_scores(e) is None]
    assert 100 < len(set_aside) < 300 and all(e.origin == "rome" for e in set_aside)
    result = quiz_result(profile_from_scores({"R": 2, "I": 5, "A": 3, "S": 4, "E": 6, "C": 5}), set_aside[:40])
    assert result.ranking.ranked == 0 and result.ranking.ranked_by_letters == 40
    assert result.ranking.letter_matches[0].reasons[0].startswith("Its interest scores, derived from other occupations")


def test_a_fiche_is_matched_by_its_official_letters_when_they_fit_better_than_its_derived_scores() -> None:
    """The letters read as a profile (major 1, minor 0.5, the others 0) give a correlation on the scale of
    the scores'; the better of the two is the fiche's r, and its first reason says so."""
    from careercli.quiz.letters import letters_profile
    from careercli.quiz.ranking import pearson, rank_careers

    carer = (2.0, 4.0, 3.0, 7.0, 2.0, 3.0)
    nurse_scores = (3.68, 5.14, 1.53, 5.45, 2.21, 4.34)  # derived from U.S. Registered Nurses: S, I, C, R
    nurse = Entry(id="infirmier", path="", origin="rome", title="Infirmier", riasec=nurse_scores, official="SI")
    other = Entry(id="other", path="", origin="onet", title="Other", riasec=nurse_scores)
    assert letters_profile("SI") == (0.0, 0.5, 0.0, 1.0, 0.0, 0.0)
    by_letters, by_scores = pearson(carer, letters_profile("SI")), pearson(carer, nurse_scores)
    assert by_letters > 0.9 > by_scores
    first, second = rank_careers(carer, [nurse, other]).matches
    assert (first.id, first.r, first.official_letters) == ("infirmier", by_letters, True)
    assert first.reasons[0].startswith("France Travail's own letters for it, SI, fit your interests better")
    assert (second.r, second.official_letters) == (by_scores, False)  # an O*NET occupation: its own scores only
    builder = (7.0, 3.0, 3.0, 2.0, 2.0, 4.0)  # scores that fit better than the letters: the scores' r
    mason = Entry(id="macon", path="", origin="rome", title="Maçon", riasec=(6.96, 1.9, 1.93, 1.38, 1.1, 3.49),
                  official="RE")
    match = rank_careers(builder, [mason]).matches[0]
    assert (match.r, match.official_letters) == (pearson(builder, mason.riasec), False)
