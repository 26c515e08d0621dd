"""One table maps a result and an output format to its renderer.

Every read command returns a result object (see views.py and the quiz results); `emit` looks up
the renderer for its type and the format asked for, imports that module only then (so `careers
show --format json` never imports Rich tables), and lets it print through the run's `Output`.
Rich is for people; JSON (the versioned envelope, envelope.py), CSV and Markdown for scripts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from .table import RENDERERS, formats_of, renderer

if TYPE_CHECKING:
    from .files import Targets
    from .output import Output

__all__ = ["RENDERERS", "emit", "formats_of", "renderer"]


def emit(output: "Output", result: Any, fmt: str, targets: Optional["Targets"] = None) -> int:
    """Print `result` in `fmt` (its first format when it has no such one); the run's exit code.

    `targets` (files.Targets) may send it to a file instead of stdout (`--out`) and write
    reports (`--report`, `--report-dir`) first; each file is written atomically."""
    if targets is not None:
        from .files import write_targets

        return write_targets(output, result, fmt, targets)
    renderer(result, fmt)(result, output)
    return int(getattr(result, "exit_code", 0))
