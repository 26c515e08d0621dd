"""Shared fixtures: a CLI runner with a pinned, machine-independent environment."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careercli.cli import app

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
SEED_ID = "administrateur-de-production"


@pytest.fixture(scope="session")
def built_in_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The index of the shipped catalog, built once (parsing ~920 YAML files takes seconds)."""
    folder = tmp_path_factory.mktemp("built-in-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CAREERS_CACHE_DIR", str(folder))
        patch.delenv("CAREERS_PATH", raising=False)
        from careercli.catalog import data_dirs, load_catalog

        assert load_catalog(data_dirs()).entries
    return folder


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory,
                         built_in_cache: Path) -> None:
    """No colour, 80 columns, English interface, no user catalog folders, and a private
    cache that starts as a copy of the built-in catalog's index."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("LINES", "50")
    monkeypatch.setenv("CAREERS_LANG", "en")
    cache = tmp_path_factory.mktemp("cache")
    shutil.copytree(built_in_cache, cache, dirs_exist_ok=True)
    monkeypatch.setenv("CAREERS_CACHE_DIR", str(cache))
    monkeypatch.delenv("CAREERS_PATH", raising=False)
    monkeypatch.delenv("PAGER", raising=False)


class Cli:
    """Invoke `careers` in-process and get (exit code, stdout, stderr)."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None):
        return self.runner.invoke(app, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def cli() -> Cli:
    return Cli()
