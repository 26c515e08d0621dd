"""The list `careers similar` and `Careers.similar` give: the careers like one career, each with
why, in words (the algorithm is careercli.explore.similar)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..i18n import _, current_language, decimal
from ..text import entry_title
from ..views import SimilarCareer, SimilarResult, codes_of

if TYPE_CHECKING:
    from ..catalog.merged import Catalog
    from ..catalog.entry import Entry
    from ..profile.schema import Profile
    from .similar import Neighbour, Similar


def similar_result(catalog: "Catalog", career_id: str, profile: "Profile", *, query: str,
                   scope: Optional[frozenset[str]], limit: Optional[int] = 15) -> SimilarResult:
    """The careers in `scope` (twins left out) similar to `career_id`, best reasons first."""
    from ..catalog.scope import in_scope, without_twins
    from .similar import similar_careers

    lang = current_language()
    entries = catalog.entries
    career = entries[career_id]
    candidates, _twins = without_twins(in_scope(entries.values(), scope))
    found = similar_careers(career, profile, entries, candidates, limit)
    results = [similar_career(rank, n, career) for rank, n in enumerate(found.neighbours, 1)]
    return SimilarResult(query=query, id=career.id, title=entry_title(career), lang=lang,
                         code=holland_of(career) or career.official, job_zone=career.job_zone, results=results,
                         **codes_of(career, lang),
                         notes=notes(career, found))


def holland_of(entry: "Entry") -> Optional[str]:
    from .similar import holland_of as code

    return code(entry)


def similar_career(rank: int, found: "Neighbour", career: "Entry") -> SimilarCareer:
    lang = current_language()
    entry = found.entry
    return SimilarCareer(rank=rank, id=entry.id, title=entry_title(entry), source=found.source,
                         reason=reason(found, career), origin=entry.origin,
                         code=holland_of(entry) or entry.official, job_zone=entry.job_zone,
                         r=round(found.r, 3) if found.r is not None else None, agreement=found.agreement,
                         instead_of=found.instead_of.id if found.instead_of else None, **codes_of(entry, lang))


def reason(found: "Neighbour", career: "Entry") -> str:
    """Why it is listed, in a few words: 'listed by O*NET as related', 'interests r=0.93, same job zone'."""
    from ..catalog.entry import own_codes

    fixed = {"curated": _("listed as similar in this profile"), "onet_related": _("listed by O*NET as related"),
             "rome_mobility": _("ROME mobility: listed by France Travail as a possible move")}
    text = fixed.get(found.source)
    if found.source == "code":
        text = _("the reference profile of its code {code}").format(code=found.code)
    elif found.source == "crosswalk":
        text = _("see also: {match} match in the official crosswalk ({code})").format(
            match=match_word(found.match), code=found.code)
    elif found.source == "interests":
        assert found.r is not None  # found by interests: a correlation
        text = _("interests r={r}").format(r=decimal(found.r, 2))
        if career.job_zone is not None:
            text += ", " + zone_words(career, found.entry)
    elif found.source == "official_letters":
        text = letters_reason(found, career)
    if found.instead_of is not None:
        listed = found.instead_of
        text = _("{reason} (as {code}, the same job in the other reference)").format(
            reason=text, code=next(iter(own_codes(listed)), listed.id))
    return text or found.source


def match_word(match: str) -> str:
    words = {"exact": _("exact"), "close": _("close"), "broad": _("broader"), "narrow": _("narrower")}
    return words.get(match, match)


def zone_words(career: "Entry", entry: "Entry") -> str:
    from .similar import both_eqf

    if both_eqf(career, entry):
        if entry.eqf[0] == career.eqf[0]:
            return _("same study level (EQF {level})").format(level=entry.eqf[0])
        return _("study level EQF {level} (this one: EQF {own})").format(level=entry.eqf[0], own=career.eqf[0])
    if entry.job_zone is None:
        return _("job zone unknown")
    if entry.job_zone == career.job_zone:
        return _("same job zone")
    return _("job zone {zone} (this one: {own})").format(zone=entry.job_zone, own=career.job_zone)


def letters_reason(found: "Neighbour", career: "Entry") -> str:
    from ..quiz.letters import agreement_text
    from .similar import letters_for_comparison

    text = _("letters {letters}: agreement {agreement} with this career's official letters {own}").format(
        letters=letters_for_comparison(found.entry), agreement=agreement_text(found.agreement or 0),
        own=career.official)
    if found.shared_domain:
        text += ", " + _("same ROME domain {domain}").format(domain=found.shared_domain)
    return text


def notes(career: "Entry", found: "Similar") -> list[str]:
    said = []
    if found.outside:
        said.append(_("Careers listed as similar but outside the catalog in scope, left out: {n} "
                      "(--catalog all shows them)").format(n=found.outside))
    if career.job_zone is None and any(n.source == "interests" for n in found.neighbours):
        said.append(_("This career has no job zone: the nearest by interests come from every job zone"))
    if any(n.source == "official_letters" for n in found.neighbours):
        said.append(_("This career has no interest scores: the nearest are those whose letters (official, else "
                      "their Holland code's first two) agree best with its official letters"))
    if not career.riasec and not career.official:
        said.append(_("This career has no interest scores or letters: no careers near it by interests"))
    return said
