"""`careers import`: build catalog folders from public reference data.

`careers import onet` builds the O*NET catalog folder (and the ROME reference table), `careers
import rome` the ROME one; `careers import pay` turns a local pay table into pay overlays for the
careers it covers."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, TypeVar

from ..i18n import _, decimal
from ..views import ImportReport

if TYPE_CHECKING:
    from ..app import App
    from ..importers.pay_table import PayTableInfo

Choice = TypeVar("Choice", bound=str)


def import_onet(onet_dir: Path, out: Path, *, esco: Optional[Path], crosswalks: Optional[Path],
                rome: Optional[Path], reference_out: Optional[Path], esco_descriptions: Optional[Path] = None,
                bls: Optional[Path] = None, force: bool = False) -> ImportReport:
    from ..importers.onet_catalog import import_onet as run

    started = time.perf_counter()
    report = run(onet_dir, out, esco_dir=esco, crosswalks_dir=crosswalks, rome_dir=rome, reference_dir=reference_out,
                 esco_descriptions_dir=esco_descriptions, bls_dir=bls, force=force)
    written = report.written
    lines = [_("{count} profiles in {out} ({french} with a French title, {described} with a French description): "
               "{written} written, {unchanged} unchanged, {removed} removed, in {seconds} s").format(
        count=report.profiles, out=report.out, french=report.french_titles, described=report.french_descriptions,
        written=len(written.written), unchanged=len(written.unchanged), removed=len(written.removed),
        seconds=decimal(time.perf_counter() - started))]
    if report.rome_table:
        lines.append(_("ROME reference table: {path}").format(path=report.rome_table))
    return ImportReport(lines=lines)


def import_rome(rome_dir: Path, out: Path, *, crosswalks: Optional[Path], onet: Optional[Path],
                catalog: Optional[Path], force: bool = False) -> ImportReport:
    from ..importers.rome_catalog import catalog_ids, import_rome as run

    started = time.perf_counter()
    taken = catalog_ids(catalog if catalog is not None else out.parent, exclude=out)
    report = run(rome_dir, out, crosswalks_dir=crosswalks, onet_dir=onet, taken_ids=taken, force=force)
    written = report.written
    return ImportReport(lines=[_(
        "{count} profiles in {out} ({derived} with interest scores derived from O*NET, whose high point is France "
        "Travail's major letter for {agreeing}): {written} written, {unchanged} unchanged, {removed} removed, "
        "in {seconds} s").format(
        count=report.profiles, out=report.out, derived=report.derived, agreeing=report.agreeing,
        written=len(written.written), unchanged=len(written.unchanged), removed=len(written.removed),
        seconds=decimal(time.perf_counter() - started))])


def import_pay(app: "App", table: Path, out: Path, *, key: str, currency: str, period: str, basis: str,
               source: str, year: int, geography: str, url: Optional[str] = None,
               licence: Optional[str] = None, force: bool = False) -> ImportReport:
    """Match the table's rows to the catalog's careers, write their overlays, report the rest."""
    from ..importers.pay_table import import_pay_table

    info = pay_table_info(key=key, currency=currency, period=period, basis=basis, source=source, year=year,
                          geography=geography, url=url, licence=licence)
    result = import_pay_table(table, out, info, career_codes(app.catalog(), info.key), force=force)
    lines = [_("Careers with pay figures in {out}: {count}").format(count=len(result.matched), out=out)]
    if result.unmatched:
        lines.append(_("Rows that match no career: {count}").format(count=len(result.unmatched)))
    lines += [_("{file}:{line}: {code} matches no career").format(file=table, line=row.line, code=row.code)
              + (f" ({row.title})" if row.title else "") for row in result.unmatched]
    return ImportReport(lines=lines)


def pay_table_info(*, key: str, currency: str, period: str, basis: str, source: str, year: int, geography: str,
                   url: Optional[str] = None, licence: Optional[str] = None) -> "PayTableInfo":
    """The user's description of the table, checked: key, currency, period and basis."""
    from ..importers.pay_table import KEY_SYSTEMS, PayTableInfo
    from ..text import clean

    return PayTableInfo(key=one_of("--key", key, tuple(KEY_SYSTEMS)), currency=currency.upper(),
                        period=one_of("--period", period, ("hour", "month", "year")),
                        basis=one_of("--basis", basis, ("gross", "net")), source=clean(source), year=year,
                        geography=clean(geography), url=None if url is None else clean(url),
                        licence=None if licence is None else clean(licence))


def one_of(option: str, value: str, allowed: tuple[Choice, ...]) -> Choice:
    """`value`, which must be one of `allowed` (else a usage error naming `option`)."""
    from ..errors import UsageError

    for choice in allowed:
        if value == choice:
            return choice
    raise UsageError(_("{option} must be one of: {choices}").format(option=option, choices=", ".join(allowed)))


def career_codes(catalog: Any, key: str) -> dict[str, list[str]]:
    """Career id -> its codes in the table's system (ISCO-08 or ROME), for every career that has some."""
    found = {}
    for entry in catalog.entries.values():
        codes = catalog.profile(entry).codes
        values = list(getattr(codes, key)) if codes else []
        if values:
            found[entry.id] = values
    return found
