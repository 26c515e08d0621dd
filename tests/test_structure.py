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
import re
from pathlib import Path
from typing import Iterator

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


# ---------------------------------------------------------------- one way to carry the language

# The reader's language is carried one way: the context variable of careercli.i18n, set by the
# entry points (the command line, each public method of careercli.Careers, a worker process) and
# read where it is needed (`_()`, `current_language()`). No other function takes it as a parameter.
# A parameter that looks like a language is allowed only where the language is DATA, a code other
# than the reader's or recorded with a result; each says why:
LANGUAGE_DATA_PARAMETERS = {
    "text.localize": "the text in a given language: the reader's, or each in turn (a title's other languages)",
    "text.language_shown": "which language `localize` picks for a given one",
    "text.title_forms": "a title and its feminine form in a given language (the other languages under the title)",
    "views.codes_of": "the language a result records its titles in (a kept quiz's, a class ranked lazily)",
    "views.title_mark": "the language a title is written in, recorded with the result",
    "catalog.search_table.field_byte": "the language of a search key, stored in the search table",
    "catalog.search.match_band": "the language of the key that matched (read from the search table)",
    "importers.esco.Esco.titles": "the ESCO labels of one language: the importer reads each of them",
    "app.App.__init__": "`lang_chosen` is a flag (whether --lang came before the command), not a language",
}
LANGUAGE_LIKE = re.compile(r"(^|_)lang(uage)?(_|$)")


def function_parameters(tree: ast.Module) -> Iterator[tuple[str, ast.FunctionDef, list[str]]]:
    """(qualified name, node, parameter names) of every function and method, nested ones too."""
    def walk(node: ast.AST, stack: list[str]) -> Iterator[tuple[str, ast.FunctionDef, list[str]]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                args = child.args
                names = [a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg] if a]
                yield ".".join([*stack, child.name]), child, names  # type: ignore[misc]
                yield from walk(child, [*stack, child.name])
            elif isinstance(child, ast.Lambda):
                names = [a.arg for a in [*child.args.posonlyargs, *child.args.args, *child.args.kwonlyargs]]
                if names:
                    yield ".".join([*stack, "<lambda>"]), child, names  # type: ignore[misc]
                yield from walk(child, stack)
            else:
                yield from walk(child, [*stack, child.name] if isinstance(child, ast.ClassDef) else stack)
    yield from walk(tree, [])


def sets_the_language(function: ast.FunctionDef) -> bool:
    """Whether a command's body runs in its `--lang`: `app.speaking(lang ...)` or `language(... lang ...)`."""
    for node in ast.walk(function):
        if isinstance(node, ast.Call) and (getattr(node.func, "attr", None) == "speaking"
                                           or getattr(node.func, "id", None) == "language"):
            if any(isinstance(n, ast.Name) and n.id == "lang" for arg in node.args for n in ast.walk(arg)):
                return True
    return False


def language_carriers(package: Path) -> list[str]:
    """Every function of `package` that takes the reader's language as a parameter, where only an
    entry point may: a public method of `Careers` (api.py: its `lang` argument, which `speaks` sets),
    a command of the command line (its `--lang` option, annotated `Lang`, which it must run in), or
    a function whose language is data (LANGUAGE_DATA_PARAMETERS)."""
    wrong = []
    for path in sorted(package.rglob("*.py")):
        module = ".".join(path.relative_to(package).with_suffix("").parts)
        for name, function, parameters in function_parameters(ast.parse(path.read_text(encoding="utf-8"))):
            suspects = [p for p in parameters if LANGUAGE_LIKE.search(p)]
            if not suspects or f"{module}.{name}" in LANGUAGE_DATA_PARAMETERS:
                continue
            method = name.split(".")[-1]
            if module == "api" and name.startswith("Careers.") and suspects == ["lang"] \
                    and (not method.startswith("_") or method == "__init__"):  # __init__: the default language
                continue
            if module.startswith("cli.") and suspects == ["lang"] and isinstance(function, ast.FunctionDef):
                annotation = next(a.annotation for a in function.args.args + function.args.kwonlyargs if a.arg == "lang")
                if annotation is not None and ast.unparse(annotation) == "Lang":
                    if sets_the_language(function):
                        continue
                    wrong.append(f"{module}.{name}: takes --lang but does not run in it (app.speaking(lang))")
                    continue
            wrong.append(f"{module}.{name}({', '.join(suspects)})")
    return wrong


def test_the_language_is_carried_one_way():
    """No function takes the reader's language as a parameter: it is read from the context."""
    assert language_carriers(PACKAGE) == []


def test_the_language_checker_finds_a_carrier(tmp_path):
    """The checker itself: a core function, a private API method and a command that ignores its
    --lang are reported; a public method, a command running in its --lang and an allowed code are not."""
    (tmp_path / "cli").mkdir()
    (tmp_path / "text.py").write_text("def localize(text, language): ...\ndef title(entry, lang): ...\n"
                                      "def other(entry, key_language): ...\n", encoding="utf-8")
    (tmp_path / "api.py").write_text("class Careers:\n    def search(self, q, *, lang=None): ...\n"
                                     "    def _resolve(self, q, lang): ...\n", encoding="utf-8")
    (tmp_path / "cli" / "show.py").write_text(
        "def show(ctx, lang: Lang = None):\n    with ctx.obj.speaking(lang):\n        pass\n"
        "def quiet(ctx, lang: Lang = None):\n    pass\n", encoding="utf-8")
    assert language_carriers(tmp_path) == [
        "api.Careers._resolve(lang)",
        "cli.show.quiet: takes --lang but does not run in it (app.speaking(lang))",
        "text.title(lang)",
        "text.other(key_language)"]
