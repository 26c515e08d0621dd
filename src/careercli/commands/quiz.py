"""`careers quiz`: score answers (from flags, or asked at a terminal) and rank the catalog."""

from __future__ import annotations

from typing import TYPE_CHECKING, NoReturn, Optional

import msgspec

from ..errors import Interrupted, UsageError
from ..i18n import _, current_language, language

if TYPE_CHECKING:
    from ..app import App
    from ..catalog import Catalog
    from ..quiz.bank import Bank
    from ..quiz.ranking import Preferences
    from ..quiz.results import QuizResult
    from ..quiz.scoring import InterestProfile
    from ..quiz.session import Session


class QuizOptions(msgspec.Struct, frozen=True, kw_only=True):
    """The command line of `careers quiz`, as plain values."""

    bank: Optional[str] = None
    answers: Optional[str] = None
    answers_string: Optional[str] = None
    scores: Optional[str] = None
    resume: bool = False
    top: int = 10
    max_zone: Optional[int] = None
    min_salary: Optional[float] = None
    detailed_only: bool = False
    catalog: Optional[str] = None  # rome, onet or all (default: by language)

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
    from ..quiz.scoring import check_differentiated

    profile = profile_from_options(app, options)
    check_differentiated(profile.scores)  # before reading the catalog: refuse early
    return build_result(app.catalog(extra_dirs), profile, preferences(options), options.top, app.scope(options.catalog))


def profile_from_options(app: "App", options: QuizOptions) -> "InterestProfile":
    from ..quiz.answers import answers_from_file, answers_from_string, parse_scores
    from ..quiz.scoring import profile_from_scores, score_answers

    if options.scores is not None:
        return profile_from_scores(parse_scores(options.scores))
    if options.answers is not None:
        bank, answers = answers_from_file(options.answers, options.bank, stdin=app.env.stdin)
    else:
        bank, answers = answers_from_string(options.answers_string or "", options.bank)
    return score_answers(bank, answers)


def build_result(catalog: "Catalog", profile: "InterestProfile", prefs: "Preferences", top: int,
                 scope: Optional[frozenset[str]] = None) -> "QuizResult":
    from ..quiz.results import quiz_result

    entries, notes = ranked_entries(catalog, scope)
    return quiz_result(profile, entries, prefs, current_language(), notes, limit=top)


def ranked_entries(catalog: "Catalog", scope: Optional[frozenset[str]]) -> tuple[list, list[str]]:
    """The careers to rank (in scope, twins left out), and the notes saying what was left out."""
    from ..scope import in_scope, without_twins

    lang = current_language()
    entries, twins = without_twins(in_scope(catalog.entries.values(), scope), lang)  # also gathers problems
    notes = unreadable_note(catalog)
    if twins:
        notes.append(_("Careers left out as twins of others in the list (the same job in the other "
                       "reference): {n}").format(n=twins))
    return entries, notes


def unreadable_note(catalog: "Catalog") -> list[str]:
    problems = catalog.problems
    if not problems:
        return []
    bad = len({p.path for p in problems})
    return [_("Profiles that could not be read, not ranked (see careers validate): {n}").format(n=bad)]


def preferences(options: QuizOptions, session: Optional["Session"] = None) -> "Preferences":
    """Flags first, then what the person answered in the quiz."""
    from ..quiz.ranking import Preferences

    if session is None:
        return Preferences(options.max_zone, options.min_salary, options.detailed_only)
    return Preferences(options.max_zone if options.max_zone is not None else session.max_zone,
                       options.min_salary if options.min_salary is not None else session.min_salary,
                       options.detailed_only or session.detailed_only)


# ---------------------------------------------------------------- interactive

def interactive_quiz(app: "App", options: QuizOptions, extra_dirs: Optional[list[str]]) -> "QuizResult":
    """Ask (or resume), then rank. Ctrl-C saves what was answered and stops (exit code 130)."""
    from ..quiz.bank import load_bank

    app.require_terminal(quiz_terminal_hint())
    session = start_session(app, options)
    bank = load_bank(session.bank)
    with language(session.lang):  # a resumed quiz goes on in the language it was started in
        try:
            ask_everything(app, bank, session, options, resumed=options.resume)
            return finish(app, app.catalog(extra_dirs), bank, session, options)
        except KeyboardInterrupt:
            pause(app, session)


def start_session(app: "App", options: QuizOptions) -> "Session":
    from ..quiz.bank import DEFAULT_BANK
    from ..quiz.session import Session, load_session, session_path

    folder = app.env.user_data_dir()
    if options.resume:
        return load_session(folder)
    if session_path(folder).exists():
        app.message(_("A paused quiz was found; this new quiz replaces it (use --resume to continue it)."), style="dim")
    return Session(bank=options.bank or DEFAULT_BANK, lang=current_language())


def ask_everything(app: "App", bank: "Bank", session: "Session", options: QuizOptions, resumed: bool) -> None:
    from ..quiz.session import save_session
    from ..terminal import quiz_screens

    folder = app.env.user_data_dir()

    def save() -> None:
        save_session(session, folder)

    if session.stage == "items":
        quiz_screens.show_intro(bank, session.lang, app.out, resumed)
        quiz_screens.ask_items(bank, session, save)
        quiz_screens.ask_missing_scales(bank, session, save, app.out)
        session.stage = "preferences"
        save()
    quiz_screens.ask_preferences(session, save, ask_zone=options.max_zone is None,
                                 ask_salary=options.min_salary is None, ask_detail=not options.detailed_only)
    session.stage = "done"
    save()


def pause(app: "App", session: "Session") -> NoReturn:
    """Save what was answered (atomically) and stop with exit code 130."""
    from ..quiz.session import save_session

    save_session(session, app.env.user_data_dir())
    answered = sum(1 for v in session.answers.values() if v is not None)
    app.err.print()
    raise Interrupted(_("Quiz paused with {n} answers saved; continue with: careers quiz --resume").format(n=answered))


def finish(app: "App", catalog: "Catalog", bank: "Bank", session: "Session", options: QuizOptions) -> "QuizResult":
    """Score and rank; the saved session is removed once the result exists (or is refused as flat)."""
    from ..quiz.scoring import FlatProfileError, score_answers
    from ..quiz.session import clear_session

    folder = app.env.user_data_dir()
    try:
        result = build_result(catalog, score_answers(bank, session.answers), preferences(options, session),
                              options.top, app.scope(options.catalog))
    except FlatProfileError:
        clear_session(folder)  # answering the same again would give the same flat profile
        raise
    clear_session(folder)
    return result
