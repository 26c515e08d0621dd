"""The index of one data folder (a "layer"): its validated profiles and the tables to find them.

Reading YAML is the slow part of every command, so each data folder gets an index, stored as two
files: `layer-<tag>.index` (what was read: every file with its size, mtime, ctime and inode, the
folders with their ctimes, what was skipped, where each profile and table lies in the pack) and
`layer-<tag>-<random>.pack` (the profiles as msgpack, then the tables: `entries`, `names`,
`aliases`, `search_keys`, `search`, `tags`, `pay`, and `overlays` when the folder has pay
overlays). `search` has its own layout and is read in place from the mapped file (see
search.SearchTable). A later run reads the small index and only the profile it needs; a lookup by
id (`careers show ID`) decodes the index's head and that one record (IndexHead), not all of them.

`tags` (the criteria tags of each profile) is kept out of `Entry`, so that only `careers list`
filters and `careers criteria` decode it. `pay` holds, per career, the pay figures and employment
projections that lists, sorting and salary filters need (`pay.PayPoint`, `pay.OutlookPoint`):
only the commands that use them read it, so `careers show` does not pay for it either. Pay
overlays (`<career>.pay.json`, written by `careers import pay`) are indexed with the profiles of
their folder: their records in `LayerIndex.overlays`, their wages in the `overlays` table by
career id. The catalog merges them into the career they name, whichever folder it comes from.

A file is unchanged when its size, mtime, ctime and inode all match: mtime can be set back by
hand, ctime cannot, so a same-size edit with the old mtime is still seen. Adding, removing or
renaming an entry changes its folder's ctime, so while no recorded folder's ctime moved, the
files of the index are all there is: each is checked with one `stat`, without walking the tree
(`tree_unchanged`). Changed files are parsed again one by one; a damaged index or pack is
rebuilt from the YAML.

The built-in catalog of an installed wheel ships its index (built with the wheel, see
hatch_build.py); it is trusted as it is: the package's files do not change after install.
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any, Callable, Iterable, Optional, Protocol, TypeVar

import msgspec

from .. import __version__
from .cache import ReadOnlyStore
from ..memory import no_collection, one_command
from .entry import Entry
from ..errors import Problem, ProfileError
from ..facts.pay import OutlookPoint, PayPoint, outlook_points, pay_points
from ..profile.schema import SCHEMA_VERSION, Codes, PayOverlay, Profile, Tag, Text, Wages
from ..text import fold, translations
from .walk import OVERLAY_SUFFIX, FoundFile, Skipped, is_catalog_file, walk_profiles

if TYPE_CHECKING:
    from .search_table import SearchKeys
from ..patterns import lazy

INDEX_FORMAT = 18  # bump whenever Entry, FileRecord, LayerIndex or a table change shape
MAX_OVERLAY_BYTES = 1024 * 1024  # a pay overlay holds a few rows of figures: a few kilobytes
MAX_INDEX_BYTES = 256 * 1024 * 1024
PREBUILT_NAME = "builtin"  # the prebuilt index of the wheel: builtin.index + builtin.pack
# What decoding a damaged file can raise (bad UTF-8 in a string raises UnicodeDecodeError): all mean "rebuild".
DAMAGED = (msgspec.MsgspecError, ValueError, OverflowError, RecursionError)


class PayFacts(msgspec.Struct, array_like=True, frozen=True):
    """What the `pay` table keeps of one career: its pay figures and employment projections."""

    pay: list[PayPoint] = []
    outlook: list[OutlookPoint] = []


class FileRecord(msgspec.Struct, array_like=True):
    """One profile file as it was when indexed; `problems` are set when it did not validate."""

    path: str  # relative to the data folder, '/'-separated
    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int
    offset: int = 0
    length: int = 0
    problems: list[tuple[str, str, Optional[int], Optional[int]]] = []  # message, field, line, column
    keys: list[str] = []  # of a file that failed: folded titles found in it, so a lookup can name it


class Duplicate(msgspec.Struct, array_like=True, frozen=True):
    """Two files with the same id in one folder tree: the first (by path) is used."""

    id: str
    used: str
    shadowed: str


class LayerIndex(msgspec.Struct):
    format: int
    key: str  # package, schema and index versions, and the data folder, in full
    folders: dict[str, int]  # relative folder -> ctime_ns
    files: dict[str, FileRecord]  # id -> record
    skipped: list[Skipped]
    duplicates: list[Duplicate]
    pack: str
    tables: dict[str, tuple[int, int]]  # name -> (offset, length) in the pack
    overlays: dict[str, FileRecord] = {}  # pay overlay files (`<career>.pay.json`) by relative path
    ids: str = ""  # the ids of `files`, each between two newlines: IndexHead.record tells "none" without decoding them

    def __post_init__(self) -> None:
        if not self.ids and self.files:
            self.ids = id_list(self.files)


def id_list(ids: Iterable[str]) -> str:
    """Ids, each between two newlines, for a substring test (an id with a newline in it may give a
    false "maybe", never a false "no")."""
    return "\n" + "\n".join(ids) + "\n"


class TagTable(msgspec.Struct, array_like=True):
    """The criteria tags of a folder's profiles: each distinct tag once, and each profile's by position
    (a few hundred distinct tags stand for tens of thousands: quick to decode)."""

    tags: list[Tag]
    careers: dict[str, list[int]]  # id -> positions in `tags`, in the profile's order

    def of(self, career_id: str) -> Optional[list[Tag]]:
        positions = self.careers.get(career_id)
        if positions is None or not all(0 <= p < len(self.tags) for p in positions):
            return None
        return [self.tags[p] for p in positions]


def interest_centres(profile: Profile) -> tuple[tuple[int, bool], ...]:
    """The profile's interest-centre tags as (number, principal), those the centre table knows."""
    from ..facts.centres import centre_number

    found = []
    for tag in profile.tags:
        number = centre_number(tag.text if isinstance(tag.text, str) else tag.text.fr or "") if tag.kind == "interest" else None
        if number is not None:
            found.append((number, tag.main))
    return tuple(found)


def tag_table(tags_by_career: dict[str, list[Tag]]) -> TagTable:
    table = TagTable([], {})
    position: dict[bytes, int] = {}
    for career_id, tags in tags_by_career.items():
        found = []
        for tag in tags:
            key = msgspec.msgpack.encode(tag)
            if key not in position:
                position[key] = len(table.tags)
                table.tags.append(tag)
            found.append(position[key])
        table.careers[career_id] = found
    return table


class Indexed(msgspec.Struct, array_like=True):
    """One profile as the index keeps it: its entry and its search keys."""

    entry: Entry
    names: list[str]  # id, codes and folded main titles (every language and gender form)
    aliases: list[str]  # folded other titles (O*NET, ESCO, ROME): searched last
    search: SearchKeys  # what it brings to the folder's search table
    tags: list[Tag] = []  # its criteria tags (tags.profile_tags)
    pay: Optional[PayFacts] = None  # None: no pay figure and no projection


MAPPED_TABLES = frozenset({"search"})  # stored in their own layout, read in place (search.SearchTable)


@lru_cache(maxsize=1)
def table_types() -> dict[str, Any]:
    """What each table of a pack decodes to. Made at first use: the search and commonness
    modules are imported only by a command that reads their tables (`careers show` reads none)."""
    from .commonness import Commonness
    from .search_table import SearchKeys, SearchTable

    return {"entries": dict[str, Entry], "names": dict[str, list[str]], "aliases": dict[str, list[str]],
            "search_keys": dict[str, SearchKeys], "search": SearchTable, "tags": TagTable,
            "pay": dict[str, PayFacts], "overlays": dict[str, list[Wages]], "twins": list[tuple[str, str]],
            "commonness": dict[str, Commonness]}


REUSED_TABLES = ("entries", "names", "aliases", "search_keys", "tags", "pay")  # per profile: what a rebuild can take over


class Progress(Protocol):
    """Told about long index builds, so the user sees why the first run takes a while."""

    def start(self, folder: Path, total: int) -> None: ...

    def advance(self) -> None: ...

    def stop(self) -> None: ...


class NoProgress:
    def start(self, folder: Path, total: int) -> None:
        pass

    def advance(self) -> None:
        pass

    def stop(self) -> None:
        pass


# ---------------------------------------------------------------- names and keys

def layer_key(root: Path) -> str:
    """What an index of `root` depends on: the versions, the package's code and shipped data
    (stamp.inputs_stamp, so an edited schema or reference table in a checkout never serves old
    results), the folder."""
    from .stamp import inputs_stamp

    folder = os.fsencode(root).decode("utf-8", "backslashreplace")  # a name that is not UTF-8 cannot be stored as is
    return "\n".join([__version__, str(SCHEMA_VERSION), str(INDEX_FORMAT), inputs_stamp(), folder])


def layer_tag(key: str) -> str:
    """The name a folder's index has in the cache: from the folder alone, not the versions in the
    key, so that a new version (or an edited checkout) writes over the old index instead of
    leaving it behind; the old index's pack is then removed as one no index names."""
    folder = key.rsplit("\n", 1)[-1]
    return f"{zlib.crc32(folder.encode('utf-8', 'backslashreplace')):08x}"


def prebuilt_key() -> str:
    """The key of the index shipped in a wheel: valid for this version, wherever it is installed."""
    return "\n".join([__version__, str(SCHEMA_VERSION), str(INDEX_FORMAT), "prebuilt"])


def index_name(key: str) -> str:
    return f"layer-{layer_tag(key)}.index"


def pack_name(key: str) -> str:
    return f"layer-{layer_tag(key)}-{os.urandom(6).hex()}.pack"


# ---------------------------------------------------------------- indexing one profile

def index_profile(profile: Profile, career_id: str, relative: str) -> Indexed:
    """Index one validated profile."""
    from ..text import fold_title
    from .search_table import profile_keys

    codes = profile.codes
    code_list = [*codes.onet_soc, *codes.soc, *codes.rome] if codes else []
    names = {fold_title(t) for t in (*translations(profile.title), *translations(profile.title_feminine))}
    names |= {career_id, *code_list, *(fold_title(c) for c in code_list)}
    others = profile.other_titles
    aliases = [*others.fr, *others.en, *others.nl] if others else []
    from .reference import rome_titles
    from ..facts.studylevels import fiche_study_levels

    if codes and codes.rome:
        aliases += [t for code in codes.rome for t in rome_titles(code)]
    riasec = profile.riasec
    entry = Entry(
        id=career_id,
        path=relative,
        origin=profile.origin,
        title=profile.title,
        title_feminine=profile.title_feminine,
        codes=code_list,
        riasec=riasec.scores() if riasec else None,
        holland=riasec.code if riasec else None,
        job_zone=profile.job_zone.zone if profile.job_zone else None,
        salary=_monthly_salary(profile),
        official=official_letters(profile),
        twins=[link.code for link in profile.links if link.match == "exact" and link.scheme in ("onet", "rome")],
        isco08=list(codes.isco08) if codes else [],
        employment=counted_employment(profile),
        onet_links=[(link.code, link.match) for link in profile.links if link.scheme == "onet"],
        esco=tuple((link.code, link.match) for link in profile.links
                   if link.scheme == "esco" and profile.origin in ("onet", "rome")),
        centres=interest_centres(profile),
        centres_derived=any(tag.derived for tag in profile.tags if tag.kind == "interest"),
        eqf=fiche_study_levels(profile).levels,
        work_values=profile.work_values.scores() if profile.work_values else None,
        work_values_derived=bool(profile.work_values and profile.work_values.derived),
    )
    titles = [*tagged(profile.title), *tagged(profile.title_feminine)]
    other_titles = [(t, lang) for lang in ("fr", "en", "nl") for t in (getattr(others, lang) if others else [])]
    other_titles += [(t, "fr") for code in (codes.rome if codes else []) for t in rome_titles(code)]
    own = own_codes(profile)
    declared = [c for c in [*code_list, *(codes.isco08 if codes else []), *(codes.esco if codes else [])] if c not in own]
    related = [pair for job in profile.related_titles for pair in (*tagged(job.title), *tagged(job.title_feminine))]
    search = profile_keys(career_id, titles, other_titles, own, declared, searchable_texts(profile), related)
    from ..facts.tags import profile_tags

    return Indexed(entry, sorted(names), sorted({fold_title(t) for t in aliases} - names), search,
                   profile_tags(profile), pay_facts(profile))


def pay_facts(profile: Profile) -> Optional[PayFacts]:
    """The profile's pay figures and projections, for the `pay` table (None when it has neither)."""
    points, outlook = pay_points(profile), outlook_points(profile)
    return PayFacts(points, outlook) if points or outlook else None


def own_codes(profile: Profile) -> list[str]:
    """The codes a reference profile *is* (an O*NET occupation's O*NET-SOC code and SOC code, a ROME
    fiche's code); the other codes it, or any curated profile, declares only relate it to them."""
    codes = profile.codes
    if codes is None:
        return []
    if profile.origin == "onet":
        return [*codes.onet_soc, *codes.soc]
    if profile.origin == "rome":
        return list(codes.rome)
    return []


def official_letters(profile: Profile) -> Optional[str]:
    official = profile.riasec_official
    return (official.major + (official.minor or "")) if official else None


def tagged(text: Optional[Text]) -> list[tuple[str, str]]:
    """(text, language) of every version of a text; a plain string has no language ("")."""
    if text is None:
        return []
    if isinstance(text, str):
        return [(text, "")]
    return [(value, lang) for lang in ("fr", "en", "nl") if (value := getattr(text, lang))]


def searchable_texts(profile: Profile) -> list[str]:
    """The texts full-text search looks in (every language): what the job is and what one does."""
    texts: list[Optional[Text]] = [profile.tagline, profile.introduction, profile.conditions,
                                   profile.studies.summary if profile.studies else None,
                                   *profile.missions, *profile.qualities, *profile.tools]
    texts += [part for fact in profile.facts for part in (fact.heading, fact.text)]
    return [t for text in texts for t in translations(text)]


def counted_employment(profile: Profile) -> Optional[tuple[str, int]]:
    """(source row code, jobs) of the first pay figures that count jobs (BLS OEWS gives them per
    SOC row; O*NET's detailed occupations share their SOC row's count: see commonness.py)."""
    for wages in profile.wages:
        if wages.employment is not None:
            return (wages.row.code if wages.row else "", wages.employment)
    return None


def _monthly_salary(profile: Profile) -> Optional[tuple[float, float]]:
    salary = profile.salary
    if not salary or not salary.overall or salary.period not in (None, "month", "year"):
        return None
    factor = 1 / 12 if salary.period == "year" else 1
    return (salary.overall.min * factor, salary.overall.max * factor)


# ---------------------------------------------------------------- reading a stored index

def read_index(store: ReadOnlyStore, name: str, key: Optional[str]) -> Optional[LayerIndex]:
    """The stored index, or None when it is missing, damaged, of another version or folder."""
    data = store.read(name, MAX_INDEX_BYTES)
    if data is None:
        return None
    try:
        index = remembered("index", data, lambda: msgspec.msgpack.decode(data, type=LayerIndex))
    except DAMAGED:
        return None
    if index.format != INDEX_FORMAT or (key is not None and index.key != key) or not _paths_inside(index):
        return None
    return index


class IndexHead(msgspec.Struct, dict=True):
    """A stored index with its file records left encoded. `careers show ID` needs one or two of
    them: decoding those alone (`record`) costs a fraction of decoding all 2,500 of the built-in
    catalog (about 0.5 ms against 2-3 ms); a command that needs them all decodes them once
    (`whole`). The same map as LayerIndex. The folders' and overlays' paths are checked when the
    head is read, a record's when it is decoded."""

    format: int
    key: str
    folders: dict[str, int]
    files: msgspec.Raw  # the encoded map id -> FileRecord
    skipped: list[Skipped]
    duplicates: list[Duplicate]
    pack: str
    tables: dict[str, tuple[int, int]]
    overlays: dict[str, FileRecord] = {}
    ids: str = ""

    def record(self, career_id: str) -> Optional[FileRecord]:
        """The record of `career_id`; None when there is none. Raises DamagedRecord when the
        records cannot be decoded or this one names a path outside the folder."""
        if f"\n{career_id}\n" not in self.ids:  # a code or a title: no record decoded
            return None
        try:
            raw = self._encoded_records.get(career_id)
            record = msgspec.msgpack.decode(raw, type=FileRecord) if raw is not None else None
        except DAMAGED as error:
            raise DamagedRecord(career_id) from error
        if record is not None and not _inside(record.path):
            raise DamagedRecord(career_id)
        return record

    @cached_property
    def _encoded_records(self) -> dict[str, msgspec.Raw]:
        with no_collection():
            return msgspec.msgpack.decode(self.files, type=dict[str, msgspec.Raw])

    def whole(self) -> Optional[LayerIndex]:
        """The index with every record decoded, or None when one is damaged or names a path outside the folder."""
        try:
            with no_collection():
                files = msgspec.msgpack.decode(self.files, type=dict[str, FileRecord])
        except DAMAGED:
            return None
        index = LayerIndex(self.format, self.key, self.folders, files, self.skipped, self.duplicates, self.pack,
                           self.tables, self.overlays, self.ids)
        return index if _paths_inside(index) else None


class DamagedRecord(Exception):
    """A record of a stored index that cannot be trusted: the index is read again whole (and rebuilt)."""


def read_head(store: ReadOnlyStore, name: str, key: Optional[str]) -> Optional[IndexHead]:
    """The stored index with its records left encoded, or None when it is missing, damaged, of
    another version or folder (as read_index)."""
    data = store.read(name, MAX_INDEX_BYTES)
    if data is None:
        return None
    try:
        head = msgspec.msgpack.decode(data, type=IndexHead)
    except DAMAGED:
        return None
    if head.format != INDEX_FORMAT or (key is not None and head.key != key):
        return None
    if not (all(_inside(r.path) for r in head.overlays.values())
            and all(folder == "" or _inside(folder) for folder in head.folders)):
        return None
    return head


def _paths_inside(index: LayerIndex) -> bool:
    """Every path the index names stays inside its data folder (a tampered one is rebuilt, never followed)."""
    return all(_inside(r.path) for r in (*index.files.values(), *index.overlays.values())) and all(
        folder == "" or _inside(folder) for folder in index.folders)


def _inside(relative: str) -> bool:
    return (bool(relative) and relative[0] != "/" and "\0" not in relative
            and (".." not in relative or ".." not in relative.split("/")))


def decode_table(store: ReadOnlyStore, index: LayerIndex | IndexHead, name: str, pack: Optional[bytes] = None) -> Optional[Any]:
    offset, length = index.tables.get(name, (0, 0))
    if name in MAPPED_TABLES and pack is None:  # read in place: only the pages a search uses are loaded
        blob: Any = store.view(index.pack, offset, length)
    else:
        blob = pack[offset: offset + length] if pack is not None else store.read_range(index.pack, offset, length)
    if not blob or len(blob) != length:
        return None
    try:
        kind = table_types()[name]
        if name in MAPPED_TABLES:
            return kind.from_buffer(blob)
        return remembered(name, blob, lambda: msgspec.msgpack.decode(blob, type=kind))
    except DAMAGED:
        return None


# Decoded indexes and tables, by their exact bytes: a process that opens the catalog again (a
# script calling the Python API, a test run) reads the files again but decodes only what changed
# (the built-in catalog's tables take tens of milliseconds a command to decode). Keyed by the
# content itself, so never stale. Only large ones (a small folder decodes in no time), the last few.
# What is decoded here is shared: nothing changes a stored index or table after reading it.
REMEMBER_FROM_BYTES = 64 * 1024
REMEMBERED_COUNT = 16
_remembered: dict[tuple[str, bytes], Any] = {}


def remembered(kind: str, data: bytes, decode: Callable[[], Any]) -> Any:
    """`decode()` of `data` (a `kind` of table, or "index"), decoded once while it stays among the last few."""
    if len(data) < REMEMBER_FROM_BYTES or one_command():  # a key costs a copy and a hash of the bytes
        with no_collection():
            return decode()
    key = (kind, bytes(data))
    if key in _remembered:
        value = _remembered[key] = _remembered.pop(key)  # the most recently used last
        return value
    with no_collection():
        value = decode()
    _remembered[key] = value
    while len(_remembered) > REMEMBERED_COUNT:
        del _remembered[next(iter(_remembered))]
    return value


def encode_table(table: Any) -> bytes:
    from .search_table import SearchTable

    return table.encode() if isinstance(table, SearchTable) else msgspec.msgpack.encode(table)


T = TypeVar("T")


class ProfileName(msgspec.Struct, kw_only=True):
    """What a page takes of another career's stored profile: its names and codes, decoded alone
    (the rest of the record is skipped, not built)."""

    title: Text
    title_feminine: Optional[Text] = None
    codes: Optional[Codes] = None


def decode_profile(store: ReadOnlyStore, index: LayerIndex | IndexHead, record: FileRecord) -> Optional[Profile]:
    return _decode_record(store, index, record, Profile)


def decode_name(store: ReadOnlyStore, index: LayerIndex | IndexHead, record: FileRecord) -> Optional[ProfileName]:
    return _decode_record(store, index, record, ProfileName)


def _decode_record(store: ReadOnlyStore, index: LayerIndex | IndexHead, record: FileRecord, kind: type[T]) -> Optional[T]:
    if not record.length:
        return None
    blob = store.read_range(index.pack, record.offset, record.length)
    try:
        return msgspec.msgpack.decode(blob, type=kind) if blob else None
    except DAMAGED:
        return None


def problems_of(root: Path, index: LayerIndex) -> list[Problem]:
    """Every file that could not be used, located; duplicates and skipped entries included."""
    found = [Problem(root / r.path, message, field=field, line=line, column=column)
             for r in (*index.files.values(), *index.overlays.values())
             for message, field, line, column in r.problems]
    found += [Problem(root / d.shadowed, f"same id '{d.id}' as {d.used}, which is used; rename one of them")
              for d in index.duplicates]
    return found


# ---------------------------------------------------------------- freshness

def same_stat(record: FileRecord, info: os.stat_result) -> bool:
    # compared field by field, without tuples: a whole-catalog command runs this 2,500 times
    return (info.st_mtime_ns == record.mtime_ns and info.st_size == record.size
            and info.st_ctime_ns == record.ctime_ns and info.st_ino == record.inode)


def file_unchanged(root: Path, record: FileRecord) -> bool:
    try:
        return same_stat(record, os.stat(root / record.path))
    except OSError:
        return False


def folders_unchanged(root: Path, index: LayerIndex | IndexHead) -> bool:
    try:
        return all(os.stat(root / folder).st_ctime_ns == ctime for folder, ctime in index.folders.items())
    except OSError:
        return False


def tree_unchanged(root: Path, index: LayerIndex) -> bool:
    """True when no recorded folder gained, lost or renamed an entry and no recorded file changed:
    what a walk would find, for the price of one `stat` a file. An index that skipped something
    always asks for the walk (a dangling link can come to life without its folder changing)."""
    if "" not in index.folders or index.skipped:  # a single-file data folder, or something was left out
        return False
    base = os.path.join(os.fspath(root), "")  # with its separator: one concatenation a path
    stat = os.stat
    try:
        if not all(stat(base + folder).st_ctime_ns == ctime for folder, ctime in index.folders.items()):
            return False
        return all(same_stat(record, stat(base + record.path))
                   for records in (index.files, index.overlays) for record in records.values())
    except (OSError, ValueError):
        return False


def files_unchanged(index: LayerIndex, files: list[FoundFile]) -> bool:
    """True when the walk found exactly the files of the index, none of them changed."""
    recorded = {r.path: r for r in (*index.files.values(), *index.overlays.values())}
    shadowed = {d.shadowed for d in index.duplicates}
    if len(files) != len(recorded) + len(shadowed):
        return False
    for found in files:
        record = recorded.get(found.relative)
        if record is None and found.relative not in shadowed:
            return False
        if record is not None and not same_stat(record, found.stat):
            return False
    return True


# ---------------------------------------------------------------- building

class Reusable:
    """What an old index still holds for files that did not change."""

    def __init__(self, store: ReadOnlyStore, old: Optional[LayerIndex]) -> None:
        self.old = old
        self.pack = store.read(old.pack, MAX_INDEX_BYTES * 4) if old else None
        decoded = {n: decode_table(store, old, n, self.pack) for n in REUSED_TABLES} if old and self.pack else {}
        self.tables = {n: t for n, t in decoded.items() if t is not None}
        self.usable = bool(decoded) and len(self.tables) == len(decoded)

    def take(self, career_id: str, record: FileRecord) -> tuple[Optional[bytes], Optional[Indexed]]:
        previous = self.old.files.get(career_id) if self.usable and self.old else None
        if previous is None or previous.path != record.path or not _same_record(previous, record):
            return None, None
        if previous.problems:
            record.problems, record.keys = previous.problems, previous.keys
            return None, None
        entry = self.tables["entries"].get(career_id)
        if entry is None or self.pack is None:
            return None, None
        names, aliases = self.tables["names"].get(career_id), self.tables["aliases"].get(career_id)
        search, tags = self.tables["search_keys"].get(career_id), self.tables["tags"].of(career_id)
        if names is None or aliases is None or search is None or tags is None:  # tables that disagree: parse again
            return None, None
        blob = self.pack[previous.offset: previous.offset + previous.length]
        return blob, Indexed(entry, names, aliases, search, tags, self.tables["pay"].get(career_id))


def _same_record(a: FileRecord, b: FileRecord) -> bool:
    return (a.size, a.mtime_ns, a.ctime_ns, a.inode) == (b.size, b.mtime_ns, b.ctime_ns, b.inode)


def build_layer(root: Path, key: str, files: list[FoundFile], walk_folders: dict[str, int],
                skipped: list[Skipped], reuse: Reusable, progress: Progress) -> tuple[LayerIndex, list[bytes], dict[str, Any]]:
    """Parse what changed, reuse the rest: the new index, the pack's pieces and the decoded tables."""
    records: dict[str, FileRecord] = {}
    duplicates: list[Duplicate] = []
    indexed: dict[str, Indexed] = {}
    blobs: list[bytes] = []
    offset = 0
    overlay_files = [f for f in files if f.relative.endswith(OVERLAY_SUFFIX)]
    files = [f for f in files if not f.relative.endswith(OVERLAY_SUFFIX)]
    plan: list[tuple[str, FileRecord, Optional[bytes], Optional[Indexed]]] = []
    jobs: list[ParseJob] = []
    for found in files:
        career_id = Path(found.relative).stem
        if career_id in records:
            duplicates.append(Duplicate(career_id, records[career_id].path, found.relative))
            continue
        record = FileRecord(found.relative, found.stat.st_size, found.stat.st_mtime_ns, found.stat.st_ctime_ns,
                            found.stat.st_ino)
        records[career_id] = record
        blob, item = reuse.take(career_id, record)
        if item is None and not record.problems:  # changed, new, or an index that cannot be reused
            jobs.append((found.path, career_id, record))
        plan.append((career_id, record, blob, item))
    parsed = {job[1]: result for job, result in zip(jobs, _parse_all(root, jobs, progress))}
    for career_id, record, blob, item in plan:
        if career_id in parsed:
            blob, item, record.problems, record.keys = parsed[career_id]
        if item is not None and blob:
            record.offset, record.length = offset, len(blob)
            offset += len(blob)
            blobs.append(blob)
            indexed[career_id] = item
    from .commonness import commonness_of
    from .search_table import build_table
    from .twins import joined_pairs

    search_keys = {i: item.search for i, item in indexed.items()}
    entries = {i: item.entry for i, item in indexed.items()}
    tables: dict[str, Any] = {
        "entries": entries,
        "names": {i: item.names for i, item in indexed.items()},
        "aliases": {i: item.aliases for i, item in indexed.items()},
        "search_keys": search_keys,
        "search": build_table(search_keys),
        "tags": tag_table({i: item.tags for i, item in indexed.items()}),
        "pay": {i: item.pay for i, item in indexed.items() if item.pay is not None},
        "twins": [(fiche.id, occupation.id) for fiche, occupation in joined_pairs(entries)],
        "commonness": commonness_of(entries),  # what a catalog of this folder alone ranks with (merged.py)
    }
    overlay_records, overlays = read_overlays(overlay_files)
    if overlays:
        tables["overlays"] = overlays
    index = LayerIndex(INDEX_FORMAT, key, walk_folders, records, skipped, duplicates, "", {}, overlay_records)
    for name, table in tables.items():
        encoded = encode_table(table)
        index.tables[name] = (offset, len(encoded))
        offset += len(encoded)
        blobs.append(encoded)
    return index, blobs, tables


ParseJob = tuple[str, str, FileRecord]  # path, career id, record
Parsed = tuple[Optional[bytes], Optional[Indexed], list, list[str]]  # blob, item, problems, keys


def _parse_all(root: Path, jobs: list[ParseJob], progress: Progress) -> list[Parsed]:
    """Every file of `jobs` parsed, in order; on all cores when there are many (parallel.py)."""
    if not jobs:
        return []
    from .parallel import map_all

    try:
        return map_all(_parse_job, jobs, start=lambda: progress.start(root, len(jobs)), done=progress.advance)
    finally:
        progress.stop()


def _parse_job(job: ParseJob) -> Parsed:
    path, career_id, record = job
    blob, item = parse_file(Path(path), career_id, record)
    return blob, item, record.problems, record.keys


def parse_file(path: Path, career_id: str, record: FileRecord) -> tuple[Optional[bytes], Optional[Indexed]]:
    """Read and validate one file; on failure the record keeps its problems and its findable titles."""
    from ..profile.loader import read_profile

    try:
        profile = read_profile(path)
    except ProfileError as error:
        record.problems = [(p.message, p.field, p.line, p.column) for p in error.problems]
        record.keys = sorted({career_id, *(fold(t) for t in error.titles)})
        return None, None
    try:
        blob = msgspec.msgpack.encode(profile)
    except (OverflowError, ValueError, RecursionError) as error:  # the loader's limits should make this unreachable
        record.problems = [(f"cannot be stored in the index: {error}", "", None, None)]
        record.keys = [career_id]
        return None, None
    return blob, index_profile(profile, career_id, record.path)


def read_overlays(files: list[FoundFile]) -> tuple[dict[str, FileRecord], dict[str, list[Wages]]]:
    """Every pay overlay file, checked: their records (with the problems of those that cannot be
    used) and the wages of the good ones by career id, in path order (the walk's)."""
    records: dict[str, FileRecord] = {}
    wages: dict[str, list[Wages]] = {}
    for found in files:
        record = FileRecord(found.relative, found.stat.st_size, found.stat.st_mtime_ns, found.stat.st_ctime_ns,
                            found.stat.st_ino)
        overlay = parse_overlay(Path(found.path), record)
        if overlay is not None:
            wages.setdefault(overlay.career, []).extend(overlay.wages)
        records[found.relative] = record
    return records, wages


def parse_overlay(path: Path, record: FileRecord) -> Optional[PayOverlay]:
    """One `<career>.pay.json` file, validated; on failure `record.problems` says why, in one line."""
    from ..files import read_bounded
    from ..i18n import _
    from ..profile.loader import field_name

    try:
        overlay = msgspec.json.decode(read_bounded(path, MAX_OVERLAY_BYTES), type=PayOverlay)
    except OSError as error:
        record.problems = [((error.strerror or str(error)).lower(), "", None, None)]
        return None
    except msgspec.ValidationError as error:
        message, _sep, where = str(error).partition(" - at `$")
        keys = [int(i) if i else name for name, i in _FIELD_PART.findall(where.rstrip("`"))]
        record.problems = [(_("not a pay overlay: {problem}").format(problem=message[:1].lower() + message[1:]),
                            field_name(keys), None, None)]
        return None
    except DAMAGED as error:  # not JSON, not UTF-8, nested too deeply
        record.problems = [(_("not a pay overlay: not valid JSON ({problem})").format(problem=error), "", None, None)]
        return None
    expected = path.name[: -len(OVERLAY_SUFFIX)]
    if overlay.career != expected:
        record.problems = [(_("names the career '{career}', but its file name says '{expected}'; the file of a "
                              "career's pay figures is <career id>{suffix}").format(
            career=overlay.career, expected=expected, suffix=OVERLAY_SUFFIX), "career", None, None)]
        return None
    return overlay


_FIELD_PART = lazy(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


def scan(root: Path) -> tuple[list[FoundFile], dict[str, int], list[Skipped]]:
    """The profile files and pay overlays under `root`, its folders, and what the walk skipped."""
    walk = walk_profiles(root, is_catalog_file)
    return walk.files, walk.folders, walk.skipped


def build_prebuilt(root: Path, out: Path, warm: Optional[ReadOnlyStore] = None,
                   progress: Progress = NoProgress()) -> list[Problem]:
    """Write the index of the built-in profiles under `out` (builtin.index + builtin.pack) for a wheel.

    Paths inside are relative to the data folder, so the index is valid wherever the package is
    installed. `warm`: a cache that may hold an index of `root`, whose unchanged pieces are reused.
    Returns the problems found (a wheel must not ship a broken catalog)."""
    from ..files import write_atomically

    files, folders, skipped = scan(root)
    key = layer_key(root)
    old = read_index(warm, index_name(key), key) if warm is not None else None
    reuse = Reusable(warm, old) if warm is not None else Reusable(ReadOnlyStore(out), None)
    index, blobs, _tables = build_layer(root, prebuilt_key(), files, folders, skipped, reuse, progress)
    index.pack = f"{PREBUILT_NAME}.pack"
    out.mkdir(parents=True, exist_ok=True)
    write_atomically(out / index.pack, b"".join(blobs))
    write_atomically(out / f"{PREBUILT_NAME}.index", msgspec.msgpack.encode(index))
    return problems_of(root, index) + [Problem(root / s.relative, s.reason) for s in skipped]
