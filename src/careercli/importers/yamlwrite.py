"""The importers' YAML, written directly: the same bytes PyYAML's libyaml dumper writes, faster.

`output.dump_yaml` used to hand every profile to PyYAML (`CSafeDumper`, allow_unicode, no key
sorting, width 1,000,000, block style, indent 2). Its Python representer builds a node for each
of the ~2 million values of an import before libyaml writes them: about half of an import's
time. The importers' data is plain (dicts with str keys, lists, str, int, float, bool, None),
so `block_yaml` writes it directly, following libyaml's emitter (src/emitter.c: the block
layout, `yaml_emitter_analyze_scalar`, `yaml_emitter_select_scalar_style` and the three scalar
writers), and asks PyYAML's own resolver whether a plain scalar would read back as a string.

Correctness first: whatever the writer cannot prove it writes exactly as libyaml would makes
`block_yaml` return None, and the caller dumps the whole document with PyYAML as before: a
container met twice (PyYAML writes an anchor), a type other than those above (or a subclass),
a key that is not a one-line string of at most 128 bytes (libyaml writes a `? ` key), a root
that is not a dict or list, a character outside the Basic Multilingual Plane (libyaml versions
differ on whether to escape them; lone surrogates cannot be encoded), a string long enough to
be folded, nesting deep enough to push a line towards that width. tests/test_yamlwrite.py
compares the bytes with PyYAML's on random hostile data.
"""

from __future__ import annotations

import re
from typing import Any, Optional

import yaml
from yaml.representer import SafeRepresenter
from yaml.resolver import Resolver

LIBYAML_DUMPER = getattr(yaml, "CSafeDumper", None)  # the dumper whose bytes this module reproduces

STR_TAG = "tag:yaml.org,2002:str"
FLOAT_TAG = "tag:yaml.org,2002:float"
KEY_BYTES = 128  # libyaml writes a longer key as an explicit `? key` (yaml_emitter_check_simple_key)
MAX_TEXT = 100_000  # characters; a line stays far below the width 1,000,000 where libyaml would fold it
MAX_DEPTH = 100  # nesting levels; with MAX_TEXT, bounds a line's column (2 per level, keys <= 128 bytes)
CACHE_LIMIT = 200_000  # rendered strings kept between calls (keys and values repeat across profiles)

# Character classes are written with regex escapes (raw strings): "\x5d" must stay an escape,
# not become a "]" that closes the class.
# Characters libyaml prints as they are (IS_PRINTABLE): \n, #x20-#x7E, #xA0-#xD7FF, #xE000-#xFFFD
# but the BOM #xFEFF. Outside the Basic Multilingual Plane we fall back (see above).
_PRINTABLE = r"\n\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd"
# Line breaks (IS_BREAK); \r and \x85 are also unprintable, so only \n, \u2028 and \u2029 can
# appear in a single-quoted scalar.
_BREAKS = r"\r\n\x85\u2028\u2029"
# "Whitespace" for the indicator rules (IS_BLANKZ): space, tab, a break, or NUL / the end.
_BLANKZ = r" \t\x00" + _BREAKS

# Why a string may not be written plain in block context (analyze_scalar's block_plain_allowed):
_NOT_PLAIN = re.compile(
    "^(?:---|\\.\\.\\.)"  # would read as a document marker
    "|^[ #,\\[\\]{}&*!|>'\"%@`]"  # leading space, or an indicator that starts a comment, flow, anchor, tag...
    f"|^[?\\-](?:[{_BLANKZ}]|\\Z)"  # "? " or "- " starts a key or an item
    f"|:(?:[{_BLANKZ}]|\\Z)"  # ": " anywhere ends a key
    f"|[{_BLANKZ}]#"  # " #" starts a comment
    "| \\Z"  # a trailing space would be lost
    f"|[^{_PRINTABLE}]|[\n\u2028\u2029]"  # unprintable characters and line breaks need quotes
)
# Why a string may not be single-quoted (single_quoted_allowed): an unprintable character, or a
# space next to a line break (folding would lose it).
_NOT_SINGLE = re.compile(f"[^{_PRINTABLE}]| [\n\u2028\u2029]|[\n\u2028\u2029] ")
_ANY_BREAK = re.compile(f"[{_BREAKS}]")
_SINGLE_BREAKS = re.compile("[\n\u2028\u2029]+")
# What a double-quoted scalar escapes: unprintable characters, the BOM, line breaks, `"` and `\`.
_DOUBLE_ESCAPED = re.compile(r"[^\x20\x21\x23-\x5b\x5d-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]")
_SHORT_ESCAPES = {"\x00": "0", "\x07": "a", "\x08": "b", "\x09": "t", "\x0a": "n", "\x0b": "v", "\x0c": "f",
                  "\x0d": "r", "\x1b": "e", '"': '"', "\\": "\\", "\x85": "N", "\xa0": "_", "\u2028": "L",
                  "\u2029": "P"}
_UNSURE = re.compile(r"[\ud800-\udfff\U00010000-\U0010ffff]")  # surrogates and characters beyond the BMP

_RESOLVER = Resolver()
_RESOLVED_FIRST = frozenset(Resolver.yaml_implicit_resolvers)  # first characters an implicit tag may start with
_REPRESENTER = SafeRepresenter()
_rendered: dict[str, str] = {}  # one-line string -> its YAML scalar
_keys: dict[str, str] = {}  # string -> its YAML scalar, proven fit for a simple key


class _Unproven(Exception):
    """Raised inside the writer when PyYAML must write the document."""


def usable(dumper: type) -> bool:
    """Whether `block_yaml` reproduces `dumper`: libyaml's dumper with PyYAML's stock resolver and
    representers (an added implicit resolver or representer would change the output)."""
    return dumper is not None and dumper is LIBYAML_DUMPER \
        and dumper.yaml_implicit_resolvers is Resolver.yaml_implicit_resolvers \
        and not dumper.yaml_path_resolvers \
        and dumper.yaml_representers is SafeRepresenter.yaml_representers


def block_yaml(data: Any) -> Optional[str]:
    """The YAML text `yaml.dump(data, Dumper=CSafeDumper, allow_unicode=True, sort_keys=False,
    width=1_000_000, default_flow_style=False, indent=2)` returns, or None when not proven."""
    out: list[str] = []
    try:
        if type(data) not in (dict, list):
            return None  # a root scalar: libyaml may add a document end marker
        if not data:
            return "{}\n" if type(data) is dict else "[]\n"
        if type(data) is dict:
            _mapping(data, 0, out, set())
        else:
            _sequence(data, 0, out, set())
    except _Unproven:
        return None
    if len(_rendered) > CACHE_LIMIT or len(_keys) > CACHE_LIMIT:
        _rendered.clear()
        _keys.clear()
    return "".join(out)


# --- block layout ------------------------------------------------------------------------------
# Each writer appends whole lines ending in "\n"; the caller has already written the start of the
# node's first line ("- " for an item, the indentation for a key). Strings, the most common values,
# are looked up in the cache first: a profile is ~1,000 values and most repeat across profiles.

def _mapping(mapping: dict, indent: int, out: list[str], seen: set[int]) -> None:
    """Keys at column `indent`, the first one where the caller left off (after "- ")."""
    _enter(mapping, indent, seen)
    start, pad = "", " " * indent
    for key, value in mapping.items():
        key_text = (_keys.get(key) if type(key) is str else None) or _key(key)
        _node(value, f"{start}{key_text}:", indent + 2, True, out, seen)
        start = pad


def _sequence(sequence: list, indent: int, out: list[str], seen: set[int]) -> None:
    """Items "- " at column `indent`, the first one where the caller left off."""
    _enter(sequence, indent, seen)
    start, pad = "", " " * indent
    for item in sequence:
        _node(item, f"{start}-", indent + 2, False, out, seen)
        start = pad


def _node(value: Any, lead: str, indent: int, in_mapping: bool, out: list[str], seen: set[int]) -> None:
    """`value` after `lead` ("key:" or "-", with the start of their line); its own lines, and a
    nested mapping's keys, at `indent`. libyaml puts one space between the indicator and a scalar
    or an empty collection (written in flow style: `[]`, `{}`). After "-" a nested collection
    starts on the same line; after "key:" on the next one, and a list there is not indented
    (libyaml's indentless sequence: in a mapping context, right after "key:", the indent does not
    grow)."""
    kind = type(value)
    if kind is str:
        out.append(f"{lead} {_rendered.get(value) or _string(value, indent)}\n")
    elif kind is dict and value:
        out.append(f"{lead}\n{' ' * indent}" if in_mapping else f"{lead} ")
        _mapping(value, indent, out, seen)
    elif kind is list and value:
        items = indent - 2 if in_mapping else indent
        out.append(f"{lead}\n{' ' * items}" if in_mapping else f"{lead} ")
        _sequence(value, items, out, seen)
    elif kind is dict or kind is list:
        out.append(f"{lead} {'{}' if kind is dict else '[]'}\n")
    else:
        out.append(f"{lead} {_scalar(value, indent)}\n")


def _enter(container: Any, indent: int, seen: set[int]) -> None:
    """PyYAML anchors a dict or list it meets twice (`&id001`); too deep risks a folded line."""
    if id(container) in seen or indent > 2 * MAX_DEPTH:
        raise _Unproven
    seen.add(id(container))


# --- scalars -----------------------------------------------------------------------------------

def _key(key: Any) -> str:
    """A simple key: libyaml writes a multi-line or longer key as `? key`, which we leave to it."""
    if type(key) is not str or len(key) > KEY_BYTES or len(key.encode("utf-8", "surrogatepass")) > KEY_BYTES \
            or _ANY_BREAK.search(key):
        raise _Unproven
    text = _rendered.get(key) or _one_line(key)
    if text is None:
        raise _Unproven
    _keys[key] = text
    return text


def _scalar(value: Any, indent: int) -> str:
    """A scalar as libyaml writes it at scalar indentation `indent` (its continuation lines)."""
    kind = type(value)
    if kind is str:
        return _rendered.get(value) or _string(value, indent)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return _int(value)
    if kind is float:
        return _float(value)
    raise _Unproven  # a type SafeRepresenter may not know, or represents another way


def _string(value: str, indent: int) -> str:
    text = _one_line(value)
    return text if text is not None else _multi_line(value, indent)


def _int(value: int) -> str:
    try:
        return str(value)  # SafeRepresenter.represent_int; always a plain int
    except ValueError:  # more digits than Python converts: let PyYAML raise its own error
        raise _Unproven from None


def _float(value: float) -> str:
    """SafeRepresenter's own text ("1.0e+17", ".nan", "-.inf"), plain if it reads back as a float."""
    text = _REPRESENTER.represent_float(value).value
    if _NOT_PLAIN.search(text) or _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) != FLOAT_TAG:
        raise _Unproven
    return text


def _one_line(value: str) -> Optional[str]:
    """`value` as a one-line scalar (plain, single- or double-quoted, libyaml's choice), cached; None
    when it is written on several lines (single-quoted with a line break)."""
    if len(value) > MAX_TEXT or _UNSURE.search(value):
        raise _Unproven
    if not _NOT_PLAIN.search(value) and _reads_as_string(value):
        text = value
    elif not _NOT_SINGLE.search(value):
        if "\n" in value or "\u2028" in value or "\u2029" in value:
            return None
        text = "'" + value.replace("'", "''") + "'"
    else:
        text = _double_quoted(value)
    _rendered[value] = text
    return text


def _reads_as_string(value: str) -> bool:
    """Whether PyYAML's resolver reads the plain text back as a string, not as a bool, int, float,
    null, timestamp ("yes", "1_000", "1.0", "~", "2024-01-01"): else libyaml quotes it."""
    if value and value[0] not in _RESOLVED_FIRST:
        return True
    return _RESOLVER.resolve(yaml.ScalarNode, value, (True, False)) == STR_TAG


def _multi_line(value: str, indent: int) -> str:
    """A single-quoted scalar with line breaks (yaml_emitter_write_single_quoted_scalar): a run of
    breaks is written as it is, with one more "\n" when it starts with "\n" (a lone break would
    read back as a space), and the next line (or the closing quote) is indented to `indent`."""
    pad = " " * indent

    def broken(run: "re.Match[str]") -> str:
        breaks = run.group()
        return ("\n" if breaks[0] == "\n" else "") + breaks + pad

    return "'" + _SINGLE_BREAKS.sub(broken, value.replace("'", "''")) + "'"


def _double_quoted(value: str) -> str:
    """yaml_emitter_write_double_quoted_scalar: short escapes where YAML has one, else \\xXX or
    \\uXXXX in upper case. Line breaks are escaped too, so it stays on one line."""
    return '"' + _DOUBLE_ESCAPED.sub(_escape, value) + '"'


def _escape(match: "re.Match[str]") -> str:
    char = match.group()
    short = _SHORT_ESCAPES.get(char)
    if short:
        return "\\" + short
    code = ord(char)
    return f"\\x{code:02X}" if code <= 0xFF else f"\\u{code:04X}"
