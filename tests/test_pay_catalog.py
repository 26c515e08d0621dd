"""Pay and outlook in the catalog (issue 12): the index's `pay` table, pay overlays merged into the
careers they name, `--min-salary` with a currency, `--sort pay|outlook|title|match`, `careers about`.

A small catalog of its own (no built-in one): three careers and a folder of pay overlays.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import msgspec
import pytest

from careercli.catalog.cache import CacheStore
from careercli.catalog.merged import open_catalog

from .conftest import no_builtin

WAGES = """wages:
- source: {{name: Test wages survey, publisher: Test bureau}}
  geography: {{en: United States, fr: États-Unis}}
  year: 2024
  reference: May 2024
  currency: USD
  basis: gross
  pay:
{pay}
outlook:
- source: {{name: Test projections 2024-34}}
  geography: {{en: United States}}
  base_year: 2024
  target_year: 2034
  change_percent: {change}
  change_thousands: 12.5
  openings_thousands: 3.4
"""
PROFILES = {
    "alpha-dev": 'title: "Alpha developer"\nriasec: {R: 2, I: 6.5, A: 3, S: 2, E: 2, C: 6}\n' + WAGES.format(
        pay="  - {period: year, median: 100000, p10: 60000, p90: 150000}\n  - {period: hour, median: 48.08}",
        change=10.2),
    "beta-cook": 'title: "Beta cook"\nriasec: {R: 6, I: 2, A: 3, S: 4, E: 2, C: 3}\n' + WAGES.format(
        pay="  - {period: year, suppressed: [mean, p10, p25, median, p75, p90]}\n  - {period: hour, median: 15}",
        change=-2),
    "gamma-local": 'title: "Gamma local"\nriasec: {R: 2, I: 5, A: 3, S: 2, E: 3, C: 6}\n'
                   "salary: {currency: EUR, period: month, basis: gross, overall: {min: 2000, max: 3000}}\n",
}


def overlay(career: str, median: float, geography: str = "Belgique") -> dict:
    return {"format": 1, "career": career, "wages": [{
        "source": {"name": "Enquête salariale"}, "geography": geography, "year": 2023, "currency": "EUR",
        "basis": "gross", "row": {"system": "ISCO-08", "code": "2512", "level": "detailed"},
        "pay": [{"period": "month", "median": median}]}]}


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The careers, and a folder of overlays: two good, one bad, one for a career nobody has."""
    no_builtin(monkeypatch, tmp_path)
    careers, pay = tmp_path / "careers", tmp_path / "pay"
    careers.mkdir()
    (pay / "sub").mkdir(parents=True)
    for career_id, text in PROFILES.items():
        (careers / f"{career_id}.yaml").write_text(text, encoding="utf-8")
    (pay / "alpha-dev.pay.json").write_text(json.dumps(overlay("alpha-dev", 4000)), encoding="utf-8")
    (pay / "sub" / "gamma-local.pay.json").write_text(json.dumps(overlay("gamma-local", 2600)), encoding="utf-8")
    bad = overlay("beta-cook", 1900)
    bad["wages"][0]["year"] = "last year"
    (pay / "beta-cook.pay.json").write_text(json.dumps(bad), encoding="utf-8")
    (pay / "ghost.pay.json").write_text(json.dumps(overlay("ghost", 1)), encoding="utf-8")
    return careers, pay


def run(cli, folders: tuple[Path, Path], *args: str, input: str | None = None):  # noqa: ANN001
    return cli("--data-dir", str(folders[0]), "--data-dir", str(folders[1]), *args, input=input)


def data(result) -> object:  # noqa: ANN001
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["data"]


# ---------------------------------------------------------------- the index

def test_the_index_keeps_pay_and_outlook_in_a_table_of_its_own(folders, tmp_path: Path) -> None:
    catalog = open_catalog(list(folders), builtin=False, cache=CacheStore(tmp_path / "cache"))
    assert all(not e.pay and not e.outlook for e in catalog.entries.values())  # `entries` stays light
    priced = catalog.priced_entries()
    alpha = priced["alpha-dev"]
    assert [(p.amount, p.currency, p.period, p.geography, p.reference) for p in alpha.pay] == [
        (100000, "USD", "year", "United States", "May 2024"), (48.08, "USD", "hour", "United States", "May 2024"),
        (4000, "EUR", "month", "Belgique", None)]  # its own figures, then the overlay's
    assert [(o.change_percent, o.openings_thousands, o.base_year) for o in alpha.outlook] == [(10.2, 3.4, 2024)]
    assert [(p.amount, p.statistic) for p in priced["gamma-local"].pay] == [(3000, "range_top"), (2600, "median")]
    assert [p.amount for p in priced["beta-cook"].pay] == [15]  # the bad overlay adds nothing
    stored = catalog.layers[0].index()
    assert "pay" in stored.tables and "overlays" not in stored.tables  # a folder without overlays has none
    assert set(catalog.layers[1].index().overlays) == {"alpha-dev.pay.json", "beta-cook.pay.json", "ghost.pay.json",
                                                      "sub/gamma-local.pay.json"}


def test_show_reads_neither_the_pay_table_nor_other_careers_overlays(cli, folders, monkeypatch) -> None:  # noqa: ANN001
    import careercli.catalog.merged as catalog_module

    decoded: list[str] = []
    real = catalog_module.decode_table

    def recording(store, index, name, pack=None):  # noqa: ANN001, ANN202
        decoded.append(name)
        return real(store, index, name, pack)

    monkeypatch.setattr(catalog_module, "decode_table", recording)
    assert run(cli, folders, "list", "--format", "json").exit_code == 0  # builds the indexes
    decoded.clear()
    shown = data(run(cli, folders, "show", "alpha-dev", "--format", "json"))
    assert [w["geography"] for w in shown["profile"]["wages"]] == [{"en": "United States", "fr": "États-Unis"},
                                                                    "Belgique"]
    assert "pay" not in decoded and "entries" not in decoded
    decoded.clear()
    by_title = data(run(cli, folders, "show", "Alpha developer", "--format", "json"))
    assert len(by_title["profile"]["wages"]) == 2 and "pay" not in decoded


def test_an_overlay_edited_in_place_is_read_again(cli, folders) -> None:  # noqa: ANN001
    def median() -> float:
        return data(run(cli, folders, "show", "alpha-dev", "--format", "json"))["profile"]["wages"][1]["pay"][0]["median"]

    assert median() == 4000
    (folders[1] / "alpha-dev.pay.json").write_text(json.dumps(overlay("alpha-dev", 4250)), encoding="utf-8")
    assert median() == 4250  # same folder, same name: the file's own stamp says it changed


def test_a_bad_overlay_is_one_error_naming_its_file_and_hides_nothing(cli, folders) -> None:  # noqa: ANN001
    shown = run(cli, folders, "show", "beta-cook", "--format", "json")
    assert shown.exit_code == 0 and len(data(shown)["profile"]["wages"]) == 1  # its own figures still shown
    lines = [line for line in shown.stderr.splitlines() if "beta-cook.pay.json" in line]
    assert len(lines) == 1 and "Pay figures not used" in lines[0] and "wages[0].year" in lines[0]
    listed = run(cli, folders, "list", "--sort", "pay", "--format", "json")
    assert {c["id"] for c in data(listed)} == set(PROFILES)  # every good profile is listed
    assert listed.stderr.count("beta-cook.pay.json") == 1
    assert "names the career 'ghost', which no data folder has" in listed.stderr
    checked = cli("validate", str(folders[1]))
    assert checked.exit_code == 1 and "beta-cook.pay.json" in checked.stdout + checked.stderr
    everything = run(cli, folders, "validate")  # every data folder: the overlay nobody's career takes, too
    report = everything.stdout + everything.stderr
    assert everything.exit_code == 1 and "beta-cook.pay.json" in report
    assert "ghost.pay.json: career: names the career 'ghost', which no data folder has" in report
    quiz = run(cli, folders, "quiz", "--scores", "R=2,I=6,A=3,S=2,E=2,C=6", "--format", "json")
    notes = data(quiz)["notes"]
    assert sum("beta-cook.pay.json" in n for n in notes) == 1 and sum("ghost.pay.json" in n for n in notes) == 1
    assert not any("Profiles that could not be read" in n for n in notes)  # an overlay is not a profile


def test_an_overlay_must_carry_the_career_of_its_file_name(cli, folders) -> None:  # noqa: ANN001
    (folders[1] / "alpha-dev.pay.json").write_text(json.dumps(overlay("gamma-local", 1)), encoding="utf-8")
    shown = run(cli, folders, "show", "alpha-dev", "--format", "json")
    assert len(data(shown)["profile"]["wages"]) == 1
    assert "names the career 'gamma-local', but its file name says 'alpha-dev'" in shown.stderr


# ---------------------------------------------------------------- --min-salary with a currency

def test_min_salary_in_dollars_compares_dollars_and_keeps_the_rest_marked(cli, folders) -> None:  # noqa: ANN001
    result = data(run(cli, folders, "quiz", "--scores", "R=2,I=6,A=3,S=2,E=2,C=6", "--format", "json",
                      "--min-salary", "40000USD/year"))
    checks = {r["id"]: r["pay_check"] for r in result["results"]}
    assert checks == {"alpha-dev": "pass", "gamma-local": "no_figure"}  # beta: $15 x 2,080 = $31,200, left out
    assert (result["counts"]["excluded_by_salary"], result["counts"]["unknown_salary"]) == (1, 1)
    assert "Careers kept without a pay figure in USD a year (marked): 1" in result["notes"]
    assert result["preferences"]["min_pay"] == {"amount": 40000, "currency": "USD", "period": "year",
                                                "basis": "gross", "text": "40000USD/year"}
    alpha = next(r for r in result["results"] if r["id"] == "alpha-dev")
    assert alpha["pay"]["amount"] == 100000 and alpha["pay"]["source"] == "Test wages survey"
    assert alpha["outlook"]["change_percent"] == 10.2 and result["pay_in"]["currency"] == "USD"


def test_every_format_marks_the_careers_kept_without_a_figure(cli, folders) -> None:  # noqa: ANN001
    args = ("quiz", "--scores", "R=2,I=6,A=3,S=2,E=2,C=6", "--min-salary", "40000USD/year")
    rich = run(cli, folders, *args)
    gamma = next(line for line in rich.stdout.splitlines() if "Gamma local" in line)
    assert "no figure" in gamma  # on the career's own row
    assert "$100,000" in next(line for line in rich.stdout.splitlines() if "Alpha developer" in line)
    assert "Careers kept without a pay figure in USD a year (marked): 1" in rich.stderr
    markdown = run(cli, folders, *args, "--format", "markdown").stdout
    assert "no figure" in next(line for line in markdown.splitlines() if "gamma-local" in line)
    rows = list(csv.DictReader(io.StringIO(run(cli, folders, *args, "--format", "csv").stdout)))
    assert {r["id"]: (r["pay_check"], r["pay"]) for r in rows} == {"alpha-dev": ("pass", "100000.0"),
                                                                   "gamma-local": ("no_figure", "")}



def test_a_narrow_terminal_shows_the_marks_too(cli, folders, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("COLUMNS", "50")
    narrow = run(cli, folders, "quiz", "--scores", "R=2,I=6,A=3,S=2,E=2,C=6", "--min-salary", "40000USD/year").stdout
    gamma = narrow[narrow.index("Gamma local"):]
    assert "no figure" in gamma.splitlines()[2]  # under its title and its match


def test_a_bare_amount_is_still_euros_a_month_and_overlays_count(cli, folders) -> None:  # noqa: ANN001
    result = data(run(cli, folders, "quiz", "--scores", "R=2,I=6,A=3,S=2,E=2,C=6", "--format", "json",
                      "--min-salary", "3500"))
    # alpha: the Belgian overlay, 4,000 EUR a month; gamma: its own range tops at 3,000 (left out);
    # beta: dollars only, kept and marked
    assert {r["id"]: r["pay_check"] for r in result["results"]} == {"alpha-dev": "pass", "beta-cook": "no_figure"}
    assert result["preferences"]["min_salary"] == 3500 and result["preferences"]["min_pay"]["currency"] == "EUR"


@pytest.mark.parametrize("written", ["3500€", "3 500 €", "3.500 EUR/mois", "3500 brut", "€3,500 a month"])
def test_the_minimum_as_people_write_it(cli, folders, written: str) -> None:  # noqa: ANN001
    result = data(run(cli, folders, "quiz", "--scores", "R=2,I=6,A=3,S=2,E=2,C=6", "--format", "json",
                      "--min-salary", written))
    assert result["preferences"]["min_pay"]["text"] == "3500EUR/month"
    assert {r["id"]: r["pay_check"] for r in result["results"]} == {"alpha-dev": "pass", "beta-cook": "no_figure"}


@pytest.mark.parametrize(("value", "message"), [
    ("40,000.123", "more than two decimals"), ("40000USD", "say for what period, e.g. 40000USD/year"),
    ("lots", "cannot read the pay 'lots'"), ("40000USD/fortnight", "cannot read 'fortnight'"),
    ("2500 €/mois/an", "says two different things"),
    ("5000000000", "too large"),
])
def test_a_bad_minimum_is_a_usage_error_saying_how_to_write_one(cli, folders, value: str, message: str) -> None:  # noqa: ANN001
    result = run(cli, folders, "quiz", "--scores", "R=2,I=6,A=3,S=2,E=2,C=6", "--min-salary", value)
    assert result.exit_code == 2 and message in result.stderr and "--min-salary" in result.stderr
    result = run(cli, folders, "class", "-", "--min-salary", value, input="name,R,I,A,S,E,C\nA,1,2,3,4,5,6\n")
    assert result.exit_code == 2 and message in result.stderr


def test_class_filters_and_marks_like_the_quiz(cli, folders) -> None:  # noqa: ANN001
    people = "name,R,I,A,S,E,C\nAda,2,6,3,2,2,6\n"
    result = run(cli, folders, "class", "-", "--min-salary", "40000USD/year", "--format", "json", input=people)
    person = data(result)["people"][0]
    assert {r["id"]: r["pay_check"] for r in person["results"]} == {"alpha-dev": "pass", "gamma-local": "no_figure"}
    assert data(result)["preferences"]["min_pay"]["text"] == "40000USD/year"
    rich = run(cli, folders, "class", "-", "--min-salary", "40000USD/year", input=people)
    assert "Gamma local" in rich.stdout and "no pay figure" in rich.stdout.replace("\n", " ")
    plain = run(cli, folders, "class", "-", "--format", "csv", input=people)
    assert plain.stdout.splitlines()[0] == ("name,code,rank,id,title,score,match,fit,method,agreement,"  # no minimum:
                                            "onet_soc,rome,isco08,title_language")
    checked = run(cli, folders, "class", "-", "--format", "csv", "--min-salary", "1USD/hour", input=people)  # no new
    assert checked.stdout.splitlines()[0].endswith(  # column but with one
        ",method,agreement,onet_soc,rome,isco08,title_language,pay_check")


# ---------------------------------------------------------------- sorting and showing

def test_list_sorts_by_title_pay_or_outlook_and_never_mixes_currencies(cli, folders) -> None:  # noqa: ANN001
    assert [c["title"] for c in data(run(cli, folders, "list", "--format", "json"))] == [
        "Alpha developer", "Beta cook", "Gamma local"]
    by_pay = data(run(cli, folders, "list", "--sort", "pay", "--format", "json"))  # English: USD a year
    assert [(c["id"], (c["pay"] or {}).get("amount")) for c in by_pay] == [
        ("alpha-dev", 100000), ("beta-cook", 31200), ("gamma-local", None)]
    assert by_pay[1]["pay"]["converted_from"] == "hour"
    in_euros = data(run(cli, folders, "list", "--sort", "pay", "--pay-in", "EUR/month", "--format", "json"))
    assert [(c["id"], (c["pay"] or {}).get("amount")) for c in in_euros] == [
        ("alpha-dev", 4000), ("gamma-local", 3000), ("beta-cook", None)]
    by_outlook = data(run(cli, folders, "list", "--sort", "outlook", "--format", "json"))
    assert [(c["id"], (c["outlook"] or {}).get("change_percent")) for c in by_outlook] == [
        ("alpha-dev", 10.2), ("beta-cook", -2), ("gamma-local", None)]
    rich = run(cli, folders, "list", "--sort", "pay")
    assert "no figure" in next(line for line in rich.stdout.splitlines() if "gamma-local" in line)
    assert "Careers without a pay figure in USD a year, listed last (marked 'no figure'): 1" in rich.stderr
    french = data(run(cli, folders, "list", "--sort", "pay", "--lang", "fr", "--format", "json"))
    assert french[0]["pay"]["currency"] == "EUR"  # French: EUR a month by default
    refused = run(cli, folders, "list", "--sort", "match")
    assert refused.exit_code == 2 and "no interest match" in refused.stderr


def test_list_csv_adds_pay_columns_only_when_pay_is_shown(cli, folders) -> None:  # noqa: ANN001
    plain = run(cli, folders, "list", "--format", "csv").stdout.splitlines()[0]
    assert plain == "id,title,code,job_zone,origin,R,I,A,S,E,C,onet_soc,rome,isco08,title_language"
    rows = list(csv.DictReader(io.StringIO(run(cli, folders, "list", "--pay-in", "USD/hour", "--format", "csv").stdout)))
    assert {r["id"]: (r["pay"], r["pay_period"], r["outlook_change_percent"]) for r in rows} == {
        "alpha-dev": ("48.08", "hour", "10.2"), "beta-cook": ("15.0", "hour", "-2.0"), "gamma-local": ("", "", "")}


def test_compare_puts_wages_and_outlook_side_by_side_and_sorts(cli, folders) -> None:  # noqa: ANN001
    given = ("gamma-local", "beta-cook", "alpha-dev")
    assert [c["id"] for c in data(run(cli, folders, "compare", *given, "--format", "json"))["careers"]] == list(given)
    by_pay = data(run(cli, folders, "compare", *given, "--sort", "pay", "--format", "json"))["careers"]
    assert [c["id"] for c in by_pay] == ["alpha-dev", "beta-cook", "gamma-local"]
    by_outlook = data(run(cli, folders, "compare", *given, "--sort", "outlook", "--format", "json"))["careers"]
    assert [c["id"] for c in by_outlook] == ["alpha-dev", "beta-cook", "gamma-local"]
    by_match = data(run(cli, folders, "compare", *given, "--sort", "match", "--format", "json"))["careers"]
    assert [c["id"] for c in by_match] == ["gamma-local", "alpha-dev", "beta-cook"]  # the first given stays first
    markdown = run(cli, folders, "compare", *given, "--sort", "pay", "--format", "markdown").stdout
    lines = markdown.splitlines()
    labels = [line.split(" | ")[0].lstrip("| ") for line in lines]
    usa = labels.index("Pay: United States · USD · gross · May 2024")
    assert lines[usa].index("$100,000") < lines[usa].index("$15.00")  # one row, a value per career, sorted
    assert "(per year)" in lines[usa] and "(per hour)" in lines[usa]  # each in the period it is published in
    assert labels[usa + 1] == "Pay source" and "Test wages survey" in lines[usa + 1]
    belgium = labels.index("Pay: Belgique · EUR · gross · 2023")  # another currency and place: rows of their own
    assert "€4,000" in lines[belgium] and "Enquête salariale · ISCO-08 2512" in lines[belgium + 1]
    assert "+10.2%" in lines[labels.index("Outlook: United States · 2024–34")]
    assert "no figure" in lines[labels.index("Median pay (USD a year)")]  # what it was sorted by, gamma marked


def test_quiz_sorts_the_listed_careers_and_keeps_their_rank(cli, folders) -> None:  # noqa: ANN001
    by_match = data(run(cli, folders, "quiz", "--scores", "R=2,I=6,A=3,S=2,E=2,C=6", "--format", "json"))
    by_pay = data(run(cli, folders, "quiz", "--scores", "R=2,I=6,A=3,S=2,E=2,C=6", "--format", "json", "--sort", "pay"))
    assert {r["id"] for r in by_pay["results"]} == {r["id"] for r in by_match["results"]}
    assert [r["id"] for r in by_pay["results"]] == ["alpha-dev", "beta-cook", "gamma-local"]
    assert {r["id"]: r["rank"] for r in by_pay["results"]} == {r["id"]: r["rank"] for r in by_match["results"]}
    assert by_pay["sort"] == "pay"


def test_about_says_which_places_and_years_the_figures_cover(cli, folders) -> None:  # noqa: ANN001
    coverage = data(run(cli, folders, "about", "--format", "json"))["coverage"]
    pay = {(c["geography"], c["year"], c["currency"], c["figure"]): c["careers"] for c in coverage["pay"]}
    assert pay == {("United States", 2024, "USD", "median"): 2, ("Belgique", 2023, "EUR", "median"): 2,
                   (None, None, "EUR", "salary range"): 1}
    assert [(c["geography"], c["base_year"], c["target_year"], c["careers"]) for c in coverage["outlook"]] == [
        ("United States", 2024, 2034, 2)]
    rich = run(cli, folders, "about").stdout
    assert "Pay: Belgique, 2023, EUR (median), careers: 2; Enquête salariale" in " ".join(rich.split())


def test_about_the_built_in_catalog_names_bls_places_and_years(cli) -> None:  # noqa: ANN001
    coverage = data(cli("about", "--format", "json"))["coverage"]
    (oews,) = [c for c in coverage["pay"] if c["currency"] == "USD"]
    assert (oews["geography"], oews["reference"], oews["careers"] > 900) == ("United States", "May 2024", True)
    (projections,) = coverage["outlook"]
    assert (projections["geography"], projections["base_year"], projections["target_year"]) == (
        "United States", 2024, 2034)


# ---------------------------------------------------------------- sessions and kept results

def test_a_paused_quiz_keeps_its_minimum_pay_as_written_and_older_numbers_still_read(tmp_path: Path) -> None:
    from careercli.errors import CareersError
    from careercli.quiz.session import Session, load_session, save_session

    older = {"version": 1, "bank": "riasec-short", "lang": "en", "min_salary": 2500}
    (tmp_path / "quiz-session.json").write_text(json.dumps(older), encoding="utf-8")
    assert str(load_session(tmp_path).threshold) == "2500EUR/month"  # what a number always meant
    save_session(Session(bank="riasec-short", lang="en", min_salary="40000USD/year"), tmp_path)
    assert str(load_session(tmp_path).threshold) == "40000USD/year"
    for bad in ("40000USD", "lots", -5, 2e9, "9" * 80):
        (tmp_path / "quiz-session.json").write_text(json.dumps({**older, "min_salary": bad}), encoding="utf-8")
        with pytest.raises(CareersError, match="cannot be used"):
            load_session(tmp_path)


def test_what_is_typed_at_the_salary_question(tmp_path: Path) -> None:
    from careercli.facts.pay import PayThresholdError, Unit
    from careercli.terminal.quiz_screens import salary_answer

    usd = Unit("USD", "year")
    assert str(salary_answer("45 000", usd)) == "45000USD/year"  # a bare amount: the unit the question states
    assert str(salary_answer("2500EUR/month", usd)) == "2500EUR/month"
    assert str(salary_answer("$45,000", usd)) == "45000USD/year"  # as people write it
    assert str(salary_answer("2 500 € net", Unit("EUR", "month"))) == "2500EUR/month net"
    with pytest.raises(PayThresholdError):
        salary_answer("45,000 a week", usd)


def test_a_result_kept_by_an_older_version_still_shows(cli, tmp_path: Path) -> None:  # noqa: ANN001
    from careercli.quiz.saved import Saved
    from careercli.quiz.results import quiz_result
    from careercli.quiz.scoring import profile_from_scores

    result = quiz_result(profile_from_scores({"R": 1, "I": 2, "A": 3, "S": 4, "E": 5, "C": 6}), [])
    stored = msgspec.to_builtins(Saved(kind="quiz", taken="2025-01-01T10:00:00+01:00", lang="en", quiz=result))
    stored["quiz"]["preferences"]["min_salary"] = 2500.0  # as an older version kept it
    for key in ("pay_unit", "sort"):
        stored["quiz"].pop(key)
    data_dir = tmp_path / "user-data"
    (data_dir / "results").mkdir(parents=True)
    (data_dir / "results" / "0001-quiz.json").write_text(json.dumps(stored), encoding="utf-8")
    shown = data(cli("results", "show", "1", "--format", "json"))
    assert shown["preferences"]["min_pay"]["text"] == "2500EUR/month" and shown["sort"] == "match"


def test_hostile_overlays_are_refused_in_one_line_each(cli, folders) -> None:  # noqa: ANN001
    import os

    pay = folders[1]
    os.mkfifo(pay / "pipe.pay.json")  # never opened: reading it would block
    (pay / "huge.pay.json").write_bytes(b" " * (1024 * 1024 + 1))
    (pay / "latin.pay.json").write_bytes(b'{"format": 1, "career": "latin", "wages": [{"source": {"name": "\xe9"}}]}')
    (pay / "nested.pay.json").write_text("[" * 50000 + "]" * 50000, encoding="utf-8")
    source = overlay("alpha-dev", 4000)
    source["wages"][0]["source"]["name"] = "Evil\x1b[31m\u202e [bold]x[/bold]"
    (pay / "alpha-dev.pay.json").write_text(json.dumps(source), encoding="utf-8")
    checked = cli("validate", str(pay))
    report = checked.stdout + checked.stderr
    assert checked.exit_code == 1
    for name, why in (("pipe", "not a regular file"), ("huge", "too large"), ("latin", "not valid JSON"),
                      ("nested", "expected `object`")):
        assert len([line for line in report.splitlines() if f"{name}.pay.json" in line and why in line]) == 1, name
    listed = run(cli, folders, "list", "--pay-in", "EUR/month")  # piped: rows on stdout, the sources on stderr
    shown = listed.stdout + listed.stderr
    assert listed.exit_code == 0 and "\x1b" not in shown and "\u202e" not in shown
    assert "Evil[31m [bold]x[/bold]" in " ".join(listed.stderr.split())  # shown as text, never as markup


def test_show_15_1252_gives_us_pay_and_outlook_with_source_and_year(cli) -> None:  # noqa: ANN001
    """Issue 12, done when: the built-in catalog, as a person reads it."""
    shown = cli("show", "15-1252.00", "--no-pager", "--section", "salary", "--section", "outlook")
    assert shown.exit_code == 0, shown.stderr
    text = " ".join(shown.stdout.split())
    for fact in ("United States · USD · gross · May 2024", "Median $133,080 per year",
                 "Source: Occupational Employment and Wage Statistics (OEWS), May 2024, U.S. Bureau of Labor Statistics",
                 "United States · 2024–34", "+15.8% (+267,700 jobs)", "Employment Projections 2024-34 (Table 1.2)"):
        assert fact in text, fact


def test_careers_ranked_by_their_letters_are_checked_and_marked_too(cli, folders) -> None:  # noqa: ANN001
    (folders[0] / "delta-letters.yaml").write_text('title: "Delta letters"\nriasec_official: {major: I, minor: C}\n',
                                                   encoding="utf-8")
    args = ("quiz", "--scores", "R=2,I=6,A=3,S=2,E=2,C=6", "--min-salary", "40000USD/year")
    result = data(run(cli, folders, *args, "--format", "json"))
    (delta,) = result["results_by_letters"]
    assert (delta["id"], delta["pay_check"], delta["pay"]) == ("delta-letters", "no_figure", None)
    assert "No pay figure in USD a year" in delta["reasons"]
    rich = run(cli, folders, *args).stdout
    assert "no figure" in next(line for line in rich.splitlines() if "Delta letters" in line)
    rows = list(csv.DictReader(io.StringIO(run(cli, folders, *args, "--format", "csv").stdout)))
    assert {r["id"]: r["pay_check"] for r in rows}["delta-letters"] == "no_figure"
    people = run(cli, folders, "class", "-", *args[3:], input="name,R,I,A,S,E,C\nAda,2,6,3,2,2,6\n")
    assert "Delta letters (IC 5/6, no pay figure)" in " ".join(people.stdout.split())
