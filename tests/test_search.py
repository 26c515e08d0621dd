"""Finding careers in the words people use: search, and every command taking JOB resolving through it."""

from __future__ import annotations

import json
import os
import sys

import pexpect
import pytest

from .conftest import ROOT, SEED_ID
from .terminal import Terminal


def found(cli, *args: str) -> list[dict]:
    result = cli("search", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["data"]["results"]


def shown_id(cli, query: str, *extra: str) -> tuple[int, str, str]:
    result = cli("show", query, "--format", "json", *extra)
    document = json.loads(result.stdout)
    return result.exit_code, (document["data"] or {}).get("id", ""), result.stderr


@pytest.mark.parametrize("query, career", [
    ("Accountants and Auditors", "accountants-and-auditors"),  # exact title
    ("comptable", "accountants-and-auditors"),  # French title
    ("COMPTABLE", "accountants-and-auditors"),  # case
    ("13-2011.00", "accountants-and-auditors"),  # code
    ("developpeur web", "web-developers"),  # accents do not matter ("Développeur web")
    ("infirmier-en-soins-generaux-ide", "infirmier-en-soins-generaux-ide"),  # a ROME id, outside the English catalog
    ("boulanger", "bakers"),  # a ROME id too, but the exact French title of an O*NET career wins in English
])
def test_an_exact_id_code_or_title_shows_at_once(cli, query, career):
    code, career_id, stderr = shown_id(cli, query)
    assert (code, career_id) == (0, career) and "Showing" not in stderr


@pytest.mark.parametrize("query, career, matched", [
    ("software developer", "software-developers", "Software Developers"),  # plural aside; not QA testers
    ("chef", "chefs-and-head-cooks", "chefs"),  # its own title, not a supervisor with 'Chef' as another title
    ("acountant", "accountants-and-auditors", "spelling corrected"),  # a typo
    ("Tax Shelter", SEED_ID, "text"),  # words of the profile's texts
    # a career called just that, though others hold the word (Helpers--Electricians, Solar
    # Photovoltaic Installers' "electrician"); its title spells its id, and is a title still
    ("electrician", "electricians", "Electricians"),
    ("carpenter", "carpenters", "Carpenters"),
    ("economist", "economists", "Economists"),
    ("electrican", "electricians", "spelling corrected"),
])
def test_a_clear_best_match_is_shown_with_a_note(cli, query, career, matched):
    code, career_id, stderr = shown_id(cli, query)
    assert (code, career_id) == (0, career), stderr
    assert stderr.startswith("Showing ") and matched in stderr and query in stderr


# "doctor" is no longer among them: the vocabulary (data/reference/vocabulary.tsv) says it is the family doctor
@pytest.mark.parametrize("query", ["teacher", "enseignant", "nurse", "médecin", "psychologist", "cook"])
def test_a_word_that_names_a_family_asks_never_guesses(cli, query):
    result = cli("show", query)
    assert result.exit_code == 3, result.stdout[:200]
    assert "matches several careers" in result.stderr and result.stdout == ""
    document = json.loads(cli("show", query, "--format", "json").stdout)
    assert document["exit_code"] == 3 and len(document["data"]["candidates"]) >= 3
    assert all({"id", "title", "score", "field"} <= set(c) for c in document["data"]["candidates"])
    # the first choice offered is the first result of `search` (issue 19)
    first = json.loads(cli("search", query, "--format", "json").stdout)["data"]["results"][0]["id"]
    assert document["data"]["candidates"][0]["id"] == first


def test_nothing_close_gives_did_you_mean_and_exit_4(cli):
    result = cli("show", "astronaut-of-the-deep-sea")
    assert result.exit_code == 4
    assert result.stderr.startswith("Error: no career matches 'astronaut-of-the-deep-sea'; did you mean: ")
    document = json.loads(cli("show", "qqqzzzxxx", "--format", "json").stdout)
    assert document["exit_code"] == 4 and "suggestions" in document["data"]


def test_fit_and_compare_resolve_through_the_same_ranking(cli, tmp_path):
    compared = json.loads(cli("compare", "acountant", "software developer", "--format", "json").stdout)
    assert [c["id"] for c in compared["data"]["careers"]] == ["accountants-and-auditors", "software-developers"]
    assert cli("compare", "teacher", SEED_ID).exit_code == 3
    answers = tmp_path / "answers.yaml"
    answers.write_text("act1: 5\nact2: 4\nact3: 4\n", encoding="utf-8")  # its own activities (O*NET tasks)
    fit = cli("fit", "acountant", "--answers", str(answers), "--format", "json")
    assert fit.exit_code == 0 and json.loads(fit.stdout)["data"]["id"] == "accountants-and-auditors"


def test_a_matched_part_of_a_title_is_quoted_as_written(cli):
    """A key made of part of a title (in brackets, after a slash) is shown as the title writes it."""
    results = found(cli, "médecin", "responsable", "dim", "--lang", "fr", "--limit", "3")
    dim = next(r for r in results if r["id"].startswith("medecin-responsable-de-la-documentation"))
    assert dim["matched"] == "Médecin responsable -DIM-"
    assert found(cli, "head", "cooks", "--limit", "1")[0]["matched"] == "Head Cooks"


def test_search_ranks_and_says_why(cli):
    results = found(cli, "software", "developer", "--limit", "3")
    assert [r["rank"] for r in results] == [1, 2, 3] and results[0]["id"] == "software-developers"
    assert results[0]["field"] == "title" and results[0]["matched"] == "Software Developers"
    assert results[1]["field"] == "other title" and results[1]["score"] < results[0]["score"]
    assert found(cli, "software", "developer", "--top", "3") == results  # quiz's spelling of --limit
    french = found(cli, "développeur", "web", "--lang", "fr")  # French: the ROME fiches
    assert french[0]["id"] == "developpeur-web" and french[0]["origin"] == "rome"
    onet = found(cli, "développeur", "web", "--lang", "fr", "--catalog", "onet")
    assert onet[0]["id"] == "web-developers" and onet[0]["language"] == "fr"  # its French title
    assert found(cli, "tax", "shelter")[0] == {**found(cli, "tax", "shelter")[0], "id": SEED_ID, "field": "text"}
    assert found(cli, "L1302")[0]["id"] == SEED_ID  # a ROME code the seed declares (English: no ROME fiches)
    assert found(cli, "L1302", "--lang", "fr")[0]["id"] == "producteur-de-film"  # the fiche whose code it is


def test_search_formats(cli):
    csv_rows = cli("search", "comptable", "--format", "csv", "--limit", "2").stdout.splitlines()
    assert csv_rows[0] == "rank,id,title,score,field,matched,language,typo,code,job_zone,origin,because,onet_soc,rome,isco08,title_language"
    assert csv_rows[1].startswith("1,accountants-and-auditors,")
    markdown = cli("search", "comptable", "--format", "markdown", "--limit", "2").stdout.splitlines()
    assert markdown[0].startswith("| # |") and "`accountants-and-auditors`" in markdown[2]
    rich = cli("search", "comptable", "--limit", "2").stdout
    assert "accountants-and-auditors" in rich and "title 'Comptable' (fr)" in rich
    none = cli("search", "qqqzzzxxx")
    assert none.exit_code == 0 and none.stdout == "" and "No career matches 'qqqzzzxxx'" in none.stderr


def test_a_numbered_choice_at_a_terminal(tmp_path):
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", "LINES": "40", "CAREERS_LANG": "en", "TERM": "xterm",
           "PROMPT_TOOLKIT_NO_CPR": "1", "PYTHONPATH": str(ROOT / "src"), "PAGER": "cat"}
    child = Terminal(sys.executable, ["-m", "careercli", "show", "teacher", "--section", "overview"], env=env,
                     dimensions=(40, 100), encoding="utf-8", timeout=30)
    child.expect("matches several careers; which one")
    child.expect(r"2\) (.+?)  \(([a-z0-9-]+)\)")  # the second choice: its title and id
    title, career_id = child.match.group(1), child.match.group(2)
    child.send("2")  # a number key answers at once
    child.expect(pexpect.EOF)
    child.close()
    shown = child.before.replace("\r", "")
    assert child.exitstatus == 0 and "teachers" in career_id
    assert title.split(",")[0] in shown.split("which one")[-1]  # its profile was shown


@pytest.mark.parametrize("key", ["q", "\x1b"])
def test_the_numbered_choice_is_cancelled_quietly(key):
    """Esc or q: exit 130 with one line, no list of candidates nor "Error" (issue 19)."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", "LINES": "40", "CAREERS_LANG": "en", "TERM": "xterm",
           "PROMPT_TOOLKIT_NO_CPR": "1", "PYTHONPATH": str(ROOT / "src"), "PAGER": "cat"}
    child = Terminal(sys.executable, ["-m", "careercli", "show", "teacher"], env=env, dimensions=(40, 100),
                     encoding="utf-8", timeout=30)
    child.expect("Esc or q cancels")
    child.send(key)
    child.expect(pexpect.EOF)
    child.close()
    after = child.before.replace("\r", "").split("cancels)")[-1]
    assert child.exitstatus == 130
    assert "No career chosen." in after and "Error" not in after and "give one of their ids" not in after


def test_the_search_table_is_read_in_place_and_a_damaged_one_is_refused(tmp_path):
    """The table is stored as a header and raw arrays and read from a mapped file: the same keys
    and postings come back (UTF-8 keys included), and a cut or inconsistent table is refused."""
    import msgspec

    from careercli.catalog.cache import CacheStore
    from careercli.catalog.search_table import SearchTable, build_table, profile_keys

    items = {"a": profile_keys("a", [("Infirmière", "fr"), ("Nurse", "en")], [("Œnologue ✓ 看护", "fr")],
                               ["29-1141.00"], [], ["soins infirmiers"]),
             "b": profile_keys("b", [("Nurse Midwives", "en")], [], [], ["2221"], ["births"])}
    table = build_table(items)
    blob = table.encode()
    (tmp_path / "t.pack").write_bytes(b"x" * 7 + blob)
    again = SearchTable.from_buffer(CacheStore(tmp_path).view("t.pack", 7, len(blob)))
    assert [again.key(i) for i in range(len(again))] == [table.key(i) for i in range(len(table))]
    assert "oenologue ✓ 看护" in [again.key(i) for i in range(len(again))]
    assert again.keys_with("nurse", prefix=True) == table.keys_with("nurse", prefix=True) and again.ids == ["a", "b"]
    assert again.owners_with_text("birth") == {1}
    words = list(again.vocabulary)  # kept as one text and offsets, in code point order (UTF-8's own)
    assert words == sorted(words) and words == table.vocabulary[:] and words[-2:] == ["nurse", "oenologue"]
    assert [again.key(i) for i in again.keys_with("oenologue", prefix=False)] == ["oenologue ✓ 看护"]
    assert again.keys_with("nurs", prefix=True) == again.keys_with("nurse", prefix=False) != set()
    assert list(again.text_vocabulary) == ["birth", "infirmier", "soin"]
    for cut in (0, 3, 20, len(blob) // 2, len(blob) - 1):
        with pytest.raises((ValueError, msgspec.MsgspecError)):
            SearchTable.from_buffer(blob[:cut])
    damaged = bytearray(blob)
    damaged[-1] ^= 0xFF  # a byte of the keys' text: still read, never an exception
    assert len(SearchTable.from_buffer(bytes(damaged))) == len(table)


# ---------------------------------------------------------------- French words, as a new user types them

@pytest.mark.parametrize("query, career", [
    ("comptable", "comptable"),  # the French catalog: the ROME fiche, not the O*NET occupation
    ("boulangère", "boulanger"),  # the feminine form
    ("cuisiniere", "cuisinier"),  # feminine, no accent
    ("aide-soignante", "aide-soignant"),
    ("infirmiere scolaire", "infirmier-scolaire"),
    ("developpeur web", "developpeur-web"),
    ("oenologue", "oenologue"),  # Œnologue, typed without the ligature
    ("Œnologue", "oenologue"),
    ("manoeuvre batiment", "manoeuvre-batiment"),
])
def test_french_names_and_feminine_forms_show_at_once(cli, query, career):
    assert shown_id(cli, query, "--lang", "fr")[:2] == (0, career)


@pytest.mark.parametrize("query, career, matched", [
    ("developeur web", "developpeur-web", "(orthographe corrigée)"),  # a typo
    ("plombier", "plombier-sanitaire", "son autre intitulé «\u00a0Plombier\u00a0»"),  # its job title only, others longer ones
    ("pompiers", "secouriste", "son autre intitulé «\u00a0Pompier\u00a0»"),  # plural aside
    ("aide soignant", "aide-soignant", "«\u00a0Aide-soignant\u00a0»"),  # a hyphen left out
    ("acountant", "accountants-and-auditors", "orthographe corrigée"),  # English: nothing in ROME, O*NET answers
])
def test_french_best_matches_say_what_matched(cli, query, career, matched):
    code, career_id, stderr = shown_id(cli, query, "--lang", "fr")
    assert (code, career_id) == (0, career), stderr
    assert stderr.startswith("Fiche affichée") and matched in stderr


@pytest.mark.parametrize("query, family", [
    ("infirmier", "infirmier-"), ("infirmière", "infirmier-"), ("infirmiere", "infirmier-"),
    ("médecin", "medecin-"), ("medecin", "medecin-"), ("enseignant", "enseignant"), ("enseignante", "enseignant"),
    ("développeur", "developpeur-"), ("developpeuse", "developpeur-"), ("électricienne", "electricien-"),
])
def test_french_family_words_ask(cli, query, family):
    result = cli("show", query, "--lang", "fr", "--format", "json")
    document = json.loads(result.stdout)
    assert result.exit_code == 3 and document["exit_code"] == 3
    candidates = [c["id"] for c in document["data"]["candidates"]]
    assert len(candidates) >= 3 and all(c.startswith(family) for c in candidates), candidates


@pytest.mark.parametrize("query, expected", [
    ("infirmier", "registered-nurses"), ("infirmière", "registered-nurses"), ("policier", "police-and-sheriff-s-patrol-officers"),
    ("médecin", "family-medicine-physicians"), ("développeur", "software-developers"),
])
def test_french_words_in_the_english_catalog_ask_among_the_right_jobs(cli, query, expected):
    """English interface, O*NET catalog: their French titles match, and a general word asks."""
    result = cli("show", query, "--format", "json")
    assert result.exit_code == 3
    assert expected in [c["id"] for c in json.loads(result.stdout)["data"]["candidates"]]


def test_the_numbered_choice_shows_ids_only_where_they_fit():
    from careercli.terminal.choose import _label

    assert _label("Law Teachers, Postsecondary", "law-teachers-postsecondary", 80) == \
        "Law Teachers, Postsecondary  (law-teachers-postsecondary)"
    long_id = "nursing-instructors-and-teachers-postsecondary"
    assert _label("Nursing Instructors and Teachers, Postsecondary", long_id, 80) == \
        "Nursing Instructors and Teachers, Postsecondary"  # never a cut id
