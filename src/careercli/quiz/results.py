"""The whole pipeline as one call: a profile and a catalog in, an explained ranking out."""


from typing import TYPE_CHECKING, Any, Iterable, Optional

import msgspec

from ..i18n import _, current_language, language
from ..views import Result
from ..facts.pay import Unit, default_unit, main_outlook, pay_in, sort_order, threshold_text, threshold_unit, unit_text
from ..facts.studylevels import EQF_OF_ZONE
from .ranking import Preferences, Ranking, rank_careers
from .scoring import HollandCode, InterestProfile, check_differentiated, holland_code

if TYPE_CHECKING:
    from ..catalog.entry import Entry


class QuizResult(Result):
    profile: InterestProfile
    code: HollandCode
    ranking: Ranking
    preferences: Preferences
    lang: str
    notes: list[str] = []
    taken: Optional[str] = None  # when the quiz was taken (ISO 8601), set by the command
    answers: Optional[str] = None  # the answers as an answer string in bank order (1-5, - skipped)
    saved: Optional[int] = None  # its number among the kept results (`careers results show N`)
    pay_unit: Optional[Unit] = None  # what the careers' pay is shown in (None: not shown, as in older results)
    sort: str = "match"  # how the listed careers are ordered (pay.SORTS); their rank is always by match
    quality: list[str] = []  # flags on the profile (quality.FLAGS): the ranking is then worded with care
    hidden: dict[str, str] = {}  # careers the person said are not for them (id -> title): left out of the list


def quiz_result(profile: InterestProfile, entries: Iterable["Entry"], prefs: Preferences = Preferences(),
                notes: Optional[list[str]] = None, limit: Optional[int] = None,
                unit: Optional[Unit] = None, sort: str = "match") -> QuizResult:
    """Refuse a flat profile, then rank every career and explain what was left out, in the current
    language (which the result records).

    The first `limit` careers by match are listed, with their pay in `unit` (default: the minimum
    pay's, else the language's, `pay.default_unit`) and their outlook, ordered by `sort`. Pay
    needs entries with their figures (`Catalog.priced_entries()`)."""
    entries = list(entries)
    threshold = prefs.threshold
    unit = unit or (threshold_unit(threshold) if threshold is not None else default_unit())
    check_differentiated(profile.scores)
    ranking = rank_careers(profile.vector(), entries, prefs, limit)
    ranking.matches = ordered(with_pay(ranking.matches, entries, unit), sort)
    ranking.letter_matches = ordered(with_pay(ranking.letter_matches, entries, unit), sort)
    all_notes = [*(notes or []), *skipped_note(profile), *differentiation_note(profile), *ranking_notes(ranking, prefs)]
    return QuizResult(profile, holland_code(profile.scores), ranking, prefs, current_language(), all_notes,
                      pay_unit=unit, sort=sort)


def with_quality(result: QuizResult, flags: list[str]) -> QuizResult:
    """The result with the profile's quality flags and the notes that say what they mean."""
    from .quality import flag_notes

    if not flags:
        return result
    with language(result.lang):
        notes = flag_notes(flags)
    return msgspec.structs.replace(result, quality=flags, notes=[*result.notes, *notes])


def with_pay(matches: list[Any], entries: Iterable["Entry"], unit: Unit) -> list[Any]:
    """Each listed career (a `Match` or a `LetterMatch`) with its pay in `unit` (`pay.pay_in`: no
    conversion between currencies) and its main employment projection."""
    wanted = {m.id for m in matches}
    found = {e.id: e for e in entries if e.id in wanted}
    shown = []
    for match in matches:
        entry = found.get(match.id)
        if entry is None or not (entry.pay or entry.outlook):
            shown.append(match)
            continue
        decision = pay_in(entry.pay, unit)
        shown.append(msgspec.structs.replace(match, pay=decision if decision.point is not None else None,
                                             outlook=main_outlook(entry.outlook)))
    return shown


def ordered(matches: list[Any], sort: str) -> list[Any]:
    """The listed careers by `sort` (pay, outlook, title; match keeps the ranking's order)."""
    if sort == "match":
        return matches
    return sorted(matches, key=lambda m: sort_order(
        sort, pay=m.pay.compared if m.pay else None, outlook=m.outlook.change_percent if m.outlook else None,
        title=m.title, position=m.rank))


def skipped_note(profile: InterestProfile) -> list[str]:
    skipped = sum(profile.items.values()) - sum(profile.answered.values())
    if not skipped:
        return []
    return [_("Items skipped: {n} (each scale score uses the mean of its answered items)").format(n=skipped)]


WEAK_SPREAD = 0.15  # highest minus lowest scale score, as a share of the possible range


def differentiation_note(profile: InterestProfile) -> list[str]:
    """Warn when the six scores barely differ: correlation still orders careers, but the
    order then rests on small differences and deserves less trust."""
    if profile.low is None or profile.high is None or profile.high <= profile.low:
        return []  # scores from another instrument: the possible range is unknown
    values = profile.vector()
    spread = (max(values) - min(values)) / (profile.high - profile.low)
    if spread >= WEAK_SPREAD:
        return []
    return [_("Your interests differ little from one type to another ({percent}% of the scale): read the "
              "ranking as tentative; the 48-item bank (--bank riasec-48) measures them more finely").format(
        percent=round(spread * 100))]


def ranking_notes(ranking: Ranking, prefs: Preferences) -> list[str]:
    """One line per group of careers left out or kept without data, so nothing vanishes silently."""
    counts = [
        (ranking.without_riasec, _("Careers not ranked, no interest profile: {n}")),
        (ranking.ranked_by_letters, _("Careers without interest scores, or whose derived scores contradict "
                                      "France Travail's main letter, ranked apart by their official letters: {n}")),
        (ranking.excluded_detail, _("Careers left out, no detailed profile: {n}")),
        (ranking.excluded_zone, _("Careers left out, longer studies (job zone above {zone}; ROME fiches: study "
                                  "level above EQF {eqf}, read from the fiche): {n}")),
        (ranking.unknown_zone, _("Careers kept although their study level is unknown (marked): {n}")),
        (ranking.excluded_salary, _("Careers left out, paying less than {salary}: {n}")),
        (ranking.unknown_salary, _("Careers kept without a pay figure in {unit} (marked): {n}")),
        (ranking.undecided_salary, _("Careers kept whose pay is only known to be at least an amount below "
                                     "{salary} (top-coded, marked): {n}")),
    ]
    threshold = prefs.threshold
    salary = threshold_text(threshold) if threshold is not None else ""
    unit = unit_text(threshold_unit(threshold)) if threshold is not None else ""
    eqf = EQF_OF_ZONE.get(prefs.max_zone or 0)
    notes = [text.format(n=n, zone=prefs.max_zone, eqf=eqf, salary=salary, unit=unit) for n, text in counts if n]
    if threshold is not None and threshold.basis == "net" and ranking.unknown_salary:
        notes.append(_("Your minimum is net pay: it is compared only with net figures, never with gross ones"))
    if not ranking.ranked:
        notes.append(_("No career matches your preferences; try a higher --max-zone or a lower --min-salary"))
    return notes

class PersonResult(msgspec.Struct, frozen=True):
    """One person of a class and their results (`identity`: (header, value) of each identity column)."""

    line: int
    name: str
    result: QuizResult
    identity: tuple[tuple[str, str], ...] = ()
