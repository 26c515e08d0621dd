"""The root command group: commands loaded lazily, and the one place a run ends.

Commands are loaded only when they run (click's lazy group pattern; Typer vendors click): `careers show` imports
the `show` module alone, so start-up stays flat as commands are added. `careers --help` imports
them all to list their help, but builds none of them: Typer makes a command's options by reading
every parameter's annotations (about 1.5 ms a command, 25 ms for the list), and the list needs
only each command's name and help (`summary`). The language of the run is chosen before
anything is parsed, and each command is handed out in it (cli/translate.py): help, Typer's own
words, usage errors.

Every run ends here: a command returns its exit code after its result was printed; an
expected failure (`CareersError`) becomes one line on stderr (and, with `--format json`, an
envelope on stdout) with its exit code; Ctrl-C exits 130; an unexpected exception is reported
as a bug in one line (`CAREERS_DEBUG=1` shows the traceback).
"""

from __future__ import annotations

import inspect
import os
import sys
from functools import lru_cache
from importlib import import_module
from typing import TYPE_CHECKING, Any, Optional, Sequence

import typer
import typer.core

from ..errors import CareersError, ExitCode, Interrupted

if TYPE_CHECKING:
    from typer._click import Context  # the type Typer's group gives its methods (typer.Context derives from it)

# name -> module of careercli.cli defining `command`; the order is the order of `careers --help`
COMMANDS: dict[str, str] = {
    "show": "show",
    "search": "search",
    "similar": "similar",
    "moves": "moves",
    "path": "path",
    "list": "listing",
    "criteria": "criteria",
    "compare": "compare",
    "quiz": "quiz",
    "values": "values",
    "fit": "fit",
    "class": "classroom",
    "results": "results",
    "new": "new",
    "validate": "validate",
    "schema": "schema",
    "about": "about",
    "import": "importer",
    "cache": "cache",
}
LISTING = "careers.listing"  # in a context's meta while --help lists the commands


@lru_cache(maxsize=None)
def command(module: str) -> Any:
    """The click command of a module of careercli.cli (its Typer application `app`), built once."""
    return typer.main.get_command(import_module(f"{__package__}.{module}").app)


@lru_cache(maxsize=None)
def summary(module: str) -> Any:
    """What `careers --help` lists of a command: its name and help texts, as Typer gives them to
    the command it builds (`command`), without its options. tests/test_help.py checks that both agree."""
    app = import_module(f"{__package__}.{module}").app
    if app.registered_callback or app.info.callback or app.registered_groups or len(app.registered_commands) > 1:
        info: Any = typer.main.solve_typer_info_defaults(typer.main.TyperInfo(app))  # a group
        name, help_text = info.name, info.help
    else:
        info = app.registered_commands[0]
        name = info.name or typer.main.get_command_name(info.callback.__name__)
        help_text = inspect.getdoc(info.callback) if info.help is None else inspect.cleandoc(info.help)
    return typer.core.TyperCommand(name=name, help=help_text, short_help=info.short_help, hidden=info.hidden,
                                   deprecated=info.deprecated)


class CareersGroup(typer.core.TyperGroup):
    def __init__(self, **settings: Any) -> None:
        super().__init__(**settings)
        from .translate import LocalizedContext

        self.context_class = LocalizedContext

    def list_commands(self, ctx: Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Context, name: str) -> Optional[Any]:
        module = COMMANDS.get(name)
        if module is None:
            return None
        from .translate import localize

        return localize(summary(module) if ctx.meta.get(LISTING) else command(module))

    def format_commands(self, ctx: Context, formatter: Any) -> None:
        """Typer's list of commands, made from their summaries (see the module's docstring)."""
        ctx.meta[LISTING] = True
        try:
            super().format_commands(ctx, formatter)
        finally:
            del ctx.meta[LISTING]

    def main(self, args: Optional[Sequence[str]] = None, prog_name: Optional[str] = None,
             complete_var: Optional[str] = None, standalone_mode: bool = True, windows_expand_args: bool = True,
             **extra: Any) -> Any:
        """The language first (`--lang` anywhere, else the environment), then Typer's run, whose
        usage errors are shown here, in that language."""
        from ..i18n import language
        from .translate import localize, requested_language

        args = list(sys.argv[1:] if args is None else args)
        extra.update(complete_var=complete_var, windows_expand_args=windows_expand_args)
        env = extra.get("obj")
        with language(requested_language(args, getattr(env, "variables", os.environ))):  # for this run only
            localize(self)
            if not standalone_mode:
                return super().main(args, prog_name, standalone_mode=False, **extra)
            sys.exit(self._standalone(args, prog_name, **extra))

    def _standalone(self, args: list[str], prog_name: Optional[str], **extra: Any) -> int:
        """Typer's run; its usage errors are shown here (in the run's language); the exit code."""
        from ..i18n import _
        from .translate import show_usage_error

        try:
            code = super().main(args, prog_name, standalone_mode=False, **extra)
        except typer.TyperException as error:  # a usage error (Click's exceptions derive from it)
            show_usage_error(error)
            return error.exit_code
        except typer.Abort:
            typer.echo(_("Aborted!"), err=True)
            return 1
        return code if isinstance(code, int) else 0

    def invoke(self, ctx: Context) -> Any:
        try:
            code = super().invoke(ctx)
        except CareersError as error:
            report(ctx, str(error), error.exit_code, is_error=error.is_error, data=getattr(error, "data", None))
        except KeyboardInterrupt:
            report(ctx, str(Interrupted("")), ExitCode.INTERRUPTED, is_error=False)
        except (typer.Exit, BrokenPipeError):  # the reader of stdout left (`| head`): main() says nothing
            raise
        except typer.TyperException as error:  # usage errors: main() prints them; JSON still gets its envelope
            from .translate import describe

            json_envelope(ctx, describe(error), error.exit_code)
            raise
        except Exception as error:  # noqa: BLE001 - the last guard against a traceback
            if _debugging(ctx):
                raise
            report(ctx, f"internal error ({type(error).__name__}: {error}); please report it with the command "
                        "that caused it (CAREERS_DEBUG=1 shows the details)", ExitCode.ERROR, is_error=True)
        if isinstance(code, int) and code:
            ctx.exit(code)
        return code


def _app(ctx: Context) -> Any:
    from ..app import App

    return ctx.find_object(App)


def _debugging(ctx: Context) -> bool:
    app = _app(ctx)
    variables = app.env.variables if app is not None else {}
    return bool(variables.get("CAREERS_DEBUG"))


def current_language() -> str:
    from ..i18n import current_language as current

    return current()


def report(ctx: Context, message: str, code: int, *, is_error: bool, data: object = None) -> None:
    """One line on stderr (control characters out), an envelope too under --format json, then exit."""
    from ..i18n import _, language
    from ..text import clean_line

    app = _app(ctx)
    with language(app.spoken if app is not None else current_language()):
        line = _("Error: {message}").format(message=clean_line(message)) if is_error else clean_line(message)
    json_envelope(ctx, message, code, data)
    if line and app is not None:
        app.err.print(line, markup=False, highlight=False, soft_wrap=True)
    elif line:
        typer.echo(line, err=True)
    ctx.exit(int(code))


def json_envelope(ctx: Context, message: str, code: int, data: object = None) -> None:
    app = _app(ctx)
    if app is not None and app.format == "json":
        app.write_json(app.command or ctx.invoked_subcommand or "", data, [message], int(code))
