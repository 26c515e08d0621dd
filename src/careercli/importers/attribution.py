"""Source entries (name, publisher, version, licence, attribution) shared by the O*NET and ROME
imports, and the crosswalk links both write into profiles."""

from __future__ import annotations

from typing import Any, Callable, Optional

from ..phrases import CAPPED_LINKS, ISCO_NOTE, NOT_STATED, PUBLISHED, ROME_ATTRIBUTION, ROME_LICENCE
from .mappings import MappingInfo, ranked

MAX_LINKS = 10  # per classification, strongest first (a few fiches link to 40 occupations)
__all__ = ["ROME_LICENCE"]  # with the phrases below: written in English, shown in the reader's language
CC_BY = "CC BY 4.0"
ESCO_URL = "https://esco.ec.europa.eu"


def compact(source: dict[str, Any]) -> dict[str, Any]:
    """The entry without its empty fields."""
    return {key: value for key, value in source.items() if value}


def rome_source(version: str, published: str = "", note: Optional[str] = None) -> dict[str, Any]:
    """ROME 4.0 (France Travail). Its licence is believed, not verified: the export has no licence text."""
    release = PUBLISHED.format(version=version, date=published) if published else f"v{version}"
    return compact({
        "name": "ROME 4.0, Répertoire Opérationnel des Métiers et des Emplois",
        "publisher": "France Travail",
        "version": release,
        "licence": ROME_LICENCE,
        "attribution": ROME_ATTRIBUTION.format(release=release),
        "note": note,
    })


def isco_source(parent: Optional[str] = None) -> dict[str, Any]:
    note = ISCO_NOTE.format(parent=parent) if parent else None
    return compact({"name": "ROME to ISCO-08 correspondence (Correspondance_ROME_ISCO08)", "publisher": "Pôle emploi",
                    "licence": NOT_STATED, "note": note})


def mapping_source(info: MappingInfo, note: Optional[str] = None) -> dict[str, Any]:
    """An official ESCO mapping, as its preamble names it; no licence is stated in these files."""
    return compact({"name": info.name, "publisher": info.author, "version": f"{info.version} ({info.date})",
                    "url": ESCO_URL, "note": note})


def esco_labels_source(version: str, note: Optional[str] = None) -> dict[str, Any]:
    return compact({"name": "ESCO occupations", "url": ESCO_URL, "publisher": "European Commission", "version": version,
                    "licence": CC_BY, "attribution": "ESCO classification, © European Union, CC BY 4.0.", "note": note})


def link_entries(links: dict[str, str], scheme: str, title: Callable[[str], dict[str, str]], source: str,
                 via: Optional[str] = None) -> list[dict[str, Any]]:
    """Profile `links` entries, strongest match first, at most MAX_LINKS."""
    return [compact({"scheme": scheme, "code": code, "title": title(code), "match": match, "via": via, "source": source})
            for code, match in ranked(links)[:MAX_LINKS]]


def cap_note(count: int, what: str) -> Optional[str]:
    """'46 O*NET links; the 10 strongest are listed.' when a list of links was cut short."""
    return CAPPED_LINKS.format(count=count, what=what, limit=MAX_LINKS) if count > MAX_LINKS else None


def two_hop_label(first: MappingInfo, second: MappingInfo) -> str:
    """'ESCO - ROME V1.4 + ESCO-O*NET Crosswalk 1': where a link through ESCO comes from."""
    return f"{first.name} {first.version} + {second.name} {second.version}"
