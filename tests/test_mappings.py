"""The official ESCO mappings: preambles, match types, two-hop links read the same from both sides."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from careercli.importers.mappings import (
    EscoRome, MappingInfo, combine, fiche_esco_links, read_esco_onet, read_esco_rome, reverse, two_hops,
)
from careercli.importers.tsv import ImportDataError

CROSSWALKS = Path(__file__).parent / "fixtures" / "onet" / "crosswalks"


@pytest.mark.parametrize(("first", "second", "combined"), [
    ("exact", "close", "close"), ("close", "exact", "close"), ("close", "broad", "broad"),
    ("narrow", "narrow", "narrow"), ("broad", "narrow", None), ("narrow", "broad", None), ("exact", "exact", "exact")])
def test_two_hops_keep_the_weaker_match(first: str, second: str, combined: str | None) -> None:
    assert combine(first, second) == combined


def test_links_read_the_same_from_both_sides() -> None:
    mapping = EscoRome(MappingInfo("m", "a", "1", "d"), {"1": {"e1": "exact"}, "2": {"e2": "exact"}, "3": {"e1": "broad"}})
    fiche_links = fiche_esco_links(mapping, {"1": "A1101", "2": "A1101", "3": "B1101"}, main_titles={"1", "3"})
    assert fiche_links == {"A1101": {"e1": "exact", "e2": "narrow"}, "B1101": {"e1": "broad"}}
    to_onet = two_hops(fiche_links, {"e1": {"11-1011.00": "close"}, "e2": {"11-1011.00": "broad"}})
    assert to_onet == {"A1101": {"11-1011.00": "close"}, "B1101": {"11-1011.00": "broad"}}
    assert reverse(to_onet) == {"11-1011.00": {"A1101": "close", "B1101": "narrow"}}


def test_mapping_preamble_and_line_numbers(tmp_path: Path) -> None:
    crosswalk = read_esco_onet(CROSSWALKS)
    assert crosswalk.info == MappingInfo("ESCO-O*NET Crosswalk", crosswalk.info.author, "1", "Sep-22")
    assert crosswalk.esco_of("27-2012.00") == {"http://data.europa.eu/esco/occupation/p1": "broad",
                                              "http://data.europa.eu/esco/occupation/p2": "exact"}
    broken = tmp_path / "crosswalks"
    shutil.copytree(CROSSWALKS, broken)
    path = broken / "crosswalk_esco_onet.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("closeMatch", "sameAs", 1), encoding="utf-8")
    with pytest.raises(ImportDataError, match=r"crosswalk_esco_onet\.csv:18: column 'Type of Match': unknown match "
                                              r"type 'sameAs'"):
        read_esco_onet(broken)


def test_rome_mapping_keeps_the_strongest_match_per_job_title() -> None:
    mapping = read_esco_rome(CROSSWALKS)
    assert mapping.info.label() == "ESCO - ROME, version V1.4 (13/07/2022)"
    assert mapping.esco_of_title["601"] == {"http://data.europa.eu/esco/occupation/a1": "broad"}
    assert mapping.esco_titles["http://data.europa.eu/esco/occupation/p2"] == \
        "producteur de spectacles/productrice de spectacles"
