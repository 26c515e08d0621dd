"""Promises about output: any encoding works, JSON is always an envelope (errors included), and a
broken profile is named rather than replaced by another career."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SEED_ID

# One interpreter per encoding runs several commands (starting Python for each would be slow).
RUN_SEVERAL = """
import io, json, sys
from careercli.cli import main
for args in json.loads(sys.argv[1]):
    print("\\x1eRUN " + " ".join(args), flush=True)
    try:
        main(args)
    except SystemExit as stop:
        print(f"\\x1eEXIT {stop.code or 0}", flush=True)
"""
COMMANDS = [
    ["show", SEED_ID, "--lang", "fr", "--no-pager"],
    ["show", SEED_ID, "--lang", "fr", "--format", "json"],
    ["list", "--lang", "fr"],
    ["compare", SEED_ID, "13-2011.00", "--lang", "fr"],
    ["quiz", "--scores", "R=2,I=5,A=3,S=4,E=6,C=5", "--top", "3", "--lang", "fr"],
    ["show", "nulle-part", "--lang", "fr"],
]


def run_commands(tmp_path: Path, shared_cache: Path, **variables: str) -> list[tuple[str, int, str]]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "80", "CAREERS_CACHE_DIR": str(shared_cache),
           "CAREERS_DATA_DIR": str(tmp_path), **variables}
    done = subprocess.run([sys.executable, "-c", RUN_SEVERAL, json.dumps(COMMANDS)], capture_output=True, env=env,
                          timeout=120)
    assert b"Traceback" not in done.stderr, done.stderr.decode("utf-8", "replace")
    runs = []
    for chunk in done.stdout.split(b"\x1eRUN ")[1:]:
        head, _, rest = chunk.partition(b"\n")
        body, _, code = rest.rpartition(b"\x1eEXIT ")
        runs.append((head.decode(), int(code.strip() or 0), body.decode("ascii", "replace")))
    return runs


@pytest.mark.parametrize("variables", [
    {"PYTHONIOENCODING": "ascii"},
    {"PYTHONIOENCODING": "latin-1"},
    {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""},
], ids=["ascii", "latin-1", "C-locale"])
def test_any_output_encoding_works(tmp_path, shared_cache, variables):
    runs = run_commands(tmp_path, shared_cache, **variables)
    assert [code for _args, code, _out in runs] == [0, 0, 0, 0, 0, 4]
    document = json.loads(runs[1][2])  # JSON keeps every character, as \\u escapes when it must
    assert document["data"]["profile"]["title_feminine"]["fr"] == "Administratrice de production"
    assert "Véritable" in document["data"]["profile"]["tagline"]["fr"]
    assert "Administrat" in runs[0][2] and "Salaire" in runs[0][2]


def test_json_errors_are_envelopes_with_their_exit_code(cli):
    cases = [
        (["show", "astronaut-of-the-deep-sea", "--format", "json"], 4, "show", "no career matches"),
        (["show", "teacher", "--format", "json"], 3, "show", "matches several careers"),
        (["show", "--format", "json"], 2, "show", "Missing argument"),
        (["quiz", "--scores", "R=1", "--format", "json"], 2, "quiz", "--scores: missing"),
        (["compare", SEED_ID, "--format", "json"], 2, "compare", "compare needs 2 to 6 careers"),
        (["list", "--lang", "de", "--format", "json"], 2, "list", "unknown language 'de'"),
        (["fit", SEED_ID, "--format", "json"], 2, "fit", "asks its questions in a terminal"),
    ]
    for args, code, command, message in cases:
        result = cli(*args)
        assert result.exit_code == code, (args, result.stderr)
        document = json.loads(result.stdout)
        assert set(document) == {"version", "command", "status", "exit_code", "data", "errors"}
        assert (document["command"], document["status"], document["exit_code"]) == (command, "error", code), args
        assert message in document["errors"][0], (args, document["errors"])
        assert result.stderr.strip(), "people still get the message on stderr"


def test_a_broken_profile_is_named_never_replaced_by_another_career(cli, tmp_path):
    folder = tmp_path / "prof"
    folder.mkdir()
    (folder / "ebeniste.yaml").write_text("title: {fr: Ébéniste, en: Cabinetmaker}\nsalaire: 3000\n", encoding="utf-8")
    (folder / "menuisier.yaml").write_text("title: {fr: Menuisier, en: Joiner}\n", encoding="utf-8")
    for query in ("ebeniste", "Ébéniste", "Cabinetmaker"):
        result = cli("--data-dir", str(folder), "show", query, "--format", "json")
        assert result.exit_code == 1, (query, result.stdout)
        error = json.loads(result.stdout)["errors"][0]
        assert "ebeniste.yaml" in error and "salaire" in error and "Patternmakers" not in result.stdout
    assert cli("--data-dir", str(folder), "show", "menuisier", "--format", "json").exit_code == 0
    listed = cli("--data-dir", str(folder), "list", "--format", "json")
    assert "1 profile files could not be read" in listed.stderr


def test_a_broken_profile_hides_the_built_in_one_it_overrides(cli, tmp_path):
    (tmp_path / "accountants-and-auditors.yaml").write_text("title: [\n", encoding="utf-8")
    result = cli("--data-dir", str(tmp_path), "show", "accountants-and-auditors")
    assert result.exit_code == 1 and "accountants-and-auditors.yaml" in result.stderr
    listed = json.loads(cli("--data-dir", str(tmp_path), "list", "--format", "json").stdout)["data"]
    assert "accountants-and-auditors" not in {row["id"] for row in listed}
