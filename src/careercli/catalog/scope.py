"""Which careers a command works on: the catalog of the user's language, and no twins.

The built-in catalog holds two references that describe many of the same jobs: O*NET (English,
U.S.) and ROME 4.0 (French, France Travail). By default a French speaker works on the curated
profiles and ROME's French fiches, everyone else on the curated profiles and O*NET; `--catalog
rome|onet|all` chooses. Profiles of the user's own folders are curated unless they say
otherwise, so they are in every choice. Looking a career up by its id or own code works in any
catalog.

Twins: an O*NET occupation and a ROME fiche that the official crosswalks say are the same job (an
exact match, or a one-to-one link that twins.py states the rule of: `Entry.twins`). With `--catalog all`, a list shows the job once: the row of the language's
reference, which also carries its twin's codes (both codes in one row); the twin's own row is
left out (counted in a note).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Optional

from ..origins import CATALOGS, REFERENCES, reference_for

if TYPE_CHECKING:
    from .entry import Entry



def scope_of(catalog: Optional[str]) -> Optional[frozenset[str]]:
    """The origins to work on (None: all of them); an unknown `catalog` is a UsageError."""
    if catalog is not None and catalog not in CATALOGS:
        from ..errors import UsageError
        from ..i18n import _

        raise UsageError(_("unknown catalog '{catalog}'; use one of: {choices}").format(
            catalog=catalog, choices=", ".join(CATALOGS)))
    choice = catalog or reference_for()
    return None if choice == "all" else frozenset({"curated", choice})


def in_scope(entries: Iterable["Entry"], scope: Optional[frozenset[str]]) -> list["Entry"]:
    return [e for e in entries if scope is None or e.origin in scope]


def without_twins(entries: list["Entry"]) -> tuple[list["Entry"], int]:
    """The entries, less the reference profiles whose exact twin (in the language's reference)
    is among them, each twin's codes joined to the row kept for it; and how many were left out."""
    preferred = reference_for()
    present = {code for e in entries if e.origin == preferred for code in e.codes}
    left_out = [e for e in entries if e.origin != preferred and e.origin in REFERENCES
                and any(code in present for code in e.twins)]
    joined = _twin_codes(left_out)
    dropped = {id(e) for e in left_out}
    kept = [_with_codes(e, joined) for e in entries if id(e) not in dropped]
    return kept, len(left_out)


def _twin_codes(twins: list["Entry"]) -> dict[str, list[str]]:
    """Code of a kept career -> the codes of the twins left out for it."""
    joined: dict[str, list[str]] = {}
    for twin in twins:
        for code in twin.twins:
            found = joined.setdefault(code, [])
            found += [c for c in twin.codes if c not in found]
    return joined


def _with_codes(entry: "Entry", joined: dict[str, list[str]]) -> "Entry":
    extra = [c for code in entry.codes for c in joined.get(code, []) if c not in entry.codes]
    if not extra:
        return entry
    import msgspec

    return msgspec.structs.replace(entry, codes=[*entry.codes, *dict.fromkeys(extra)])
