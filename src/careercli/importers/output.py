"""Write generated files deterministically and atomically.

Same profiles -> same bytes: fixed YAML settings, no timestamps. Each file is written to a
temporary name in the same folder, then renamed over the old one, so an interrupted import
never leaves a half-written file. MANIFEST.json lists the files the importer owns; a file it
owned before and no longer produces is removed, and nothing else in the folder is touched.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..files import write_atomically

try:  # libyaml is much faster; the tests check both dumpers give the same bytes
    from yaml import CSafeDumper as SafeDumper
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeDumper  # type: ignore[assignment]

MANIFEST = "MANIFEST.json"
OWNED_SUFFIXES = (".yaml", ".pay.json")  # what an importer may delete when it no longer produces it
YAML_WIDTH = 1_000_000  # never fold long lines: diffs stay one line per change


def dump_yaml(data: Any, header: str = "", dumper: type = SafeDumper) -> bytes:
    """`header` comment lines, then the YAML document, UTF-8."""
    text = yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=YAML_WIDTH,
                     default_flow_style=False, indent=2)
    comment = "".join(f"# {line}\n" if line else "#\n" for line in header.splitlines())
    return (comment + text).encode("utf-8")


def dump_json(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def write_owned_files(folder: Path, files: dict[str, bytes], manifest: dict[str, Any]) -> WriteReport:
    """Write `files` (name -> bytes) into `folder`, remove the ones it owned before and no longer
    produces, then record the new list in MANIFEST.json (last, so a crash leaves the old list)."""
    folder.mkdir(parents=True, exist_ok=True)
    previous = owned_files(folder)
    report = WriteReport()
    for name in sorted(files):
        (report.written if write_if_changed(folder / name, files[name]) else report.unchanged).append(name)
    for name in sorted(previous - set(files)):
        if name.endswith(OWNED_SUFFIXES) and (folder / name).is_file():
            (folder / name).unlink()
            report.removed.append(name)
    write_if_changed(folder / MANIFEST, dump_json({**manifest, "files": sorted(files)}))
    return report


def owned_files(folder: Path) -> set[str]:
    """The file names the last import recorded in MANIFEST.json (plain names only)."""
    try:
        listed = json.loads((folder / MANIFEST).read_text(encoding="utf-8")).get("files", [])
    except (OSError, ValueError, AttributeError):
        return set()
    return {name for name in listed if isinstance(name, str) and name == Path(name).name}


def write_if_changed(path: Path, content: bytes) -> bool:
    """Atomically replace `path` with `content` unless it already holds exactly that."""
    try:
        if path.read_bytes() == content:
            return False
    except OSError:
        pass
    write_atomically(path, content)
    return True


def remove_other_versions(folder: Path, keep: str, pattern: str) -> list[str]:
    """Delete files matching `pattern` other than `keep` (older versions of a reference table)."""
    removed = []
    for path in sorted(folder.glob(pattern)):
        if path.name != keep:
            path.unlink()
            removed.append(path.name)
    return removed
