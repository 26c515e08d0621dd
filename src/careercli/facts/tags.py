"""Criteria tags: what careers can be browsed by (`careers criteria`, `careers list --criterion`).

A profile's tags are its own `criteria` (written by its author, kind `criterion`) and its `tags`,
each of a kind that says where it comes from. The built-in importers derive them from each
source's own data; `derivation` says how, in the reader's language (README: "Criteria").
Matching is case- and accent-insensitive, in any language a tag is written in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Optional

from ..i18n import _
from ..text import fold, translations
from ..patterns import lazy

if TYPE_CHECKING:
    from ..profile.schema import Profile, Tag

# The kinds, in the order `careers criteria` and `careers show` list them.
KINDS = ("criterion", "interest", "sector", "subsector", "theme", "work_value", "work_style", "job_zone")
SECTOR_KINDS = ("sector", "subsector")
_NOT_WORD = lazy(r"[^\w]+")


def kind_label(kind: str) -> str:
    labels = {
        "criterion": _("Criteria of the profile"),
        "interest": _("Interest centres"),
        "sector": _("Activity sectors"),
        "subsector": _("Activity sub-sectors"),
        "theme": _("Themes"),
        "work_value": _("Work values"),
        "work_style": _("Work styles"),
        "job_zone": _("Job zone"),
    }
    return labels.get(kind, kind)


def group_label(kind: str, tags: Iterable["Tag"]) -> str:
    """A kind's name as a profile shows it, saying when its tags are derived, not the source's own."""
    label = kind_label(kind)
    return _("{kind} (derived through the crosswalks)").format(kind=label) if any(t.derived for t in tags) else label


def derivation(kind: str) -> str:
    """How the built-in catalog derives tags of `kind` (a curated profile may give any kind itself)."""
    texts = {
        "criterion": _("Written by the profile's author (curated profiles, e.g. the seed's criteria)."),
        "interest": _("ROME 4.0: the fiche's interest centres (unix_arborescence_centre_interet), France "
                      "Travail's principal one first, numbered as France Travail numbers them (quiz --like N). "
                      "French labels as published; the English ones are careers' translation. O*NET "
                      "occupations: derived from the ROME fiches of their strongest crosswalk match (marked "
                      "derived in the profile)."),
        "sector": _("ROME 4.0: the fiche's activity sectors (unix_arborescence_secteur_activite), France "
                    "Travail's principal one first. In French only."),
        "subsector": _("ROME 4.0: the sub-sectors given with those sectors, in the same table. In French only."),
        "theme": _("ROME 4.0: the fiche's themes (unix_arborescence_thematique). In French only."),
        "work_value": _("O*NET Work Values: the occupation's first, second and third high points, as O*NET "
                        "gives them (VH rows). French names by careers."),
        "work_style": _("O*NET Work Styles: the five styles of highest importance (IM scale, 1-5) and any tied "
                        "with the fifth, most important first; rows O*NET recommends suppressing are left "
                        "out. French names by careers."),
        "job_zone": _("O*NET Job Zones: the occupation's zone, named as in O*NET's Job Zone Reference. "
                      "French names by careers. ROME fiches have no such tag."),
    }
    return texts.get(kind, "")


def profile_tags(profile: "Profile") -> list["Tag"]:
    """Every tag of a profile: its own criteria (kind `criterion`) first, then its tags."""
    from ..profile.schema import Tag

    return [*(Tag(kind="criterion", text=text) for text in profile.criteria), *profile.tags]


def tag_keys(tag: "Tag") -> set[str]:
    """The folded forms of a tag, in every language it is written in."""
    return {fold(text) for text in translations(tag.text)}


def grouped(tags: Iterable["Tag"]) -> list[tuple[str, list["Tag"]]]:
    """Tags by kind, kinds in KINDS order (unknown kinds last), main ones first within a kind."""
    by_kind: dict[str, list["Tag"]] = {}
    for tag in tags:
        by_kind.setdefault(tag.kind, []).append(tag)
    order = {kind: index for index, kind in enumerate(KINDS)}
    return [(kind, sorted(found, key=lambda t: not t.main))
            for kind, found in sorted(by_kind.items(), key=lambda item: (order.get(item[0], len(KINDS)), item[0]))]


def matching(tags: Iterable["Tag"], query: str, kinds: Optional[Iterable[str]] = None) -> list["Tag"]:
    """The tags (of `kinds`, default any) that `query` names: written the same, in any language,
    case and accents aside; when none is, those with the query's words in them."""
    wanted = set(kinds) if kinds is not None else None
    candidates = [tag for tag in tags if wanted is None or tag.kind in wanted]
    key = fold(query)
    if not key:
        return []
    exact = [tag for tag in candidates if key in tag_keys(tag)]
    if exact:
        return exact
    words = f" {_spaced(key)} "
    if not words.strip():
        return []
    return [tag for tag in candidates if any(words in f" {_spaced(folded)} " for folded in tag_keys(tag))]


def _spaced(folded: str) -> str:
    """Words only, punctuation as spaces: "j'ai le sens" is found in "J'ai le sens du contact"."""
    return " ".join(_NOT_WORD.split(folded)).strip()
