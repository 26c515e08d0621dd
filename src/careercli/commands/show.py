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
    from ..schema import Profile, Text


def show_profile(app: "App", query: str, *, sections: list[str], pager: bool = True,
                 extra_dirs: Optional[list[str]] = None) -> ProfileView:
    """The profile `query` names, in the current language, with the titles of its similar careers."""
    check_sections(sections)
    catalog = app.catalog(extra_dirs)
    career_id, profile = catalog.get(query)
    return profile_view(catalog, career_id, profile, sections=sections, pager=pager)


def profile_view(catalog: "Catalog", career_id: str, profile: "Profile", *, sections: list[str] = (),
                 pager: bool = True) -> ProfileView:
    # A rendered page depends on other profiles only through the titles of its similar careers.
    version = catalog.version if profile.similar else ""
    return ProfileView(id=career_id, profile=profile, lang=current_language(), sections=list(sections),
                       similar_titles=similar_titles(catalog, profile), catalog_version=version, pager=pager)


def check_sections(sections: list[str]) -> None:
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        raise UsageError(_("unknown section '{name}'; choose from: {choices}").format(
            name=unknown[0], choices=", ".join(SECTIONS)))


def similar_titles(catalog: "Catalog", profile: "Profile") -> dict[str, "Text"]:
    """The titles of the similar careers the catalog knows (the profile names only their ids)."""
    if not profile.similar:
        return {}
    entries = catalog.entries
    return {i: entries[i].title for i in profile.similar if i in entries}


