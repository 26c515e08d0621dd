"""Every command's French output reads as French: no English word, no decimal point in a number.

Each command runs in French in each of its formats (text, JSON, CSV, Markdown where offered, and
the HTML report of the quiz), and its output is scanned for words from a list of English words
that are not French ones, and for numbers written with a decimal point (French writes 75,7).

What may stay as it is, because it is a name, a verbatim legal text or a machine value: the
names, publishers, attributions and notes of the data sources (as `careers about --format json`
and each profile give them); a title marked as English ("EN  Registered Nurses"); a section
whose heading says "(en anglais)"; a list of other titles headed "Anglais" or "Néerlandais";
product names (an O*NET occupation's technologies); a JSON text whose language is named ({"en": ...}); JSON keys, ids and codes; the machine values of the plain CSV (its `field`, `method`...; the class's French dialect
is scanned whole); words in capitals (Holland codes such as ARE, IT); the program's name; version numbers (CC BY 4.0,
O*NET 29.3, ROME V1.4) and codes (29-1141.00).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any, Iterator

import pytest

from careercli.i18n import dated, language

from .conftest import SEED_ID

ROME_ID, OTHER_ROME_ID, ONET_ID = "educateur-specialise", "moniteur-educateur", "29-1141.00"
SCORES = "R=2,I=6,A=3,S=5,E=2,C=6"
WIDE = "1000"  # no wrapping: an exempt text is found whole

# English words that are not French words ("a", "on", "or", "an", "score", "message" are both).
ENGLISH = set("""
the of and to with for from this that these those is are was were has have its it be been not into than
your you which when where who how will would can could should may each every some more only also about after
before without within career salary pay median gross year years month hour hours weeks
interests interest level study work title titles name number unknown none figure figures kept left out
marked ranked tied mean derived linked match matches occupation occupations skills knowledge tasks
january february march april june july august september october november december united states
software preparation needed degree require experience scale high school college diploma nurse specialist care
considerable extensive little
""".split())
DECIMAL_POINT = re.compile(r"(?<![\w.\-/])\d+\.\d+(?![\w.])")  # 75.7, r=1.00 (not 29-1141.00, v1.4.2)
TIGHT_SIGN = re.compile(r"\d%|[^\s;|]; |^\s*(?:[-*•]\s+)?\**[^\W\d_](?:[\w' ]{0,40}[^\W\d_])?:(?:\*\*)?(?=\s|$)")  # "75 %",
# and a label "Date :" (French puts a space, no-break, before them; "ex: ULB" in a profile's text is its author's)
VERSION = re.compile(r"(?:CC BY|O\*NET|O\\\*NET|ROME|Etalab|V|v|Table|version|Database) ?\d+(?:\.\d+)+")
COMMAND_LINE = re.compile(r"careers (?:[a-z]+)(?: \S+)*")  # a command to type, e.g. careers moves some-id

FORMATS = {"show": ("rich", "json", "markdown"), "about": ("rich", "json"), "validate": ("rich", "json"),
           "fit": ("rich", "json"), "values": ("rich", "json")}
ALL_FORMATS = ("rich", "json", "csv", "markdown")


def fit_answers(tmp_path: Path) -> Path:
    """Answers to every question `careers fit` asks about ROME_ID (its activities, 1-5; yes or no)."""
    from careercli import Careers

    questions = Careers(cache_dir=os.environ.get("CAREERS_CACHE_DIR")).fit_questions(ROME_ID, lang="fr")
    keys = [key for key, _text in questions.self_assessment + questions.activities] + [i.id for i in questions.items]
    path = tmp_path / "reponses.csv"
    path.write_text("".join(f"{key},{'oui' if key.startswith('sa') else 2 + n % 4}\n" for n, key in enumerate(keys)),
                    encoding="utf-8")
    return path


def runs(tmp_path: Path) -> Iterator[tuple[str, list[str]]]:
    """(name, arguments) of every command in each of its formats."""
    people = tmp_path / "classe.csv"
    people.write_text("nom,R,I,A,S,E,C\nAda,2,6,3,2,2,6\nBob,5,1,2,6,3,2\n", encoding="utf-8")
    bad = tmp_path / "bad" / "broken.yaml"
    bad.parent.mkdir()
    bad.write_text("id: broken\ntitle: {fr: Cassé}\nriasec: {R: 9}\n", encoding="utf-8")
    commands = {
        "show-rome": ["show", ROME_ID, "--no-pager"], "show-seed": ["show", SEED_ID, "--no-pager"],
        "show-onet": ["show", ONET_ID, "--no-pager"],  # a U.S. occupation in French, every section
        "search": ["search", "infirmier"], "similar": ["similar", ROME_ID], "moves": ["moves", ROME_ID],
        "path": ["path", ROME_ID, OTHER_ROME_ID], "list": ["list", "--sort", "pay"], "criteria": ["criteria"],
        "compare": ["compare", ROME_ID, OTHER_ROME_ID], "compare-onet": ["compare", ONET_ID, OTHER_ROME_ID],
        "quiz": ["quiz", "--scores", SCORES, "--min-salary", "2 500 €", "--top", "8"],
        "quiz-net": ["quiz", "--scores", SCORES, "--min-salary", "1800 net", "--top", "3"],
        "class": ["class", str(people), "--top", "3"], "results": ["results"],
        "about": ["about"], "validate": ["validate", str(bad.parent)],
        "fit": ["fit", ROME_ID, "--answers", str(fit_answers(tmp_path))],
        "values": ["values", "--values", "relations,soutien,autonomie"],
    }
    for name, args in commands.items():
        for form in FORMATS.get(args[0], ALL_FORMATS):
            yield f"{name}-{form}", [*args, "--format", form]


@pytest.fixture
def french(monkeypatch):
    monkeypatch.setenv("COLUMNS", WIDE)
    monkeypatch.setenv("CAREERS_LANG", "fr")


@pytest.fixture
def exempt(cli, french) -> list[str]:  # noqa: ANN001
    """Names, publishers, attributions and notes of the sources, and the titles of linked
    occupations in other classifications: what is quoted as it is."""
    about = json.loads(cli("about", "--format", "json").stdout)
    source_keys = ("name", "publisher", "attribution", "licence", "note", "version", "changes", "rows")
    texts = list(strings(about, keys=(*source_keys, "source", "title")))
    for career_id in (ROME_ID, SEED_ID, ONET_ID):
        profile = json.loads(cli("show", career_id, "--format", "json").stdout)["data"]["profile"]
        texts += strings(profile.get("sources", []), keys=source_keys)
        texts += [f"{title} (titre anglais)" for link in profile.get("links", []) if "fr" not in (link.get("title") or {})
                  for title in strings(link.get("title"))]  # a linked job without a French title, marked as such
        texts += [technology["name"] for technology in profile.get("technologies", [])]  # product names
        texts += strings([profile.get(field) for field in ("riasec", "job_zone", "codes", "licence")], keys=source_keys)
        texts += strings([profile.get("wages"), profile.get("outlook")], keys=("name", "publisher", "title", "reference"))
    english = json.loads(cli("list", "--catalog", "onet", "--lang", "en", "--format", "json").stdout)["data"]
    french = {c["id"]: c["title"] for c in json.loads(cli("list", "--catalog", "onet", "--format", "json").stdout)["data"]}
    texts += [c["title"] for c in english if french.get(c["id"]) == c["title"]]  # O*NET titles without a French one
    with language("fr"):
        texts += [dated(text) for text in texts]  # as shown: May 2024 -> mai 2024
    return sorted({t for t in texts if len(t) > 3}, key=len, reverse=True)


LANGUAGES = {"fr", "en", "nl"}


def strings(value: Any, keys: tuple[str, ...] = (), key: str = "", lang: str = "") -> Iterator[str]:
    """The strings of a JSON document (only under `keys`, when given); of a text in several
    languages ({"fr": ..., "en": ...}), only the one in `lang` (every one when `lang` is empty)."""
    if isinstance(value, dict):
        localized = bool(value) and set(value) <= LANGUAGES
        for name, item in value.items():
            if not localized or not lang or name == lang:
                yield from strings(item, keys, key if localized else name, lang)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item, keys, key, lang)
    elif isinstance(value, str) and (not keys or key in keys):
        yield value


QUOTED_KEYS = {"sources", "licence", "codes", "field", "figure"}
MACHINE_COLUMNS = {"method", "fit", "pay_check", "origin", "kind"}  # names, legal texts, codes and machine values
QUOTED_SECTIONS = ("Sources et licence",)  # names, publishers and verbatim attributions


def without(value: Any, keys: set[str]) -> Any:
    """A JSON document without the values of `keys` (at any depth)."""
    if isinstance(value, dict):
        return {k: without(v, keys) for k, v in value.items() if k not in keys}
    if isinstance(value, list):
        return [without(item, keys) for item in value]
    return value


def prose(name: str, output: str) -> list[str]:
    """The lines of an output a reader reads as French text."""
    if name.endswith("-json") and output.strip():
        document = json.loads(output)
        return [s for s in strings(without(document, QUOTED_KEYS), lang="fr") if " " in s]
    if name.endswith("-csv") and not name.startswith("class"):
        import csv

        rows = list(csv.reader(output.splitlines()))
        prose_columns = [i for i, column in enumerate(rows[0] if rows else []) if column not in QUOTED_KEYS | MACHINE_COLUMNS]
        return [row[i] for row in rows[1:] for i in prose_columns if i < len(row) and " " in row[i]]
    lines, skipping, other_language = [], False, False
    for line in output.splitlines():
        heading = re.match(r"^(?:## )?(\S.*?)(?: ─+)?$", line) if re.match(r"^(?:## |\S.* ─+$)", line) else None
        if heading:
            skipping = "(en anglais)" in line or any(section in line for section in QUOTED_SECTIONS)
        if heading or line.strip() in LANGUAGE_NAMES:  # a list of titles headed by its language's name
            other_language = line.strip() in OTHER_LANGUAGES
        named = re.match(r"^- \*\*(\w+)\u00a0:\*\*", line)  # the same list in Markdown, on one line
        if not (skipping or other_language or (named and named.group(1) in OTHER_LANGUAGES)
                or re.match(r"^\s*(?:│\s*)?EN\s", line)):  # a title marked as English
            lines.append(line)
    return lines


LANGUAGE_NAMES, OTHER_LANGUAGES = ("Français", "Anglais", "Néerlandais"), ("Anglais", "Néerlandais")


def problems(name: str, output: str, exempt: list[str]) -> list[str]:
    found = []
    for line in prose(name, output):
        for text in exempt:
            line = line.replace(text, " ").replace(text.replace("*", "\\*"), " ")
        line = re.sub(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b", " ", COMMAND_LINE.sub(" ", line))  # commands and ids
        line = VERSION.sub(" ", re.sub(r"`[^`]*`|https?://\S+|\b[\w-]+(?:\.yaml|\.csv)\b|(?:/[\w.-]+)+", " ", line))
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", line) if not w.isupper()} & ENGLISH
        if words:
            found.append(f"{name}: English {sorted(words)}: {line.strip()[:160]}")
        if DECIMAL_POINT.search(line):
            found.append(f"{name}: decimal point: {line.strip()[:160]}")
        if TIGHT_SIGN.search(line if not name.endswith("-csv") else line.replace("; ", " ; ")):  # a cell's list
            found.append(f"{name}: no space before '%' or ':': {line.strip()[:160]}")
    return found


def test_every_command_speaks_french_in_every_format(cli, french, exempt, tmp_path: Path) -> None:  # noqa: ANN001
    found = []
    for name, args in runs(tmp_path):
        result = cli(*args)
        assert result.exit_code in (0, 1), f"{name}: {result.stderr}"
        found += problems(name, result.stdout, exempt) + problems(name + "-messages", result.stderr, exempt)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("catalog", ["all", "onet"])  # O*NET occupations: U.S. figures, English-only texts
def test_the_quiz_report_speaks_french(cli, french, exempt, tmp_path: Path, catalog: str) -> None:  # noqa: ANN001
    for suffix in ("html", "md"):
        report = tmp_path / f"rapport.{suffix}"
        assert cli("quiz", "--scores", SCORES, "--top", "5", "--catalog", catalog, "--report", str(report)).exit_code == 0
        text = re.sub(r"(?s)<style.*?</style>", "", report.read_text(encoding="utf-8"))
        text = re.sub(r"<[^>]+>", "\n", text)  # the text of the HTML
        found = problems(f"report-{suffix}", text, exempt)
        assert not found, "\n".join(found)


def test_the_scan_finds_english_words_and_decimal_points(exempt: list[str]) -> None:
    assert problems("x-rich", "Careers kept without a pay figure", exempt)
    assert problems("x-rich", "intérêts r=1.00", exempt)
    assert problems("x-rich", "Dérivés pour 1199 fiches (75.7 %)", exempt)
    assert problems("x-json", json.dumps({"notes": ["Careers kept without a pay figure"]}), exempt)
    assert not problems("x-rich", "intérêts r=1,00 · ROME V1.4 · CC BY 4.0 · SOC 29-1141.00", exempt)
    assert not problems("x-rich", "Missions au quotidien (en anglais) ───\n  • Maintain accurate records", exempt)
    # what an O*NET occupation showed in French before: each is found
    for english in ("  • Medical software : Epic Systems ★", "Niveau de préparation  4/5  Job Zone Four: Considerable "
                    "Preparation Needed", "Formation  Bachelor's Degree", "Source : O*NET 29.3 Database, Interests (OI "
                    "scale 1-7; code from the IH high-points)", "  → specialist nurse  plus étroit"):
        assert problems("x-rich", english, exempt), english
    assert problems("x-json", json.dumps({"outlook": {"geography": "United States"}}), exempt)
    for tight in ("- **Date:** 2026-12-07", "| 1 | Historien | ISC | 93% | excellente |", "Social (AES); Vous"):  # French spacing
        assert problems("x-markdown", tight, exempt), tight
    assert not problems("x-markdown", "- **Date\u00a0:** 2026-12-07 · 93\u00a0% · (ex: ULB)", exempt)
