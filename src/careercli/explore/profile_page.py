"""The profile `careers show` and `Careers.view` print: the profile and what the page takes from
the rest of the catalog (the titles of its similar careers, its first moves)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ..views import ProfileView

if TYPE_CHECKING:
    from ..catalog.merged import Catalog
    from ..profile.schema import Profile


def profile_view(catalog: "Catalog", career_id: str, profile: Profile, *, lang: str, sections: Sequence[str] = (),
                 pager: bool = True) -> ProfileView:
    """The profile as `careers show` prints it (`sections`: only those; a wrong name is a
    UsageError), with the titles of its similar careers from the catalog."""
    from ..moves.found import profile_moves
    from ..profile.sections import check_sections

    check_sections(list(sections))
    wanted = not sections or "moves" in sections
    return ProfileView(id=career_id, profile=profile, lang=lang, sections=list(sections),
                       similar_titles=catalog.titles(profile.similar), pager=pager,
                       moves=profile_moves(catalog, career_id, profile) if wanted else [])
