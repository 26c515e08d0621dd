"""The versioned JSON envelope every `--format json` output is wrapped in."""

from __future__ import annotations

from typing import Any

import msgspec

ENVELOPE_VERSION = 1


def envelope(command: str, data: Any, errors: list[str] | None = None, exit_code: int = 0) -> dict[str, Any]:
    return {
        "version": ENVELOPE_VERSION,
        "command": command,
        "status": "ok" if exit_code == 0 else "error",
        "exit_code": exit_code,
        "data": data,
        "errors": errors or [],
    }


def to_json(value: Any) -> str:
    """Pretty, UTF-8, key order kept: readable by people and by `jq` alike."""
    return msgspec.json.format(msgspec.json.encode(value), indent=2).decode("utf-8")
