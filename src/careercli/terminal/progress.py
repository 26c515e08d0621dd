"""Progress of a long index build, on stderr: a bar at a terminal, two lines otherwise."""

from __future__ import annotations

import time
from pathlib import Path
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Callable, Iterator, Optional

from ..i18n import _, decimal
from ..text import clean

if TYPE_CHECKING:
    from rich.console import Console


class IndexProgress:
    """Says nothing for a few files; for `threshold` or more, says what is being read and how long it took."""

    def __init__(self, console: Callable[[], "Console"], threshold: int) -> None:
        self.console_of, self.threshold = console, threshold
        self.bar: Optional[Any] = None
        self.task: Any = None
        self.started = 0.0
        self.active = False

    def start(self, folder: Path, total: int) -> None:
        self.active = total >= self.threshold
        if not self.active:
            return
        self.console = self.console_of()
        self.started = time.perf_counter()
        label = _("Indexing {count} profiles in {folder} (once; later runs read the index)").format(
            count=total, folder=clean(str(folder)))
        if self.console.is_terminal:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                console=self.console, transient=True)
            self.task = self.bar.add_task(label, total=total)
            self.bar.start()
        else:
            self.console.print(label, markup=False, highlight=False, soft_wrap=True)

    def advance(self) -> None:
        if self.bar is not None:
            self.bar.advance(self.task)

    def stop(self) -> None:
        if not self.active:
            return
        if self.bar is not None:
            self.bar.stop()
            self.bar = None
        seconds = time.perf_counter() - self.started
        self.console.print(_("Index ready in {seconds} s").format(seconds=decimal(seconds)), markup=False, highlight=False,
                           style="dim")
        self.active = False


@contextmanager
def task_bar(console: "Console", label: str, total: int) -> Iterator[Callable[[int], None]]:
    """A transient bar with a count and the time left, for work measured in steps."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   console=console, transient=True)
    task = bar.add_task(clean(label), total=total)
    with bar:
        yield lambda steps: bar.advance(task, steps)
