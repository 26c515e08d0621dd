"""data/AUDIT.md and the checks behind it, over the whole committed catalog and the whole sources.

tools/audit.py reads the sources with the csv module, independently of the importers. Here:
every core and emerging flag of the ROME export is on its competence in the fiche's profile;
every ROME job title and fiche title reads back as published; no figure marked as a fault in
the audit (a French title without an exact crosswalk match, a broad BLS group where BLS
publishes a combined row, a shared row not said to be ...) is above 0; and data/AUDIT.md is what
the catalog gives today."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from .committed import committed_profiles
from .conftest import ROOT, SHARED_DATA

pytestmark = [pytest.mark.skipif(not (SHARED_DATA / "rome").is_dir(), reason="needs ../shared/data beside the clone"),
              pytest.mark.heavy]


def _tool():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("audit_tool", ROOT / "tools" / "audit.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[spec.name] = module  # type: ignore[union-attr]  # dataclasses look their module up there
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


tool = _tool()
CATALOG = ROOT / "data" / "careers"


@pytest.fixture(scope="module")
def report(shared_cache):  # noqa: ANN001, ANN201
    from careercli.catalog.cache import CacheStore

    def profiles(folder):  # noqa: ANN001, ANN202
        """The committed catalogs as the run has parsed them once (test_the_tool_reads_a_folder_of_profiles
        checks the tool's own reader)."""
        return committed_profiles(folder.name) if folder.parent == CATALOG else tool.profiles(folder)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tool, "profiles", profiles)
        return tool.audit(CATALOG, SHARED_DATA, cache=CacheStore(shared_cache))  # the run's index, built once


def test_the_tool_reads_a_folder_of_profiles(tmp_path) -> None:  # noqa: ANN001
    for name, text in (("b.yaml", "id: b\ntitle: {fr: Bé}\n"), ("a.yaml", "id: a\nriasec: {R: 7.0}\n"), ("c.txt", "x")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert tool.profiles(tmp_path) == ({"id": "a", "riasec": {"R": 7.0}}, {"id": "b", "title": {"fr": "Bé"}})


def test_every_core_and_emerging_flag_of_the_export_is_in_the_catalog(report) -> None:  # noqa: ANN001
    figures = report.sections["ROME fields kept whole"]
    assert figures["fiches"] == len(tool.rome_rows(SHARED_DATA, "referentiel_code_rome")) == 1584
    lost = report.lost_flags
    assert lost == [], f"{len(lost)} flags lost, e.g. {lost[:3]}"
    assert figures["flags in the export: emerging (know_how)"] == 1374  # v460
    assert figures["flags in the export: emerging (knowledge)"] == 357


def test_every_title_of_the_export_reads_back_as_published(report) -> None:  # noqa: ANN001
    assert report.sections["ROME fields kept whole"]["titles in the export (job titles and fiche titles)"] == 13120 + 1584
    assert report.lost_titles == [], f"{len(report.lost_titles)} titles not kept as published, e.g. {report.lost_titles[:5]}"


def test_pair_readings_are_the_ways_the_export_writes_them() -> None:
    assert tool.published("Acheteur / Acheteuse de commerce", ["Acheteur de commerce", "Acheteuse de commerce"])
    assert tool.published("Analyste Concepteur / Conceptrice informatique",
                          ["Analyste Concepteur informatique", "Analyste Conceptrice informatique"])
    assert tool.published("Groupiste / Groupiste", ["Groupiste"])
    assert not tool.published("Sound designer / Designer sonore", ["Sound designer sonore"])  # the audit's case
    assert not tool.published("Bioinformaticienne / Bio-informaticienne",
                              ["Bioinformaticienne -informaticienne", "Bio-informaticienne"])


def test_no_fault_figure_of_the_audit_is_above_zero(report) -> None:  # noqa: ANN001
    assert report.must_be_zero() == {}
    faults = [name for figures in report.sections.values() for name in figures if tool._is_fault(name)]
    assert len(faults) >= 9  # the checks are there, not only passing


def test_audit_md_is_up_to_date(report) -> None:  # noqa: ANN001
    expected = tool.markdown(report)
    assert (ROOT / "data" / "AUDIT.md").read_text(encoding="utf-8") == expected, "run: python tools/audit.py"
