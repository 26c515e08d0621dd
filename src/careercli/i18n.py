"""Interface translation, gettext-style: every user-facing string goes through `_()`.

Catalogs live in `careercli/locale/<lang>/LC_MESSAGES/careers.mo`; without one the
English source string is used, so adding a language is a matter of catalogs.
"""

from __future__ import annotations

import gettext
import os
from pathlib import Path
from typing import Optional

from .errors import UsageError

LANGUAGES = ("fr", "en", "nl")  # of the profiles and of the interface

_LOCALE_DIR = Path(__file__).with_name("locale")
_translation: gettext.NullTranslations = gettext.NullTranslations()


def interface_language() -> str:
    """The interface language from CAREERS_LANG, else LANGUAGE/LC_ALL/LANG (default en)."""
    for name in ("CAREERS_LANG", "LANGUAGE", "LC_ALL", "LANG"):
        value = os.environ.get(name, "")
        code = value.split(":")[0].split("_")[0].split(".")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


_language = "en"
_loaded: str | None = None  # the language whose catalog `_translation` holds


def set_language(lang: str) -> None:
    """Translate into `lang` from now on; English (the source text) when it has no catalog.

    Strings already translated stay as they are: Typer help texts are built at import."""
    global _translation, _language, _loaded
    if lang != _loaded:
        _translation = gettext.translation("careers", _LOCALE_DIR, languages=[lang], fallback=True)
        _loaded = lang
    _language = lang


def use_language(lang: Optional[str]) -> str:
    """The language a command speaks: `--lang` when given (checked), else the interface
    language; the interface switches to it, so a French profile comes with French labels."""
    chosen = lang or interface_language()
    if chosen not in LANGUAGES:
        raise UsageError(_("unknown language '{lang}'; choose from: fr, en, nl").format(lang=chosen))
    set_language(chosen)
    return chosen


def current_language() -> str:
    return _language


def _(message: str) -> str:
    return _translation.gettext(message)
