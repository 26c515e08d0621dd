"""What the catalog knows about a career without reading its whole profile: one row of an index's
`entries` table (see index.py), and what every list, search and ranking works on."""

from __future__ import annotations

from typing import Optional

import msgspec

from ..facts.pay import OutlookPoint, PayPoint
from ..profile.schema import Text
from ..patterns import lazy


class Entry(msgspec.Struct, frozen=True, omit_defaults=True):
    """What the catalog knows about a career without reading its whole profile."""

    id: str
    path: str  # relative to its data folder
    origin: str
    title: Text
    title_feminine: Optional[Text] = None
    codes: list[str] = []
    riasec: Optional[tuple[float, float, float, float, float, float]] = None
    holland: Optional[str] = None
    riasec_from: Optional[str] = None  # the O*NET code a curated profile inherits its scores from
    job_zone: Optional[int] = None
    salary: Optional[tuple[float, float]] = None  # monthly range, when known
    official: Optional[str] = None  # the classification's own RIASEC letters (major, then minor), e.g. "EA"
    twins: list[str] = []  # codes of the same job in the other reference (twins.py: exact links, then the catalog's rule)
    isco08: list[str] = []  # the ISCO-08 groups the profile gives (own or declared), for scripts to join
    employment: Optional[tuple[str, int]] = None  # (SOC row, jobs) the profile's pay source counts (BLS OEWS)
    onet_links: list[tuple[str, str]] = []  # (O*NET-SOC code, match) of its crosswalk links, for a ROME fiche
    esco: tuple[tuple[str, str], ...] = ()  # (ESCO URI, match) of a reference profile's ESCO links, for twins.py
    centres: tuple[tuple[int, bool], ...] = ()  # interest centres (centres.py): (number, principal)
    centres_derived: bool = False  # inferred through the crosswalks (O*NET), not given by the source
    eqf: tuple[int, ...] = ()  # a ROME fiche's EQF study levels, read from its French access text (studylevels.py)
    work_values: Optional[tuple[float, float, float, float, float, float]] = None  # schema.WorkValues.scores()
    work_values_derived: bool = False  # inferred through the crosswalks (ROME fiches), not rated by O*NET
    # Never stored in the `entries` table: filled from the `pay` table (and the pay overlays) by
    # `Catalog.priced_entries()`, for the commands that rank, filter or sort by pay and outlook.
    # (tuples: an empty one costs nothing to decode, where 2,500 empty lists would be made)
    pay: tuple[PayPoint, ...] = ()  # the figures a pay threshold compares (pay.pay_points), overlays last
    outlook: tuple[OutlookPoint, ...] = ()  # employment projections (pay.outlook_points)
    # Never stored either: how common the career is (U.S. jobs, counted or estimated: commonness.py),
    # filled by `quiz.pool.ranked_entries` for the ranking (quiz/ranking.py: score_bonus, tie_order).
    jobs: Optional[int] = None


_ROME = lazy(r"^[A-N]\d{4}$")
_ONET = lazy(r"^\d{2}-\d{4}(\.\d{2})?$")


def own_codes(entry: Entry) -> list[str]:
    """The codes a reference career *is* (an O*NET occupation's, a ROME fiche's)."""
    if entry.origin == "onet":
        return [c for c in entry.codes if _ONET.match(c)]
    if entry.origin == "rome":
        return [c for c in entry.codes if _ROME.match(c)]
    return []
