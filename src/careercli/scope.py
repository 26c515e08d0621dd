"""Which careers a command works on: the catalog of the user's language, and no twins.

The built-in catalog holds two references that describe many of the same jobs: O*NET (English,
U.S.) and ROME 4.0 (French, France Travail). By default a French speaker works on the curated
profiles and ROME's French fiches, everyone else on the curated profiles and O*NET; `--catalog
rome|onet|all` chooses. Profiles of the user's own folders are curated unless they say
otherwise, so they are in every choice. Looking a career up by its id or own code works in any
catalog.

Twins: an O*NET occupation and a ROME fiche that an official crosswalk links as an exact match
describe the same job. With `--catalog all`, a ranked list keeps the one of the language's
reference and leaves its twin out (counted in a note).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Optional

if TYPE_CHECKING:
    from .index import Entry

CATALOGS = ("rome", "onet", "all")
REFERENCES = ("onet", "rome")


def reference_for(lang: str) -> str:
    """The reference catalog of a language: ROME in French, O*NET otherwise."""
    return "rome" if lang == "fr" else "onet"


def scope_of(catalog: Optional[str], lang: str) -> Optional[frozenset[str]]:
    """The origins to work on (None: all of them); an unknown `catalog` is a UsageError."""
    if catalog is not None and catalog not in CATALOGS:
        from .errors import UsageError
        from .i18n import _

        raise UsageError(_("unknown catalog '{catalog}'; use one of: {choices}").format(
            catalog=catalog, choices=", ".join(CATALOGS)))
    choice = catalog or reference_for(lang)
    return None if choice == "all" else frozenset({"curated", choice})


def in_scope(entries: Iterable["Entry"], scope: Optional[frozenset[str]]) -> list["Entry"]:
    return [e for e in entries if scope is None or e.origin in scope]


def without_twins(entries: list["Entry"], lang: str) -> tuple[list["Entry"], int]:
    """The entries, less the reference profiles whose exact twin (in the language's reference)
    is among them; and how many were left out."""
    preferred = reference_for(lang)
    present = {code for e in entries if e.origin == preferred for code in e.codes}
    kept = [e for e in entries if e.origin == preferred or e.origin not in REFERENCES
            or not any(code in present for code in e.twins)]
    return kept, len(entries) - len(kept)
