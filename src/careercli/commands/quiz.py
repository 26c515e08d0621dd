"""`careers quiz`: the RIASEC interest quiz, interactive or from answers, and the ranked careers."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, Optional

import msgspec

from ..errors import EXIT_INTERRUPTED, UsageError
from ..i18n import _, use_language

if TYPE_CHECKING:
    from ..quiz.bank import Bank
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
    lang: Optional[str] = None
    top: int = 10
    fmt: str = "rich"
    max_zone: Optional[int] = None
    min_salary: Optional[float] = None
    detailed_only: bool = False


def run_quiz(settings: Any, options: QuizOptions, extra_dirs: Optional[list[Path]] = None) -> None:
    lang = use_language(options.lang)  # results, notes and prompts in the language asked for
    given = [flag for flag, value in (("--answers", options.answers), ("--answers-string", options.answers_string),
                                      ("--scores", options.scores)) if value is not None]
    if len(given) > 1 or (given and options.resume):
        raise UsageError(_("give only one of --answers, --answers-string, --scores and --resume (got {flags})").format(
            flags=", ".join([*given, *(["--resume"] if options.resume else [])])))
    if given:
        from ..quiz.scoring import check_differentiated

        profile = profile_from_options(options)
        check_differentiated(profile.scores)  # before reading the catalog: refuse early
        result = build_result(settings.catalog(extra_dirs), profile, preferences(options), lang, options.top)
        emit(result, options.fmt, options.top)
    else:
        run_interactive(settings, options, lang, extra_dirs)


def require_terminal(command: str) -> None:
    """Prompts only on a real terminal; scripts are pointed to the flags instead."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        hints = {
            "quiz": _("careers quiz asks its questions in a terminal; without one, give answers with --answers FILE, "
                      "--answers-string DIGITS or --scores R=..,I=..,A=..,S=..,E=..,C=.. (see careers quiz --help)"),
            "fit": _("careers fit asks its questions in a terminal; without one, give answers with --answers FILE "
                     "(see careers fit --help)"),
        }
        raise UsageError(hints[command])


def profile_from_options(options: QuizOptions) -> "InterestProfile":
    from ..quiz.answers import answers_from_file, answers_from_string, parse_scores
    from ..quiz.scoring import profile_from_scores, score_answers

    if options.scores is not None:
        return profile_from_scores(parse_scores(options.scores))
    if options.answers is not None:
        bank, answers = answers_from_file(options.answers, options.bank)
    else:
        bank, answers = answers_from_string(options.answers_string or "", options.bank)
    return score_answers(bank, answers)


def build_result(catalog: Any, profile: "InterestProfile", prefs: Any, lang: str, top: int) -> "QuizResult":
    from ..quiz.results import quiz_result

    entries = catalog.entries.values()  # loads the index, which also gathers the problems
    notes = []
    if catalog.problems:
        bad = len({p.path for p in catalog.problems})
        notes.append(_("Profiles that could not be read, not ranked (see careers validate): {n}").format(n=bad))
    return quiz_result(profile, entries, prefs, lang, notes, limit=top)


def preferences(options: QuizOptions, session: Optional["Session"] = None) -> Any:
    """Flags first, then what the person answered in the quiz."""
    from ..quiz.ranking import Preferences

    if session is None:
        return Preferences(options.max_zone, options.min_salary, options.detailed_only)
    return Preferences(options.max_zone if options.max_zone is not None else session.max_zone,
                       options.min_salary if options.min_salary is not None else session.min_salary,
                       options.detailed_only or session.detailed_only)


def emit(result: "QuizResult", fmt: str, top: int) -> None:
    from ..console import err, out, write_data
    from ..render import quiz_results as render

    if fmt == "json":
        write_data(render.result_json(result, top))
        return
    if fmt == "csv":
        write_data(render.result_csv(result, top))
    elif fmt == "markdown":
        write_data(render.result_markdown(result, top))
    else:
        render.render_result(result, out(), top)
    render.print_notes(result.notes, err())


# ---------------------------------------------------------------- interactive

def run_interactive(settings: Any, options: QuizOptions, lang: str, extra_dirs: Optional[list[Path]]) -> None:
    """Ask (or resume), rank, show the results, offer to open a profile. Ctrl-C saves and exits 130."""
    from ..console import out
    from ..quiz.bank import load_bank

    require_terminal("quiz")
    session = start_session(options, lang)
    bank = load_bank(session.bank)
    try:
        ask_everything(bank, session, options, out(), resumed=options.resume)
        catalog = settings.catalog(extra_dirs)
        result = finish(catalog, bank, session, options)
    except KeyboardInterrupt:
        pause(session)
    emit(result, options.fmt, options.top)
    if options.fmt == "rich":
        offer(catalog, result, options)


def start_session(options: QuizOptions, lang: str) -> "Session":
    from ..console import err
    from ..quiz.bank import DEFAULT_BANK
    from ..quiz.session import Session, load_session, session_path

    if options.resume:
        return load_session()
    if session_path().exists():
        err().print(_("A paused quiz was found; this new quiz replaces it (use --resume to continue it)."),
                    markup=False, highlight=False, style="dim", soft_wrap=True)
    return Session(bank=options.bank or DEFAULT_BANK, lang=lang)


def ask_everything(bank: "Bank", session: "Session", options: QuizOptions, console: Any, resumed: bool) -> None:
    from ..quiz import interactive
    from ..quiz.session import save_session

    def save() -> None:
        save_session(session)

    if session.stage == "items":
        interactive.show_intro(bank, session.lang, console, resumed)
        interactive.ask_items(bank, session, save)
        interactive.ask_missing_scales(bank, session, save, console)
        session.stage = "preferences"
        save()
    interactive.ask_preferences(session, save, ask_zone=options.max_zone is None,
                                ask_salary=options.min_salary is None, ask_detail=not options.detailed_only)
    session.stage = "done"
    save()


def pause(session: "Session") -> NoReturn:
    """Save what was answered (atomically) and stop with exit code 130."""
    import typer

    from ..console import err
    from ..quiz.session import save_session

    save_session(session)
    answered = sum(1 for v in session.answers.values() if v is not None)
    err().print()
    err().print(_("Quiz paused with {n} answers saved; continue with: careers quiz --resume").format(n=answered),
                markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(EXIT_INTERRUPTED)


def finish(catalog: Any, bank: "Bank", session: "Session", options: QuizOptions) -> "QuizResult":
    """Score and rank; the saved session is removed once the result exists (or is refused as flat)."""
    from ..quiz.scoring import FlatProfileError, score_answers
    from ..quiz.session import clear_session

    try:
        result = build_result(catalog, score_answers(bank, session.answers), preferences(options, session),
                              session.lang, options.top)
    except FlatProfileError:
        clear_session()  # answering the same again would give the same flat profile
        raise
    clear_session()
    return result


def offer(catalog: Any, result: "QuizResult", options: QuizOptions) -> None:
    import typer

    from ..quiz.interactive import offer_profiles

    def open_profile(career_id: str) -> None:
        from .show import emit_rich

        emit_rich(catalog, catalog.profile(catalog.find(career_id)), result.lang, [], pager=True)

    try:
        offer_profiles(result.ranking.matches[: options.top], open_profile)
    except KeyboardInterrupt:
        raise typer.Exit(EXIT_INTERRUPTED) from None
