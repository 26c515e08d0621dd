"""The versioned JSON envelope every `--format json` output is wrapped in, errors included."""

from __future__ import annotations

import re
from typing import Any, Iterable, Iterator, Optional

import msgspec

from ..text import escape_unsafe, without_surrogates
from ..patterns import lazy

ENVELOPE_VERSION = 1
_NON_ASCII = lazy(r"[^\x00-\x7f]")


def envelope(command: str, data: Any, errors: Optional[list[str]] = None, exit_code: int = 0) -> dict[str, Any]:
    return {
        "version": ENVELOPE_VERSION,
        "command": command,
        "status": "ok" if exit_code == 0 else "error",
        "exit_code": exit_code,
        "data": data,
        "errors": errors or [],
    }


def to_json(value: Any, ascii_only: bool = False) -> str:
    """Pretty, key order kept: readable by people and by `jq` alike.

    Text from data files stays whole but inert: control, bidirectional and invisible characters
    are written as `\\uXXXX` escapes, which a terminal shows as text and a JSON reader decodes
    back; a byte of a name that is not UTF-8 is written `\\xff`. `ascii_only` escapes every
    non-ASCII character too, for an output that cannot encode them."""
    try:
        encoded = msgspec.json.encode(value)
    except UnicodeEncodeError:  # a lone surrogate: a file name that is not UTF-8 (rare; the slow path)
        encoded = msgspec.json.encode(_without_surrogates(msgspec.to_builtins(value)))
    return _inert(msgspec.json.format(encoded, indent=2).decode("utf-8"), ascii_only)


def _without_surrogates(value: Any) -> Any:
    """Every string in plain data (keys too) with its lone surrogates shown as the bytes they stand for."""
    if isinstance(value, str):
        return without_surrogates(value)
    if isinstance(value, dict):
        return {_without_surrogates(k): _without_surrogates(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_without_surrogates(v) for v in value]
    return value


def _inert(text: str, ascii_only: bool) -> str:
    text = escape_unsafe(text)
    return _NON_ASCII.sub(_escape, text) if ascii_only else text


class Streamed:
    """A JSON array too long to hold in memory: `blocks` yields its items a list at a time.
    Allowed as a value of an envelope's `data` mapping; `json_chunks` writes it as it comes."""

    def __init__(self, blocks: Iterable[list[Any]]) -> None:
        self.blocks = blocks


_MARKER = "\x00streamed\x00"


def json_chunks(value: Any, ascii_only: bool = False) -> Iterator[str]:
    """`to_json(value)` in pieces, each ending with a newline; a `Streamed` array in `data` is
    written a block at a time, laid out exactly as `to_json` would lay out the whole array."""
    data = value.get("data") if isinstance(value, dict) else None
    key = next((k for k, v in data.items() if isinstance(v, Streamed)), None) if isinstance(data, dict) else None
    if key is None or not isinstance(data, dict):  # (only a dict has a key)
        yield to_json(value, ascii_only) + "\n"
        return
    head, tail = to_json({**value, "data": {**data, key: _MARKER}}, ascii_only).split(to_json(_MARKER))
    last_line = head.rsplit("\n", 1)[-1]
    indent = len(last_line) - len(last_line.lstrip(" "))  # of the key; items come 2 further in
    blocks = (block for block in data[key].blocks if block)
    block = next(blocks, None)
    if block is None:
        yield head + "[]" + tail + "\n"
        return
    yield head + "[\n"
    while block is not None:
        following = next(blocks, None)
        items = msgspec.json.format(msgspec.json.encode(block), indent=2).decode("utf-8")[2:-2]
        pad = " " * indent
        yield _inert(pad + items.replace("\n", "\n" + pad), ascii_only) + (",\n" if following is not None else "\n")
        block = following
    yield " " * indent + "]" + tail + "\n"


def _escape(match: "re.Match[str]") -> str:
    code = ord(match.group())
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
