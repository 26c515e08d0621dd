"""The index cache: validated profiles and their index, so later runs skip the YAML.

Layout, in the user cache folder (or $CAREERS_CACHE_DIR):
  index-<key>.msgpack   which files were read (path, size, mtime), the folders' mtimes,
                        and where each profile lies in the pack
  pack-<token>.msgpack  the validated profiles and the catalog entries, concatenated

The key covers the package version, schema version and the list of data folders, so a
new release or another --data-dir never reads a foreign index. Files are written to a
temporary name and renamed, so concurrent runs never see a half-written file; a pack is
never rewritten in place, only replaced by a new one that the new index names.
"""


import os
import zlib
from pathlib import Path
from typing import Optional

import msgspec

from . import __version__
from .schema import SCHEMA_VERSION

CACHE_FORMAT = 2  # bump whenever Entry, FileRecord or Index change shape


class FileRecord(msgspec.Struct, array_like=True):
    """One profile file as it was when cached; `problems` are set when it did not validate."""

    path: str
    size: int
    mtime_ns: int
    offset: int = 0
    length: int = 0
    problems: list[tuple[str, str, Optional[int], Optional[int]]] = []  # message, field, line, col


class Index(msgspec.Struct):
    format: int
    key: str  # package, schema and cache versions and the data folders, in full
    folders: dict[str, int]  # every folder walked -> its mtime_ns (detects added/removed files)
    files: dict[str, FileRecord]  # id -> record
    pack: str
    entries_offset: int
    entries_length: int


def cache_dir() -> Path:
    configured = os.environ.get("CAREERS_CACHE_DIR")
    if configured:
        return Path(configured)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("careers", appauthor=False))


def index_key(roots: list[Path]) -> str:
    return "\n".join([__version__, str(SCHEMA_VERSION), str(CACHE_FORMAT), *map(str, roots)])


def _key_tag(key: str) -> str:
    # A short name for the files; the full key inside the index is what is checked.
    return f"{zlib.crc32(key.encode()):08x}"


def index_path(roots: list[Path]) -> Path:
    return cache_dir() / f"index-{_key_tag(index_key(roots))}.msgpack"


def read_index(roots: list[Path]) -> Optional[Index]:
    """The stored index, or None when it is missing, corrupt or for other data folders."""
    try:
        index = msgspec.msgpack.decode(index_path(roots).read_bytes(), type=Index)
    except (OSError, msgspec.DecodeError, msgspec.ValidationError):
        return None
    if index.format != CACHE_FORMAT or index.key != index_key(roots):
        return None
    return index


def read_blob(index: Index, offset: int, length: int) -> Optional[bytes]:
    try:
        with open(cache_dir() / index.pack, "rb") as pack:
            pack.seek(offset)
            blob = pack.read(length)
    except OSError:
        return None
    return blob if len(blob) == length else None


def write_cache(roots: list[Path], index: Index, blobs: list[bytes]) -> None:
    """Write a new pack then the index pointing at it; best effort (a read-only cache is fine)."""
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        index.pack = f"pack-{_key_tag(index.key)}-{os.urandom(6).hex()}.msgpack"
        _write_atomically(folder / index.pack, b"".join(blobs))
        _write_atomically(index_path(roots), msgspec.msgpack.encode(index))
        _remove_old_packs(folder, index)
    except OSError:
        pass


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _remove_old_packs(folder: Path, index: Index) -> None:
    # Readers that already opened an old pack keep reading it (POSIX); later readers see
    # the new index. A reader that loses the race falls back to the YAML.
    for old in folder.glob(f"pack-{_key_tag(index.key)}-*.msgpack"):
        if old.name != index.pack:
            old.unlink(missing_ok=True)


def clear_cache() -> int:
    """Remove every cache file; return how many were removed."""
    folder = cache_dir()
    removed = 0
    for path in [*folder.glob("*.msgpack"), *folder.glob("rendered/*.txt")]:
        path.unlink(missing_ok=True)
        removed += 1
    return removed


# Rendered profiles ----------------------------------------------------------------------
# Laying out a long profile with Rich costs more than everything else `careers show` does
# (about 17 ms against 5); the text it produces depends only on the profile and on the
# options and terminal below, so it is kept, keyed by all of them.

RENDERED_KEEP = 256


def rendered_key(profile_bytes: bytes, *parts: object) -> str:
    material = b"\0".join([profile_bytes, __version__.encode(), *(str(p).encode() for p in parts)])
    return f"{zlib.crc32(material):08x}{zlib.adler32(material):08x}{len(material):x}"


def read_rendered(key: str) -> Optional[str]:
    try:
        return (cache_dir() / "rendered" / f"{key}.txt").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def write_rendered(key: str, text: str) -> None:
    folder = cache_dir() / "rendered"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write_atomically(folder / f"{key}.txt", text.encode("utf-8"))
        kept = sorted(folder.glob("*.txt"), key=lambda p: p.stat().st_mtime_ns)
        for old in kept[:-RENDERED_KEEP]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
