"""Where careers come from: the reference catalogs (O*NET in English, ROME 4.0 in French), the
curated profiles, and which reference a language uses (see scope.py for what a command works on)."""

CATALOGS = ("rome", "onet", "all")
REFERENCES = ("onet", "rome")


def reference_for(lang: str) -> str:
    """The reference catalog of a language: ROME in French, O*NET otherwise."""
    return "rome" if lang == "fr" else "onet"
