"""`careers fit`: a compatibility test for one career. Pure functions, no I/O.

Two parts, each scored 0-1 and averaged into a percentage:
- the career's own self-assessment questions (sa1..saN): yes = 1, rather yes = 2/3,
  rather no = 1/3, no = 0;
- an interest check on the career's own activities (act1..actN, at most MAX_ACTIVITIES): a ROME
  fiche's savoir-faire, core ones first; an O*NET occupation's or curated profile's missions
  (O*NET tasks, core ones first), each answered 1-5 and scored (answer - 1) / 4, averaged.
  Only a career with no activities is asked instead the riasec-short items of the scales in its
  Holland code (4 per scale), scales weighted 3:2:1 in code order (the first letter matters most).
A part with no questions (no self-assessment, no RIASEC profile) is left out and said so.
Labels: excellent >= 80 %, good >= 60 %, fair >= 40 %, weak below.
"""


from typing import Any, Optional

import msgspec

from ..errors import CareersError
from ..i18n import N_, _, current_language, plural
from ..views import CareerCodes, Result
from .bank import Bank, Item
from .scoring import scale_name

YES, RATHER_YES, RATHER_NO, NO = "yes", "rather-yes", "rather-no", "no"
SELF_ASSESSMENT_POINTS = {YES: 1.0, RATHER_YES: 2 / 3, RATHER_NO: 1 / 3, NO: 0.0}
_WORDS = {
    YES: ("yes", "y", "true", "oui", "ja"),
    RATHER_YES: ("rather yes", "rather-yes", "rather_yes", "plutôt oui", "plutot oui", "plutôt-oui", "plutot-oui",
                 "eerder ja"),
    RATHER_NO: ("rather no", "rather-no", "rather_no", "plutôt non", "plutot non", "plutôt-non", "plutot-non",
                "eerder nee"),
    NO: ("no", "n", "false", "non", "nee"),
}
# Answer words in the language of the questions (content, like a bank's response labels).
ANSWER_LABELS = {
    "en": ("Yes", "Rather yes", "Rather no", "No"),
    "fr": ("Oui", "Plutôt oui", "Plutôt non", "Non"),
    "nl": ("Ja", "Eerder ja", "Eerder nee", "Nee"),
}
ANSWER_WORDS = {word: answer for answer, words in _WORDS.items() for word in words}
FIT_THRESHOLDS = ((80, "excellent"), (60, "good"), (40, "fair"))
SCALE_WEIGHTS = (3, 2, 1)
MAX_ACTIVITIES = 8


class NothingToTestError(CareersError):
    """A career with neither self-assessment questions nor an interest profile."""


# msgspec freezes a Struct on a mutable base; mypy applies the dataclass rule, which forbids it
class FitQuestions(Result, frozen=True):  # type: ignore[misc]
    """What to ask about one career."""

    self_assessment: list[tuple[str, str]]  # (sa1, question text)
    items: list[Item]  # interest items, grouped by scale in code order (only without activities)
    code: Optional[str]
    activities: list[tuple[str, str]] = []  # (act1, the career's own activity)


def fit_questions(self_assessment: list[str], code: Optional[str], bank: Bank,
                  activities: Optional[list[str]] = None) -> FitQuestions:
    """Self-assessment questions as sa1..saN, then the career's own activities as act1..actN, or
    without any, the bank's items of each letter of `code`."""
    if not self_assessment and not code and not activities:
        raise NothingToTestError(_("this career has neither self-assessment questions nor an interest profile; "
                                   "there is nothing to test"))
    questions = [(f"sa{n}", text) for n, text in enumerate(self_assessment, 1)]
    if activities:
        return FitQuestions(questions, [], code, [(f"act{n}", text) for n, text in enumerate(activities, 1)])
    items = [item for letter in (code or "") for item in bank.items_of(letter)]
    return FitQuestions(questions, items, code)


def career_activities(profile: Any, limit: int = MAX_ACTIVITIES) -> list[str]:
    """What the career's people do, as its source gives it: a ROME fiche's savoir-faire (core ones
    first, in the fiche's order), else its missions (O*NET tasks, core ones first); at most `limit`."""
    from ..text import localize

    lang = current_language()
    items = [item for group in (profile.competences.know_how if profile.competences else []) for item in group.items]
    texts = [item.text for item in sorted(items, key=lambda item: not item.core)] or list(profile.missions)
    return [text for text in (localize(t, lang) for t in texts) if text][:limit]


class CareerTest(msgspec.Struct, frozen=True):
    """One career's compatibility test: its id and title (in the test's language) and what to ask."""

    career: str
    title: str
    questions: FitQuestions
    codes: dict[str, Any] = {}  # the career's codes and title language (views.codes_of), for its result


def career_test(entry: Any, profile: Any) -> CareerTest:
    """What `careers fit` and `Careers.fit` ask about a career (`entry`, its catalog row, and its
    profile): its self-assessment questions, then its own activities, else interest items."""
    from ..text import localize
    from .bank import DEFAULT_BANK, load_bank
    from .scoring import top_letters

    lang = current_language()
    texts = [localize(t, lang) or "" for t in profile.self_assessment]
    code = entry.holland or (top_letters(entry.riasec) if entry.riasec else None)
    questions = fit_questions(texts, code, load_bank(DEFAULT_BANK), career_activities(profile))
    from ..views import codes_of

    return CareerTest(entry.id, localize(entry.title, lang) or entry.id, questions, codes_of(entry, lang))


def parse_self_assessment(raw: str) -> Optional[str]:
    """yes / rather yes / rather no / no (English or French), None when skipped; ValueError else."""
    token = " ".join(raw.strip().lower().split())
    if token in ("", "-", "?", "null", "~", "skip", "none"):
        return None
    if token in ANSWER_WORDS:
        return ANSWER_WORDS[token]
    raise ValueError(token)


class Compatibility(Result, CareerCodes):
    """The result of a compatibility test (`careers fit`, `Careers.fit`), with the career's codes and title
    language (CareerCodes; empty in a result kept before they were)."""

    id: str
    title: str
    percent: int
    fit: str
    code: Optional[str]
    self_assessment: Optional[dict[str, Any]]
    interests: Optional[dict[str, Any]]
    reasons: list[str] = []
    taken: Optional[str] = None  # when the test was taken (ISO 8601), set by the command
    answers: Optional[str] = None  # the answers as an answer string in question order
    saved: Optional[int] = None  # its number among the kept results (`careers results show N`)
    lang: str = ""  # the language of the questions and reasons


def fit_label(percent: float) -> str:
    return next((label for threshold, label in FIT_THRESHOLDS if percent >= threshold), "weak")


def compatibility(career_id: str, title: str, questions: FitQuestions, answers: dict[str, Any],
                  codes: Optional[dict[str, Any]] = None) -> Compatibility:
    """Score the answers (sa keys -> yes..no, item ids -> 1-5) into a percentage with reasons; `codes`:
    the career's (views.codes_of)."""
    sa_part, sa_reasons = _self_assessment_part(questions, answers)
    interest_part, interest_reasons = _interest_part(questions, answers)
    parts = [p["score"] for p in (sa_part, interest_part) if p is not None]
    if not parts:
        raise CareersError(_("no answers given; answer at least one question"))
    percent = round(100 * sum(parts) / len(parts))
    reasons = [*sa_reasons, *interest_reasons]
    if not questions.code and not questions.activities:
        reasons.append(_("This career has no interest profile: only its self-assessment questions count"))
    if not questions.self_assessment:
        reasons.append(_("This career has no self-assessment questions: only the interest check counts"))
    return Compatibility(career_id, title, percent, fit_label(percent), questions.code, sa_part, interest_part, reasons,
                         **(codes or {}))


def _self_assessment_part(questions: FitQuestions, answers: dict[str, Any]) -> tuple[Optional[dict[str, Any]], list[str]]:
    given = {key: answers[key] for key, _text in questions.self_assessment if answers.get(key) is not None}
    if not given:
        return None, []
    score = sum(SELF_ASSESSMENT_POINTS[a] for a in given.values()) / len(given)
    positive = sum(1 for a in given.values() if a in (YES, RATHER_YES))
    reasons = [plural(len(given), N_("You answered yes or rather yes to {k} of {n} question about this job"),
                      N_("You answered yes or rather yes to {k} of {n} questions about this job")).format(
        k=positive, n=len(given))]
    texts = dict(questions.self_assessment)
    reasons += [_("Think about this: {question}").format(question=texts[key]) for key, a in given.items() if a == NO][:2]
    part = {"score": round(score, 3), "answered": len(given), "questions": len(questions.self_assessment),
            "answers": given}
    return part, reasons


def _activities_part(questions: FitQuestions, answers: dict[str, Any]) -> tuple[Optional[dict[str, Any]], list[str]]:
    """How much the person would enjoy the career's own activities (answers 1-5)."""
    given = {key: answers[key] for key, _text in questions.activities if answers.get(key) is not None}
    if not given:
        return None, []
    score = sum((value - 1) / 4 for value in given.values()) / len(given)
    liked = sum(1 for value in given.values() if value >= 4)
    texts = dict(questions.activities)
    reasons = [plural(len(given), N_("You would enjoy {k} of its {n} activity you rated"),
                      N_("You would enjoy {k} of its {n} activities you rated")).format(k=liked, n=len(given))]
    reasons += [_("Think about this activity: {activity}").format(activity=texts[key])
                for key, value in given.items() if value <= 2][:2]
    part = {"score": round(score, 3), "answered": len(given), "activities": len(questions.activities),
            "method": "activities"}
    return part, reasons


def _interest_part(questions: FitQuestions, answers: dict[str, Any]) -> tuple[Optional[dict[str, Any]], list[str]]:
    if questions.activities:
        return _activities_part(questions, answers)
    if not questions.code:
        return None, []
    scales: dict[str, float] = {}
    for letter in questions.code:
        values = [(answers[i.id] - 1) / 4 for i in questions.items if i.scale == letter and answers.get(i.id) is not None]
        if values:
            scales[letter] = sum(values) / len(values)
    if not scales:
        return None, []
    weights = {letter: SCALE_WEIGHTS[n] for n, letter in enumerate(questions.code)}
    score = sum(scales[s] * weights[s] for s in scales) / sum(weights[s] for s in scales)
    part = {"score": round(score, 3), "scales": {s: round(v, 3) for s, v in scales.items()},
            "answered": sum(1 for i in questions.items if answers.get(i.id) is not None), "items": len(questions.items)}
    return part, [_interest_reason(letter, value) for letter, value in scales.items()]


def _interest_reason(letter: str, value: float) -> str:
    name = scale_name(letter)
    if value >= 0.75:
        return _("You would enjoy its {scale} activities").format(scale=name)
    if value > 0.5:
        return _("You are mildly interested in its {scale} activities").format(scale=name)
    return _("Its {scale} activities do not appeal to you much").format(scale=name)
