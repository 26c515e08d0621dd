"""Shared fixtures: a CLI runner with a pinned, machine-independent environment."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from careercli.cli import app

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
SEED_ID = "administrateur-de-production"


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No colour, 80 columns, English interface, private cache, no user catalog folders."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("LINES", "50")
    monkeypatch.setenv("CAREERS_LANG", "en")
    monkeypatch.setenv("CAREERS_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
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
