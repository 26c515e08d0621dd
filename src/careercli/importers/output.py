"""Write generated files deterministically, atomically, and only where they belong.

Same profiles -> same bytes: fixed YAML settings, no timestamps. Every file is written to a
staging folder first, then renamed over the old one, so a full disk or an interrupted import
never leaves a half-written file or a half-replaced catalog. MANIFEST.json names the importer
and the files it owns: an import refuses a folder holding anything else (unless --force), a
file it owned before and no longer produces is removed, and nothing else is ever deleted.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import yaml

from ..errors import CareersError
from ..files import TEMPORARY_SUFFIX, check_writable, write_atomically
from ..catalog.walk import STAGING_PREFIX
from ..i18n import _, os_reason
from .yamlwrite import block_yaml, usable

try:  # libyaml is much faster; the tests check both dumpers give the same bytes
    from yaml import CSafeDumper as SafeDumper
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeDumper  # type: ignore[assignment]

MANIFEST = "MANIFEST.json"
OWNED_SUFFIXES = (".yaml", ".pay.json")  # what an importer may delete when it no longer produces it
MANIFEST_LIMIT = 1 << 20  # bytes; a manifest is a few kilobytes
SHRINK_LIMIT = 0.05  # a re-import may lose at most 5 % of the files without --force
STAGING_SECONDS = 600  # a staging folder this old belongs to no running import
GENERATED_HEAD = 512  # bytes read to recognise a generated file
TABLE_HEAD = 4096  # bytes read to recognise a generated reference table: its comment lines come first
YAML_WIDTH = 1_000_000  # never fold long lines: diffs stay one line per change


def dump_yaml(data: Any, header: str = "", dumper: type = SafeDumper) -> bytes:
    """`header` comment lines, then the YAML document, UTF-8: the bytes PyYAML writes, written by
    importers/yamlwrite.py when it can prove them (much faster), else by PyYAML itself."""
    text = block_yaml(data) if usable(dumper) else None
    if text is None:
        return pyyaml_dump(data, header, dumper)
    return (_comment(header) + text).encode("utf-8")


def pyyaml_dump(data: Any, header: str = "", dumper: type = SafeDumper) -> bytes:
    """What dump_yaml writes, by PyYAML alone: the reference the tests hold yamlwrite to."""
    text = yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=YAML_WIDTH,
                     default_flow_style=False, indent=2)
    return (_comment(header) + text).encode("utf-8")


def _comment(header: str) -> str:
    return "".join(f"# {line}\n" if line else "#\n" for line in header.splitlines())


def dump_json(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


@dataclass
class Previous:
    """What MANIFEST.json says about the folder's last import: who wrote it, and which files."""
    generator: Optional[str] = None  # None: no manifest, or not one an importer wrote
    files: set[str] = field(default_factory=set)


def write_owned_files(folder: Path, files: dict[str, bytes], manifest: dict[str, Any], *,
                      force: bool = False) -> WriteReport:
    """Write `files` (name -> bytes) into `folder`, remove the ones this importer wrote before and no
    longer produces, then record the new list in MANIFEST.json (last, so a crash leaves the old list).

    Every file is first written to a staging folder inside `folder` (a full disk stops the import
    before anything is replaced), then moved into place. `folder` must hold only this importer's
    files, and the new import must not lose more than SHRINK_LIMIT of them (a truncated or wrong
    source), unless `force`; even then only files this importer's manifest lists, and that still
    look generated, are ever deleted."""
    generator = manifest["generator"]
    previous = check_output_folder(folder, generator, force=force)
    ours = previous if previous.generator == generator else Previous()  # another importer's files stay
    _check_shrink(folder, ours, files, force)
    try:
        report = _swap_in(folder, files)
        report.removed = _remove_stale(folder, ours, set(files))
        write_if_changed(folder / MANIFEST, dump_json({**manifest, "files": sorted(files)}))
    except OSError as error:
        raise CareersError(_("cannot write to {folder}: {reason}").format(folder=folder, reason=os_reason(error))) from None
    return report


def check_output_folder(folder: Path, generator: str, *, force: bool = False) -> Previous:
    """Refuse, before any work, a folder this importer may not write to: a file, an unwritable
    folder, or (without `force`) one holding another importer's or the user's files."""
    if folder.exists() and not folder.is_dir():
        raise CareersError(_("{path} is a file; --out needs a folder").format(path=folder))
    check_writable(folder)
    previous = read_previous(folder)
    if force:
        return previous
    if previous.generator not in (None, generator):
        raise CareersError(_("{folder} holds the output of `{other}`; choose another folder, or add --force "
                             "(its files are kept)").format(folder=folder, other=previous.generator))
    foreign = foreign_files(folder, previous)
    if foreign:
        raise CareersError(_("{folder} holds files this import did not write ({names}); choose another folder, "
                             "or add --force (they are kept)").format(folder=folder, names=_some(foreign)))
    return previous


def read_previous(folder: Path) -> Previous:
    """The generator and file names MANIFEST.json records (plain names only); empty when unreadable."""
    from ..files import read_bounded

    try:
        data = json.loads(read_bounded(folder / MANIFEST, MANIFEST_LIMIT).decode("utf-8"))
    except (OSError, ValueError):
        return Previous()
    if not isinstance(data, dict) or not isinstance(data.get("generator"), str):
        return Previous()
    listed = data.get("files", [])
    names = {name for name in listed if isinstance(name, str) and name == Path(name).name} \
        if isinstance(listed, list) else set()
    return Previous(data["generator"], names)


def owned_files(folder: Path) -> set[str]:
    """The file names the last import recorded in MANIFEST.json (plain names only)."""
    return read_previous(folder).files


def foreign_files(folder: Path, previous: Previous) -> list[str]:
    """Names in `folder` that neither the manifest lists nor an interrupted import left behind."""
    try:
        names = sorted(entry.name for entry in os.scandir(folder))
    except FileNotFoundError:
        return []
    except OSError as error:
        raise CareersError(f"{folder}: {os_reason(error)}") from None
    ours = previous.files | ({MANIFEST} if previous.generator else set())
    return [name for name in names if name not in ours and not _leftover(name)]


def _leftover(name: str) -> bool:
    """A temporary file or staging folder of an import that was interrupted."""
    return name.startswith(".") and (name.endswith(TEMPORARY_SUFFIX) or name.startswith(STAGING_PREFIX))


def _some(names: list[str], shown: int = 3) -> str:
    more = len(names) - shown
    return ", ".join(names[:shown]) + (_(" and {count} more").format(count=more) if more > 0 else "")


def _check_shrink(folder: Path, previous: Previous, files: dict[str, bytes], force: bool) -> None:
    """A re-import that would lose more than SHRINK_LIMIT of the files is refused: the source is
    probably truncated or not the one meant."""
    lost = len(previous.files - set(files))
    if not force and previous.files and lost > len(previous.files) * SHRINK_LIMIT:
        raise CareersError(_("this import would remove {lost} of the {count} files in {folder}: is the source "
                             "complete? Nothing was changed; add --force to remove them").format(
            lost=lost, count=len(previous.files), folder=folder))


def _swap_in(folder: Path, files: dict[str, bytes]) -> WriteReport:
    """Write the changed files into a staging folder, then move each one over its old version."""
    folder.mkdir(parents=True, exist_ok=True)
    _remove_old_staging(folder)
    report = WriteReport()
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))
    try:
        for name in sorted(files):
            if _same_bytes(folder / name, files[name]):
                report.unchanged.append(name)
            else:
                (staging / name).write_bytes(files[name])
                report.written.append(name)
        for name in report.written:
            os.replace(staging / name, folder / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return report


def _remove_old_staging(folder: Path) -> None:
    """Staging folders an import left when it was killed, once old enough to belong to no running one."""
    import time

    for path in folder.glob(f"{STAGING_PREFIX}*"):
        try:
            if path.is_dir() and not path.is_symlink() and time.time() - path.stat().st_mtime > STAGING_SECONDS:
                shutil.rmtree(path)
        except OSError:
            continue


def _remove_stale(folder: Path, previous: Previous, produced: set[str]) -> list[str]:
    """Delete what the last import of this importer wrote and this one no longer produces."""
    removed = []
    for name in sorted(previous.files - produced):
        path = folder / name
        if name.endswith(OWNED_SUFFIXES) and path.is_file() and not path.is_symlink() and \
                looks_generated(path, previous.generator or ""):
            path.unlink()
            removed.append(name)
    return removed


def looks_generated(path: Path, generator: str) -> bool:
    """Whether the file still looks like one `generator` wrote (the user may have put their own
    file under a listed name): a YAML profile's first line names it, a pay overlay has its keys."""
    head = _head(path)
    if path.name.endswith(".yaml"):
        return f"generated by `{generator}`".encode() in head.split(b"\n", 1)[0]
    return head.startswith(b'{\n  "format": ') and f'"career": {json.dumps(path.name.split(".")[0])}'.encode() in head


def _same_bytes(path: Path, content: bytes) -> bool:
    try:
        return path.is_file() and path.stat().st_size == len(content) and path.read_bytes() == content
    except OSError:
        return False


def write_if_changed(path: Path, content: bytes) -> bool:
    """Atomically replace `path` with `content` unless it already holds exactly that."""
    if _same_bytes(path, content):
        return False
    write_atomically(path, content)
    return True


def remove_other_versions(folder: Path, keep: str, pattern: str, marker: bytes) -> list[str]:
    """Delete files matching `pattern` other than `keep` (older versions of a reference table)
    whose head holds `marker`: a file of the same name the importer did not write stays."""
    removed = []
    for path in sorted(folder.glob(pattern)):
        if path.name != keep and path.is_file() and not path.is_symlink() and marker in _head(path, TABLE_HEAD):
            path.unlink()
            removed.append(path.name)
    return removed


def _head(path: Path, size: int = GENERATED_HEAD) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(size)
    except OSError:
        return b""
