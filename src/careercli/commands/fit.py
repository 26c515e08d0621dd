"""`careers fit`: test your compatibility with one career (its questions + an interest check)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from ..errors import Interrupted
from ..i18n import _, current_language

if TYPE_CHECKING:
    from ..app import App
    from ..quiz.bank import Bank
    from ..quiz.compatibility import Compatibility, FitQuestions


def fit_terminal_hint() -> str:
    return _("careers fit asks its questions in a terminal; without one, give answers with --answers FILE "
             "(see careers fit --help)")


def fit(app: "App", query: str, *, answers: Optional[str], extra_dirs: Optional[list[str]] = None,
        catalog_choice: Optional[str] = None) -> "Compatibility":
    """The compatibility with the career `query` names, from an answers file or asked at the terminal."""
    from ..quiz.bank import DEFAULT_BANK, load_bank
    from ..quiz.compatibility import compatibility, fit_questions
    from ..quiz.scoring import top_letters
    from ..text import localize

    if answers is None:
        app.require_terminal(fit_terminal_hint())
    from .lookup import find_career

    lang = current_language()
    catalog = app.catalog(extra_dirs)
    career_id, profile = find_career(app, catalog, query, app.scope(catalog_choice))
    entry = catalog.entries[career_id]
    texts = [localize(t, lang) or "" for t in profile.self_assessment]
    code = entry.holland or (top_letters(entry.riasec) if entry.riasec else None)
    bank = load_bank(DEFAULT_BANK)
    questions = fit_questions(texts, code, bank)
    title = localize(entry.title, lang) or entry.id
    if answers is not None:
        given = read_answers(app, answers, questions)
    else:
        given = ask(app, questions, bank, lang, title)
    return compatibility(entry.id, title, questions, given)


def read_answers(app: "App", name: str, questions: "FitQuestions") -> dict[str, Any]:
    from ..quiz.answers import fit_answers_from_file

    return fit_answers_from_file(name, [key for key, _text in questions.self_assessment],
                                 [item.id for item in questions.items], stdin=app.env.stdin)


def ask(app: "App", questions: "FitQuestions", bank: "Bank", lang: str, title: str) -> dict[str, Any]:
    from ..terminal.quiz_screens import ask_fit, show_fit_intro

    show_fit_intro(title, app.out)
    try:
        return ask_fit(questions, bank, lang)
    except KeyboardInterrupt:
        app.err.print()
        raise Interrupted(_("Compatibility test cancelled.")) from None
