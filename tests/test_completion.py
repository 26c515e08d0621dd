"""Shell completion of commands, options and careers, without slowing ordinary commands."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT


def complete(words: str, shell: str = "bash") -> list[str]:
    env = {**os.environ, "_CAREERS_COMPLETE": f"complete_{shell}", "COMP_WORDS": words,
           "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
           "_TYPER_COMPLETE_ARGS": words, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-m", "careercli"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_commands_options_and_careers_complete():
    assert complete("careers sea") == ["search"]
    assert "--section" in complete("careers show --sec")
    assert "accountants-and-auditors" in complete("careers show accountants-and")
    assert "comptable" in complete("careers show comptab")  # a French title, completed as typed
    assert "software-developers" in complete("careers compare accountants-and-auditors software-dev")


def test_zsh_shows_titles_as_help():
    out = subprocess.run([sys.executable, "-m", "careercli"], capture_output=True, text=True, timeout=60, env={
        **os.environ, "_CAREERS_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "careers show plumbers-pipe",
        "PYTHONPATH": str(ROOT / "src")}).stdout
    assert '"plumbers-pipefitters-and-steamfitters":"Plumbers, Pipefitters, and Steamfitters"' in out


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_show_completion_prints_the_script_for_the_shell():
    done = subprocess.run(["bash", "-c", f'"{sys.executable}" -m careercli --show-completion'], capture_output=True,
                          text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert done.returncode == 0, done.stderr
    assert "_CAREERS_COMPLETE=complete_bash" in done.stdout and "complete " in done.stdout
