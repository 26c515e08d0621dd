"""The interactive quiz and fit screens (questionary). Imported only on the interactive path.

One set of keys on every screen (quiz items, the study, salary and detail questions, the fit
questions, the results menu and the paused-quiz question):

- number keys choose at once (1-5 on an item, 1-4 on a fit question, 1-6 for studies ...);
- `s` skips, `b`, `←` or `⌫` goes back to the previous screen;
- ↑/↓ move, and Enter takes the highlighted choice; but Enter on a question not yet answered
  does nothing, so a quick Enter never records "neutral";
- Ctrl-C raises KeyboardInterrupt: the caller saves what was answered and exits with 130.

The prompts draw on the terminal even when stdout is redirected (`careers quiz --format
markdown > results.md`): they then use stderr (see `prompt_session`).
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Callable, Iterator, Optional, Protocol, Sequence, TextIO

import questionary
from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
from prompt_toolkit.keys import Keys
from questionary import Choice, Separator
from questionary.prompts.common import InquirerControl

from ..i18n import _
from ..text import clean

if TYPE_CHECKING:
    from rich.console import Console

    from ..facts.pay import Threshold, Unit

    from ..quiz.bank import Bank, Item
    from ..quiz.letters import LetterMatch
    from ..quiz.ranking import Match

SKIP, BACK = "skip", "back"
BAR_WIDTH = 12


class Streams(Protocol):
    """What the prompts need to know of the run's streams (the application's Environment has it)."""

    @property
    def stdout_isatty(self) -> bool: ...

    @property
    def stderr_isatty(self) -> bool: ...

    @property
    def stderr(self) -> TextIO: ...


@contextmanager
def prompt_session(env: Streams) -> Iterator[None]:
    """Prompts on the terminal: stdout when it is one, else stderr (stdout then holds the data)."""
    if env.stdout_isatty or not env.stderr_isatty:
        yield
        return
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.output import create_output

    with create_app_session(output=create_output(stdout=env.stderr)):
        yield


def study_choices() -> list[tuple[Optional[int], str]]:
    """How long a person is willing to study, as the highest O*NET job zone to keep; ROME fiches
    are compared on the EQF (studylevels.EQF_OF_ZONE), so each choice names both."""
    return [
        (1, _("None: I want to start working soon (job zone 1; no diploma, EQF 1-2)")),
        (2, _("Secondary school or a short training (job zone 2; CAP, CESS, bac: up to EQF 4)")),
        (3, _("Two or three years of vocational training or college (job zone 3; bac+2, BTS: EQF 5)")),
        (4, _("A bachelor's degree, three or four years (job zone 4; bachelier, licence: EQF 6)")),
        (5, _("A master's degree or longer (job zone 5; master, doctorat: EQF 7-8)")),
        (None, _("It does not matter")),
    ]


def keys_hint(numbers: str, can_skip: bool, can_go_back: bool) -> str:
    hint = numbers
    if can_skip:
        hint += _(", s skip")
    if can_go_back:
        hint += _(", b back")
    return f"({hint})"


def choose(message: str, options: list[tuple[Any, str]], *, qmark: str = "?", current: Any = None,
           answered: bool = False, can_skip: bool = False, can_go_back: bool = False,
           skip_label: Optional[str] = None, instruction: Optional[str] = None, cancel_keys: bool = False) -> Any:
    """One question; returns the value chosen, SKIP or BACK (`cancel_keys`: Esc and q give SKIP too).

    `options` are (value, label), keyed 1, 2, 3 ... (0 for the tenth). `current` is the value
    highlighted first; `answered` says it was chosen before (Enter then keeps it)."""
    choices: list[Any] = [Choice(label, value=value, shortcut_key=_key(n)) if _key(n) else Choice(label, value=value)
                          for n, (value, label) in enumerate(options, 1)]
    if can_skip or can_go_back:
        choices.append(Separator())
    if can_skip:
        choices.append(Choice(skip_label or _("Skip"), value=SKIP, shortcut_key="s"))
    if can_go_back:
        choices.append(Choice(_("← Back"), value=BACK, shortcut_key="b"))
    default = next((c for c in choices if isinstance(c, Choice) and c.value == current), None)
    instruction = instruction or keys_hint(numbers(len(options)), can_skip, can_go_back)
    after = max([len(instruction), *(len(label) for _value, label in options)])  # the hint, then the answer
    question = questionary.select(fitted(message, qmark, after, terminal_width()), choices=choices, qmark=qmark,
                                  use_shortcuts=True, default=default, instruction=instruction)
    control = next(c for c in question.application.layout.find_all_controls() if isinstance(c, InquirerControl))
    question.application.key_bindings = merge_key_bindings([question.application.key_bindings,
                                                            _one_set_of_keys(control, answered, cancel_keys)])
    return question.unsafe_ask()


def fitted(message: str, qmark: str, after: int, width: int) -> str:
    """The question wrapped between words for a terminal `width` columns wide, its lines under
    its first word; what follows it on its last line (the key hint, then the answer: `after`
    columns) goes to a line of its own when it would not fit. A terminal left alone cuts a long
    line anywhere ("technique médical|e")."""
    import textwrap

    indent = " " * (len(qmark) + 1)
    room = max(20, width - len(indent) - 1)
    if len(message) + 1 + after <= room:
        return message
    lines = textwrap.wrap(message, room, break_on_hyphens=False) or [message]
    wrapped = ("\n" + indent).join(lines)
    if len(lines[-1]) + 1 + after > room:
        wrapped += "\n" + indent[:-1]  # questionary puts a space before the hint and the answer
    return wrapped


def terminal_width() -> int:
    from prompt_toolkit.application.current import get_app_session

    try:
        return get_app_session().output.get_size().columns
    except Exception:  # noqa: BLE001 - an output that cannot tell its size: the usual 80
        return 80


def numbers(count: int) -> str:
    """The number keys of `count` choices: "1-5", "1-9, 0"."""
    return "1" if count == 1 else f"1-{count}" if count < 10 else "1-9, 0"


def _key(n: int) -> Optional[str]:
    return str(n % 10) if n <= 10 else None


def _one_set_of_keys(control: InquirerControl, answered: bool, cancel_keys: bool = False) -> KeyBindings:
    bindings = KeyBindings()
    moved = [answered]
    if cancel_keys:  # Esc and q leave a menu, as people expect of one
        for key in (Keys.Escape, "q"):
            bindings.add(key, eager=True)(lambda event: event.app.exit(result=SKIP))
    for index, choice in enumerate(control.choices):
        if not isinstance(choice, Separator) and choice.shortcut_key:
            _bind_answer(bindings, control, index, choice.shortcut_key)
    back = next((i for i, c in enumerate(control.choices) if not isinstance(c, Separator) and c.value == BACK), None)
    if back is not None:
        for key in (Keys.Left, Keys.Backspace):
            _bind_answer(bindings, control, back, key)

    def move(step: int) -> Callable[[Any], None]:
        def handler(event: Any) -> None:
            moved[0] = True
            control.pointed_at = (control.pointed_at + step) % control.choice_count
            while not control.is_selection_valid():
                control.pointed_at = (control.pointed_at + step) % control.choice_count
        return handler

    for key, step in ((Keys.Up, -1), (Keys.ControlP, -1), (Keys.Down, 1), (Keys.ControlN, 1)):
        bindings.add(key, eager=True)(move(step))

    @bindings.add(Keys.ControlM, eager=True)
    def enter(event: Any) -> None:
        if moved[0]:  # Enter takes a choice the person moved to, or the answer they gave before
            control.is_answered = True
            event.app.exit(result=control.get_pointed_at().value)

    return bindings


def _bind_answer(bindings: KeyBindings, control: InquirerControl, index: int, key: Any) -> None:
    @bindings.add(key, eager=True)
    def answer(event: Any) -> None:
        control.pointed_at = index
        control.is_answered = True
        event.app.exit(result=control.get_pointed_at().value)


def progress(done: int, total: int) -> str:
    filled = round(done / total * BAR_WIDTH) if total else 0
    return f"{done + 1:>2}/{total} " + "█" * filled + "░" * (BAR_WIDTH - filled)


# ---------------------------------------------------------------- texts around the questions

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


def show_fit_intro(title: str, console: "Console", resumed: bool = False) -> None:
    from rich.text import Text

    console.print(Text(_("Test your compatibility with: {title}").format(title=clean(title)), style="bold"))
    console.print(Text(_("First the career's own questions, then a few activities to rate. Keys: 1-4 or 1-5 "
                         "answer at once, s skip, b or ← back, Ctrl-C pause (resume later with "
                         "`careers fit --resume`)."), style="dim"))
    if resumed:
        console.print(Text(_("Welcome back: continuing where you stopped."), style="dim"))


def say(console: "Console", message: str, style: str = "yellow") -> None:
    from rich.text import Text

    console.print(Text(clean(message), style=style))


# ---------------------------------------------------------------- the questions

def ask_item(bank: "Bank", lang: str, item: "Item", previous: Optional[int], index: int, total: int, *,
             can_go_back: bool, can_skip: bool = True) -> Any:
    """One item on the 5-point scale: returns 1-5, SKIP or BACK."""
    text_lang = bank.language(lang)
    options = list(zip(bank.response.values, bank.response.labels[text_lang]))
    return choose(clean(item.text[text_lang]), options, qmark=progress(index, total), current=previous or 3,
                  answered=previous is not None, can_skip=can_skip, can_go_back=can_go_back)


def ask_zone(current: Optional[int], answered: bool) -> Any:
    """The highest job zone to keep (None: it does not matter), or BACK."""
    options = [(zone if zone is not None else 0, label) for zone, label in study_choices()]
    answer = choose(_("How long are you willing to study or train?"), options, current=current or 0,
                    answered=answered, can_skip=True, can_go_back=True)
    return None if answer in (0, SKIP) else answer


def ask_salary(current: Optional["Threshold"], answered: bool, unit: "Unit") -> Any:
    """The lowest pay to accept (a `pay.Threshold`; None: no minimum), SKIP or BACK. The question
    says what a bare amount means (`unit`: the quiz language's currency and period, gross); the
    whole pay grammar is accepted too (`40000USD/year`). On an empty line `s` skips and `b` or ←
    goes back; Enter on an empty line does nothing."""
    from ..facts.pay import unit_text

    message = _("Lowest gross pay you would accept, in {unit} (type an amount, or another currency and period such "
                "as 2500EUR/month, then Enter):").format(unit=unit_text(unit))
    instruction = keys_hint(_("digits"), True, True)
    question = questionary.text(
        fitted(message, "?", len(instruction) + 16, terminal_width()),  # the hint, then what is typed
        default=_typed(current, unit) if answered and current is not None else "",
        instruction=instruction, validate=lambda text: _valid_salary(text, unit))
    bindings = KeyBindings()

    def on_empty(result: Any) -> Callable[[Any], None]:
        def handler(event: Any) -> None:
            buffer = event.app.current_buffer
            if not buffer.text:
                event.app.exit(result=result)
            elif result == BACK and event.key_sequence[0].key == Keys.Left:
                buffer.cursor_left()
            else:
                buffer.insert_text(event.data)  # a letter of a currency or a period: 2500EUR/month
        return handler

    for key, result in (("s", SKIP), ("b", BACK), (Keys.Left, BACK)):
        bindings.add(key, eager=True)(on_empty(result))

    @bindings.add(Keys.ControlM, eager=True)
    def enter(event: Any) -> None:
        buffer = event.app.current_buffer
        if buffer.text.strip() and buffer.validate():
            event.app.exit(result=buffer.text)

    @bindings.add(Keys.Any)
    def other(event: Any) -> None:
        character = event.data
        if character.isdigit() or character in ".,  /" or (character.isascii() and character.isalpha()):
            event.app.current_buffer.insert_text(character)

    question.application.key_bindings = merge_key_bindings([question.application.key_bindings, bindings])
    answer = question.unsafe_ask()
    if answer in (SKIP, BACK):
        return None if answer == SKIP else BACK
    return salary_answer(answer, unit)


def salary_answer(text: str, unit: "Unit") -> "Threshold":
    """What was typed: a bare amount is in `unit` (the question says which); else the pay grammar."""
    from ..facts.pay import Threshold, check_amount, parse_threshold

    cleaned = text.replace(" ", "").replace("\u00a0", "")
    threshold = parse_threshold(cleaned)
    if not any(c.isalpha() for c in cleaned):
        threshold = Threshold(amount=threshold.amount, currency=unit.currency, period=unit.period, basis=unit.basis)
    return check_amount(threshold)


def _typed(threshold: "Threshold", unit: "Unit") -> str:
    """A threshold as it would be typed back: the bare amount when it is in the question's unit."""
    same = (threshold.currency, threshold.period, threshold.basis) == tuple(unit)
    return f"{threshold.amount:g}" if same else str(threshold)


def _valid_salary(text: str, unit: "Unit") -> Any:
    from ..facts.pay import PayThresholdError

    if not text.replace(" ", "").replace("\u00a0", ""):
        return True
    try:
        salary_answer(text, unit)
    except PayThresholdError as error:
        return str(error)
    return True


def ask_likes(current: Sequence[int], lang: str) -> Any:
    """The interest centres a person picks (up to MAX_LIKES; [] when skipped), or BACK.

    Space picks or unpicks the highlighted centre, Enter is done; `s` skips, `b`, `←` or `⌫` goes
    back, as on every screen."""
    from ..facts.centres import MAX_LIKES, all_centres

    choices = [Choice(f"{c.number:>2}. {c.label(lang)}", value=c.number, checked=c.number in current)
               for c in all_centres()]
    instruction = _("(space picks up to {n}, Enter done, s skip, b back)").format(n=MAX_LIKES)

    def at_most_five(picked: list[Any]) -> Any:
        return True if len(picked) <= MAX_LIKES else _("Pick at most {n}").format(n=MAX_LIKES)

    question = questionary.checkbox(_("Which of these do you like? (France Travail's interest centres)"),
                                    choices=choices, validate=at_most_five, instruction=instruction,
                                    use_jk_keys=False)
    bindings = KeyBindings()
    for key, result in (("s", SKIP), ("b", BACK), (Keys.Left, BACK), (Keys.Backspace, BACK)):
        _bind_exit(bindings, key, result)
    question.application.key_bindings = merge_key_bindings([question.application.key_bindings, bindings])
    answer = question.unsafe_ask()
    return [] if answer == SKIP else answer


def _bind_exit(bindings: KeyBindings, key: Any, result: Any) -> None:
    @bindings.add(key, eager=True)
    def leave(event: Any) -> None:
        event.app.exit(result=result)


def ask_detail(current: bool, answered: bool) -> Any:
    """Only careers with a detailed profile? True, False (also when skipped) or BACK."""
    answer = choose(_("Only careers with a detailed profile (studies, salary, a typical day)?"),
                    [(True, _("Yes")), (False, _("No"))], current=current, answered=answered, can_skip=True,
                    can_go_back=True)
    return False if answer == SKIP else answer


def ask_paused(what: str, still_saved: str) -> bool:
    """A paused quiz or test exists: True to resume it, False to discard it and start again.
    Ctrl-C changes nothing: it stops with `still_saved` (exit code 130)."""
    from ..errors import Interrupted

    try:
        return bool(choose(what, [(True, _("Resume it")), (False, _("Discard it and start again"))]))
    except KeyboardInterrupt:
        raise Interrupted(still_saved) from None


def offer_profiles(matches: list["Match"], open_profile: Callable[[str], None],
                   by_letters: Sequence["LetterMatch"] = ()) -> None:
    """After the results: open any of the listed careers (its number, or ↑/↓ and Enter), as
    `careers show` would; the menu comes back on the career just read. Careers ranked by their
    official letters follow, with their letters and agreement instead of a match."""
    from ..quiz.letters import agreement_text

    options = [(m.id, f"{clean(m.title)} ({m.match}%)") for m in matches]
    options += [(m.id, f"{clean(m.title)} ({m.letters} {agreement_text(m.agreement)})") for m in by_letters]
    if not options:
        return
    current, opened = options[0][0], False
    while True:
        career_id = choose(_("Open a career profile?"), options, current=current, answered=opened, can_skip=True,
                           can_go_back=True, skip_label=_("Done"))
        if career_id in (SKIP, BACK):
            return
        open_profile(career_id)
        current, opened = career_id, True


def ask_fit_question(text: str, labels: list[tuple[Any, str]], previous: Any, index: int, total: int, *,
                     can_go_back: bool) -> Any:
    """A fit question (the career's own, 1-4, or an activity, 1-5): the value, SKIP or BACK."""
    middle = labels[len(labels) // 2][0]
    return choose(clean(text), labels, qmark=progress(index, total), current=previous if previous is not None else middle,
                  answered=previous is not None, can_skip=True, can_go_back=can_go_back)
