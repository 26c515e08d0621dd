"""Find the profile files under a folder, safely.

A data folder comes from the user and may hold anything: links that loop back to a parent,
links to devices, named pipes, unreadable folders, names that are not valid UTF-8. The walk
follows each real folder once (by device and inode, so two links to `.` cost nothing), keeps
only regular files ending in `.yaml`/`.yml` (and, for an index, the pay overlays
`<career>.pay.json`), never opens anything, and reports what it skipped
so that nothing disappears silently.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Callable, Iterator, NamedTuple, Optional

import msgspec

PROFILE_SUFFIXES = (".yaml", ".yml")
STAGING_PREFIX = ".careers-staging-"  # an import writing its files (importers.output): not yet the catalog's
OVERLAY_SUFFIX = ".pay.json"  # a career's pay figures from a local table (`careers import pay`)
MAX_DEPTH = 32  # folders below a data folder; deeper ones are skipped and reported


class FoundFile(NamedTuple):
    """A profile file: its path relative to the root ('/'-separated) and what `stat` said."""

    relative: str
    path: str
    stat: os.stat_result


class Skipped(msgspec.Struct, array_like=True, frozen=True):
    """Something the walk left out, and why (shown by `careers validate`)."""

    relative: str
    reason: str  # "not a regular file", "link loop", "unreadable", "name not UTF-8", "too deep", "link to a folder ..."


class Walk:
    """What a walk found. A plain class: every command imports this module, and making a
    dataclass costs about half a millisecond of start-up."""

    def __init__(self, wanted: Callable[[str], bool]) -> None:
        self.wanted = wanted
        self.files: list[FoundFile] = []
        self.folders: dict[str, int] = {}  # relative folder ('' = root) -> ctime_ns
        self.skipped: list[Skipped] = []
        self.inside = ""  # the data folder's real path: a link to a folder elsewhere is not followed


def is_profile_name(name: str) -> bool:
    return name.endswith(PROFILE_SUFFIXES)


def is_catalog_file(name: str) -> bool:
    """A profile, or a pay overlay (`<career>.pay.json`): what a data folder's index reads."""
    return name.endswith(PROFILE_SUFFIXES) or name.endswith(OVERLAY_SUFFIX)


def walk_profiles(root: Path, wanted: Callable[[str], bool] = is_profile_name) -> Walk:
    """Every wanted file (by name: profiles by default) under `root`, or `root` itself when it
    is a file, sorted by name."""
    found = Walk(wanted)
    try:
        info = os.stat(root)
    except OSError as error:
        found.skipped.append(Skipped(".", _reason(error)))
        return found
    if stat.S_ISREG(info.st_mode):
        found.files.append(FoundFile(root.name, str(root), info))
    elif stat.S_ISDIR(info.st_mode):
        found.inside = os.path.realpath(root)
        _walk_folder(str(root), "", info, found, {(info.st_dev, info.st_ino)}, 0)
    else:
        found.skipped.append(Skipped(".", "not a regular file"))
    return found


def _walk_folder(path: str, relative: str, info: os.stat_result, found: Walk, seen: set[tuple[int, int]],
                 depth: int) -> None:
    found.folders[relative] = info.st_ctime_ns  # moves with every entry added, removed or renamed; cannot be set back
    try:
        with os.scandir(path) as scan:
            items = sorted(scan, key=lambda item: item.name)
    except OSError as error:
        found.skipped.append(Skipped(relative or ".", _reason(error)))
        return
    for item in items:
        name = _display_name(item.name)
        child = f"{relative}/{name}" if relative else name
        if name != item.name:
            found.skipped.append(Skipped(child, "name not UTF-8"))
            continue
        _visit(item, child, found, seen, depth)


def _visit(item: os.DirEntry, relative: str, found: Walk, seen: set[tuple[int, int]], depth: int) -> None:
    if item.name.startswith(STAGING_PREFIX):  # its files are moved into place when the import ends
        return
    try:
        info = item.stat()  # follows links: a link counts as what it points to
    except OSError as error:
        if found.wanted(item.name) or item.is_symlink():
            found.skipped.append(Skipped(relative, _reason(error)))
        return
    if stat.S_ISDIR(info.st_mode):
        key = (info.st_dev, info.st_ino)
        if key in seen:
            found.skipped.append(Skipped(relative, "link loop"))
        elif item.is_symlink() and not _within(os.path.realpath(item.path), found.inside):
            found.skipped.append(Skipped(relative, "link to a folder outside the data folder"))
        elif depth + 1 > MAX_DEPTH:
            found.skipped.append(Skipped(relative, "too deep"))
        else:
            seen.add(key)
            _walk_folder(item.path, relative, info, found, seen, depth + 1)
    elif found.wanted(item.name):
        if stat.S_ISREG(info.st_mode):
            found.files.append(FoundFile(relative, item.path, info))
        else:
            found.skipped.append(Skipped(relative, "not a regular file"))


def _within(path: str, folder: str) -> bool:
    """Whether `path` is `folder` or lies under it (a link to `/` would walk the whole machine)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _display_name(name: str) -> str:
    """The name itself when it is valid UTF-8, else an escaped form that can be shown."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")


def skip_message(reason: str) -> str:
    """What a skipped entry says, in the interface language."""
    from ..i18n import _

    reasons = {"not a regular file": _("skipped: not a regular file"), "link loop": _("skipped: link loop"),
               "unreadable": _("skipped: unreadable"), "name not UTF-8": _("skipped: name not UTF-8"),
               "too deep": _("skipped: folder too deep"),
               "link to a folder outside the data folder": _("skipped: link to a folder outside the data folder")}
    return reasons.get(reason, _("skipped: {reason}").format(reason=reason))


def path_problem(path: Path) -> Optional[str]:
    """Why `path` cannot be read (missing, too long a name, not allowed...), or None when it can be."""
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return "missing"
    except OSError as error:
        return _reason(error)
    except ValueError:  # a NUL character in the name
        return "not a valid path"
    return None


def _reason(error: OSError) -> str:
    return "unreadable" if isinstance(error, PermissionError) else (error.strerror or "unreadable").lower()


def profile_paths(root: Path) -> Iterator[Path]:
    """The profile files under `root` as paths (for `validate` and the importers' tests)."""
    return (Path(item.path) for item in walk_profiles(root).files)
