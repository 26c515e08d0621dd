"""Where careers come from: the reference catalogs (O*NET in English, ROME 4.0 in French), the
curated profiles, and which reference a language uses (see scope.py for what a command works on)."""

from .i18n import current_language

CATALOGS = ("rome", "onet", "all")
REFERENCES = ("onet", "rome")


def reference_for() -> str:
    """The reference catalog of the current language: ROME in French, O*NET otherwise."""
    return "rome" if current_language() == "fr" else "onet"
