"""The catalog: every profile found in the data folders, indexed for lookup by id, title or code.

Reading YAML is the slow part, so the catalog keeps an index cache (see cache.py): a
later run reads the index and only the profile it needs, and re-reads just the files
that were added, changed or removed since.
"""


import os
from pathlib import Path
from typing import Iterable, Optional

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
    names: list[str] = []  # folded main titles, every language and gender form
    aliases: list[str] = []  # folded other titles (O*NET, ESCO, ROME), for search
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


def find_profile_files(dirs: Iterable[Path], folders: Optional[dict[str, int]] = None) -> dict[str, Path]:
    """Map id -> file; a later folder overrides an earlier one with the same id.

    When `folders` is given, it is filled with every folder walked and its mtime.
    """
    files: dict[str, Path] = {}
    for folder in dirs:
        for path in _walk(folder, folders):
            files[path.stem] = path
    return files


def _walk(folder: Path, folders: Optional[dict[str, int]] = None) -> list[Path]:
    if folder.is_file():
        return [folder]
    found = []
    for root, subdirs, names in os.walk(folder):
        subdirs.sort()
        if folders is not None:
            folders[root] = os.stat(root).st_mtime_ns
        found += [Path(root, n) for n in sorted(names) if n.endswith(PROFILE_SUFFIXES)]
    return found


def entry_for(profile: Profile, path: Path) -> Entry:
    """Index one validated profile."""
    names = {fold(t) for t in (*translations(profile.title), *translations(profile.title_feminine))}
    others = profile.other_titles
    aliases = [*others.fr, *others.en, *others.nl] if others else []
    codes = profile.codes
    if codes and codes.rome:
        from .reference import rome_titles

        aliases += [t for code in codes.rome for t in rome_titles(code)]
    riasec = profile.riasec
    return Entry(
        id=path.stem,
        path=str(path),
        origin=profile.origin,
        title=profile.title,
        title_feminine=profile.title_feminine,
        names=sorted(names),
        aliases=sorted({fold(t) for t in aliases} - names),
        codes=[*codes.onet_soc, *codes.soc, *codes.rome] if codes else [],
        riasec=riasec.scores() if riasec else None,
        holland=riasec.code if riasec else None,
        job_zone=profile.job_zone.zone if profile.job_zone else None,
        salary=_monthly_salary(profile),
    )


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
    """The profiles of some data folders; built from the cache when it is fresh."""

    def __init__(self, roots: list[Path], use_cache: bool = True):
        self.roots = roots
        self.use_cache = use_cache
        self._entries: Optional[dict[str, Entry]] = None
        self._index: Optional[cache.Index] = None
        self.problems: list[Problem] = []

    @property
    def entries(self) -> dict[str, Entry]:
        if self._entries is None:
            self._load()
        assert self._entries is not None
        return self._entries

    def find(self, query: str) -> Entry:
        """An id, a code (O*NET-SOC, SOC, ROME) or an exact title in any language or gender form.

        Main titles win over other titles; among equals, a later data folder wins.
        """
        entries = self.entries
        if query in entries:
            return entries[query]
        key = fold(query)
        candidates = list(reversed(entries.values()))
        for matches in (lambda e: query in e.codes, lambda e: key in e.names or key == e.id,
                        lambda e: key in e.aliases):
            found = next((e for e in candidates if matches(e)), None)
            if found:
                return found
        hint = f" ({self.problems[0]})" if any(p.path.stem == query for p in self.problems) else ""
        raise NotFoundError(_("no career matches '{query}' (try `careers list`)").format(query=query) + hint)

    def profile(self, entry: Entry) -> Profile:
        """The whole profile of an entry, from the cache when it holds it."""
        profile = self._cached_profile(entry.id) if self._index else None
        if profile is None:
            from .loader import read_profile

            profile = read_profile(Path(entry.path))
        return with_inherited_interests(profile, entry)

    def get(self, query: str) -> tuple[str, Profile]:
        """Resolve `query` and read its profile; an id is answered without loading the index."""
        profile = self._fresh_cached_profile(query)
        if profile is not None and (profile.riasec is not None or not profile.codes):
            return query, profile
        entry = self.find(query)
        return entry.id, self.profile(entry)

    # The cache ---------------------------------------------------------------------

    def _fresh_cached_profile(self, career_id: str) -> Optional[Profile]:
        index = cache.read_index(self.roots) if self.use_cache else None
        record = index.files.get(career_id) if index else None
        if index is None or record is None or record.problems or not _folders_unchanged(index):
            return None
        if not _file_unchanged(record):
            return None
        self._index = index
        return self._cached_profile(career_id)

    def _cached_profile(self, career_id: str) -> Optional[Profile]:
        assert self._index is not None
        record = self._index.files.get(career_id)
        blob = cache.read_blob(self._index, record.offset, record.length) if record and record.length else None
        try:
            return msgspec.msgpack.decode(blob, type=Profile) if blob else None
        except (msgspec.DecodeError, msgspec.ValidationError):
            return None

    def _load(self) -> None:
        """Index every profile, reusing what the cache holds for unchanged files."""
        old = cache.read_index(self.roots) if self.use_cache else None
        old_pack = _read_pack(old) if old else None
        old_entries = _decode_entries(old, old_pack) if old and old_pack is not None else {}
        folders: dict[str, int] = {}
        records: dict[str, cache.FileRecord] = {}
        blobs: list[bytes] = []
        entries: dict[str, Entry] = {}
        reread = old is None or old_pack is None
        offset = 0
        for career_id, path in find_profile_files(self.roots, folders).items():
            try:
                record, blob, entry, reused = self._read_one(career_id, path, old, old_pack, old_entries)
            except FileNotFoundError:  # removed while we were reading the folder
                reread = True
                continue
            reread = reread or not reused
            if entry is not None and blob:
                record.offset, record.length = offset, len(blob)
                offset += len(blob)
                blobs.append(blob)
                entries[career_id] = entry
            records[career_id] = record
        self.problems = [_problem(r, p) for r in records.values() for p in r.problems]
        self._entries = inherit_interests(dict(entries))
        if old is not None and not reread and set(records) == set(old.files) and folders == old.folders:
            self._index = old  # nothing changed: keep the cache as it is
        elif self.use_cache:
            self._store(folders, records, blobs, entries, offset)

    def _read_one(self, career_id: str, path: Path, old: Optional[cache.Index], old_pack: Optional[bytes],
                  old_entries: dict[str, Entry]) -> tuple[cache.FileRecord, Optional[bytes], Optional[Entry], bool]:
        """One file's record, profile blob and entry: from the old cache when unchanged, else parsed."""
        from .loader import read_profile

        stat = path.stat()
        previous = old.files.get(career_id) if old else None
        if (previous and old_pack is not None and previous.path == str(path) and previous.size == stat.st_size
                and previous.mtime_ns == stat.st_mtime_ns and (career_id in old_entries or previous.problems)):
            blob = old_pack[previous.offset: previous.offset + previous.length] if previous.length else None
            reused = cache.FileRecord(previous.path, previous.size, previous.mtime_ns, problems=previous.problems)
            return reused, blob, old_entries.get(career_id), True
        record = cache.FileRecord(str(path), stat.st_size, stat.st_mtime_ns)
        try:
            profile = read_profile(path)
        except ProfileError as error:
            record.problems = [(p.message, p.field, p.line, p.column) for p in error.problems]
            return record, None, None, False
        return record, msgspec.msgpack.encode(profile), entry_for(profile, path), False

    def _store(self, folders: dict[str, int], records: dict[str, cache.FileRecord], blobs: list[bytes],
               entries: dict[str, Entry], offset: int) -> None:
        entries_blob = msgspec.msgpack.encode(entries)
        index = cache.Index(cache.CACHE_FORMAT, cache.index_key(self.roots), folders, records, "",
                            offset, len(entries_blob))
        cache.write_cache(self.roots, index, [*blobs, entries_blob])
        self._index = index


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


def _read_pack(index: cache.Index) -> Optional[bytes]:
    try:
        return (cache.cache_dir() / index.pack).read_bytes()
    except OSError:
        return None


def _decode_entries(index: cache.Index, pack: bytes) -> dict[str, Entry]:
    blob = pack[index.entries_offset: index.entries_offset + index.entries_length]
    try:
        return msgspec.msgpack.decode(blob, type=dict[str, Entry])
    except (msgspec.DecodeError, msgspec.ValidationError):
        return {}


def _problem(record: cache.FileRecord, problem: tuple[str, str, Optional[int], Optional[int]]) -> Problem:
    message, field, line, column = problem
    return Problem(Path(record.path), message, field=field, line=line, column=column)


def load_catalog(dirs: Iterable[Path], use_cache: bool = True) -> Catalog:
    """The catalog of these folders; nothing is read until it is asked for."""
    return Catalog(list(dirs), use_cache=use_cache)
