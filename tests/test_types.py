"""The type check `make test` runs: mypy, configured in pyproject.toml, finds no error in the package
and holds the public API (careercli, careercli.api, .views, .errors) to its strict mode."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "pyproject.toml"


def mypy_errors(*targets: Path, cache_dir: Path) -> list[str]:
    """The errors mypy reports on `targets` (default: the package, pyproject's `files`), one a line.
    A run that fails without an error line (a crash, a bad configuration) fails the test itself."""
    command = [sys.executable, "-m", "mypy", "--config-file", str(CONFIG), "--cache-dir", str(cache_dir),
               "--no-error-summary", "--no-pretty", "--no-color-output", *map(str, targets)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    errors = [line for line in result.stdout.splitlines() if ": error: " in line]
    if result.returncode not in (0, 1) or (result.returncode == 1) != bool(errors):
        pytest.fail(f"mypy did not run (exit code {result.returncode}):\n{result.stdout}{result.stderr}")
    return errors


@pytest.mark.heavy
def test_the_package_type_checks() -> None:
    """The repository's own cache (.mypy_cache): a fresh clone checks every module (about 7 s of one
    core), a later run only what changed (0.3 s when nothing did)."""
    errors = mypy_errors(cache_dir=ROOT / ".mypy_cache")
    assert not errors, f"mypy found {len(errors)} type errors:\n" + "\n".join(errors)


def test_the_check_reports_errors_and_is_strict_on_the_public_api(tmp_path: Path) -> None:
    """The same check on a package of the same name: a wrong type is reported anywhere; a function
    without annotations only in a public module."""
    package = tmp_path / "careercli"
    package.mkdir()
    (package / "__init__.py").write_text("")
    untyped = "def shown(value):\n    return value\n"
    (package / "views.py").write_text(untyped)
    (package / "text.py").write_text(untyped + "\n\ndef half(n: int) -> int:\n    return n / 2\n")
    errors = mypy_errors(package, cache_dir=tmp_path / "mypy-cache")
    where = sorted((Path(line.split(":")[0]).name, line.split(":")[1], line.rsplit("[", 1)[-1]) for line in errors)
    assert where == [("text.py", "6", "return-value]"), ("views.py", "1", "no-untyped-def]")], errors
