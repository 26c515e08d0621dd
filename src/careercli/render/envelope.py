"""The versioned JSON envelope every `--format json` output is wrapped in, errors included."""

from __future__ import annotations

import re
from typing import Any, Optional

import msgspec

from ..text import escape_unsafe, without_surrogates

ENVELOPE_VERSION = 1
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


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
    text = escape_unsafe(msgspec.json.format(encoded, indent=2).decode("utf-8"))
    return _NON_ASCII.sub(_escape, text) if ascii_only else text


def _without_surrogates(value: Any) -> Any:
    """Every string in plain data (keys too) with its lone surrogates shown as the bytes they stand for."""
    if isinstance(value, str):
        return without_surrogates(value)
    if isinstance(value, dict):
        return {_without_surrogates(k): _without_surrogates(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_without_surrogates(v) for v in value]
    return value


def _escape(match: "re.Match[str]") -> str:
    code = ord(match.group())
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
