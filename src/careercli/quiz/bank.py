"""Item banks: the quiz questions as YAML data (data/quiz/<id>.yaml), validated with msgspec."""


from functools import lru_cache
from pathlib import Path
from typing import Literal, Optional

import msgspec

from ..errors import CareersError, NotFoundError, Problem
from ..i18n import _
from ..text import shortened

SCALES = ("R", "I", "A", "S", "E", "C")
DEFAULT_BANK = "riasec-short"

Scale = Literal["R", "I", "A", "S", "E", "C"]


class BankError(CareersError):
    """An item bank file that cannot be used."""


class Item(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    id: str
    scale: Scale
    text: dict[str, str]
    note: Optional[str] = None


class Response(msgspec.Struct, forbid_unknown_fields=True, frozen=True):
    """The answer scale: values typed by people (1-5), points they score, labels per language."""

    values: list[int]
    points: list[float]
    labels: dict[str, list[str]]


class Bank(msgspec.Struct, forbid_unknown_fields=True, frozen=True, kw_only=True):
    id: str
    version: int
    title: dict[str, str]
    languages: list[str]
    minutes: int
    prompt: dict[str, str]
    response: Response
    presentation: Literal["as-listed", "round-robin"] = "as-listed"
    source: str
    licence: str
    attribution: Optional[str] = None
    translation: dict[str, str] = {}
    selection: Optional[str] = None
    scoring: str
    items: list[Item]

    def item(self, item_id: str) -> Optional[Item]:
        return next((item for item in self.items if item.id == item_id), None)

    def items_of(self, scale: str) -> list[Item]:
        return [item for item in self.items if item.scale == scale]

    def presented(self) -> list[Item]:
        """Items in the order a person sees them."""
        if self.presentation == "as-listed":
            return list(self.items)
        queues = [self.items_of(scale) for scale in SCALES]
        return [queue[i] for i in range(max(map(len, queues))) for queue in queues if i < len(queue)]

    def language(self, wanted: str) -> str:
        """`wanted` (a language code) if the bank has it, else its first language (onet-ip-60 is English only)."""
        return wanted if wanted in self.languages else self.languages[0]

    def points(self, value: int) -> float:
        return self.response.points[self.response.values.index(value)]


def bank_path(bank_id: str) -> Path:
    from ..resources import builtin_banks

    return builtin_banks() / f"{bank_id}.yaml"


def available_banks() -> list[str]:
    from ..resources import builtin_banks

    return sorted(p.stem for p in builtin_banks().glob("*.yaml"))


@lru_cache(maxsize=8)
def load_bank(bank_id: str) -> Bank:
    """Read and check a built-in bank by id (e.g. 'riasec-short')."""
    path = bank_path(bank_id)
    if bank_id not in available_banks():  # an id, never a path
        raise NotFoundError(_("no item bank '{id}'; choose from: {choices}").format(
            id=shortened(bank_id), choices=", ".join(available_banks())))
    return read_bank(path)


def read_bank(path: Path) -> Bank:
    import yaml

    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
        bank = msgspec.convert(data, Bank)
    except (OSError, yaml.YAMLError, msgspec.ValidationError) as error:
        raise BankError(str(Problem(path, str(error).splitlines()[0]))) from None
    problems = check_bank(bank)
    if problems:
        raise BankError(str(Problem(path, problems[0])))
    return bank


def check_bank(bank: Bank) -> list[str]:
    """What is wrong in a parsed bank (empty when it can be used)."""
    problems = []
    ids = [item.id for item in bank.items]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        problems.append(f"duplicate item id {duplicates[0]}")
    problems += [f"scale {s} has no items" for s in SCALES if not bank.items_of(s)]
    response = bank.response
    if response.values != [1, 2, 3, 4, 5] or len(response.points) != 5:
        problems.append("response: values must be [1, 2, 3, 4, 5] with 5 points")
    for lang in bank.languages:
        if len(response.labels.get(lang, [])) != len(response.values):
            problems.append(f"response.labels.{lang}: needs one label per value")
        if lang not in bank.prompt:
            problems.append(f"prompt: missing language {lang}")
        problems += [f"items: {item.id} has no {lang} text" for item in bank.items if lang not in item.text]
    return problems
