"""The profile `careers show` and `Careers.view` print: the profile and what the page takes from
the rest of the catalog (the titles of its similar careers, its first moves)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from ..views import ProfileView
from ..i18n import current_language

if TYPE_CHECKING:
    from ..catalog.merged import Catalog
    from ..profile.schema import Profile, Text


def profile_view(catalog: "Catalog", career_id: str, profile: Profile, *, sections: Sequence[str] = (),
                 pager: bool = True) -> ProfileView:
    """The profile as `careers show` prints it (`sections`: only those; a wrong name is a
    UsageError), with the titles of its similar careers from the catalog."""
    from ..moves import may_have_moves
    from ..profile.sections import check_sections

    lang = current_language()
    check_sections(list(sections))
    moves: list[Any] = []  # moves.results.MoveView
    if (not sections or "moves" in sections) and may_have_moves(profile.origin):
        from ..moves.found import profile_moves

        moves = profile_moves(catalog, career_id, profile)
    profile = with_linked_titles(profile, catalog.linked_titles(profile.links))
    return ProfileView(id=career_id, profile=profile, lang=lang, sections=list(sections),
                       similar_titles=catalog.titles(profile.similar), pager=pager, moves=moves)


def with_linked_titles(profile: "Profile", titles: dict[str, "Text"]) -> "Profile":
    """The profile whose links to O*NET occupations of the catalog carry the catalog's titles."""
    import msgspec

    if not titles:
        return profile
    links = [msgspec.structs.replace(link, title=titles[link.code]) if link.code in titles and link.scheme == "onet"
             else link for link in profile.links]
    return msgspec.structs.replace(profile, links=links)
