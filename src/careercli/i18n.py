"""Interface translation, gettext-style: every user-facing string goes through `_()`.

Catalogs live in `careercli/locale/<lang>/LC_MESSAGES/careers.mo`; without one the English
source string is used, so adding a language is a matter of catalogs.

The reader's language is carried one way: a context variable, not an argument. `language(code)`
sets it for a block (threads and nested calls each keep their own); `_()` and every function that
needs the language read it (`current_language()`), and none takes it as a parameter (the structure
test checks). Entry points set it: the command line once per run, before it parses anything
(cli/translate.py), and around a command given `--lang` (App.speaking); each public method of
`careercli.Careers` around its body (its `lang` argument); a worker process from the code its
parent hands it (catalog/parallel.py). A language that is data (a kept result's, a vocabulary
term's, the other languages of a title) is a field or an explicit code: `localize(text, code)`.

A text written before the language is known (a table of messages, a help text built when a
module is imported) is marked instead of translated: `N_("literal")` for the extractor, and
`Formatted(template, **fields)` for one with fields; `translated()` turns either into the
current language when it is shown.
"""

from __future__ import annotations

import gettext
import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Optional

from .errors import UsageError

LANGUAGES = ("fr", "en", "nl")  # of the profiles and of the interface
DEFAULT_LANGUAGE = "en"
LANGUAGE_VARIABLES = ("CAREERS_LANG", "LANGUAGE", "LC_ALL", "LANG")  # by priority

_LOCALE_DIR = Path(__file__).with_name("locale")
_current: ContextVar[str] = ContextVar("careers_language", default=DEFAULT_LANGUAGE)


def interface_language(variables: Mapping[str, str]) -> str:
    """The interface language from CAREERS_LANG, else LANGUAGE/LC_ALL/LANG (default en)."""
    for name in LANGUAGE_VARIABLES:
        value = variables.get(name, "")
        code = value.split(":")[0].split("_")[0].split(".")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def checked_language(chosen: Optional[str], default: str) -> str:
    """`chosen` when given (it must be one of LANGUAGES), else `default`."""
    code = chosen or default
    if code not in LANGUAGES:
        raise UsageError(_("unknown language '{lang}'; choose from: fr, en, nl").format(lang=code))
    return code


@contextmanager
def language(code: str) -> Iterator[str]:
    """Translate into `code` inside the block (English, the source text, when it has no catalog)."""
    token = _current.set(code)
    try:
        yield code
    finally:
        _current.reset(token)


def set_interface_language(code: str) -> None:
    """The language of this run's context, outside any `language()` block (the CLI's start-up)."""
    _current.set(code)


def current_language() -> str:
    return _current.get()


@lru_cache(maxsize=len(LANGUAGES) + 1)
def translation(code: str) -> gettext.NullTranslations:
    return gettext.translation("careers", _LOCALE_DIR, languages=[code], fallback=True)


def has_interface(code: str) -> bool:
    """Whether the interface speaks `code` (English, the source, or a shipped catalog)."""
    return code == DEFAULT_LANGUAGE or type(translation(code)) is not gettext.NullTranslations


DECIMAL_COMMA = frozenset({"fr", "nl"})


def _(message: str) -> str:
    return translation(_current.get()).gettext(message)


# Which of two forms a count takes: English and Dutch use the singular for 1 only, French for 0
# and 1 ("0 métier", "1 métier", "2 métiers"). Every language shipped has two forms; a language
# with more would need gettext's msgid_plural entries.
_SINGULAR = {"fr": lambda n: n < 2}


def plural(count: float, singular: str, plural_form: str) -> str:
    """The form of a message for `count`, translated: `plural(n, N_("{n} career"), N_("{n} careers"))`.
    The English forms are the messages; each language picks the form its grammar wants for `count`."""
    one = _SINGULAR.get(_current.get(), lambda n: n == 1)(abs(count))
    return translated(singular if one else plural_form)


def colon(label: str) -> str:
    """`label:` as the current language writes it (French: a no-break space before the colon)."""
    return _("{heading}:").format(heading=label)


def percent(value: object) -> str:
    """'75%' as the current language writes it (French: '75 %', with a no-break space)."""
    return _("{value}%").format(value=value)


def listed(items: Iterable[str]) -> str:
    """Items joined by a semicolon as the current language writes it (French: "a ; b")."""
    return _("; ").join(items)


def decimal(value: float, places: int = 1) -> str:
    """`value` with `places` decimals and the current language's decimal mark (French: 12,4)."""
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if _current.get() in DECIMAL_COMMA else text


_DECIMAL_NUMBER = re.compile(r"(?<![\w.])(\d+)\.(\d+)(?![\w.])")  # 75.7, not 29-1141.00, v1.4 or 1.2.3


def decimal_marks(text: str) -> str:
    """Decimal numbers written by Python (75.7) with the current language's decimal mark (75,7)."""
    return _DECIMAL_NUMBER.sub(r"\1,\2", text) if _current.get() in DECIMAL_COMMA else text


def N_(message: str) -> str:
    """Mark a message for the catalog without translating it now: `_(message)` later does."""
    return message


class Formatted(str):
    """An English text with fields, formatted now and translated when shown: the template is the
    message (`tools/i18n.py extract` finds it where the command line uses it), the fields stay.
    Libraries copy strings (Typer cleans every help text), so each is also known by its value."""

    template: str
    fields: dict[str, object]

    def __new__(cls, template: str, **fields: object) -> "Formatted":
        text = super().__new__(cls, template.format(**fields))
        text.template, text.fields = template, fields
        _FORMATTED[str(text)] = text
        return text


_FORMATTED: dict[str, Formatted] = {}


def formatted(text: str) -> Optional[Formatted]:
    """The `Formatted` text whose value `text` is, if any."""
    return text if isinstance(text, Formatted) else _FORMATTED.get(text)


def translated(text: str) -> str:
    """`text` in the current language: a `Formatted` text by its template, else as a message."""
    catalog = translation(_current.get())
    known = formatted(text)
    if known is not None:
        return catalog.gettext(known.template).format(**known.fields)
    return catalog.gettext(text)


# ---------------------------------------------------------------- texts made from a template

REPR = r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\""  # what {field!r} writes for a string


@lru_cache(maxsize=None)
def template_pattern(template: str) -> "re.Pattern[str]":
    """A regular expression matching what `template.format(...)` writes; one group per field."""
    import string  # only when a text is matched (an error, a source note): not on every start

    pattern = ""
    for literal, name, _spec, conversion in string.Formatter().parse(template):
        pattern += re.escape(literal)
        if name is not None:
            pattern += f"(?P<{name}>{REPR})" if conversion == "r" else f"(?P<{name}>.+?)"
    return re.compile(pattern + r"\Z", re.DOTALL)


def match_template(text: str, templates: Iterable[str]) -> Optional[tuple[str, dict[str, str]]]:
    """(template, fields) of the first of `templates` that `text` was written from, if any."""
    for template in templates:
        match = template_pattern(template).match(text)
        if match:
            return template, match.groupdict()
    return None


def translated_as(text: str, templates: Iterable[str]) -> str:
    """An English text written from one of `templates` (marked with N_), in the current language;
    its fields are translated the same way. Any other text is returned as it is."""
    templates = tuple(templates)
    found = match_template(text, templates)
    if found is None:
        return text
    template, fields = found
    return translated(template).format(**{name: translated_as(value, templates) if name in VERBATIM_FIELDS
                                          else decimal_marks(translated_as(value, templates))
                                          for name, value in fields.items()})


VERBATIM_FIELDS = ("name", "version")  # 'O*NET 29.3 Database', '29.3': a name and a version, not decimal numbers


# ---------------------------------------------------------------- dates and places the data writes in English

_MONTHS = (N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"), N_("July"),
           N_("August"), N_("September"), N_("October"), N_("November"), N_("December"))
_MONTH_YEAR = re.compile(r"\b(" + "|".join(_MONTHS) + r") (\d{4})\b")
_PLACES = (N_("United States"),)  # the geographies of the pay and outlook tables (importers/bls.py)


def dated(text: str) -> str:
    """A reference period as the data writes it ('May 2024') in the current language ('mai 2024')."""
    return _MONTH_YEAR.sub(lambda m: _("{month} {year}").format(month=translated(m.group(1)), year=m.group(2)),
                            text)


def place(text: str) -> str:
    """A geography the data names in English ('United States'), in the current language when known."""
    return translated(text) if text in _PLACES else text


# ---------------------------------------------------------------- the operating system's words

_OS_REASONS = {  # errno name -> what the C library says, in English
    "ENOENT": N_("No such file or directory"), "EACCES": N_("Permission denied"), "EPERM": N_("Operation not permitted"),
    "EISDIR": N_("Is a directory"), "ENOTDIR": N_("Not a directory"), "ENOSPC": N_("No space left on device"),
    "EROFS": N_("Read-only file system"), "EEXIST": N_("File exists"), "ENAMETOOLONG": N_("File name too long"),
    "ELOOP": N_("Too many levels of symbolic links"),
}


def os_reason(error: BaseException) -> str:
    """Why an operating-system call failed, in the current language for the usual reasons."""
    import errno

    name = errno.errorcode.get(getattr(error, "errno", None) or -1, "")
    if name in _OS_REASONS:
        return translated(_OS_REASONS[name])
    return getattr(error, "strerror", None) or str(error)
