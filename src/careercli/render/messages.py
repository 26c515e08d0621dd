"""Short reports on stderr: the cache folder, what an import wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import _

if TYPE_CHECKING:
    from ..views import CacheReport, ImportReport
    from .output import Output


def emit_cache(report: "CacheReport", output: "Output") -> None:
    if report.removed is None:  # `cache path`: the folder is the data, on stdout
        output.write_data(str(report.folder))
    else:
        output.message(_("Removed {count} cache files from {folder}").format(count=report.removed,
                                                                            folder=report.folder))


def emit_import(report: "ImportReport", output: "Output") -> None:
    for line in report.lines:
        output.message(line)
