"""`careers search`: careers matching what people type, ranked, each with why it matched."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..i18n import _, current_language
from ..views import Found, SearchResult, codes_of

if TYPE_CHECKING:
    from ..app import App
    from ..catalog import Catalog
    from ..search import Hit


def search(app: "App", query: str, *, limit: int = 10, extra_dirs: Optional[list[str]] = None,
           catalog_choice: Optional[str] = None) -> SearchResult:
    from ..search import ranked_careers, suggestions

    lang = current_language()
    catalog = app.catalog(extra_dirs)
    hits = ranked_careers(catalog, query, lang=lang, scope=app.scope(catalog_choice))[:limit]
    found = [found_of(catalog, hit, rank, lang, query) for rank, hit in enumerate(hits, 1)]
    suggested = [] if hits else [found_of(catalog, hit, rank, lang, query)
                                 for rank, hit in enumerate(suggestions(catalog, query, lang=lang), 1)]
    return SearchResult(query=query, lang=lang, results=found, suggestions=suggested)


def found_of(catalog: "Catalog", hit: "Hit", rank: int, lang: str, query: str) -> Found:
    from ..text import clean, localize

    entry = hit.entry
    matched = query if hit.field == "text" else catalog.matched_text(entry.id, hit.key)
    return Found(rank=rank, id=entry.id, title=clean(localize(entry.title, lang) or entry.id), score=hit.score,
                 field=hit.field, matched=matched, language=hit.lang, typo=hit.typo, code=entry.holland, job_zone=entry.job_zone,
                 origin=entry.origin, because=because(hit), **codes_of(entry))


def because(hit: "Hit") -> str:
    """Why a result ranks where it does (the rule: careercli.search.rank_key), in the user's language."""
    from ..search import FOREIGN_STRONG, NATIVE_PREFIX, NATIVE_WORDS, OTHER_WORDS

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
        reasons = [_("the query's words as word starts")] if hit.band >= NATIVE_PREFIX - 1 else []
    if hit.band > OTHER_WORDS and hit.lang and hit.lang != current_language():
        reasons[-1] += f" ({hit.lang})"
    if hit.via:
        reasons.append(_("vocabulary: '{term}' = '{phrase}'").format(term=hit.via[0], phrase=hit.via[1]))
    if hit.general:
        reasons.append(_("general title ({qualifiers})").format(qualifiers=hit.general))
    elif hit.general == "":
        reasons.append(_("general title"))
    if hit.jobs:
        reasons.append(_jobs_reason(hit))
    return "; ".join(reasons)


def _jobs_reason(hit: "Hit") -> str:
    jobs = f"{hit.jobs:,}".replace(",", "\u202f" if current_language() == "fr" else ",")
    if hit.jobs_how == "crosswalk":
        return _("about {jobs} U.S. jobs, estimated through the crosswalk to {codes} (BLS OEWS)").format(
            jobs=jobs, codes=hit.jobs_basis)
    if hit.jobs_how == "shared":
        return _("about {jobs} U.S. jobs, a share of SOC {row} (BLS OEWS)").format(jobs=jobs, row=hit.jobs_basis)
    return _("{jobs} U.S. jobs, SOC {row} (BLS OEWS)").format(jobs=jobs, row=hit.jobs_basis)
