"""Accented capitals restored in French text: ROME writes "Educateur", "Electricien", "Diplôme
d'Etat" (capitals without their accent, a habit of typewriters), where French typography wants
"Éducateur", "Électricien", "Diplôme d'État".

Nothing is guessed: the word list is the data's own lower-case spellings. A capitalised word
gets an accent on its first letter only when the catalog being imported writes that word, in
lower case, with that accent more often than without it ("éducateur" in "Moniteur éducateur",
ESCO's "éducateur spécialisé/éducatrice spécialisée"). Words of one letter are left alone
("catégorie A" is not "catégorie À").
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Callable, Iterable

WORD = re.compile(r"[^\W\d_]+")
# A word that may lose its accent: a capital whose lower case has accented forms (only these six
# capitals lower to e, a, c, i, o, u), at the start of a word, with the rest of the word.
CAPITALISED = re.compile(r"(?<![^\W\d_])[EACIOU][^\W\d_]+")
ACCENTED = {"e": "éèêë", "a": "àâä", "c": "ç", "i": "îï", "o": "ôö", "u": "ùûü"}


def french_texts(value: Any) -> list[str]:
    """Every French string of a profile being built (the values of its "fr" keys, at any depth)."""
    texts: list[str] = []
    _gather_french(value, texts)
    return texts


def _gather_french(value: Any, texts: list[str]) -> None:
    # Appends to one list and only walks into containers: a generator per value, each string
    # passed up through every level with `yield from`, was most of the walk's time.
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "fr" and isinstance(item, str):
                texts.append(item)
            elif key == "fr" and isinstance(item, list):
                texts += [text for text in item if isinstance(text, str)]
            elif isinstance(item, (dict, list)):
                _gather_french(item, texts)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, (dict, list)):
                _gather_french(item, texts)


def lower_case_forms(texts: Iterable[str]) -> Counter[str]:
    """How often each word is written starting with a lower-case letter."""
    # One findall over all the texts, counted in C: a line break is no letter, so no word spans two texts.
    counts = Counter(WORD.findall("\n".join(texts)))
    return Counter({word: count for word, count in counts.items() if word[0].islower()})


def accent_restorer(forms: Counter[str]) -> Callable[[str], str]:
    """A function that gives a text's capitalised words the accent `forms` write them with."""
    changes = _accented_capitals(forms)
    restored: dict[str, str] = {}  # text -> restored text: competences and headings repeat across fiches

    def accented(match: "re.Match[str]") -> str:
        return changes.get(match.group(), match.group())

    def restore(text: str) -> str:
        done = restored.get(text)
        if done is None:
            done = restored[text] = CAPITALISED.sub(accented, text) if changes else text
        return done

    return restore


def accented_capital(word: str, forms: Counter[str]) -> str:
    """`word` with the accent on its capital that `forms` write it with more often than without,
    else `word` itself ("Educateur" -> "Éducateur")."""
    first = word[0].lower()
    if len(word) < 2 or not word[0].isupper() or not word[1:].islower() or first not in ACCENTED:
        return word
    best = max(ACCENTED[first], key=lambda letter: forms[letter + word[1:]])
    if forms[best + word[1:]] > forms[first + word[1:]]:
        return best.upper() + word[1:]
    return word


def _accented_capitals(forms: Counter[str]) -> dict[str, str]:
    """Every capitalised word accented_capital changes, and what it becomes: a word can only gain
    an accent that `forms` write, so the candidates are the accented lower-case forms with their
    base capital ("éducateur" -> "Educateur"). Looking them up is much faster than deciding for
    each word of each text."""
    base_of = {accented: base for base, letters in ACCENTED.items() for accented in letters}
    candidates = {base_of[word[0]].upper() + word[1:] for word in forms if word[0] in base_of}
    return {word: accented for word in candidates if (accented := accented_capital(word, forms)) != word}


def restore_accents(value: Any, restore: Callable[[str], str]) -> Any:
    """`value` (a profile being built) with `restore` applied to each of its French strings."""
    if isinstance(value, dict):
        return {key: _restored(item, restore) if key == "fr" else
                restore_accents(item, restore) if isinstance(item, (dict, list)) else item
                for key, item in value.items()}
    if isinstance(value, list):
        return [restore_accents(item, restore) if isinstance(item, (dict, list)) else item for item in value]
    return value


def _restored(item: Any, restore: Callable[[str], str]) -> Any:
    if isinstance(item, str):
        return restore(item)
    if isinstance(item, list):
        return [restore(text) if isinstance(text, str) else text for text in item]
    return item
