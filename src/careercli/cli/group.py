"""The root command group: commands loaded lazily, and the one place a run ends.

Commands are loaded only when they run (click's lazy group pattern; Typer vendors click): `careers show` imports
the `show` module alone, so start-up stays flat as commands are added. `careers --help` loads
them all to list their help.

Every run ends here: a command returns its exit code after its result was printed; an
expected failure (`CareersError`) becomes one line on stderr (and, with `--format json`, an
envelope on stdout) with its exit code; Ctrl-C exits 130; an unexpected exception is reported
as a bug in one line (`CAREERS_DEBUG=1` shows the traceback).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any, Optional

import typer
import typer.core

from ..errors import CareersError, ExitCode, Interrupted

# name -> module of careercli.cli defining `command`; the order is the order of `careers --help`
COMMANDS: dict[str, str] = {
    "show": "show",
    "search": "search",
    "similar": "similar",
    "list": "listing",
    "criteria": "criteria",
    "compare": "compare",
    "quiz": "quiz",
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


class CareersGroup(typer.core.TyperGroup):
    def list_commands(self, ctx: typer.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: typer.Context, name: str) -> Optional[Any]:
        module = COMMANDS.get(name)
        if module is None:
            return None
        return import_module(f"{__package__}.{module}").command

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            code = super().invoke(ctx)
        except CareersError as error:
            report(ctx, str(error), error.exit_code, is_error=error.is_error, data=getattr(error, "data", None))
        except KeyboardInterrupt:
            report(ctx, str(Interrupted("")), ExitCode.INTERRUPTED, is_error=False)
        except typer.Exit:
            raise
        except typer.TyperException as error:  # usage errors: click prints them; JSON still gets its envelope
            json_envelope(ctx, error.format_message(), error.exit_code)
            raise
        except Exception as error:  # noqa: BLE001 - the last guard against a traceback
            if _debugging(ctx):
                raise
            report(ctx, f"internal error ({type(error).__name__}: {error}); please report it with the command "
                        "that caused it (CAREERS_DEBUG=1 shows the details)", ExitCode.ERROR, is_error=True)
        if isinstance(code, int) and code:
            ctx.exit(code)
        return code


def _app(ctx: typer.Context) -> Any:
    from ..app import App

    return ctx.find_object(App)


def _debugging(ctx: typer.Context) -> bool:
    app = _app(ctx)
    variables = app.env.variables if app is not None else {}
    return bool(variables.get("CAREERS_DEBUG"))


def current_language() -> str:
    from ..i18n import current_language as current

    return current()


def report(ctx: typer.Context, message: str, code: int, *, is_error: bool, data: object = None) -> None:
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


def json_envelope(ctx: typer.Context, message: str, code: int, data: object = None) -> None:
    app = _app(ctx)
    if app is not None and app.format == "json":
        app.write_json(app.command or ctx.invoked_subcommand or "", data, [message], int(code))
