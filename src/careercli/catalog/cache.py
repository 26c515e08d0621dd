"""The cache folder: layer indexes and packs (see index.py) and rendered profile pages.

Nothing in the cache is trusted. A file name read from an index must be a plain name of the
expected shape, so a tampered index cannot make the tool read or delete a file elsewhere; every
read is bounded and every decoding error means "rebuild"; rendered pages carry a checksum.
Files are written to a unique temporary name and renamed, so concurrent runs never see half a
file; temporary files left by a killed run are removed once they are old enough not to belong
to a run still writing them.
"""

from __future__ import annotations

import os
import time
import zlib
from pathlib import Path
from typing import Optional

from ..files import TEMPORARY_SUFFIX, write_atomically
from ..patterns import lazy

ORPHAN_SECONDS = 600  # a temporary file or unnamed pack this old belongs to no running process
RENDERED_KEEP = 256  # rendered pages kept (the oldest go first)
# The names the cache gives its files (index.index_name and pack_name, write_rendered, and the
# temporary names of files.write_atomically): `cache clear` removes nothing else, as
# CAREERS_CACHE_DIR may name a folder that holds other files too.
_INDEX_OR_PACK = lazy(r"^layer-[0-9a-f]{8}(?:-[0-9a-f]{12}\.pack|\.index)$")
_PAGE = lazy(r"^[0-9a-f]{16,}\.txt$")
_TEMPORARY = lazy(r"^\.(?:layer-[0-9a-f]{8}(?:-[0-9a-f]{12}\.pack|\.index)|[0-9a-f]{16,}\.txt)\.[0-9a-f]{12}\.tmp$")
_MSGPACK_MAP = (*range(0x80, 0x90), 0xDE, 0xDF)  # what an index and a pack start with


def safe_name(name: str) -> bool:
    """A plain file name inside the folder: no separator, no '..', no hidden file."""
    stem, dot, suffix = name.partition(".")  # letters and digits, `-` and `_`; one `.` before a suffix
    return (0 < len(name) <= 128 and name.isascii() and stem[:1].isalnum()
            and stem.replace("-", "").replace("_", "").isalnum() and (not dot or suffix.isalnum()))


class ReadOnlyStore:
    """Files in one folder, read by plain name only (the prebuilt index of an installed wheel)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, name: str) -> Optional[Path]:
        return self.folder / name if safe_name(name) else None

    def read(self, name: str, limit: int) -> Optional[bytes]:
        """The whole file, or None when it is missing, unreadable or larger than `limit` bytes."""
        path = self.path(name)
        if path is None:
            return None
        try:
            with open(path, "rb") as file:
                data = file.read(limit + 1)
        except OSError:
            return None
        return data if len(data) <= limit else None

    def read_range(self, name: str, offset: int, length: int) -> Optional[bytes]:
        path = self.path(name)
        if path is None or offset < 0 or length < 0:
            return None
        try:
            with open(path, "rb") as file:
                file.seek(offset)
                data = file.read(length)
        except (OSError, OverflowError):
            return None
        return data if len(data) == length else None

    def view(self, name: str, offset: int, length: int) -> Optional[memoryview]:
        """A part of a file, mapped into memory: only the pages that are read get loaded. The
        mapping outlives a replacement of the file (files are replaced by renaming, never rewritten)."""
        import mmap

        path = self.path(name)
        if path is None or offset < 0 or length <= 0:
            return None
        try:
            with open(path, "rb") as file:
                mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError, OverflowError):
            return None
        if offset + length > len(mapped):
            mapped.close()
            return None
        return memoryview(mapped)[offset: offset + length]


class CacheStore(ReadOnlyStore):
    """The user's cache folder: also written, best effort (a read-only cache still works)."""

    def write(self, name: str, data: bytes) -> bool:
        path = self.path(name)
        if path is None:
            return False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, data)
        except OSError:
            return False
        return True

    def write_problem(self) -> Optional[str]:
        """Why no file can be written in the cache folder (tried for real: permissions lie to
        root, a full disk says nothing until written to), or None when one can."""
        import tempfile

        from ..i18n import os_reason

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=self.folder) as probe:
                probe.write(b"\0" * 4096)
                probe.flush()
                os.fsync(probe.fileno())
        except OSError as error:
            return f"{self.folder}: {os_reason(error)}"
        return None

    def remove(self, name: str) -> None:
        path = self.path(name)
        if path is not None:
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass

    def names(self, pattern: str) -> list[str]:
        try:
            return sorted(p.name for p in self.folder.glob(pattern) if safe_name(p.name))
        except OSError:
            return []

    def age(self, name: str) -> float:
        path = self.path(name)
        try:
            return time.time() - path.stat().st_mtime if path else 0.0
        except OSError:
            return 0.0

    def remove_orphans(self) -> None:
        """Temporary files left by a run that was killed while writing."""
        for folder in (self.folder, self.folder / RENDERED):
            try:
                leftovers = [p for p in folder.glob(f".*{TEMPORARY_SUFFIX}")]
            except OSError:
                continue
            for path in leftovers:
                try:
                    if time.time() - path.stat().st_mtime > ORPHAN_SECONDS:
                        path.unlink(missing_ok=True)
                except OSError:
                    continue

    def clear(self) -> int:
        """Remove every file the cache made (by name and format); return how many were removed."""
        removed = 0
        for folder in (self.folder, self.folder / RENDERED):
            try:
                paths = [p for p in folder.iterdir() if made_by_cache(p, rendered=folder != self.folder)]
            except OSError:
                continue
            for path in paths:
                try:
                    path.unlink()
                    removed += 1
                except OSError:
                    continue
        return removed

    # Rendered profiles -------------------------------------------------------------------
    # Laying out a long profile with Rich costs more than everything else `careers show` does
    # (about 17 ms against 5); the text it produces depends only on the profile and on the
    # options and terminal, so it is kept, keyed by all of them, with a checksum.

    def read_rendered(self, key: str) -> Optional[str]:
        data = self.read(f"{RENDERED}/{key}.txt", limit=16 * 1024 * 1024) if safe_name(key) else None
        if data is None or len(data) < 9 or data[8:9] != b"\n":
            return None
        body = data[9:]
        if data[:8] != f"{zlib.crc32(body):08x}".encode():
            return None
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            return None

    def write_rendered(self, key: str, text: str) -> None:
        if not safe_name(key):
            return
        body = text.encode("utf-8")
        self.write(f"{RENDERED}/{key}.txt", f"{zlib.crc32(body):08x}\n".encode() + body)
        self._trim_rendered()

    def _trim_rendered(self) -> None:
        try:
            kept = sorted(self.folder.joinpath(RENDERED).glob("*.txt"), key=lambda p: p.stat().st_mtime_ns)
            for old in kept[:-RENDERED_KEEP]:
                old.unlink(missing_ok=True)
        except OSError:
            pass

    def path(self, name: str) -> Optional[Path]:
        folder, _, plain = name.rpartition("/")
        if folder not in ("", RENDERED) or not safe_name(plain):
            return None
        return self.folder / name


RENDERED = "rendered"


def made_by_cache(path: Path, *, rendered: bool) -> bool:
    """A regular file (not a link) named as the cache names its files, starting as they start."""
    name = path.name
    if _TEMPORARY.match(name):
        return path.is_file() and not path.is_symlink()
    shape = _PAGE if rendered else _INDEX_OR_PACK
    if not shape.match(name) or path.is_symlink() or not path.is_file():
        return False
    try:
        with open(path, "rb") as file:
            head = file.read(9)
    except OSError:
        return False
    if rendered:
        return len(head) == 9 and head[8:9] == b"\n" and all(c in b"0123456789abcdef" for c in head[:8])
    return bool(head) and head[0] in _MSGPACK_MAP


def rendered_key(profile_bytes: bytes, *parts: object) -> str:
    material = b"\0".join([profile_bytes, *(str(p).encode("utf-8", "backslashreplace") for p in parts)])
    return f"{zlib.crc32(material):08x}{zlib.adler32(material):08x}{len(material):x}"
