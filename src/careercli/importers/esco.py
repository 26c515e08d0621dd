"""ESCO occupations (European Commission, CC BY 4.0): titles in English, French and Dutch.

ESCO and O*NET are linked only through ISCO-08 unit groups. The titles attached to an O*NET
occupation are those of the ESCO occupations in its groups whose English labels share a
significant word with the O*NET title or one of its reported job titles (`Esco.related`):
good search keys, but approximate. The three language files are joined on the concept URI; an
occupation belongs to a group when any of them puts it there (the Dutch file is a later ESCO
version, which moved a few).

French and Dutch *titles* are not chosen here: only an exact match of the official ESCO-O*NET
crosswalk gives one (importers/onet_official.py). "Significant words" (for `related` and for
ranking several crosswalk matches by closeness): folded (case and accents ignored), plural
endings removed, small words (and, of, the ...) and anything after "Except" dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from ..i18n import _
from ..phrases import ESCO_VERSIONS
from .remembered import fold, gender_forms
from .tsv import read_csv

LANGUAGES = ("en", "fr", "nl")
VERSIONS = ESCO_VERSIONS  # per shared/data/SOURCES.md
REQUIRED_COLUMNS = ("conceptUri", "iscoGroup", "preferredLabel", "altLabels")

_SMALL_WORDS = frozenset({"a", "all", "an", "and", "at", "by", "for", "in", "of", "on", "or", "other", "the", "to", "with"})
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_EXCEPT = re.compile(r"\bexcept\b.*$")


@dataclass(frozen=True)
class EscoOccupation:
    uri: str
    preferred: str
    alternatives: tuple[str, ...]

    def labels(self) -> tuple[str, ...]:
        return (self.preferred, *self.alternatives)


@dataclass(frozen=True)
class TitleMatch:
    """The ESCO occupation chosen to give an O*NET occupation its French and Dutch titles."""

    uri: str
    english: str  # its English preferred label
    test: str  # the crosswalk match that chose it ("exact")
    fr: tuple[str, ...] = ()  # masculine[, feminine]
    nl: Optional[str] = None

    def method(self) -> str:
        """How it was chosen, for the profile's source note."""
        return f"{self.test} match in the ESCO-O*NET crosswalk"


@dataclass(frozen=True)
class EscoDescription:
    label: str  # preferred label as written (gender pair with a slash)
    description: str


@dataclass
class EscoDescriptions:
    """French preferred labels and descriptions of a later ESCO export (v1.1.2), by concept URI."""

    version: str  # from the folder name ("v1.1.2"), or "" when it does not say
    occupations: dict[str, EscoDescription] = field(default_factory=dict)


@dataclass
class Esco:
    occupations: dict[str, dict[str, EscoOccupation]] = field(default_factory=dict)  # lang -> uri -> occupation
    groups: dict[str, list[str]] = field(default_factory=dict)  # ISCO group -> sorted uris (any language file)

    def uris(self, isco_groups: Iterable[str]) -> list[str]:
        """The ESCO occupations of these ISCO-08 unit groups, sorted by concept URI."""
        return sorted({uri for group in isco_groups for uri in self.groups.get(group, [])})

    def related(self, isco_groups: Iterable[str], titles: Iterable[str]) -> list[str]:
        """The occupations of these groups with an English label sharing a significant word with
        one of `titles` (a group also holds unrelated jobs: 'accountant' and 'tax inspector')."""
        words = {w for title in titles for w in significant_words(_EXCEPT.sub("", fold(title)))}
        english = self.occupations.get("en", {})
        return [uri for uri in self.uris(isco_groups)
                if uri in english and any(words.intersection(significant_words(fold(label))) for label in english[uri].labels())]

    def titles(self, language: str, uris: Iterable[str], preferred_only: bool = False) -> list[str]:
        """The labels of these occupations in `language` (joined on the URI), gender pairs split."""
        by_uri = self.occupations.get(language, {})
        return [form for uri in uris if uri in by_uri
                for label in (by_uri[uri].labels()[:1] if preferred_only else by_uri[uri].labels())
                for form in gender_forms(label)]


def closeness_to(title: str, label: str) -> tuple[int, int, int]:
    """How close an English label is to an O*NET title, as `best_match` ranks it: smaller is closer."""
    return _closeness(label, significant_words(_EXCEPT.sub("", fold(title))))


def _closeness(label: str, title_words: list[str]) -> tuple[int, int, int]:
    """(-shared words, extra words, position of the first shared word): smaller is closer."""
    words = significant_words(fold(label))
    shared = [w for w in words if w in title_words]
    extra = len([w for w in words if w not in title_words])
    first = min((title_words.index(w) for w in shared), default=len(title_words))
    return -len(set(shared)), extra, first


def significant_words(folded: str) -> list[str]:
    """'accountants and auditors' -> ['accountant', 'auditor'] (input already folded)."""
    return [_singular(w) for w in _NOT_ALNUM.split(folded) if w and w not in _SMALL_WORDS]


def _singular(word: str) -> str:
    """A rough English stem, enough to match 'midwives' with 'midwife' or 'analysts' with 'analyst'."""
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("ves"):
        word = word[:-3] + "f"
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:-1] if word.endswith("e") else word


def read_esco_descriptions(folder: Path) -> EscoDescriptions:
    """occupations_fr.csv of an ESCO export with descriptions; paragraphs kept, spaces collapsed."""
    version = folder.name if re.fullmatch(r"v\d+(\.\d+)*", folder.name) else ""
    found = EscoDescriptions(version)
    for row in read_csv(folder / "occupations_fr.csv", ("conceptUri", "preferredLabel", "description")):
        lines = [" ".join(line.split()) for line in row["description"].splitlines()]
        found.occupations[row["conceptUri"]] = EscoDescription(" ".join(row["preferredLabel"].split()),
                                                               "\n".join(line for line in lines if line))
    return found


def read_esco(folder: Path) -> Esco:
    """Read occupations_en.csv, occupations_fr.csv and occupations_nl.csv (standard ESCO exports)."""
    esco = Esco()
    groups: dict[str, set[str]] = {}
    for lang in LANGUAGES:
        occupations: dict[str, EscoOccupation] = {}
        for row in read_csv(folder / f"occupations_{lang}.csv", REQUIRED_COLUMNS):
            group = row["iscoGroup"].strip()
            if not re.fullmatch(r"\d{4}", group):
                raise row.error(_("column 'iscoGroup': not an ISCO-08 unit group: {group!r}").format(group=group))
            alternatives = tuple(a.strip() for a in row["altLabels"].splitlines() if a.strip())
            occupations[row["conceptUri"]] = EscoOccupation(row["conceptUri"], row["preferredLabel"].strip(), alternatives)
            groups.setdefault(group, set()).add(row["conceptUri"])
        esco.occupations[lang] = occupations
    esco.groups = {group: sorted(uris) for group, uris in sorted(groups.items())}
    return esco
