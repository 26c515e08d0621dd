"""The interactive quiz and fit screens (questionary). Imported only on the interactive path.

One item at a time: keys 1-5 answer at once, s skips, b or ← goes back, Enter takes the
highlighted choice, Ctrl-C pauses (the caller saves the session and exits 130).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Callable, Optional

import questionary
from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
from prompt_toolkit.keys import Keys
from questionary import Choice, Separator
from questionary.prompts.common import InquirerControl

from ..i18n import _
from ..quiz.session import MAX_SALARY
from ..text import clean

if TYPE_CHECKING:
    from rich.console import Console

    from ..quiz.bank import Bank
    from ..quiz.compatibility import FitQuestions
    from ..quiz.ranking import Match
    from ..quiz.session import Session

SKIP, BACK = "skip", "back"
BAR_WIDTH = 12

def study_choices() -> list[tuple[Optional[int], str]]:
    """How long a person is willing to study, as the highest O*NET job zone to keep."""
    return [
        (1, _("None: I want to start working soon (job zone 1)")),
        (2, _("A short training, a few months to a year (up to job zone 2)")),
        (3, _("Two or three years of vocational training or college (up to job zone 3)")),
        (4, _("A bachelor's degree, three or four years (up to job zone 4)")),
        (5, _("A master's degree or longer (up to job zone 5)")),
        (None, _("It does not matter")),
    ]


def one_key_select(message: str, choices: list[Any], *, qmark: str, instruction: str, default: Any = None) -> Any:
    """A questionary select where a shortcut key answers at once (no Enter needed); ← and ⌫ go back."""
    question = questionary.select(message, choices=choices, qmark=qmark, use_shortcuts=True,
                                  instruction=instruction, default=default)
    control = next(c for c in question.application.layout.find_all_controls() if isinstance(c, InquirerControl))
    extra = KeyBindings()
    for index, choice in enumerate(control.choices):
        if not isinstance(choice, Separator) and choice.shortcut_key:
            _bind_answer(extra, control, index, choice.shortcut_key)
    back = next((i for i, c in enumerate(control.choices) if not isinstance(c, Separator) and c.value == BACK), None)
    if back is not None:
        for key in (Keys.Left, Keys.Backspace):
            _bind_answer(extra, control, back, key)
    question.application.key_bindings = merge_key_bindings([question.application.key_bindings, extra])
    return question.unsafe_ask()


def _bind_answer(bindings: KeyBindings, control: InquirerControl, index: int, key: Any) -> None:
    @bindings.add(key, eager=True)
    def answer(event: Any) -> None:
        control.pointed_at = index
        control.is_answered = True
        event.app.exit(result=control.get_pointed_at().value)


def progress(done: int, total: int) -> str:
    filled = round(done / total * BAR_WIDTH) if total else 0
    return f"{done + 1:>2}/{total} " + "█" * filled + "░" * (BAR_WIDTH - filled)


def show_intro(bank: "Bank", lang: str, console: "Console", resumed: bool) -> None:
    from rich.text import Text

    text_lang = bank.language(lang)
    title = bank.title.get(text_lang) or next(iter(bank.title.values()))
    console.print(Text(clean(title), style="bold"))
    console.print(Text(clean(bank.prompt[text_lang])))
    console.print(Text(_("Keys: 1-5 answer at once, s skip, b or ← back, Ctrl-C pause (resume later with "
                         "`careers quiz --resume`). About {minutes} minutes.").format(minutes=bank.minutes), style="dim"))
    if text_lang != lang:
        console.print(Text(_("This bank exists in English only; its items are shown in English."), style="dim"))
    if resumed:
        console.print(Text(_("Welcome back: continuing where you stopped."), style="dim"))


def show_fit_intro(title: str, console: "Console") -> None:
    from rich.text import Text

    console.print(Text(_("Test your compatibility with: {title}").format(title=clean(title)), style="bold"))
    console.print(Text(_("First the career's own questions, then a few activities to rate. "
                         "Keys: 1-4 or 1-5 answer at once, s skip, Ctrl-C quit."), style="dim"))


def ask_items(bank: "Bank", session: "Session", save: Callable[[], Any]) -> None:
    """Ask every item from `session.position` on, updating the session (saved after each answer)."""
    items = bank.presented()
    while session.position < len(items):
        item = items[session.position]
        answer = ask_item(bank, session, item, session.position, len(items), can_go_back=session.position > 0)
        if answer == BACK:
            session.position -= 1
            continue
        session.answers[item.id] = None if answer == SKIP else int(answer)
        session.position += 1
        save()


def ask_missing_scales(bank: "Bank", session: "Session", save: Callable[[], Any], console: "Console") -> None:
    """A scale whose items were all skipped cannot be scored: ask its items again until one is answered."""
    from rich.text import Text

    from ..quiz.scoring import SCALES, scale_name

    for scale in SCALES:
        items = bank.items_of(scale)
        if any(session.answers.get(i.id) is not None for i in items):
            continue
        console.print(Text(_("You skipped every {scale} activity; please answer at least one.").format(
            scale=scale_name(scale)), style="yellow"))
        for n, item in enumerate(items):
            answer = ask_item(bank, session, item, n, len(items), can_go_back=False, can_skip=n < len(items) - 1)
            if answer != SKIP:
                session.answers[item.id] = int(answer)
                save()
                break


def ask_item(bank: "Bank", session: "Session", item: Any, index: int, total: int, *, can_go_back: bool,
             can_skip: bool = True) -> Any:
    """One item on the 5-point scale: returns 1-5, SKIP or BACK."""
    lang = bank.language(session.lang)
    choices: list[Any] = [Choice(label, value=v, shortcut_key=str(v))
                          for v, label in zip(bank.response.values, bank.response.labels[lang])]
    keys = "1-5"
    if can_skip:
        choices += [Separator(), Choice(_("Skip"), value=SKIP, shortcut_key="s")]
        keys += _(", s skip")
    if can_go_back:
        choices.append(Choice(_("← Back"), value=BACK, shortcut_key="b"))
        keys += _(", b back")
    previous = session.answers.get(item.id)
    default = next(c for c in choices if isinstance(c, Choice) and c.value == (previous or 3))
    return one_key_select(clean(item.text[lang]), choices, qmark=progress(index, total), instruction=f"({keys})",
                          default=default)


def ask_preferences(session: "Session", save: Callable[[], Any], *, ask_zone: bool, ask_salary: bool,
                    ask_detail: bool) -> None:
    """The preference questions not already given as flags or answered before a pause."""
    if ask_zone and "zone" not in session.asked:
        choices = [Choice(label, value=zone if zone is not None else 0) for zone, label in study_choices()]
        zone = questionary.select(_("How long are you willing to study or train?"), choices=choices,
                                  default=choices[-1]).unsafe_ask()
        session.max_zone = zone or None
        session.asked.append("zone")
        save()
    if ask_salary and "salary" not in session.asked:
        text = questionary.text(_("Lowest monthly gross salary you would accept (Enter to skip):"),
                                validate=_valid_salary).unsafe_ask()
        session.min_salary = float(text.replace(",", ".")) if text.strip() else None
        session.asked.append("salary")
        save()
    if ask_detail and "detail" not in session.asked:
        session.detailed_only = questionary.confirm(
            _("Only careers with a detailed profile (studies, salary, a typical day)?"), default=False).unsafe_ask()
        session.asked.append("detail")
        save()


def _valid_salary(text: str) -> Any:
    if not text.strip():
        return True
    try:
        amount = float(text.replace(",", "."))
        return (math.isfinite(amount) and 0 <= amount <= MAX_SALARY) or _("Type a positive number, or nothing")
    except ValueError:
        return _("Type a number such as 2500, or nothing to skip")


def offer_profiles(matches: list["Match"], open_profile: Callable[[str], None]) -> None:
    """After the results: open any of the listed careers, as `careers show` would."""
    if not matches:
        return
    choices = [Choice(f"{m.rank}. {clean(m.title)} ({m.match}%)", value=m.id) for m in matches]
    choices.append(Choice(_("Done"), value=""))
    while True:
        career_id = questionary.select(_("Open a career profile?"), choices=choices,
                                       instruction=_("(↑/↓ and Enter)")).unsafe_ask()
        if not career_id:
            return
        open_profile(career_id)


def ask_fit(questions: "FitQuestions", bank: "Bank", lang: str) -> dict[str, Any]:
    """Ask the self-assessment questions, then the interest items; return answers by key."""
    from ..quiz.compatibility import ANSWER_LABELS, NO, RATHER_NO, RATHER_YES, YES

    answers: dict[str, Any] = {}
    total = len(questions.self_assessment) + len(questions.items)
    words = list(zip((YES, RATHER_YES, RATHER_NO, NO), ANSWER_LABELS.get(lang, ANSWER_LABELS["en"])))
    for n, (key, text) in enumerate(questions.self_assessment):
        choices = [Choice(label, value=value, shortcut_key=str(i)) for i, (value, label) in enumerate(words, 1)]
        choices += [Separator(), Choice(_("Skip"), value=SKIP, shortcut_key="s")]
        answer = one_key_select(clean(text), choices, qmark=progress(n, total), instruction=_("(1-4, s skip)"))
        answers[key] = None if answer == SKIP else answer
    item_lang = bank.language(lang)
    labels = bank.response.labels[item_lang]
    offset = len(questions.self_assessment)
    for n, item in enumerate(questions.items):
        choices = [Choice(label, value=v, shortcut_key=str(v)) for v, label in zip(bank.response.values, labels)]
        choices += [Separator(), Choice(_("Skip"), value=SKIP, shortcut_key="s")]
        answer = one_key_select(clean(item.text[item_lang]), choices, qmark=progress(offset + n, total),
                                instruction=_("(1-5, s skip)"), default=choices[2])
        answers[item.id] = None if answer == SKIP else int(answer)
    return answers
