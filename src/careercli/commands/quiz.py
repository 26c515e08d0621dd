"""`careers quiz`: score answers (from flags, or asked at a terminal) and rank the catalog."""

from __future__ import annotations

from typing import TYPE_CHECKING, NoReturn, Optional

import msgspec

from ..errors import Interrupted, UsageError
from ..i18n import _, language

if TYPE_CHECKING:

    from ..app import App
    from ..catalog.merged import Catalog
    from ..facts.pay import Threshold, Unit
    from ..quiz.bank import Bank
    from ..quiz.ranking import Preferences
    from ..quiz.results import QuizResult
    from ..quiz.scoring import InterestProfile
    from ..quiz.session import FitSession, FollowUp, Session, SessionSaver


class QuizOptions(msgspec.Struct, frozen=True, kw_only=True):
    """The command line of `careers quiz`, as plain values."""

    bank: Optional[str] = None
    answers: Optional[str] = None
    answers_string: Optional[str] = None
    scores: Optional[str] = None
    resume: bool = False
    top: int = 10
    max_zone: Optional[int] = None
    min_salary: Optional["Threshold"] = None  # --min-salary, parsed (pay.parse_threshold)
    detailed_only: bool = False
    like: tuple[str, ...] = ()  # --like, as typed (centres.resolve_likes)
    values: Optional[str] = None  # --values, as typed (quiz.values.resolve_values)
    catalog: Optional[str] = None  # rome, onet or all (default: by language)
    sort: str = "match"  # how the listed careers are ordered: match, pay, outlook or title
    pay_in: Optional["Unit"] = None  # the unit pay is shown and sorted in (default: see pay.default_unit)

    @property
    def given(self) -> list[str]:
        """The answer flags given (at most one is allowed)."""
        return [flag for flag, value in (("--answers", self.answers), ("--answers-string", self.answers_string),
                                         ("--scores", self.scores)) if value is not None]

    @property
    def interactive(self) -> bool:
        return not self.given


def quiz_terminal_hint() -> str:
    return _("careers quiz asks its questions in a terminal; without one, give answers with --answers FILE, "
             "--answers-string DIGITS or --scores R=..,I=..,A=..,S=..,E=..,C=.. (see careers quiz --help)")


def quiz(app: "App", options: QuizOptions, extra_dirs: Optional[list[str]] = None) -> "QuizResult":
    """The ranked result: scored from the answer flags, or from a quiz asked at the terminal."""
    given = options.given
    if len(given) > 1 or (given and options.resume):
        raise UsageError(_("give only one of --answers, --answers-string, --scores and --resume (got {flags})").format(
            flags=", ".join([*given, *(["--resume"] if options.resume else [])])))
    if not given:
        return interactive_quiz(app, options, extra_dirs)
    from ..quiz.pool import build_result
    from ..quiz.scoring import check_differentiated

    profile, answers, flags = profile_from_options(app, options)
    check_differentiated(profile.scores)  # before reading the catalog: refuse early
    result = build_result(app.catalog(extra_dirs), profile, preferences(options), options.top,
                          app.scope(options.catalog), options.sort, options.pay_in, flags)
    return msgspec.structs.replace(result, taken=app.env.now(), answers=answers)


def profile_from_options(app: "App", options: QuizOptions) -> tuple["InterestProfile", Optional[str], list[str]]:
    """The profile the flags give, the answers as an answer string (None for --scores), and the
    profile's quality flags (quiz/quality.py)."""
    from ..quiz.answers import answer_string, answers_from_file, answers_from_string, parse_scores
    from ..quiz.quality import profile_flags
    from ..quiz.scoring import profile_from_scores, score_answers

    if options.scores is not None:
        profile = profile_from_scores(parse_scores(options.scores))
        return profile, None, profile_flags(profile)
    if options.answers is not None:
        bank, answers = answers_from_file(options.answers, options.bank, stdin=app.env.stdin)
    else:
        bank, answers = answers_from_string(options.answers_string or "", options.bank)
    profile = score_answers(bank, answers)
    return profile, answer_string(bank, answers), profile_flags(profile, bank, answers)


def preferences(options: QuizOptions, session: Optional["Session"] = None) -> "Preferences":
    """Flags first, then what the person answered in the quiz."""
    from ..facts.centres import resolve_likes
    from ..quiz.ranking import Preferences
    from ..quiz.values import resolve_values

    likes = resolve_likes(options.like) if options.like else ()
    values = resolve_values(options.values) if options.values is not None else ()
    if session is None:
        return Preferences(options.max_zone, options.min_salary, options.detailed_only, likes, values)
    return Preferences(options.max_zone if options.max_zone is not None else session.max_zone,
                       options.min_salary if options.min_salary is not None else session.threshold,
                       options.detailed_only or session.detailed_only, likes or tuple(session.likes),
                       values or tuple(session.values))


# ---------------------------------------------------------------- interactive

def interactive_quiz(app: "App", options: QuizOptions, extra_dirs: Optional[list[str]]) -> "QuizResult":
    """Ask (or resume), then rank and keep the result. Ctrl-C saves what was answered and stops
    (exit code 130)."""
    from ..quiz.bank import load_bank
    from ..quiz.pool import questions_that_do_not_apply
    from ..quiz.session import SessionSaver
    from ..terminal.quiz_screens import prompt_session

    app.require_prompt(quiz_terminal_hint())
    with prompt_session(app.env):
        session = start_session(app, options)
        saver = SessionSaver(app.env.user_data_dir())
        bank = load_bank(session.bank)
        with language(session.lang):  # a resumed quiz goes on in the language it was started in
            catalog = app.catalog(extra_dirs)
            unasked, notes = questions_that_do_not_apply(catalog, app.scope(options.catalog))
            try:
                ask_everything(app, bank, session, options, saver, resumed=options.resume or session.position > 0,
                               unasked=unasked)
            except KeyboardInterrupt:
                pause(app, session, saver)
            result = finish(app, catalog, bank, session, options, saver)
            return msgspec.structs.replace(result, notes=[*result.notes, *notes])


def start_session(app: "App", options: QuizOptions) -> "Session":
    """The paused quiz with --resume; else a new one, but a paused quiz is never discarded
    without asking (and, without a terminal to ask at, never discarded at all)."""
    from ..quiz.bank import DEFAULT_BANK
    from ..quiz.session import Session, clear_session, load_session, session_language, session_path

    folder = app.env.user_data_dir()
    if options.resume:
        return load_session(folder)
    if session_path(folder).exists():
        if not app.can_prompt:
            raise UsageError(_("a paused quiz is saved; continue it with careers quiz --resume (starting a new "
                               "one asks at a terminal whether to discard it)"))
        from ..terminal.quiz_screens import ask_paused

        if ask_paused(_("A paused quiz was found. Resume it or discard it?"),
                      _("Nothing changed; the paused quiz is still saved.")):
            return load_session(folder)
        clear_session(folder)
    return Session(bank=options.bank or DEFAULT_BANK, lang=session_language())


def preference_steps(options: QuizOptions) -> list[str]:
    """The follow-up questions the flags leave to ask (session.FOLLOW_UP_STEPS, in that order)."""
    wanted = (("likes", not options.like), ("values", options.values is None), ("zone", options.max_zone is None),
              ("salary", options.min_salary is None), ("detail", not options.detailed_only))
    return [name for name, ask in wanted if ask]


def ask_everything(app: "App", bank: "Bank", session: "Session", options: QuizOptions, saver: "SessionSaver",
                   resumed: bool, unasked: "set[str] | frozenset[str]" = frozenset()) -> None:
    """Every item, then the follow-up questions, one screen at a time; `b` goes back a screen
    (from the first follow-up question to the last item), and each answer is saved at once.
    The position counts every follow-up question, asked or not, so a quiz resumes on the screen
    where it stopped whatever flags the resuming run gives; those the flags answer are passed
    over in the direction the person was going."""
    from ..quiz.session import FOLLOW_UP_STEPS
    from ..terminal import quiz_screens

    items = bank.presented()
    wanted = [step for step in preference_steps(options) if step not in unasked]
    if session.stage != "items":  # a session saved by an earlier version, already past the items
        session.position = max(session.position, len(items))
    quiz_screens.show_intro(bank, app.screen, resumed)
    direction = 1
    while session.position < len(items) + len(FOLLOW_UP_STEPS):
        if session.position < len(items):
            moved = ask_item_step(bank, session, items, session.position)
            if session.position + moved == len(items):
                ask_missing_scales(app, bank, session, saver)
        else:
            step = FOLLOW_UP_STEPS[session.position - len(items)]
            moved = ask_preference_step(session, step) if step in wanted else direction
        direction = moved
        session.position = max(0, session.position + moved)
        session.stage = "items" if session.position < len(items) else "preferences"
        save_progress(app, saver, session)
    session.stage = "done"
    save_progress(app, saver, session)


def save_progress(app: "App", saver: "SessionSaver", session: "Session | FitSession") -> None:
    """Save after an answer; when that fails, say so once and go on (the answers are still kept
    in memory, and the result is kept at the end)."""
    from ..terminal.quiz_screens import say

    saver.save(session)
    problem = saver.news()
    if problem is not None:
        say(app.screen, _("Your answers cannot be saved ({problem}): go on, the result will still be shown, "
                          "but a stopped quiz cannot be resumed.").format(problem=problem))


def ask_item_step(bank: "Bank", session: "Session", items: list, index: int) -> int:
    """Ask item `index`; +1 when answered or skipped, -1 to go back."""
    from ..terminal.quiz_screens import BACK, SKIP, ask_item

    item = items[index]
    answer = ask_item(bank, item, session.answers.get(item.id), index, len(items), can_go_back=index > 0)
    if answer == BACK:
        return -1
    session.answers[item.id] = None if answer == SKIP else int(answer)
    return 1


def ask_missing_scales(app: "App", bank: "Bank", session: "Session", saver: "SessionSaver") -> None:
    """A scale whose items were all skipped cannot be scored: ask its items again until one is answered."""
    from ..quiz.scoring import SCALES, scale_name
    from ..terminal.quiz_screens import BACK, SKIP, ask_item, say

    for scale in SCALES:
        scale_items = bank.items_of(scale)
        if any(session.answers.get(i.id) is not None for i in scale_items):
            continue
        say(app.screen, _("You skipped every {scale} activity; please answer at least one.").format(
            scale=scale_name(scale)))
        for n, item in enumerate(scale_items):
            answer = ask_item(bank, item, None, n, len(scale_items), can_go_back=False,
                              can_skip=n < len(scale_items) - 1)
            if answer not in (SKIP, BACK):
                session.answers[item.id] = int(answer)
                save_progress(app, saver, session)
                break


def ask_preference_step(session: "Session", step: "FollowUp") -> int:
    """Ask one preference question; +1 when answered or skipped, -1 to go back."""
    from ..terminal.quiz_screens import BACK, ask_detail, ask_likes, ask_salary, ask_values, ask_zone

    answered = step in session.asked
    if step == "likes":
        answer = ask_likes(session.likes)
    elif step == "values":
        answer = ask_values(session.values)
    elif step == "zone":
        answer = ask_zone(session.max_zone, answered)
    elif step == "salary":
        answer = ask_salary(session.threshold, answered, salary_unit(session))
        if answer not in (BACK, None):
            answer = str(answer)  # kept as it reads back: 40000USD/year
    else:
        answer = ask_detail(session.detailed_only, answered)
    if answer == BACK:
        return -1
    setattr(session, {"likes": "likes", "values": "values", "zone": "max_zone", "salary": "min_salary", "detail": "detailed_only"}[step],
            answer)
    if not answered:
        session.asked.append(step)
    return 1


def salary_unit(session: "Session") -> "Unit":
    """What a bare amount typed at the salary question means: the unit of the quiz's language (EUR a
    month in French, USD a year otherwise), which the question states."""
    from ..facts.pay import default_unit

    return default_unit()


def pause(app: "App", session: "Session", saver: "SessionSaver") -> NoReturn:
    save_and_stop(app, session, saver, _("Quiz paused, answers saved: {n}; continue with: careers quiz --resume"))


def save_and_stop(app: "App", session: "Session | FitSession", saver: "SessionSaver", message: str) -> NoReturn:
    """Save what was answered (atomically) and stop with exit code 130, saying `message` (`{n}`:
    how many answers were saved), or that they could not be saved."""
    app.err.print()
    if not saver.save(session):
        raise Interrupted(_("Stopped; the answers could not be saved ({problem})").format(problem=saver.problem))
    raise Interrupted(message.format(n=sum(1 for v in session.answers.values() if v is not None)))


def finish(app: "App", catalog: "Catalog", bank: "Bank", session: "Session", options: QuizOptions,
           saver: "SessionSaver") -> "QuizResult":
    """Score, rank and keep the result; the paused session is removed once the result exists
    (or is refused as flat), when it is this quiz's own."""
    from ..quiz.answers import answer_string
    from ..quiz.pool import build_result
    from ..quiz.quality import profile_flags
    from ..quiz.scoring import FlatProfileError, score_answers
    from .results import keep

    profile = score_answers(bank, session.answers)
    try:
        result = build_result(catalog, profile, preferences(options, session), options.top,
                              app.scope(options.catalog), options.sort, options.pay_in,
                              profile_flags(profile, bank, session.answers))
    except FlatProfileError:
        saver.clear()  # answering the same again would give the same flat profile
        raise
    result = msgspec.structs.replace(result, taken=app.env.now(), answers=answer_string(bank, session.answers))
    result = keep(app, result, dict(session.answers))
    saver.clear()
    return result
