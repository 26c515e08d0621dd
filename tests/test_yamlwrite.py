"""importers/yamlwrite.py writes the importers' YAML itself: its bytes must be PyYAML's (libyaml's
dumper, `output.pyyaml_dump`), and read back as the data, for any data it accepts; anything else
falls back to PyYAML. The committed catalogs are the large example
(`test_committed_catalog_equals_a_fresh_import` in test_import_rome.py and test_import_onet.py)."""

from __future__ import annotations

import math

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from careercli.importers.output import dump_yaml, pyyaml_dump
from careercli.importers.yamlwrite import block_yaml, usable

pytestmark = pytest.mark.skipif(not usable(getattr(yaml, "CSafeDumper", None)),
                                reason="PyYAML built without libyaml: dump_yaml is PyYAML alone")

# Characters that change a scalar's style: indicators, quotes, spaces and tabs, every YAML line
# break, control characters, the BOM, non-characters, non-BMP, the escape's own backslash.
HOSTILE = list(" '\":#-?&*!|>%@`,[]{}.~=<+\\/_\t\n\r\x85\u2028\u2029\x00\x07\x1b\x7f\x9c\xa0\ufeff\ufffe"
               "aeE0159éÉœ€") + ["\U0001F600"]
# Words PyYAML's resolver reads as something else than a string when plain, and near misses.
WORDS = ["yes", "No", "ON", "off", "y", "n", "true", "False", "null", "Null", "~", "", ".inf", "-.Inf", ".NaN",
         "1", "-1", "+1", "007", "0o17", "0x1F", "1_000", "1.0", "1e3", "1.0e+3", "6.8523015e+5", "190:20:30",
         "2024-01-01", "2001-12-14t21:59:43.10-05:00", "2002-12-14", "<<", "=", "---", "...", "- x", "? x", "a: b",
         "a #b", "a#b", "it's", "l'éducateur", "x" * 130]

words = st.sampled_from(WORDS)
hostile_text = st.text(alphabet=st.sampled_from(HOSTILE), max_size=12)
strings = st.one_of(words, hostile_text, st.lists(st.one_of(words, hostile_text), max_size=4).map("".join),
                    st.text(max_size=8))
scalars = st.one_of(strings, st.none(), st.booleans(), st.integers(), st.integers(-10, 10),
                    st.floats(allow_nan=False))
keys = st.one_of(st.sampled_from(["fr", "en", "title", "yes", "1", "a b", "x" * 128]), strings)
documents = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                          st.dictionaries(keys, inner, max_size=4)), max_leaves=25)
roots = st.one_of(st.dictionaries(keys, documents, max_size=5), st.lists(documents, max_size=5))


def _in_every_place(text: str) -> dict:
    """`text` as a key, a value, an item, and deeper: each place has its own indentation."""
    return {text: text, "k": [text, {"m": text, "n": [text]}, [text]]}


@pytest.mark.parametrize("char", HOSTILE)
def test_each_hostile_character_in_each_position(char: str) -> None:
    for text in (char, f"a{char}b", f"{char}a", f"a{char}", f"a {char}b", f"a{char} b", f"{char}{char}", f"{char} "):
        data = _in_every_place(text)
        assert dump_yaml(data) == pyyaml_dump(data), repr(text)
        assert yaml.safe_load(dump_yaml(data)) == data


@pytest.mark.parametrize("word", WORDS)
def test_words_the_resolver_reads_otherwise(word: str) -> None:
    data = _in_every_place(word)
    assert dump_yaml(data) == pyyaml_dump(data)
    assert yaml.safe_load(dump_yaml(data)) == data


@given(roots)
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example({"k": ["yes", "1.0", "~", "2024-01-01", "", " x", "x ", "a: b", "a\nb", "\ta", "é\x85"]})
@example({"k": [{"m": "a\n\nb"}, ["x\u2028y", "\n"]], "e": [], "f": {}, "g": [[], {}]})
@example([[["a"], {"b": ["c"]}], {"d": 1.0e17, "e": -0.0, "f": float("inf")}])
def test_writer_bytes_are_pyyamls_and_read_back(data: object) -> None:
    written = dump_yaml(data, "a header\n\nline")
    assert written == pyyaml_dump(data, "a header\n\nline")
    assert yaml.safe_load(written.decode("utf-8")) == data


def test_nan_is_written_as_pyyaml_writes_it() -> None:
    data = {"x": float("nan"), "y": [float("-inf")]}
    assert dump_yaml(data) == pyyaml_dump(data) == b"x: .nan\ny:\n- -.inf\n"
    assert math.isnan(yaml.safe_load(dump_yaml(data))["x"])


# The writer must really write: data like the importers' (one-line keys, BMP text) never falls back.
bmp_text = st.text(alphabet=st.sampled_from([c for c in HOSTILE if c != "\U0001F600"]), max_size=12)
bmp_strings = st.one_of(words, bmp_text, st.lists(st.one_of(words, bmp_text), max_size=4).map("".join))
short_keys = st.one_of(st.sampled_from(["fr", "en", "yes", "1", "a b", "x" * 128]),
                       bmp_text.filter(lambda key: not any(c in key for c in "\r\n\x85\u2028\u2029")))
plain_data = st.recursive(st.one_of(bmp_strings, st.none(), st.booleans(), st.integers(), st.floats()),
                          lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                  st.dictionaries(short_keys, inner, max_size=4)), max_leaves=25)


@given(st.dictionaries(short_keys, plain_data, max_size=5))
@settings(max_examples=100, deadline=None)
def test_the_importers_kind_of_data_is_written_without_pyyaml(data: dict) -> None:
    text = block_yaml(data)
    assert text is not None
    assert text.encode("utf-8") == pyyaml_dump(data)


def test_a_shared_container_falls_back_to_pyyaml_and_its_anchor() -> None:
    shared = ["x", {"y": 1}]
    data = {"a": shared, "b": {"c": shared}}
    assert block_yaml(data) is None
    assert dump_yaml(data) == pyyaml_dump(data)
    assert b"&id001" in dump_yaml(data) and b"*id001" in dump_yaml(data)


@pytest.mark.parametrize("data", [
    {"k": "\U0001F600"},  # libyaml versions differ on escaping characters beyond the BMP
    {"x" * 129: 1},  # a key of more than 128 bytes is written `? key`
    {"a\nb": 1},  # so is a key on several lines
    {1: "a"},  # not a str key
    {"k": (1, 2)},  # a type the writer does not know
    {"k": "x" * 100_001},  # long enough to come near the width where libyaml folds
    "a root scalar",
])
def test_what_the_writer_cannot_prove_is_left_to_pyyaml(data: object) -> None:
    assert block_yaml(data) is None
    try:
        expected = pyyaml_dump(data)
    except yaml.YAMLError as error:  # a type SafeDumper refuses: dump_yaml raises the same
        with pytest.raises(type(error)):
            dump_yaml(data)
    else:
        assert dump_yaml(data) == expected


def test_lone_surrogates_fail_as_they_did() -> None:
    with pytest.raises(UnicodeEncodeError):
        pyyaml_dump({"k": "\ud800"})
    with pytest.raises(UnicodeEncodeError):
        dump_yaml({"k": "\ud800"})
