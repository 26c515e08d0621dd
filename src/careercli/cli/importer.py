"""`careers import`: build catalog folders from public reference data."""

from pathlib import Path
from typing import Annotated, Optional

import typer

from .options import Lang, command_app

ImportForce = Annotated[bool, typer.Option("--force", help=(
    "Write into a folder holding other files, or remove more than 5 % of the last import's files "
    "(files it did not write are never removed)."))]

app = command_app(
    name="import",
    help="Build catalog files from public reference data.\n\n\b\nExample:"
         "\n  careers import onet ../shared/data/onet --out data/careers/onet",
    no_args_is_help=True,
)


@app.callback()
def imports() -> None:
    """A group of import commands, even while it holds a single one."""


@app.command("onet")
def import_onet(
    ctx: typer.Context,
    onet_dir: Annotated[Path, typer.Argument(metavar="ONET_DIR", show_default=False, help=(
        "Folder of the O*NET database (text files and VERSION)."))],
    out: Annotated[Path, typer.Option("--out", metavar="FOLDER", show_default=False, help=(
        "Folder for the generated profiles (created if needed)."))],
    esco: Annotated[Optional[Path], typer.Option("--esco", metavar="ESCO_DIR", show_default=False, help=(
        "ESCO occupations_{en,fr,nl}.csv: French, Dutch and English titles."))] = None,
    crosswalks: Annotated[Optional[Path], typer.Option("--crosswalks", metavar="DIR", show_default=False, help=(
        "O*NET-SOC, SOC and ISCO-08 crosswalks: SOC and ISCO codes."))] = None,
    rome: Annotated[Optional[Path], typer.Option("--rome", metavar="DIR", show_default=False, help=(
        "ROME export (France Travail): writes the ROME reference table."))] = None,
    reference_out: Annotated[Optional[Path], typer.Option("--reference-out", metavar="FOLDER", show_default=False, help=(
        "Where the ROME table goes (default: the built-in data/reference)."))] = None,
    esco_descriptions: Annotated[Optional[Path], typer.Option("--esco-descriptions", metavar="DIR", show_default=False, help=(
        "ESCO occupations_fr.csv with descriptions (v1.1.2): French titles and descriptions of crosswalk matches."))] = None,
    bls: Annotated[Optional[Path], typer.Option("--bls", metavar="DIR", show_default=False, help=(
        "BLS OEWS wages and Employment Projections (CSV): U.S. pay and outlook."))] = None,
    force: ImportForce = False,
    lang: Lang = None,
) -> int:
    """Import O*NET occupations as career profiles, with ESCO titles and ISCO-08 codes.

    \b
    Example:
      careers import onet ../shared/data/onet --esco ../shared/data/esco \\
        --esco-descriptions ../shared/data/esco/v1.1.2 --crosswalks ../shared/data/esco/crosswalks \\
        --rome ../shared/data/rome --bls ../shared/data/bls --out data/careers/onet
    """
    from ..commands.importer import import_onet as run
    from ..render import emit

    with ctx.obj.speaking(lang):
        report = run(onet_dir, out, esco=esco, crosswalks=crosswalks, rome=rome, reference_out=reference_out,
                     esco_descriptions=esco_descriptions, bls=bls, force=force)
        return emit(ctx.obj, report, "rich")


@app.command("rome")
def import_rome(
    ctx: typer.Context,
    rome_dir: Annotated[Path, typer.Argument(metavar="ROME_DIR", show_default=False, help=(
        "Folder of the ROME 4.0 export (unix_*.csv files and version.txt)."))],
    out: Annotated[Path, typer.Option("--out", metavar="FOLDER", show_default=False, help=(
        "Folder for the generated profiles (created if needed)."))],
    crosswalks: Annotated[Optional[Path], typer.Option("--crosswalks", metavar="DIR", show_default=False, help=(
        "ESCO-ROME and ESCO-O*NET mappings: links with their match types."))] = None,
    onet: Annotated[Optional[Path], typer.Option("--onet", metavar="ONET_DIR", show_default=False, help=(
        "O*NET database: interest scores and job zones derived from the linked occupations."))] = None,
    catalog: Annotated[Optional[Path], typer.Option("--catalog", metavar="FOLDER", show_default=False, help=(
        "Catalog whose other profiles' ids are avoided (default: the parent of --out)."))] = None,
    force: ImportForce = False,
    lang: Lang = None,
) -> int:
    """Import ROME 4.0 fiches as French career profiles, linked to O*NET and ESCO.

    \b
    Example:
      careers import rome ../shared/data/rome --crosswalks ../shared/data/esco/crosswalks \\
        --onet ../shared/data/onet --out data/careers/rome
    """
    from ..commands.importer import import_rome as run
    from ..render import emit

    with ctx.obj.speaking(lang):
        return emit(ctx.obj, run(rome_dir, out, crosswalks=crosswalks, onet=onet, catalog=catalog, force=force), "rich")


@app.command("pay")
def import_pay(
    ctx: typer.Context,
    table: Annotated[Path, typer.Argument(metavar="TABLE", show_default=False, help=(
        "CSV: code, optional title, any of p10, p25, median, p75, p90, mean, optional employment."))],
    key: Annotated[str, typer.Option("--key", metavar="isco08|rome", show_default=False, help=(
        "The classification of the table's codes."))],
    out: Annotated[Path, typer.Option("--out", metavar="FOLDER", show_default=False, help=(
        "Folder for the pay overlay files (one per career)."))],
    source: Annotated[str, typer.Option("--source", metavar="TEXT", show_default=False, help=(
        "Who publishes the figures, as readers should see it."))],
    year: Annotated[int, typer.Option("--year", metavar="YEAR", show_default=False, help=(
        "The year the figures describe."))],
    geography: Annotated[str, typer.Option("--geography", metavar="PLACE", show_default=False, help=(
        "Where the figures apply, e.g. Belgique, Wallonie, France."))],
    currency: Annotated[str, typer.Option("--currency", metavar="CODE", help="ISO currency code of the amounts.")] = "EUR",
    period: Annotated[str, typer.Option("--period", metavar="hour|month|year", help="What one amount pays for.")] = "month",
    basis: Annotated[str, typer.Option("--basis", metavar="gross|net", help="Before or after deductions.")] = "gross",
    url: Annotated[Optional[str], typer.Option("--url", metavar="URL", show_default=False, help=(
        "Where the table can be found."))] = None,
    licence: Annotated[Optional[str], typer.Option("--licence", metavar="TEXT", show_default=False, help=(
        "The table's licence or terms of use."))] = None,
    force: ImportForce = False,
    lang: Lang = None,
) -> int:
    """Import a local pay table keyed by ISCO-08 or ROME codes as pay figures for the careers it covers.

    Writes one <career>.pay.json per matching career and a MANIFEST.json into --out; rows that match
    no career are listed on stderr.

    \b
    Example:
      careers import pay salaires.csv --key isco08 --currency EUR --period month --basis gross \\
        --source "Enquête salariale 2024" --year 2024 --geography Belgique --out pay/belgique
    """
    from ..commands.importer import import_pay as run
    from ..render import emit

    with ctx.obj.speaking(lang):
        report = run(ctx.obj, table, out, key=key, currency=currency, period=period, basis=basis, source=source,
                     year=year, geography=geography, url=url, licence=licence, force=force)
        return emit(ctx.obj, report, "rich")
