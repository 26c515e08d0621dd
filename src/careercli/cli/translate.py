"""The command line in the user's language: help texts, Typer's own words and its usage errors.

Typer (0.26 and later) vendors Click 8.3.1 without Click's gettext calls: a few words of
typer/core.py still go through `gettext.gettext` (one process-wide domain, the language taken
from the environment at each call), everything else ("Usage:", "Show this message and exit.",
"Missing argument", "Try 'careers -h' for help.") is plain English. So careers translates its
command line itself, with its own catalog and the language of the run:

- the language is known before Typer parses anything: `--lang` anywhere on the command line,
  else CAREERS_LANG, LANGUAGE, LC_ALL, LANG (`requested_language`);
- help texts stay English in the code (docstrings, `help=`, `metavar=`): `localize()` puts a
  command and its parameters into the current language when the group hands the command out,
  keeping the English aside so that the next run (tests run many in one process) starts from
  it; command modules are still imported only when they are needed (cli/group.py);
- `LocalizedContext` gives every command a help formatter that writes "Usage:", the headings
  and the "[default: ...]" notes in that language, and translates the help option;
- `describe()` words a usage error from the exception's own fields, or from the English message
  when that is all there is (CLICK_MESSAGES).

`tools/i18n.py extract` collects the help texts by walking the commands (`help_messages`, through
cli/messages.py): a new
command or option needs no marker, only English help. In a docstring, a paragraph is one
message; a `\\b` block is a heading ("Examples:") and command lines, each of which may end with
a comment after "  # ", the only part of it that is translated.
"""

from __future__ import annotations

import ast
import re
from typing import Any, Callable, Iterator, Mapping, Optional, Sequence

import typer
from typer._click.formatting import HelpFormatter

from ..i18n import (
    LANGUAGES, N_, REPR, _, current_language, formatted, has_interface, interface_language, match_template, translated,
)
from ..patterns import lazy

LANG_OPTION = "--lang"
EXAMPLE_COMMENT = "  # "
_WORD = lazy(r"[A-Z][A-Z_]+")  # the words of a metavar (JOB, ONET_DIR); N or R=.. are not words
_ENGLISH = "_careers_english"  # where a command or parameter keeps its English texts
_NOTES = lazy(r"(?:^|(?<=  ))\[([^\[\]]*)\]$")  # Typer's "  [default: rich; required]"

# Typer's own words, as it writes them (the headings and notes of --help, the help option)
TYPER_WORDS = (
    N_("Usage: "), N_("Arguments"), N_("Options"), N_("Commands"), N_("Show this message and exit."),
    N_("required"), N_("default: {default}"), N_("env var: {var}"), N_("{heading}:"), N_("Aborted!"),
    N_("OPTIONS"), N_("COMMAND"), N_("ARGS"),
    N_("int"), N_("int range"), N_("float"), N_("float range"), N_("boolean"),  # the types' names, in errors
)

# What Typer's Click writes into a usage error's message, as format strings: an error that has
# no fields of its own is translated by matching its message against these.
CLICK_MESSAGES = (
    N_("{value!r} is not one of {choices}."),
    N_("{value!r} is not a valid {type}."),
    N_("{value} is not in the range {range}."),
    N_("{value!r} is not a valid boolean. Recognized values: {choices}"),
    N_("Choose from:\n\t{choices}"),
    N_("Got unexpected extra argument(s) ({args})"),
    N_("Option {name!r} requires an argument."),
    N_("Option {name!r} requires {count} arguments."),
    N_("Option {name!r} does not take a value."),
    N_("Argument {name!r} takes {count} values."),
    N_("No such command {name!r}."),
    N_("No such command {name!r}. Did you mean {choices}?"),
    N_("Missing command."),
)


# ---------------------------------------------------------------- the language of a run

def requested_language(args: Sequence[str], variables: Mapping[str, str]) -> str:
    """The interface language of a run: the last valid `--lang X` (or `--lang=X`) before `--`,
    wherever it is, else the environment's. An unknown value is left for the option to refuse."""
    chosen = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == LANG_OPTION and index + 1 < len(args):
            value = args[index + 1]
        elif arg.startswith(LANG_OPTION + "="):
            value = arg.partition("=")[2]
        else:
            continue
        if value in LANGUAGES:
            chosen = value
    return chosen or interface_language(variables)


def speaks_interface() -> bool:
    """Whether the current language has a catalog of its own (else Typer's English stays)."""
    lang = current_language()
    return lang != "en" and has_interface(lang)


# ---------------------------------------------------------------- help texts

def rewrite_help(text: str, translate: Callable[[str], str]) -> str:
    """`text` with each of its messages passed through `translate` (see the module's docstring)."""
    paragraphs = []
    for paragraph in text.split("\n\n"):
        if paragraph.startswith("\b\n"):
            heading, *lines = paragraph[2:].split("\n")
            heading = translate(heading) if heading.endswith(":") else heading
            paragraphs.append("\n".join(["\b", heading, *(_example(line, translate) for line in lines)]))
        elif paragraph.strip():
            paragraphs.append(translate(" ".join(paragraph.split())))
    return "\n\n".join(paragraphs)


def _example(line: str, translate: Callable[[str], str]) -> str:
    command, separator, comment = line.partition(EXAMPLE_COMMENT)
    return f"{command}{separator}{translate(comment)}" if separator else line


def rewrite_metavar(metavar: str, translate: Callable[[str], str]) -> str:
    return _WORD.sub(lambda word: translate(word.group()), metavar)


def localize(command: Any) -> Any:
    """`command`, its parameters and its subcommands in the current language, in place."""
    english = _english(command, ("help", "short_help", "epilog", "options_metavar", "subcommand_metavar"))
    for name in ("help", "short_help", "epilog"):
        if english[name]:
            setattr(command, name, rewrite_help(english[name], translated))
    for name in ("options_metavar", "subcommand_metavar"):
        if english[name]:
            setattr(command, name, rewrite_metavar(english[name], translated))
    for param in command.params:
        texts = _english(param, ("help", "metavar"))
        if texts["help"]:
            param.help = translated(texts["help"])
        if texts["metavar"]:
            param.metavar = rewrite_metavar(texts["metavar"], translated)
    command.context_class = LocalizedContext
    for subcommand in getattr(command, "commands", {}).values():
        localize(subcommand)
    return command


def _english(thing: Any, names: tuple[str, ...]) -> dict[str, Any]:
    """The English texts of `thing`, saved the first time it is localized."""
    saved = vars(thing).get(_ENGLISH)
    if saved is None:
        saved = {name: getattr(thing, name, None) for name in names}
        setattr(thing, _ENGLISH, saved)
    return saved


class LocalizedFormatter(HelpFormatter):  # typer.Context.formatter_class
    """Click's help formatter, writing Typer's own words in the current language."""

    def write_usage(self, prog: str, args: str = "", prefix: Optional[str] = None) -> None:
        super().write_usage(prog, args, _("Usage: ") if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        self.write(" " * self.current_indent + _("{heading}:").format(heading=translated(heading)) + "\n")

    def write_dl(self, rows: Sequence[tuple[str, str]], *args: Any, **kwargs: Any) -> None:
        super().write_dl([(term, _notes(definition)) for term, definition in rows], *args, **kwargs)


def _notes(definition: str) -> str:
    """Typer's "[default: x; required]" after an option's help, translated."""
    match = _NOTES.search(definition)
    if match is None:
        return definition
    notes = []
    for note in match.group(1).split("; "):
        name, separator, value = note.partition(": ")
        if note == "required":
            note = _("required")
        elif separator and name == "default":
            note = _("default: {default}").format(default=value)
        elif separator and name == "env var":
            note = _("env var: {var}").format(var=value)
        notes.append(note)
    return f"{definition[:match.start()]}[{_('; ').join(notes)}]"


class LocalizedContext(typer.Context):
    """The context of every careers command: a translating help formatter and help option."""

    formatter_class = LocalizedFormatter

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        option = self.command.get_help_option(self)  # made by Click on first use, in English
        if option is not None:
            option.help = translated(_english(option, ("help",))["help"])


def help_messages(command: Any, where: str) -> Iterator[tuple[str, str, bool]]:
    """(message, where, is a template with fields) for every translatable text of `command` and
    its subcommands, in English, as `localize` looks them up: what `tools/i18n.py extract` adds."""
    found: list[tuple[str, bool]] = []

    def plain(message: str) -> str:  # a message without fields, found and left as it is
        found.append((message, False))
        return message

    english = vars(command).get(_ENGLISH, {})
    for name in ("help", "short_help", "epilog"):
        text = english.get(name, getattr(command, name, None))
        if text:
            rewrite_help(text, plain)
    for param in command.params:
        texts = vars(param).get(_ENGLISH, {})
        help_text = texts.get("help", getattr(param, "help", None))
        if help_text:
            template = formatted(help_text)
            found.append((help_text, False) if template is None else (template.template, True))
        metavar = texts.get("metavar", param.metavar)
        if metavar:
            rewrite_metavar(metavar, plain)
    yield from ((message, where, template) for message, template in found)
    for subcommand in getattr(command, "commands", {}).values():
        yield from help_messages(subcommand, where)


# ---------------------------------------------------------------- usage errors

def quoted(text: str) -> str:
    return _("'{text}'").format(text=text)


def describe(error: typer.TyperException) -> str:
    """The message of a usage error in the current language (what follows "Error: ")."""
    if not speaks_interface():
        return error.format_message()
    from typer._click import exceptions as errors

    if isinstance(error, errors.MissingParameter):
        return _missing(error)
    if isinstance(error, errors.BadParameter):
        hint = _hint(error)
        message = translated_message(error.message)
        if hint is None:
            return _("Invalid value: {message}").format(message=message)
        return _("Invalid value for {name}: {message}").format(name=hint, message=message)
    if isinstance(error, errors.NoSuchOption) and error.message.startswith("No such option"):
        text = _("No such option: {name}").format(name=error.option_name)
        if error.possibilities:
            options = ", ".join(quoted(option) for option in sorted(error.possibilities))
            text += " " + _("(Possible options: {options})").format(options=options)
        return text
    if isinstance(error, errors.UsageError):
        return translated_message(error.message)
    return translated_message(error.format_message())


def _missing(error: Any) -> str:
    kind = error.param_type or (error.param.param_type_name if error.param is not None else "parameter")
    hint = _hint(error)
    if hint is None:
        text = _("Missing parameter.")
    else:
        text = {"argument": _("Missing argument {name}."), "option": _("Missing option {name}.")}.get(
            kind, _("Missing parameter {name}.")).format(name=hint)
    extra = [translated_message(error.message)] if error.message else []
    if error.param is not None:
        choices = error.param.type.get_missing_message(param=error.param, ctx=error.ctx)
        extra += [translated_message(choices)] if choices else []
    return " ".join([text, *extra])


def _hint(error: Any) -> Optional[str]:
    if error.param_hint is not None:
        names = [error.param_hint] if isinstance(error.param_hint, str) else list(error.param_hint)
    elif error.param is not None:
        param = error.param
        names = [param.human_readable_name] if param.param_type_name == "argument" else \
            (param.opts or [param.human_readable_name])
    else:
        return None
    return " / ".join(quoted(name) for name in names)


def translated_message(message: str) -> str:
    """A message Typer's Click wrote in English, in the current language when it is one of
    CLICK_MESSAGES; any other (careers' own, already translated) as it is."""
    found = match_template(message, CLICK_MESSAGES)
    if found is None:
        return message
    template, fields = found
    return translated(template).format(**{name: _field(name, value) for name, value in fields.items()})


def _field(name: str, value: str) -> str:
    if name == "choices" and re.match(REPR, value):  # 'show', 'search'
        return ", ".join(quoted(ast.literal_eval(choice)) for choice in re.findall(REPR, value))
    if re.fullmatch(REPR, value):  # a {name!r} field: the text itself; the translation quotes it
        return str(ast.literal_eval(value))
    if name == "type":  # integer, float
        return translated(value)
    return value


def show_usage_error(error: typer.TyperException) -> None:
    """What Typer prints for a usage error (usage, hint, "Error: ..."), in the current language."""
    from typer._click import exceptions as errors

    from ..text import clean_line

    if isinstance(error, errors.NoArgsIsHelpError):  # its message is the (translated) help
        error.show()
        return
    lines = []
    ctx = getattr(error, "ctx", None)
    if ctx is not None:
        lines.append(ctx.get_usage())
        if ctx.command.get_help_option(ctx) is not None:
            lines.append(_("Try {command} for help.").format(
                command=quoted(f"{ctx.command_path} {ctx.help_option_names[0]}")))
        lines.append("")
    lines.append(_("Error: {message}").format(message=clean_line(describe(error))))
    typer.echo("\n".join(lines), err=True)
