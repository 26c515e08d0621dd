"""Finding careers by what people type, the same for the command line and `Careers`: a search's
ranked results (with why each matched), and the one career a query names (or why it names none
or several: the command line then asks at a terminal, the API raises)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import msgspec

from ..errors import AmbiguousError, NotFoundError
from ..i18n import _, listed
from ..views import Found, SearchResult, codes_of

if TYPE_CHECKING:
    from ..catalog.merged import Catalog
    from ..profile.schema import Profile
    from ..catalog.search_table import Hit


def search_result(catalog: "Catalog", query: str, *, lang: str, scope: Optional[frozenset[str]],
                  limit: Optional[int] = 10) -> SearchResult:
    """The careers in `scope` matching `query`, best first, twins left out; suggestions when none do."""
    from ..catalog.search import ranked_careers, suggestions

    hits = ranked_careers(catalog, query, lang=lang, scope=scope)[:limit]
    found = [found_of(catalog, hit, rank, lang, query) for rank, hit in enumerate(hits, 1)]
    suggested = [] if hits else [found_of(catalog, hit, rank, lang, query)
                                 for rank, hit in enumerate(suggestions(catalog, query, lang=lang), 1)]
    return SearchResult(query=query, lang=lang, results=found, suggestions=suggested)


def found_of(catalog: "Catalog", hit: "Hit", rank: int, lang: str, query: str) -> Found:
    from ..text import entry_title

    entry = hit.entry
    matched = query if hit.field == "text" else catalog.matched_text(entry.id, hit.key)
    return Found(rank=rank, id=entry.id, title=entry_title(entry, lang), score=hit.score,
                 field=hit.field, matched=matched, language=hit.lang, typo=hit.typo, code=entry.holland,
                 job_zone=entry.job_zone, origin=entry.origin, because=because(hit, lang), **codes_of(entry, lang))


def because(hit: "Hit", lang: str) -> str:
    """Why a result ranks where it does (the rule: careercli.catalog.search.rank_key), in `lang`."""
    from ..catalog.search import FOREIGN_STRONG, NATIVE_WORDS, OTHER_WORDS
    from ..text import as_written, clean, translations  # the vocabulary is a data file: no control characters reach a terminal

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
        reasons.append(_jobs_reason(hit, lang))
    return listed(reasons)


def _jobs_reason(hit: "Hit", lang: str) -> str:
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


def resolve_career(catalog: "Catalog", query: str, *, lang: str, scope: Optional[frozenset[str]] = None) -> Resolved:
    """The career `query` names, looking in `scope` (origins) first: an id answers at once; an
    exact code or title, or one clear best match, gives that career; several close ones give the
    candidates. An id, code or title only found outside the scope still answers; a query that
    names nothing raises NotFoundError with suggestions."""
    profile = catalog.by_id(query)
    if profile is not None and (scope is None or profile.origin in scope):
        return Resolved(query, profile=profile)
    return _resolve_words(catalog, query, lang, scope, outside_id=query if profile is not None else None)


def _resolve_words(catalog: "Catalog", query: str, lang: str, scope: Optional[frozenset[str]],
                   outside_id: Optional[str]) -> Resolved:
    """`outside_id`: the query is the id of a career outside `scope`; only a code or title that
    the query names exactly inside the scope wins over it (`boulanger` in English: Bakers)."""
    from ..catalog.search import resolution_of, resolve_hits, search_entries, suggestions

    resolution = resolve_hits(search_entries(catalog, query, lang=lang, limit=None, scope=scope), lang)
    if outside_id is not None and resolution.kind != "exact":
        return Resolved(outside_id)
    if resolution.kind == "none" and scope is not None:  # not in the language's catalog: anywhere else?
        resolution = resolution_of(catalog, query, lang=lang)
    if resolution.kind in ("exact", "best"):
        hit = resolution.hit
        assert hit is not None
        catalog.refuse_broken(query, hit.entry.id)
        note = best_match_note(catalog, query, hit, resolution.candidates, lang) if resolution.kind == "best" else ""
        return Resolved(hit.entry.id, note)
    catalog.refuse_broken(query)
    if resolution.kind == "ambiguous":
        return Resolved(candidates=resolution.candidates)
    found = suggestions(catalog, query, lang=lang)
    raise NotFoundError(not_found_message(query, found, lang), data={"suggestions": [candidate_data(h, lang)
                                                                                     for h in found]})


def hit_title(hit: "Hit", lang: str) -> str:
    """The title of a career a query named, for a message: marked when not in `lang` (views.title_mark)."""
    from ..text import entry_title, language_shown
    from ..views import title_mark

    return entry_title(hit.entry, lang) + title_mark(language_shown(hit.entry.title, lang) or "", lang)


def best_match_note(catalog: "Catalog", query: str, hit: "Hit", others: list["Hit"], lang: str) -> str:
    matched = catalog.matched_text(hit.entry.id, hit.key) if hit.field != "text" else query
    fields = {"title": _("title"), "other title": _("other title"), "text": _("text"), "id": _("id"),
              "code": _("code"), "related job": _("related job")}
    note = _("Showing {title} ({id}): its {field} '{matched}' matches '{query}'").format(
        title=hit_title(hit, lang), id=hit.entry.id, field=fields.get(hit.field, hit.field), matched=matched,
        query=query)
    if hit.lang and hit.lang != lang:
        note += f" ({hit.lang})"
    if hit.typo:
        note += " " + _("(spelling corrected)")
    if others:
        note += _("; ") + _("also: {careers}").format(careers=", ".join(hit_title(h, lang) for h in others))
    return note


def candidate_data(hit: "Hit", lang: str) -> dict[str, object]:
    from ..text import entry_title

    return {"id": hit.entry.id, "title": entry_title(hit.entry, lang), "score": hit.score, "field": hit.field,
            **codes_of(hit.entry, lang)}


def ambiguous_error(query: str, candidates: list["Hit"], lang: str) -> AmbiguousError:
    choices = listed(f"{n}. {hit_title(h, lang)} ({h.entry.id})" for n, h in enumerate(candidates, 1))
    return AmbiguousError(_("'{query}' matches several careers; give one of their ids: {careers}").format(
        query=query, careers=choices), data={"candidates": [candidate_data(h, lang) for h in candidates]})


def not_found_message(query: str, found: list["Hit"], lang: str) -> str:
    message = _("no career matches '{query}'").format(query=query)
    if found:
        message += _("; ") + _("did you mean: {careers}?").format(
            careers=", ".join(f"{hit_title(h, lang)} ({h.entry.id})" for h in found))
    else:
        message += " " + _("(try `careers search WORDS`)")
    return message
