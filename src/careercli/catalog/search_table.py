"""The search table of one data folder, built with its index, and how one table is queried.

The keys of every profile (ids, codes, titles in every language and gender form, other titles,
related jobs' titles, the words of its texts) are folded, stemmed and stored in one table per
data folder (`SearchTable`, read in place from the index's pack). `search_table` scores a query
against one table; the catalog's search over every folder, its ranking and the resolution of a
query to one career are in search.py, which explains the scores.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Collection, Iterable, Iterator, Literal, Optional, overload

import msgspec

from ..text import fold, fold_title
from ..patterns import lazy

if TYPE_CHECKING:
    from .entry import Entry

# DECLARED: a code the profile relates itself to; QUALIFIED_PART: a part of a title that a comma
# qualifies ("Physicians, Pathologists", "Nursing Instructors and Teachers, Postsecondary"): not a
# job by itself, so it weighs as another title does; RELATED: a related job's title (a crosswalk's
# close, broad or narrow match: another job, so below every title of the job itself)
ID, CODE, TITLE, PART, OTHER, DECLARED, QUALIFIED_PART, RELATED = range(8)  # 3 bits (LANGUAGE_SHIFT)
FIELD_NAMES = {ID: "id", CODE: "code", TITLE: "title", PART: "title", OTHER: "other title", DECLARED: "code",
               QUALIFIED_PART: "title", RELATED: "related job"}
RELATED_SCORES = (85, 83, 80)  # a related job's title: exactly, plural aside, at most for word starts
KEY_LANGUAGES = ("", "fr", "en", "nl")  # a key's language ("" for ids, codes and untagged text)
LANGUAGE_SHIFT = 3  # field byte = kind | language index << 3
TEXT = "text"
_WORD = lazy(r"[a-z0-9]+(?:['’][a-z]+)?")
_ELISION = lazy(r"^(?:[cdjlmnst]|qu)['’](?=[a-z])")  # l'infirmière, d'oeuvre, qu'
# French feminine endings and the masculine they stand for, longest first (after the plural is gone)
_FEMININE = (("trice", "teur"), ("euse", "eur"), ("iere", "ier"), ("ienne", "ien"), ("elle", "el"), ("ive", "if"),
             ("ale", "al"), ("ere", "er"), ("ee", "e"), ("ante", "ant"), ("ente", "ent"), ("ate", "at"), ("ande", "and"))
_PARTS = lazy(r"\s*(?:,|;|\band\b|\bet\b|/|\(|\))\s*")  # between jobs a title joins, not "en" or "of"
STOP_WORDS = frozenset("a an and at au aux by d de des du en et for in l la le les of on or the to un une with".split())
MIN_TEXT_WORD = 3
TYPO_CUTOFF = 80  # rapidfuzz ratio for a misspelt word to stand for a title word
TYPO_MIN_LENGTH = 5  # shorter words are too easy to mistake for others: never corrected
PREFIX_MIN_LENGTH = 3  # shorter words must be whole words ("no" must not find "notary")
TYPO_FACTOR = 0.88  # a corrected spelling scores below every correctly spelt match
LEFT_OUT_FACTOR = 0.85  # a match of part of the query's words scores below the whole query's


def words(text: str) -> list[str]:
    """The words of folded text, an elided article or preposition left out ("d'oeuvre" -> "oeuvre")."""
    return [_ELISION.sub("", w) if "'" in w or "’" in w else w for w in _WORD.findall(text)]  # few have one


@lru_cache(maxsize=1 << 16)  # an index of the built-in catalog stems some 800,000 words of far fewer kinds
def stem(word: str) -> str:
    """A word without its plural ending (English and French) and its French feminine ending, so
    that every form of a title meets the same key: 'developers' -> 'developer', 'infirmières' ->
    'infirmier', 'directrice' -> 'directeur', 'familiale' -> 'familial'. Applied alike to titles
    and queries, a rare English word changed on the way ('executive' -> 'executif') still meets itself."""
    if len(word) > 5 and word.endswith(("ches", "shes", "sses", "xes")):  # coaches, washes, classes
        word = word[:-2]
    elif len(word) > 4 and word.endswith("ies"):  # nannies
        word = word[:-3] + "y"
    elif len(word) > 3 and word[-1] in "sx" and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 5:
        for ending, masculine in _FEMININE:
            if word.endswith(ending):
                return word[: -len(ending)] + masculine
    return word


def stemmed(text: str) -> str:
    return " ".join(stem(w) for w in words(text))


def is_qualified(title: str) -> bool:
    """A title whose last comma brings a qualifier ("Cooks, Restaurant", "Physicians, Pathologists"),
    not the end of a list ("Hairdressers, Hairstylists, and Cosmetologists") or an exception
    ("Architects, Except Landscape and Naval"): its one-word parts are not jobs by themselves."""
    if "," not in title:
        return False
    last = title.rsplit(",", 1)[1].split()
    return not last or last[0] not in ("and", "or", "et", "ou", "except", "sauf")


def title_parts(title: str) -> list[str]:
    """The parts of a folded title that name a job by themselves ("chefs", "head cooks")."""
    parts = [p.strip() for p in _PARTS.split(title) if p and p.strip()]
    return [p for p in parts if p != title and words(p)]


# ---------------------------------------------------------------- the table, built with the index

class SearchHeader(msgspec.Struct, array_like=True):
    """The decoded part of a stored search table: what is read whole (the ids)."""

    ids: list[str]
    lengths: list[int]  # byte length of each array of ARRAYS, in that order


# The arrays of a stored table, after its header, each padded to 4 bytes: read in place (mapped),
# so a search touches the pages of the words it looks up, not the whole table.
ARRAYS: tuple[tuple[str, Literal["I", "B"]], ...]  # (name, array typecode)
ARRAYS = (("key_starts", "I"),  # key -> start of its UTF-8 text in key_text (one more entry at the end)
          ("owner", "I"),  # key -> position in ids
          ("starts", "I"),  # word of `vocabulary` -> start of its keys in `postings` (one more at the end)
          ("postings", "I"),  # key positions, word by word
          ("text_starts", "I"),  # word of `text_vocabulary` -> start of its owners in `text_postings`
          ("text_postings", "I"),  # owner positions, word by word
          ("field", "B"),  # key -> kind (ID, CODE, TITLE, PART, OTHER, DECLARED) and language
          ("key_text", "B"),  # every folded key, UTF-8, one after the other
          ("vocabulary_starts", "I"), ("vocabulary_text", "B"),  # the sorted words of the keys (`Words`)
          ("text_vocabulary_starts", "I"), ("text_vocabulary_text", "B"))  # the sorted words of the texts
_HEADER_SIZE = 4  # the header's length, little-endian, then the header (msgpack), then the arrays


class Words:
    """A sorted list of words kept as one UTF-8 text and the start of each word, read in place:
    a word is decoded only when looked at (a bisection reads 16 of 40,000), so opening a table
    does not pay for the whole vocabulary. UTF-8 keeps the order of the code points, so the
    words sort as the strings they decode to."""

    def __init__(self, starts: "memoryview | array[int]", text: "memoryview | bytearray") -> None:
        self.starts, self.text = starts, text

    @staticmethod
    def pack(words: list[str]) -> tuple["array[int]", bytearray]:
        """The arrays that store `words` (sorted)."""
        starts, end = array("I", [0]), 0
        for word in words:
            end += len(word) if word.isascii() else len(word.encode("utf-8", "surrogatepass"))
            starts.append(end)
        return starts, bytearray("".join(words).encode("utf-8", "surrogatepass"))

    def __len__(self) -> int:
        return max(0, len(self.starts) - 1)

    @overload
    def __getitem__(self, position: int) -> str: ...

    @overload
    def __getitem__(self, position: slice) -> list[str]: ...

    def __getitem__(self, position: "int | slice") -> "str | list[str]":
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self)))]
        if position < 0:
            position += len(self)
        if not 0 <= position < len(self):
            raise IndexError(position)
        return bytes(self.text[self.starts[position]: self.starts[position + 1]]).decode("utf-8", "replace")

    def consistent(self) -> bool:
        return len(self.starts) >= 1 and self.starts[-1] == len(self.text)


class SearchTable:
    """The keys of one data folder's careers, with an inverted index of their words.

    Stored as a small msgpack header and raw arrays (`ARRAYS`); `from_buffer` reads them in
    place from a mapped pack, so opening the table costs its header only."""

    def __init__(self, header: SearchHeader, arrays: dict[str, memoryview]) -> None:
        self.ids = header.ids
        self.header = header
        self.key_starts, self.owner, self.field = arrays["key_starts"], arrays["owner"], arrays["field"]
        self.starts, self.postings = arrays["starts"], arrays["postings"]
        self.text_starts, self.text_postings = arrays["text_starts"], arrays["text_postings"]
        self.key_text = arrays["key_text"]
        self.vocabulary_starts, self.vocabulary_text = arrays["vocabulary_starts"], arrays["vocabulary_text"]
        self.text_vocabulary_starts = arrays["text_vocabulary_starts"]
        self.text_vocabulary_text = arrays["text_vocabulary_text"]
        self.vocabulary = Words(self.vocabulary_starts, self.vocabulary_text)
        self.text_vocabulary = Words(self.text_vocabulary_starts, self.text_vocabulary_text)

    @classmethod
    def from_buffer(cls, buffer: "memoryview | bytes") -> "SearchTable":
        """The table stored in `buffer`; ValueError when it is damaged (the index is then rebuilt)."""
        view = memoryview(buffer)
        if len(view) < _HEADER_SIZE:
            raise ValueError("search table too short")
        size = int.from_bytes(view[:_HEADER_SIZE], "little")
        header = msgspec.msgpack.decode(view[_HEADER_SIZE: _HEADER_SIZE + size], type=SearchHeader)
        if len(header.lengths) != len(ARRAYS):
            raise ValueError("search table: wrong number of arrays")
        arrays, at = {}, _padded(_HEADER_SIZE + size)
        for (name, code), length in zip(ARRAYS, header.lengths):
            part = view[at: at + length]
            if length < 0 or len(part) != length or length % (4 if code == "I" else 1):
                raise ValueError(f"search table: damaged {name}")
            arrays[name] = part.cast(code)
            at = _padded(at + length)
        table = cls(header, arrays)
        table.check()
        return table

    def check(self) -> None:
        """Arrays whose lengths disagree come from a damaged pack: refused."""
        keys = len(self.field)
        if (len(self.key_starts) != keys + 1 or len(self.owner) != keys or len(self.starts) != len(self.vocabulary) + 1
                or len(self.text_starts) != len(self.text_vocabulary) + 1
                or (keys and self.key_starts[-1] != len(self.key_text))
                or not self.vocabulary.consistent() or not self.text_vocabulary.consistent()):
            raise ValueError("inconsistent search table")

    def encode(self) -> bytes:
        """The table as stored in a pack (see `from_buffer`)."""
        header = msgspec.msgpack.encode(msgspec.structs.replace(
            self.header, lengths=[len(getattr(self, name).tobytes()) for name, _code in ARRAYS]))
        parts = [len(header).to_bytes(_HEADER_SIZE, "little"), header]
        at = _HEADER_SIZE + len(header)
        for name, _code in ARRAYS:
            parts.append(bytes(_padded(at) - at))
            at = _padded(at)
            data = getattr(self, name).tobytes()
            parts.append(data)
            at += len(data)
        return b"".join(parts)

    def key(self, position: int) -> str:
        """The folded key at `position`."""
        return bytes(self.key_text[self.key_starts[position]: self.key_starts[position + 1]]).decode("utf-8", "replace")

    def __len__(self) -> int:
        return len(self.field)

    def keys_with(self, word: str, prefix: bool) -> set[int]:
        found: set[int] = set()
        for i in _matching_words(self.vocabulary, word, prefix):
            found.update(self.postings[self.starts[i]: self.starts[i + 1]])
        return found

    def owners_with_text(self, word: str) -> set[int]:
        found: set[int] = set()
        for i in _matching_words(self.text_vocabulary, word, prefix=True):
            found.update(self.text_postings[self.text_starts[i]: self.text_starts[i + 1]])
        return found


def _matching_words(vocabulary: Words, word: str, prefix: bool) -> Iterator[int]:
    """Positions of `word` in the sorted `vocabulary`, and of the words it starts when `prefix`."""
    i, size = bisect_left(vocabulary, word), len(vocabulary)
    while i < size:
        found = vocabulary[i]
        if found != word and not (prefix and found.startswith(word)):
            return
        yield i
        i += 1


def _padded(at: int) -> int:
    return -(-at // 4) * 4


class SearchKeys(msgspec.Struct, array_like=True):
    """What one profile brings to the table (kept per profile, so a rebuild reuses it)."""

    keys: list[tuple[str, int]]  # (folded key, field byte: kind and language)
    text: list[str]  # folded words of its texts


def field_byte(kind: int, language: str = "") -> int:
    return kind | KEY_LANGUAGES.index(language) << LANGUAGE_SHIFT


def kind_of(byte: int) -> int:
    return byte & ((1 << LANGUAGE_SHIFT) - 1)


def language_of(byte: int) -> str:
    return KEY_LANGUAGES[byte >> LANGUAGE_SHIFT]


def profile_keys(career_id: str, titles: Iterable[tuple[str, str]], others: Iterable[tuple[str, str]],
                 codes: Iterable[str], declared: Iterable[str], texts: Iterable[str],
                 related: Iterable[tuple[str, str]] = ()) -> SearchKeys:
    """The keys of one profile: `titles`, `others` and `related` (related jobs' titles) are (text,
    language) pairs; `codes` are the codes it is (an O*NET occupation's, a ROME fiche's), `declared`
    the ones it relates itself to."""
    keys: dict[str, int] = {fold_title(career_id): field_byte(ID)}
    for code in codes:
        keys.setdefault(fold_title(code), field_byte(CODE))
    for code in declared:
        keys.setdefault(fold_title(code), field_byte(DECLARED))
    for title, lang in titles:
        folded = fold_title(title)
        # a title is a title even where it spells the id ("Electricians"), so that "electrician" finds
        # it as one; only a code keeps its own key
        keys[folded] = keys[folded] if kind_of(keys.get(folded, TITLE)) == CODE else field_byte(TITLE, lang)
        qualified = is_qualified(folded)
        for part in title_parts(folded):
            keys.setdefault(part, field_byte(QUALIFIED_PART if qualified and len(part.split()) == 1 else PART, lang))
    for other, lang in others:
        keys.setdefault(fold_title(other), field_byte(OTHER, lang))
    for title, lang in related:
        keys.setdefault(fold_title(title), field_byte(RELATED, lang))
    text = sorted({w for t in texts for w in map(stem, words(fold(t))) if len(w) >= MIN_TEXT_WORD} - STOP_WORDS)
    return SearchKeys(sorted(keys.items()), text)


def build_table(items: dict[str, SearchKeys]) -> SearchTable:
    ids = list(items)
    keys: list[str] = []
    owner, field, key_starts = array("I"), array("B"), array("I", [0])
    end = 0
    for position, career_id in enumerate(ids):
        for key, kind in items[career_id].keys:
            keys.append(key)
            end += len(key) if key.isascii() else len(key.encode("utf-8", "surrogatepass"))
            key_starts.append(end)
            owner.append(position)
            field.append(kind)
    key_text = bytearray("".join(keys).encode("utf-8", "surrogatepass"))
    vocabulary, starts, postings = _inverted(map(_stems_once(), keys))
    # a set of each one's text words: stored in the index, a damaged one could repeat a word
    text_vocabulary, text_starts, text_postings = _inverted(set(items[i].text) for i in ids)
    vocabulary_starts, vocabulary_text = Words.pack(vocabulary)
    text_vocabulary_starts, text_vocabulary_text = Words.pack(text_vocabulary)
    arrays: dict[str, "array[int] | bytearray"]
    arrays = {"key_starts": key_starts, "owner": owner, "starts": starts, "postings": postings,
              "text_starts": text_starts, "text_postings": text_postings, "field": field, "key_text": key_text,
              "vocabulary_starts": vocabulary_starts, "vocabulary_text": vocabulary_text,
              "text_vocabulary_starts": text_vocabulary_starts, "text_vocabulary_text": text_vocabulary_text}
    return SearchTable(SearchHeader(ids, []),
                       {name: memoryview(arrays[name]) for name, _code in ARRAYS})  # typed views of the arrays


def _stems_once() -> Callable[[str], frozenset[str]]:
    """The stemmed words of a key, worked out once per distinct key: in the built-in catalog
    less than half the keys differ (ROME's titles are shared by the fiches that list them)."""
    found: dict[str, frozenset[str]] = {}

    def stems(key: str) -> frozenset[str]:
        known = found.get(key)
        if known is None:
            known = found[key] = frozenset(map(stem, words(key)))
        return known

    return stems


def _inverted(documents: Iterable[Collection[str]]) -> tuple[list[str], "array[int]", "array[int]"]:
    """The sorted words of `documents` (each word of a document given once), the start of each
    word's postings and the postings: the positions of the documents that hold it."""
    found: defaultdict[str, list[int]] = defaultdict(list)  # no empty list made per word met again
    for position, document in enumerate(documents):
        for word in document:
            found[word].append(position)
    vocabulary = sorted(found)
    starts, postings = array("I", [0]), array("I")
    for word in vocabulary:
        postings.extend(found[word])
        starts.append(len(postings))
    return vocabulary, starts, postings


# ---------------------------------------------------------------- querying one table

class Hit(msgspec.Struct, frozen=True):
    """One career found, and why: which field matched (id, code, title, other title, text) and
    the key it matched (folded; `Catalog.matched_text` gives it as written)."""

    entry: "Entry"
    score: int
    field: str
    key: str
    typo: bool = False
    lang: str = ""  # the language of the matched key
    title_scores: dict[str, int] = {}  # language -> best score among its own titles (spelling corrected)
    whole_scores: dict[str, int] = {}  # language -> the same, for its whole main title only (not a part of it)
    key_scores: dict[str, int] = {}  # language -> best score among all its keys (spelling corrected)
    priority: int = 0  # of its data folder: a later folder (the user's) ranks first among equals
    band: int = 0  # how much of the query its best key is (match_band)
    general: Optional[str] = None  # the generic qualifiers of its general title ("" the bare word); None: specialised
    jobs: Optional[int] = None  # U.S. jobs, counted or estimated (commonness.py)
    jobs_how: str = ""  # counted, shared (a share of its SOC row) or crosswalk (a ROME fiche's estimate)
    jobs_basis: str = ""  # the SOC row or the O*NET-SOC codes of that figure
    left_out: int = 0  # query words that matched nothing and were left out
    weight: int = 0  # of the kind of its best key (KIND_WEIGHTS)
    via: Optional[tuple[str, str]] = None  # (vocabulary term, the phrase it stands for) its best key was found by

    def outranks(self, other: "Hit") -> bool:
        """Among equal scores: a curated profile before a reference one, then the later folder."""
        return (self.entry.origin == "curated", self.priority) > (other.entry.origin == "curated", other.priority)


def significant(stems: list[str]) -> list[str]:
    """The words that must match: stop words ("de", "of") are optional unless there is nothing else."""
    kept = [w for w in stems if w not in STOP_WORDS]
    return kept or stems


def score_key(query: str, query_stem: str, key: str, field: int) -> int:
    """How well one key matches the query (0 when it does not). Its words may come in any order;
    stop words count neither way ("chauffeur poids lourd" is "Chauffeur de poids lourd")."""
    if field == RELATED:
        return _related_score(query, query_stem, key)
    if key == query:
        return {OTHER: 95, QUALIFIED_PART: 95, DECLARED: 96, PART: 97}.get(field, 100)
    if field in (ID, CODE, DECLARED):
        return 0
    key_stem = stemmed(key)
    query_words, key_words = significant(query_stem.split()), significant(key_stem.split())
    if key_stem == query_stem or (query_words == key_words and len(query_words) > 0):
        return 93 if field in (OTHER, QUALIFIED_PART) else 97
    if not query_words or not all(any(k.startswith(q) for k in key_words) for q in query_words):
        return 0
    if sorted(query_words) == sorted(key_words):  # the same words in another order
        return 92 if field in (OTHER, QUALIFIED_PART) else 94
    coverage = min(1.0, sum(map(len, query_words)) / max(1, sum(map(len, key_words))))
    whole = 5 if all(q in key_words for q in query_words) else -2  # "nurse" in "nurses" before "nursery"
    return min(92, round((65 if field in (OTHER, QUALIFIED_PART) else 70) + 20 * coverage + whole))


def whole_words(query_stem: str, key: str) -> bool:
    """Every significant word of the query is a whole word of the key (not only the start of one)."""
    key_words = set(stemmed(key).split())
    return all(q in key_words for q in significant(query_stem.split()))


def _related_score(query: str, query_stem: str, key: str) -> int:
    """A related job's title scores as another title would, scaled below every title of the job itself."""
    exact, plural, most = RELATED_SCORES
    if key == query:
        return exact
    score = score_key(query, query_stem, key, OTHER)
    return plural if score == 93 else min(most, round(score * most / 92))


def _close_words(word: str, vocabulary: Words) -> list[tuple[str, float]]:
    """Title words spelt like `word`: close by rapidfuzz's ratio, same first letter, similar length."""
    from rapidfuzz import fuzz, process

    first = vocabulary[bisect_left(vocabulary, word[0]): bisect_left(vocabulary, chr(ord(word[0]) + 1))]  # sorted
    return [(found, score) for found, score, _i in
            process.extract(word, first, scorer=fuzz.ratio, limit=8, score_cutoff=TYPO_CUTOFF)
            if abs(len(found) - len(word)) <= 2]


def search_table(table: SearchTable, query: str) -> Iterator[tuple[int, int, int, int, bool, int]]:
    """(owner position, score, score as spelt right, key position, typo, words left out) for every
    key that matches. A query word found nowhere, not even misspelt, is left out when the others
    match ("chauffeur TEC"); the caller ranks such matches below the whole query's."""
    query_stem = stemmed(query)
    query_words = significant(query_stem.split())
    if not query_words:
        return
    candidates: Optional[set[int]] = None
    typo = False
    spellings: list[list[tuple[str, float]]] = []
    kept_words: list[str] = []
    for word in query_words:
        exact = table.keys_with(word, prefix=len(word) >= PREFIX_MIN_LENGTH)
        close: list[tuple[str, float]] = []
        if not exact:
            close = _close_words(word, table.vocabulary) if len(word) >= TYPO_MIN_LENGTH else []
            exact = set().union(*(table.keys_with(w, prefix=False) for w, _s in close)) if close else set()
        if not exact:
            continue
        typo = typo or bool(close)
        kept_words.append(word)
        spellings.append(close or [(word, 100.0)])
        candidates = exact if candidates is None else candidates & exact
    left_out = len(query_words) - len(kept_words)
    if left_out and (not kept_words or len(query_words) < 2):
        return
    if not candidates and not left_out and len(query_words) > 1:  # each word found, never together
        yield from _without_one_word(table, query_words)
        return
    searched = " ".join(kept_words) if left_out else query_stem
    for position in candidates or ():
        key, field = table.key(position), kind_of(table.field[position])
        if typo:
            corrected, closeness = _corrected(kept_words, spellings, key, field)
            score = round(corrected * closeness * TYPO_FACTOR)
        else:
            score = corrected = score_key(query if not left_out else searched, searched, key, field)
        if score and left_out:
            score = corrected = round(score * LEFT_OUT_FACTOR)
        if score:
            yield table.owner[position], score, corrected, position, typo, left_out


def _without_one_word(table: SearchTable, query_words: list[str]) -> Iterator[tuple[int, int, int, int, bool, int]]:
    """The matches of the query less one of its words ("chauffeur de camion": "chauffeur"), each
    as a match with a word left out."""
    for left in range(len(query_words)):
        rest = " ".join(query_words[:left] + query_words[left + 1:])
        for owner, score, corrected, position, typo, left_out in search_table(table, rest):
            if not left_out:
                yield owner, round(score * LEFT_OUT_FACTOR), round(corrected * LEFT_OUT_FACTOR), position, typo, 1


def _corrected(query_words: list[str], spellings: list[list[tuple[str, float]]], key: str,
               field: int) -> tuple[int, float]:
    """The score of the corrected query against `key`, and how close the spelling was (0-1).
    The caller scales it below every correctly spelt match (an exact title with a typo: ~82)."""
    key_words = set(stemmed(key).split())
    corrected, closeness = [], 1.0
    for word, choices in zip(query_words, spellings):
        best = max(((w, s) for w, s in choices if w in key_words or any(k.startswith(w) for k in key_words)),
                   key=lambda pair: pair[1], default=None)
        if best is None:
            return 0, 0.0
        corrected.append(best[0])
        closeness = min(closeness, best[1] / 100)
    fixed = " ".join(corrected)
    return score_key(fixed, fixed, key, field), closeness


def text_hits(table: SearchTable, query: str) -> set[int]:
    """Owner positions whose texts hold every word of the query (as word starts)."""
    found: Optional[set[int]] = None
    for word in (w for w in stemmed(query).split() if w not in STOP_WORDS):
        owners = table.owners_with_text(word)
        found = owners if found is None else found & owners
        if not found:
            return set()
    return found or set()
