"""Start-up stays lean: `careers show` and `--help` import only what they need, and importing a
module does no work its caller may not need (no regular expression compiled)."""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from careercli.patterns import lazy

from .conftest import ROOT, SEED_ID

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
    modules_imported(tmp_path, "show", SEED_ID, "--no-pager")  # lays the page out once
    rich_modules = modules_imported(tmp_path, "show", SEED_ID, "--no-pager")
    assert not top_level(rich_modules) & HEAVY
    # a kept page is printed as it is: the section builders and the layout are not even imported
    assert not {"careercli.render.profile_rich", "careercli.render.layout"} & rich_modules
    # a curated profile has no moves in its page (only reference careers do): their modules stay out
    assert not {m for m in json_modules | rich_modules if m.startswith("careercli.moves.")}
    # the shipped data is found with importlib.resources, by design (the project's brief: a clone and
    # an install read it the same way), though it costs a command about 1.5 ms of imports
    assert "importlib.resources" in json_modules and "importlib.resources" in rich_modules
    # the search and commonness tables' types are made when a command reads one (index.table_types)
    assert not {"careercli.catalog.search_table", "careercli.catalog.commonness"} & (json_modules | rich_modules)


def test_scripted_quiz_and_list_import_no_prompt_or_yaml_libraries(tmp_path):
    modules_imported(tmp_path, "list", "--format", "json")  # builds the cache
    for args in (("quiz", "--scores", "R=2,I=5,A=3,S=4,E=6,C=5", "--format", "json"), ("list", "--format", "json")):
        assert not top_level(modules_imported(tmp_path, *args)) & HEAVY, args


def compiled_when_imported(source: str) -> list[int]:
    """The lines of `re.compile(...)` calls that run when a module with this source is imported:
    in its top-level statements, outside functions (a class body runs at import too)."""
    found = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            return
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "compile" \
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re":
            found.append(node.lineno)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(source))
    return found


def test_no_module_compiles_a_regular_expression_when_imported():
    """Module-level patterns are `patterns.lazy(...)`: compiled at import, the fifty-odd patterns
    of the modules a command imports cost it about 5 ms, most of them unused in that run. The
    importers (run by hand, rarely) are left as they are."""
    package = ROOT / "src" / "careercli"
    wrong = [f"{path.relative_to(ROOT)}:{line}" for path in sorted(package.rglob("*.py"))
             if "importers" not in path.relative_to(package).parts
             for line in compiled_when_imported(path.read_text(encoding="utf-8"))]
    assert not wrong, "compiled at import (use patterns.lazy): " + ", ".join(wrong)


def test_the_import_rule_sees_a_compile_outside_functions():
    source = ("import re\nA = re.compile('a')\nB = {'x': (re.compile('b'), 1)}\nclass C:\n    D = re.compile('d')\n"
              "def f():\n    return re.compile('e')\nG = lambda: re.compile('g')\n")
    assert compiled_when_imported(source) == [2, 3, 5]


def test_a_lazy_pattern_compiles_at_first_use_and_then_is_the_pattern_itself():
    pattern = lazy(r"(a+)", re.IGNORECASE)
    assert "search" not in vars(pattern)  # nothing compiled yet
    assert pattern.search("bAa").group(1) == "Aa"
    assert vars(pattern)["search"] == re.compile(r"(a+)", re.IGNORECASE).search  # the compiled pattern's own method
    assert pattern.sub("-", "xaAy") == "x-y" and pattern.split("baab") == ["b", "aa", "b"]
    assert pattern.pattern == "(a+)" and pattern.flags & re.IGNORECASE


def test_the_command_line_modules_have_real_annotations():
    """Typer reads every parameter's annotation when it builds a command: string annotations (`from
    __future__ import annotations`) would be evaluated again on every run (see cli/__init__.py)."""
    from careercli.cli.group import COMMANDS

    folder = ROOT / "src" / "careercli" / "cli"
    modules = ["root", "options", *COMMANDS.values()]
    wrong = [name for name in modules
             if "from __future__ import annotations" in (folder / f"{name}.py").read_text(encoding="utf-8")]
    assert not wrong, wrong
