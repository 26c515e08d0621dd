"""What `careers moves`, `careers path` and the profile's moves section show, for the commands and
`Careers.moves` / `Careers.path` alike: where one can go from a career, and the chains of moves to
a goal (careercli.moves says how they are found and measured).

Moves stay within the reference of the career: the ROME fiches for a ROME fiche, the O*NET
occupations for an O*NET one; a curated profile uses the first ROME or O*NET code it gives that
the moves tables know (those of the language's reference first).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..errors import CareersError
from ..i18n import _, current_language
from ..text import entry_title
from ..views import codes_of
from .results import (
    CareerRef, CompetenceView, LevelChange, MovesResult, MoveView, NearView, PathResult, PathView, PayChange)

if TYPE_CHECKING:
    from ..catalog.merged import Catalog
    from ..catalog.entry import Entry
    from .ranking import Competence, Step
    from .tables import MovesTable
    from ..profile.schema import Profile


class Moves:
    """The careers of one reference, by code, and its moves table."""

    def __init__(self, entries: dict[str, "Entry"], table: "MovesTable") -> None:
        from ..catalog.entry import own_codes

        self.table, self.lang = table, current_language()
        self.by_code: dict[str, "Entry"] = {}
        for entry in entries.values():
            if entry.origin == table.reference:
                for code in own_codes(entry):
                    self.by_code.setdefault(code, entry)

    def allowed(self, code: str) -> bool:
        return code in self.by_code and code in self.table

    def ref(self, entry: "Entry", code: str) -> CareerRef:
        return CareerRef(id=entry.id, title=entry_title(entry), code=code, job_zone=entry.job_zone,
                         **codes_of(entry, self.lang))

    def source(self) -> str:
        meta = self.table.meta
        version = meta.get("version", "")
        return f"{meta.get('source', '')}, {meta.get('publisher', '')}" + (f", {version}" if version not in meta.get(
            "source", "") else "")


def moves_result(catalog: "Catalog", query: str, career_id: str, profile: "Profile",
                 limit: Optional[int] = 15) -> MovesResult:
    """The moves from a career found in `catalog` (what `careers moves` and `Careers.moves` show)."""
    from .ranking import career_moves

    entries = catalog.priced_entries()
    entry = entries[career_id]
    code, notes = moves_code(entry, profile)
    world = Moves(entries, _table_of(code))
    steps = career_moves(world.table, code, set(filter(world.allowed, world.by_code)))
    views = [move_view(world, rank, step, entry) for rank, step in enumerate(steps[:limit], 1)]
    if not views:
        notes.append(_("No move known from this career in the moves tables"))
    return MovesResult(query=query, career=world.ref(entry, code), lang=world.lang, reference=world.table.reference,
                       moves=views, notes=notes, source=world.source())


def moves_code(entry: "Entry", profile: "Profile") -> tuple[str, list[str]]:
    """The code whose moves a career has (its own, or a curated profile's first known one), and a
    note when it is not the career's own."""
    from .tables import moves_table, reference_of
    from ..catalog.entry import own_codes

    own = own_codes(entry)
    given = given_codes(profile)
    for code in [*own, *given]:
        reference = reference_of(code)
        table = moves_table(reference) if reference else None
        if table is not None and code in table:
            notes = [] if code in own else [_("Moves of {code}, the reference code this profile gives").format(code=code)]
            return code, notes
    raise CareersError(_("{title} has no ROME or O*NET code that the moves tables know: no moves to show").format(
        title=entry_title(entry)))


def given_codes(profile: "Profile") -> list[str]:
    """The ROME and O*NET codes a profile gives, those of the language's reference first."""
    from ..origins import reference_for

    codes = profile.codes
    if codes is None:
        return []
    return [*codes.rome, *codes.onet_soc] if reference_for() == "rome" else [
        *codes.onet_soc, *codes.rome]


def _table_of(code: str) -> "MovesTable":
    from .tables import moves_table, reference_of

    table = moves_table(reference_of(code) or "")
    assert table is not None  # moves_code found the code in it
    return table


# ---------------------------------------------------------------- one move, for people

def move_view(world: Moves, rank: int, step: "Step", job: "Entry", from_id: str = "") -> MoveView:
    target = world.by_code[step.code]
    return MoveView(rank=rank, id=target.id, title=entry_title(target), code=step.code, source=step.source,
                    reason=reason(step), overlap=step.overlap, to_learn=step.to_learn,
                    carried=[competence(world.table, c) for c in step.carried],
                    to_add=[competence(world.table, c) for c in step.to_add], other_missing=step.other_missing,
                    study=study_change(job, target), pay=pay_change(job, target), from_id=from_id,
                    **codes_of(target, world.lang))


def reason(step: "Step") -> str:
    if step.source == "rome_mobility":
        return _("ROME mobility no. {n}: listed by France Travail as a possible move").format(n=step.order)
    if step.source == "onet_related":
        return _("O*NET related occupation no. {n}").format(n=step.order)
    return _("near by competences: {percent}% in common").format(percent=round((step.overlap or 0) * 100))


def competence(table: "MovesTable", found: "Competence") -> CompetenceView:
    lang = current_language()
    label = table.label(found.code)
    name = (label.fr if lang == "fr" else label.en) if label else found.code
    return CompetenceView(code=found.code, kind=found.kind, name=name, core=found.core, level=found.level,
                          current=found.current)


def study_change(job: "Entry", target: "Entry") -> Optional[LevelChange]:
    """The change of study level. Today the job zone (1-5) is the one level every career may have;
    an EQF level read from ROME's access texts (issue 18) would be compared here first, when both
    careers have one."""
    if job.job_zone is None and target.job_zone is None:
        return None
    change = target.job_zone - job.job_zone if job.job_zone is not None and target.job_zone is not None else None
    return LevelChange(scale="job_zone", current=job.job_zone, target=target.job_zone, change=change)


def pay_change(job: "Entry", target: "Entry") -> Optional[PayChange]:
    """Both careers' pay a year in the currency and basis of the job's first figure, where both have one."""
    from ..facts.pay import Unit, pay_in

    if not job.pay or not target.pay:
        return None
    first = job.pay[0]
    unit = Unit(first.currency, "year", first.basis or "gross")
    mine, theirs = pay_in(job.pay, unit), pay_in(target.pay, unit)
    if mine.compared is None or theirs.compared is None:
        return None
    source = theirs.point.source if theirs.point and theirs.point.source else ""
    return PayChange(currency=unit.currency, period="year", basis=unit.basis, current=mine.compared,
                     target=theirs.compared, change=round(theirs.compared - mine.compared, 2), source=source)


# ---------------------------------------------------------------- path

Found = tuple[str, str, "Profile"]  # what the user typed, the career's id, its profile


def path_result(catalog: "Catalog", start: Found, goal: Found, count: int = 3) -> PathResult:
    """The chains from one career to another, both found in `catalog` (`careers path`, `Careers.path`)."""
    from .paths import MAX_STEPS, cheapest_paths, nearest_reachable

    entries = catalog.entries  # not priced: a path is about what to learn (`careers moves` gives the pay)
    (start_query, start_id, start_profile), (goal_query, goal_id, goal_profile) = start, goal
    start_code, notes = moves_code(entries[start_id], start_profile)
    world = Moves(entries, _table_of(start_code))
    goal_code = goal_in(world, entries[goal_id], goal_profile, notes)
    chains = cheapest_paths(world.table, start_code, goal_code, world.allowed, count) if start_code != goal_code else []
    views = [PathView(rank=rank, cost=chain.cost, steps=chain_steps(world, chain.codes))
             for rank, chain in enumerate(chains, 1)]
    nearest = [] if views or start_code == goal_code else [
        near_view(world, value, chain.codes, chain.cost)
        for value, chain in nearest_reachable(world.table, start_code, goal_code, world.allowed)]
    if start_code == goal_code:
        notes.append(_("The two careers are the same job: no move needed"))
    return PathResult(query=start_query, goal_query=goal_query, start=world.ref(entries[start_id], start_code),
                      goal=world.ref(entries[goal_id], goal_code), lang=world.lang, reference=world.table.reference,
                      max_steps=MAX_STEPS, paths=views, nearest=nearest, notes=notes, source=world.source())


def goal_in(world: Moves, goal: "Entry", profile: "Profile", notes: list[str]) -> str:
    """The goal's code in the start's reference: its own, a code its profile gives, or its exact twin."""
    from ..catalog.entry import own_codes

    for code in [*own_codes(goal), *given_codes(profile), *goal.twins]:
        if code in world.table:
            if code not in own_codes(goal):
                notes.append(_("Goal taken as {code}, the same job in the start's reference").format(code=code))
            return code
    raise CareersError(_("{goal} is not among the {reference} careers, where the moves from the start career stay: "
                         "choose a goal there (--catalog {reference})").format(
        goal=entry_title(goal), reference=world.table.reference))


def chain_steps(world: Moves, codes: tuple[str, ...]) -> list[MoveView]:
    from .ranking import LIST_SOURCES, step

    views = []
    for number, (here, there) in enumerate(zip(codes, codes[1:]), 1):
        career = world.table.career(here)
        assert career is not None  # a chain only goes through careers of the table
        listed = [(order, link) for order, link in enumerate(career.links, 1) if link.code == there]
        if listed:  # the reference's own link, with its place in the list
            order, link = listed[0]
            found = step(world.table, career, link, LIST_SOURCES[world.table.reference], order)
        else:
            found = step(world.table, career, next(link for link in career.near if link.code == there), "competences")
        views.append(move_view(world, number, found, world.by_code[here], from_id=world.by_code[here].id))
    return views


def near_view(world: Moves, value: float, codes: tuple[str, ...], cost: float) -> NearView:
    entry = world.by_code[codes[-1]]
    return NearView(id=entry.id, title=entry_title(entry), code=codes[-1], overlap=value, cost=cost,
                    via=[world.by_code[c].id for c in codes[1:]], **codes_of(entry, world.lang))


# ---------------------------------------------------------------- the profile's section

PROFILE_MOVES = 5


def profile_moves(catalog: "Catalog", career_id: str, profile: "Profile") -> list[MoveView]:
    """The first moves of a reference career for its profile (`careers show`): its reference's own
    links as its `similar` list names them, each with what it asks to learn. Read from the few
    profiles it names and the career's line of the moves table, never the whole catalog, so that
    showing a profile stays quick; `careers moves` gives them all, with the nearest by competences."""
    from .ranking import LIST_SOURCES, step
    from .tables import moves_table

    table = moves_table(profile.origin) if profile.origin in LIST_SOURCES else None
    code = next((c for c in _own_profile_codes(profile) if table is not None and c in table), None)
    career = table.career(code) if table is not None and code else None
    if table is None or career is None:
        return []
    lang = current_language()
    found: list[MoveView] = []
    order = {link.code: (n, link) for n, link in enumerate(career.links, 1)}
    for target_id in profile.similar:
        target = catalog.by_id(target_id)
        target_code = next((c for c in _own_profile_codes(target) if c in order), None) if target else None
        if target is None or target_code is None:
            continue
        n, link = order[target_code]
        move = step(table, career, link, LIST_SOURCES[table.reference], n)
        found.append(MoveView(rank=len(found) + 1, id=target_id, title=_profile_title(target), code=target_code,
                              source=move.source, reason=reason(move), overlap=move.overlap, to_learn=move.to_learn,
                              to_add=[competence(table, c) for c in move.to_add],
                              other_missing=move.other_missing, from_id=career_id, **codes_of(target, lang)))
        if len(found) == PROFILE_MOVES:
            break
    return found


def _own_profile_codes(profile: "Profile") -> list[str]:
    codes = profile.codes
    if codes is None:
        return []
    return list(codes.rome) if profile.origin == "rome" else list(codes.onet_soc) if profile.origin == "onet" else []


def _profile_title(profile: "Profile") -> str:
    from ..text import clean, localize

    lang = current_language()
    return clean(localize(profile.title, lang) or "")
