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

from ..i18n import _, colon, current_language
from ..text import clean

if TYPE_CHECKING:
    from prompt_toolkit.styles import Style
    from prompt_toolkit.key_binding import KeyBindingsBase
    from questionary import Question
    from rich.console import Console

    from ..facts.pay import Threshold, Unit

    from ..quiz.bank import Bank, Item

SKIP, BACK, CANCEL = "skip", "back", "cancel"


def share_default_key_bindings() -> None:
    """prompt_toolkit makes its default key bindings (about 600: Emacs, Vi, search, mouse, each
    under its filters) again for every Application, and questionary makes two a question: a third
    of a whole quiz's processor time, 15 ms a screen. They hold nothing of one application (their
    filters and handlers ask for the running one), so one set is made and shared. Where
    prompt_toolkit no longer has these names, it keeps making its own."""
    import functools

    from prompt_toolkit.application import application

    for name in ("load_key_bindings", "load_page_navigation_bindings"):
        made = getattr(application, name, None)
        if callable(made) and not hasattr(made, "cache_info"):
            setattr(application, name, functools.cache(made))


share_default_key_bindings()
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


def plain_spaces() -> "Style":
    """The questions' style: a no-break space (French typography: « travail ? », « Soutien : ») shown as
    a space, where prompt_toolkit underlines it in yellow by default."""
    from prompt_toolkit.styles import Style

    return Style([("nbsp", "nounderline fg:default")])


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
    """One question; returns the value chosen, SKIP or BACK (`cancel_keys`: Esc and q give CANCEL).

    `options` are (value, label), keyed 1, 2, 3 ... (0 for the tenth). `current` is the value
    highlighted first; `answered` says it was chosen before (Enter then keeps it)."""
    width = terminal_width()
    choices: list[Any] = [Choice(wrapped(label, width, CHOICE_INDENT), value=value, shortcut_key=_key(n)) if _key(n)
                          else Choice(wrapped(label, width, CHOICE_INDENT - 3), value=value)
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
    question = questionary.select(fitted(message, qmark, after, width), choices=choices, qmark=qmark,
                                  use_shortcuts=True, default=default, instruction=instruction, style=plain_spaces())
    control = next(c for c in question.application.layout.find_all_controls() if isinstance(c, InquirerControl))
    _add_keys(question, _one_set_of_keys(control, answered, cancel_keys))
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


# How long a lone Esc waits for the rest of an arrow key's sequence before it counts as Esc:
# prompt_toolkit's 0.5 s made Esc feel slow. A terminal sends a whole sequence in one write, but
# over a slow remote link its bytes can arrive apart, and an arrow key read as Esc would leave the
# screen: 0.1 s, Vim's own default (defaults.vim, ttimeoutlen), still feels immediate.
ESCAPE_WAIT = 0.1  # seconds

CHOICE_INDENT = 6  # questionary's pointer (" » ") and number key ("1) ") before a choice
CHECKBOX_INDENT = 5  # its pointer and the box ("○ ") before a choice to tick


def wrapped(label: str, width: int, indent: int) -> str:
    """A choice's label wrapped between words for a terminal `width` columns wide, its lines under
    its first word: the terminal would cut it anywhere ("formation qua|lifiante")."""
    import textwrap

    room = max(12, width - indent - 1)
    if len(label) <= room:
        return label
    return ("\n" + " " * indent).join(textwrap.wrap(label, room, break_on_hyphens=False, break_long_words=False))


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
            bindings.add(key, eager=True)(lambda event: event.app.exit(result=CANCEL))
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

def show_intro(bank: "Bank", console: "Console", resumed: bool) -> None:
    from rich.text import Text

    lang = current_language()
    text_lang = bank.language(lang)
    title = bank.title.get(text_lang) or next(iter(bank.title.values()))
    console.print(Text(clean(title), style="bold"))
    console.print(Text(clean(bank.prompt[text_lang])))
    console.print(Text(_("Keys: 1-5 answer at once, s skip, b or ← back. About {minutes} minutes.").format(
        minutes=bank.minutes), style="dim"))
    print_command(console, _("Ctrl-C pauses; resume later with:"), "careers quiz --resume")
    if text_lang != lang:
        console.print(Text(_("This bank exists in English only; its items are shown in English."), style="dim"))
    if resumed:
        console.print(Text(_("Welcome back: continuing where you stopped."), style="dim"))


def show_fit_intro(title: str, console: "Console", resumed: bool = False) -> None:
    from rich.text import Text

    console.print(Text(_("Test your compatibility with: {title}").format(title=clean(title)), style="bold"))
    console.print(Text(_("First the career's own questions, then a few activities to rate. Keys: 1-4 or 1-5 "
                         "answer at once, s skip, b or ← back."), style="dim"))
    print_command(console, _("Ctrl-C pauses; resume later with:"), "careers fit --resume")
    if resumed:
        console.print(Text(_("Welcome back: continuing where you stopped."), style="dim"))


def print_command(console: "Console", lead: str, command: str) -> None:
    """A sentence and the command it names, the command never wrapped in two (text.command_lines)."""
    from rich.text import Text

    from ..text import command_lines

    for line in command_lines(lead, command, console.width):
        console.print(Text(line, style="dim"), soft_wrap=line.startswith("  "))


def say(console: "Console", message: str, style: str = "yellow") -> None:
    from rich.text import Text

    console.print(Text(clean(message), style=style))


# ---------------------------------------------------------------- the questions

def ask_item(bank: "Bank", item: "Item", previous: Optional[int], index: int, total: int, *,
             can_go_back: bool, can_skip: bool = True) -> Any:
    """One item on the 5-point scale: returns 1-5, SKIP or BACK."""
    lang = current_language()
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
        instruction=instruction, validate=lambda text: _valid_salary(text, unit), style=plain_spaces())
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
        if character.isdigit() or character in ".,  /'€$£" or character.isalpha():
            event.app.current_buffer.insert_text(character)

    _add_keys(question, bindings)
    answer = question.unsafe_ask()
    if answer in (SKIP, BACK):
        return None if answer == SKIP else BACK
    return salary_answer(answer, unit)


def salary_answer(text: str, unit: "Unit") -> "Threshold":
    """What was typed, as people write amounts (`2 500 €`, `1800 net`, `30k`); what it does not say
    is in `unit` (the question says which)."""
    from ..facts.pay import check_amount, parse_threshold

    return check_amount(parse_threshold(text, unit))


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


def ask_likes(current: Sequence[int]) -> Any:
    """The interest centres a person picks (up to MAX_LIKES; [] when skipped), or BACK.

    Space picks or unpicks the highlighted centre, Enter is done; `s` skips, `b`, `←` or `⌫` goes
    back, as on every screen."""
    from ..facts.centres import MAX_LIKES, all_centres

    width = terminal_width()
    choices = [Choice(wrapped(f"{c.number:>2}. {c.label()}", width, CHECKBOX_INDENT + 4), value=c.number,
                      checked=c.number in current) for c in all_centres()]
    instruction = _("(space picks up to {n}, Enter done, s skip, b back)").format(n=MAX_LIKES)

    def at_most_five(picked: list[Any]) -> Any:
        return True if len(picked) <= MAX_LIKES else _("Pick at most {n}").format(n=MAX_LIKES)

    message = _("Which of these do you like? (France Travail's interest centres)")
    question = questionary.checkbox(fitted(message, "?", len(instruction), width), choices=choices, validate=at_most_five, instruction=instruction,
                                    use_jk_keys=False, style=plain_spaces())
    bindings = KeyBindings()
    for key, result in (("s", SKIP), ("b", BACK), (Keys.Left, BACK), (Keys.Backspace, BACK)):
        _bind_exit(bindings, key, result)
    _add_keys(question, bindings)
    answer = question.unsafe_ask()
    return [] if answer == SKIP else answer


def _add_keys(question: "Question", bindings: "KeyBindingsBase") -> None:
    """Our keys over questionary's own (an application may have none), and Esc taken at once."""
    question.application.ttimeoutlen = ESCAPE_WAIT
    own = question.application.key_bindings
    question.application.key_bindings = merge_key_bindings([own, bindings]) if own is not None else bindings


def ask_values(current: Sequence[str]) -> Any:
    """The work values in the order that matters to the person (quiz/values.py keys; [] when
    skipped), or BACK. One screen per place, with the usual keys: a number picks, `s` ends the
    order (the values left share the last places), `b` takes back the last pick (on the first
    place: the previous screen). The sixth value follows the fifth."""
    from ..quiz.values import KEYS, statement, value_name

    picks: list[str] = []
    chosen = list(current)  # what each place held, highlighted when the person comes back to it
    while len(picks) < len(KEYS) - 1:
        left = [key for key in KEYS if key not in picks]
        options = [(key, f"{colon(value_name(key))} {statement(key)}") for key in left]  # French: Soutien : ...
        place = len(picks) + 1
        message = (_("What matters most to you at work?") if place == 1
                   else _("And then? (place {place} of {n})").format(place=place, n=len(KEYS)))
        highlight = chosen[len(picks)] if len(chosen) > len(picks) and chosen[len(picks)] in left else None
        answer = choose(message, options, current=highlight, answered=highlight is not None, can_skip=True,
                        can_go_back=True, skip_label=_("Skip") if place == 1 else _("That is all"))
        if answer == BACK:
            if not picks:
                return BACK
            picks.pop()
        elif answer == SKIP:
            return picks
        else:
            picks.append(answer)
            chosen[len(picks) - 1:len(picks)] = [answer]
    return picks + [key for key in KEYS if key not in picks]


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


class Explorer(Protocol):
    """What the results menu can do with a listed career (commands/explore.py does it)."""

    def careers(self) -> list[tuple[str, str]]: ...  # (id, label) of the careers listed now

    def open(self, career_id: str) -> None: ...

    def why(self, career_id: str) -> None: ...

    def hide(self, career_id: str) -> None: ...  # not for me: hidden, the next one brought in

    def compare(self, first: str, second: str) -> None: ...

    def moves(self, career_id: str) -> None: ...


def explore_results(explorer: Explorer) -> None:
    """After the results: choose a listed career (its number, or ↑/↓ and Enter), then what to do
    with it; Back returns to the list, which keeps its place. `s` is done; Esc or q (and Ctrl-C)
    raise KeyboardInterrupt: the caller stops quietly, with one line."""
    current: Any = None
    while True:
        options = explorer.careers()
        if not options:
            return
        career_id = choose(_("Explore a career?"), options, current=current, answered=current is not None,
                           can_skip=True, skip_label=_("Done"), cancel_keys=True,
                           instruction=_("({keys}, s done, Esc or q quits)").format(keys=numbers(len(options))))
        if career_id == CANCEL:
            raise KeyboardInterrupt
        if career_id == SKIP:
            return
        current = career_id if career_menu(explorer, career_id, dict(options)[career_id]) else None


def career_menu(explorer: Explorer, career_id: str, label: str) -> bool:
    """What to do with one career, until Back; False when it was hidden (it left the list)."""
    actions = [("open", _("Open its profile")), ("why", _("Why did it come up?")),
               ("compare", _("Compare it with another listed career")), ("moves", _("Moves from this career")),
               ("hide", _("Not for me: hide it and bring in the next"))]
    current, done = "open", False
    while True:
        action = choose(clean(label), actions, current=current, answered=done, can_go_back=True, cancel_keys=True)
        if action == CANCEL:
            raise KeyboardInterrupt
        if action == BACK:
            return True
        if action == "hide":
            explorer.hide(career_id)
            return False
        if action == "compare":
            compare_with(explorer, career_id)
        else:
            getattr(explorer, action)(career_id)
        current, done = action, True


def compare_with(explorer: Explorer, career_id: str) -> None:
    others = [(other, text) for other, text in explorer.careers() if other != career_id]
    if not others:
        return
    other = choose(_("Compare with which career?"), others, can_go_back=True, cancel_keys=True)
    if other == CANCEL:
        raise KeyboardInterrupt
    if other != BACK:
        explorer.compare(career_id, other)


def ask_fit_question(text: str, labels: list[tuple[Any, str]], previous: Any, index: int, total: int, *,
                     can_go_back: bool) -> Any:
    """A fit question (the career's own, 1-4, or an activity, 1-5): the value, SKIP or BACK."""
    middle = labels[len(labels) // 2][0]
    return choose(clean(text), labels, qmark=progress(index, total), current=previous if previous is not None else middle,
                  answered=previous is not None, can_skip=True, can_go_back=can_go_back)
