"""`careers import`: build catalog folders from public reference data."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Optional

from ..i18n import _
from ..views import ImportReport


def import_onet(onet_dir: Path, out: Path, *, esco: Optional[Path], crosswalks: Optional[Path],
                rome: Optional[Path], reference_out: Optional[Path]) -> ImportReport:
    from ..importers.onet_catalog import import_onet as run

    started = time.perf_counter()
    report = run(onet_dir, out, esco_dir=esco, crosswalks_dir=crosswalks, rome_dir=rome, reference_dir=reference_out)
    written = report.written
    lines = [_("{count} profiles in {out} ({french} with a French title): {written} written, {unchanged} "
               "unchanged, {removed} removed, in {seconds:.1f} s").format(
        count=report.profiles, out=report.out, french=report.french_titles, written=len(written.written),
        unchanged=len(written.unchanged), removed=len(written.removed), seconds=time.perf_counter() - started)]
    if report.rome_table:
        lines.append(_("ROME reference table: {path}").format(path=report.rome_table))
    return ImportReport(lines=lines)
