"""The cache folder: layer indexes and packs (see index.py) and rendered profile pages.

Nothing in the cache is trusted. A file name read from an index must be a plain name of the
expected shape, so a tampered index cannot make the tool read or delete a file elsewhere; every
read is bounded and every decoding error means "rebuild"; rendered pages carry a checksum.
Files are written to a unique temporary name and renamed, so concurrent runs never see half a
file; temporary files left by a killed run are removed once they are old enough not to belong
to a run still writing them.
"""

from __future__ import annotations

import re
import time
import zlib
from pathlib import Path
from typing import Optional

from .files import TEMPORARY_SUFFIX, write_atomically

ORPHAN_SECONDS = 600  # a temporary file or unnamed pack this old belongs to no running process
RENDERED_KEEP = 256  # rendered pages kept (the oldest go first)
_PLAIN_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9]+)?$")


def safe_name(name: str) -> bool:
    """A plain file name inside the folder: no separator, no '..', no hidden file."""
    return bool(_PLAIN_NAME.match(name)) and len(name) <= 128


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
        """Remove every file of the cache; return how many were removed."""
        removed = 0
        for folder in (self.folder, self.folder / RENDERED):
            try:
                paths = [p for p in folder.iterdir() if p.is_file()]
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


def rendered_key(profile_bytes: bytes, *parts: object) -> str:
    material = b"\0".join([profile_bytes, *(str(p).encode("utf-8", "backslashreplace") for p in parts)])
    return f"{zlib.crc32(material):08x}{zlib.adler32(material):08x}{len(material):x}"
