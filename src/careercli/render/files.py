"""Results written to files: `--out FILE` (the output of `--format`, instead of stdout) and
reports (`--report FILE`, `--report-dir DIR`).

Every file is written to a temporary name and renamed when complete (`files.atomic_text`), so a
failure or Ctrl-C never leaves half a file, and an existing file is replaced only with
`--force`. The targets are checked before the command does any work (`Targets.check`): a
student never answers a whole quiz to learn that the report cannot be written.
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Callable, ContextManager, Iterator, Optional

import msgspec

from ..errors import CareersError, UsageError
from ..i18n import _, os_reason

if TYPE_CHECKING:
    from rich.console import Console

    from .output import Output

REPORT_FORMATS = {".html": "report.html", ".htm": "report.html", ".md": "report.md", ".markdown": "report.md",
                  ".svg": "report.svg"}
OUT_FORMATS = {".csv": "csv", ".json": "json", ".md": "markdown", ".markdown": "markdown", ".txt": "rich"}
FILE_WIDTH = 100  # columns of Rich output written to a file
WORKBOOK = ".xlsx"  # `--out FILE.xlsx` (careers class): an Excel workbook


class Targets(msgspec.Struct, frozen=True, kw_only=True):
    out: Optional[str] = None
    report: Optional[str] = None
    pages: Optional[str] = None  # a folder: one report per person of a class
    force: bool = False

    def check(self) -> None:
        """Refuse now what would fail after the work: an existing file without --force, a
        missing folder, a report name without a known extension."""
        from ..files import check_new

        if self.out and self.report and _same_file(self.out, self.report):
            raise UsageError(_("--out and --report name the same file ({file}): the report would be "
                               "overwritten").format(file=self.report))
        if self.out:
            check_new(Path(self.out), self.force)
        if self.report:
            report_format(self.report)
            check_new(Path(self.report), self.force)
        if self.pages:
            check_pages_folder(Path(self.pages), self.force)


def report_format(name: str) -> str:
    fmt = REPORT_FORMATS.get(Path(name).suffix.lower())
    if fmt is None:
        raise UsageError(_("--report {file}: the name must end in .html, .md or .svg").format(file=name))
    return fmt


def out_format(name: Optional[str]) -> Optional[str]:
    """The output format an `--out` file name asks for (`results.csv` -> csv), if any."""
    return OUT_FORMATS.get(Path(name).suffix.lower()) if name else None


def _same_file(first: str, second: str) -> bool:
    """Whether two names lead to one file (through links and `..` too)."""
    import os

    return os.path.realpath(first) == os.path.realpath(second)


def check_pages_folder(folder: Path, force: bool) -> None:
    from ..files import check_writable

    if folder.exists() and not folder.is_dir():
        raise CareersError(_("{path} is not a folder").format(path=folder))
    if folder.is_dir() and any(folder.iterdir()) and not force:
        raise CareersError(_("{path} is not empty; add --force to write the pages into it").format(path=folder))
    check_writable(folder)


def write_targets(output: "Output", result: Any, fmt: str, targets: Targets) -> int:
    from .table import renderer

    if targets.report:
        write_report(output, result, Path(targets.report))
        output.message(_("Report written: {path}").format(path=targets.report), style="dim")
    if targets.pages:
        count = write_pages(output, result, Path(targets.pages), report_format(targets.report or "x.html"))
        output.message(_("Pages written: {n} in {path}").format(n=count, path=targets.pages), style="dim")
    if targets.out and Path(targets.out).suffix.lower() == WORKBOOK:
        write_workbook(result, Path(targets.out))
    elif targets.out:
        with to_file(output, Path(targets.out)) as file_output:
            renderer(result, fmt)(result, file_output)
    else:
        renderer(result, fmt)(result, output)
    return int(getattr(result, "exit_code", 0))


def write_workbook(result: Any, path: Path) -> None:
    """`--out FILE.xlsx`: an Excel workbook of a class (render.workbook), written atomically."""
    from ..files import write_atomically
    from ..quiz.classroom import ClassResult
    from .workbook import class_workbook

    if not isinstance(result, ClassResult):
        raise UsageError(_("--out {file}: a workbook (.xlsx) is written for careers class only").format(file=path))
    try:
        write_atomically(path, class_workbook(result), through_links=True)
    except OSError as error:
        raise CareersError(f"{path}: {os_reason(error)}") from None


def write_report(output: "Output", result: Any, path: Path) -> None:
    from .table import renderer

    with to_file(output, path) as file_output:
        renderer(result, report_format(str(path)))(result, file_output)


def write_pages(output: "Output", result: Any, folder: Path, fmt: str) -> int:
    """One report per person of a class, named by line and name: `0002-alice.html`."""
    from ..files import atomic_text
    from ..text import slugify
    from .report_formats import WRITERS
    from .reports import quiz_report

    folder.mkdir(parents=True, exist_ok=True)
    extension = {"report.html": "html", "report.md": "md", "report.svg": "svg"}[fmt]
    written = 0
    with output.progress_bar(_("Writing {n} pages").format(n=len(result.people)), len(result.people),
                             threshold=200) as advance:
        for person in result.people:
            name = f"{person.line:05d}-{slugify(person.name)[:40] or 'person'}.{extension}"
            with atomic_text(folder / name) as file:
                file.write(WRITERS[fmt](quiz_report(person.result, person.name)))
            written += 1
            advance(1)
    return written


@contextmanager
def to_file(output: "Output", path: Path) -> Iterator["FileOutput"]:
    from ..files import atomic_text

    try:
        with atomic_text(path) as file:
            yield FileOutput(output, file)
    except OSError as error:
        raise CareersError(_("cannot write {path}: {reason}").format(path=path,
                                                                     reason=os_reason(error))) from None


class FileOutput:
    """The `Output` of a run, with data going to a file: messages still go to stderr."""

    cache = None
    stdout_is_terminal = False

    def __init__(self, output: "Output", file: IO[str]) -> None:
        self.output, self.file = output, file
        self.err = output.err

    @cached_property
    def out(self) -> "Console":
        from rich.console import Console

        return Console(file=self.file, width=FILE_WIDTH, no_color=True, highlight=False, _environ={})

    def write_data(self, text: str) -> None:
        self.file.write(text if text.endswith("\n") else text + "\n")

    def write_json(self, command: str, data: object, errors: Optional[list[str]] = None, exit_code: int = 0) -> None:
        from .envelope import envelope, json_chunks

        for chunk in json_chunks(envelope(command, data, errors, exit_code)):
            self.file.write(chunk)

    def message(self, text: str, style: str = "") -> None:
        self.output.message(text, style)

    def page(self, text: str) -> bool:
        return False

    def progress_bar(self, label: str, total: int, threshold: int = 0) -> ContextManager[Callable[[int], None]]:
        return self.output.progress_bar(label, total, threshold)
