"""O*NET-SOC 2019 -> SOC 2018 and -> ISCO-08, through the crosswalk files of shared/data.

ISCO-08 path (many-to-many, approximate): O*NET-SOC 2019 -> O*NET-SOC 2010 (the 2010->2019
file read backwards) -> SOC 2010 (first 7 characters) -> ISCO-08 (IBS crosswalk).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..i18n import _
from .tsv import read_tsv

SOC_2018_FILE = "onetsoc2019_to_soc2018.tsv"
ONET_2010_2019_FILE = "onetsoc2010_to_onetsoc2019.tsv"
SOC_ISCO_FILE = "soc2010_isco08_ibs.tsv"

ONET_CODE = re.compile(r"^\d{2}-\d{4}\.\d{2}$")
SOC_CODE = re.compile(r"^\d{2}-\d{4}$")
ISCO_CODE = re.compile(r"^\d{4}$")


@dataclass
class Crosswalks:
    soc2018: dict[str, str] = field(default_factory=dict)  # O*NET-SOC 2019 -> SOC 2018
    onet2010: dict[str, set[str]] = field(default_factory=dict)  # O*NET-SOC 2019 -> O*NET-SOC 2010 codes
    isco08: dict[str, set[str]] = field(default_factory=dict)  # SOC 2010 -> ISCO-08 unit groups

    def isco_groups(self, onet_code: str) -> list[str]:
        """The ISCO-08 unit groups of an O*NET-SOC 2019 occupation, sorted."""
        groups: set[str] = set()
        for old_code in self.onet2010.get(onet_code, ()):
            groups |= self.isco08.get(old_code[:7], set())
        return sorted(groups)


def read_crosswalks(folder: Path) -> Crosswalks:
    crosswalks = Crosswalks()
    for row in read_tsv(folder / SOC_2018_FILE, ["O*NET-SOC 2019 Code", "2018 SOC Code"]):
        crosswalks.soc2018[_code(row, "O*NET-SOC 2019 Code", ONET_CODE)] = _code(row, "2018 SOC Code", SOC_CODE)
    backwards: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv(folder / ONET_2010_2019_FILE, ["O*NET-SOC 2010 Code", "O*NET-SOC 2019 Code"]):
        backwards[_code(row, "O*NET-SOC 2019 Code", ONET_CODE)].add(_code(row, "O*NET-SOC 2010 Code", ONET_CODE))
    crosswalks.onet2010 = dict(backwards)
    isco: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv(folder / SOC_ISCO_FILE, ["soc2010", "isco08"]):
        isco[_code(row, "soc2010", SOC_CODE)].add(_code(row, "isco08", ISCO_CODE))
    crosswalks.isco08 = dict(isco)
    return crosswalks


def _code(row, column: str, pattern: re.Pattern[str]) -> str:  # noqa: ANN001 - a tsv.Row
    value = row[column].strip()
    if not pattern.match(value):
        raise row.error(_("column '{column}': not a valid code: {value!r}").format(column=column, value=value))
    return value
