"""The application context: everything one run of `careers` uses, built once and passed down.

`Environment` is what a run touches from outside (streams and whether they are terminals,
environment variables, the user's folders); tests build one with in-memory streams instead of
patching globals. `App` adds what the global options chose (data folders, cache, colour) and
the interface language, and holds the two consoles: data to stdout, messages to stderr.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Callable, Iterator, Mapping, Optional, TextIO

from .errors import UsageError
from .i18n import N_, _, checked_language, current_language, has_interface, interface_language, language, translated

if TYPE_CHECKING:
    from rich.console import Console

    from .catalog.cache import CacheStore
    from .catalog.merged import Catalog
    from .catalog.index import Progress

APP_NAME = "careers"
LONG_BUILD = 100  # profiles to parse before a first build says what it is doing
LANGUAGE_NAMES = {"fr": N_("French"), "en": N_("English"), "nl": N_("Dutch")}


class Environment:
    """Streams, variables and terminals of one run. `Environment.current()` is the real one."""

    def __init__(self, *, stdin: TextIO, stdout: TextIO, stderr: TextIO, variables: Mapping[str, str],
                 stdin_isatty: bool = False, stdout_isatty: bool = False, stderr_isatty: bool = False) -> None:
        self.stdin, self.stdout, self.stderr = stdin, stdout, stderr
        self.variables = dict(variables)
        self.stdin_isatty, self.stdout_isatty, self.stderr_isatty = stdin_isatty, stdout_isatty, stderr_isatty

    @classmethod
    def current(cls) -> "Environment":
        """The process's own streams and variables; output a stream cannot encode is replaced."""
        for stream in (sys.stdout, sys.stderr):
            _replace_unencodable(stream)
        return cls(stdin=sys.stdin, stdout=sys.stdout, stderr=sys.stderr, variables=os.environ,
                   stdin_isatty=_isatty(sys.stdin), stdout_isatty=_isatty(sys.stdout),
                   stderr_isatty=_isatty(sys.stderr))

    @property
    def interactive(self) -> bool:
        """A person at a terminal: prompts are allowed."""
        return self.stdin_isatty and self.stdout_isatty

    @property
    def interface_language(self) -> str:
        return interface_language(self.variables)

    @property
    def no_color(self) -> bool:
        return bool(self.variables.get("NO_COLOR"))

    def now(self) -> str:
        """The local date and time, ISO 8601 with the UTC offset (results and reports are dated)."""
        from datetime import datetime

        return datetime.now().astimezone().isoformat(timespec="seconds")

    def cache_dir(self) -> Path:
        return cache_dir_from(self.variables)

    def user_data_dir(self) -> Path:
        configured = self.variables.get("CAREERS_DATA_DIR")
        if configured:
            return Path(configured)
        from platformdirs import user_data_dir

        return Path(user_data_dir(APP_NAME, appauthor=False))

    def search_path(self) -> list[Path]:
        """The folders of CAREERS_PATH, in order; each must exist and be readable."""
        from .catalog.walk import path_problem

        value = self.variables.get("CAREERS_PATH", "")
        folders = [Path(p) for p in value.split(os.pathsep) if p]
        for folder in folders:
            problem = path_problem(folder)
            if problem == "missing":
                raise UsageError(_("CAREERS_PATH names a folder that does not exist: {path}").format(path=folder))
            if problem:
                raise UsageError(_("CAREERS_PATH names a folder that cannot be read: {path} ({reason})").format(
                    path=folder, reason=problem))
        return folders


def cache_dir_from(variables: Mapping[str, str]) -> Path:
    """CAREERS_CACHE_DIR, else the user's cache folder (platformdirs)."""
    configured = variables.get("CAREERS_CACHE_DIR")
    if configured:
        return Path(configured)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, appauthor=False))


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def _replace_unencodable(stream: Any) -> None:
    """`?` for what the stream's encoding lacks (LC_ALL=C, PYTHONIOENCODING=ascii), and for the lone
    surrogates of a file name that is not UTF-8: never a traceback. (Python gives a C locale's
    streams `surrogateescape`, which fails on any non-ASCII text.)"""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None and getattr(stream, "errors", "strict") not in ("replace", "backslashreplace"):
        try:
            reconfigure(errors="replace")
        except (ValueError, OSError):
            pass


def checked_folders(values: list[str], option: str = "--data-dir") -> list[Path]:
    """Data folders given on the command line: each must exist; '' is refused, not read as '.'."""
    from .catalog.walk import path_problem

    folders = []
    for value in values:
        if not value.strip():
            raise UsageError(_("{option} needs a folder, got an empty value").format(option=option))
        problem = path_problem(Path(value))
        if problem == "missing":
            raise UsageError(_("no such data folder: {path}").format(path=value))
        if problem:
            raise UsageError(_("cannot read data folder {path} ({reason})").format(path=value, reason=problem))
        folders.append(_absolute(Path(value)))
    return folders


def _absolute(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


class App:
    """One run: the environment, the global options, the consoles and the catalog."""

    def __init__(self, env: Environment, *, data_dirs: Optional[list[str]] = None, use_cache: bool = True,
                 color: Optional[bool] = None, lang_chosen: bool = False) -> None:
        self.env = env
        self.use_cache = use_cache
        self.color = False if color is None and env.no_color else color
        self.lang = current_language()  # the run's interface language, set before the App is made (cli/root.py)
        self.lang_chosen = lang_chosen  # by --lang before the command: say what it cannot translate
        self._fallbacks_said: set[str] = set()
        self.global_dirs = checked_folders(list(data_dirs or []))
        self.format = "rich"  # the output format of the command, once known (errors follow it)
        self.spoken = self.lang  # the language of the command, once known (errors follow it)
        self.command = ""
        self._catalogs: dict[tuple[Path, ...], "Catalog"] = {}

    # consoles ------------------------------------------------------------------------------

    @cached_property
    def out(self) -> "Console":
        return self._console(self.env.stdout, self.env.stdout_isatty)

    @cached_property
    def err(self) -> "Console":
        return self._console(self.env.stderr, self.env.stderr_isatty)

    def _console(self, file: IO[str], isatty: bool) -> "Console":
        from rich.console import Console

        colour: dict[str, Any] = {"force_terminal": True} if self.color else {"no_color": True} if self.color is False else {}
        if not colour and isatty:
            colour = {"force_terminal": True}
        # Rich reads COLUMNS, LINES, TERM ... from the environment it is given: this run's.
        return Console(file=file, highlight=False, _environ=self.env.variables, **colour)

    @property
    def stdout_is_terminal(self) -> bool:
        return self.env.stdout_isatty

    def message(self, text: str, style: str = "") -> None:
        """One line for people, on stderr; text from outside is made inert first."""
        from .text import clean_line

        line = clean_line(text)
        if not self.env.stderr_isatty and not self.color:  # a pipe or a file: the plain line Rich would
            self.env.stderr.write(line + "\n")  # print, without loading Rich (a tenth of a short run)
            self.env.stderr.flush()
            return
        # a terminal: wrapped between words at its width (left to the terminal, "385" became "3" / "85")
        self.err.print(line, markup=False, highlight=False, style=style or None, overflow="fold")

    def write_data(self, text: str) -> None:
        """Plain data (JSON, CSV, Markdown) straight to stdout, untouched by Rich."""
        stream = self.env.stdout
        stream.write(text if text.endswith("\n") else text + "\n")
        stream.flush()

    def write_json(self, command: str, data: object, errors: Optional[list[str]] = None, exit_code: int = 0) -> None:
        """`data` in the versioned envelope; all ASCII when stdout cannot encode the rest. A long
        array (`envelope.Streamed`) is written as it is produced."""
        from .render.envelope import envelope, json_chunks

        stream = self.env.stdout
        for chunk in json_chunks(envelope(command, data, errors, exit_code), ascii_only=not self._utf8_stdout()):
            stream.write(chunk)
        stream.flush()

    def _utf8_stdout(self) -> bool:
        encoding = (getattr(self.env.stdout, "encoding", None) or "utf-8").lower().replace("_", "-")
        return encoding.startswith("utf")

    def page(self, text: str) -> bool:
        """Through the user's pager, when a person reads at a terminal."""
        if not self.env.interactive:
            return False
        from .terminal.pager import page

        return page(text, self.env.variables, getattr(self.env.stdout, "encoding", None) or "utf-8")

    # folders, cache and catalog -------------------------------------------------------------

    def data_dirs(self, extra: Optional[list[str]] = None) -> list[Path]:
        """User folders, lowest priority first: CAREERS_PATH, the global --data-dir, the command's."""
        return [*(_absolute(p) for p in self.env.search_path()), *self.global_dirs, *checked_folders(list(extra or []))]

    @cached_property
    def cache(self) -> Optional["CacheStore"]:
        if not self.use_cache:
            return None
        from .catalog.cache import CacheStore

        return CacheStore(self.env.cache_dir())

    def catalog(self, extra: Optional[list[str]] = None) -> "Catalog":
        from .catalog.merged import open_catalog

        folders = tuple(self.data_dirs(extra))
        if folders not in self._catalogs:
            self._catalogs[folders] = open_catalog(list(folders), cache=self.cache, progress=self.progress())
        return self._catalogs[folders]

    def scope(self, catalog: Optional[str]) -> Optional[frozenset[str]]:
        """The origins a command works on: `--catalog`, else by the command's language."""
        from .catalog.scope import scope_of

        return scope_of(catalog)

    @contextmanager
    def progress_bar(self, label: str, total: int, threshold: int = 0) -> Iterator[Callable[[int], None]]:
        """A bar on stderr for long work, at a terminal only; yields `advance(steps)`."""
        if total < threshold or not self.env.stderr_isatty:
            yield lambda steps: None
            return
        from .terminal.progress import task_bar

        with task_bar(self.err, label, total) as advance:
            yield advance

    def progress(self) -> "Progress":
        from .terminal.progress import IndexProgress

        cache = self.cache
        return IndexProgress(lambda: self.err, threshold=LONG_BUILD,  # the console only if it speaks
                             cache_problem=cache.write_problem if cache is not None else lambda: None)

    # prompts ---------------------------------------------------------------------------------

    def require_terminal(self, hint: str) -> None:
        """Prompts only on a real terminal; scripts are pointed to the flags instead."""
        if not self.env.interactive:
            raise UsageError(hint)

    @property
    def can_prompt(self) -> bool:
        """A person types at a terminal and sees it: on stdout, or on stderr while stdout is
        redirected (`careers quiz --format markdown > results.md`)."""
        return self.env.stdin_isatty and (self.env.stdout_isatty or self.env.stderr_isatty)

    def require_prompt(self, hint: str) -> None:
        if not self.can_prompt:
            raise UsageError(hint)

    @property
    def screen(self) -> "Console":
        """Where interactive screens write their texts: the terminal the prompts are on."""
        return self.out if self.env.stdout_isatty or not self.env.stderr_isatty else self.err

    # language --------------------------------------------------------------------------------

    @contextmanager
    def speaking(self, option: Optional[str]) -> Iterator[str]:
        """The command's language (its `--lang` option, checked; else the interface language), set
        for the command and its output: a French profile comes with French headings and messages."""
        chosen = checked_language(option, self.lang)
        with language(chosen):
            if option or self.lang_chosen:
                self.say_fallback()
            self.spoken = chosen  # errors leaving the block are reported in it too
            yield chosen

    def say_fallback(self) -> None:
        """Once a run, on stderr: what the language chosen with --lang falls back to (the interface
        has no Dutch catalog; Dutch career titles exist)."""
        code = current_language()
        if has_interface(code) or code in self._fallbacks_said:
            return
        self._fallbacks_said.add(code)
        name = translated(LANGUAGE_NAMES.get(code, code))
        self.message(_("{language}: the interface is not translated yet, so messages and headings are in "
                       "English; career titles are in this language where the data has them, other text in "
                       "English, or in French when a profile has no English.").format(language=name), style="dim")
