"""`careers show`: one profile, found by id, code or title."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..errors import UsageError
from ..i18n import _, current_language
from ..render.sections import SECTIONS
from ..views import ProfileView

if TYPE_CHECKING:
    from ..app import App
    from ..catalog import Catalog
    from ..schema import Profile


def show_profile(app: "App", query: str, *, sections: list[str], pager: bool = True,
                 extra_dirs: Optional[list[str]] = None, catalog_choice: Optional[str] = None) -> ProfileView:
    """The profile `query` names, in the current language, with the titles of its similar careers."""
    from .lookup import find_career

    check_sections(sections)
    catalog = app.catalog(extra_dirs)
    career_id, profile = find_career(app, catalog, query, app.scope(catalog_choice))
    for problem in catalog.overlay_problems(career_id):  # the career shows, without those figures
        app.message(_("Pay figures not used: {problem}").format(problem=problem))
    return profile_view(catalog, career_id, profile, sections=sections, pager=pager)


def profile_view(catalog: "Catalog", career_id: str, profile: "Profile", *, sections: list[str] = (),
                 pager: bool = True) -> ProfileView:
    from .moves import profile_moves

    wanted = not sections or "moves" in sections
    return ProfileView(id=career_id, profile=profile, lang=current_language(), sections=list(sections),
                       similar_titles=catalog.titles(profile.similar), pager=pager,
                       moves=profile_moves(catalog, career_id, profile) if wanted else [])


def check_sections(sections: list[str]) -> None:
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        raise UsageError(_("unknown section '{name}'; choose from: {choices}").format(
            name=unknown[0], choices=", ".join(SECTIONS)))



