"""The results of the read commands, as plain data: commands return them, renderers print them.

The quiz, fit and class results live with their core (`quiz.results.QuizResult`,
`quiz.compatibility.Compatibility`, `quiz.classroom.ClassResult`); the others are here. Each
result says its own exit code (`exit_code`), so the command line has one way to end a run.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Optional

import msgspec

from .errors import ExitCode, Problem
from .facts.pay import OutlookPoint, PayDecision, Unit
from .i18n import _, current_language
from .profile.schema import Profile, Text
from .text import language_shown



class Result(msgspec.Struct, kw_only=True):
    """A result of the library (and of a command): typed fields, and `to_dict()` for scripts."""

    def to_dict(self) -> dict[str, Any]:
        """The result as plain data (dicts, lists, strings, numbers), ready for `json.dumps`."""
        data = msgspec.to_builtins(self, enc_hook=str)
        assert isinstance(data, dict)
        return data


class CareerCodes(msgspec.Struct, kw_only=True):
    """The codes of a career in a result, for scripts to join them to other data, and the language
    its title is shown in (an O*NET occupation with no French name shows its English title: marked)."""

    onet_soc: list[str] = []
    rome: list[str] = []
    isco08: list[str] = []  # ROME: Pôle emploi's ROME-ISCO-08 table; O*NET: SOC 2010-ISCO-08 (IBS, after BLS)
    title_language: str = ""  # fr, en, nl; "" for a title written in no particular language


_ONET_SOC = re.compile(r"^\d{2}-\d{4}\.\d{2}$")
_ROME = re.compile(r"^[A-Z]\d{4}$")


def codes_of(career: Any, language: str = "") -> dict[str, Any]:
    """CareerCodes' fields for a catalog entry (index.Entry) or a profile (schema.Profile): its
    O*NET-SOC, ROME and ISCO-08 codes, and the language its title is shown in for a reader of
    `language` (given one: a result records it)."""
    if isinstance(career, Profile):
        codes = career.codes
        found = {"onet_soc": list(codes.onet_soc), "rome": list(codes.rome), "isco08": list(codes.isco08)} if codes \
            else {"onet_soc": [], "rome": [], "isco08": []}
    else:
        found = {"onet_soc": [c for c in career.codes if _ONET_SOC.match(c)],
                 "rome": [c for c in career.codes if _ROME.match(c)], "isco08": list(career.isco08)}
    return {**found, "title_language": language_shown(career.title, language) or ""} if language else found


def title_mark(title_language: str) -> str:
    """' (English title)' after a title shown in another language than the reader's (an O*NET
    occupation that no crosswalk names in French as the same job), else ''."""
    lang = current_language()
    if not title_language or not lang or title_language == lang:
        return ""
    names = {"en": _("English title"), "fr": _("French title"), "nl": _("Dutch title")}
    return f" ({names[title_language]})" if title_language in names else ""


class ProfileView(Result, kw_only=True):
    """One profile to show, with what the renderers need from the rest of the catalog."""

    id: str
    profile: Profile
    lang: str
    sections: list[str] = []  # empty: every section
    similar_titles: dict[str, Text] = {}  # titles of the similar careers the catalog knows
    moves: list[Any] = []  # moves.results.MoveView: the first moves from this career (moves.found.profile_moves)
    pager: bool = True
    exit_code: ExitCode = ExitCode.OK


class CareerRow(CareerCodes, kw_only=True):
    id: str
    title: str
    code: Optional[str]
    job_zone: Optional[int]
    origin: str
    riasec: Optional[dict[str, float]]
    pay: Optional[PayDecision] = None  # its pay in the list's `pay_unit` (None: no figure in it)
    outlook: Optional[OutlookPoint] = None  # its main employment projection


class CareerList(Result, kw_only=True):
    rows: list[CareerRow]  # sorted by title in the reader's language, or by `sort`
    lang: str
    unreadable: int = 0  # profile files that could not be read (see careers validate)
    notes: list[str] = []  # about careers the filters left out, for stderr
    pager: bool = True  # a long list goes through the pager at a terminal
    sort: str = "title"  # pay, outlook or title (pay.SORTS)
    pay_unit: Optional[Unit] = None  # pay and outlook are shown when set (--sort pay|outlook, --pay-in)
    without_pay: int = 0  # careers without a pay figure in `pay_unit`, listed last when sorted by pay
    pay_problems: list[str] = []  # pay overlays that could not be used, each named
    exit_code: ExitCode = ExitCode.OK


class TagCountView(msgspec.Struct, kw_only=True):
    text: str  # in the display language
    texts: dict[str, str] = {}  # every language the tag is written in (empty: the same in all)
    count: int  # careers that have it
    number: Optional[int] = None  # an interest centre's number (centres.py), what `--like` takes


class CriteriaKind(msgspec.Struct, kw_only=True):
    """The tags of one kind, and how the catalog derives them."""

    kind: str
    label: str
    derivation: str
    tags: list[TagCountView]


class CriteriaList(Result, kw_only=True):
    """`careers criteria`: every tag of the careers in scope, with its count, by kind."""

    lang: str
    careers: int  # careers counted (the scope, twins left out)
    kinds: list[CriteriaKind]
    unreadable: int = 0
    pager: bool = True
    exit_code: ExitCode = ExitCode.OK


class ValidationReport(Result, kw_only=True):
    checked: int
    problems: list[Problem]

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.ERROR if self.problems else ExitCode.OK

    @property
    def bad_files(self) -> int:
        return len({p.path for p in self.problems})

    def to_dict(self) -> dict[str, Any]:
        """As `careers validate --format json` gives it: the counts, and each problem located."""
        return {"checked": self.checked, "files_with_problems": self.bad_files,
                "problems": [problem.to_dict() for problem in self.problems]}


class Comparison(Result, kw_only=True):
    careers: list[tuple[str, Profile]]
    lang: str
    sort: Optional[str] = None  # None: as given; else pay, outlook, title or match (pay.SORTS)
    pay_unit: Optional[Unit] = None  # what sorting by pay compares (pay.default_unit unless --pay-in)
    pay_problems: list[str] = []  # pay overlays of these careers that could not be used, each named
    competences: Optional[Any] = None  # compare.CompetenceComparison: in common and apart (moves tables)
    mobility: list[Any] = []  # compare.Mobility: the reference's own moves between the careers compared
    notes: list[str] = []  # what could not be compared, and why
    exit_code: ExitCode = ExitCode.OK


class About(Result, kw_only=True):
    version: str
    sources: list[dict[str, Any]]  # each field's parts joined (JSON)
    parts: list[dict[str, list[str]]] = []  # the same sources, each field as its parts (one per dataset use)
    careers: dict[str, Any]  # total, by_origin
    coverage: dict[str, list[dict[str, Any]]] = {}  # pay, outlook: what the figures cover (explore.about)
    pay_problems: list[str] = []  # pay overlays that could not be used, each named
    french_titles: dict[str, int] = {}  # imported occupations by what their French title rests on (explore.about)
    study_levels: dict[str, Any] = {}  # ROME fiches by EQF entry level read from their text, and how many unknown
    methods: list[str] = []  # how the ranking uses what the sources give (interest centres, study levels ...)
    exit_code: ExitCode = ExitCode.OK


class SchemaDocument(msgspec.Struct, kw_only=True):
    schema: dict[str, Any]
    exit_code: ExitCode = ExitCode.OK


class CacheReport(msgspec.Struct, kw_only=True):
    folder: Path
    removed: Optional[int] = None  # `cache clear`: files removed; None for `cache path`
    exit_code: ExitCode = ExitCode.OK


class ImportReport(msgspec.Struct, kw_only=True):
    """What an import wrote, for one line on stderr."""

    lines: list[str]
    exit_code: ExitCode = ExitCode.OK


class Found(CareerCodes, kw_only=True):
    """One search result: the career, and why it matched."""

    rank: int
    id: str
    title: str
    score: int
    field: str  # id, code, title, other title, text
    matched: str  # what matched, as written
    language: str = ""  # the language of what matched (fr, en, nl; "" for ids, codes and texts)
    typo: bool = False
    code: Optional[str] = None
    job_zone: Optional[int] = None
    origin: str = ""
    because: str = ""  # why it ranks where it does: match, general title, vocabulary, how common


class SearchResult(Result, kw_only=True):
    query: str
    lang: str
    results: list[Found]
    suggestions: list[Found] = []  # when nothing matched: titles that look like the query


class SimilarCareer(CareerCodes, kw_only=True):
    """One career similar to another, and why (careercli.explore.similar says how each kind is found)."""

    rank: int
    id: str
    title: str
    source: str  # curated, onet_related, rome_mobility, code, crosswalk, interests, official_letters
    reason: str  # the same, for people, in the display language
    origin: str = ""
    code: Optional[str] = None  # its Holland code (official letters when it has no scores)
    job_zone: Optional[int] = None
    r: Optional[float] = None  # correlation of the two interest profiles, when both have scores
    agreement: Optional[float] = None  # of the official letters (official_letters), 0-6
    instead_of: Optional[str] = None  # the id of the listed career (outside the catalog in scope) it is the twin of


class SimilarResult(Result, CareerCodes, kw_only=True):
    """`careers similar`: the career the query named, and the careers similar to it."""

    query: str
    id: str
    title: str
    lang: str
    code: Optional[str] = None
    job_zone: Optional[int] = None
    results: list[SimilarCareer] = []
    notes: list[str] = []


class SavedResults(Result, kw_only=True):
    """`careers results`: the kept quizzes and compatibility tests, oldest first."""

    entries: list[Any]  # quiz.saved.SavedEntry
    unreadable: list[str] = []  # messages about files that could not be read
    exit_code: ExitCode = ExitCode.OK
