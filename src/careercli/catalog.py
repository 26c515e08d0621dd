"""The catalog: every profile found in the data folders, indexed for lookup by id, title or code."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

import msgspec

from .errors import NotFoundError, Problem, ProfileError
from .i18n import _
from .schema import Profile, Text
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
    keys: list[str] = []
    codes: list[str] = []
    riasec: Optional[tuple[float, float, float, float, float, float]] = None
    holland: Optional[str] = None
    job_zone: Optional[int] = None
    salary: Optional[tuple[float, float]] = None  # monthly gross range, when known


def data_dirs(extra: Iterable[Path] = ()) -> list[Path]:
    """Folders to read, lowest priority first: built-in data, CAREERS_PATH, then --data-dir."""
    from_env = [Path(p) for p in os.environ.get("CAREERS_PATH", "").split(os.pathsep) if p]
    return [BUILTIN_DATA, *from_env, *extra]


def find_profile_files(dirs: Iterable[Path]) -> dict[str, Path]:
    """Map id -> file; a later folder overrides an earlier one with the same id."""
    files: dict[str, Path] = {}
    for folder in dirs:
        for path in _walk(folder):
            files[path.stem] = path
    return files


def _walk(folder: Path) -> list[Path]:
    if folder.is_file():
        return [folder]
    found = []
    for root, subdirs, names in os.walk(folder):
        subdirs.sort()
        found += [Path(root, n) for n in sorted(names) if n.endswith(PROFILE_SUFFIXES)]
    return found


def entry_for(profile: Profile, path: Path) -> Entry:
    """Index one validated profile."""
    titles = [*translations(profile.title), *translations(profile.title_feminine)]
    if profile.other_titles:
        titles += [*profile.other_titles.fr, *profile.other_titles.en, *profile.other_titles.nl]
    codes = profile.codes
    riasec = profile.riasec
    return Entry(
        id=path.stem,
        path=str(path),
        origin=profile.origin,
        title=profile.title,
        title_feminine=profile.title_feminine,
        keys=sorted({fold(t) for t in titles}),
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


@dataclass
class Catalog:
    entries: dict[str, Entry]
    problems: list[Problem] = field(default_factory=list)

    def find(self, query: str) -> Entry:
        """An id, a code (O*NET-SOC, SOC, ROME) or an exact title in any language or gender form."""
        if query in self.entries:
            return self.entries[query]
        key = fold(query)
        for entry in self.entries.values():
            if query in entry.codes or key in entry.keys or key == entry.id:
                return entry
        raise NotFoundError(_("no career matches '{query}' (try `careers list`)").format(query=query))

    def profile(self, entry: Entry) -> Profile:
        from .loader import read_profile

        return read_profile(Path(entry.path))


def load_catalog(dirs: Iterable[Path], use_cache: bool = True) -> Catalog:
    """Read and index every profile; a bad file is reported, never hides the good ones."""
    from .loader import read_profile

    entries: dict[str, Entry] = {}
    problems: list[Problem] = []
    for career_id, path in find_profile_files(dirs).items():
        try:
            entries[career_id] = entry_for(read_profile(path), path)
        except ProfileError as error:
            problems += error.problems
    return Catalog(entries, problems)
