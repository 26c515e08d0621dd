"""A normal install works anywhere: the wheel carries the profiles, the item banks, the reference
tables and the prebuilt index, and its first command reads no YAML."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

pytestmark = pytest.mark.heavy

from .conftest import ROOT, SEED_ID


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory, shared_cache: Path) -> Path:
    """A wheel built from this checkout, installed into a new virtual environment."""
    folder = tmp_path_factory.mktemp("install")
    build = subprocess.run([sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(folder / "dist")],
                           cwd=ROOT, env={**os.environ, "CAREERS_CACHE_DIR": str(shared_cache)},
                           capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr
    wheel = next((folder / "dist").glob("careers-*.whl"))
    venv = folder / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    "--no-index", str(wheel)], check=True, timeout=300, capture_output=True)
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    # The dependencies come from the test environment, as a path (its .pth files, among them
    # the editable install of this checkout, are not read): careercli itself is the wheel's.
    (site / "zz_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return venv


def run_installed(venv: Path, cache: Path, *args: str) -> subprocess.CompletedProcess:
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(cache.parent), "NO_COLOR": "1", "COLUMNS": "80",
           "CAREERS_LANG": "en", "CAREERS_CACHE_DIR": str(cache), "CAREERS_DATA_DIR": str(cache.parent / "data")}
    return subprocess.run([str(venv / "bin" / "careers"), *args], capture_output=True, text=True, env=env,
                          cwd=cache.parent, timeout=120)


def test_the_installed_package_is_the_wheel(installed: Path) -> None:
    found = subprocess.run([str(installed / "bin" / "python"), "-c", "import careercli; print(careercli.__file__)"],
                           capture_output=True, text=True, check=True, cwd="/").stdout
    assert str(installed) in found and str(ROOT / "src") not in found


def test_the_first_command_after_install_has_the_whole_catalog_and_reads_no_yaml(installed: Path, tmp_path: Path,
                                                                                  cli) -> None:
    cache = tmp_path / "cache"
    listed = run_installed(installed, cache, "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    careers = json.loads(listed.stdout)["data"]
    assert len(careers) == len(json.loads(cli("list", "--format", "json").stdout)["data"]) >= 920
    assert "Indexing" not in listed.stderr
    shown = run_installed(installed, cache, "show", SEED_ID, "--format", "json")
    assert shown.returncode == 0 and json.loads(shown.stdout)["data"]["profile"]["title"]["fr"] == \
        "Administrateur de production"
    assert not list(cache.glob("layer-*")), "the installed catalog must come from the shipped index"


def test_the_installed_quiz_has_its_item_banks_and_the_interface_its_french(installed: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    quiz = run_installed(installed, cache, "quiz", "--answers-string", "5" * 4 + "1" * 20, "--format", "json")
    assert quiz.returncode == 0, quiz.stderr
    assert json.loads(quiz.stdout)["data"]["bank"] == "riasec-short"
    french = run_installed(installed, cache, "show", "no-such-career", "--lang", "fr")
    assert french.returncode == 4 and french.stderr.startswith("Erreur")
