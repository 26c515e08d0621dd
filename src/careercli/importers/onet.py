"""Read the O*NET database (text edition layout) into one record per occupation.

Only the files and columns the profiles use are read; each reader checks its rows and stops
at the first bad one with file:line (see tsv.read_tsv).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..i18n import _
from .tsv import ImportDataError, Row, read_source_text, read_tsv

CODE = "O*NET-SOC Code"
ONET_CODE = re.compile(r"^\d{2}-\d{4}\.\d{2}$")
RIASEC_ELEMENTS = {"1.B.1.a": "R", "1.B.1.b": "I", "1.B.1.c": "A", "1.B.1.d": "S", "1.B.1.e": "E", "1.B.1.f": "C"}
HIGH_POINT_ELEMENTS = {"1.B.1.g": 0, "1.B.1.h": 1, "1.B.1.i": 2}  # first, second, third high-point
HIGH_POINT_LETTERS = "RIASEC"  # IH values 1..6; 0 = no further high-point
WORK_VALUE_HIGH_POINTS = {"1.B.2.g": 0, "1.B.2.h": 1, "1.B.2.i": 2}  # first, second, third (VH scale)
TASK_TYPE_ORDER = {"Core": 0, "Supplemental": 1, None: 2}  # None: the data says n/a
RELATED_TIER_ORDER = {"Primary-Short": 0, "Primary-Long": 1}  # Supplemental ones are not used
YES_NO = {"Y": True, "N": False}


@dataclass(frozen=True)
class Release:
    """What onet/VERSION says: the release name and the attribution O*NET requires."""

    name: str  # "O*NET 29.3 Database"
    version: str  # "29.3"
    title: str  # first line of VERSION
    attribution: str
    provenance: str = ""  # first sentence of the "Provenance:" line, if any


@dataclass(frozen=True)
class JobZone:
    zone: int
    label: str
    education: str
    experience: str


@dataclass
class Occupation:
    code: str
    title: str
    description: str
    scores: dict[str, float] = field(default_factory=dict)  # R..C -> OI score
    high_points: dict[int, int] = field(default_factory=dict)  # rank 0..2 -> IH value 0..6
    job_zone: Optional[int] = None
    tasks: list[tuple[int, int, str]] = field(default_factory=list)  # (type order, task id, text)
    technologies: list[tuple[str, str, bool, bool]] = field(default_factory=list)  # name, category, hot, in demand
    alternate_titles: set[str] = field(default_factory=set)
    reported_titles: set[str] = field(default_factory=set)
    shown_titles: set[str] = field(default_factory=set)  # reported titles shown in My Next Move
    education: list[tuple[int, float]] = field(default_factory=list)  # RL (category, percent)
    related: list[tuple[int, int, str]] = field(default_factory=list)  # (tier order, index, code)
    work_values: dict[int, int] = field(default_factory=dict)  # high-point rank 0..2 -> VH value 0..6
    value_extents: dict[str, float] = field(default_factory=dict)  # work value key -> extent (EX, 1-7)
    work_styles: dict[str, float] = field(default_factory=dict)  # element id -> importance (IM, 1-5)

    def holland_code(self) -> Optional[str]:
        """First, second, third high-point letters, stopping at the first 0 (none)."""
        letters = []
        for rank in sorted(self.high_points):
            value = self.high_points[rank]
            if value == 0:
                break
            letters.append(HIGH_POINT_LETTERS[value - 1])
        return "".join(letters) or None


@dataclass
class OnetData:
    release: Release
    occupations: dict[str, Occupation]  # only those with interest data, by code
    job_zones: dict[int, JobZone]
    education_levels: dict[int, str]  # RL category -> label


def read_onet(folder: Path) -> OnetData:
    """Every table the profiles need; occupations without interest data are left out."""
    all_occupations = _read_occupations(folder / "Occupation Data.txt")
    _read_interests(folder / "Interests.txt", all_occupations)
    occupations = {code: o for code, o in all_occupations.items() if o.scores}
    _read_job_zones(folder / "Job Zones.txt", occupations)
    _read_tasks(folder / "Task Statements.txt", occupations)
    _read_technologies(folder / "Technology Skills.txt", occupations)
    _read_alternate_titles(folder / "Alternate Titles.txt", occupations)
    _read_reported_titles(folder / "Sample of Reported Titles.txt", occupations)
    _read_education(folder / "Education, Training, and Experience.txt", occupations)
    _read_related(folder / "Related Occupations.txt", occupations)
    _read_work_values(folder / "Work Values.txt", occupations)
    _read_work_styles(folder / "Work Styles.txt", occupations)
    return OnetData(
        release=read_release(folder / "VERSION"),
        occupations=occupations,
        job_zones=_read_job_zone_reference(folder / "Job Zone Reference.txt"),
        education_levels=_read_education_levels(folder / "Education, Training, and Experience Categories.txt"),
    )


def read_onet_interests(folder: Path) -> tuple[Release, dict[str, Occupation]]:
    """Only titles, interest scores, job zones and work values (what the values derived from O*NET
    need): the occupations that have scores or a zone."""
    occupations = _read_occupations(folder / "Occupation Data.txt")
    _read_interests(folder / "Interests.txt", occupations)
    _read_job_zones(folder / "Job Zones.txt", occupations)
    _read_work_values(folder / "Work Values.txt", occupations)
    return read_release(folder / "VERSION"), {code: o for code, o in occupations.items()
                                               if o.scores or o.job_zone is not None}


def read_release(path: Path) -> Release:
    lines = read_source_text(path).splitlines()
    found = re.match(r"(O\*NET ([\d.]+) Database)", lines[0]) if lines else None
    attribution = next((line.removeprefix("Attribution:").strip() for line in lines if line.startswith("Attribution:")), "")
    if not found or not attribution:
        raise ImportDataError(path, _("expected 'O*NET <version> Database ...' on line 1 and an 'Attribution:' line"))
    provenance = next((line.removeprefix("Provenance:").strip() for line in lines if line.startswith("Provenance:")), "")
    provenance = provenance.split(". ")[0].rstrip(".")
    return Release(name=found.group(1), version=found.group(2), title=lines[0].strip(), attribution=attribution,
                   provenance=f"{provenance[:1].upper()}{provenance[1:]}." if provenance else "")


def _code(row: Row) -> str:
    code = row[CODE]
    if not ONET_CODE.match(code):
        raise row.error(_("column '{column}': not an O*NET-SOC code: {code!r}").format(column=CODE, code=code))
    return code


def _text(row: Row, column: str) -> str:
    value = " ".join(row[column].split())
    if not value or value == "n/a":
        raise row.error(_("column '{column}': empty").format(column=column))
    return value


def _flag(row: Row, column: str) -> bool:
    if row[column] not in YES_NO:
        raise row.error(_("column '{column}': expected Y or N, found {value!r}").format(column=column, value=row[column]))
    return YES_NO[row[column]]


def _rows_of_known(path: Path, columns: list[str], occupations: dict[str, Occupation]):  # noqa: ANN202
    """(row, occupation) for rows about an imported occupation; others are skipped."""
    for row in read_tsv(path, [CODE, *columns]):
        occupation = occupations.get(_code(row))
        if occupation is not None:
            yield row, occupation


def _read_occupations(path: Path) -> dict[str, Occupation]:
    occupations = {}
    for row in read_tsv(path, [CODE, "Title", "Description"]):
        code = _code(row)
        occupations[code] = Occupation(code, _text(row, "Title"), _text(row, "Description"))
    return occupations


def _read_interests(path: Path, occupations: dict[str, Occupation]) -> None:
    for row, occupation in _rows_of_known(path, ["Element ID", "Scale ID", "Data Value"], occupations):
        element, scale = row["Element ID"], row["Scale ID"]
        if scale == "OI" and element in RIASEC_ELEMENTS:
            score = row.number("Data Value")
            if not 1 <= score <= 7:
                raise row.error(_("interest score {score} outside the OI scale 1-7").format(score=score))
            occupation.scores[RIASEC_ELEMENTS[element]] = score
        elif scale == "IH" and element in HIGH_POINT_ELEMENTS:
            value = row.integer("Data Value")
            if not 0 <= value <= 6:
                raise row.error(_("high-point value {value} outside 0-6").format(value=value))
            occupation.high_points[HIGH_POINT_ELEMENTS[element]] = value
    incomplete = [o.code for o in occupations.values() if o.scores and len(o.scores) != 6]
    if incomplete:
        raise ImportDataError(path, _("{code}: {count} of the 6 OI scores").format(
            code=incomplete[0], count=len(occupations[incomplete[0]].scores)))


def _read_job_zones(path: Path, occupations: dict[str, Occupation]) -> None:
    for row, occupation in _rows_of_known(path, ["Job Zone"], occupations):
        zone = row.integer("Job Zone")
        if not 1 <= zone <= 5:
            raise row.error(_("job zone {zone} outside 1-5").format(zone=zone))
        occupation.job_zone = zone


def _read_job_zone_reference(path: Path) -> dict[int, JobZone]:
    zones = {}
    for row in read_tsv(path, ["Job Zone", "Name", "Experience", "Education"]):
        zone = row.integer("Job Zone")
        zones[zone] = JobZone(zone, _text(row, "Name"), _text(row, "Education"), _text(row, "Experience"))
    return zones


def _read_tasks(path: Path, occupations: dict[str, Occupation]) -> None:
    for row, occupation in _rows_of_known(path, ["Task ID", "Task", "Task Type"], occupations):
        kind = row.optional("Task Type")
        if kind not in TASK_TYPE_ORDER:
            raise row.error(_("column 'Task Type': expected Core, Supplemental or n/a, found {kind!r}").format(kind=kind))
        occupation.tasks.append((TASK_TYPE_ORDER[kind], row.integer("Task ID"), _text(row, "Task")))


def _read_technologies(path: Path, occupations: dict[str, Occupation]) -> None:
    columns = ["Example", "Commodity Title", "Hot Technology", "In Demand"]
    for row, occupation in _rows_of_known(path, columns, occupations):
        occupation.technologies.append(
            (_text(row, "Example"), _text(row, "Commodity Title"), _flag(row, "Hot Technology"), _flag(row, "In Demand")))


def _read_alternate_titles(path: Path, occupations: dict[str, Occupation]) -> None:
    for row, occupation in _rows_of_known(path, ["Alternate Title", "Short Title"], occupations):
        occupation.alternate_titles.add(_text(row, "Alternate Title"))
        short = row.optional("Short Title")
        if short:
            occupation.alternate_titles.add(" ".join(short.split()))


def _read_reported_titles(path: Path, occupations: dict[str, Occupation]) -> None:
    for row, occupation in _rows_of_known(path, ["Reported Job Title", "Shown in My Next Move"], occupations):
        title = _text(row, "Reported Job Title")
        occupation.reported_titles.add(title)
        if _flag(row, "Shown in My Next Move"):
            occupation.shown_titles.add(title)


def _read_education(path: Path, occupations: dict[str, Occupation]) -> None:
    for row, occupation in _rows_of_known(path, ["Scale ID", "Category", "Data Value"], occupations):
        if row["Scale ID"] == "RL":
            percent = row.number("Data Value")
            if not 0 <= percent <= 100:
                raise row.error(_("percentage {percent} outside 0-100").format(percent=percent))
            occupation.education.append((row.integer("Category"), percent))


def _read_education_levels(path: Path) -> dict[int, str]:
    levels = {}
    for row in read_tsv(path, ["Scale ID", "Category", "Category Description"]):
        if row["Scale ID"] == "RL":
            levels[row.integer("Category")] = _text(row, "Category Description")
    return levels


def _read_related(path: Path, occupations: dict[str, Occupation]) -> None:
    columns = ["Related O*NET-SOC Code", "Relatedness Tier", "Index"]
    for row, occupation in _rows_of_known(path, columns, occupations):
        tier = RELATED_TIER_ORDER.get(row["Relatedness Tier"])
        if tier is not None:
            occupation.related.append((tier, row.integer("Index"), row["Related O*NET-SOC Code"]))


def _read_work_values(path: Path, occupations: dict[str, Occupation]) -> None:
    """The EX rows (how far the occupation satisfies each work value, 1-7) and the VH rows (which
    work values O*NET names as the occupation's high points)."""
    for row, occupation in _rows_of_known(path, ["Element ID", "Element Name", "Scale ID", "Data Value"], occupations):
        if row["Scale ID"] == "EX":
            _read_extent(row, occupation)
        if row["Scale ID"] == "VH" and row["Element ID"] in WORK_VALUE_HIGH_POINTS:
            value = row.integer("Data Value")
            if not 0 <= value <= 6:
                raise row.error(_("high-point value {value} outside 0-6").format(value=value))
            occupation.work_values[WORK_VALUE_HIGH_POINTS[row["Element ID"]]] = value


def _read_extent(row: Row, occupation: Occupation) -> None:
    from .onet_vocabulary import WORK_VALUE_KEYS, WORK_VALUES

    if WORK_VALUES.get(row["Element ID"], ("",))[0] != row["Element Name"]:
        raise row.error(_("work value {element} {name!r} is not in importers/onet_vocabulary.py").format(
            element=row["Element ID"], name=row["Element Name"]))
    extent = row.number("Data Value")
    if not 1 <= extent <= 7:
        raise row.error(_("extent {value} outside the EX scale 1-7").format(value=extent))
    occupation.value_extents[WORK_VALUE_KEYS[row["Element ID"]]] = extent


def _read_work_styles(path: Path, occupations: dict[str, Occupation]) -> None:
    """Importance (IM, 1-5) of each work style; rows O*NET recommends suppressing are left out."""
    from .onet_vocabulary import WORK_STYLES

    columns = ["Element ID", "Element Name", "Scale ID", "Data Value", "Recommend Suppress"]
    for row, occupation in _rows_of_known(path, columns, occupations):
        if row["Scale ID"] != "IM" or row.optional("Recommend Suppress") == "Y":
            continue
        element, name = row["Element ID"], row["Element Name"]
        if WORK_STYLES.get(element, ("",))[0] != name:
            raise row.error(_("work style {element} {name!r} is not in importers/onet_vocabulary.py").format(
                element=element, name=name))
        importance = row.number("Data Value")
        if not 1 <= importance <= 5:
            raise row.error(_("importance {value} outside the IM scale 1-5").format(value=importance))
        occupation.work_styles[element] = importance
