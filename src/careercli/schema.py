"""The career profile: a typed schema, validated with msgspec.

Every text a person reads is `Text`: either a plain string or a map of language to
string (`fr`, `en`, `nl`). Only `title` is required, so a thin profile is valid.
Unknown keys are errors everywhere, so a typo cannot pass silently. Annotations are real
objects (no `from __future__ import annotations`): msgspec would otherwise have to evaluate
117 strings when it first decodes a profile (4 ms on every `careers show`).
"""


from typing import Annotated, Literal, Optional, Union

import msgspec

from .i18n import LANGUAGES  # noqa: F401 - the languages a Text may hold

SCHEMA_VERSION = 1
RIASEC_TYPES = ("R", "I", "A", "S", "E", "C")

Slug = Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
OnetScore = Annotated[float, msgspec.Meta(ge=1, le=7)]
Clock = Annotated[str, msgspec.Meta(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]


class Model(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True, kw_only=True):
    """Base for every part of a profile: strict keys, compact output."""


class Localized(Model, kw_only=True):
    """One text in several languages; at least one must be given."""

    fr: Optional[str] = None
    en: Optional[str] = None
    nl: Optional[str] = None

    def __post_init__(self) -> None:
        if not (self.fr or self.en or self.nl):
            raise ValueError("a text needs at least one language (fr, en or nl)")


Text = Union[str, Localized]


class Studies(Model, kw_only=True):
    summary: Optional[Text] = None
    length: Optional[Text] = None


class Range(Model, kw_only=True):
    min: Annotated[float, msgspec.Meta(ge=0)]
    max: Annotated[float, msgspec.Meta(ge=0)]


class Salary(Model, kw_only=True):
    currency: Optional[Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{3}$")]] = None
    period: Optional[Literal["hour", "month", "year"]] = None
    basis: Optional[Literal["gross", "net"]] = None
    overall: Optional[Range] = None
    junior: Optional[Range] = None
    senior: Optional[Range] = None
    allowances: Optional[Text] = None
    estimate: bool = False
    year: Optional[int] = None
    source: Optional[str] = None
    note: Optional[Text] = None


class Figure(Model, kw_only=True):
    """A key figure: a number or a range, or a qualitative text, with its provenance."""

    value: Optional[float] = None
    min: Optional[float] = None
    max: Optional[float] = None
    unit: Optional[Literal["years", "people", "percent", "euros"]] = None
    text: Optional[Text] = None
    note: Optional[Text] = None
    year: Optional[int] = None
    estimate: bool = False
    source: Optional[str] = None


class KeyFigures(Model, kw_only=True):
    training_length: Optional[Figure] = None
    professionals: Optional[Figure] = None
    growth: Optional[Figure] = None
    employment_rate: Optional[Figure] = None
    average_age: Optional[Figure] = None
    share_of_women: Optional[Figure] = None
    region: Optional[Text] = None


class TimeBlock(Model, kw_only=True):
    start: Clock
    end: Clock
    text: Text


class Fact(Model, kw_only=True):
    heading: Text
    text: Text


class Testimony(Model, kw_only=True):
    quote: Text
    name: Optional[str] = None
    role: Optional[Text] = None


class School(Model, kw_only=True):
    name: str
    city: Optional[str] = None


class Workplace(Model, kw_only=True):
    kind: Text
    examples: list[str] = []


class Question(Model, kw_only=True):
    question: Text
    answer: Text


class Technology(Model, kw_only=True):
    name: str
    category: Optional[Text] = None
    hot: bool = False
    in_demand: bool = False


class JobZone(Model, kw_only=True):
    zone: Annotated[int, msgspec.Meta(ge=1, le=5)]
    label: Optional[Text] = None
    education: Optional[Text] = None
    experience: Optional[Text] = None


class Riasec(Model, kw_only=True):
    """Interest profile on O*NET's occupational-interest scale (1 to 7)."""

    R: OnetScore
    I: OnetScore
    A: OnetScore
    S: OnetScore
    E: OnetScore
    C: OnetScore
    code: Optional[Annotated[str, msgspec.Meta(pattern=r"^[RIASEC]{1,3}$")]] = None
    source: Optional[Text] = None
    based_on: list[str] = []
    inherited: bool = False
    derived: bool = False  # computed from the scores of other occupations (`source` says how), not measured

    def scores(self) -> tuple[float, float, float, float, float, float]:
        return (self.R, self.I, self.A, self.S, self.E, self.C)


class OfficialRiasec(Model, kw_only=True):
    """The RIASEC letters a classification gives the job itself (e.g. France Travail for a ROME fiche)."""

    major: Literal["R", "I", "A", "S", "E", "C"]
    minor: Optional[Literal["R", "I", "A", "S", "E", "C"]] = None
    source: Optional[str] = None


class Competence(Model, kw_only=True):
    """A competence or knowledge item as the source words it, with the source's own flags."""

    text: Text
    core: bool = False  # at the core of the job (ROME: coeur de métier "Principale")
    emerging: bool = False  # a competence the job is gaining (ROME: "Émergente")


class CompetenceGroup(Model, kw_only=True):
    """Competences under one heading, as the source groups them (ROME: a macro-competence or a category)."""

    heading: Text
    core: bool = False  # the heading is itself linked to the job as a core competence
    items: list[Competence] = []


class Competences(Model, kw_only=True):
    """What the job asks for, in ROME's three kinds."""

    know_how: list[CompetenceGroup] = []  # savoir-faire, grouped by macro-competence
    soft_skills: list[Competence] = []  # savoir-être professionnels
    knowledge: list[CompetenceGroup] = []  # savoirs, grouped by category
    note: Optional[Text] = None  # how the lists were ordered or cut short


class ContextGroup(Model, kw_only=True):
    """Work contexts of one kind (hours, places, conditions and risks ...)."""

    heading: Text
    items: list[Text] = []


class Link(Model, kw_only=True):
    """This job in another classification, through an official crosswalk, with the type of match."""

    scheme: Literal["onet", "rome", "esco"]
    code: str  # O*NET-SOC code, ROME code or ESCO concept URI
    title: Optional[Text] = None
    match: Literal["exact", "close", "broad", "narrow"]  # broad: the linked job is broader than this one
    via: Optional[Literal["esco"]] = None  # two hops, through ESCO occupations; the weaker match of the two
    source: Optional[str] = None  # the crosswalk(s) the link comes from


class Codes(Model, kw_only=True):
    onet_soc: list[Annotated[str, msgspec.Meta(pattern=r"^\d{2}-\d{4}\.\d{2}$")]] = []
    soc: list[Annotated[str, msgspec.Meta(pattern=r"^\d{2}-\d{4}$")]] = []
    isco08: list[Annotated[str, msgspec.Meta(pattern=r"^\d{1,4}$")]] = []
    rome: list[Annotated[str, msgspec.Meta(pattern=r"^[A-N]\d{4}$")]] = []
    esco: list[str] = []


class OtherTitles(Model, kw_only=True):
    """Other names of the job, per language, used for search (e.g. O*NET, ESCO, ROME)."""

    fr: list[str] = []
    en: list[str] = []
    nl: list[str] = []


class Source(Model, kw_only=True):
    name: str
    url: Optional[str] = None
    publisher: Optional[str] = None
    version: Optional[str] = None
    licence: Optional[str] = None
    attribution: Optional[str] = None
    retrieved: Optional[str] = None
    note: Optional[Text] = None


class Profile(Model, kw_only=True):
    """A career profile. Field order is the reading order of `careers show`."""

    id: Optional[Slug] = None
    origin: Literal["curated", "onet", "rome"] = "curated"
    title: Text
    title_feminine: Optional[Text] = None
    tagline: Optional[Text] = None
    introduction: Optional[Text] = None
    studies: Optional[Studies] = None
    qualities: list[Text] = []
    competences: Optional[Competences] = None  # know-how, soft skills and knowledge, grouped (ROME)
    salary: Optional[Salary] = None
    conditions: Optional[Text] = None
    work_contexts: list[ContextGroup] = []  # working conditions by kind (ROME)
    key_figures: Optional[KeyFigures] = None
    missions: list[Text] = []
    tools: list[Text] = []
    technologies: list[Technology] = []
    typical_day: list[TimeBlock] = []
    facts: list[Fact] = []
    testimony: Optional[Testimony] = None
    training_path: list[Text] = []
    schools: list[School] = []
    workplaces: list[Workplace] = []
    pros: list[Text] = []
    cons: list[Text] = []
    tips: list[Text] = []
    self_assessment: list[Text] = []
    faq: list[Question] = []
    regions: list[Text] = []
    similar: list[Slug] = []
    criteria: list[Text] = []
    job_zone: Optional[JobZone] = None
    education: Optional[Text] = None
    riasec: Optional[Riasec] = None
    riasec_official: Optional[OfficialRiasec] = None  # the classification's own letters, beside the scores
    codes: Optional[Codes] = None
    other_titles: Optional[OtherTitles] = None
    links: list[Link] = []  # counterparts in other classifications (O*NET, ROME, ESCO), with match types
    sources: list[Source] = []
    licence: Optional[str] = None
