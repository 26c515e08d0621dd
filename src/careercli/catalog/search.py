"""Find careers in the words people use: ranked, explained, typo-tolerant.

What is searched, per data folder (the table is built with the folder's index):
  ids and codes (O*NET-SOC, SOC, ISCO-08, ROME, ESCO)        exact only (a code the career is, 100;
                                                               one it relates itself to, 96)
  main titles, every language and gender form                  and their parts ("Chefs and Head Cooks"
                                                               has "chefs" and "head cooks", 97 at most)
  other titles (O*NET alternate and reported titles, ESCO and ROME job titles)
  related jobs' titles (ESCO jobs a crosswalk links without calling them the same job: 85 at most)
  the texts of the profile (introduction, missions, facts ...)  with less weight (so "Tax Shelter"
                                                               finds the seed profile)
Matching ignores case, accents and plural endings. A query word can be the start of a title word
("dev" finds "developers"); a misspelt word is matched to the closest words of the titles with
rapidfuzz (`acountant` -> `accountant`), never with hand-written edit distances.

Scores (0-100) say how well a career matches, from its best key:
  100  the id, a code or a main title, exactly           95  another title, exactly
   97  a main title or one of its parts, plural aside     93  another title, plural aside
   70-92  every query word starts a word of a title (the more of the title the query covers, and whole
          words, the higher)
   < 88  the same with a misspelt word (x 0.88, and scaled by how close the spelling is)
   50-60  the words are in the profile's texts only

Ranking (`rank_key`): match quality in bands, then the vocabulary's meaning of a word
(data/reference/vocabulary.tsv: "kiné", "régent", "camion" = poids lourd), a general title, a
main title before another title, and how common the career is (U.S. employment, commonness.py).
Query words match in any order, plural and French feminine aside ("infirmières", "institutrice"),
elisions split ("l'infirmière"), stop words optional; a word that matches nothing is left out
when the others match (ranked last, never opened alone).

One career for a query (`resolve_hits`, used by every command taking JOB), in this order: an id,
code or exact title shows at once; the one career whose whole title it is, plural aside, is
shown ("electrician" -> Electricians); a word in the own titles of three careers or more names a
family and asks ("teacher", "infirmier", "médecin": no career is called just that); one career
whose own title or a part of it it is, plural aside, is shown ("chef" -> Chefs and Head Cooks);
else one career whose other title it is, with no other as close ("plombier" -> Plombier
sanitaire); a word in titles of any kind of three careers or more asks ("doctor"); else one hit
well ahead is shown, several close ones ask. French
words in the English catalog (and English words in the French one) are looked for in the whole
catalog when the language's catalog has nothing, so `acountant` still finds Accountants.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Collection, Optional

import msgspec

from .commonness import GENERIC_QUALIFIERS, NONE as NO_COMMONNESS, Commonness, generic_rest
from .search_table import (
    CODE, DECLARED, FIELD_NAMES, ID, OTHER, PART, QUALIFIED_PART, STOP_WORDS, TEXT, TITLE, Hit, SearchTable,
    kind_of, language_of, search_table, significant, stem, stemmed, text_hits, words)
from ..text import fold, localize
from ..i18n import current_language

if TYPE_CHECKING:
    from .merged import Catalog
    from .entry import Entry
    from .vocabulary import Term


# ---------------------------------------------------------------- the catalog's search

def search_entries(catalog: "Catalog", text: str, *, limit: Optional[int] = 10,
                   scope: Optional[Collection[str]] = None) -> list[Hit]:
    """Careers matching `text`, best first (`rank_key`); `scope`: the origins to search (None: all)."""
    query = fold(text)
    if not words(query):
        return []
    entries = catalog.entries
    if scope is not None:
        entries = {i: e for i, e in entries.items() if e.origin in scope}
    found: dict[str, _Found] = {}
    searches = [(query, None, "")] + _vocabulary_variants(query)
    partial: dict[str, _Found] = {}  # matches with a query word left out: only when nothing matches it whole
    for priority, (table, owned) in enumerate(catalog.search_tables()):
        for searched, term, phrase in searches:
            query_words = significant(stemmed(searched).split())
            for owner, score, corrected, position, typo, left_out in search_table(table, searched):
                career_id = table.ids[owner]
                if owned(career_id) and career_id in entries:
                    (partial if left_out else found).setdefault(career_id, _Found(priority)).add(
                        score, corrected, table.field[position], table.key(position), typo, left_out, query_words,
                        (term.term, phrase) if term is not None else None)
        if len(found) < (limit or 10) or max((f.score for f in found.values()), default=0) < 80:
            _add_text_hits(found, table, query, entries, owned, priority)
    found = found or partial
    common = catalog.commonness()
    hits = [f.hit(entries[career_id], common.get(career_id)) for career_id, f in found.items()]
    ranked = sorted(hits, key=rank_key)
    return ranked[:limit] if limit else ranked


def _vocabulary_variants(query: str) -> list[tuple[str, "Optional[Term]", str]]:
    from .vocabulary import default_vocabulary, query_variants

    return [(variant, term, phrase) for variant, term, phrase in query_variants(query, default_vocabulary())
            if variant != query]


def rank_key(hit: Hit) -> tuple:
    """The order of results (README "The job people mean"): match quality first (`band`; among
    whole-query matches the score, an exact title before another title); then a match through the
    vocabulary (vocabulary.py), a person having said what the word means; a curated profile
    before reference ones, and the later folder (the user's) first; then a general title before
    specialised ones, a main title before another title (KIND_WEIGHTS), the more common career
    (commonness.py); then the finer score and the title in the reader's language."""
    lang = current_language()
    strong = hit.score if hit.band >= FOREIGN_STRONG else 0
    if hit.via and strong >= STRONG:  # the phrase a term stands for is the title, plural and articles aside
        strong = 100
    return (-hit.band, -strong, not hit.via, hit.entry.origin != "curated", -hit.priority, hit.general is None,
            -hit.weight, -(hit.jobs or 0), -hit.score, -max(hit.title_scores.values(), default=0),
            fold(localize(hit.entry.title, lang) or hit.entry.id))


# Match bands, best last: how much of the query a key is, and whether in the display language.
OTHER_WORDS, FOREIGN_PREFIX, NATIVE_PREFIX, FOREIGN_WORDS, NATIVE_WORDS, FOREIGN_STRONG, NATIVE_STRONG = range(7)
_GENERIC = frozenset(stem(w) for w in GENERIC_QUALIFIERS)
# Within a band, a key's kind weighs: a main title (or a part of one) before another title. A new
# kind of key (a related job's title, say) takes its own weight here.
KIND_WEIGHTS = {ID: 2, CODE: 2, TITLE: 2, PART: 2, DECLARED: 1, OTHER: 1, QUALIFIED_PART: 1}
_BRACKETS = re.compile(r"\([^)]*\)")


def match_band(score: int, key: str, key_lang: str, query_words: list[str], typo: bool, left_out: int) -> int:
    """How well a key matches, in bands: the whole query (title, other title, a part of a title;
    plural, gender and word order aside), all its words as whole words of the key, only as word
    starts; each in the display language (or untagged) before another; spelling corrected, some
    words left out or only the texts: the lowest band."""
    lang = current_language()
    if typo or left_out or score < IN_TITLE:
        return OTHER_WORDS
    native = key_lang in ("", lang)
    if score >= NAMED:
        return NATIVE_STRONG if native else FOREIGN_STRONG
    if all(q in set(stemmed(key).split()) for q in query_words):
        return NATIVE_WORDS if native else FOREIGN_WORDS
    return NATIVE_PREFIX if native else FOREIGN_PREFIX


def general_title(key: str, query_words: list[str]) -> Optional[str]:
    """The generic qualifiers a matched title adds to the query ("" for the bare word; "soins
    generaux" for "Infirmier en soins généraux (IDE)"), or None when it names a specialised job."""
    written = [w for w in words(_BRACKETS.sub(" ", key)) if w not in STOP_WORDS]
    rest = generic_rest([stem(w) for w in written], query_words, _GENERIC)
    return None if rest is None else " ".join(w for w in written if stem(w) in rest)


class _Found:
    """Everything one career matched: its best key (best band, then score), whether a matched title
    is general, and its best scores by language."""

    def __init__(self, priority: int) -> None:
        self.priority = priority
        self.via: Optional[tuple[str, str]] = None
        self.score, self.field, self.key, self.typo, self.lang = 0, TEXT, "", False, ""
        self.band, self.left_out, self.weight = OTHER_WORDS, 0, 0
        self.general: Optional[str] = None
        self.title_scores: dict[str, int] = {}
        self.whole_scores: dict[str, int] = {}
        self.key_scores: dict[str, int] = {}

    def add(self, score: int, corrected: int, field: int, key: str, typo: bool, left_out: int,
            query_words: list[str], via: Optional[tuple[str, str]]) -> None:
        kind, lang = kind_of(field), language_of(field)
        if kind in (TITLE, PART, QUALIFIED_PART):
            self.title_scores[lang] = max(self.title_scores.get(lang, 0), corrected)
        if kind == TITLE:
            self.whole_scores[lang] = max(self.whole_scores.get(lang, 0), corrected)
        self.key_scores[lang] = max(self.key_scores.get(lang, 0), corrected)
        band = match_band(score, key, lang, query_words, typo, left_out)
        general = general_title(key, query_words) if band > OTHER_WORDS else None
        weight = KIND_WEIGHTS.get(kind, 0)
        if (band, weight, score, via is not None) > (self.band, self.weight, self.score, self.via is not None):
            self.score, self.field, self.key, self.typo, self.lang = score, FIELD_NAMES[kind], key, typo, lang
            self.band, self.left_out, self.weight, self.via = band, left_out, weight, via
            self.general = general
        elif band == self.band and self.general is None and general is not None:
            self.general = general

    def hit(self, entry: "Entry", common: Optional[Commonness] = None) -> Hit:
        common = common or NO_COMMONNESS
        general = self.general if self.general is not None else ("" if common.general else None)
        return Hit(entry, self.score, self.field, self.key, self.typo, self.lang, self.title_scores,
                   self.whole_scores, self.key_scores, self.priority, self.band, general, common.jobs, common.how,
                   common.basis, self.left_out, self.weight, self.via)


def _add_text_hits(found: dict[str, _Found], table: SearchTable, query: str,
                   entries: dict[str, "Entry"], owned: object, priority: int) -> None:
    owners = text_hits(table, query)
    score = 60 if len(owners) <= 3 else 55 if len(owners) <= 20 else 50
    for owner in owners:
        career_id = table.ids[owner]
        if career_id not in found and career_id in entries and owned(career_id):  # type: ignore[operator]
            text = found.setdefault(career_id, _Found(priority))
            text.score, text.key = score, query


# ---------------------------------------------------------------- one career for a query

TITLE_FIELDS = ("id", "code", "title")
CLOSE = 8  # hits within this many points of the best one compete with it
FAMILY = 3  # careers whose titles hold the query, in its language, from which it names a family of jobs
IN_TITLE = 70  # from this score every query word starts a word of the key
STRONG = 97  # a title equal to the query, plural aside
NAMED = 93  # another title equal to the query, plural aside


class Resolution(msgspec.Struct, frozen=True):
    """What a query names: `exact` (an id, code or title, shown at once), `best` (one clear best
    match, shown with a note), `ambiguous` (several close candidates: ask), or `none`."""

    kind: str
    hit: Optional[Hit] = None
    candidates: list[Hit] = []  # the close ones (ambiguous), or the runners-up (best)


def resolve_hits(hits: list[Hit]) -> Resolution:
    """Decide from every hit of a query (not a truncated list: families are counted).

    1. a career has it as id, code or exact title - one in the display language (the current one) if any
       (an English "chef" is not the French title "Chef" of another job), and among equals a
       curated one or the one of the later folder: that one; several equal ones: ask;
    2. one career has it as its whole main title, plural aside, in the query's language
       ("electrician" -> Electricians, though Helpers--Electricians and others hold the word): that one;
    3. its words are in the own titles of FAMILY careers or more, in the query's language
       ("teacher", "infirmier": no career is called just that): ask;
    4. one career has it as its own title or a part of it, plural aside ("chef" -> Chefs and Head
       Cooks): that one;
    5. else, one career has it as another title, plural aside, and no other career comes as
       close (French "plombier", a job title of ROME's Plombier sanitaire only, while four other
       fiches have longer titles such as "Plombier chauffagiste"): that one;
    6. its words are in FAMILY careers' titles of any kind ("doctor"): ask;
    7. one hit well ahead of the others: that one; else ask.
    A query found only in profiles' texts names a career when one text has it, else nothing.
    "The query's language" is the current language when titles in it match, else the language of the best key."""
    lang = current_language()
    if not hits:
        return Resolution("none")
    top = hits[0]
    if top.field == TEXT or top.left_out:  # only texts, or part of the query: one career may be meant, several are noise
        return Resolution("best", top) if len(hits) == 1 else Resolution("none", None, hits[:9])
    if top.via and top.score >= STRONG:  # the vocabulary says what the word means ("préfet" in Belgium)
        return Resolution("best", top, hits[1:4])
    exact = _exact(hits)
    if exact:  # in search order (the usual job first), but a curated or later folder's one wins among equals
        first = max(exact, key=lambda h: (h.entry.origin == "curated", h.priority))
        if all(first.outranks(h) for h in exact if h is not first):
            return Resolution("exact", first, [h for h in hits if h is not first][:3])
        return Resolution("ambiguous", None, exact[:9])
    if not any(h.title_scores.get(lang, 0) >= IN_TITLE for h in hits):
        lang = top.lang
    named_so = [h for h in hits if h.whole_scores.get(lang, 0) >= STRONG]
    if len(named_so) == 1:
        return Resolution("best", named_so[0], [h for h in hits if h is not named_so[0]][:3])
    own = [h for h in hits if h.title_scores.get(lang, 0) >= IN_TITLE]
    if len(own) >= FAMILY:
        return Resolution("ambiguous", None, own[:9])  # in the order of search: the usual career first
    strong = ([h for h in hits if h.title_scores.get(lang, 0) >= STRONG]
              or [h for h in hits if max(h.title_scores.values(), default=0) >= STRONG])
    if len(strong) == 1:
        return Resolution("best", strong[0], [h for h in hits if h is not strong[0]][:3])
    named = [h for h in hits if h.score >= NAMED]
    if not strong and len(named) == 1 and named[0].field == FIELD_NAMES[OTHER]:
        return Resolution("best", named[0], [h for h in hits if h is not named[0]][:3])
    mentioned = [h for h in hits if h.key_scores.get(lang, 0) >= IN_TITLE]
    if len(mentioned) >= FAMILY:
        return Resolution("ambiguous", None, mentioned[:9])
    close = [h for h in hits if h.score >= top.score - CLOSE]
    if len(close) == 1:
        return Resolution("best", top, hits[1:4])
    return Resolution("ambiguous", None, close[:9])


def _exact(hits: list[Hit]) -> list[Hit]:
    """The exact matches (100) to choose from: those in the display language (or an id or code)
    when there are some; those in other languages only when nothing in the display language
    comes close (a title equal to the query, plural aside)."""
    lang = current_language()
    exact = [h for h in hits if h.score == 100]
    native = [h for h in exact if h.lang in ("", lang)]
    if native or not exact:
        return native
    return [] if any(h.title_scores.get(lang, 0) >= STRONG for h in hits) else exact


def suggestions(catalog: "Catalog", text: str, *, limit: int = 3) -> list[Hit]:
    """For a query that matched nothing: the main titles that look most like it."""
    from rapidfuzz import fuzz, process

    query = fold(text)
    entries = catalog.entries
    titles: dict[str, str] = {}
    for table, owned in catalog.search_tables():
        for position in range(len(table)):
            career_id = table.ids[table.owner[position]]
            if kind_of(table.field[position]) in (TITLE, PART, QUALIFIED_PART) and career_id in entries and owned(career_id):
                titles.setdefault(table.key(position), career_id)
    found: dict[str, Hit] = {}
    for key, score, _i in process.extract(query, list(titles), scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=50):
        career_id = titles[key]
        if career_id not in found:
            found[career_id] = Hit(entries[career_id], round(score * 0.5), "title", key, typo=True)
    return sorted(found.values(), key=lambda h: -h.score)[:limit]


# ---------------------------------------------------------------- what the commands list and open

def ranked_careers(catalog: "Catalog", text: str, *, scope: Optional[Collection[str]] = None) -> list[Hit]:
    """What `careers search` lists: every hit, best first, less the twins of the language's reference."""
    from .scope import without_twins

    hits = search_entries(catalog, text, limit=None, scope=scope)
    kept, _hidden = without_twins([h.entry for h in hits])
    joined = {e.id: e for e in kept}  # a kept row carries its twin's codes too
    listed = [msgspec.structs.replace(h, entry=joined[h.entry.id]) for h in hits if h.entry.id in joined]
    opened = _opened(resolve_hits(hits))
    first = next((h for h in listed if h.entry.id == opened), None)
    return [first, *(h for h in listed if h is not first)] if first is not None else listed


def _opened(resolution: Resolution) -> str:
    """The id a command taking JOB opens, or its first choice when it asks ('' for none)."""
    if resolution.hit is not None:
        return resolution.hit.entry.id
    return resolution.candidates[0].entry.id if resolution.kind == "ambiguous" and resolution.candidates else ""


def resolution_of(catalog: "Catalog", text: str, *, scope: Optional[Collection[str]] = None) -> Resolution:
    """What a command taking JOB makes of `text`: in `scope`, else anywhere when nothing in it matches."""
    resolution = resolve_hits(search_entries(catalog, text, limit=None, scope=scope))
    if resolution.kind == "none" and scope is not None:  # not in the language's catalog: anywhere else?
        resolution = resolve_hits(search_entries(catalog, text, limit=None))
    return resolution


def opened_career(catalog: "Catalog", text: str, *, scope: Optional[Collection[str]] = None) -> str:
    """The id `careers show TEXT` opens, or its first choice when it asks ('' when nothing matches)."""
    return _opened(resolution_of(catalog, text, scope=scope))
