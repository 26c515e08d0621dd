"""The index cache: used when fresh, refreshed incrementally, rebuilt when corrupt, safe to share."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import msgspec
import pytest

import careercli.loader
from careercli import cache
from careercli.catalog import data_dirs


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


def touch_later(path: Path, text: str) -> None:
    before = path.stat().st_mtime_ns
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 10**9, before + 10**9))


def test_warm_run_reads_no_yaml(cli, catalog_dir, monkeypatch):
    assert title_of(cli, catalog_dir, "baker") == "Baker"
    assert list(cache.cache_dir().glob("index-*.msgpack"))
    def refuse(path):
        raise AssertionError(f"read {path}")
    monkeypatch.setattr(careercli.loader, "read_profile", refuse)
    assert title_of(cli, catalog_dir, "baker") == "Baker"
    assert title_of(cli, catalog_dir, "Studio Potter") == "Studio Potter"  # by title: through the cached index
    result = cli("--data-dir", str(catalog_dir), "show", "studio-potter", "--format", "markdown")
    assert "# Studio Potter" in result.stdout


def test_changed_added_and_removed_files_are_picked_up(cli, catalog_dir):
    assert title_of(cli, catalog_dir, "baker") == "Baker"
    touch_later(catalog_dir / "baker.yaml", "title: Master baker\n")
    assert title_of(cli, catalog_dir, "baker") == "Master baker"
    (catalog_dir / "sub").mkdir()
    (catalog_dir / "sub" / "smith.yaml").write_text("title: Smith\n", encoding="utf-8")
    assert title_of(cli, catalog_dir, "smith") == "Smith"
    (catalog_dir / "studio-potter.yaml").unlink()
    result = cli("--data-dir", str(catalog_dir), "show", "studio-potter")
    assert result.exit_code == 1 and "no career matches 'studio-potter'" in result.stderr


def test_only_changed_files_are_parsed_again(cli, catalog_dir, monkeypatch):
    title_of(cli, catalog_dir, "Baker")  # builds the whole index
    touch_later(catalog_dir / "baker.yaml", "title: Night baker\n")
    parsed: list[str] = []
    original = careercli.loader.read_profile
    def counting(path):
        parsed.append(Path(path).name)
        return original(path)
    monkeypatch.setattr(careercli.loader, "read_profile", counting)
    assert title_of(cli, catalog_dir, "Studio Potter") == "Studio Potter"
    assert parsed == ["baker.yaml"]


def test_corrupt_cache_is_rebuilt_not_trusted(cli, catalog_dir):
    title_of(cli, catalog_dir, "baker")
    for path in cache.cache_dir().glob("*.msgpack"):
        path.write_bytes(b"\x00garbage")
    assert title_of(cli, catalog_dir, "baker") == "Baker"
    assert title_of(cli, catalog_dir, "Studio Potter") == "Studio Potter"
    index_file = cache.index_path(data_dirs([catalog_dir]))
    rebuilt = msgspec.msgpack.decode(index_file.read_bytes(), type=cache.Index)
    assert {"baker", "studio-potter"} <= set(rebuilt.files)


def test_truncated_pack_falls_back_to_yaml(cli, catalog_dir):
    title_of(cli, catalog_dir, "Studio Potter")
    for pack in cache.cache_dir().glob("pack-*.msgpack"):
        pack.write_bytes(pack.read_bytes()[:5])
    assert title_of(cli, catalog_dir, "studio-potter") == "Studio Potter"


def test_no_cache_writes_nothing(cli, catalog_dir):
    before = sorted(cache.cache_dir().rglob("*"))
    assert title_of(cli, catalog_dir, "Baker", "--no-cache") == "Baker"
    result = cli("--no-cache", "--data-dir", str(catalog_dir), "show", "baker")
    assert result.exit_code == 0 and "Baker" in result.stdout
    assert sorted(cache.cache_dir().rglob("*")) == before


def test_cache_clear(cli, catalog_dir):
    title_of(cli, catalog_dir, "Baker")
    assert list(cache.cache_dir().glob("*.msgpack"))
    result = cli("cache", "clear")
    assert result.exit_code == 0 and "Removed" in result.stderr
    assert not list(cache.cache_dir().glob("*.msgpack"))


def test_bad_files_are_remembered_and_reported(cli, catalog_dir):
    (catalog_dir / "broken.yaml").write_text("title: [\n", encoding="utf-8")
    assert title_of(cli, catalog_dir, "Baker") == "Baker"
    result = cli("--data-dir", str(catalog_dir), "show", "broken")
    assert result.exit_code == 1 and "invalid YAML" in result.stderr


def test_concurrent_runs_do_not_corrupt_the_cache(catalog_dir, tmp_path):
    env = {**os.environ, "CAREERS_CACHE_DIR": str(tmp_path / "shared-cache"), "NO_COLOR": "1"}
    for i in range(30):
        (catalog_dir / f"job-{i}.yaml").write_text(f"title: Job {i}\n", encoding="utf-8")
    command = [sys.executable, "-c", "from careercli.cli import main; main()",
               "--data-dir", str(catalog_dir), "show", "Job 7", "--format", "json"]
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(6)]
    for run in runs:
        out, err = run.communicate(timeout=60)
        assert run.returncode == 0, err
        assert json.loads(out)["data"]["id"] == "job-7"
    assert not list((tmp_path / "shared-cache").glob(".*.tmp"))
    index = cache.read_index_file(next((tmp_path / "shared-cache").glob("index-*.msgpack")))
    assert index is not None and (tmp_path / "shared-cache" / index.pack).exists()
    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and json.loads(again.stdout)["data"]["id"] == "job-7"
