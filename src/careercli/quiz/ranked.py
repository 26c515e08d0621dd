"""What every ranked career in a quiz result has, however it was ranked (by the correlation of
interest scores, `ranking.Match`, or by official letters, `letters.LetterMatch`)."""

from __future__ import annotations

from typing import Optional

from ..facts.pay import OutlookPoint, PayDecision, Verdict  # noqa: F401 - the fields' types (decoded from kept results)
from ..views import CareerCodes


class RankedCareer(CareerCodes, frozen=True, kw_only=True):  # type: ignore[misc]  # msgspec allows a frozen Struct on a mutable one; mypy applies the dataclass rule
    """A ranked career; its codes and title language (CareerCodes) are empty in a result kept before they were."""

    rank: int
    id: str
    title: str
    codes: list[str]  # every code the catalog indexes it by (O*NET-SOC, SOC, ROME), as the quiz always gave
    reasons: list[str]
    job_zone: Optional[int] = None
    salary: Optional[tuple[float, float]] = None
    origin: str = ""
    pay_check: Optional[Verdict] = None  # against the minimum pay, when one was given (pass, no_figure, undecided)
    pay: Optional[PayDecision] = None  # the career's pay in the unit the result shows (quiz.results.with_pay)
    outlook: Optional[OutlookPoint] = None  # its employment projection, when it has one
