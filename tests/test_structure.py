"""The shape of the house: cli -> commands -> core, results to render, no import running back up.

Layers, top to bottom (a module may import its own layer and the ones below, never above):
  cli, api        the command line and the public Python API (facades)
  commands        take the application context and typed values, return typed results
  app             the application context (environment, consoles, catalog)
  render          results -> Rich, JSON, CSV, Markdown      (render and terminal never import
  terminal        prompts, pager, progress                   each other)
  core            everything else: schema, loader, catalog, index, quiz scoring and ranking ...
Imports under `if TYPE_CHECKING:` count too: a type that lives above is a design smell.
"""

from __future__ import annotations

import ast
from pathlib import Path

from .conftest import ROOT

PACKAGE = ROOT / "src" / "careercli"
RANK = {"core": 0, "render": 1, "terminal": 1, "app": 2, "commands": 3, "cli": 4, "api": 4}


def layer(module: str) -> str:
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else ""
    if top in ("cli", "commands", "render", "terminal"):
        return top
    if top == "__main__":  # `python -m careercli`: the command line
        return "cli"
    return {"app": "app", "api": "api"}.get(top, "core")


def module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(relative.parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """(line, absolute module) of every careercli import in the file, wherever it is."""
    name = module_name(path)
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


def test_no_import_runs_back_up():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        here = layer(module_name(path))
        for line, target in imported_modules(path):
            there = layer(target)
            sideways = {here, there} == {"render", "terminal"}
            if RANK[there] > RANK[here] or sideways:
                wrong.append(f"{path.relative_to(ROOT)}:{line}: {here} imports {target} ({there})")
    assert not wrong, "\n".join(wrong)


def test_the_core_knows_nothing_of_typer_rich_or_prompts():
    ui = ("typer", "click", "questionary", "prompt_toolkit", "rich")
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if layer(module_name(path)) != "core":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else []
            wrong += [f"{path.relative_to(ROOT)}:{node.lineno}: {n}" for n in names if n.split(".")[0] in ui]
    assert not wrong, "\n".join(wrong)


def test_the_layer_rules_catch_a_wrong_import(tmp_path):
    """The checker itself: a core module importing a renderer is reported."""
    fake = PACKAGE / "schema.py"
    assert layer(module_name(fake)) == "core"
    assert layer("careercli.render.profile_rich") == "render" and RANK["render"] > RANK["core"]
    assert layer("careercli.cli.group") == "cli" and layer("careercli.commands.show") == "commands"
