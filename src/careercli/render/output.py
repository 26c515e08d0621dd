"""What a renderer may use: the two consoles, raw stdout, the cache of rendered pages, a pager, a progress bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, ContextManager, Optional, Protocol

if TYPE_CHECKING:
    from rich.console import Console

    from ..catalog.cache import CacheStore


class Output(Protocol):
    out: "Console"  # data for people, on stdout
    err: "Console"  # messages, on stderr

    @property
    def cache(self) -> Optional["CacheStore"]: ...

    @property
    def stdout_is_terminal(self) -> bool:
        """stdout is a terminal, not a pipe or a file (whatever --color says)."""

    def write_data(self, text: str) -> None:
        """Plain data (CSV, Markdown) to stdout, untouched by Rich."""

    def write_json(self, command: str, data: object, errors: Optional[list[str]] = None, exit_code: int = 0) -> None:
        """`data` in the versioned envelope, on stdout."""

    def message(self, text: str, style: str = "") -> None:
        """One line for people on stderr, made inert."""

    def page(self, text: str) -> bool:
        """Show long text in the pager when on a terminal; False when it was not paged."""

    def progress_bar(self, label: str, total: int, threshold: int = 0) -> ContextManager[Callable[[int], None]]:
        """A progress bar on stderr for `total` steps (at a terminal, from `threshold` on); yields `advance(steps)`."""
