"""What every ranked career in a quiz result has, however it was ranked (by the correlation of
interest scores, `ranking.Match`, or by official letters, `letters.LetterMatch`)."""

from __future__ import annotations

from typing import Optional

import msgspec

from ..facts.pay import OutlookPoint, PayDecision, Verdict  # noqa: F401 - the fields' types (decoded from kept results)


class RankedCareer(msgspec.Struct, frozen=True, kw_only=True):
    rank: int
    id: str
    title: str
    codes: list[str]
    reasons: list[str]
    job_zone: Optional[int] = None
    salary: Optional[tuple[float, float]] = None
    origin: str = ""
    pay_check: Optional[Verdict] = None  # against the minimum pay, when one was given (pass, no_figure, undecided)
    pay: Optional[PayDecision] = None  # the career's pay in the unit the result shows (quiz.results.with_pay)
    outlook: Optional[OutlookPoint] = None  # its employment projection, when it has one
