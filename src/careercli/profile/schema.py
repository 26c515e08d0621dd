"""The career profile: a typed schema, validated with msgspec.

Every text a person reads is `Text`: either a plain string or a map of language to
string (`fr`, `en`, `nl`). Only `title` is required, so a thin profile is valid.
Unknown keys are errors everywhere, so a typo cannot pass silently. Annotations are real
objects (no `from __future__ import annotations`): msgspec would otherwise have to evaluate
117 strings when it first decodes a profile (4 ms on every `careers show`).
"""


import math
from typing import Annotated, Literal, Optional, Union

import msgspec

from ..i18n import LANGUAGES, _  # noqa: F401 - the languages a Text may hold

SCHEMA_VERSION = 1
RIASEC_TYPES = ("R", "I", "A", "S", "E", "C")

Slug = Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
OnetScore = Annotated[float, msgspec.Meta(ge=1, le=7)]
Currency = Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{3}$")]  # ISO 4217 code, e.g. EUR, USD
Period = Literal["hour", "month", "year"]
PayStatistic = Literal["mean", "p10", "p25", "median", "p75", "p90"]
OutlookFigure = Literal["employment", "projected", "change", "change_percent", "openings", "median_wage",
                        "education", "experience", "training"]
Clock = Annotated[str, msgspec.Meta(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]
Year = Annotated[int, msgspec.Meta(ge=1000, le=9999)]
MAX_FIGURE = 1e10  # no count or amount is larger (a yearly pay in rupiah is about 1e8): a typing mistake
Count = Annotated[float, msgspec.Meta(ge=0, le=MAX_FIGURE)]  # how many people or jobs: never negative


def check_bounds(minimum: Optional[float], maximum: Optional[float], *values: Optional[float]) -> None:
    """Figures are finite (no .nan or .inf) and a range is not upside down (min > max)."""
    if not all(math.isfinite(v) for v in (minimum, maximum, *values) if v is not None):
        raise ValueError(_("not a finite number (.nan and .inf are not figures)"))
    if minimum is not None and maximum is not None and minimum > maximum:
        raise ValueError(_("min ({min:g}) is greater than max ({max:g})").format(min=minimum, max=maximum))


class Model(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True, kw_only=True):
    """Base for every part of a profile: strict keys, compact output."""


class Localized(Model, kw_only=True):
    """One text in several languages; at least one must be given."""

    fr: Optional[str] = None
    en: Optional[str] = None
    nl: Optional[str] = None

    def __post_init__(self) -> None:
        if not (self.fr or self.en or self.nl):
            raise ValueError(_("a text needs at least one language (fr, en or nl)"))


Text = Union[str, Localized]


class Studies(Model, kw_only=True):
    summary: Optional[Text] = None
    length: Optional[Text] = None


class Range(Model, kw_only=True):
    min: Annotated[float, msgspec.Meta(ge=0, le=MAX_FIGURE)]
    max: Annotated[float, msgspec.Meta(ge=0, le=MAX_FIGURE)]

    def __post_init__(self) -> None:
        check_bounds(self.min, self.max)


class Salary(Model, kw_only=True):
    currency: Optional[Currency] = None
    period: Optional[Period] = None
    basis: Optional[Literal["gross", "net"]] = None
    overall: Optional[Range] = None
    junior: Optional[Range] = None
    senior: Optional[Range] = None
    allowances: Optional[Text] = None
    estimate: bool = False
    year: Optional[Year] = None
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
    year: Optional[Year] = None
    estimate: bool = False
    source: Optional[str] = None

    def __post_init__(self) -> None:
        check_bounds(self.min, self.max, self.value)
        if self.unit in ("years", "people", "euros") and any(v < 0 for v in (self.value, self.min, self.max)
                                                             if v is not None):
            raise ValueError(_("cannot be negative (unit: {unit})").format(unit=self.unit))


def _described(description: str) -> object:
    return Annotated[Optional[Figure], msgspec.Meta(description=description)]


TrainingLength = _described("How long the usual training takes (unit: years).")
Professionals = _described("How many people work in the job, in the region the figures cover (unit: people).")
Growth = _described("How the number of jobs changes each year (unit: percent, or a text such as 'growing').")
InsertionRate = _described("Job placement (insertion) rate: the share of people trained for the job who find work "
                           "in it (unit: percent).")
EmploymentRate = _described("Employment rate: the share of a population that is in work, e.g. of the job's "
                            "graduates or of its age group (unit: percent).")
AverageAge = _described("The average age of the people in the job (unit: years).")
ShareOfWomen = _described("The share of women among the people in the job (unit: percent).")


class KeyFigures(Model, kw_only=True):
    """The career in figures. Choose the kind that says what the source measured: an insertion
    rate is not an employment rate."""

    training_length: TrainingLength = None  # type: ignore[valid-type]
    professionals: Professionals = None  # type: ignore[valid-type]
    growth: Growth = None  # type: ignore[valid-type]
    insertion_rate: InsertionRate = None  # type: ignore[valid-type]
    employment_rate: EmploymentRate = None  # type: ignore[valid-type]
    average_age: AverageAge = None  # type: ignore[valid-type]
    share_of_women: ShareOfWomen = None  # type: ignore[valid-type]
    region: Optional[Text] = None

    def __post_init__(self) -> None:
        for name, (unit, low, high) in SANE_FIGURES.items():
            figure = getattr(self, name)
            if figure is not None and figure.unit == unit:
                check_range(name, figure, unit, low, high)


# Where a figure of each kind can lie, in its usual unit: a share is a percentage of a whole, a
# change at most loses everything, people work from 14 to 100, a training lasts at most 20 years.
SANE_FIGURES = {
    "insertion_rate": ("percent", 0, 100), "employment_rate": ("percent", 0, 100),
    "share_of_women": ("percent", 0, 100), "growth": ("percent", -100, 1000),
    "average_age": ("years", 14, 100), "training_length": ("years", 0, 20),
    "professionals": ("people", 0, MAX_FIGURE),
}


def check_range(name: str, figure: Figure, unit: str, low: float, high: float) -> None:
    for value in (figure.value, figure.min, figure.max):
        if value is not None and not low <= value <= high:
            raise ValueError(_("{name}: {value:g} is outside {low:g}-{high:g} ({unit})").format(
                name=name, value=value, low=low, high=high, unit=unit))


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
    source: Optional[Text] = None  # where a derived zone comes from, and how
    based_on: list[str] = []  # the occupations a derived zone comes from
    derived: bool = False  # computed from the zones of other occupations (`source` says how), not given


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
    emerging: bool = False  # the heading is itself linked to the job as an emerging competence
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


TagKind = Literal["criterion", "interest", "sector", "subsector", "theme", "work_value", "work_style", "job_zone"]


class Tag(Model, kw_only=True):
    """A criterion to browse careers by, with its kind: what it says about the job and where it comes
    from (`careers criteria` says how each kind is derived)."""

    kind: TagKind
    text: Text
    main: bool = False  # the source marks it as the principal one of its kind (ROME: `principal`)
    derived: bool = False  # not given for this career by its source: inferred (O*NET centres via the crosswalks)


class Link(Model, kw_only=True):
    """This job in another classification, through an official crosswalk, with the type of match."""

    scheme: Literal["onet", "rome", "esco"]
    code: str  # O*NET-SOC code, ROME code or ESCO concept URI
    title: Optional[Text] = None
    match: Literal["exact", "close", "broad", "narrow"]  # broad: the linked job is broader than this one
    via: Optional[Literal["esco"]] = None  # two hops, through ESCO occupations; the weaker match of the two
    source: Optional[str] = None  # the crosswalk(s) the link comes from


class RelatedTitle(Model, kw_only=True):
    """A job that a crosswalk links to this one without calling it the same job (close, broad or
    narrow match): never the profile's title; shown as a related job, searched with less weight."""

    code: str  # the related job's code in its classification (an ESCO concept URI)
    match: Literal["close", "broad", "narrow"]  # what the related job is relative to this one
    title: Text
    title_feminine: Optional[Text] = None


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


Money = Annotated[float, msgspec.Meta(ge=0, le=MAX_FIGURE)]


class PayFigures(Model, kw_only=True):
    """Pay for one period, as published: a figure the source withholds (BLS `*`) is absent and named
    in `suppressed`; a top-coded one (BLS `#`) is the top code, named in `top_coded` ("at least")."""

    period: Period  # what one amount pays for: an hour, a month or a year of work
    mean: Optional[Money] = None  # arithmetic mean
    p10: Optional[Money] = None  # 10th percentile: one in ten earns less
    p25: Optional[Money] = None  # 25th percentile
    median: Optional[Money] = None  # 50th percentile
    p75: Optional[Money] = None  # 75th percentile
    p90: Optional[Money] = None  # 90th percentile: one in ten earns more
    suppressed: list[PayStatistic] = []  # published as "not available"
    top_coded: list[PayStatistic] = []  # published as "at or above" their value

    def __post_init__(self) -> None:
        for name in self.suppressed:
            if getattr(self, name) is not None:
                raise ValueError(f"{name} is both given and suppressed")
        for name in self.top_coded:
            if getattr(self, name) is None:
                raise ValueError(f"{name} is top-coded but has no value")
        disorder = percentiles_out_of_order({name: getattr(self, name) for name in PERCENTILES})
        if disorder:
            raise ValueError(disorder)


PERCENTILES = ("p10", "p25", "median", "p75", "p90")


def percentiles_out_of_order(values: dict[str, Optional[float]]) -> Optional[str]:
    """What is wrong when the given percentiles are not in order (p10 <= p25 <= median ...)."""
    given = [(name, value) for name in PERCENTILES if (value := values.get(name)) is not None]
    for (low, low_value), (high, high_value) in zip(given, given[1:]):
        if low_value > high_value:
            return _("{low} ({low_value:g}) is greater than {high} ({high_value:g})").format(
                low=low, low_value=low_value, high=high, high_value=high_value)
    return None


class SourceRow(Model, kw_only=True):
    """The row of a source table that figures come from, so that each one can be traced."""

    system: Literal["SOC 2018", "ISCO-08", "ROME"]  # the classification the table is keyed by
    code: str  # the row's code, e.g. 15-1252
    title: Optional[str] = None  # the row's own title in the source
    # combined: a code the source made for several occupations, this one among them; broad: a wider group
    level: Literal["detailed", "combined", "broad"] = "detailed"
    shared_by: list[str] = []  # every occupation of the catalog whose figures come from this row, when several


class Wages(Model, kw_only=True):
    """Pay statistics of the occupation in one geography, currency and year, from one source."""

    source: Source  # who publishes the figures (name, publisher, URL)
    geography: Text  # where the figures apply, e.g. United States
    year: Year  # the year of reference
    reference: Optional[str] = None  # the exact reference period when narrower, e.g. "May 2024"
    currency: Currency  # every amount is in this currency; never converted
    basis: Optional[Literal["gross", "net"]] = None  # before or after deductions
    row: Optional[SourceRow] = None  # the row of the source table these figures come from
    employment: Optional[Annotated[int, msgspec.Meta(ge=0)]] = None  # jobs counted by the source
    pay: list[PayFigures] = []  # one entry per period (e.g. year and hour)
    note: Optional[Text] = None  # anything a reader must know to use the figures


class Outlook(Model, kw_only=True):
    """Employment projections for the occupation in one geography (e.g. BLS Employment Projections)."""

    source: Source  # who publishes the projections (name, publisher, URL)
    geography: Text  # where they apply, e.g. United States
    base_year: Year  # the first year of the projection (measured)
    target_year: Year  # the year projected to
    row: Optional[SourceRow] = None  # the row of the source table these figures come from
    employment_thousands: Optional[Count] = None  # jobs in base_year, in thousands
    projected_thousands: Optional[Count] = None  # jobs projected for target_year, in thousands
    change_thousands: Optional[float] = None  # projected minus base employment, in thousands
    change_percent: Optional[Annotated[float, msgspec.Meta(ge=-100, le=1000)]] = None  # the same change as a percentage of base employment
    openings_thousands: Optional[Count] = None  # job openings a year (average over the period), thousands
    median_wage: Optional[Money] = None  # median annual wage in base_year, in `currency`
    median_wage_top_coded: bool = False  # the source only says "at or above" median_wage
    currency: Optional[Currency] = None  # the currency of median_wage
    education: Optional[Text] = None  # typical education needed for entry (the source's category)
    experience: Optional[Text] = None  # work experience needed in a related occupation
    training: Optional[Text] = None  # typical on-the-job training to become competent
    suppressed: list[OutlookFigure] = []  # published as "not available" by the source


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
    wages: list[Wages] = []  # pay statistics by geography (e.g. BLS OEWS for the United States)
    outlook: list[Outlook] = []  # employment projections by geography (e.g. BLS, 2024-34)
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
    criteria: list[Text] = []  # the author's own criteria (the seed's "Critères du métier")
    tags: list[Tag] = []  # criteria by kind, derived from a reference's own data (interests, sectors, values ...)
    job_zone: Optional[JobZone] = None
    education: Optional[Text] = None
    riasec: Optional[Riasec] = None
    riasec_official: Optional[OfficialRiasec] = None  # the classification's own letters, beside the scores
    codes: Optional[Codes] = None
    other_titles: Optional[OtherTitles] = None
    related_titles: list[RelatedTitle] = []  # related, not the same, jobs in other languages (O*NET <-> ESCO)
    links: list[Link] = []  # counterparts in other classifications (O*NET, ROME, ESCO), with match types
    sources: list[Source] = []
    licence: Optional[str] = None


class PayOverlay(Model, kw_only=True):
    """Pay figures for one career from a local table (`careers import pay`): `<career>.pay.json`,
    merged into that career's profile by appending `wages` to the profile's own."""

    format: Literal[1]  # the version of this file format
    career: Slug  # the id of the career the figures belong to
    wages: list[Wages]  # one block per matching row of the table
