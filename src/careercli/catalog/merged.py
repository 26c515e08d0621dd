"""The catalog: the profiles of every data folder, merged, found by id, code or title.

Folders, lowest priority first: the built-in profiles, CAREERS_PATH, then --data-dir; a later
folder overrides an earlier one by id. Each folder is a `Layer` with its own index (index.py),
so adding a folder costs only its own files, and the built-in index of an installed wheel is
read as shipped.

Nothing is read until asked for. `get(id)` reads the small index of each folder and one
profile; a code or title needs the table of names; `list` and `quiz` read the entries; only a
query that matches no id, code or main title reads the (large) table of other titles.

A profile that does not validate is never replaced silently by another career: when a lookup
could have matched it (its id, or a title it gives), the lookup fails and names the file.

Pay overlays (`<career>.pay.json`, from `careers import pay`) in any of the user's folders
(CAREERS_PATH, --data-dir; the built-in folder ships none, and is not read for them) add their
wages to the career they name, after the profile's own (`profile`, `get`), and their figures to
its entry (`priced_entries`). An overlay that cannot be used, or that names no career, is a problem of its
own (`pay_problems`): it never hides a profile, the career simply shows without those figures.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Optional

import msgspec

from .cache import CacheStore, ReadOnlyStore
from ..errors import NotFoundError, Problem, ProfileError
from ..i18n import _
from ..facts.pay import wages_points
from .index import (
    PREBUILT_NAME, DamagedRecord, FileRecord, IndexHead, LayerIndex, NoProgress, ProfileName, Progress, Reusable,
    build_layer, decode_name, decode_profile,
    decode_table, file_unchanged, files_unchanged, folders_unchanged, index_name, tree_unchanged, layer_key,
    pack_name, prebuilt_key, problems_of, read_head, read_index, scan)
from .entry import Entry
from ..profile.schema import Link, Localized, Profile, Riasec, Tag, Text, Wages
from ..text import as_written, fold, localize, translations
from .walk import OVERLAY_SUFFIX, skip_message

if TYPE_CHECKING:
    from .commonness import Commonness

__all__ = ["Catalog", "Entry", "Layer", "BrokenProfileError", "open_catalog", "inherit_interests"]


class MemoryStore(ReadOnlyStore):
    """An index kept in memory only (`--no-cache`)."""

    def __init__(self) -> None:
        super().__init__(Path("."))
        self.files: dict[str, bytes] = {}

    def read(self, name: str, limit: int) -> Optional[bytes]:
        data = self.files.get(name)
        return data if data is not None and len(data) <= limit else None

    def read_range(self, name: str, offset: int, length: int) -> Optional[bytes]:
        data = self.files.get(name)
        blob = data[offset: offset + length] if data is not None and offset >= 0 else None
        return blob if blob is not None and len(blob) == length else None

    def view(self, name: str, offset: int, length: int) -> Optional[memoryview]:
        blob = self.read_range(name, offset, length)
        return memoryview(blob) if blob else None

    def write(self, name: str, data: bytes) -> bool:
        self.files[name] = data
        return True

    def remove(self, name: str) -> None:
        self.files.pop(name, None)


class BrokenProfileError(ProfileError):
    """The lookup matched a profile file that cannot be used."""

    def __init__(self, query: str, problems: list[Problem]):
        super().__init__(problems)
        self.args = (_("'{query}' matches {path}, which cannot be used: {problem} (see careers validate)").format(
            query=query, path=problems[0].path, problem=_problem_text(problems[0])),)


def _problem_text(problem: Problem) -> str:
    where = f"line {problem.line}: " if problem.line else ""
    field = f"{problem.field}: " if problem.field else ""
    return f"{where}{field}{problem.message}"


class Layer:
    """One data folder and its index, read lazily, refreshed when its files changed."""

    def __init__(self, root: Path, store: ReadOnlyStore, *, trusted: bool = False,
                 progress: Progress = NoProgress(), overlays: bool = True) -> None:
        self.root = root
        self.holds_overlays = overlays  # False for the built-in folder: showing a career never reads its index for them
        self.base = root if not root.is_file() else root.parent  # what record paths are relative to
        self.store = store
        self.trusted = trusted  # the prebuilt index of an installed wheel: never re-checked
        self.key = prebuilt_key() if trusted else layer_key(root)
        self.index_file = f"{PREBUILT_NAME}.index" if trusted else index_name(self.key)
        self.progress = progress
        self._stored: Optional[LayerIndex] = None
        self._read = False
        self._head: Optional[IndexHead] = None
        self._head_read = False
        self._index: Optional[LayerIndex] = None  # checked against the files
        self._tables: dict[str, Any] = {}

    # the index as stored, unchecked ---------------------------------------------------

    def stored(self) -> Optional[LayerIndex]:
        if not self._read:
            self._read = True
            head = self._head if self._head_read else None  # a lookup by id read it: decode the rest
            self._stored = head.whole() if head is not None else read_index(self.store, self.index_file, self.key)
        return self._stored

    def head(self) -> Optional[IndexHead]:
        """The stored index with its records left encoded (what a lookup by id needs)."""
        if not self._head_read:
            self._head_read = True
            self._head = read_head(self.store, self.index_file, self.key)
        return self._head

    def quick(self) -> Optional[IndexHead | LayerIndex]:
        """The index a lookup by id reads: the checked one once there is one, else the stored head."""
        return self._index or self.head()

    def record(self, career_id: str) -> Optional[FileRecord]:
        """The record of `career_id`. When only its file and the folders are unchanged, the
        stored index answers without reading the whole folder (and decodes that record alone);
        otherwise the index is checked (and rebuilt where files changed) first."""
        if self._index is None:
            head = self.head()
            try:
                record = head.record(career_id) if head is not None else None
            except DamagedRecord:
                head = None
            if head is not None and (self.trusted or self._fresh_for(head, career_id, record)):
                return record
            self._index = self._checked()
        return self._index.files.get(career_id)

    def _fresh_for(self, index: IndexHead, career_id: str, record: Optional[FileRecord]) -> bool:
        if not folders_unchanged(self.base, index):
            return False
        return (record is None or file_unchanged(self.base, record)) and all(
            file_unchanged(self.base, r) for r in overlay_records(index, career_id))

    def overlays_for(self, career_id: str) -> list[Wages]:
        """The wages this folder's pay overlays add to `career_id` (any folder's career). Like
        `record`, answered from the stored index when the folders and the career's files are unchanged."""
        if not self.holds_overlays:
            return []
        index: Optional[IndexHead | LayerIndex] = self._index
        if index is None:
            head = self.head()
            if head is not None and (self.trusted or self._fresh_for(head, career_id, None)):
                index = head
            else:
                index = self._index = self._checked()
        if not index.overlays or "overlays" not in index.tables:
            return []
        if "overlays" not in self._tables:
            table = decode_table(self.store, index, "overlays")
            if table is None:  # the pack is damaged or gone: the checked index rebuilds it
                return self.table("overlays").get(career_id, [])
            self._tables["overlays"] = table
        return self._tables["overlays"].get(career_id, [])

    def overlays(self) -> dict[str, list[Wages]]:
        """Every wage this folder's overlays add, by career id."""
        return self.table("overlays") if self.holds_overlays else {}

    def overlay_problems(self, career_id: Optional[str] = None) -> list[Problem]:
        """The overlay files of this folder that cannot be used (only those of `career_id` when given)."""
        if not self.holds_overlays:
            return []
        index = self.index() if career_id is None else (self.quick() or self.index())
        records = index.overlays.values() if career_id is None else overlay_records(index, career_id)
        return [Problem(self.base / r.path, m, field=f, line=ln, column=c)
                for r in records for m, f, ln, c in r.problems]

    def stored_profile(self, record: FileRecord) -> Optional[Profile]:
        index = self.quick()
        return decode_profile(self.store, index, record) if index else None

    def stored_name(self, record: FileRecord) -> Optional[ProfileName]:
        index = self.quick()
        return decode_name(self.store, index, record) if index else None

    # the checked index -------------------------------------------------------------------

    def index(self) -> LayerIndex:
        if self._index is None:
            self._index = self._checked()
        return self._index

    def _checked(self) -> LayerIndex:
        old = self.stored()
        if self.trusted and old is not None:
            return old
        if old is not None and tree_unchanged(self.root, old) and self._tables_readable(old):
            return old
        files, folders, skipped = scan(self.root)
        if old is not None and old.folders == folders and files_unchanged(old, files) and self._tables_readable(old):
            return old
        return self._rebuild(files, folders, skipped, old)

    def _tables_readable(self, index: LayerIndex) -> bool:
        return all(0 <= offset and length > 0 for offset, length in index.tables.values()) and bool(index.tables)

    def _rebuild(self, files: list, folders: dict[str, int], skipped: list, old: Optional[LayerIndex]) -> LayerIndex:
        index, blobs, tables = build_layer(self.root, self.key, files, folders, skipped, Reusable(self.store, old),
                                           self.progress)
        self._tables = dict(tables)
        index.pack = pack_name(self.key)
        store = self.store
        if isinstance(store, (CacheStore, MemoryStore)) and store.write(index.pack, b"".join(blobs)) and store.write(
                self.index_file, msgspec.msgpack.encode(index)):
            if old is not None and old.pack != index.pack:
                store.remove(old.pack)
            self._remove_unnamed_packs(index)
        else:
            self.store = _memory_copy(index, blobs, self.index_file)
        return index

    def _remove_unnamed_packs(self, index: LayerIndex) -> None:
        """Packs of this folder that no index names (a concurrent run lost the race, or was
        killed), once they are old enough that no run can still be about to name them."""
        store = self.store
        if not isinstance(store, CacheStore):
            return
        prefix = index.pack.rsplit("-", 1)[0]
        for name in store.names(f"{prefix}-*.pack"):
            if name != index.pack and store.age(name) > 600:
                current = read_index(store, self.index_file, self.key)
                if current is None or current.pack != name:
                    store.remove(name)
        store.remove_orphans()

    def table(self, name: str) -> Any:
        if name not in self._tables:
            if name == "overlays" and name not in self.index().tables:  # a folder without pay overlays
                return {}
            table = decode_table(self.store, self.index(), name)
            if table is None:  # the pack is damaged or gone: read every file again
                self._index = self._rebuild(*scan(self.root), old=None)  # fills every table
            else:
                self._tables[name] = table
        return self._tables[name]

    def profile(self, career_id: str) -> Optional[Profile]:
        index = self.index()
        record = index.files.get(career_id)
        profile = decode_profile(self.store, index, record) if record else None
        if profile is None and record is not None and not record.problems:
            from ..profile.loader import read_profile  # the pack lost it: the file itself

            profile = read_profile(self.base / record.path)
        return profile

    def problems(self) -> list[Problem]:
        index = self.index()
        skipped = [Problem(self.root if s.relative == "." else self.base / s.relative, skip_message(s.reason))
                   for s in index.skipped]
        return problems_of(self.base, index) + skipped

    def broken(self) -> dict[str, FileRecord]:
        return {career_id: r for career_id, r in self.index().files.items() if r.problems}

    @property
    def version(self) -> str:
        return self.index().pack  # a new name whenever the folder's index is rebuilt


def overlay_records(index: IndexHead | LayerIndex, career_id: str) -> list[FileRecord]:
    """The records of the overlay files named after `career_id` (`<id>.pay.json`, in any subfolder)."""
    if not index.overlays:
        return []
    name = career_id + OVERLAY_SUFFIX
    return [r for path, r in index.overlays.items() if path == name or path.endswith("/" + name)]


def _memory_copy(index: LayerIndex, blobs: list[bytes], index_file: str) -> MemoryStore:
    """A read-only cache cannot keep the new index: this run keeps it in memory."""
    store = MemoryStore()
    store.write(index.pack, b"".join(blobs))
    store.write(index_file, msgspec.msgpack.encode(index))
    return store


# ---------------------------------------------------------------- the merged catalog

class Catalog:
    """The profiles of some data folders, merged by id (a later folder wins)."""

    def __init__(self, layers: list[Layer]) -> None:
        self.layers = layers
        self._entries: Optional[dict[str, Entry]] = None
        self._priced: Optional[dict[str, Entry]] = None
        self._owners: dict[str, Layer] = {}
        self._commonness: Optional[dict[str, Commonness]] = None

    @property
    def entries(self) -> dict[str, Entry]:
        if self._entries is None:
            merged: dict[str, Entry] = {}
            for layer in self.layers:
                for career_id in layer.broken():  # an unusable file hides what it would override
                    merged.pop(career_id, None)
                    self._owners[career_id] = layer
                for career_id, entry in layer.table("entries").items():
                    merged[career_id] = entry
                    self._owners[career_id] = layer
            from .twins import with_cross_catalog_twins

            self._entries = with_cross_catalog_twins(inherit_interests(merged), self._stored_twins())
        return self._entries

    def _stored_twins(self) -> Optional[list[tuple[str, str]]]:
        """The twins the index of a folder stored, when that folder alone holds the reference
        profiles (O*NET, ROME) and no other folder overrides or hides any of its careers: the
        pairs are then exactly what twins.py would find now, at no cost. Else None."""
        holders = [layer for layer in self.layers
                   if any(entry.origin in ("onet", "rome") for entry in layer.table("entries").values())]
        if len(holders) != 1:
            return None
        holder = holders[0]
        own = holder.table("entries")
        if any(owner is not holder for career_id, owner in self._owners.items() if career_id in own):
            return None
        stored = holder.table("twins") if "twins" in holder.index().tables else None
        if stored is None or not all(_origin(own, fiche) == "rome" and _origin(own, occupation) == "onet"
                                     for fiche, occupation in stored):
            return None  # a damaged table names careers that are not there: work them out
        return stored

    def commonness(self) -> dict[str, Commonness]:
        """How common each career is (U.S. jobs, counted or estimated: see commonness.py), for ranking."""
        if self._commonness is None:
            stored = self._stored_commonness()
            if stored is None:
                from .commonness import commonness_of

                stored = commonness_of(self.entries)
            self._commonness = stored
        return self._commonness

    def _stored_commonness(self) -> Optional[dict[str, Commonness]]:
        """What the index of the catalog's only folder stored when it was built (working it out
        takes a few milliseconds of every ranking and search): exactly what commonness.py would
        find now, since the catalog is then that folder's entries (merging adds inherited
        interests and twins, which it does not read). With several folders, None."""
        if len(self.layers) != 1 or "commonness" not in self.layers[0].index().tables:
            return None
        return self.layers[0].table("commonness")

    def priced_entries(self) -> dict[str, Entry]:
        """`entries` with their pay figures and employment projections filled in (`Entry.pay`,
        `Entry.outlook`): the profile's own, then those of the pay overlays of every folder,
        lowest priority first. Reads each folder's `pay` table: only for commands that use pay."""
        if self._priced is None:
            entries = self.entries
            facts: dict[str, Any] = {}
            overlays: dict[str, list[Wages]] = {}
            for layer in self.layers:
                facts.update({i: f for i, f in layer.table("pay").items() if self._owners.get(i) is layer})
                for career_id, wages in layer.overlays().items():
                    overlays.setdefault(career_id, []).extend(wages)
            priced = {}
            for career_id, entry in entries.items():
                own, added = facts.get(career_id), overlays.get(career_id)
                if own is None and not added:
                    priced[career_id] = entry
                    continue
                points = (*(own.pay if own else []), *(wages_points(added) if added else []))
                priced[career_id] = msgspec.structs.replace(entry, pay=points, outlook=tuple(own.outlook) if own else ())
            self._priced = priced
        return self._priced

    @property
    def profile_problems(self) -> list[Problem]:
        """The problems of profile files only (pay overlays are `pay_problems`)."""
        return [p for p in self.problems if not p.path.name.endswith(OVERLAY_SUFFIX)]

    @property
    def pay_problems(self) -> list[Problem]:
        """Pay overlays that cannot be used: files that do not validate, and files that name a
        career no folder has. Each one only loses its own figures."""
        return [problem for layer in self.layers for problem in layer.overlay_problems()] + self.orphan_overlays()

    def orphan_overlays(self) -> list[Problem]:
        """Good overlay files whose career no data folder has (their figures go nowhere)."""
        found = []
        for layer in self.layers:
            if not layer.holds_overlays or not layer.index().overlays:
                continue
            for career_id in sorted(set(layer.overlays()) - set(self.entries)):
                for record in overlay_records(layer.index(), career_id):
                    if not record.problems:
                        found.append(Problem(layer.base / record.path, _(
                            "names the career '{career}', which no data folder has; its figures are not used").format(
                            career=career_id), field="career"))
        return found

    def overlay_problems(self, career_id: str) -> list[Problem]:
        """The pay overlays named after `career_id` that cannot be used (what `show` warns about)."""
        return [problem for layer in self.layers for problem in layer.overlay_problems(career_id)]

    def with_overlays(self, career_id: str, profile: Profile) -> Profile:
        """The profile, its wages followed by those the pay overlays of every folder add."""
        added = [wages for layer in self.layers for wages in layer.overlays_for(career_id)]
        return msgspec.structs.replace(profile, wages=[*profile.wages, *added]) if added else profile

    @property
    def version(self) -> str:
        """Changes whenever any folder's index is rebuilt (used to key rendered pages)."""
        return "|".join(layer.version for layer in self.layers)

    @property
    def problems(self) -> list[Problem]:
        return [problem for layer in self.layers for problem in layer.problems()]

    def resolve(self, query: str) -> str:
        """The id for an id, a code (O*NET-SOC, SOC, ROME) or an exact title in any language
        or gender form. Ids, codes and main titles win over other titles; among equals, a
        later data folder wins. A file that cannot be used and would match is an error."""
        self.entries  # noqa: B018 - fills the owners that the search below checks
        key = fold(query)
        for table in ("names", "aliases"):
            for layer in reversed(self.layers):
                found = _search(layer.table(table), query, key, lambda i, owner=layer: self._owners.get(i) is owner)
                if found:
                    self._refuse_broken_above(query, key, layer)
                    return found
        self._refuse_broken_above(query, key, None)
        raise NotFoundError(_("no career matches '{query}' (try `careers list`)").format(query=query))

    def refuse_broken(self, query: str, career_id: Optional[str] = None) -> None:
        """Raise BrokenProfileError when a file that cannot be used matches `query` (by id or a
        title it gives) in the folder of `career_id` or a later one (any folder when None)."""
        self.entries  # noqa: B018 - fills the owners
        self._refuse_broken_above(query, fold(query), self._owners.get(career_id) if career_id else None)

    def matched_text(self, career_id: str, key: str) -> str:
        """The title of `career_id`, as written, whose folded form is `key` (for "why it matched")."""
        entry = self.entries.get(career_id)
        if entry is None:
            return key
        candidates = [*translations(entry.title), *translations(entry.title_feminine)]
        found = next((t for t in candidates if fold(t) == key), None) or as_written(key, candidates)
        return found if found is not None else self._other_title(entry, key)

    def _other_title(self, entry: Entry, key: str) -> str:
        profile = self.profile(entry)
        others = profile.other_titles
        written = [*(others.fr + others.en + others.nl if others else []),
                   *(t for job in profile.related_titles for t in (*translations(job.title), *translations(job.title_feminine)))]
        found = next((t for t in written if fold(t) == key), None)
        if found is None and profile.codes and profile.codes.rome:  # the ROME table only when needed (10 ms)
            from .reference import rome_titles

            found = next((t for code in profile.codes.rome for t in rome_titles(code) if fold(t) == key), None)
        return found if found is not None else key

    def _refuse_broken_above(self, query: str, key: str, found_in: Optional[Layer]) -> None:
        """A broken file in the folder of the match or a later one, matching the query: refuse."""
        start = self.layers.index(found_in) if found_in is not None else 0
        for layer in reversed(self.layers[start:]):
            for career_id, record in layer.broken().items():
                if query == career_id or key in record.keys:
                    raise BrokenProfileError(query, [Problem(layer.base / record.path, m, field=f, line=ln, column=c)
                                                     for m, f, ln, c in record.problems])

    def keys(self, table: str) -> dict[str, list[str]]:
        """The search keys (`names` or `aliases`) of every career, from the folder that owns it."""
        self.entries  # noqa: B018 - fills the owners
        merged: dict[str, list[str]] = {}
        for layer in self.layers:
            merged.update({i: keys for i, keys in layer.table(table).items() if self._owners.get(i) is layer})
        return merged

    def tags(self) -> dict[str, list[Tag]]:
        """The criteria tags of every career (tags.profile_tags), from the folder that owns it."""
        self.entries  # noqa: B018 - fills the owners
        merged: dict[str, list[Tag]] = {}
        for layer in self.layers:
            table = layer.table("tags")
            merged.update({i: table.of(i) or [] for i in table.careers if self._owners.get(i) is layer})
        return merged

    def search_tables(self) -> Iterator[tuple[Any, Any]]:
        """Each folder's search table, with a test of whether a career id is that folder's to show."""
        self.entries  # noqa: B018 - fills the owners
        for layer in self.layers:
            yield layer.table("search"), (lambda career_id, owner=layer: self._owners.get(career_id) is owner)

    def titles(self, ids: Iterable[str]) -> dict[str, Text]:
        """The titles of the careers `ids` names (those the catalog has), reading only their own
        records: showing one profile never needs the whole catalog."""
        named = {career_id: self._stored_name(career_id) for career_id in ids}
        return {career_id: both_forms(name.title, name.title_feminine) for career_id, name in named.items() if name}

    def _stored_name(self, career_id: str) -> Optional[ProfileName]:
        """The names and codes of `career_id` from the highest folder that has it (None: none has,
        or that folder's file is broken)."""
        for layer in reversed(self.layers):
            record = layer.record(career_id)
            if record is not None:
                return layer.stored_name(record) if not record.problems else None
        return None

    def linked_titles(self, links: Iterable["Link"]) -> dict[str, Text]:
        """The catalog's own titles of the O*NET occupations `links` name, by code, where it holds
        them (their French and Dutch names where the O*NET catalog gives some): a link keeps only
        the English title the crosswalk writes. An occupation's id is its title's slug, or the slug
        and its code where two share a title; the record must carry the code."""
        from ..text import slugify

        found: dict[str, Text] = {}
        for link in links:
            english = localize(link.title, "en") if link.scheme == "onet" and link.title else None
            if not english:
                continue
            slug = slugify(english)
            for career_id in (slug, f"{slug}-{slugify(link.code)}"):
                name = self._stored_name(career_id)
                if name is not None and name.codes and link.code in name.codes.onet_soc:
                    found[link.code] = name.title
                    break
        return found

    def find(self, query: str) -> Entry:
        return self.entries[self.resolve(query)]

    def profile(self, entry: Entry) -> Profile:
        """The whole profile of an entry."""
        self.entries  # noqa: B018 - fills the owners
        layer = self._owners[entry.id]
        profile = layer.profile(entry.id)
        assert profile is not None
        return self.with_overlays(entry.id, with_inherited_interests(profile, entry))

    def get(self, query: str) -> tuple[str, Profile]:
        """Resolve `query` and read its profile; an id is answered from the indexes alone."""
        quick = self._quick_profile(query)
        if quick is not None:
            return query, quick
        career_id = self.resolve(query)
        return career_id, self.profile(self.entries[career_id])

    def by_id(self, career_id: str) -> Optional[Profile]:
        """The profile whose id is `career_id` (from the highest folder that has it), else None."""
        profile = self._quick_profile(career_id)
        if profile is None and career_id in self.entries:  # one that inherits interests, say
            profile = self.profile(self.entries[career_id])
        return profile

    def _quick_profile(self, career_id: str) -> Optional[Profile]:
        """The profile of an id, from the first folder (highest priority first) that has it:
        an exact id wins over titles, and lower folders are not read at all."""
        for layer in reversed(self.layers):
            record = layer.record(career_id)
            if record is None:
                continue
            if record.problems:
                return None  # the full lookup names the broken file
            profile = layer.stored_profile(record)
            return self.with_overlays(career_id, profile) if profile is not None and _complete(profile) else None
        return None


def _origin(entries: dict[str, Entry], career_id: str) -> Optional[str]:
    entry = entries.get(career_id)
    return entry.origin if entry is not None else None


def _complete(profile: Profile) -> bool:
    """True unless the profile may inherit interest scores from another one."""
    return profile.riasec is not None or not profile.codes


def _search(table: Optional[dict[str, list[str]]], query: str, key: str, owned: Any) -> Optional[str]:
    if not table:
        return None
    if query in table and owned(query):
        return query
    for career_id in reversed(table):
        keys = table[career_id]
        if (query in keys or key in keys) and owned(career_id):
            return career_id
    return None


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
    r, i, a, s, e, c = entry.riasec
    source = _("Inherited from the O*NET 29.3 interest profile of {code}").format(code=entry.riasec_from)
    riasec = Riasec(R=r, I=i, A=a, S=s, E=e, C=c, code=entry.holland, source=source, based_on=[entry.riasec_from],
                    inherited=True)
    return msgspec.structs.replace(profile, riasec=riasec)


def open_catalog(folders: Iterable[Path], *, builtin: bool = True, cache: Optional[CacheStore] = None,
                 progress: Progress = NoProgress()) -> Catalog:
    """The catalog of the built-in profiles (unless `builtin` is False) and `folders`, lowest
    priority first. Without a cache store, indexes are built in memory for this run only."""
    from ..resources import builtin_careers, prebuilt_index

    layers: list[Layer] = []
    if builtin:
        shipped = prebuilt_index()
        prebuilt = Layer(builtin_careers(), ReadOnlyStore(shipped), trusted=True, overlays=False) if shipped else None
        if prebuilt is not None and prebuilt.head() is not None:  # its head only: what `show` reads of it
            layers.append(prebuilt)
        else:
            layers.append(Layer(builtin_careers(), cache or MemoryStore(), progress=progress, overlays=False))
    layers += [Layer(folder, cache or MemoryStore(), progress=progress) for folder in folders]
    return Catalog(layers)


def both_forms(title: Text, feminine: Optional[Text]) -> Text:
    """A title with its feminine form, language by language, where the profile gives one that differs
    ("Aide-soignant / Aide-soignante"), as lists of results name a career (text.entry_title)."""
    if feminine is None:
        return title
    if isinstance(title, str) or isinstance(feminine, str):  # a plain string's language is not known: left as it is
        return f"{title} / {feminine}" if isinstance(title, str) and isinstance(feminine, str) and \
            fold(feminine) != fold(title) else title
    forms = {}
    for lang in ("fr", "en", "nl"):
        masculine, other = getattr(title, lang), getattr(feminine, lang)
        forms[lang] = f"{masculine} / {other}" if masculine and other and fold(other) != fold(masculine) else masculine
    return Localized(**forms)
