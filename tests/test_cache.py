"""The index cache: one index per data folder, used when fresh, refreshed incrementally, rebuilt
when damaged, never trusted blindly, safe to share between concurrent runs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import careercli.profile.loader
from careercli.catalog.cache import CacheStore
from careercli.catalog.index import index_name, layer_key, read_index


@pytest.fixture
def catalog_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "baker.yaml").write_text("title: Baker\n", encoding="utf-8")
    (folder / "studio-potter.yaml").write_text("title: Studio Potter\nriasec: {R: 6, I: 2, A: 5, S: 2, E: 2, C: 2}\n",
                                               encoding="utf-8")
    return folder


def title_of(cli, folder: Path, job: str, *extra: str) -> str:
    result = cli(*extra, "--data-dir", str(folder), "show", job, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["data"]["profile"]["title"]


def stored_index(cache: Path, folder: Path):
    key = layer_key(folder.resolve())
    return read_index(CacheStore(cache), index_name(key), key)


def layer_files(cache: Path, folder: Path) -> list[Path]:
    """The index and pack of one data folder in the cache."""
    name = index_name(layer_key(folder.resolve()))
    return [cache / name, *sorted(cache.glob(name.replace(".index", "-*.pack")))]


def touch_later(path: Path, text: str) -> None:
    before = path.stat().st_mtime_ns
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 10**9, before + 10**9))


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the profile files parsed from YAML during the test."""
    names: list[str] = []
    original = careercli.profile.loader.read_profile

    def counting(path):
        names.append(Path(path).name)
        return original(path)

    monkeypatch.setattr(careercli.profile.loader, "read_profile", counting)
    return names


def test_warm_run_reads_no_yaml(cli, catalog_dir, parsed, private_cache):
    assert title_of(cli, catalog_dir, "baker") == "Baker"
    assert stored_index(private_cache, catalog_dir) is not None
    parsed.clear()
    assert title_of(cli, catalog_dir, "baker") == "Baker"
    assert title_of(cli, catalog_dir, "Studio Potter") == "Studio Potter"  # by title: through the cached index
    result = cli("--data-dir", str(catalog_dir), "show", "studio-potter", "--format", "markdown")
    assert "# Studio Potter" in result.stdout
    assert parsed == []


def test_a_data_folder_costs_only_its_own_files(cli, catalog_dir, parsed, private_cache):
    cli("list", "--format", "json")  # the built-in catalog's index
    parsed.clear()
    assert title_of(cli, catalog_dir, "Baker") == "Baker"
    listed = json.loads(cli("--data-dir", str(catalog_dir), "list", "--format", "json").stdout)["data"]
    assert sorted(parsed) == ["baker.yaml", "studio-potter.yaml"]
    assert {"baker", "accountants-and-auditors"} <= {row["id"] for row in listed}


def test_changed_added_and_removed_files_are_picked_up(cli, catalog_dir):
    assert title_of(cli, catalog_dir, "baker") == "Baker"
    touch_later(catalog_dir / "baker.yaml", "title: Master baker\n")
    assert title_of(cli, catalog_dir, "baker") == "Master baker"
    (catalog_dir / "sub").mkdir()
    (catalog_dir / "sub" / "smith.yaml").write_text("title: Smith\n", encoding="utf-8")
    assert title_of(cli, catalog_dir, "smith") == "Smith"
    (catalog_dir / "studio-potter.yaml").unlink()
    result = cli("--data-dir", str(catalog_dir), "show", "studio-potter")
    assert result.exit_code == 4 and "no career matches 'studio-potter'" in result.stderr


def test_a_same_size_edit_with_the_old_mtime_is_seen(cli, catalog_dir):
    path = catalog_dir / "baker.yaml"
    assert title_of(cli, catalog_dir, "baker") == "Baker"
    info = path.stat()
    time.sleep(0.01)
    path.write_text("title: Maker\n", encoding="utf-8")  # same size
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))  # mtime set back by hand; ctime cannot be
    assert path.stat().st_size == info.st_size and path.stat().st_mtime_ns == info.st_mtime_ns
    assert title_of(cli, catalog_dir, "baker") == "Maker"
    assert title_of(cli, catalog_dir, "Maker") == "Maker"


def test_only_changed_files_are_parsed_again(cli, catalog_dir, parsed):
    title_of(cli, catalog_dir, "Baker")  # builds the whole index
    touch_later(catalog_dir / "baker.yaml", "title: Night baker\n")
    parsed.clear()
    assert title_of(cli, catalog_dir, "Studio Potter") == "Studio Potter"
    assert parsed == ["baker.yaml"]


def test_a_failed_read_is_not_remembered_once_the_file_is_fixed(cli, catalog_dir, monkeypatch):
    from careercli.errors import Problem, ProfileError

    def unreadable(path):
        raise ProfileError([Problem(Path(path), "Permission denied")])

    with monkeypatch.context() as patch:
        patch.setattr(careercli.profile.loader, "read_profile", unreadable)
        assert cli("--data-dir", str(catalog_dir), "show", "baker").exit_code == 1
    os.chmod(catalog_dir / "baker.yaml", 0o644)  # what fixing the permissions does: the ctime changes
    assert title_of(cli, catalog_dir, "baker") == "Baker"


def test_corrupt_cache_is_rebuilt_not_trusted(cli, catalog_dir, private_cache):
    title_of(cli, catalog_dir, "baker")
    for path in layer_files(private_cache, catalog_dir):
        path.write_bytes(b"\x00garbage")
    assert title_of(cli, catalog_dir, "baker") == "Baker"
    assert title_of(cli, catalog_dir, "Studio Potter") == "Studio Potter"
    assert {"baker", "studio-potter"} <= set(stored_index(private_cache, catalog_dir).files)


def test_a_bad_byte_in_the_pack_means_rebuild(cli, catalog_dir, private_cache):
    title_of(cli, catalog_dir, "Studio Potter")
    for pack in layer_files(private_cache, catalog_dir)[1:]:
        data = bytearray(pack.read_bytes())
        for i in range(0, len(data), 7):
            data[i] = 0xC1  # never valid in msgpack
        pack.write_bytes(bytes(data))
    assert title_of(cli, catalog_dir, "studio-potter") == "Studio Potter"
    listed = json.loads(cli("--data-dir", str(catalog_dir), "list", "--format", "json").stdout)["data"]
    assert "studio-potter" in {row["id"] for row in listed}


def test_truncated_pack_falls_back_to_yaml(cli, catalog_dir, private_cache):
    title_of(cli, catalog_dir, "Studio Potter")
    for pack in layer_files(private_cache, catalog_dir)[1:]:
        pack.write_bytes(pack.read_bytes()[:5])
    assert title_of(cli, catalog_dir, "studio-potter") == "Studio Potter"


def test_a_tampered_index_cannot_reach_outside_the_cache(cli, catalog_dir, private_cache, tmp_path):
    import msgspec

    from careercli.catalog.index import LayerIndex

    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    title_of(cli, catalog_dir, "baker")
    index_file = layer_files(private_cache, catalog_dir)[0]
    index = msgspec.msgpack.decode(index_file.read_bytes(), type=LayerIndex)
    index.pack = "../victim.txt"
    index_file.write_bytes(msgspec.msgpack.encode(index))
    touch_later(catalog_dir / "baker.yaml", "title: Baker again\n")  # forces a rebuild that replaces the pack
    assert title_of(cli, catalog_dir, "baker") == "Baker again"
    assert victim.read_text(encoding="utf-8") == "keep me"


def test_a_lookup_by_id_decodes_that_record_alone(cli, catalog_dir, private_cache, monkeypatch):
    """`careers show ID` with a fresh index decodes the index's head and that one record: every
    record of the folder is decoded only for a code or a title (once, from the head already read)."""
    from careercli.catalog import index

    title_of(cli, catalog_dir, "baker")  # builds the index
    whole, full = [], []
    monkeypatch.setattr(index.IndexHead, "whole", lambda head, original=index.IndexHead.whole: (
        whole.append(head.key), original(head))[1])
    monkeypatch.setattr("careercli.catalog.merged.read_index", lambda *args, original=index.read_index: (
        full.append(args), original(*args))[1])
    assert title_of(cli, catalog_dir, "baker") == "Baker"
    assert whole == [] and full == []
    assert title_of(cli, catalog_dir, "Studio Potter") == "Studio Potter"
    assert len(set(whole)) == len(whole) > 0 and full == []  # each folder's records decoded once


def test_the_head_of_an_index_gives_the_records_of_the_whole_index(cli, catalog_dir, private_cache):
    import msgspec

    from careercli.catalog.index import DamagedRecord, LayerIndex, read_head

    title_of(cli, catalog_dir, "baker")
    key = layer_key(catalog_dir.resolve())
    head = read_head(CacheStore(private_cache), index_name(key), key)
    whole = stored_index(private_cache, catalog_dir)
    assert head is not None and whole is not None and head.whole() == whole
    assert head.record("baker") == whole.files["baker"] and head.record("studio-potter") is not None
    assert head.record("Baker") is None and head.record("bak") is None and head.record("") is None
    index_file = layer_files(private_cache, catalog_dir)[0]
    tampered = msgspec.msgpack.decode(index_file.read_bytes(), type=LayerIndex)
    tampered.files["baker"] = msgspec.structs.replace(tampered.files["baker"], path="../outside.yaml")
    index_file.write_bytes(msgspec.msgpack.encode(tampered))
    head = read_head(CacheStore(private_cache), index_name(key), key)
    assert head is not None and head.record("studio-potter") is not None and head.whole() is None
    with pytest.raises(DamagedRecord):
        head.record("baker")


def test_temporary_files_of_a_killed_run_are_removed(cli, catalog_dir, private_cache):
    title_of(cli, catalog_dir, "baker")
    orphan = private_cache / ".layer-0000.pack.abcdef.tmp"
    fresh = private_cache / ".layer-1111.pack.abcdef.tmp"
    for path in (orphan, fresh):
        path.write_bytes(b"half a pack")
    old = time.time() - 3600
    os.utime(orphan, (old, old))
    touch_later(catalog_dir / "baker.yaml", "title: Baker\n")  # a rebuild cleans up
    title_of(cli, catalog_dir, "baker")
    assert not orphan.exists() and fresh.exists()  # a young one may belong to a run still writing


def test_a_damaged_rendered_page_is_rendered_again(cli, private_cache):
    first = cli("show", "accountants-and-auditors", "--no-pager").stdout
    pages = list((private_cache / "rendered").glob("*.txt"))
    assert len(pages) == 1
    pages[0].write_bytes(pages[0].read_bytes()[:-40])  # truncated: its checksum no longer matches
    assert cli("show", "accountants-and-auditors", "--no-pager").stdout == first


def test_no_cache_writes_nothing(cli, catalog_dir, private_cache, parsed):
    before = sorted(private_cache.rglob("*"))
    assert title_of(cli, catalog_dir, "baker", "--no-cache") == "Baker"
    assert sorted(parsed) == ["baker.yaml", "studio-potter.yaml"]  # an id in this folder: the built-in is not read
    result = cli("--no-cache", "--data-dir", str(catalog_dir), "show", "baker")
    assert result.exit_code == 0 and "Baker" in result.stdout
    assert sorted(private_cache.rglob("*")) == before


def test_cache_clear(cli, catalog_dir, private_cache):
    title_of(cli, catalog_dir, "Baker")
    assert list(private_cache.glob("layer-*"))
    result = cli("cache", "clear")
    assert result.exit_code == 0 and "Removed" in result.stderr
    assert not list(private_cache.glob("layer-*"))
    assert cli("cache", "path").stdout.strip() == str(private_cache)


def test_bad_files_are_remembered_and_reported(cli, catalog_dir, parsed):
    (catalog_dir / "broken.yaml").write_text("title: [\n", encoding="utf-8")
    assert title_of(cli, catalog_dir, "Baker") == "Baker"
    parsed.clear()
    result = cli("--data-dir", str(catalog_dir), "show", "broken")
    assert result.exit_code == 1 and "invalid YAML" in result.stderr
    assert parsed == []


def test_concurrent_runs_do_not_corrupt_the_cache(catalog_dir, tmp_path, shared_cache):
    cache = tmp_path / "shared-cache"
    shutil.copytree(shared_cache, cache)  # the built-in index: the runs race on the new folder only
    env = {**os.environ, "CAREERS_CACHE_DIR": str(cache), "NO_COLOR": "1"}
    for i in range(30):
        (catalog_dir / f"job-{i}.yaml").write_text(f"title: Job {i}\n", encoding="utf-8")
    command = [sys.executable, "-c", "from careercli.cli import main; main()",
               "--data-dir", str(catalog_dir), "show", "Job 7", "--format", "json"]
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(4)]
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        assert json.loads(out)["data"]["id"] == "job-7"
    assert not list(cache.glob(".*.tmp"))
    index = stored_index(cache, catalog_dir)
    assert index is not None and (cache / index.pack).exists()
    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and json.loads(again.stdout)["data"]["id"] == "job-7"


def test_a_long_first_build_says_what_it_is_doing(cli, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(120):
        (folder / f"job-{i}.yaml").write_text(f"title: Job {i}\n", encoding="utf-8")
    first = cli("--data-dir", str(folder), "show", "job-7", "--format", "json")
    assert first.exit_code == 0
    assert "Indexing 120 profiles in" in first.stderr and "Index ready in" in first.stderr
    assert json.loads(first.stdout)["data"]["id"] == "job-7"  # stdout keeps only the data
    second = cli("--data-dir", str(folder), "list", "--format", "json")
    assert "Indexing" not in second.stderr


def test_an_index_naming_a_path_outside_its_folder_is_not_trusted(cli, catalog_dir, private_cache, tmp_path):
    import msgspec

    from careercli.catalog.index import LayerIndex

    outside = tmp_path / "outside.yaml"
    outside.write_text("title: Outside\n", encoding="utf-8")
    title_of(cli, catalog_dir, "baker")
    index_file = layer_files(private_cache, catalog_dir)[0]
    index = msgspec.msgpack.decode(index_file.read_bytes(), type=LayerIndex)
    info = outside.stat()
    index.files["baker"] = msgspec.structs.replace(index.files["baker"], path="../outside.yaml", length=0,
                                                   size=info.st_size, mtime_ns=info.st_mtime_ns,
                                                   ctime_ns=info.st_ctime_ns, inode=info.st_ino)
    index_file.write_bytes(msgspec.msgpack.encode(index))
    assert stored_index(private_cache, catalog_dir) is None  # read as damaged: rebuilt, never followed
    assert title_of(cli, catalog_dir, "baker") == "Baker"


def test_tables_that_disagree_mean_parsing_again(cli, catalog_dir, private_cache):
    """A pack whose tables were edited (an id in one table, not in another) is not a crash."""
    import msgspec

    from careercli.catalog.index import LayerIndex, table_types

    title_of(cli, catalog_dir, "baker")
    index_file, pack = layer_files(private_cache, catalog_dir)
    index = msgspec.msgpack.decode(index_file.read_bytes(), type=LayerIndex)
    data = pack.read_bytes()
    offset, length = index.tables["names"]
    names = msgspec.msgpack.decode(data[offset: offset + length], type=table_types()["names"])
    del names["baker"]
    table = msgspec.msgpack.encode(names)
    index.tables["names"] = (len(data), len(table))
    pack.write_bytes(data + table)
    index_file.write_bytes(msgspec.msgpack.encode(index))
    touch_later(catalog_dir / "studio-potter.yaml", "title: Studio Potter\n")  # a rebuild that reuses the rest
    assert title_of(cli, catalog_dir, "Baker") == "Baker"


def test_packs_no_index_names_are_removed_once_old(cli, catalog_dir, private_cache):
    title_of(cli, catalog_dir, "baker")
    prefix = layer_files(private_cache, catalog_dir)[0].name.removesuffix(".index")
    old, young = private_cache / f"{prefix}-0123456789ab.pack", private_cache / f"{prefix}-ba9876543210.pack"
    for path in (old, young):
        path.write_bytes(b"a pack from a run that was killed")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    touch_later(catalog_dir / "baker.yaml", "title: Baker\n")  # a rebuild cleans up
    title_of(cli, catalog_dir, "baker")
    assert not old.exists() and young.exists()  # a young one may be about to be named by a running build


def test_a_new_version_writes_over_the_old_index_of_a_folder(cli, catalog_dir, private_cache, monkeypatch):
    import careercli.catalog.index

    title_of(cli, catalog_dir, "baker")
    before = sorted(p.name for p in private_cache.glob("layer-*.index"))
    old_pack = next(p for p in layer_files(private_cache, catalog_dir) if p.suffix == ".pack")
    os.utime(old_pack, (time.time() - 3600, time.time() - 3600))
    monkeypatch.setattr(careercli.catalog.index, "__version__", "99.0")  # an upgrade: another key, the same folder
    assert title_of(cli, catalog_dir, "baker") == "Baker"
    assert sorted(p.name for p in private_cache.glob("layer-*.index")) == before  # replaced, not added
    assert stored_index(private_cache, catalog_dir) is not None and not old_pack.exists()


@pytest.fixture
def walks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The data folders walked during the test (a fresh index needs no walk)."""
    import careercli.catalog.merged

    walked: list[Path] = []
    original = careercli.catalog.merged.scan

    def counting(root):
        walked.append(Path(root))
        return original(root)

    monkeypatch.setattr(careercli.catalog.merged, "scan", counting)
    return walked


def test_a_fresh_index_is_checked_without_walking_the_folder(cli, catalog_dir, walks, private_cache):
    assert title_of(cli, catalog_dir, "Studio Potter") == "Studio Potter"  # by title: every file is checked
    walks.clear()
    assert title_of(cli, catalog_dir, "Studio Potter") == "Studio Potter"
    assert catalog_dir.resolve() not in walks
    touch_later(catalog_dir / "baker.yaml", "title: Bread baker\n")  # a changed file: the walk again
    assert title_of(cli, catalog_dir, "Bread baker") == "Bread baker"
    assert catalog_dir.resolve() in walks


def test_a_file_added_deep_down_is_seen_though_its_folder_mtime_is_set_back(cli, catalog_dir):
    deep = catalog_dir / "a" / "b"
    deep.mkdir(parents=True)
    assert title_of(cli, catalog_dir, "Studio Potter") == "Studio Potter"
    info = deep.stat()
    time.sleep(0.01)
    (deep / "glass-blower.yaml").write_text("title: Glass blower\n", encoding="utf-8")
    os.utime(deep, ns=(info.st_atime_ns, info.st_mtime_ns))  # the folder's mtime set back; its ctime moved
    assert deep.stat().st_mtime_ns == info.st_mtime_ns
    assert title_of(cli, catalog_dir, "Glass blower") == "Glass blower"


def test_a_dangling_link_that_comes_to_life_is_seen(cli, catalog_dir, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    os.symlink(elsewhere / "weaver.yaml", catalog_dir / "weaver.yaml")
    assert title_of(cli, catalog_dir, "Studio Potter") == "Studio Potter"  # the link is skipped, and said so
    (elsewhere / "weaver.yaml").write_text("title: Weaver\n", encoding="utf-8")  # the data folder does not change
    assert title_of(cli, catalog_dir, "Weaver") == "Weaver"


def test_the_cache_stamp_covers_every_module_and_every_shipped_data_file():
    """No hand-kept list: every file of the package (sources, message catalogs) and every shipped
    data file but the career folders (which their indexes check file by file) is an input."""
    from careercli.resources import data_root
    from careercli.catalog.stamp import stamped_files

    package = Path(careercli.__file__).resolve().parent
    names = {name for name, _size, _mtime in stamped_files(package, data_root())}
    modules = {str(p.relative_to(package)) for p in package.rglob("*.py")
               if "__pycache__" not in p.parts and p.relative_to(package).parts[0] != "data"}
    assert modules and modules <= names, sorted(modules - names)
    assert "locale/fr/LC_MESSAGES/careers.mo" in names
    shipped = {f"data/{p.relative_to(data_root())}" for folder in ("reference", "quiz")
               for p in (data_root() / folder).rglob("*") if p.is_file()}
    assert shipped and shipped <= names, sorted(shipped - names)
    assert not any(name.startswith("data/careers/") for name in names)


@pytest.fixture
def fake_install(tmp_path: Path) -> tuple[Path, Path]:
    package, data = tmp_path / "pkg", tmp_path / "data"
    for path, text in ((package / "schema.py", "A = 1\n"), (package / "render" / "layout.py", "B = 2\n"),
                       (data / "reference" / "rome.tsv", "code\ttitle\n"), (data / "careers" / "baker.yaml", "title: Baker\n")):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return package, data


@pytest.mark.parametrize("edited", ["pkg/schema.py", "pkg/render/layout.py", "data/reference/rome.tsv",
                                    "pkg/render/new_module.py", "data/quiz/new-bank.yaml"])
def test_editing_or_adding_any_module_or_table_changes_the_stamp(fake_install, tmp_path, edited):
    from careercli.catalog.stamp import stamp_of, stamped_files

    before = stamp_of(stamped_files(*fake_install))
    path = tmp_path / edited
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("edited\n", encoding="utf-8")
    assert stamp_of(stamped_files(*fake_install)) != before


def test_a_profile_edit_leaves_the_stamp_alone(fake_install, tmp_path):
    """A career folder's index sees its own files; the whole stamp must not move with them."""
    from careercli.catalog.stamp import stamp_of, stamped_files

    before = stamp_of(stamped_files(*fake_install))
    touch_later(tmp_path / "data" / "careers" / "baker.yaml", "title: Master Baker\n")
    assert stamp_of(stamped_files(*fake_install)) == before


def test_bytecode_written_beside_any_module_leaves_the_stamp_alone(fake_install, tmp_path):
    """Python writes __pycache__ beside the modules it imports, in a checkout too: the first
    commands of a run must not make the next ones rebuild their index."""
    from careercli.catalog.stamp import stamp_of, stamped_files

    before = stamp_of(stamped_files(*fake_install))
    for folder in ("pkg", "pkg/render"):
        (tmp_path / folder / "__pycache__").mkdir()
        (tmp_path / folder / "__pycache__" / "layout.cpython-311.pyc").write_bytes(b"\x00" * 16)
    assert stamp_of(stamped_files(*fake_install)) == before


def test_an_edited_reference_table_changes_the_index_key(monkeypatch, tmp_path):
    """Both caches key on the one stamp: an index made before a reference table changed is not
    the one read after it (the issue: an added ROME title was not found until --no-cache)."""
    from careercli import resources
    from careercli.catalog import stamp

    data = tmp_path / "data"
    shutil.copytree(resources.data_root() / "reference", data / "reference")
    monkeypatch.setattr(resources, "data_root", lambda: data)
    stamp.inputs_stamp.cache_clear()
    try:
        key = layer_key(tmp_path)
        table = next((data / "reference").iterdir())
        touch_later(table, table.read_text(encoding="utf-8") + "\n")
        stamp.inputs_stamp.cache_clear()
        assert layer_key(tmp_path) != key
    finally:
        stamp.inputs_stamp.cache_clear()


def test_a_changed_stamp_renders_the_page_again(cli, private_cache, monkeypatch):
    from careercli.render import profile_print

    cli("show", "accountants-and-auditors", "--no-pager")
    assert len(list((private_cache / "rendered").glob("*.txt"))) == 1
    cli("show", "accountants-and-auditors", "--no-pager")
    assert len(list((private_cache / "rendered").glob("*.txt"))) == 1  # the same inputs: the kept page
    monkeypatch.setattr(profile_print, "inputs_stamp", lambda: "an edited module")  # the index keeps its key
    cli("show", "accountants-and-auditors", "--no-pager")
    assert len(list((private_cache / "rendered").glob("*.txt"))) == 2


def test_a_process_decodes_the_same_bytes_once_and_other_bytes_again(shared_cache: Path, monkeypatch) -> None:
    """Opening the catalog again in one process (the Python API, a test run) reuses the tables
    decoded from the same bytes; other bytes (an edited folder's new pack) are decoded anew."""
    from careercli.catalog.index import REMEMBER_FROM_BYTES, remembered
    from careercli.catalog.merged import open_catalog

    first, again = (open_catalog([], cache=CacheStore(shared_cache)).layers[0].table("entries") for _ in range(2))
    assert first is again and len(first) > 2000
    decoded: list[bytes] = []

    def decode(data: bytes) -> list[int]:
        decoded.append(data)
        return [len(data)]

    big, other = b"x" * REMEMBER_FROM_BYTES, b"y" * REMEMBER_FROM_BYTES
    assert remembered("names", big, lambda: decode(big)) is remembered("names", bytes(big), lambda: decode(big))
    assert remembered("names", other, lambda: decode(other)) == [REMEMBER_FROM_BYTES]
    assert remembered("aliases", big, lambda: decode(big)) == [REMEMBER_FROM_BYTES]  # another table type
    small = b"z" * 10  # a small folder's table: decoded every time
    for _ in range(2):
        remembered("names", small, lambda: decode(small))
    assert decoded == [big, other, big, small, small]
    monkeypatch.setattr("careercli.memory._freeze_decoded", True)  # one command (`careers`): nothing kept
    remembered("names", big, lambda: decode(big))
    assert decoded[-1] is big and len(decoded) == 6


def test_a_catalog_of_one_folder_ranks_with_the_commonness_its_index_stored(shared_cache, tmp_path):
    """Working out how common every career is takes a few milliseconds of each ranking and
    search: the index stores it, and a catalog of that folder alone reads it. It is what
    commonness.py finds from the merged entries; with a second folder it is worked out again."""
    from careercli.catalog.cache import CacheStore
    from careercli.catalog.commonness import commonness_of
    from careercli.catalog.merged import open_catalog

    alone = open_catalog([], cache=CacheStore(shared_cache))
    stored = alone._stored_commonness()
    assert stored is not None and len(stored) > 2000
    assert stored == commonness_of(alone.entries) and alone.commonness() is stored
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "studio-potter.yaml").write_text("title: Studio Potter\n", encoding="utf-8")
    merged = open_catalog([extra], cache=CacheStore(shared_cache))
    assert merged._stored_commonness() is None and merged.commonness() == commonness_of(merged.entries)


def test_the_cache_reads_plain_names_only():
    from careercli.catalog.cache import safe_name

    for name in ("layer-83184a9e.index", "layer-83184a9e-d7de02e7de0a.pack", "0123456789abcdef0a.txt", "a", "a_b-c"):
        assert safe_name(name), name
    for name in ("", ".hidden", "-a", "_a", "a/b", "..", "a..b", "a.b.c", "a.", "a.b-c", "a b", "a\n", "é.txt",
                 "a" * 129, "layer\x00.index"):
        assert not safe_name(name), name


def test_a_command_that_reads_every_career_reads_no_index_head(cli, catalog_dir, private_cache, monkeypatch):
    """`careers similar ID` reads the whole catalog next: the lookup does not decode the heads as well."""
    from careercli.catalog import index

    title_of(cli, catalog_dir, "baker")
    heads: list[str] = []
    monkeypatch.setattr("careercli.catalog.merged.read_head", lambda store, name, key, original=index.read_head: (
        heads.append(name), original(store, name, key))[1])
    result = cli("--data-dir", str(catalog_dir), "similar", "studio-potter", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["data"]["career"]["id"] == "studio-potter" and heads == []
    assert title_of(cli, catalog_dir, "studio-potter") == "Studio Potter" and heads  # `show ID` reads them
