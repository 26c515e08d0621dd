"""`careers import onet` and `careers import rome`: build catalog folders from public reference data."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Optional

from ..i18n import _


def run_import_onet(onet_dir: Path, out: Path, *, esco: Optional[Path], crosswalks: Optional[Path],
                    rome: Optional[Path], reference_out: Optional[Path], esco_descriptions: Optional[Path] = None) -> None:
    from ..importers.onet_catalog import import_onet

    started = time.perf_counter()
    report = import_onet(onet_dir, out, esco_dir=esco, crosswalks_dir=crosswalks, rome_dir=rome,
                         reference_dir=reference_out, esco_descriptions_dir=esco_descriptions)
    written = report.written
    _say(_("{count} profiles in {out} ({french} with a French title, {described} with a French description): "
           "{written} written, {unchanged} unchanged, {removed} removed, in {seconds:.1f} s").format(
        count=report.profiles, out=report.out, french=report.french_titles, described=report.french_descriptions,
        written=len(written.written), unchanged=len(written.unchanged), removed=len(written.removed),
        seconds=time.perf_counter() - started))
    if report.rome_table:
        _say(_("ROME reference table: {path}").format(path=report.rome_table))


def run_import_rome(rome_dir: Path, out: Path, *, crosswalks: Optional[Path], onet: Optional[Path],
                    catalog: Optional[Path]) -> None:
    from ..importers.rome_catalog import catalog_ids, import_rome

    started = time.perf_counter()
    taken = catalog_ids(catalog if catalog is not None else out.parent, exclude=out)
    report = import_rome(rome_dir, out, crosswalks_dir=crosswalks, onet_dir=onet, taken_ids=taken)
    written = report.written
    _say(_("{count} profiles in {out} ({derived} with interest scores derived from O*NET, whose high point is France "
           "Travail's major letter for {agreeing}): {written} written, {unchanged} unchanged, {removed} removed, "
           "in {seconds:.1f} s").format(
        count=report.profiles, out=report.out, derived=report.derived, agreeing=report.agreeing,
        written=len(written.written), unchanged=len(written.unchanged), removed=len(written.removed),
        seconds=time.perf_counter() - started))


def _say(message: str) -> None:
    from ..console import err

    err().print(message, markup=False, highlight=False)
