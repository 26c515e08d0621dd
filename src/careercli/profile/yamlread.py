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
from itertools import chain
from typing import Any, NamedTuple, Optional, Union

import yaml

from ..files import size_text
from ..i18n import _

try:  # the C parser is ~10x faster; fall back to pure Python where libyaml is missing
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader  # type: ignore[assignment]

# The plain scalars YAML 1.1 reads as something else than a string by their exact spelling (the
# words of PyYAML's implicit resolvers for a first character that is not in _NUMERIC_FIRST)
_WORDS = {"bool": "yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF",
          "null": "~ null Null NULL", "merge": "<<", "value": "=", "yaml": "! & *"}
_EXACT = {word: f"tag:yaml.org,2002:{kind}" for kind, spelt in _WORDS.items() for word in spelt.split()}
_EXACT[""] = "tag:yaml.org,2002:null"
_NUMERIC_FIRST = frozenset("-+.0123456789")  # numbers and dates: PyYAML's regular expressions decide
_SHIPPED = {first: list(resolvers) for first, resolvers in SafeLoader.yaml_implicit_resolvers.items()}


class LeanLoader(SafeLoader):
    """SafeLoader with the same tags, resolved with less work: libyaml's composer calls back into
    Python for every scalar (`resolve`) and around every node (`descend_resolver`,
    `ascend_resolver`), half a million times for the built-in catalog. PyYAML tries a regular
    expression for every plain scalar starting with one of 30 characters (`Nurse` is tried as a
    boolean and as null); here a word is looked up, and only a number or a date is matched.
    tests/test_yamlread.py checks that the tags are PyYAML's."""

    @staticmethod
    def fits() -> bool:
        """SafeLoader resolves as PyYAML ships it (no one added a resolver at run time)."""
        return not SafeLoader.yaml_path_resolvers and SafeLoader.yaml_implicit_resolvers == _SHIPPED

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is not yaml.ScalarNode:
            return self.DEFAULT_MAPPING_TAG if kind is yaml.MappingNode else self.DEFAULT_SEQUENCE_TAG
        if not implicit[0]:  # quoted, or a block scalar
            return self.DEFAULT_SCALAR_TAG
        if value[:1] in _NUMERIC_FIRST or value[-1:] == "\n":  # PyYAML's `$` matches before a final line break
            for tag, regexp in self.yaml_implicit_resolvers.get(value[:1], ()):
                if regexp.match(value):
                    return tag
            return self.DEFAULT_SCALAR_TAG
        return _EXACT.get(value, self.DEFAULT_SCALAR_TAG)

    # Called around every node for path resolvers, which SafeLoader has none of (PyYAML's own
    # return at once then): builtins that take the same arguments and keep nothing cost less
    # than a call of a Python function (7 % of the composing)
    descend_resolver = staticmethod(slice)  # type: ignore[assignment]  # slice(parent, index), dropped
    ascend_resolver = staticmethod(tuple)  # type: ignore[assignment]  # tuple(), dropped


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
    loader = LeanLoader(source) if LeanLoader.fits() else SafeLoader(source)
    try:
        root = loader.get_single_node()
        if root is None:
            return Document(None, None, [])
        reader = _Reader(loader)
        data = reader.read(root)
        problems = reader.problems
        if reader.hidden:
            problems.append(NodeProblem(_("{n} more problems not shown").format(n=reader.hidden), (), 1, 1))
        if reader.unbuilt is _NOT_PLAIN:  # merge keys, sets, binary, complex keys: PyYAML's own constructor
            data = loader.construct_document(root)
        elif reader.unbuilt is not None:  # a value the checks reported cannot be built
            if not problems or not isinstance(reader.unbuilt, _UNBUILDABLE):
                raise reader.unbuilt
            data = None
        return Document(root, data, problems)
    finally:
        loader.dispose()


class _NotPlain(Exception):
    """The document holds more than plain mappings, lists and scalars."""


_NOT_PLAIN = _NotPlain()
_UNBUILDABLE = (ValueError, TypeError, OverflowError, yaml.YAMLError)  # a value PyYAML cannot build


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


Trail = Optional[tuple[Any, Key]]  # (parent path, key): built in O(1) per node, spelled out only for a problem


def _keys(trail: Trail) -> tuple[Key, ...]:
    keys: list[Key] = []
    while trail is not None:
        trail, key = trail
        keys.append(key)
    return tuple(reversed(keys))


def _child_trail(node: yaml.Node, trail: Trail, position: int) -> Trail:
    """The trail of the child at `position` of a list, or of a mapping's keys and values taken in
    turn (a key and its value share the key's trail)."""
    if isinstance(node, yaml.SequenceNode):
        return trail, position
    key = node.value[position // 2][0]
    return trail, key.value if isinstance(key, yaml.ScalarNode) else "?"


class _Reader:
    """One pass over the node graph that checks it and builds its values, as PyYAML's SafeLoader
    builds them but a few times faster (a large catalog is half a million nodes): strings are
    taken as they are, other scalars built by the loader, an alias gives the same object. Each
    mapping or list is measured and built once however many aliases name it.

    The problems come in the order of the checks, each mapping's keys given twice first; a
    document over a limit raises before its values are used. A document that holds more than
    plain mappings, lists and scalars (merge keys, sets, binary, complex keys) is still checked,
    and `unbuilt` tells the caller to let PyYAML build it; a value that cannot be built (a date
    that does not exist) is reported, and `unbuilt` holds the error. The first of the two decides,
    in the order PyYAML builds a mapping: a key's value before the key (see `_read`)."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader
        self.known: dict[int, tuple[Any, int, int]] = {}  # id(node) -> (value, expanded size, height)
        self.open: set[int] = set()  # the collections being read: the way down from the root
        self.problems: list[NodeProblem] = []
        self.hidden = 0
        self.unbuilt: Optional[Exception] = None  # _NOT_PLAIN, or why a value could not be built

    def read(self, root: yaml.Node) -> Any:
        if isinstance(root, yaml.ScalarNode):
            if root.tag == _STR:
                return root.value
            self.check_scalar(root, None)
            return self.built(root)
        return self.visit(root, None, 0)[0]

    def report(self, message: str, node: yaml.Node, trail: Trail) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(NodeProblem(message, _keys(trail), *_mark(node)))
        else:
            self.hidden += 1

    def stop(self, message: str, node: yaml.Node, trail: Trail) -> YamlLimitError:
        return YamlLimitError(NodeProblem(message, _keys(trail), *_mark(node)))

    def too_deep(self, node: yaml.Node, trail: Trail) -> YamlLimitError:
        return self.stop(_("nested more than {n} levels deep").format(n=MAX_NESTING), node, trail)

    def not_built(self, why: Exception) -> None:
        if self.unbuilt is None:
            self.unbuilt = why

    def visit(self, node: yaml.Node, trail: Trail, depth: int) -> tuple[Any, int, int]:
        """(value, expanded size, height) of a mapping or list reached at `depth` by `trail`; the
        height counts the levels of mappings and lists inside it."""
        known = self.known.get(id(node))
        if known is None:
            if id(node) in self.open:
                raise self.stop(_("a YAML alias refers to the value that contains it"), node, trail)
            if depth >= MAX_NESTING:
                raise self.too_deep(node, trail)
            self.open.add(id(node))
            known = self._read(node, trail, depth)
            self.open.discard(id(node))
            self.known[id(node)] = known
        elif depth + known[2] >= MAX_NESTING:
            raise self.too_deep(node, trail)
        return known

    def _read(self, node: yaml.Node, trail: Trail, depth: int) -> tuple[Any, int, int]:
        """A mapping's keys and values are read in turn, each key checked before its value (the
        order of the problems) but built after it, as PyYAML does: which of a bad key and a value
        PyYAML cannot take comes first decides what the document gives. Strings are read here,
        without a call each: most nodes are strings."""
        mapping = isinstance(node, yaml.MappingNode)
        if node.tag != (_MAP if mapping else _SEQ):
            self.not_built(_NOT_PLAIN)
        if isinstance(node, yaml.MappingNode):
            self._report_keys_given_twice(node, trail)
        size, height = 1, 0
        values: list[Any] = []
        key: Optional[yaml.ScalarNode] = None  # a key that is not a string, to build after its value
        for position, child in enumerate(chain.from_iterable(node.value) if mapping else node.value):
            if isinstance(child, yaml.ScalarNode):
                size += 1 + len(child.value)
                if child.tag == _STR:
                    values.append(child.value)
                elif mapping and position % 2 == 0:
                    self.check_scalar(child, _child_trail(node, trail, position))
                    key = child
                    values.append(None)
                else:
                    self.check_scalar(child, _child_trail(node, trail, position))
                    values.append(self.built(child))
            else:
                if mapping and position % 2 == 0:  # a key that is a mapping or a list
                    self.not_built(_NOT_PLAIN)
                value, child_size, child_height = self.visit(child, _child_trail(node, trail, position), depth + 1)
                values.append(value)
                size += child_size
                if child_height >= height:
                    height = child_height + 1
            if size > MAX_EXPANDED:
                raise self.stop(_("YAML aliases expand this file beyond {size}; write the repeated values out "
                                  "instead").format(size=size_text(MAX_EXPANDED)), node, trail)
            if key is not None and position % 2:
                values[-2], key = self.built(key), None
        if self.unbuilt is not None:
            return None, size, height  # not used: PyYAML builds the document, or nothing is built
        return (dict(zip(values[::2], values[1::2])) if mapping else values), size, height

    def _report_keys_given_twice(self, node: yaml.MappingNode, trail: Trail) -> None:
        first_line: dict[tuple[str, str], int] = {}
        for key, _value in node.value:
            if isinstance(key, yaml.ScalarNode):
                name = (key.tag, key.value)
                if name in first_line:
                    self.report(_("key given twice in this mapping (first on line {line}); YAML would keep only "
                                  "the last").format(line=first_line[name]), key, (trail, key.value))
                else:
                    first_line[name] = key.start_mark.line + 1

    def built(self, node: yaml.ScalarNode) -> Any:
        """The loader's value of a scalar that is not a string (the loader keeps it for the next
        alias), unless nothing is to be built any more."""
        if self.unbuilt is not None:
            return None
        try:
            return self.loader.construct_object(node)
        except Exception as error:  # noqa: BLE001 - load_document decides, once every check is done
            self.not_built(error)
            return None

    def check_scalar(self, node: yaml.ScalarNode, trail: Trail) -> None:
        """Numbers and dates, built here once so that a bad one is located; other tags than
        plain scalars' leave the document to PyYAML."""
        if node.tag not in _CHECKED:
            if node.tag not in _PLAIN_SCALARS:
                self.not_built(_NOT_PLAIN)
            return
        if node.tag == _INT and len(node.value.replace("_", "").lstrip("+-0")) > 2 * MAX_DIGITS:
            self.report(_too_large(), node, trail)  # never built here: Python refuses ints of 4,300 digits
            return
        try:
            value = self.loader.construct_object(node)
        except _UNBUILDABLE:
            message = _("not a valid date") if node.tag == _TIMESTAMP else _("not a valid number")
            self.report(message, node, trail)
            return
        if node.tag == _INT and abs(value) >= 10**MAX_DIGITS:
            self.report(_too_large(), node, trail)
        elif node.tag == _FLOAT and not math.isfinite(value):
            self.report(_("not a finite number (.nan and .inf are not figures)"), node, trail)


def _too_large() -> str:
    return _("number too large: at most {n} digits").format(n=MAX_DIGITS)
