"""Finding careers by what people type, the same for the command line and `Careers`: a search's
ranked results (with why each matched), and the one career a query names (or why it names none
or several: the command line then asks at a terminal, the API raises)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import msgspec

from ..errors import AmbiguousError, NotFoundError
from ..i18n import _, current_language, listed
from ..views import Found, SearchResult, codes_of

if TYPE_CHECKING:
    from ..catalog.merged import Catalog
    from ..profile.schema import Profile
    from ..catalog.search_table import Hit


def search_result(catalog: "Catalog", query: str, *, scope: Optional[frozenset[str]],
                  limit: Optional[int] = 10) -> SearchResult:
    """The careers in `scope` matching `query`, best first, twins left out; suggestions when none do."""
    from ..catalog.search import ranked_careers, suggestions

    lang = current_language()
    hits = ranked_careers(catalog, query, scope=scope)[:limit]
    found = [found_of(catalog, hit, rank, query) for rank, hit in enumerate(hits, 1)]
    suggested = [] if hits else [found_of(catalog, hit, rank, query)
                                 for rank, hit in enumerate(suggestions(catalog, query), 1)]
    return SearchResult(query=query, lang=lang, results=found, suggestions=suggested)


def found_of(catalog: "Catalog", hit: "Hit", rank: int, query: str) -> Found:
    from ..text import entry_title

    lang = current_language()
    entry = hit.entry
    matched = query if hit.field == "text" else catalog.matched_text(entry.id, hit.key)
    return Found(rank=rank, id=entry.id, title=entry_title(entry), score=hit.score,
                 field=hit.field, matched=matched, language=hit.lang, typo=hit.typo, code=entry.holland,
                 job_zone=entry.job_zone, origin=entry.origin, because=because(hit), **codes_of(entry, lang))


def because(hit: "Hit") -> str:
    """Why a result ranks where it does (the rule: careercli.catalog.search.rank_key), in the current language."""
    from ..catalog.search import FOREIGN_STRONG, NATIVE_WORDS, OTHER_WORDS
    from ..text import as_written, clean, translations  # the vocabulary is a data file: no control characters reach a terminal

    lang = current_language()
    if hit.field == "text":
        reasons = [_("words of its texts")]
    elif hit.left_out:
        reasons = [_("part of the query only")]
    elif hit.typo:
        reasons = [_("spelling corrected")]
    elif hit.band >= FOREIGN_STRONG:
        reasons = [_("the whole query")]
    elif hit.band >= NATIVE_WORDS - 1:
        reasons = [_("every word of the query")]
    else:
        reasons = [_("the query's words as word starts")]
    if hit.band > OTHER_WORDS and hit.lang and hit.lang != lang:
        reasons[-1] += f" ({hit.lang})"
    if hit.via:
        reasons.append(_("vocabulary: '{term}' = '{phrase}'").format(term=clean(hit.via[0]), phrase=clean(hit.via[1])))
    if hit.general:
        qualifiers = as_written(hit.general, translations(hit.entry.title)) or hit.general  # a title: data, cleaned
        reasons.append(_("general title ({qualifiers})").format(qualifiers=clean(qualifiers)))
    elif hit.general == "":
        reasons.append(_("general title"))
    if hit.jobs:
        reasons.append(_jobs_reason(hit))
    return listed(reasons)


def _jobs_reason(hit: "Hit") -> str:
    lang = current_language()
    jobs = f"{hit.jobs:,}".replace(",", "\u202f" if lang == "fr" else ",")
    if hit.jobs_how == "crosswalk":
        return _("about {jobs} U.S. jobs, estimated through the crosswalk to {codes} (BLS OEWS)").format(
            jobs=jobs, codes=hit.jobs_basis)
    if hit.jobs_how == "shared":
        return _("about {jobs} U.S. jobs, a share of SOC {row} (BLS OEWS)").format(jobs=jobs, row=hit.jobs_basis)
    return _("{jobs} U.S. jobs, SOC {row} (BLS OEWS)").format(jobs=jobs, row=hit.jobs_basis)


# ---------------------------------------------------------------- one career for a query

class Resolved(msgspec.Struct, frozen=True):
    """What a query names: one career (`id`), with a note when it is a best guess rather than an
    exact id, code or title; or several close `candidates` to choose from (`id` None)."""

    id: Optional[str] = None
    note: str = ""
    candidates: list["Hit"] = []
    profile: Optional["Profile"] = None  # read already (a query that is an id): no need to read it again


def resolve_career(catalog: "Catalog", query: str, *, scope: Optional[frozenset[str]] = None) -> Resolved:
    """The career `query` names, looking in `scope` (origins) first: an id answers at once; an
    exact code or title, or one clear best match, gives that career; several close ones give the
    candidates. An id, code or title only found outside the scope still answers; a query that
    names nothing raises NotFoundError with suggestions."""
    profile = catalog.by_id(query)
    if profile is not None and (scope is None or profile.origin in scope):
        return Resolved(query, profile=profile)
    return _resolve_words(catalog, query, scope, outside_id=query if profile is not None else None)


def _resolve_words(catalog: "Catalog", query: str, scope: Optional[frozenset[str]],
                   outside_id: Optional[str]) -> Resolved:
    """`outside_id`: the query is the id of a career outside `scope`; only a code or title that
    the query names exactly inside the scope wins over it (`boulanger` in English: Bakers)."""
    from ..catalog.search import resolution_of, resolve_hits, search_entries, suggestions

    resolution = resolve_hits(search_entries(catalog, query, limit=None, scope=scope))
    if outside_id is not None and resolution.kind != "exact":
        return Resolved(outside_id)
    if resolution.kind == "none" and scope is not None:  # not in the language's catalog: anywhere else?
        resolution = resolution_of(catalog, query)
    if resolution.kind in ("exact", "best"):
        hit = resolution.hit
        assert hit is not None
        catalog.refuse_broken(query, hit.entry.id)
        note = best_match_note(catalog, query, hit, resolution.candidates) if resolution.kind == "best" else ""
        return Resolved(hit.entry.id, note)
    catalog.refuse_broken(query)
    if resolution.kind == "ambiguous":
        return Resolved(candidates=resolution.candidates)
    found = suggestions(catalog, query)
    raise NotFoundError(not_found_message(query, found), data={"suggestions": [candidate_data(h)
                                                                                     for h in found]})


def hit_title(hit: "Hit") -> str:
    """The title of a career a query named, for a message: marked when not in the reader's language
    (views.title_mark)."""
    from ..text import entry_title, language_shown
    from ..views import title_mark

    lang = current_language()
    return entry_title(hit.entry) + title_mark(language_shown(hit.entry.title, lang) or "")


def best_match_note(catalog: "Catalog", query: str, hit: "Hit", others: list["Hit"]) -> str:
    lang = current_language()
    matched = catalog.matched_text(hit.entry.id, hit.key) if hit.field != "text" else query
    fields = {"title": _("title"), "other title": _("other title"), "text": _("text"), "id": _("id"),
              "code": _("code"), "related job": _("related job")}
    note = _("Showing {title} ({id}): its {field} '{matched}' matches '{query}'").format(
        title=hit_title(hit), id=hit.entry.id, field=fields.get(hit.field, hit.field), matched=matched,
        query=query)
    if hit.lang and hit.lang != lang:
        note += f" ({hit.lang})"
    if hit.typo:
        note += " " + _("(spelling corrected)")
    if others:
        note += _("; ") + _("also: {careers}").format(careers=", ".join(hit_title(h) for h in others))
    return note


def candidate_data(hit: "Hit") -> dict[str, object]:
    from ..text import entry_title

    lang = current_language()
    return {"id": hit.entry.id, "title": entry_title(hit.entry), "score": hit.score, "field": hit.field,
            **codes_of(hit.entry, lang)}


def ambiguous_error(query: str, candidates: list["Hit"]) -> AmbiguousError:
    choices = listed(f"{n}. {hit_title(h)} ({h.entry.id})" for n, h in enumerate(candidates, 1))
    return AmbiguousError(_("'{query}' matches several careers; give one of their ids: {careers}").format(
        query=query, careers=choices), data={"candidates": [candidate_data(h) for h in candidates]})


def not_found_message(query: str, found: list["Hit"]) -> str:
    message = _("no career matches '{query}'").format(query=query)
    if found:
        message += _("; ") + _("did you mean: {careers}?").format(
            careers=", ".join(f"{hit_title(h)} ({h.entry.id})" for h in found))
    else:
        message += " " + _("(try `careers search WORDS`)")
    return message
