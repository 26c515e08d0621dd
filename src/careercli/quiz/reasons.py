"""What the quiz's two ranking methods share (quiz/ranking.py ranks by correlation,
quiz/letters.py by official letters): the person's preferences, how a career fares against them,
and the reasons given in words."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Sequence, Union

import msgspec

from ..i18n import _
from ..facts.pay import Threshold, Verdict, judge, threshold_unit, unit_text
from .scoring import SCALES, scale_name

if TYPE_CHECKING:
    from ..catalog.entry import Entry


class Preferences(msgspec.Struct, frozen=True):
    max_zone: Optional[int] = None  # O*NET job zone 1-5 (how long one is willing to study)
    # The minimum pay (pay.parse_threshold). A bare number, as results kept by older versions hold
    # it, means what it always did: EUR a month, gross.
    min_salary: Union[float, Threshold, None] = None
    detailed_only: bool = False  # only careers with a curated, detailed profile
    likes: tuple[int, ...] = ()  # interest centres picked (centres.py numbers), at most five

    @property
    def threshold(self) -> Optional[Threshold]:
        value = self.min_salary
        return Threshold(amount=float(value)) if isinstance(value, (int, float)) else value


def study_level(entry: "Entry", max_zone: int) -> tuple[Optional[int], int]:
    """(the career's study level, the highest the person will study to) on one scale: a ROME fiche's
    EQF entry level, read from its own access text (studylevels.py), against the zone's EQF level;
    any other career's O*NET job zone against the zone. None: unknown (kept, marked)."""
    if entry.origin == "rome":
        from ..facts.studylevels import EQF_OF_ZONE

        return (entry.eqf[0] if entry.eqf else None), EQF_OF_ZONE[max_zone]
    return entry.job_zone, max_zone


def pay_check(entry: "Entry", prefs: Preferences) -> Optional[Verdict]:
    """How the career's pay compares with the minimum pay (None when there is none)."""
    threshold = prefs.threshold
    return judge(threshold, entry.pay).verdict if threshold is not None else None


def weakest_scales(person: Sequence[float]) -> tuple[str, str]:
    """The person's two lowest scales (ties in R-I-A-S-E-C order)."""
    weakest = sorted(SCALES, key=lambda s: person[SCALES.index(s)])[:2]
    return weakest[0], weakest[1]


def shared_interest_reasons(person_code: str, career_code: str, weakest: tuple[str, ...]) -> list[str]:
    """`interest_reasons` from what it depends on (a class shares many of them: they are cached).

    Only what is true is said: an interest is shared "high" when it is among the two highest of both
    the person's code and the career's (a third letter can be a middling score)."""
    main = career_code[:1]
    shared = [letter for letter in person_code[:2] if letter in career_code[:2]]
    names = joined([scale_name(letter) for letter in shared]) if shared else ""
    if main in shared and len(shared) > 1:
        reasons = [_("You both score high on {names}").format(names=names)]
    elif main in shared:
        reasons = [_("You share its main interest, {name}").format(name=names)]
    elif shared:
        reasons = [_("You share its interest in {names}, but not its main one, {main}").format(
            names=names, main=scale_name(main))]
    else:
        reasons = [_("Its main interests ({names}) are not among your strongest").format(
            names=joined([scale_name(letter) for letter in career_code[:2]]))]
    if main in weakest:
        reasons.insert(0, _("Its main interest, {name}, is one of your weakest").format(name=scale_name(main)))
    return reasons


def preference_reasons(entry: "Entry", prefs: Preferences, checked: Optional[Verdict] = None) -> list[str]:
    """What the preferences could not decide about a kept career; `checked`: its `pay_check`."""
    reasons = []
    if prefs.max_zone is not None and study_level(entry, prefs.max_zone)[0] is None:
        reasons.append(_("Study level unknown"))
    threshold = prefs.threshold
    if threshold is not None:
        reasons += pay_reasons(checked or pay_check(entry, prefs), threshold)
    return reasons


def pay_reasons(checked: Optional[Verdict], threshold: Threshold) -> list[str]:
    if checked == "no_figure":
        return [_("No pay figure in {unit}").format(unit=unit_text(threshold_unit(threshold)))]
    if checked == "undecided":
        return [_("Pay only known to be at least a lower amount (top-coded)")]
    return []


def joined(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    if len(names) == 1:
        return names[0]
    return _("{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])
