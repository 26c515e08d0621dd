"""YAML written by people, read within limits.

PyYAML builds an alias as a second reference to the anchored value, so a one-megabyte file can
name the same list billions of times: cheap to parse, ruinous to validate, store or print. A
document is therefore composed into its node graph first and checked there, where every node
still has its line and column, before anything is built from it:

- its size once every alias is expanded (each node counts 1, each scalar its length too);
- how deeply it nests, and aliases that refer to the value containing them;
- a key given twice in one mapping (YAML would silently keep the last one);
- numbers: integers beyond what JSON readers and the cache store exactly, floats that are not
  finite (`.nan`, `.inf`, `1e999`), and dates that do not exist (`2024-13-45`).

The first three stop the reading (`YamlLimitError`); the others are reported with the values
still built, so that `careers validate` can list every problem of a file at once.
"""

from __future__ import annotations

import math
from typing import Any, NamedTuple, Optional, Union

import yaml

from ..files import size_text
from ..i18n import _

try:  # the C parser is ~10x faster; fall back to pure Python where libyaml is missing
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader  # type: ignore[assignment]

MAX_EXPANDED = 4 * 1024 * 1024  # nodes + scalar characters with every alias expanded
MAX_NESTING = 64  # mappings and lists inside each other
MAX_DIGITS = 15  # integers: longer ones lose precision in JSON readers (2**53) and overflow msgpack
MAX_PROBLEMS = 50  # located problems reported per document; the rest are counted

_INT, _FLOAT, _TIMESTAMP = (f"tag:yaml.org,2002:{t}" for t in ("int", "float", "timestamp"))
_CHECKED = (_INT, _FLOAT, _TIMESTAMP)
_STR, _MAP, _SEQ = (f"tag:yaml.org,2002:{t}" for t in ("str", "map", "seq"))
_PLAIN_SCALARS = frozenset({_STR, _INT, _FLOAT, _TIMESTAMP, "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null"})
Key = Union[str, int]


class NodeProblem(NamedTuple):
    """One problem found in the node graph: the path of keys to it and where it starts."""

    message: str
    keys: tuple[Key, ...]
    line: int
    column: int


class YamlLimitError(Exception):
    """The document exceeds a limit; it is not built at all."""

    def __init__(self, problem: NodeProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


class Document(NamedTuple):
    root: Optional[yaml.Node]  # None for an empty document
    data: Any  # the values built from it (None when they could not be built)
    problems: list[NodeProblem]


def load_document(source: str) -> Document:
    """Compose, check and build one YAML document.

    Raises yaml.YAMLError for invalid YAML (with its mark), YamlLimitError for a document over a
    limit, RecursionError where the pure-Python parser meets deep nesting."""
    loader = SafeLoader(source)
    try:
        root = loader.get_single_node()
        if root is None:
            return Document(None, None, [])
        checker = _Checker(loader)
        if not isinstance(root, yaml.ScalarNode):
            checker.visit(root, None, 0)
        elif root.tag in _CHECKED:
            checker._check_scalar(root, None)
        problems = checker.problems
        if checker.hidden:
            problems.append(NodeProblem(_("{n} more problems not shown").format(n=checker.hidden), (), 1, 1))
        try:
            data = _plain_values(root, loader)
        except _NotPlain:  # merge keys, sets, binary, complex keys: PyYAML's own constructor
            data = loader.construct_document(root)
        except (ValueError, TypeError, OverflowError, yaml.YAMLError):
            if not problems:
                raise
            data = None  # a value the checks already reported cannot be built
        return Document(root, data, problems)
    finally:
        loader.dispose()


class _NotPlain(Exception):
    """The document holds more than plain mappings, lists and scalars."""


def _plain_values(root: yaml.Node, loader: Any) -> Any:
    """The values of a document of plain mappings, lists and scalars, as PyYAML's SafeLoader
    builds them but a few times faster (a profile is half a million nodes in a large catalog):
    strings are taken as they are, other scalars built by the loader, an alias gives the same
    object. Anything else raises _NotPlain, and PyYAML builds the document instead. The checks
    above have already bounded the depth, so recursion is safe."""
    built: dict[int, Any] = {}
    construct = loader.construct_object

    def value(node: yaml.Node) -> Any:
        tag = node.tag
        if tag == _STR and isinstance(node, yaml.ScalarNode):
            return node.value
        if id(node) in built:
            return built[id(node)]
        if isinstance(node, yaml.ScalarNode):
            if tag not in _PLAIN_SCALARS:
                raise _NotPlain
            result = built[id(node)] = construct(node)
            return result
        if tag == _MAP and isinstance(node, yaml.MappingNode):
            mapping: dict[Any, Any] = {}
            built[id(node)] = mapping
            for key, item in node.value:
                if not isinstance(key, yaml.ScalarNode) or key.tag not in _PLAIN_SCALARS:
                    raise _NotPlain  # a merge key (<<), or a key that is a list or a mapping
                mapping[value(key)] = value(item)
            return mapping
        if tag == _SEQ and isinstance(node, yaml.SequenceNode):
            sequence: list[Any] = []
            built[id(node)] = sequence
            sequence.extend(value(item) for item in node.value)
            return sequence
        raise _NotPlain

    return value(root)


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


Trail = Optional[tuple[Any, Key]]  # (parent path, key): built in O(1) per node, spelled out only for a problem


def _keys(trail: Trail) -> tuple[Key, ...]:
    keys: list[Key] = []
    while trail is not None:
        trail, key = trail
        keys.append(key)
    return tuple(reversed(keys))


class _Checker:
    """One pass over the node graph; each node is measured once however many aliases name it."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader
        self.known: dict[int, tuple[int, int]] = {}  # id(node) -> (expanded size, height)
        self.open: set[int] = set()  # the collections being measured: the way down from the root
        self.problems: list[NodeProblem] = []
        self.hidden = 0

    def report(self, message: str, node: yaml.Node, trail: Trail) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(NodeProblem(message, _keys(trail), *_mark(node)))
        else:
            self.hidden += 1

    def stop(self, message: str, node: yaml.Node, trail: Trail) -> YamlLimitError:
        return YamlLimitError(NodeProblem(message, _keys(trail), *_mark(node)))

    def too_deep(self, node: yaml.Node, trail: Trail) -> YamlLimitError:
        return self.stop(_("nested more than {n} levels deep").format(n=MAX_NESTING), node, trail)

    def visit(self, node: yaml.Node, trail: Trail, depth: int) -> tuple[int, int]:
        """(expanded size, height) of a mapping or list reached at `depth` by `trail`; the height
        counts the levels of mappings and lists inside it."""
        known = self.known.get(id(node))
        if known is None:
            if id(node) in self.open:
                raise self.stop(_("a YAML alias refers to the value that contains it"), node, trail)
            if depth >= MAX_NESTING:
                raise self.too_deep(node, trail)
            self.open.add(id(node))
            known = self._measure(node, trail, depth)
            self.open.discard(id(node))
            self.known[id(node)] = known
        elif depth + known[1] >= MAX_NESTING:
            raise self.too_deep(node, trail)
        return known

    def _measure(self, node: yaml.Node, trail: Trail, depth: int) -> tuple[int, int]:
        """Scalars are measured here, without a call each: most nodes are scalars."""
        size, height = 1, 0
        if isinstance(node, yaml.SequenceNode):
            children = [(child, (trail, i)) for i, child in enumerate(node.value)]
        else:
            children = self._pairs(node, trail)
        for child, child_trail in children:
            if isinstance(child, yaml.ScalarNode):
                size += 1 + len(child.value)
                if child.tag in _CHECKED:
                    self._check_scalar(child, child_trail)
            else:
                child_size, child_height = self.visit(child, child_trail, depth + 1)
                size += child_size
                if child_height >= height:
                    height = child_height + 1
            if size > MAX_EXPANDED:
                raise self.stop(_("YAML aliases expand this file beyond {size}; write the repeated values out "
                                  "instead").format(size=size_text(MAX_EXPANDED)), node, trail)
        return size, height

    def _pairs(self, node: yaml.MappingNode, trail: Trail) -> list[tuple[yaml.Node, Trail]]:
        """Keys and values of a mapping, each with its trail; a key given twice is reported."""
        children: list[tuple[yaml.Node, Trail]] = []
        first_line: dict[tuple[str, str], int] = {}
        for key, value in node.value:
            scalar = isinstance(key, yaml.ScalarNode)
            child_trail = (trail, key.value if scalar else "?")
            if scalar:
                name = (key.tag, key.value)
                if name in first_line:
                    self.report(_("key given twice in this mapping (first on line {line}); YAML would keep only "
                                  "the last").format(line=first_line[name]), key, child_trail)
                else:
                    first_line[name] = key.start_mark.line + 1
            children += [(key, child_trail), (value, child_trail)]
        return children

    def _check_scalar(self, node: yaml.ScalarNode, trail: Trail) -> None:
        """Numbers and dates, built here once so that a bad one is located (and never raises later)."""
        if node.tag == _INT and len(node.value.replace("_", "").lstrip("+-0")) > 2 * MAX_DIGITS:
            self.report(_too_large(), node, trail)  # never built: Python refuses ints of 4,300 digits
            return
        try:
            value = self.loader.construct_object(node)
        except (ValueError, TypeError, OverflowError, yaml.YAMLError):
            message = _("not a valid date") if node.tag == _TIMESTAMP else _("not a valid number")
            self.report(message, node, trail)
            return
        if node.tag == _INT and abs(value) >= 10**MAX_DIGITS:
            self.report(_too_large(), node, trail)
        elif node.tag == _FLOAT and not math.isfinite(value):
            self.report(_("not a finite number (.nan and .inf are not figures)"), node, trail)


def _too_large() -> str:
    return _("number too large: at most {n} digits").format(n=MAX_DIGITS)
