"""The French interface: catalogs in sync with the code, language selection, and the catalog tools."""

from __future__ import annotations

import ast
import gettext
import re
import importlib.util
import os
import string
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import ROOT, SEED_ID

LOCALE = ROOT / "src" / "careercli" / "locale" / "fr" / "LC_MESSAGES"
NBSP = "\u00a0"


def load_tool():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


tool = load_tool()


def french_entries() -> list:
    _header, entries = tool.read_po(LOCALE / "careers.po")
    return entries


def run_careers(*args: str, **env: str) -> subprocess.CompletedProcess:
    """`careers` in a fresh interpreter: the interface language is chosen at import."""
    return subprocess.run([sys.executable, "-m", "careercli", *args], capture_output=True, text=True,
                          env={**os.environ, **env}, cwd=ROOT, timeout=60)


# ---------------------------------------------------------------- the catalogs

def test_catalogs_are_complete_and_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "check"], capture_output=True,
                            text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr


def test_every_placeholder_is_kept():
    for entry in french_entries():
        fields = {name for _lit, name, _spec, _conv in string.Formatter().parse(entry.msgid) if name is not None}
        for name in fields:
            assert "{" + name in entry.msgstr, f"{{{name}}} missing from the translation of {entry.msgid!r}"


def test_the_shipped_mo_reads_back_through_gettext():
    with open(LOCALE / "careers.mo", "rb") as file:
        catalog = gettext.GNUTranslations(file)
    assert catalog.info()["language"] == "fr"
    assert catalog.charset() == "UTF-8"
    for entry in french_entries():
        assert catalog.gettext(entry.msgid) == entry.msgstr


def test_riasec_names_and_terms():
    translations = {e.msgid: e.msgstr for e in french_entries()}
    names = ["Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"]
    assert [translations[n] for n in names] == ["Réaliste", "Investigateur", "Artistique", "Social", "Entreprenant",
                                                "Conventionnel"]
    assert translations["Holland code"] == "Code Holland"


# ---------------------------------------------------------------- language selection

def test_lang_switches_the_headings_too(cli):
    french = cli("show", SEED_ID, "--lang", "fr", "--section", "salary", "--no-pager")
    assert french.exit_code == 0 and "Salaire" in french.stdout
    english = cli("show", SEED_ID, "--lang", "en", "--section", "salary", "--no-pager")
    assert english.exit_code == 0 and "Salary" in english.stdout and "Salaire" not in english.stdout


def test_the_rendered_profile_cache_keeps_languages_apart(cli):
    for lang, heading in (("fr", "Salaire"), ("en", "Salary"), ("fr", "Salaire")):  # the second fr is cached
        assert heading in cli("show", SEED_ID, "--lang", lang, "--section", "salary", "--no-pager").stdout


def test_lang_lasts_only_for_its_run(cli):
    assert cli("list", "--lang", "fr", "--format", "markdown").stdout.startswith("| Id | Intitulé |")
    result = cli("show", "nope")
    assert result.stderr.startswith("Error: ")


def test_markdown_and_quiz_follow_lang(cli):
    markdown = cli("show", SEED_ID, "--lang", "fr", "--format", "markdown", "--section", "salary")
    assert "## Salaire" in markdown.stdout
    quiz = cli("quiz", "--scores", "R=2,I=5,A=3,S=4,E=6,C=5", "--lang", "fr", "--format", "markdown", "--top", "3")
    assert "## Votre profil d'intérêts" in quiz.stdout and "Entreprenant (E)" in quiz.stdout


def test_careers_lang_gives_french_errors():
    result = run_careers("show", "nope", CAREERS_LANG="fr")
    assert result.returncode == 4
    assert result.stderr.startswith(f"Erreur{NBSP}: aucun métier ne correspond à «{NBSP}nope{NBSP}»")


def test_careers_lang_gives_french_help():
    result = run_careers("show", "--help", CAREERS_LANG="fr")
    assert "Format de sortie." in result.stdout


def test_an_unknown_interface_language_falls_back_to_english():
    result = run_careers("show", "nope", CAREERS_LANG="", LANGUAGE="", LC_ALL="", LANG="de_DE.UTF-8")
    assert result.stderr.startswith("Error: ")


def import_time_calls(tree: ast.AST) -> list[int]:
    """Lines where `_()` runs at import: outside function bodies (defaults and decorators count)."""
    found = []

    def visit(node: ast.AST, in_body: bool) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for child in [*node.decorator_list, node.args, *([node.returns] if node.returns else [])]:
                visit(child, in_body)
            for child in node.body:
                visit(child, True)
            return
        if isinstance(node, ast.Lambda):
            return visit(node.body, True)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_" and not in_body:
            found.append(node.lineno)
        for child in ast.iter_child_nodes(node):
            visit(child, in_body)

    visit(tree, False)
    return found


def test_nothing_is_translated_at_import():
    """Anything translated at import is frozen in the language of the first run and ignores
    --lang: help texts stay English in the code (cli/translate.py translates them per run), and
    tables of messages are marked with N_() and translated where they are shown."""
    package = ROOT / "src" / "careercli"
    for path in sorted(package.rglob("*.py")):
        lines = import_time_calls(ast.parse(path.read_text(encoding="utf-8")))
        assert not lines, f"{path.relative_to(ROOT)}:{lines[0]}: _() at import time; call it in a function"


def test_french_typography():
    """A no-break space before : ; ? ! and inside « », and « » rather than '...' to quote (machine
    formats such as file:line: and literal file content inside « » are left alone)."""
    problems = []
    for entry in french_entries():
        text = re.sub(r"`[^`]*`|https?://\S+|\{\w*(?:!\w)?(?::[^{}]*)?\}", "X", entry.msgstr)
        outside = re.sub(r"«[^»]*»", "«»", text)
        if re.search(r" [:;?!](\s|$)", outside) or re.search(r"[^\W\d_][;?!]", outside):
            problems.append(f"space before punctuation: {entry.msgstr!r}")
        if re.search(r"[^\W\d_)][:](\s|$)", outside) and not re.search(r"X:X:", outside):
            problems.append(f"colon without a no-break space: {entry.msgstr!r}")
        if re.search(r"«(?!\u00a0)|(?<!\u00a0)»", text):
            problems.append(f"« » without no-break spaces inside: {entry.msgstr!r}")
        if re.search(r"(?<!\w)'[^'\s][^']*'(?!\w)", outside) or "!r}" in entry.msgstr:
            problems.append(f"quoted with '...' rather than « »: {entry.msgstr!r}")
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- the tool

def test_po_strings_escape_and_wrap():
    assert tool.po_string("msgid", 'say "hi"\\') == ['msgid "say \\"hi\\"\\\\"']
    lines = tool.po_string("msgid", "one\ntwo\n")
    assert lines == ['msgid ""', '"one\\n"', '"two\\n"']
    long = " ".join(["word"] * 40)
    wrapped = tool.po_string("msgstr", long)
    assert all(len(line) <= tool.WIDTH for line in wrapped) and len(wrapped) > 2


messages = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), min_size=1)


@settings(max_examples=200, deadline=None)
@given(pairs=st.dictionaries(messages, messages, min_size=1, max_size=5))
def test_po_and_mo_round_trip(pairs):
    entries = [tool.Entry(msgid, msgstr) for msgid, msgstr in pairs.items()]
    header = tool.po_header("fr")
    parsed_header, parsed = tool.parse_po(tool.format_po(header, entries))
    assert parsed_header.msgstr == header.msgstr
    assert [(e.msgid, e.msgstr) for e in parsed] == list(pairs.items())
    import io

    catalog = gettext.GNUTranslations(io.BytesIO(tool.mo_bytes(parsed_header, parsed)))
    for msgid, msgstr in pairs.items():
        assert catalog.gettext(msgid) == msgstr


def test_update_keeps_translations_marks_close_ones_fuzzy_and_drops_the_rest():
    old = [tool.Entry("Open a career profile?", "Ouvrir une fiche ?"), tool.Entry("Gone", "Parti")]
    template = [tool.Entry("Open a career profile?"), tool.Entry("Open a career profile now?"), tool.Entry("New")]
    merged, stats = tool.merge(template, old)
    assert [(e.msgid, e.msgstr, e.fuzzy) for e in merged] == [
        ("Open a career profile?", "Ouvrir une fiche ?", False),
        ("Open a career profile now?", "", False),
        ("New", "", False),
    ]
    assert stats == {"kept": 1, "new": 2, "fuzzy": 0, "dropped": 1}
    merged, stats = tool.merge([tool.Entry("Open a career profile, please?")], old[:1])
    assert merged[0].fuzzy and merged[0].msgstr == "Ouvrir une fiche ?" and stats["fuzzy"] == 1


@pytest.mark.parametrize("source", ['_(name)', '_(f"{name}")'])
def test_extract_refuses_what_it_cannot_read(tmp_path, source):
    (tmp_path / "module.py").write_text(f"def f(_, name):\n    return {source}\n", encoding="utf-8")
    with pytest.raises(tool.ExtractError):
        tool.extract_messages(tmp_path)


def test_decimals_take_the_languages_mark():
    from careercli.i18n import decimal, language

    with language("fr"):
        assert decimal(12.44) == "12,4" and decimal(0.5, 2) == "0,50"
    with language("en"):
        assert decimal(12.44) == "12.4"
