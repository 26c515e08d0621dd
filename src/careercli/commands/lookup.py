"""One career for what the user typed, the same way for every command that takes JOB.

An id is answered at once; otherwise the query goes through search (careercli.search): an exact
code or title shows at once; a clear best match is shown with one line on stderr naming what
matched and the runners-up; several close candidates give a numbered choice at a terminal, and
without one the candidates on stderr with exit code 3; nothing close gives "did you mean"
suggestions with exit code 4.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..errors import AmbiguousError, Interrupted, NotFoundError
from ..i18n import _, current_language, listed

if TYPE_CHECKING:
    from ..app import App
    from ..catalog import Catalog
    from ..schema import Profile
    from ..search import Hit


def find_career(app: "App", catalog: "Catalog", query: str,
                scope: Optional[frozenset[str]] = None) -> tuple[str, "Profile"]:
    """The id and profile of the career `query` names (see the module's docstring), looking in
    `scope` (origins) first: an id, or a code or title only found outside it, still answers."""
    profile = catalog.by_id(query)
    if profile is not None and (scope is None or profile.origin in scope):
        return query, profile
    career_id = choose(app, catalog, query, scope, outside_id=query if profile is not None else None)
    return career_id, catalog.profile(catalog.entries[career_id])


def choose(app: "App", catalog: "Catalog", query: str, scope: Optional[frozenset[str]] = None,
           outside_id: Optional[str] = None) -> str:
    """`outside_id`: the query is the id of a career outside `scope`; only a code or title that
    the query names exactly inside the scope wins over it (`boulanger` in English: Bakers)."""
    from ..search import resolve_hits, resolution_of, search_entries, suggestions

    lang = current_language()
    resolution = resolve_hits(search_entries(catalog, query, lang=lang, limit=None, scope=scope), lang)
    if outside_id is not None and resolution.kind != "exact":
        return outside_id
    if resolution.kind == "none" and scope is not None:  # not in the language's catalog: anywhere else?
        resolution = resolution_of(catalog, query, lang=lang)
    if resolution.kind in ("exact", "best"):
        hit = resolution.hit
        assert hit is not None
        catalog.refuse_broken(query, hit.entry.id)
        if resolution.kind == "best":
            app.message(best_match_note(catalog, query, hit, resolution.candidates, lang), style="dim")
        return hit.entry.id
    catalog.refuse_broken(query)
    if resolution.kind == "ambiguous":
        return ask_or_refuse(app, catalog, query, resolution.candidates, lang)
    found = suggestions(catalog, query, lang=lang)
    raise NotFoundError(not_found_message(query, found, lang), data={"suggestions": [candidate_data(h, lang)
                                                                                     for h in found]})


def title_of(hit: "Hit", lang: str) -> str:
    from ..text import clean, localize

    return clean(localize(hit.entry.title, lang) or hit.entry.id)


def best_match_note(catalog: "Catalog", query: str, hit: "Hit", others: list["Hit"], lang: str) -> str:
    matched = catalog.matched_text(hit.entry.id, hit.key) if hit.field != "text" else query
    fields = {"title": _("title"), "other title": _("other title"), "text": _("text"), "id": _("id"),
              "code": _("code")}
    note = _("Showing {title} ({id}): its {field} '{matched}' matches '{query}'").format(
        title=title_of(hit, lang), id=hit.entry.id, field=fields.get(hit.field, hit.field), matched=matched, query=query)
    if hit.lang and hit.lang != lang:
        note += f" ({hit.lang})"
    if hit.typo:
        note += " " + _("(spelling corrected)")
    if others:
        note += _("; ") + _("also: {careers}").format(careers=", ".join(title_of(h, lang) for h in others))
    return note


def candidate_data(hit: "Hit", lang: str) -> dict[str, object]:
    return {"id": hit.entry.id, "title": title_of(hit, lang), "score": hit.score, "field": hit.field}


def ask_or_refuse(app: "App", catalog: "Catalog", query: str, candidates: list["Hit"], lang: str) -> str:
    if app.env.interactive and app.format == "rich":
        from ..terminal.choose import choose_career

        chosen = choose_career(query, [(h.entry.id, title_of(h, lang)) for h in candidates])
        if chosen:
            return chosen
        raise Interrupted(_("No career chosen."))  # cancelled: one quiet line, exit 130
    choices = listed(f"{n}. {title_of(h, lang)} ({h.entry.id})" for n, h in enumerate(candidates, 1))
    raise AmbiguousError(_("'{query}' matches several careers; give one of their ids: {careers}").format(
        query=query, careers=choices), data={"candidates": [candidate_data(h, lang) for h in candidates]})


def not_found_message(query: str, found: list["Hit"], lang: str) -> str:
    message = _("no career matches '{query}'").format(query=query)
    if found:
        message += _("; ") + _("did you mean: {careers}?").format(
            careers=", ".join(f"{title_of(h, lang)} ({h.entry.id})" for h in found))
    else:
        message += " " + _("(try `careers search WORDS`)")
    return message
