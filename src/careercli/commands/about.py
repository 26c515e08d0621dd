"""`careers about`: where the data comes from, under which licence, with the required attributions."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from .. import __version__
from ..i18n import _
from ..text import clean

MANIFEST = "MANIFEST.json"  # written by the importers next to the profiles they generate
SOURCE_FIELDS = ("name", "version", "publisher", "licence", "url", "attribution", "note")


def imported_sources(dirs: Iterable[Path]) -> list[dict[str, Any]]:
    """The sources recorded by every import manifest under `dirs`, each listed once."""
    sources: dict[tuple[str, str], dict[str, Any]] = {}
    for manifest in _manifests(dirs):
        for source in manifest.get("sources", []):
            if isinstance(source, dict) and isinstance(source.get("name"), str):
                kept = {k: str(source[k]) for k in SOURCE_FIELDS if source.get(k)}
                sources.setdefault((kept["name"], kept.get("version", "")), kept)
    return list(sources.values())


def _manifests(dirs: Iterable[Path]) -> list[dict[str, Any]]:
    found = []
    for folder in dirs:
        for path in sorted(folder.rglob(MANIFEST)) if folder.is_dir() else []:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(data, dict):
                found.append(data)
    return found


def rome_source() -> list[dict[str, Any]]:
    from ..reference import rome_source as read

    meta = read()
    if not meta:
        return []
    return [{"name": meta.get("source", "ROME"), "version": meta.get("version", ""), "publisher": meta.get("publisher", ""),
             "licence": meta.get("licence", ""), "note": _("French job titles for curated profiles with ROME codes.")}]


def bank_sources() -> list[dict[str, Any]]:
    """The quiz item banks: where their items come from and under which terms."""
    from ..quiz.bank import available_banks, load_bank

    sources = []
    for bank_id in available_banks():
        bank = load_bank(bank_id)
        note = "; ".join(f"{lang}: {text}" for lang, text in sorted(bank.translation.items()))
        sources.append({k: v for k, v in {
            "name": _("Quiz item bank {id}: {title}").format(id=bank.id, title=bank.title.get("en", bank.id)),
            "licence": bank.licence, "attribution": bank.attribution or bank.source, "note": note}.items() if v})
    return sources


def curated_sources(catalog: Any, known: set[str]) -> list[dict[str, Any]]:
    """Sources named by hand-written profiles (e.g. the career-guide page of the seed)."""
    found: dict[str, dict[str, Any]] = {}
    for entry in catalog.entries.values():
        if entry.origin != "curated":
            continue
        for source in catalog.profile(entry).sources:
            if source.name in known:
                continue
            kept = found.setdefault(source.name, {k: str(getattr(source, k)) for k in SOURCE_FIELDS
                                                  if isinstance(getattr(source, k, None), str)})
            kept["used_by"] = ", ".join(sorted({*kept.get("used_by", "").split(", "), entry.id} - {""}))
    return list(found.values())


def about_data(settings: Any) -> dict[str, Any]:
    """Version, sources (with attribution texts verbatim) and the number of careers by origin."""
    from ..catalog import data_dirs

    catalog = settings.catalog()
    origins = Counter(entry.origin for entry in catalog.entries.values())
    reference = imported_sources(data_dirs(settings.data_dirs)) + rome_source()
    known = {source["name"] for source in reference}
    return {
        "version": __version__,
        "sources": reference + bank_sources() + curated_sources(catalog, known),
        "careers": {"total": len(catalog.entries), "by_origin": dict(sorted(origins.items()))},
    }


def run_about(settings: Any, fmt: str) -> None:
    data = about_data(settings)
    if fmt == "json":
        from ..console import write_data
        from ..render.envelope import envelope, to_json

        write_data(to_json(envelope("about", data)))
    else:
        _emit_rich(data)


def _emit_rich(data: dict[str, Any]) -> None:
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    from ..console import out

    console = out()
    console.print(Text(_("careers {version}: data sources and licences").format(version=data["version"]), style="bold"))
    labels = {"version": _("Version"), "publisher": _("Publisher"), "licence": _("Licence"), "url": _("Web"),
              "attribution": _("Attribution"), "note": _("Note"), "used_by": _("Used by")}
    for source in data["sources"]:
        console.print()
        console.print(Text(clean(source["name"]), style="bold"))
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True, style="dim")
        grid.add_column(overflow="fold")
        for key, label in labels.items():
            if source.get(key):
                grid.add_row(Text(label), Text(clean(source[key])))
        console.print(Padding(grid, (0, 0, 0, 2)))
    careers = data["careers"]
    by_origin = ", ".join(f"{origin}: {count}" for origin, count in careers["by_origin"].items())
    console.print()
    console.print(Text(_("Careers in the catalog: {total} ({by_origin})").format(total=careers["total"], by_origin=by_origin)))
