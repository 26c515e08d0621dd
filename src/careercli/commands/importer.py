"""`careers import onet`: build the O*NET catalog folder (and the ROME reference table)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Optional

from ..i18n import _


def run_import_onet(onet_dir: Path, out: Path, *, esco: Optional[Path], crosswalks: Optional[Path],
                    rome: Optional[Path], reference_out: Optional[Path], bls: Optional[Path] = None) -> None:
    from ..console import err
    from ..importers.onet_catalog import import_onet

    started = time.perf_counter()
    report = import_onet(onet_dir, out, esco_dir=esco, crosswalks_dir=crosswalks, rome_dir=rome,
                         reference_dir=reference_out, bls_dir=bls)
    written = report.written
    err().print(_("{count} profiles in {out} ({french} with a French title): {written} written, {unchanged} "
                  "unchanged, {removed} removed, in {seconds:.1f} s").format(
        count=report.profiles, out=report.out, french=report.french_titles, written=len(written.written),
        unchanged=len(written.unchanged), removed=len(written.removed), seconds=time.perf_counter() - started),
        markup=False, highlight=False)
    if report.rome_table:
        err().print(_("ROME reference table: {path}").format(path=report.rome_table), markup=False, highlight=False)
