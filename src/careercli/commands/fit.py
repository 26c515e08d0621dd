"""`careers fit`: test your compatibility with one career (its questions + an interest check)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NoReturn, Optional

import msgspec

from ..errors import UsageError
from ..i18n import _, current_language, language

if TYPE_CHECKING:
    from ..app import App
    from ..quiz.bank import Bank
    from ..quiz.compatibility import Compatibility, FitQuestions
    from ..quiz.session import FitSession, SessionSaver


def fit_terminal_hint() -> str:
    return _("careers fit asks its questions in a terminal; without one, give answers with --answers FILE "
             "(see careers fit --help)")


def fit(app: "App", query: Optional[str], *, answers: Optional[str], resume: bool = False,
        extra_dirs: Optional[list[str]] = None, catalog_choice: Optional[str] = None) -> "Compatibility":
    """The compatibility with the career `query` names, from an answers file or asked at the
    terminal (then kept; Ctrl-C pauses it, `resume` continues it)."""
    if answers is not None and resume:
        raise UsageError(_("give only one of --answers and --resume"))
    if answers is None:
        app.require_prompt(fit_terminal_hint())
    session = paused_test(app, query, resume) if answers is None else None
    if session is not None:
        query = session.career
    if not query:
        raise UsageError(_("name the career to test (careers fit JOB), or continue a paused test with --resume"))
    with language(session.lang if session else current_language()) as lang:
        return msgspec.structs.replace(run_test(app, query, answers, session, extra_dirs, catalog_choice),
                                       lang=lang)


def run_test(app: "App", query: str, answers: Optional[str], session: Optional["FitSession"],
             extra_dirs: Optional[list[str]], catalog_choice: Optional[str] = None) -> "Compatibility":
    from ..quiz.bank import DEFAULT_BANK, load_bank
    from ..quiz.compatibility import career_test, compatibility

    from .lookup import find_career

    catalog = app.catalog(extra_dirs)
    career_id, profile = find_career(app, catalog, query, app.scope(catalog_choice))
    test = career_test(catalog.entries[career_id], profile)
    if answers is not None:
        given = read_answers(app, answers, test.questions)
        return msgspec.structs.replace(compatibility(test.career, test.title, test.questions, given, test.codes),
                                       taken=app.env.now())
    return interactive_test(app, test.questions, load_bank(DEFAULT_BANK), test.title,
                            session or new_session(test.career), test.codes)


def paused_test(app: "App", query: Optional[str], resume: bool) -> Optional["FitSession"]:
    """The paused test to continue: with --resume, or when the person chooses to at the prompt
    (a paused test is never discarded without asking)."""
    from ..quiz.session import clear_session, load_fit_session, session_path

    folder = app.env.user_data_dir()
    if resume:
        return load_fit_session(folder)
    if not session_path(folder, fit=True).exists():
        return None
    from ..terminal.quiz_screens import ask_paused, prompt_session

    with prompt_session(app.env):
        again = ask_paused(_("A paused compatibility test was found. Resume it or discard it?"),
                           _("Nothing changed; the paused test is still saved."))
    if again:
        return load_fit_session(folder)
    clear_session(folder, fit=True)
    return None


def new_session(career: str) -> "FitSession":
    from ..quiz.session import FitSession, session_language

    return FitSession(career=career, lang=session_language())


def read_answers(app: "App", name: str, questions: "FitQuestions") -> dict[str, Any]:
    from ..quiz.answers import fit_answers_from_file

    return fit_answers_from_file(name, [key for key, _text in questions.self_assessment],
                                 [item.id for item in questions.items] + [key for key, _text in questions.activities],
                                 stdin=app.env.stdin)


def interactive_test(app: "App", questions: "FitQuestions", bank: "Bank", title: str,
                     session: "FitSession", codes: dict[str, Any]) -> "Compatibility":
    from ..quiz.compatibility import compatibility
    from ..quiz.session import SessionSaver
    from ..terminal.quiz_screens import prompt_session, show_fit_intro
    from .results import keep

    check_paused_test(app, session, questions, bank)
    saver = SessionSaver(app.env.user_data_dir(), fit=True)
    with prompt_session(app.env):
        show_fit_intro(title, app.screen, resumed=session.position > 0)
        try:
            ask_questions(app, questions, bank, session, saver)
        except KeyboardInterrupt:
            pause(app, session, saver)
    result = compatibility(session.career, title, questions, dict(session.answers), codes)
    result = keep(app, msgspec.structs.replace(result, taken=app.env.now()), dict(session.answers))
    saver.clear()
    return result


def check_paused_test(app: "App", session: "FitSession", questions: "FitQuestions", bank: "Bank") -> None:
    """A paused test is checked in full against its career's questions before it goes on."""
    from ..errors import CareersError
    from ..quiz.session import fit_session_problem, session_path

    problem = fit_session_problem(session, [key for key, _text in questions.self_assessment],
                                  [item.id for item in questions.items], list(bank.response.values))
    if problem:
        raise CareersError(_("the paused test in {path} cannot be used ({problem}); start again with `careers fit JOB`").format(
            path=session_path(app.env.user_data_dir(), fit=True), problem=problem))


def ask_questions(app: "App", questions: "FitQuestions", bank: "Bank", session: "FitSession",
                  saver: "SessionSaver") -> None:
    """The career's questions (1-4), then the activities (1-5), one screen at a time; `b` goes
    back a screen; each answer is saved at once."""
    from ..quiz.compatibility import ANSWER_LABELS, NO, RATHER_NO, RATHER_YES, YES
    from ..terminal.quiz_screens import BACK, SKIP, ask_fit_question

    from .quiz import save_progress

    lang = current_language()
    words = list(zip((YES, RATHER_YES, RATHER_NO, NO), ANSWER_LABELS.get(lang, ANSWER_LABELS["en"])))
    item_lang = bank.language(lang)
    steps: list[tuple[str, str, list[tuple[Any, str]]]] = [(key, text, words) for key, text in questions.self_assessment]
    scale = list(zip(bank.response.values, bank.response.labels[item_lang]))
    steps += [(item.id, item.text[item_lang], scale) for item in questions.items]
    steps += [(key, text, scale) for key, text in questions.activities]  # the career's own, rated like items
    while session.position < len(steps):
        key, text, options = steps[session.position]
        answer = ask_fit_question(text, options, session.answers.get(key), session.position, len(steps),
                                  can_go_back=session.position > 0)
        if answer == BACK:
            session.position -= 1
            continue
        session.answers[key] = None if answer == SKIP else answer
        session.position += 1
        save_progress(app, saver, session)


def pause(app: "App", session: "FitSession", saver: "SessionSaver") -> NoReturn:
    from .quiz import save_and_stop

    save_and_stop(app, session, saver, _("Test paused, answers saved: {n}; continue with: careers fit --resume"))
