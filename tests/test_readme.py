"""The README keeps its promises: the command reference matches --help, the API example runs."""

from __future__ import annotations

import contextlib
import io
import re

from .conftest import ROOT

README = ROOT / "README.md"


def test_the_command_reference_matches_the_commands_help():
    from cogapp import Cog

    checked = Cog().main(["cog", "--check", "-I", str(ROOT / "tools"), str(README)])
    assert checked == 0, "README.md and --help differ: run .venv/bin/cog -r README.md"


def test_the_reference_lists_every_command():
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import command_reference
    finally:
        sys.path.pop(0)
    text = README.read_text(encoding="utf-8")
    for path in command_reference.command_paths():
        assert f"### `{' '.join(['careers', *path])}`" in text


def python_example() -> str:
    section = README.read_text(encoding="utf-8").split("## Python API", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_the_api_example_runs_and_speaks_french():
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(python_example(), "README.md (Python API)", "exec"), {})  # noqa: S102 - our own README
    lines = printed.getvalue().splitlines()
    assert lines[0] == "Administrateur de production / Administratrice de production"
    assert lines[2] == "accountants-and-auditors"
    assert lines[3].startswith("[('responsable-comptabilite', 'rome_mobility')")  # careers.similar, in French: ROME
    assert re.match(r"^\d+ accompagnant-des-eleves-en-situation-de-handicap-aesh \['interest', 'interest'\]$", lines[4])
    ranked = [line for line in lines[5:8]]
    assert len(ranked) == 3 and all(re.match(r"^\d \S.* \d+% (Vous|Mêmes|Ses) ", line) for line in ranked)  # French reasons
    assert "## Votre profil d'intérêts" in printed.getvalue()  # the rendered result, in French
    assert "# Production administrator" in printed.getvalue()  # lang="en" for that one call
