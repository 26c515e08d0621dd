"""The values of a document are PyYAML's SafeLoader values, whichever way they are built: the
fast path for plain mappings, lists and scalars, or PyYAML's constructor for the rest."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

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


# ---------------------------------------------------------------- the lean loader's tags are PyYAML's

# What a plain scalar PyYAML reads as something else than a string can start with, or be
RESOLVED_WORDS = ["yes", "Yes", "YES", "no", "NO", "nO", "true", "True", "tRUE", "false", "on", "ON", "off", "Off", "y",
                  "n", "~", "null", "Null", "NULL", "nulL", "<<", "<", "=", "==", "!", "&", "*", "", "0", "-0", "+12",
                  "0x1F", "0b101", "0o17", "017", "1_000", "190:20:30", "1.5e+3", ".5", ".inf", "-.Inf", ".nan", ".NaN",
                  "2026-11-26", "2026-11-26 10:00:00", "2026-1-2t3:04:05.6Z", "2026-13-45", "Nurse", "Oenologue", "Tech"]
SCALARS = (st.sampled_from(RESOLVED_WORDS)
           | st.tuples(st.sampled_from(RESOLVED_WORDS), st.text(st.sampled_from("0123456789.:-+_ eExXTtZ\n~<=aoy")))
           .map("".join)
           | st.text())


@given(SCALARS, st.tuples(st.booleans(), st.booleans()))
def test_the_lean_loader_resolves_scalars_as_pyyaml_does(value: str, implicit: tuple[bool, bool]) -> None:
    lean, pyyaml = yamlread.LeanLoader(""), yamlread.SafeLoader("")
    assert lean.resolve(yaml.ScalarNode, value, implicit) == pyyaml.resolve(yaml.ScalarNode, value, implicit)


def test_the_lean_loader_resolves_collections_as_pyyaml_does() -> None:
    lean, pyyaml = yamlread.LeanLoader(""), yamlread.SafeLoader("")
    for kind in (yaml.SequenceNode, yaml.MappingNode):
        for implicit in (True, False):
            assert lean.resolve(kind, None, implicit) == pyyaml.resolve(kind, None, implicit)


def test_documents_compose_to_the_nodes_pyyaml_composes() -> None:
    sources = [*DOCUMENTS.values(), *(path.read_text(encoding="utf-8") for path in
                                      sorted((ROOT / "data" / "careers").rglob("*.yaml"))[::100])]
    for source in sources:
        assert _nodes(yaml.compose(source, Loader=yamlread.LeanLoader)) == \
            _nodes(yaml.compose(source, Loader=yamlread.SafeLoader))


def _nodes(node: yaml.Node) -> object:
    """A node graph as plain values: tags, values and where each node starts."""
    where = (node.tag, node.start_mark.line, node.start_mark.column)
    if isinstance(node, yaml.ScalarNode):
        return where, node.value, node.style
    if isinstance(node, yaml.SequenceNode):
        return where, [_nodes(child) for child in node.value]
    return where, [(_nodes(key), _nodes(value)) for key, value in node.value]


def test_a_changed_pyyaml_table_falls_back_to_its_own_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    """Someone adding an implicit resolver to SafeLoader gets it: the lean loader knows only PyYAML's own."""
    monkeypatch.setattr(yamlread.SafeLoader, "yaml_implicit_resolvers",
                        {**yamlread.SafeLoader.yaml_implicit_resolvers,
                         "N": [("tag:yaml.org,2002:null", re.compile("^None$"))]})
    assert yamlread.load_document("a: None\n").data == {"a": None}


# ---------------------------------------------------------------- one pass checks and builds

def test_an_alias_bomb_stops_the_reading_before_anything_is_built() -> None:
    levels = ["a: &a [" + ", ".join(["x" * 10] * 10) + "]"]
    levels += [f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 10) + "]" for i in range(7)]
    with pytest.raises(yamlread.YamlLimitError) as raised:
        yamlread.load_document("\n".join(levels) + "\n")
    assert "expand this file beyond 4 MiB" in str(raised.value)
    assert (raised.value.problem.keys, raised.value.problem.line) == (("f",), 6)  # where 4 MiB is passed


def test_a_mapping_named_by_aliases_is_checked_once() -> None:
    """A key given twice deep inside an anchored mapping is reported once, where it is written,
    and the aliases still give the very mapping PyYAML builds."""
    source = "base: &b\n  inner:\n    k: 1\n    k: 2\none: *b\ntwo: {deeper: [*b]}\n"
    document = yamlread.load_document(source)
    assert [(p.keys, p.line, p.column) for p in document.problems] == [(("base", "inner", "k"), 4, 5)]
    assert document.data == yaml.load(source, Loader=yamlread.SafeLoader)  # noqa: S506
    assert document.data["one"] is document.data["base"] is document.data["two"]["deeper"][0]


def test_a_date_that_does_not_exist_is_reported_wherever_an_alias_puts_it() -> None:
    document = yamlread.load_document("a: &d 2026-02-30\nb: [*d]\nc: ok\n")
    assert [(p.message, p.keys, p.line) for p in document.problems] == [
        ("not a valid date", ("a",), 1), ("not a valid date", ("b", 0), 1)]
    assert document.data is None  # a value that cannot be built: nothing is


def test_a_document_pyyaml_builds_is_still_checked() -> None:
    source = "base: &b {x: 1, x: 2}\nchild: {<<: *b, n: .inf}\n"
    document = yamlread.load_document(source)
    assert [p.keys for p in document.problems] == [("base", "x"), ("child", "n")]
    assert document.data == yaml.load(source, Loader=yamlread.SafeLoader)  # noqa: S506


def test_too_deep_through_an_alias() -> None:
    deep = "a: &a " + "[" * 40 + "]" * 40 + "\nb: " + "[" * 30 + "*a" + "]" * 30 + "\n"
    with pytest.raises(yamlread.YamlLimitError, match="nested more than 64 levels deep"):
        yamlread.load_document(deep)
