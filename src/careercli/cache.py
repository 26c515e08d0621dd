"""The index cache: validated profiles and their index, so later runs skip the YAML.

Layout, in the user cache folder (or $CAREERS_CACHE_DIR):
  index-<key>.msgpack   which files were read (path, size, mtime), the folders' mtimes,
                        and where each profile and table lies in the pack
  pack-<token>.msgpack  the validated profiles, then the tables (entries, names, aliases)
  rendered/<key>.txt    profiles as `careers show` printed them (see the end of this file)

The key covers the package version, schema version and the list of data folders, so a
new release or another --data-dir never reads a foreign index. Files are written to a
temporary name and renamed, so concurrent runs never see a half-written file; a pack is
never rewritten in place, only replaced by a new one that the new index names.
"""


import os
import time
import zlib
from pathlib import Path
from typing import Optional

import msgspec

from . import __version__
from .files import write_atomically
from .schema import SCHEMA_VERSION

CACHE_FORMAT = 4  # bump whenever Entry, FileRecord or Index change shape


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
    tables: dict[str, tuple[int, int]]  # name -> (offset, length) in the pack


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
    return index_path_for_key(index_key(roots))


def index_path_for_key(key: str) -> Path:
    return cache_dir() / f"index-{_key_tag(key)}.msgpack"


def read_index(roots: list[Path]) -> Optional[Index]:
    """The stored index, or None when it is missing, corrupt or for other data folders."""
    index = read_index_file(index_path(roots))
    if index is None or index.format != CACHE_FORMAT or index.key != index_key(roots):
        return None
    return index


def read_index_file(path: Path) -> Optional[Index]:
    try:
        return msgspec.msgpack.decode(path.read_bytes(), type=Index)
    except (OSError, msgspec.DecodeError, msgspec.ValidationError):
        return None


def read_pack(index: Index) -> Optional[bytes]:
    try:
        return (cache_dir() / index.pack).read_bytes()
    except OSError:
        return None


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
        previous = read_index_file(index_path(roots))
        index.pack = f"pack-{_key_tag(index.key)}-{os.urandom(6).hex()}.msgpack"
        write_atomically(folder / index.pack, b"".join(blobs))
        write_atomically(index_path(roots), msgspec.msgpack.encode(index))
        if previous and previous.pack != index.pack:
            (folder / previous.pack).unlink(missing_ok=True)
        _remove_stale_packs(folder, index)
    except OSError:
        pass


STALE_PACK_SECONDS = 600


def _remove_stale_packs(folder: Path, index: Index) -> None:
    """Remove packs that no index names (left by concurrent runs), once no run can still
    be using them: a pack is written before the index that names it, so a young unnamed
    pack may belong to a run about to write its index. A reader that loses a race with a
    writer falls back to the YAML files."""
    current = read_index_file(index_path_for_key(index.key))
    keep = {index.pack, current.pack if current else ""}
    limit = time.time() - STALE_PACK_SECONDS
    for pack in folder.glob(f"pack-{_key_tag(index.key)}-*.msgpack"):
        try:
            if pack.name not in keep and pack.stat().st_mtime < limit:
                pack.unlink(missing_ok=True)
        except OSError:
            continue


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
        write_atomically(folder / f"{key}.txt", text.encode("utf-8"))
        kept = sorted(folder.glob("*.txt"), key=lambda p: p.stat().st_mtime_ns)
        for old in kept[:-RENDERED_KEEP]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
