"""Start-up stays lean: `careers show` and `--help` import only what they need."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import SEED_ID

PROBE = """
import json, sys
sys.argv = ["careers", *json.loads(sys.argv[1])]
from careercli.cli import main
try:
    main()
except SystemExit:
    pass
with open({out!r}, "w") as f:
    json.dump(sorted(sys.modules), f)
"""

HEAVY = {"questionary", "prompt_toolkit", "numpy", "yaml", "_yaml", "markdown_it", "pygments", "rapidfuzz"}


def modules_imported(tmp_path: Path, *args: str) -> set[str]:
    out = tmp_path / "modules.json"
    env = {**os.environ, "NO_COLOR": "1"}  # the session's cache: the built-in index is warm
    code = PROBE.format(out=str(out))
    subprocess.run([sys.executable, "-c", code, json.dumps(args)], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return set(json.loads(out.read_text()))


def top_level(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def test_help_imports_no_rendering_or_data_libraries(tmp_path):
    modules = modules_imported(tmp_path, "--help")
    assert not top_level(modules) & (HEAVY | {"msgspec"})
    assert "rich.table" not in modules and "typer.rich_utils" not in modules


def test_warm_show_reads_no_yaml_and_no_quiz_libraries(tmp_path):
    modules_imported(tmp_path, "show", SEED_ID, "--format", "json")  # builds the cache
    json_modules = modules_imported(tmp_path, "show", SEED_ID, "--format", "json")
    assert not top_level(json_modules) & HEAVY
    assert "rich.table" not in json_modules
    rich_modules = modules_imported(tmp_path, "show", SEED_ID, "--no-pager")
    assert not top_level(rich_modules) & HEAVY


def test_scripted_quiz_and_list_import_no_prompt_or_yaml_libraries(tmp_path):
    modules_imported(tmp_path, "list", "--format", "json")  # builds the cache
    for args in (("quiz", "--scores", "R=2,I=5,A=3,S=4,E=6,C=5", "--format", "json"), ("list", "--format", "json")):
        assert not top_level(modules_imported(tmp_path, *args)) & HEAVY, args
