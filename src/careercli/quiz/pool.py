"""The careers a ranking works on, the same for `careers quiz`, `careers class`, `careers fit`
and `Careers.rank`: the catalog in scope (the language's reference, or `--catalog`), twins left
out, each with its pay figures; and the notes saying what was left out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..i18n import _, language

if TYPE_CHECKING:
    from ..catalog.merged import Catalog
    from ..catalog.entry import Entry
    from ..facts.pay import Unit
    from .classroom import ClassResult, Roster
    from .ranking import Preferences
    from .results import QuizResult
    from .scoring import InterestProfile


def ranked_entries(catalog: "Catalog", scope: Optional[frozenset[str]]) -> tuple[list["Entry"], list[str]]:
    """The careers to rank (in scope, twins left out), with their pay figures and how common they
    are (`Entry.jobs`), and the notes saying what was left out."""
    from ..catalog.scope import in_scope, without_twins

    entries, twins = without_twins(in_scope(catalog.priced_entries().values(), scope))  # also gathers problems
    entries = with_jobs(entries, catalog)
    notes = unreadable_note(catalog)
    if twins:
        notes.append(_("Careers left out as twins of others in the list (the same job in the other "
                       "reference): {n}").format(n=twins))
    return entries, notes


def with_jobs(entries: list["Entry"], catalog: "Catalog") -> list["Entry"]:
    """`entries` with `Entry.jobs` filled in (commonness.py), which the ranking weighs (quiz/ranking.py)."""
    import msgspec

    common = catalog.commonness()
    return [msgspec.structs.replace(entry, jobs=common[entry.id].jobs) if entry.id in common else entry
            for entry in entries]


def unreadable_note(catalog: "Catalog") -> list[str]:
    """What could not be read: profiles (not ranked), and pay overlays (their figures not used)."""
    notes = []
    problems = catalog.profile_problems
    if problems:
        bad = len({p.path for p in problems})
        notes.append(_("Profiles that could not be read, not ranked (see careers validate): {n}").format(n=bad))
    notes += [pay_problem_note(problem) for problem in catalog.pay_problems]
    return notes


def pay_problem_note(problem: object) -> str:
    return _("Pay figures not used: {problem}").format(problem=problem)


def build_result(catalog: "Catalog", profile: "InterestProfile", prefs: "Preferences", top: Optional[int],
                 scope: Optional[frozenset[str]], sort: str = "match",
                 unit: Optional["Unit"] = None, flags: Optional[list[str]] = None) -> "QuizResult":
    """`profile`'s ranking over the careers in scope, as the quiz prints it, with the profile's
    quality flags (`flags`: those of its answers too, quality.profile_flags; default: those its
    scores alone give) and the notes that say what they mean."""
    from .quality import profile_flags
    from .results import quiz_result, with_quality

    entries, notes = ranked_entries(catalog, scope)
    result = quiz_result(profile, entries, prefs, notes, limit=top, unit=unit, sort=sort)
    return with_quality(result, profile_flags(profile) if flags is None else flags)


def class_result(catalog: Optional["Catalog"], roster: "Roster", prefs: "Preferences", top: int,
                 scope: Optional[frozenset[str]], taken: Optional[str] = None,
                 notes: Optional[list[str]] = None, csv_dialect: Optional[str] = None) -> "ClassResult":
    """Every person of `roster` ranked over the careers in scope, as `quiz` ranks one person
    (`catalog` may be None when the roster has nobody to rank: it is not read then). `notes`: what
    reading the file said (an encoding guessed ...); `csv_dialect`: see quiz.classroom.rank_class."""
    from .classroom import rank_class

    notes = list(notes or [])
    if not len(roster) or catalog is None:
        return rank_class(roster, [], prefs, top, notes, taken=taken, csv_dialect=csv_dialect)
    entries, catalog_notes = ranked_entries(catalog, scope)
    return rank_class(roster, entries, prefs, top, notes + catalog_notes, taken=taken, csv_dialect=csv_dialect)


def without_career(catalog: "Catalog", scope: Optional[frozenset[str]], result: "QuizResult",
                   career_id: str) -> "QuizResult":
    """`result` with a career hidden ("not for me") and the next one brought in: ranked again over
    the catalog now, as many careers listed as before, the hidden ones left out (the others keep
    their rank, so a gap shows where one was hidden). What the result kept (its answers, date and
    number) stays."""
    import msgspec

    listed = [*result.ranking.matches, *result.ranking.letter_matches]
    title = next((m.title for m in listed if m.id == career_id), career_id)
    hidden = {**result.hidden, career_id: title}
    shown = len(result.ranking.matches)
    with language(result.lang):  # ranked again as it was kept
        again = build_result(catalog, result.profile, result.preferences, shown + len(hidden), scope, result.sort,
                             result.pay_unit, result.quality)
    ranking = again.ranking
    ranking.matches = [m for m in ranking.matches if m.id not in hidden][:shown]
    ranking.letter_matches = [m for m in ranking.letter_matches if m.id not in hidden][
        :len(result.ranking.letter_matches)]
    return msgspec.structs.replace(again, taken=result.taken, answers=result.answers, saved=result.saved,
                                   hidden=hidden, notes=result.notes)



def questions_that_do_not_apply(catalog: "Catalog", scope: Optional[frozenset[str]]) -> tuple[set[str], list[str]]:
    """The follow-up questions that cannot change the ranking of this catalog, and the notes saying
    why they were not asked: the pay question when at most one career in scope has a pay figure,
    the detailed-profiles one when at most one has a detailed (curated) profile."""
    from ..catalog.scope import in_scope

    entries = in_scope(catalog.priced_entries().values(), scope)
    priced = sum(1 for entry in entries if entry.pay)
    detailed = sum(1 for entry in entries if entry.origin == "curated")
    unasked, notes = set(), []
    if priced <= 1:
        unasked.add("salary")
        notes.append(_("The pay question was not asked: careers of this catalog with pay figures: {n}").format(n=priced))
    if detailed <= 1:
        unasked.add("detail")
        notes.append(_("The question on detailed profiles was not asked: careers with one: {n}").format(n=detailed))
    return unasked, notes
