"""Every command has help with an example; docstrings are the help text."""

from __future__ import annotations

import pytest
import typer

from careercli.cli import app
from careercli.cli.group import COMMANDS as GROUP_COMMANDS, command, summary
from careercli.cli.translate import localize


def all_commands() -> list[list[str]]:
    group = typer.main.get_command(app)
    found: list[list[str]] = []

    def walk(command, path: list[str]) -> None:
        found.append(path)
        if hasattr(command, "list_commands"):  # a group, whose commands may be loaded lazily
            context = typer.Context(command)
            for name in command.list_commands(context):
                walk(command.get_command(context, name), [*path, name])

    walk(group, [])
    return found


COMMANDS = all_commands()


def test_the_documented_commands_exist():
    names = {" ".join(path) for path in COMMANDS}
    assert {"show", "validate", "schema", "cache clear"} <= names


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "careers")
def test_command_has_help_with_an_example(cli, path):
    result = cli(*path, "--help")
    assert result.exit_code == 0
    assert "Usage: careers" in result.stdout
    assert "Example" in result.stdout, f"`careers {' '.join(path)} --help` has no example"
    assert "careers " in result.stdout.split("Example", 1)[1]


def test_no_arguments_prints_help(cli):
    """Help on stderr (stdout is for data), exit 2 as for any incomplete command line, and every
    command named in it."""
    result = cli()
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("Usage: careers")
    listed = result.stderr.split("Commands:", 1)[1]
    assert {path[0] for path in COMMANDS if path} <= {line.split()[0] for line in listed.splitlines() if line.strip()}


def test_version(cli):
    result = cli("--version")
    assert result.exit_code == 0 and result.stdout.startswith("careers ")


@pytest.mark.parametrize("path", [p for p in COMMANDS if p not in ([], ["import"], ["cache"])], ids=" ".join)
def test_every_command_takes_lang_after_its_name(cli, path):
    """`--lang` anywhere on the line, as the README promises: no command refuses it (the groups
    that only hold commands, `import` and `cache`, take it on their commands)."""
    result = cli(*path, "--lang", "fr", "--help")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Utilisation\u00a0: careers")


def test_about_in_french_with_lang_after_the_command(cli):
    result = cli("about", "--lang", "fr")
    assert result.exit_code == 0, result.stderr
    assert "Niveaux de préparation des fiches ROME, dérivés d'O*NET par careers" in result.stdout


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("module", sorted(set(GROUP_COMMANDS.values())))
def test_the_list_of_commands_says_what_each_built_command_says(module, lang):
    """`careers --help` lists each command from its summary (group.summary), not from the
    command Typer builds with its options: both give the same name, help and listed line."""
    from careercli.i18n import language

    with language(lang):
        built, listed = localize(command(module)), localize(summary(module))
        assert (listed.name, listed.hidden, listed.deprecated) == (built.name, built.hidden, built.deprecated)
        assert listed.help == built.help and listed.short_help == built.short_help
        for limit in (20, 45, 66, 200):
            assert listed.get_short_help_str(limit) == built.get_short_help_str(limit)


def test_listing_the_commands_builds_none(tmp_path):
    """Building a command reads all its options (about 1.5 ms each): `careers --help` builds none."""
    import json
    import subprocess
    import sys

    probe = ("import sys\nsys.argv = ['careers', '--help']\nfrom careercli.cli import main\nfrom careercli.cli import group\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\nprint(group.command.cache_info().currsize, file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert json.loads(result.stderr.strip().splitlines()[-1]) == 0
    assert "show" in result.stdout
