"""Text helpers: localisation, safe display of untrusted text, slugs and matching keys."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, Iterable, Optional, Protocol, Union
from .i18n import current_language

from .patterns import lazy


class Localised(Protocol):
    """A text in several languages (schema.Localized): what these helpers read of it."""

    fr: Optional[str]
    en: Optional[str]
    nl: Optional[str]


Text = Union[str, Localised]


class Titled(Protocol):
    """A profile's titles (schema.Profile): what `title_forms` reads of it."""

    @property
    def title(self) -> Text: ...

    @property
    def title_feminine(self) -> Optional[Text]: ...

# What untrusted text must never bring to a terminal: C0/C1 control characters (ESC, BEL, CSI ...)
# except tab and newline; the bidirectional controls that can make a line display in another
# order than it reads (Trojan Source); zero-width and other invisible characters (soft hyphen,
# Hangul and Mongolian fillers, interlinear annotation marks, Unicode tags), the byte-order mark
# and the Unicode line separators, which make look-alike titles and hidden text or line breaks.
INVISIBLE_CHARACTERS = ("\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u3164\uffa0\ufff9-\ufffb"
                        "\U0001d173-\U0001d17a\U000e0000-\U000e007f")
UNSAFE_CHARACTERS = ("\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2069"
                     "\ufeff" + INVISIBLE_CHARACTERS)
# The zero-width joiner and non-joiner shape the letters around them (Persian, the Indic
# scripts): kept between two letters (or a letter's marks), dropped anywhere else.
_LETTER = "\\w\u0300-\u036f\u0900-\u0dff"
_LONE_JOINER = f"(?<![{_LETTER}])[\u200c\u200d]|[\u200c\u200d](?![{_LETTER}])"
_CONTROL = lazy(f"[{UNSAFE_CHARACTERS}]|{_LONE_JOINER}")
# Lone surrogates: a file name that is not valid UTF-8 reaches Python as U+DC80-U+DCFF (one per
# byte); no stream can encode them, so they are shown as the bytes they stand for ('\xff').
_UNSAFE_OR_SURROGATE = lazy(f"[{UNSAFE_CHARACTERS}\ud800-\udfff]|{_LONE_JOINER}")
_SURROGATE = lazy("[\ud800-\udfff]")
# What either pattern above could match, as one character class: most text holds none of it, and a
# class alone is scanned in C at once, where the joiners' look-arounds try every position.
_MAYBE_UNSAFE = lazy(f"[{UNSAFE_CHARACTERS}\u200c\u200d\ud800-\udfff]")
_LINE_BREAKS = lazy("[\n\t]")
# The characters of _MAYBE_UNSAFE that Python's str.isprintable() counts as printable (invisible
# letters and marks; the others are controls, format characters, separators or surrogates, which
# it does not): with them, `surely_safe` tells a whole page safe without compiling the pattern (a
# character class over wide Unicode ranges: about 0.3 ms, more than a warm `careers show` spends on
# the page it prints). Once compiled, the pattern is quicker on many short texts: `clean` keeps it.
# tests/test_text.py checks this against every code point.
_PRINTABLE_BUT_UNSAFE = "\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0"


def surely_safe(text: str) -> bool:
    """True when `text` holds nothing _MAYBE_UNSAFE matches, decided without the pattern; False
    when it may (the pattern then decides)."""
    printable = text.isprintable() or text.replace("\n", "").replace("\t", "").isprintable()
    return printable and (text.isascii() or not any(character in text for character in _PRINTABLE_BUT_UNSAFE))
_COLOUR = lazy("(\x1b\\[[0-9;]*m)")  # SGR: the only escape sequence a rendered page holds
_NOT_ALNUM = lazy(r"[^a-z0-9]+")
_BETWEEN_WORDS = lazy(r"[\s,;/()]+")
# The Unicode blocks of combining marks (accents once a letter is decomposed with NFKD).
_COMBINING = lazy("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
FALLBACK_ORDER = ("en", "fr", "nl")


def clean(text: str) -> str:
    """Strip terminal control and invisible characters from untrusted text (markup is escaped elsewhere)."""
    if not _MAYBE_UNSAFE.search(text):
        return text
    return _UNSAFE_OR_SURROGATE.sub(_drop_or_show_byte, text)


def clean_rendered(text: str) -> str:
    """A page as rendered for the terminal (from the page cache, which could be forged): its colour
    sequences kept, every other control character dropped."""
    parts = _COLOUR.split(text)
    if surely_safe("".join(parts[::2])):  # the page as it was written: the unsafe pattern is not even compiled
        return text
    return "".join(part if index % 2 else clean(part) for index, part in enumerate(parts))


def clean_line(text: str) -> str:
    """Untrusted text made inert and kept on one line: a newline or tab in it (a file name, a YAML
    key) is shown as `\\n` or `\\t`, so that it cannot pass for another line of a report."""
    return _LINE_BREAKS.sub(lambda match: "\\n" if match.group() == "\n" else "\\t", clean(text))


def command_lines(lead: str, command: str, width: int) -> list[str]:
    """`lead` and the `command` it names on one line when both fit in `width` columns; else the
    command whole on a line of its own, indented: a command wrapped in two cannot be copied."""
    if len(lead) + 1 + len(command) <= width:
        return [f"{lead} {command}"]
    return [lead, "  " + command]


def shortened(text: str, width: int = 60) -> str:
    """Text echoed back in a message, at most `width` characters ('…' marks a cut)."""
    return text if len(text) <= width else text[: width - 1] + "…"


def without_surrogates(text: str) -> str:
    """Lone surrogates shown as the bytes they stand for ('\\xff'), or U+FFFD; all else kept."""
    return _SURROGATE.sub(lambda match: _show_surrogate(match.group()), text)


def _show_surrogate(character: str) -> str:
    code = ord(character)
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else "\ufffd"


def _drop_or_show_byte(match: "re.Match[str]") -> str:
    character = match.group()
    return _show_surrogate(character) if "\ud800" <= character <= "\udfff" else ""


def escape_unsafe(text: str) -> str:
    """Every unsafe character as a `\\uXXXX` escape: for JSON, where the data must stay whole but inert."""
    if not _MAYBE_UNSAFE.search(text):
        return text
    return _CONTROL.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def localize(text: Optional[Text], language: str) -> Optional[str]:
    """The text in `language`, else in the first language available (en, fr, nl)."""
    if text is None or isinstance(text, str):
        return text
    for code in (language, *FALLBACK_ORDER):
        value = getattr(text, code, None)
        if value:
            return value
    return None


def translations(text: Optional[Text]) -> list[str]:
    """Every language version of a text (for search)."""
    if text is None:
        return []
    if isinstance(text, str):
        return [text]
    return [v for v in (text.fr, text.en, text.nl) if v]


# Letters that no decomposition splits, written as people type them without the key: "œnologue"
# is looked for as "oenologue", "maîtrise d'œuvre" as "maitrise d'oeuvre" (ß is casefolded to ss).
_LETTERS = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})


def fold(text: str) -> str:
    """Lowercase, accents removed, ligatures spelt out, whitespace collapsed: the key for exact
    title matching."""
    if not (text.isascii() and text.isprintable()) and _MAYBE_UNSAFE.search(text):
        text = _CONTROL.sub("", text)  # the index folds half a million texts: most hold nothing to remove
    folded = text.casefold()
    if not folded.isascii():  # the index folds ~180,000 titles: keep ASCII on the fast path
        # casefold again: compatibility decomposition can yield capitals ('𝕊' -> 'S')
        folded = _COMBINING.sub("", unicodedata.normalize("NFKD", folded)).casefold().translate(_LETTERS)
    return " ".join(folded.split())


# Indexing and importing fold the same titles again and again: a ROME title is listed by every
# fiche of its code and among their other titles and aliases (a worker's half of the built-in
# catalog folds 252,000 titles and codes, 81,000 different ones; `import onet` 711,678 titles).
fold_title = lru_cache(maxsize=1 << 17)(fold)


def as_written(folded: str, texts: Iterable[str]) -> Optional[str]:
    """The run of words of one of `texts` whose folded form is `folded`, as that text writes it
    ("Médecin responsable -DIM-" in a title for "medecin responsable -dim-", "soins généraux" for
    "soins generaux"); None when no text holds it. Words are what lies between spaces and the
    marks that join jobs in a title (, ; / and brackets)."""
    size = len(folded.split())
    for text in texts:
        words = [word for word in _BETWEEN_WORDS.split(text) if word]
        found = next((" ".join(words[start:start + size]) for start in range(len(words) - size + 1)
                      if fold(" ".join(words[start:start + size])) == folded), None)
        if found is not None:
            return found
    return None


def slugify(text: str) -> str:
    """A readable id: 'Producers and Directors' -> 'producers-and-directors'."""
    return _NOT_ALNUM.sub("-", fold(text)).strip("-")


def entry_title(entry: Any) -> str:
    """The title a result shows for a catalog entry (index.Entry): in the current language where it has one,
    with its feminine form where the data gives both ("Éducateur spécialisé / Éducatrice
    spécialisée", as ROME writes it and `show` heads the profile), made inert, else its id."""
    lang = current_language()
    title, feminine = title_forms(entry, lang)
    if not title:
        return clean(entry.id)
    return f"{title} / {feminine}" if feminine else title


def title_forms(profile: Titled, language: str) -> tuple[str, str]:
    """(title, feminine form or '' when it is missing or the same word).

    The feminine form is taken in the language the title is shown in, never from another
    (an English title must not be paired with a French feminine form)."""
    title = clean(localize(profile.title, language) or "")
    shown_in = language_shown(profile.title, language)
    feminine_text = profile.title_feminine
    if shown_in is not None and feminine_text is not None and not isinstance(feminine_text, str):
        feminine = clean(getattr(feminine_text, shown_in) or "")
    else:
        feminine = clean(localize(feminine_text, language) or "")
    return title, feminine if feminine and fold(feminine) != fold(title) else ""


def language_shown(text: Optional[Text], language: str) -> Optional[str]:
    """The language `localize` picks for a localised text (None for a plain string)."""
    if text is None or isinstance(text, str):
        return None
    return next((code for code in (language, *FALLBACK_ORDER) if getattr(text, code, None)), None)
