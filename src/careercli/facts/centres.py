"""France Travail's 30 interest centres (ROME 4.0 `centre_interet`): the quiz's second step.

The table (data/reference/interest-centres-v<version>.tsv) gives each centre's number, its
French label as France Travail publishes it, and careers' own English translation (said so in the
table and in `careers criteria`). A ROME fiche has its centres from France Travail
(`arborescence_centre_interet`, one marked `principal`); an O*NET occupation has centres derived
through the official crosswalks (importers/centres.py), marked `derived`.

How centres change the ranking (`centre_affinity`, used by quiz/ranking.py): each centre the
person picked scores 1 for a career whose principal centre it is, 0.5 for a career that has it
among its other centres, 0 otherwise; the affinity is the mean over the centres picked (0-1).
A career's ranking score is its interest correlation plus CENTRE_BONUS times that affinity:
among careers whose interests fit about as well (for a clear-cut profile hundreds correlate at
0.95 or more), the ones with the centres picked come first, while a career whose interests do not
fit cannot be carried up by a centre alone (0.25 is far more than the spread among the best
fits and less than the gap between a good and a weak one). The figures were chosen with
bench/personas (README, "Interest centres").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, NamedTuple, Optional, Sequence

from ..errors import UsageError
from ..i18n import _, current_language, listed
from ..text import fold

CENTRES_FILE_GLOB = "interest-centres-v*.tsv"
MAX_LIKES = 5  # the quiz lets a person pick up to five
PRINCIPAL_WEIGHT, OTHER_WEIGHT = 1.0, 0.5
CENTRE_BONUS = 0.25
MATCH_CUTOFF = 80  # rapidfuzz ratio for a typed word to stand for a word of a label
# Words every label shares ("J'aime ...", "I like ..."): they tell no centre apart.
STOP_WORDS = frozenset(
    "j ai aime je suis souhaite un une le la les l de des du d et par a au aux en m s mon ma mes "
    "i am like want to the an of and with my be being me by at in on".split())
_WORD = re.compile(r"[a-z0-9]+")


class Centre(NamedTuple):
    number: int
    fr: str  # as France Travail publishes it
    en: str  # careers' translation

    def label(self) -> str:
        lang = current_language()
        return self.fr if lang == "fr" else self.en


@lru_cache(maxsize=1)
def all_centres() -> tuple[Centre, ...]:
    """The centres of the reference table, by number ((): the table is not installed)."""
    from ..resources import reference_tables

    tables = sorted(reference_tables().glob(CENTRES_FILE_GLOB))
    if not tables:
        return ()
    rows = [line.split("\t") for line in tables[-1].read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return tuple(Centre(int(number), french, english) for number, french, english in rows[1:])


def centre(number: int) -> Optional[Centre]:
    return next((c for c in all_centres() if c.number == number), None)


@lru_cache(maxsize=64)
def centre_number(french_label: str) -> Optional[int]:
    """The number of the centre a profile's interest tag names (its French label), or None."""
    folded = fold(french_label)
    return next((c.number for c in all_centres() if fold(c.fr) == folded), None)


def centre_label(number: int) -> str:
    found = centre(number)
    return found.label() if found else str(number)


# ---------------------------------------------------------------- what the person typed

def resolve_likes(texts: Iterable[str]) -> tuple[int, ...]:
    """The centres `--like` names (each once, in the order given); a usage error (exit 2) for
    text that names none, or several as well, or more than MAX_LIKES."""
    numbers: list[int] = []
    for text in texts:
        number = resolve_like(text)
        if number not in numbers:
            numbers.append(number)
    if len(numbers) > MAX_LIKES:
        raise UsageError(_("--like: pick at most {n} interest centres (got {got})").format(n=MAX_LIKES, got=len(numbers)))
    return tuple(numbers)


def resolve_like(text: str) -> int:
    """A centre's number as `careers criteria` lists it, or words of its label in French or English
    (accents, capitals and small typos do not matter)."""
    centres = all_centres()
    stripped = text.strip()
    if stripped.isdigit():
        if centre(int(stripped)) is None:
            raise UsageError(_("--like: no interest centre number {n}; they are numbered 1 to {last} "
                               "(careers criteria --kind interest)").format(n=stripped, last=len(centres)))
        return int(stripped)
    words = _words(stripped)
    scored = sorted(((_label_score(words, c), c.number) for c in centres), reverse=True)
    if not words or not scored or scored[0][0] == 0:
        raise UsageError(_unknown_like(text, centres))
    best = [number for score, number in scored if score == scored[0][0]]
    if len(best) > 1:
        raise UsageError(_("--like: '{text}' fits several interest centres: {names}; type more of the one you "
                           "mean, or its number").format(text=text, names=_listed(best)))
    return best[0]


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(fold(text)) if w not in STOP_WORDS]


def _label_score(words: Sequence[str], found: Centre) -> float:
    """How well every typed word fits a word of one of the centre's labels (0: some word fits none)."""
    return max(_words_score(words, _words(found.fr)), _words_score(words, _words(found.en)))


def _words_score(typed: Sequence[str], label: Sequence[str]) -> float:
    from rapidfuzz import fuzz

    total = 0.0
    for word in typed:
        best = max((100.0 if w.startswith(word) and len(word) >= 3 else fuzz.ratio(word, w) for w in label), default=0.0)
        if best < MATCH_CUTOFF:
            return 0.0
        total += best
    return total / len(typed) if typed else 0.0


def _unknown_like(text: str, centres: Sequence[Centre]) -> str:
    close = _closest(_words(text), centres)
    hint = _("did you mean: {names}? ").format(names=_listed(close)) if close else ""
    return _("--like: no interest centre matches '{text}'; {hint}careers criteria --kind interest lists them "
             "with their numbers").format(text=text, hint=hint)


def _closest(words: Sequence[str], centres: Sequence[Centre], limit: int = 3, cutoff: float = 60) -> list[int]:
    """The centres whose labels come closest to the typed words, word by word (a suggestion)."""
    from rapidfuzz import fuzz

    def closeness(found: Centre) -> float:
        labels = (_words(found.fr), _words(found.en))
        return max(sum(max((fuzz.ratio(w, lw) for lw in label), default=0.0) for w in words) / len(words)
                   for label in labels) if words else 0.0

    ranked = sorted(((closeness(c), c.number) for c in centres), reverse=True)
    return [number for score, number in ranked[:limit] if score >= cutoff]


def _listed(numbers: Iterable[int]) -> str:
    return listed(f"{n}. {centre_label(n)}" for n in numbers)


# ---------------------------------------------------------------- ranking

def centre_affinity(career: Sequence[tuple[int, bool]], likes: Sequence[int]) -> tuple[float, list[int]]:
    """(affinity 0-1, the centres picked that the career has): see the module's docstring."""
    if not likes:
        return 0.0, []
    held = dict(career)
    matched = [number for number in likes if number in held]
    total = sum(PRINCIPAL_WEIGHT if held[number] else OTHER_WEIGHT for number in matched)
    return total / len(likes), matched
