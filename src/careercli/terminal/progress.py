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

    def __init__(self, console: Callable[[], "Console"], threshold: int,
                 cache_problem: Callable[[], Optional[str]] = lambda: None) -> None:
        self.console_of, self.threshold = console, threshold
        self.cache_problem = cache_problem  # why the index cannot be kept, if it cannot: said once
        self.problem: Optional[str] = None
        self.asked = False
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
        label = self._label(folder, total)
        if self.console.is_terminal:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                console=self.console, transient=True)
            self.task = self.bar.add_task(label, total=total)
            self.bar.start()
        else:
            self.console.print(label, markup=False, highlight=False, soft_wrap=True)

    def _label(self, folder: Path, total: int) -> str:
        if self.asked and self.problem is not None:
            return _("Indexing {count} profiles in {folder} in memory").format(count=total, folder=clean(str(folder)))
        if not self.asked:
            self.asked, self.problem = True, self.cache_problem()
        if self.problem is None:
            return _("Indexing {count} profiles in {folder} (once; later runs read the index)").format(
                count=total, folder=clean(str(folder)))
        return _("Indexing {count} profiles in {folder} in memory: the cache cannot be written ({problem}), so every "
                 "run indexes them again; set CAREERS_CACHE_DIR to a writable folder").format(
            count=total, folder=clean(str(folder)), problem=clean(self.problem))

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
