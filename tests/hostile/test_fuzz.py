"""Random bytes, random YAML and random CSV fed to the loader, the validator, the answers reader and
the cache readers: nothing escapes but the documented errors (a `CareersError`, or None from a
cache reader, which means "rebuild")."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import msgspec
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careercli.errors import CareersError, ProfileError
from careercli.profile.loader import read_profile

FUZZ = settings(max_examples=40, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

SECTIONS = ["title", "tagline", "salary", "key_figures", "missions", "riasec", "wages", "overall", "min", "max",
            "value", "unit", "year", "R", "en", "fr"]
scalars = (st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
           | st.sampled_from(["people", "EUR", "month", "2024-13-45", ".nan", "1e400"]))
yaml_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.sampled_from(SECTIONS) | st.text(max_size=6), inner, max_size=4),
                           max_leaves=20)
# Text in YAML's own alphabet: anchors, aliases, tags, flow and block syntax, escapes, numbers.
yaml_soup = st.text(alphabet="title:salry{}[]&*!<>|'\"#%@`-?,. \n\t\\0123456789e+_xnaif~\u202e\x1b\ufeff",
                    max_size=200)


def profile_or_error(path: Path) -> None:
    try:
        read_profile(path)
    except ProfileError as error:
        assert error.problems and all(str(problem) for problem in error.problems)


@FUZZ
@given(data=st.binary(max_size=600))
def test_loader_takes_random_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.yaml"
    path.write_bytes(data)
    profile_or_error(path)


@FUZZ
@given(value=yaml_values, text=yaml_soup)
def test_loader_and_validator_take_random_yaml(tmp_path: Path, value: object, text: str) -> None:
    from careercli.catalog.validation import validate_paths

    folder = tmp_path / "fuzz"
    folder.mkdir(exist_ok=True)
    (folder / "dumped.yaml").write_text(yaml.safe_dump(value, allow_unicode=True), encoding="utf-8")
    (folder / "soup.yaml").write_text(text, encoding="utf-8")
    for path in folder.iterdir():
        profile_or_error(path)
    report = validate_paths([folder])
    assert report.checked == 2


# ---------------------------------------------------------------- answers and sessions

answer_rows = st.lists(st.lists(st.text(alphabet='R2I1AS,;"\n -?5x\ufeff\x00', max_size=8), max_size=4),
                       max_size=6)


@FUZZ
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".yaml", ".json", ".csv", ".txt"]))
def test_answers_reader_takes_random_bytes(tmp_path: Path, data: bytes, suffix: str) -> None:
    from careercli.quiz.answers import answers_from_file, fit_answers_from_file

    path = tmp_path / f"answers{suffix}"
    path.write_bytes(data)
    for read in (lambda: answers_from_file(str(path), None), lambda: fit_answers_from_file(str(path), ["sa1"], ["R2"])):
        try:
            read()
        except CareersError:
            pass


@FUZZ
@given(rows=answer_rows)
def test_answers_reader_takes_random_csv(tmp_path: Path, rows: list[list[str]]) -> None:
    from careercli.quiz.answers import answers_from_file

    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    path = tmp_path / "answers.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    try:
        answers_from_file(str(path), None)
    except CareersError:
        pass


session_values = st.fixed_dictionaries({}, optional={
    "version": st.integers(-2, 3) | st.text(max_size=3), "bank": st.sampled_from(["riasec-short", "x", ""]) | st.text(),
    "lang": st.sampled_from(["en", "fr", "xx"]), "position": st.integers(-5, 10**20),
    "answers": st.dictionaries(st.sampled_from(["R2", "I1", "ZZ"]) | st.text(max_size=4),
                               st.none() | st.integers(-3, 100) | st.floats() | st.text(max_size=3), max_size=4),
    "stage": st.sampled_from(["items", "done", "nope"]), "max_zone": st.none() | st.integers(-1, 9),
    "min_salary": st.none() | st.floats(), "asked": st.lists(st.sampled_from(["zone", "salary", "x"]), max_size=3)})


@FUZZ
@given(value=session_values, noise=st.binary(max_size=40))
def test_session_reader_takes_tampered_sessions(tmp_path: Path, value: dict, noise: bytes) -> None:
    import json

    from careercli.quiz.session import SESSION_FILE, load_session

    for data in (json.dumps(value).encode(), noise):
        (tmp_path / SESSION_FILE).write_bytes(data)
        try:
            session = load_session(tmp_path)
        except CareersError:
            continue
        assert 0 <= session.position and all(v is None or 1 <= v <= 5 for v in session.answers.values())


# ---------------------------------------------------------------- the cache readers

@pytest.fixture(scope="module")
def built_layer(tmp_path_factory: pytest.TempPathFactory):
    """A small folder indexed into a memory store: the index and pack a fuzz test damages."""
    from careercli.catalog.merged import MemoryStore, open_catalog

    folder = tmp_path_factory.mktemp("layer")
    for i in range(3):
        (folder / f"job-{i}.yaml").write_text(f"title: Job {i}\nmissions: [one, two]\n", encoding="utf-8")
    catalog = open_catalog([folder], builtin=False)
    layer = catalog.layers[0]
    assert catalog.entries
    store = layer.store
    assert isinstance(store, MemoryStore)
    return layer.index(), store.files[layer.index().pack], msgspec.msgpack.encode(layer.index())


packable = st.recursive(st.none() | st.booleans() | st.integers(-2**63, 2**63 - 1) | st.floats() | st.text(max_size=12),
                        lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=6), inner, max_size=5),
                        max_leaves=30)


@FUZZ
@given(data=st.binary(max_size=400) | st.builds(msgspec.msgpack.encode, packable))
def test_read_index_takes_random_bytes(data: bytes) -> None:
    from careercli.catalog.merged import MemoryStore
    from careercli.catalog.index import LayerIndex, read_index

    store = MemoryStore()
    store.write("layer-0.index", data)
    found = read_index(store, "layer-0.index", None)
    assert found is None or isinstance(found, LayerIndex)


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=8),
       cut=st.integers(0, 10**6), offset=st.integers(-5, 10**6), length=st.integers(-5, 10**6))
def test_table_and_profile_decoders_take_damaged_packs(built_layer, flips, cut, offset, length) -> None:
    from careercli.catalog.merged import MemoryStore
    from careercli.catalog.index import (
        FileRecord, LayerIndex, decode_profile, table_types, decode_table, read_index)

    index, pack, index_bytes = built_layer
    damaged = bytearray(pack)
    for position, value in flips:
        damaged[position % len(damaged)] = value
    store = MemoryStore()
    store.write(index.pack, bytes(damaged[: len(damaged) - cut % len(damaged)]))
    from careercli.catalog.index import TagTable
    from careercli.catalog.search_table import SearchTable

    for name in table_types():
        table = decode_table(store, index, name)
        assert table is None or isinstance(table, (dict, list, SearchTable, TagTable))
        if isinstance(table, TagTable):  # positions out of range give no tags, never an IndexError
            assert all(table.of(career_id) is None or len(table.of(career_id)) == len(positions)
                       for career_id, positions in table.careers.items())
    for record in index.files.values():
        decode_profile(store, index, record)
    decode_profile(store, index, FileRecord("job-0.yaml", 1, 1, 1, 1, offset, length))
    broken = bytearray(index_bytes)
    for position, value in flips:
        broken[position % len(broken)] = value
    store.write("layer.index", bytes(broken))
    found = read_index(store, "layer.index", None)
    assert found is None or isinstance(found, LayerIndex)


# ---------------------------------------------------------------- the sanitiser

any_text = st.text(st.characters(exclude_categories=()) | st.sampled_from("\udcff\ud800\x1b\x9b\u202e\u2028\n\t"),
                   max_size=30)


@FUZZ
@given(text=any_text)
def test_any_text_is_inert_in_every_format(text: str) -> None:
    """Surrogates (names that are not UTF-8) included: each format prints it, none carries a control."""
    import json

    from careercli.render.cells import csv_text, md_cell
    from careercli.render.envelope import to_json
    from careercli.text import clean, clean_line

    from .corpus import UNSAFE_OUTPUT

    for shown in (clean(text), clean_line(text), md_cell(text), csv_text(["h"], [[text]]), to_json({text: [text]})):
        shown.encode("utf-8")  # never a lone surrogate
        assert not UNSAFE_OUTPUT.search(shown)
    assert "\n" not in clean_line(text)
    assert isinstance(json.loads(to_json({"k": text}))["k"], str)
