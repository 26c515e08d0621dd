"""The whole command line in French: every --help, Typer's own words, usage errors, typography.

In-process runs: the language is chosen per run (`--lang` anywhere, else CAREERS_LANG...), so
French and English runs alternate in one process without leaking into each other.
"""

from __future__ import annotations

import json
import re

import pytest

from careercli.cli.translate import requested_language
from careercli.profile.sections import SECTIONS

from .test_help import COMMANDS
from .test_i18n import french_entries

NBSP = "\u00a0"

# English words that are not French words too ("a", "on", "or", "option", "message", "file" are both).
STOP_WORDS = set("""
the of to and with for from this that these those your you by is are be been was were it its into than
then there their they them which what when where who how will would can could should may not each every
some more only also about after before over without within at in show list print write read find delete
help exit usage commands command default required example examples missing invalid try such
folder files career careers jobs language output answers results interests title name number year bank
salary pay study level work completion colour colours color catalog curated computer last first same
instead row rows own many new template given value values choose got unexpected did
""".split())
PROGRAM = {"careers"}  # the program's name, in prose as in `careers results`
VALUES = {word for section in SECTIONS for word in section.split("-")}  # listed by `show --section`'s help


def help_words(text: str) -> list[str]:
    """The words of a help text a reader reads as prose: not the usage and example command lines,
    backticked code, option names, ids, file names, metavars' values or "[default: ...]" notes."""
    kept, continued = [], False
    for line in text.splitlines():
        stripped = line.strip()
        example = stripped.startswith("careers ") or continued
        continued = example and stripped.endswith("\\")
        if example or "[OPTIONS]" in line:
            continue  # an example (and its continuation lines) or the usage line
        kept.append(line)
    text = "\n".join(kept)
    text = re.sub(r"^  [a-z]+(?= {2,})", " ", text, flags=re.M)  # a command's name in the list of commands
    text = re.sub(r"`[^`]*`|«[^»]*»", " ", text)  # code, and what a message quotes
    text = re.sub(r"\[[^\[\]]*\]", " ", text)  # Typer's notes: default values are ids
    words = []
    for token in text.split():
        token = token.strip(".,;:!?()\"'" + NBSP)
        if not re.search(r"[-_/.=<>|*@\d\\]", token):  # not an option, id, file, code or metavar's values
            words += re.findall(r"[^\W\d_]+", token)
    return [word for word in words if word.lower() not in PROGRAM | VALUES]


def run_help(cli, monkeypatch, path: list[str], lang: str) -> str:
    monkeypatch.setenv("CAREERS_LANG", lang)
    result = cli(*path, "--help")
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def english_only_words() -> set[str]:
    """Words of the English help that appear in no French translation: any of them in French
    help is an English leftover. The list grows by itself with each new option's help."""
    from typer.testing import CliRunner

    from careercli.cli import app

    runner, words = CliRunner(), set()
    for path in COMMANDS:
        result = runner.invoke(app, [*path, "--help"], env={"CAREERS_LANG": "en"}, catch_exceptions=False)
        words |= {w.lower() for w in help_words(result.stdout)}
    french = {w.lower() for entry in french_entries()  # option names and code aside (--riasec-any is no word)
              for w in re.findall(r"[^\W\d_]+", re.sub(r"--?[\w-]+|`[^`]*`", " ", entry.msgstr))}
    return words - french


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "careers")
def test_french_help_has_no_english_word_left(cli, monkeypatch, english_only_words, path):
    text = run_help(cli, monkeypatch, path, "fr")
    english = [w for w in help_words(text) if w.lower() in STOP_WORDS | english_only_words]
    assert not english, f"`careers {' '.join(path)} --help` in French still says {english}:\n{text}"
    assert text.startswith(f"Utilisation{NBSP}: careers")
    assert re.search(rf"^Options{NBSP}:$", text, re.M)
    assert "Afficher ce message et quitter." in text
    prose = re.sub(r"`[^`]*`|https?://\S+", "", text)
    assert not re.search(r"[^\W\d_][:;?!](\s|$)", prose), "French wants a no-break space before : ; ? !"


def test_the_word_check_catches_english_help(cli, monkeypatch, english_only_words):
    english = run_help(cli, monkeypatch, ["show"], "en")
    found = {w.lower() for w in help_words(english)} & (STOP_WORDS | english_only_words)
    assert {"complete", "career", "exit", "and", "any"} <= found


def test_metavars_defaults_and_required_in_french(cli, monkeypatch):
    text = run_help(cli, monkeypatch, ["show"], "fr")
    assert "careers show [OPTIONS] {MÉTIER}" in text
    assert "[obligatoire]" in text and f"[par défaut{NBSP}: rich]" in text
    assert "--data-dir DOSSIER" in text and "--lang LANGUE" in text


def test_command_list_in_french(cli, monkeypatch):
    text = run_help(cli, monkeypatch, [], "fr")
    assert f"Commandes{NBSP}:" in text and "COMMANDE [ARGUMENTS]..." in text
    assert re.search(r"^  show +Afficher la fiche complète d'un métier\.$", text, re.M)


def test_examples_keep_their_command_lines_and_translate_comments(cli, monkeypatch):
    text = run_help(cli, monkeypatch, ["quiz"], "fr")
    assert f"Exemples{NBSP}:" in text
    assert "careers quiz --scores R=2,I=5,A=3,S=4,E=6,C=5 --format json" in text
    assert "  # 60 chiffres, un par item" in text


# ---------------------------------------------------------------- language of a run

def test_lang_anywhere_sets_the_language_before_parsing(cli):
    assert cli("show", "--help", "--lang", "fr").stdout.startswith("Utilisation")
    assert cli("--lang", "fr", "list", "--help").stdout.startswith("Utilisation")
    assert cli("list", "--lang=fr", "--help").stdout.startswith("Utilisation")
    assert cli("show", "--help").stdout.startswith("Usage: careers show [OPTIONS] {JOB}")  # the next run: English


def test_languages_alternate_in_one_process(cli, monkeypatch):
    french = run_help(cli, monkeypatch, ["show"], "fr")
    english = run_help(cli, monkeypatch, ["show"], "en")
    assert run_help(cli, monkeypatch, ["show"], "fr") == french
    assert "Show this message and exit." in english and "[required]" in english and "JOB" in english
    assert "MÉTIER" not in english and "Utilisation" not in english


def test_requested_language():
    assert requested_language(["show", "x", "--lang", "fr"], {}) == "fr"
    assert requested_language(["--lang=nl", "list"], {"CAREERS_LANG": "fr"}) == "nl"
    assert requested_language(["search", "--", "--lang", "fr"], {"CAREERS_LANG": "en"}) == "en"
    assert requested_language(["show", "--lang", "de"], {"LANG": "fr_BE.UTF-8"}) == "fr"  # left to --lang to refuse
    assert requested_language(["show", "--lang"], {}) == "en"


# ---------------------------------------------------------------- usage errors

FRENCH_ERRORS = [
    (["show"], f"Erreur{NBSP}: Argument manquant{NBSP}: «{NBSP}MÉTIER{NBSP}»."),
    (["shw"], f"Erreur{NBSP}: Commande inconnue{NBSP}: «{NBSP}shw{NBSP}»."),
    (["list", "--format", "xx"], f"Erreur{NBSP}: Valeur non valide pour «{NBSP}--format{NBSP}» / «{NBSP}-f{NBSP}»{NBSP}: "
                                 f"«{NBSP}xx{NBSP}» ne fait pas partie des choix possibles{NBSP}: «{NBSP}rich{NBSP}»"),
    (["quiz", "--top", "0"], f"«{NBSP}--top{NBSP}» / «{NBSP}--limit{NBSP}»{NBSP}: 0 n'est pas dans l'intervalle x>=1."),
    (["quiz", "--top", "x"], f"«{NBSP}x{NBSP}» n'est pas un nombre entier valide."),
    (["list", "--bogus"], f"Erreur{NBSP}: Option inconnue{NBSP}: --bogus"),
    (["about", "extra"], f"Erreur{NBSP}: Argument(s) en trop{NBSP}: extra"),
    (["search", "x", "--limit"], f"Erreur{NBSP}: L'option «{NBSP}--limit{NBSP}» demande une valeur."),
]


@pytest.mark.parametrize("args, expected", FRENCH_ERRORS, ids=lambda v: " ".join(v) if isinstance(v, list) else "")
def test_usage_errors_in_french(cli, monkeypatch, args, expected):
    monkeypatch.setenv("CAREERS_LANG", "fr")
    result = cli(*args)
    assert result.exit_code == 2
    assert expected in result.stderr
    english = {w.lower() for w in help_words(result.stderr)} & STOP_WORDS
    assert not english, result.stderr
    if "Utilisation" in result.stderr:
        assert f"Pour de l'aide, essayez «{NBSP}careers" in result.stderr


def test_usage_errors_stay_as_typer_writes_them_in_english(cli):
    result = cli("show")
    assert result.exit_code == 2
    assert result.stderr == ("Usage: careers show [OPTIONS] {JOB}\nTry 'careers show -h' for help.\n\n"
                             "Error: Missing argument 'JOB'.\n")
    assert "Error: Invalid value for '--format' / '-f': 'xx' is not one of" in cli("list", "-f", "xx").stderr


def test_a_usage_error_envelope_is_french_too(cli):
    result = cli("list", "--format", "json", "--lang", "fr", "--catalog", "bogus")
    assert result.exit_code == 2
    envelope = json.loads(result.stdout)
    assert envelope["errors"] == [f"Valeur non valide pour «{NBSP}--catalog{NBSP}»{NBSP}: «{NBSP}bogus{NBSP}» ne fait "
                                  f"pas partie des choix possibles{NBSP}: «{NBSP}rome{NBSP}», «{NBSP}onet{NBSP}», "
                                  f"«{NBSP}all{NBSP}»."]


# ---------------------------------------------------------------- Dutch

def test_lang_nl_says_once_what_falls_back(cli):
    result = cli("quiz", "--scores", "R=2,I=5,A=3,S=4,E=6,C=5", "--lang", "nl", "--format", "json", "--top", "3")
    assert result.exit_code == 0
    notes = [line for line in result.stderr.splitlines() if line.startswith("Dutch: the interface is not translated")]
    assert len(notes) == 1, result.stderr
    assert "career titles are in this language" in notes[0] and "English, or in French" in notes[0]
    assert "Dutch:" not in cli("quiz", "--scores", "R=2,I=5,A=3,S=4,E=6,C=5", "--format", "json").stderr


def test_lang_nl_before_the_command_says_it_too(cli):
    result = cli("--lang", "nl", "list", "--format", "json")
    assert result.exit_code == 0 and result.stderr.count("Dutch: the interface") == 1


def test_validate_speaks_french(cli, monkeypatch, tmp_path):
    """The loader's own problems and msgspec's words for a value that does not fit the schema."""
    (tmp_path / "bad.yaml").write_text("title: 3\nfoo: 1\njob_zone: {zone: 9}\nid: other\n", encoding="utf-8")
    monkeypatch.setenv("CAREERS_CACHE_DIR", str(tmp_path / "cache"))  # problems are kept in the run's language
    monkeypatch.setenv("CAREERS_LANG", "fr")
    problems = cli("validate", str(tmp_path / "bad.yaml")).stdout
    assert f"title: attendu{NBSP}: `str | object`, trouvé `int`" in problems
    assert "foo: champ inconnu" in problems and f"job_zone.zone: attendu{NBSP}: `int` <= 5" in problems
    assert f"id: doit correspondre au nom du fichier «{NBSP}bad{NBSP}»" in problems
