"""`careers show`: one profile, found by id, code or title."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..i18n import _
from ..explore.profile_page import profile_view
from ..profile.sections import check_sections
from ..views import ProfileView

if TYPE_CHECKING:
    from ..app import App


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
