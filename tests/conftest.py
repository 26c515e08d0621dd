"""Shared fixtures: a CLI runner with a pinned, machine-independent environment."""

from __future__ import annotations

import gc
import os
import shutil
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careercli.i18n import set_interface_language

from careercli.cli import app

from .committed import share_in

# One test process runs hundreds of commands and keeps every report: with the default threshold
# (700) the garbage collector walks that growing heap thousands of times, a fifth of the run.
# A command run from the shell is one short process and keeps the default.
gc.set_threshold(50_000, 50, 100)

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
SEED_ID = "administrateur-de-production"


def pytest_configure(config: pytest.Config) -> None:
    """Python writes the package's bytecode where it always does (src/careercli/__pycache__, which
    git ignores), even where the environment says not to (this sandbox sets PYTHONDONTWRITEBYTECODE):
    otherwise every process of the run, the pytest-xdist workers and each `python -m careercli`
    that a test starts, compiles the whole package again (about 0.2 s of CPU each)."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # the workers and the commands started by tests
    sys.dont_write_bytecode = False


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Heavy tests first (a stable sort): the workers share them out at the start, and the run
    does not wait at the end for one of them."""
    items.sort(key=lambda item: item.get_closest_marker("heavy") is None)


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for the test run, holding the index of the shipped catalog, built once.

    Each data folder has its own index in it, so tests that add their own folders share it
    safely (the cache is written atomically, like concurrent runs would); tests of the cache
    itself use a private one (`private_cache`). With pytest-xdist, the workers share it: the
    first one builds the index (on every core) while the others wait on a lock."""
    import fcntl

    from careercli.catalog.cache import CacheStore
    from careercli.catalog.merged import open_catalog

    base = tmp_path_factory.getbasetemp()
    shared_root = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder = shared_root / "shared-cache"
    folder.mkdir(exist_ok=True)
    share_in(shared_root)  # the committed catalogs' parsed copies too (tests/committed.py)
    with open(shared_root / "shared-cache.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            assert open_catalog([], cache=CacheStore(folder)).entries
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return folder


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, shared_cache: Path) -> None:
    """No colour, 80 columns, English interface, no user catalog folders, the shared cache and
    a private user data folder (paused quizzes)."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("LINES", "50")
    monkeypatch.setenv("CAREERS_LANG", "en")
    monkeypatch.setenv("CAREERS_CACHE_DIR", str(shared_cache))
    monkeypatch.setenv("CAREERS_DATA_DIR", str(tmp_path / "user-data"))
    monkeypatch.delenv("CAREERS_PATH", raising=False)
    monkeypatch.delenv("CAREERS_DEBUG", raising=False)
    monkeypatch.delenv("PAGER", raising=False)
    set_interface_language("en")  # an earlier in-process run may have set another one


@pytest.fixture
def private_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, shared_cache: Path) -> Path:
    """A cache of this test's own, starting with the built-in catalog's index only (the other
    files of the shared cache belong to tests running beside this one, and may go meanwhile)."""
    from careercli.catalog.cache import CacheStore
    from careercli.catalog.index import index_name, layer_key, read_index
    from careercli.resources import builtin_careers

    folder = tmp_path / "private-cache"
    folder.mkdir()
    key = layer_key(builtin_careers())
    index = read_index(CacheStore(shared_cache), index_name(key), key)
    assert index is not None, "the shared cache holds the built-in catalog's index"
    for name in (index_name(key), index.pack):
        shutil.copy2(shared_cache / name, folder / name)
    monkeypatch.setenv("CAREERS_CACHE_DIR", str(folder))
    return folder


class Cli:
    """Invoke `careers` in-process and get (exit code, stdout, stderr)."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None):
        return self.runner.invoke(app, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def cli() -> Cli:
    return Cli()


def no_builtin(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No built-in catalog: results then depend only on the test's own profiles."""
    empty = tmp_path / "no-builtin-data"
    empty.mkdir(exist_ok=True)
    monkeypatch.setattr("careercli.resources.builtin_careers", lambda: empty)
