"""One career for what the user typed, the same way for every command that takes JOB.

The core decides (finding.resolve_career): an id is answered at once; an exact code or title
shows at once; a clear best match is shown with one line on stderr naming what matched and the
runners-up; nothing close gives "did you mean" suggestions with exit code 4. Only the choice
among several close candidates belongs here: a numbered choice at a terminal, and without one
the candidates on stderr with exit code 3.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..errors import Interrupted
from ..i18n import _

if TYPE_CHECKING:
    from ..app import App
    from ..catalog.merged import Catalog
    from ..profile.schema import Profile
    from ..catalog.search_table import Hit


def find_career(app: "App", catalog: "Catalog", query: str, scope: Optional[frozenset[str]] = None, *,
                whole_catalog: bool = False) -> tuple[str, "Profile"]:
    """The id and profile of the career `query` names, looking in `scope` (origins) first.
    `whole_catalog`: the command reads every career next (similar, moves, path), so the indexes are
    checked whole first; else a lookup by id decodes an index's head, and then the whole index too."""
    from ..explore.finding import resolve_career

    if whole_catalog:
        catalog.entries  # noqa: B018 - checks and reads every folder's index once

    resolved = resolve_career(catalog, query, scope=scope)
    if resolved.note:
        app.message(resolved.note, style="dim")
    career_id = resolved.id or ask_or_refuse(app, query, resolved.candidates)
    return career_id, resolved.profile or catalog.profile(catalog.entries[career_id])


def ask_or_refuse(app: "App", query: str, candidates: list["Hit"]) -> str:
    from ..explore.finding import ambiguous_error, hit_title

    if app.env.interactive and app.format == "rich":
        from ..terminal.choose import choose_career

        chosen = choose_career(query, [(h.entry.id, hit_title(h)) for h in candidates])
        if chosen:
            return chosen
        raise Interrupted(_("No career chosen."))  # cancelled (Esc, q): one quiet line, exit 130
    raise ambiguous_error(query, candidates)
