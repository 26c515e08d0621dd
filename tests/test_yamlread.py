"""The values of a document are PyYAML's SafeLoader values, whichever way they are built: the
fast path for plain mappings, lists and scalars, or PyYAML's constructor for the rest."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import careercli.profile.yamlread as yamlread

from .conftest import ROOT

DOCUMENTS = {
    "plain": "title: {fr: Plombier, en: Plumber}\nmissions: [a, b]\nzone: 3\nscore: 4.5\nok: yes\nnothing: ~\n",
    "dates": "retrieved: 2026-11-26\nwhen: 2026-11-26 10:00:00\n",
    "numbers": "a: 0x1F\nb: 1_000\nc: 0o17\nd: -.5\ne: 190:20:30\nf: '12'\n",
    "alias": "base: &b {x: 1, y: [1, 2]}\nsame: *b\nlist: &l [1]\nagain: *l\n",
    "merge key": "base: &b {x: 1}\nchild: {<<: *b, y: 2}\n",
    "set": "tags: !!set {a, b}\n",
    "binary": "blob: !!binary aGVsbG8=\n",
    "omap": "ordered: !!omap [{a: 1}, {b: 2}]\n",
    "number key": "1: one\n2.5: two and a half\ntrue: yes\n",
    "duplicate key": "a: 1\na: 2\n",
    "explicit str": "a: !!str 12\nb: !!int '7'\n",
    "top list": "- a\n- {b: c}\n",
    "scalar": "just text\n",
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_values_are_what_pyyaml_builds(name: str) -> None:
    source = DOCUMENTS[name]
    assert yamlread.load_document(source).data == yaml.load(source, Loader=yamlread.SafeLoader)  # noqa: S506


def test_an_alias_gives_the_same_object_as_pyyaml_does() -> None:
    data = yamlread.load_document(DOCUMENTS["alias"]).data
    assert data["base"] is data["same"] and data["list"] is data["again"]


def test_profiles_take_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped profiles are plain: PyYAML's general constructor is never needed for them."""
    def refuse(*_args: object) -> None:
        raise AssertionError("PyYAML's constructor was used")

    monkeypatch.setattr(yamlread.SafeLoader, "construct_document", refuse)
    sample = sorted((ROOT / "data" / "careers").rglob("*.yaml"))[::50]
    for path in [ROOT / "data" / "careers" / "administrateur-de-production.yaml", *sample]:
        source = path.read_text(encoding="utf-8")
        monkeypatch.undo()
        expected = yaml.load(source, Loader=yamlread.SafeLoader)  # noqa: S506
        monkeypatch.setattr(yamlread.SafeLoader, "construct_document", refuse)
        assert yamlread.load_document(source).data == expected, path.name


def test_other_documents_fall_back_to_pyyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    used: list[str] = []
    original = yamlread.SafeLoader.construct_document

    def counting(self, node):  # noqa: ANN001, ANN202
        used.append(node.tag)
        return original(self, node)

    monkeypatch.setattr(yamlread.SafeLoader, "construct_document", counting)
    for name in ("merge key", "set", "binary", "omap"):
        yamlread.load_document(DOCUMENTS[name])
    assert len(used) == 4


def test_problems_are_still_reported_with_the_fast_path(tmp_path: Path) -> None:
    document = yamlread.load_document("a: .nan\nb: 2024-13-45\nc: text\n")
    assert [p.keys for p in document.problems] == [("a",), ("b",)]
