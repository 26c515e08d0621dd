"""The everyday, Belgian and short job words people type, and what they stand for in search.

The vocabulary is a hand-reviewed data file, data/reference/vocabulary.tsv: one term a line with
its language, region, kind (short, synonym, regional, everyday), what it means (phrases, "|"
between them) and its source. A term found in a query (its words in a row, plural, gender and
accents aside) gives the query again with the term's words replaced by each phrase ("kiné" ->
"kinésithérapeute", "chauffeur de camion" -> "chauffeur de poids lourd"); search ranks what
those find as if the user had typed it, and says so. A term is used with queries in its own
language only (English "prof" is not French "prof").
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Callable, NamedTuple, Optional

from ..text import fold
from ..i18n import current_language, language

VOCABULARY_FILE = "vocabulary.tsv"
COLUMNS = ("term", "lang", "region", "kind", "means", "source")
KINDS = ("short", "synonym", "regional", "everyday")
LANGUAGES = ("fr", "en", "nl")
REGIONS = ("", "BE", "FR", "US", "GB", "CA", "CH")
MEANS_SEPARATOR = "|"


class Term(NamedTuple):
    term: str
    lang: str
    region: str
    kind: str
    means: tuple[str, ...]
    source: str
    line: int


class VocabularyProblem(NamedTuple):
    line: int
    field: str
    message: str


def vocabulary_path() -> Path:
    from ..resources import reference_tables

    return reference_tables() / VOCABULARY_FILE


@lru_cache(maxsize=1)
def default_vocabulary() -> tuple[Term, ...]:
    """The shipped vocabulary's valid terms (a bad line is left out here; `careers validate` reports it)."""
    path = vocabulary_path()
    if not path.is_file():
        return ()
    terms, _problems = parse_vocabulary(path.read_text(encoding="utf-8"))
    return tuple(terms)


def vocabulary_meta() -> dict[str, str]:
    """The "# key: value" lines at the top of the shipped file (source, publisher, licence)."""
    path = vocabulary_path()
    meta: dict[str, str] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("# ") or ":" not in line:
                continue
            key, value = line[2:].split(":", 1)
            if key.strip() in ("source", "publisher", "licence"):
                meta[key.strip()] = value.strip()
    return meta


def parse_vocabulary(text: str) -> tuple[list[Term], list[VocabularyProblem]]:
    """The terms of a vocabulary file, and what is wrong with its lines."""
    terms: list[Term] = []
    problems: list[VocabularyProblem] = []
    seen: dict[tuple[str, str], int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        term, problem = _parse_line(line, number)
        if problem is not None:
            problems.append(problem)
            continue
        assert term is not None
        key = (fold(term.term), term.lang)
        if key in seen:
            problems.append(VocabularyProblem(number, "term", f"'{term.term}' ({term.lang}) is already on line {seen[key]}"))
            continue
        seen[key] = number
        terms.append(term)
    return terms, problems


def _parse_line(line: str, number: int) -> tuple[Optional[Term], Optional[VocabularyProblem]]:
    fields = line.split("\t")
    if len(fields) != len(COLUMNS):
        return None, VocabularyProblem(number, "", f"expected {len(COLUMNS)} tab-separated fields "
                                                   f"({', '.join(COLUMNS)}), found {len(fields)}")
    term, lang, region, kind, means, source = (f.strip() for f in fields)
    means_list = tuple(m.strip() for m in means.split(MEANS_SEPARATOR) if m.strip())
    checks = ((not term or not _has_words(term), "term", "no words"),
              (lang not in LANGUAGES, "lang", f"'{lang}' is not one of {', '.join(LANGUAGES)}"),
              (region not in REGIONS, "region", f"'{region}' is not one of {', '.join(r or '(empty)' for r in REGIONS)}"),
              (kind not in KINDS, "kind", f"'{kind}' is not one of {', '.join(KINDS)}"),
              (not means_list or not all(_has_words(m) for m in means_list), "means", "no phrase to search for"),
              (not source, "source", "every term needs its source"))
    for failed, field, message in checks:
        if failed:
            return None, VocabularyProblem(number, field, message)
    return Term(term, lang, region, kind, means_list, source, number), None


def _has_words(text: str) -> bool:
    from .search_table import words

    return bool(words(fold(text)))


def unfound_meanings(terms: list[Term], finds: Callable[[str], bool]) -> list[VocabularyProblem]:
    """The phrases that find no career (`finds(phrase)`, looked for in the term's own language, as a
    reader of that language would search): a term must stand for something."""
    unfound = []
    for t in terms:
        with language(t.lang):
            unfound += [VocabularyProblem(t.line, "means", f"'{phrase}' finds no career")
                        for phrase in t.means if not finds(phrase)]
    return unfound


def query_variants(query: str, terms: tuple[Term, ...]) -> list[tuple[str, Term, str]]:
    """(the query with a term's words replaced by one of its phrases, the term, the phrase) for each
    term of the current language whose words are in the folded `query`, in a row (stop words and plural,
    gender and accents aside)."""
    from .search_table import STOP_WORDS, stem, words

    lang = current_language()
    query_words = [w for w in words(query) if w not in STOP_WORDS]
    query_stems = [stem(w) for w in query_words]
    found = []
    for term in terms:
        if term.lang != lang:
            continue
        term_stems = [stem(w) for w in words(fold(term.term)) if w not in STOP_WORDS]
        at = _position(query_stems, term_stems)
        if at is None:
            continue
        for phrase in term.means:
            replaced = query_words[:at] + words(fold(phrase)) + query_words[at + len(term_stems):]
            found.append((" ".join(dict.fromkeys(replaced)), term, phrase))
    return found


def _position(words: list[str], part: list[str]) -> Optional[int]:
    if not part:
        return None
    for at in range(len(words) - len(part) + 1):
        if words[at: at + len(part)] == part:
            return at
    return None
