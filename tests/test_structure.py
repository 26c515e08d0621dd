"""The shape of the house: cli -> commands -> core, results to render, no import running back up,
and no import cycle.

Layers, top to bottom (a module may import its own layer and the ones below, never above):
  cli, api        the command line and the public Python API (facades)
  commands        take the application context and typed values, return typed results
  app             the application context (environment, consoles, catalog)
  render          results -> Rich, JSON, CSV, Markdown      (render and terminal never import
  terminal        prompts, pager, progress                   each other)
  core            everything else, in layers of its own (the package's folders):
    importers       O*NET, ROME, ESCO, BLS -> profiles and reference tables
    explore         what the read commands find: search results, lists, similar, compare, a page
    moves           career moves and paths between careers
    quiz            items, scoring, ranking, kept results, classes
    catalog         profiles found, read, indexed, cached, merged, searched
    views           (views.py) the result types every command returns, as plain data
    facts           pay, interest centres, study levels, criteria tags
    profile         the profile schema, its sections, its template, reading YAML
    base            the package's root modules: errors, i18n, text, files, tables, resources ...
Imports under `if TYPE_CHECKING:` count too: a type that lives above is a design smell.
"""

from __future__ import annotations

import ast
from pathlib import Path

from .conftest import ROOT

PACKAGE = ROOT / "src" / "careercli"
CORE = ("base", "profile", "facts", "views", "catalog", "quiz", "moves", "explore", "importers")  # bottom up
RANK = {**{name: i / 10 for i, name in enumerate(CORE)},
        "render": 1, "terminal": 1, "app": 2, "commands": 3, "cli": 4, "api": 4}


def layer(module: str) -> str:
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else ""
    if top in ("cli", "commands", "render", "terminal", *CORE) and top != "base":
        return top
    if top == "__main__":  # `python -m careercli`: the command line
        return "cli"
    return {"app": "app", "api": "api"}.get(top, "base")


def is_core(layer_name: str) -> bool:
    return layer_name in CORE


def module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(relative.parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, name: str) -> list[tuple[int, str]]:
    """(line, absolute module) of every careercli import in the file of module `name`, wherever it is."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            targets = [target] if node.module else [f"{target}.{alias.name}" for alias in node.names]
            found += [(node.lineno, t) for t in targets if t.startswith("careercli")]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names if alias.name.startswith("careercli")]
    return found


def imports_running_up(path: Path, name: str) -> list[str]:
    """The imports of the module `name` (read from `path`) that reach a layer above its own or
    sideways between render and terminal."""
    here = layer(name)
    wrong = []
    for line, target in imported_modules(path, name):
        there = layer(target)
        sideways = {here, there} == {"render", "terminal"}
        if RANK[there] > RANK[here] or sideways:
            wrong.append(f"{path.name}:{line}: {here} imports {target} ({there})")
    return wrong


def test_no_import_runs_back_up():
    wrong = [f"{path.parent.relative_to(ROOT)}/{problem}" for path in sorted(PACKAGE.rglob("*.py"))
             for problem in imports_running_up(path, module_name(path))]
    assert not wrong, "\n".join(wrong)


def test_the_core_knows_nothing_of_typer_rich_or_prompts():
    ui = ("typer", "click", "questionary", "prompt_toolkit", "rich")
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if not is_core(layer(module_name(path))):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else []
            wrong += [f"{path.relative_to(ROOT)}:{node.lineno}: {n}" for n in names if n.split(".")[0] in ui]
    assert not wrong, "\n".join(wrong)


def test_the_layer_rules_catch_a_wrong_import(tmp_path):
    """The checker itself: a core module importing a renderer (relative, absolute, or only for
    types) is reported, a command importing the core is not."""
    core = tmp_path / "schema.py"
    core.write_text("from typing import TYPE_CHECKING\nfrom .text import clean\n"
                    "from ..render.profile_rich import emit\nimport careercli.cli.group\n"
                    "if TYPE_CHECKING:\n    from ..commands.show import ShowOptions\n", encoding="utf-8")
    assert imports_running_up(core, "careercli.profile.schema") == [
        "schema.py:3: profile imports careercli.render.profile_rich (render)",
        "schema.py:4: profile imports careercli.cli.group (cli)",
        "schema.py:6: profile imports careercli.commands.show (commands)"]
    index = tmp_path / "index.py"
    index.write_text("from ..quiz.ranking import pearson\nfrom ..facts.pay import pay_points\n", encoding="utf-8")
    assert imports_running_up(index, "careercli.catalog.index") == [
        "index.py:1: catalog imports careercli.quiz.ranking (quiz)"]
    command = tmp_path / "show.py"
    command.write_text("from ..catalog import open_catalog\nfrom ..render import emit\n", encoding="utf-8")
    assert imports_running_up(command, "careercli.commands.show") == []
    render = tmp_path / "pager_user.py"
    render.write_text("from ..terminal.pager import page\n", encoding="utf-8")
    assert imports_running_up(render, "careercli.render.pager_user") == [
        "pager_user.py:1: render imports careercli.terminal.pager (terminal)"]


def import_graph() -> dict[str, set[str]]:
    """Module -> the package's modules it imports (a name imported from a module counts as the module)."""
    paths = {module_name(path): path for path in PACKAGE.rglob("*.py")}

    def known(target: str) -> str:
        while target and target not in paths:
            target = target.rpartition(".")[0]
        return target

    return {name: {known(t) for _line, t in imported_modules(path, name)} - {name, ""}
            for name, path in paths.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm, iterative)."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found = []
    for root in sorted(graph):
        if root in order:
            continue
        work = [(root, iter(sorted(graph[root])))]
        order[root] = low[root] = len(order)
        stack.append(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in order:
                    order[child] = low[child] = len(order)
                    stack.append(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in stack:
                    low[node] = min(low[node], order[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == order[node]:
                group = []
                while True:
                    member = stack.pop()
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_no_import_cycle():
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
