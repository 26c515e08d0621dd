"""One stamp over every input a cache depends on, computed from the inputs themselves.

Both caches (the index of a data folder and the rendered pages of `careers show`) hold what the
package's code made from the data. Rather than a hand-kept list of the modules and tables that
matter (which missed some), the stamp covers every file of the package (sources, message
catalogs, `py.typed` ...) and every shipped data file outside the career folders (the reference
tables and the quiz item banks): an edit to any of them, in a checkout, makes both caches miss.

The career folders themselves are not in it: each index checks its own files one by one (see
index.py), and a rendered page is keyed by the profile it shows.

A file counts by its path, size and mtime (ns): what an editor or `git checkout` changes. Walking
the package costs about 0.3 ms (some 150 files), once per process.
"""

from __future__ import annotations

import os
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

# Not inputs: bytecode mirrors the sources (at every depth: Python writes it beside each module it
# compiles, so it would move the stamp as the package's modules are first imported); the wheel's
# prebuilt index is an output; `data` is the link to the shipped data, walked on its own below
# (without its `careers/` folders).
BYTECODE = "__pycache__"
SKIPPED_FOLDERS = frozenset({BYTECODE, "_index", "data"})
CAREER_FOLDERS = frozenset({"careers"})


def stamp_of(files: Iterable[tuple[str, int, int]]) -> str:
    """A short stamp of (name, size, mtime) triples, independent of their order."""
    material = "\n".join(f"{name}\0{size}\0{mtime}" for name, size, mtime in sorted(files))
    encoded = material.encode("utf-8", "backslashreplace")
    return f"{zlib.crc32(encoded):08x}{zlib.adler32(encoded):08x}{len(encoded):x}"


def stamped_files(package: Path, data: Path) -> Iterator[tuple[str, int, int]]:
    """Every input file under `package` (its sources) and `data` (shipped data other than the
    career folders), as (name relative to its root, size, mtime in ns)."""
    yield from _walk(package, "", SKIPPED_FOLDERS)
    yield from _walk(data, "data/", CAREER_FOLDERS)


def _walk(folder: Path, prefix: str, skipped: frozenset[str]) -> Iterator[tuple[str, int, int]]:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        name = prefix + entry.name
        try:
            if entry.is_dir():
                if entry.name not in skipped:
                    yield from _walk(Path(entry.path), name + "/", frozenset({BYTECODE}))
                continue
            info = entry.stat()
        except OSError:
            yield name, -1, -1  # unreadable: still part of the stamp, so that it changes when fixed
            continue
        yield name, info.st_size, info.st_mtime_ns


@lru_cache(maxsize=1)
def inputs_stamp() -> str:
    """The stamp of this installation's code and shipped data (see the module's docstring)."""
    from ..resources import data_root

    return stamp_of(stamped_files(Path(__file__).resolve().parents[1], data_root()))  # the package, from catalog/
