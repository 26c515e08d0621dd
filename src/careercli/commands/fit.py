"""`careers fit`: test your compatibility with one career (its questions + an interest check)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from ..errors import EXIT_INTERRUPTED
from ..i18n import _, use_language


def run_fit(settings: Any, job: str, *, answers: Optional[str], lang: Optional[str], fmt: str,
            extra_dirs: Optional[list[Path]] = None) -> None:
    from ..quiz.bank import DEFAULT_BANK, load_bank
    from ..quiz.compatibility import compatibility, fit_questions
    from ..quiz.scoring import top_letters
    from ..text import localize
    from .quiz import require_terminal

    lang = use_language(lang)  # the report in the language of the questions
    if answers is None:
        require_terminal("fit")
    catalog = settings.catalog(extra_dirs)
    entry = catalog.find(job)
    profile = catalog.profile(entry)
    texts = [localize(t, lang) or "" for t in profile.self_assessment]
    code = entry.holland or (top_letters(entry.riasec) if entry.riasec else None)
    bank = load_bank(DEFAULT_BANK)
    questions = fit_questions(texts, code, bank)
    title = localize(entry.title, lang) or entry.id
    given = read_answers(answers, questions) if answers is not None else ask(questions, bank, lang, title)
    result = compatibility(entry.id, title, questions, given)
    emit(result, fmt)


def read_answers(name: str, questions: Any) -> dict[str, Any]:
    from ..quiz.answers import fit_answers_from_file

    return fit_answers_from_file(name, [key for key, _text in questions.self_assessment],
                                 [item.id for item in questions.items])


def ask(questions: Any, bank: Any, lang: str, title: str) -> dict[str, Any]:
    import typer
    from rich.text import Text

    from ..console import err, out
    from ..quiz.interactive import ask_fit
    from ..text import clean

    out().print(Text(_("Test your compatibility with: {title}").format(title=clean(title)), style="bold"))
    out().print(Text(_("First the career's own questions, then a few activities to rate. "
                       "Keys: 1-4 or 1-5 answer at once, s skip, Ctrl-C quit."), style="dim"))
    try:
        return ask_fit(questions, bank, lang)
    except KeyboardInterrupt:
        err().print()
        err().print(_("Compatibility test cancelled."), markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None


def emit(result: Any, fmt: str) -> None:
    from ..console import out, write_data
    from ..render.quiz_results import fit_json, render_fit

    if fmt == "json":
        write_data(fit_json(result))
    else:
        render_fit(result, out())
