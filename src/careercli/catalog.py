"""The catalog: every profile found in the data folders, indexed for lookup by id, title or code.

Reading YAML is the slow part, so the catalog keeps an index cache (see cache.py): a
later run reads the index and only the profile it needs, and re-reads just the files
that were added, changed or removed since.
"""


import os
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

import msgspec

from . import cache
from .errors import NotFoundError, Problem, ProfileError, UsageError
from .i18n import _
from .schema import Profile, Riasec, Text
from .text import fold, translations

BUILTIN_DATA = Path(__file__).resolve().parents[2] / "data" / "careers"
PROFILE_SUFFIXES = (".yaml", ".yml")


class Entry(msgspec.Struct, frozen=True, omit_defaults=True):
    """What the catalog knows about a career without reading its whole profile."""

    id: str
    path: str
    origin: str
    title: Text
    title_feminine: Optional[Text] = None
    codes: list[str] = []
    riasec: Optional[tuple[float, float, float, float, float, float]] = None
    holland: Optional[str] = None
    riasec_from: Optional[str] = None  # the O*NET code a curated profile inherits its scores from
    job_zone: Optional[int] = None
    salary: Optional[tuple[float, float]] = None  # monthly range, when known


def data_dirs(extra: Iterable[Path] = ()) -> list[Path]:
    """Folders to read, lowest priority first: built-in data, CAREERS_PATH, then --data-dir."""
    from_env = [Path(p) for p in os.environ.get("CAREERS_PATH", "").split(os.pathsep) if p]
    missing = [p for p in extra if not p.exists()]
    if missing:
        raise UsageError(_("no such data folder: {path}").format(path=missing[0]))
    return [p.resolve() for p in (BUILTIN_DATA, *from_env, *extra) if p.exists()]


def profile_files(folder: Path) -> list[Path]:
    """Every profile file in a folder and its subfolders (or the file itself), sorted."""
    if folder.is_file():
        return [folder]
    return [Path(item.path) for item in _profile_entries(str(folder), {})]


class Indexed(msgspec.Struct, array_like=True):
    """One profile as the index keeps it: its entry and its search keys."""

    entry: Entry
    names: list[str]  # id, codes and folded main titles (every language and gender form)
    aliases: list[str]  # folded other titles (O*NET, ESCO, ROME): searched last


def index_profile(profile: Profile, path: Path) -> Indexed:
    """Index one validated profile."""
    codes = profile.codes
    code_list = [*codes.onet_soc, *codes.soc, *codes.rome] if codes else []
    names = {fold(t) for t in (*translations(profile.title), *translations(profile.title_feminine))}
    names |= {path.stem, *code_list, *(fold(c) for c in code_list)}
    others = profile.other_titles
    aliases = [*others.fr, *others.en, *others.nl] if others else []
    if codes and codes.rome:
        from .reference import rome_titles

        aliases += [t for code in codes.rome for t in rome_titles(code)]
    riasec = profile.riasec
    entry = Entry(
        id=path.stem,
        path=str(path),
        origin=profile.origin,
        title=profile.title,
        title_feminine=profile.title_feminine,
        codes=code_list,
        riasec=riasec.scores() if riasec else None,
        holland=riasec.code if riasec else None,
        job_zone=profile.job_zone.zone if profile.job_zone else None,
        salary=_monthly_salary(profile),
    )
    return Indexed(entry, sorted(names), sorted({fold(t) for t in aliases} - names))


def _monthly_salary(profile: Profile) -> Optional[tuple[float, float]]:
    salary = profile.salary
    if not salary or not salary.overall or salary.period not in (None, "month", "year"):
        return None
    factor = 1 / 12 if salary.period == "year" else 1
    return (salary.overall.min * factor, salary.overall.max * factor)


def inherit_interests(entries: dict[str, Entry]) -> dict[str, Entry]:
    """A curated profile without RIASEC scores takes those of the O*NET occupation it links to."""
    by_code = {code: e for e in entries.values() if e.origin == "onet" and e.riasec for code in e.codes}
    for career_id, entry in entries.items():
        if entry.riasec is None:
            donor = next((by_code[c] for c in entry.codes if c in by_code), None)
            if donor:
                entries[career_id] = msgspec.structs.replace(
                    entry, riasec=donor.riasec, holland=donor.holland, riasec_from=donor.codes[0])
    return entries


def with_inherited_interests(profile: Profile, entry: Entry) -> Profile:
    if profile.riasec is not None or entry.riasec is None or entry.riasec_from is None:
        return profile
    scores = dict(zip("RIASEC", entry.riasec))
    source = _("Inherited from the O*NET 29.3 interest profile of {code}").format(code=entry.riasec_from)
    riasec = Riasec(**scores, code=entry.holland, source=source, based_on=[entry.riasec_from], inherited=True)
    return msgspec.structs.replace(profile, riasec=riasec)


class Catalog:
    """The profiles of some data folders, indexed; built from the cache when it is fresh.

    Nothing is read until asked for. `get(id)` reads the index and one profile; a code or
    title needs the small table of names; `list` and `quiz` read the entries; only a
    query that matches no id, code or main title reads the (large) table of other titles.
    """

    def __init__(self, roots: list[Path], use_cache: bool = True):
        self.roots = roots
        self.use_cache = use_cache
        self._index: Optional[cache.Index] = None  # fresh, once _refresh has run
        self._stored: Optional[cache.Index] = None  # as read from disk, not yet checked
        self._tables: dict[str, Any] = {}  # "entries", "names", "aliases", decoded on demand
        self._problems: list[Problem] = []
        self._fresh = False

    @property
    def entries(self) -> dict[str, Entry]:
        return self._table("entries")

    @property
    def version(self) -> Optional[str]:
        """Changes whenever the cached index is rebuilt (None without a cache)."""
        return self._index.pack if self._index else None

    @property
    def problems(self) -> list[Problem]:
        self._refresh()
        return self._problems

    def resolve(self, query: str) -> str:
        """The id for an id, a code (O*NET-SOC, SOC, ROME) or an exact title in any language
        or gender form. Ids, codes and main titles win over other titles; among equals, a
        later data folder wins."""
        self._refresh()
        key = fold(query)
        for table in ("names", "aliases"):
            found = _search(self._table(table), query, key)
            if found:
                return found
        hint = next((f" ({p})" for p in self._problems if p.path.stem == query), "")
        raise NotFoundError(_("no career matches '{query}' (try `careers list`)").format(query=query) + hint)

    def find(self, query: str) -> Entry:
        return self.entries[self.resolve(query)]

    def profile(self, entry: Entry) -> Profile:
        """The whole profile of an entry, from the cache when it holds it."""
        profile = self._cached_profile(entry.id)
        if profile is None:
            from .loader import read_profile

            profile = read_profile(Path(entry.path))
        return with_inherited_interests(profile, entry)

    def get(self, query: str) -> tuple[str, Profile]:
        """Resolve `query` and read its profile; an id is answered from the index alone."""
        profile = self._fresh_cached_profile(query)
        if profile is not None and _complete(profile):
            return query, profile
        career_id = self.resolve(query)
        profile = self._cached_profile(career_id)
        if profile is not None and _complete(profile):
            return career_id, profile
        return career_id, self.profile(self.entries[career_id])  # may inherit interests

    # Reading the cache ---------------------------------------------------------------

    def _fresh_cached_profile(self, career_id: str) -> Optional[Profile]:
        """A profile straight from the index, when its file and every folder are unchanged."""
        index = cache.read_index(self.roots) if self.use_cache and not self._fresh else self._index
        self._stored = index
        record = index.files.get(career_id) if index else None
        if index is None or record is None or record.problems:
            return None
        if not self._fresh and not (_folders_unchanged(index) and _file_unchanged(record)):
            return None
        self._index = index
        return self._cached_profile(career_id)

    def _cached_profile(self, career_id: str) -> Optional[Profile]:
        record = self._index.files.get(career_id) if self._index else None
        if record is None or not record.length:
            return None
        blob = cache.read_blob(self._index, record.offset, record.length)
        try:
            return msgspec.msgpack.decode(blob, type=Profile) if blob else None
        except (msgspec.DecodeError, msgspec.ValidationError):
            return None

    def _table(self, name: str) -> Any:
        """One of the index tables, decoded on first use (rebuilt if the pack is damaged)."""
        self._refresh()
        if name not in self._tables:
            table = _decode_table(self._index, name) if self._index else None
            if table is None:  # the pack is damaged or gone: read every file again
                self._rebuild(*scan_profile_files(self.roots))
            else:
                self._tables[name] = inherit_interests(table) if name == "entries" else table
        return self._tables[name]

    # Building the index ----------------------------------------------------------------

    def _refresh(self) -> None:
        """Make the index match the files: keep it if nothing changed, else rebuild it,
        re-reading only the files that were added or changed."""
        if self._fresh:
            return
        self._fresh = True
        files, folders = scan_profile_files(self.roots)
        old = self._stored if self._stored is not None else cache.read_index(self.roots) if self.use_cache else None
        if old is not None and old.folders == folders and _same_files(old, files):
            self._index = old
            self._problems = _problems(old.files.values())
            return
        self._rebuild(files, folders, old)

    def _rebuild(self, files: dict[str, tuple[str, int, int]], folders: dict[str, int],
                 old: Optional[cache.Index] = None) -> None:
        reuse = _Reusable(old) if old is not None else None
        records: dict[str, cache.FileRecord] = {}
        blobs: list[bytes] = []
        indexed: dict[str, Indexed] = {}
        offset = 0
        for career_id, (path, size, mtime) in files.items():
            record = cache.FileRecord(path, size, mtime)
            blob, item = reuse.take(career_id, record) if reuse else (None, None)
            if item is None:
                blob, item = _parse(record)
            if item is not None and blob:
                record.offset, record.length = offset, len(blob)
                offset += len(blob)
                blobs.append(blob)
                indexed[career_id] = item
            records[career_id] = record
        self._problems = _problems(records.values())
        tables = {
            "entries": {i: item.entry for i, item in indexed.items()},
            "names": {i: item.names for i, item in indexed.items()},
            "aliases": {i: item.aliases for i, item in indexed.items()},
        }
        self._tables = dict(tables)
        self._tables["entries"] = inherit_interests(dict(tables["entries"]))
        index = cache.Index(cache.CACHE_FORMAT, cache.index_key(self.roots), folders, records, "", {})
        for name, table in tables.items():
            encoded = msgspec.msgpack.encode(table)
            index.tables[name] = (offset, len(encoded))
            offset += len(encoded)
            blobs.append(encoded)
        if self.use_cache:
            cache.write_cache(self.roots, index, blobs)
            self._index = index
        else:
            self._index = None


class _Reusable:
    """What an old index still holds for files that did not change."""

    def __init__(self, old: cache.Index):
        self.old = old
        self.pack = cache.read_pack(old)
        self.tables = {n: _decode_table(old, n, self.pack) for n in _TABLE_TYPES} if self.pack else {}
        self.usable = bool(self.tables) and all(t is not None for t in self.tables.values())

    def take(self, career_id: str, record: cache.FileRecord) -> tuple[Optional[bytes], Optional[Indexed]]:
        previous = self.old.files.get(career_id) if self.usable else None
        if previous is None or (previous.path, previous.size, previous.mtime_ns) != (record.path, record.size,
                                                                                      record.mtime_ns):
            return None, None
        if previous.problems:
            record.problems = previous.problems
            return None, None
        entry = self.tables["entries"].get(career_id)
        if entry is None:
            return None, None
        blob = self.pack[previous.offset: previous.offset + previous.length]
        return blob, Indexed(entry, self.tables["names"][career_id], self.tables["aliases"][career_id])


def _parse(record: cache.FileRecord) -> tuple[Optional[bytes], Optional[Indexed]]:
    if record.problems:  # known bad and unchanged
        return None, None
    from .loader import read_profile

    path = Path(record.path)
    try:
        profile = read_profile(path)
    except ProfileError as error:
        record.problems = [(p.message, p.field, p.line, p.column) for p in error.problems]
        return None, None
    return msgspec.msgpack.encode(profile), index_profile(profile, path)


def _complete(profile: Profile) -> bool:
    """True unless the profile may inherit interest scores from another one."""
    return profile.riasec is not None or not profile.codes


def _search(table: Optional[dict[str, list[str]]], query: str, key: str) -> Optional[str]:
    if not table:
        return None
    if query in table:
        return query
    for career_id in reversed(table):  # a later folder wins
        keys = table[career_id]
        if query in keys or key in keys:
            return career_id
    return None


def scan_profile_files(roots: Iterable[Path]) -> tuple[dict[str, tuple[str, int, int]], dict[str, int]]:
    """id -> (path, size, mtime_ns) of every profile file, a later root overriding an
    earlier one, and every folder walked with its mtime (which changes when a file is
    added or removed)."""
    files: dict[str, tuple[str, int, int]] = {}
    folders: dict[str, int] = {}
    for root in roots:
        if root.is_file():
            stat = root.stat()
            files[root.stem] = (str(root), stat.st_size, stat.st_mtime_ns)
            continue
        for item in _profile_entries(str(root), folders):
            try:
                stat = item.stat()
            except OSError:  # removed while we looked
                continue
            files[item.name.rsplit(".", 1)[0]] = (item.path, stat.st_size, stat.st_mtime_ns)
    return files, folders


def _profile_entries(folder: str, folders: dict[str, int]) -> Iterator[os.DirEntry]:
    """The profile files under `folder`, sorted by name, depth first; every folder walked
    goes into `folders` with its mtime."""
    try:
        folders[folder] = os.stat(folder).st_mtime_ns
        with os.scandir(folder) as scan:
            items = sorted(scan, key=lambda item: item.name)
    except OSError:  # vanished or unreadable while we looked
        return
    for item in items:
        try:
            is_folder = item.is_dir()
        except OSError:
            continue
        if is_folder:
            yield from _profile_entries(item.path, folders)
        elif item.name.endswith(PROFILE_SUFFIXES):
            yield item


def _same_files(index: cache.Index, files: dict[str, tuple[str, int, int]]) -> bool:
    if index.files.keys() != files.keys():
        return False
    return all((r.path, r.size, r.mtime_ns) == files[i] for i, r in index.files.items())


def _folders_unchanged(index: cache.Index) -> bool:
    try:
        return all(os.stat(folder).st_mtime_ns == mtime for folder, mtime in index.folders.items())
    except OSError:
        return False


def _file_unchanged(record: cache.FileRecord) -> bool:
    try:
        stat = os.stat(record.path)
    except OSError:
        return False
    return stat.st_size == record.size and stat.st_mtime_ns == record.mtime_ns


_TABLE_TYPES: dict[str, Any] = {"entries": dict[str, Entry], "names": dict[str, list[str]],
                                "aliases": dict[str, list[str]]}


def _decode_table(index: cache.Index, name: str, pack: Optional[bytes] = None) -> Optional[Any]:
    offset, length = index.tables.get(name, (0, 0))
    blob = pack[offset: offset + length] if pack is not None else cache.read_blob(index, offset, length)
    try:
        return msgspec.msgpack.decode(blob, type=_TABLE_TYPES[name]) if blob else None
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None


def _problems(records: Iterable[cache.FileRecord]) -> list[Problem]:
    return [Problem(Path(r.path), message, field=field, line=line, column=column)
            for r in records for message, field, line, column in r.problems]


def load_catalog(dirs: Iterable[Path], use_cache: bool = True) -> Catalog:
    """The catalog of these folders; nothing is read until it is asked for."""
    return Catalog(list(dirs), use_cache=use_cache)
