"""Answers given without the interactive quiz: a file, a digit string, or six scores.

Answer files map item ids to 1-5 in YAML, JSON or CSV (two columns `item,answer`, header
optional). A skipped item is `-`, `?`, empty or null, or simply left out. `--answers-string`
has one character per item in bank order: a digit 1-5, or `-` / `?` for a skipped item. 0 is
refused rather than read as "skipped", because on O*NET's paper form 0 is an answer (the
0-4 scoring) and a silent shift would be wrong.
"""


from pathlib import Path
from typing import Callable, Mapping, Optional, TextIO

import msgspec

from ..errors import CareersError, Problem, UsageError
from ..i18n import _
from ..text import shortened
from .bank import DEFAULT_BANK, Bank, load_bank
from .scoring import MAX_SCORE, SCALES
from ..patterns import lazy

SKIP_TOKENS = ("", "-", "?", "null", "~", "skip", "none")
_ITEM_KEY = lazy(r"^[A-Za-z]+\d+$")  # R1, IP01, sa3
BANK_ORDER = (DEFAULT_BANK, "riasec-48", "onet-ip-60")  # tried in this order to guess a bank
MAX_ANSWERS_BYTES = 256 * 1024  # 60 answers take about 1 KiB


class AnswersError(CareersError):
    """An answers file or string that cannot be used; the message says where."""


class RawAnswer(msgspec.Struct, frozen=True):
    key: str
    value: str
    line: Optional[int] = None  # 1-based, when the format has lines


class AnswerFile(msgspec.Struct):
    """Answers as read, before they are checked against a bank."""

    path: Path
    answers: list[RawAnswer] = []
    bank: Optional[str] = None  # a `bank:` key in a YAML/JSON file

    def problem(self, answer: RawAnswer, message: str) -> AnswersError:
        return AnswersError(str(Problem(self.path, message, field=shortened(answer.key), line=answer.line)))


def read_answer_file(name: str, stdin: Optional[TextIO] = None) -> AnswerFile:
    """Read `name` (a path, or `-` for `stdin`) as CSV, JSON or YAML, keeping line numbers."""
    from ..tables import read_text

    path = Path("<stdin>" if name == "-" else name)
    text = read_text(name, stdin, limit=MAX_ANSWERS_BYTES)
    if path.suffix.lower() == ".csv" or (path.suffix.lower() not in (".json", ".yaml", ".yml") and _looks_like_csv(text)):
        return AnswerFile(path, _csv_answers(path, text))
    return _mapping_answers(path, text)


def _looks_like_csv(text: str) -> bool:
    from ..tables import DELIMITERS

    first = next((line for line in text.splitlines() if line.strip() and not line.startswith("#")), "")
    return (any(d in first for d in DELIMITERS) and not first.lstrip().startswith(("{", "["))
            and ":" not in first)


def _csv_answers(path: Path, text: str) -> list[RawAnswer]:
    """Rows `item,answer` (`;` or tab work too); a header row and `#` comment rows are skipped."""
    from ..tables import BadRow, rows

    answers: list[RawAnswer] = []
    for row in rows(text):
        if isinstance(row, BadRow):
            raise AnswersError(str(Problem(path, row.message, line=row.line)))
        if row.cells[0].lstrip().startswith("#"):
            continue
        if len(row.cells) != 2:
            raise AnswersError(str(Problem(path, _("expected 2 columns (item,answer), got {n}").format(
                n=len(row.cells)), line=row.line)))
        key, value = row.cells[0].strip(), row.cells[1].strip()
        if not answers and not _ITEM_KEY.match(key):  # a header row such as `item,answer`
            continue
        answers.append(RawAnswer(key, value, row.line))
    return answers


def _mapping_answers(path: Path, text: str) -> AnswerFile:
    """A YAML or JSON mapping `item: answer` (optionally under `answers:`), with an optional `bank:` key."""
    import yaml

    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (yaml.YAMLError, RecursionError) as error:
        if path.suffix.lower() == ".json":
            return _json_answers(path, text)
        mark = getattr(error, "problem_mark", None)
        raise AnswersError(str(Problem(path, _("not valid YAML or JSON"), line=mark.line + 1 if mark else None))) from None
    if root is None:
        return AnswerFile(path)
    if not isinstance(root, yaml.MappingNode):
        raise AnswersError(str(Problem(path, _("expected a mapping of item ids to answers"), line=root.start_mark.line + 1)))
    for key, _value in root.value:
        if not isinstance(key, yaml.ScalarNode):
            raise AnswersError(str(Problem(path, _("a key must be an item id"), line=key.start_mark.line + 1)))
    pairs = {key.value: (key, value) for key, value in root.value}
    found = AnswerFile(path)
    bank_node = pairs.pop("bank", (None, None))[1]
    found.bank = bank_node.value if isinstance(bank_node, yaml.ScalarNode) else None
    nested = pairs.get("answers", (None, None))[1]
    items = nested.value if isinstance(nested, yaml.MappingNode) else [pair for pair in root.value if pair[0].value != "bank"]
    for key, value in items:
        line = key.start_mark.line + 1
        if not isinstance(key, yaml.ScalarNode):
            raise AnswersError(str(Problem(path, _("a key must be an item id"), line=line)))
        if not isinstance(value, yaml.ScalarNode):
            raise AnswersError(str(Problem(path, _("an answer must be a single value"), field=str(key.value), line=line)))
        found.answers.append(RawAnswer(str(key.value), value.value, line))
    return found


def _json_answers(path: Path, text: str) -> AnswerFile:
    """JSON that YAML cannot read (tabs): no line numbers, same rules."""
    import json

    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise AnswersError(str(Problem(path, _("not valid JSON: {reason}").format(reason=error.msg), line=error.lineno))) from None
    except (ValueError, RecursionError):  # an integer of thousands of digits, nesting too deep
        raise AnswersError(str(Problem(path, _("not valid YAML or JSON")))) from None
    if not isinstance(data, dict):
        raise AnswersError(str(Problem(path, _("expected a mapping of item ids to answers"))))
    bank = data.pop("bank", None)
    found = AnswerFile(path, bank=bank if isinstance(bank, str) else None)
    mapping = data["answers"] if isinstance(data.get("answers"), dict) else data
    for key, value in mapping.items():
        if isinstance(value, (dict, list)):
            raise AnswersError(str(Problem(path, _("an answer must be a single value"), field=key)))
        found.answers.append(RawAnswer(key, "" if value is None else str(value).lower()))
    return found


def parse_value(raw: str, values: tuple[int, ...] = (1, 2, 3, 4, 5)) -> Optional[int]:
    """An answer 1-5, or None for a skipped item; ValueError for anything else."""
    token = raw.strip().lower()
    if token in SKIP_TOKENS:
        return None
    if token.isdigit() and int(token) in values:
        return int(token)
    raise ValueError(token)


def choose_bank(requested: Optional[str], ids: list[str]) -> Bank:
    """The requested bank, else the first of riasec-short, riasec-48, onet-ip-60 with all ids."""
    if requested:
        return load_bank(requested)
    banks = [load_bank(bank_id) for bank_id in BANK_ORDER]
    wanted = set(ids)
    return max(banks, key=lambda bank: (wanted <= {i.id for i in bank.items}, len(wanted & {i.id for i in bank.items}),
                                        -BANK_ORDER.index(bank.id)))


def answers_from_file(name: str, bank_id: Optional[str],
                      stdin: Optional[TextIO] = None) -> tuple[Bank, dict[str, Optional[int]]]:
    """Read and check an answers file against its bank: item id -> 1-5 or None (skipped)."""
    found = read_answer_file(name, stdin)
    bank = choose_bank(bank_id or found.bank, [a.key for a in found.answers])
    answers: dict[str, Optional[int]] = {}
    lines: dict[str, Optional[int]] = {}
    for answer in found.answers:
        if bank.item(answer.key) is None:
            raise found.problem(answer, _("not an item of bank {bank}").format(bank=bank.id))
        if answer.key in answers:
            raise found.problem(answer, _("answered twice (first on line {line})").format(line=lines[answer.key]))
        answers[answer.key] = _checked_value(answer.value, lambda message: found.problem(answer, message))
        lines[answer.key] = answer.line
    if not found.answers:
        raise AnswersError(str(Problem(found.path, _("no answers found"))))
    return bank, answers


def _checked_value(raw: str, error: Callable[[str], Exception]) -> Optional[int]:
    try:
        return parse_value(raw)
    except ValueError:
        raise error(_("'{value}' is not an answer; use 1-5 (1 = dislike, 5 = enjoy), or - to skip").format(
            value=shortened(raw))) from None


def banks_by_length() -> dict[int, str]:
    return {len(load_bank(bank_id).items): bank_id for bank_id in reversed(BANK_ORDER)}


def answers_from_string(digits: str, bank_id: Optional[str]) -> tuple[Bank, dict[str, Optional[int]]]:
    """One character per item, in the bank's stored order (O*NET style for onet-ip-60)."""
    digits = "".join(digits.split())
    if bank_id is None:
        bank_id = banks_by_length().get(len(digits))
        if bank_id is None:
            lengths = ", ".join(f"{n} ({b})" for n, b in sorted(banks_by_length().items()))
            raise UsageError(_("--answers-string has {n} answers; expected one per item: {lengths}").format(
                n=len(digits), lengths=lengths))
    bank = load_bank(bank_id)
    if len(digits) != len(bank.items):
        raise UsageError(_("--answers-string has {n} answers but bank {bank} has {items} items").format(
            n=len(digits), bank=bank.id, items=len(bank.items)))
    answers = {}
    for position, (item, char) in enumerate(zip(bank.items, digits), 1):
        try:
            answers[item.id] = parse_value(char)
        except ValueError:
            raise UsageError(_(
                "--answers-string: position {pos} ({item}): '{char}' is not an answer; use 1-5, or - or ? to skip"
            ).format(pos=position, item=item.id, char=char)) from None
    return bank, answers


def answer_string(bank: Bank, answers: "Mapping[str, Optional[int]]") -> str:
    """The answers as `--answers-string` reads them: one character per item in bank order, a
    digit 1-5 or `-` for an item skipped."""
    return "".join(str(answers[item.id]) if answers.get(item.id) is not None else "-" for item in bank.items)


def parse_number(raw: str) -> float:
    """A finite number: a decimal comma (`3,5`) or point, as spreadsheets write it (see tables.parse_number)."""
    from ..tables import parse_number as number

    return number(raw)


def parse_scores(text: str) -> dict[str, float]:
    """`R=2,I=5,A=3,S=4,E=6,C=5` (commas or spaces, any order, any numeric scale)."""
    scores: dict[str, float] = {}
    for part in text.replace(",", " ").split():
        letter, sep, number = part.partition("=")
        letter = letter.strip().upper()
        if not sep or letter not in SCALES:
            raise UsageError(_("--scores: cannot read '{part}'; write R=..,I=..,A=..,S=..,E=..,C=..").format(
                part=shortened(part)))
        if letter in scores:
            raise UsageError(_("--scores: {letter} is given twice; give each of R, I, A, S, E, C once").format(
                letter=letter))
        try:
            scores[letter] = parse_number(number)
        except ValueError:
            raise UsageError(_("--scores: '{number}' is not a number (in '{part}')").format(
                number=shortened(number), part=shortened(part))) from None
        if abs(scores[letter]) > MAX_SCORE:
            raise UsageError(_("--scores: {letter}={number} is out of range; scores lie between -{limit} and {limit}").format(
                letter=letter, number=shortened(number), limit=f"{MAX_SCORE:g}"))
    missing = [s for s in SCALES if s not in scores]
    if missing:
        raise UsageError(_("--scores: missing {letters}; give all six: R=..,I=..,A=..,S=..,E=..,C=..").format(
            letters=", ".join(missing)))
    return scores


def fit_answers_from_file(name: str, sa_keys: list[str], item_ids: list[str],
                          stdin: Optional[TextIO] = None) -> dict[str, object]:
    """Answers to `careers fit`: sa1..saN -> yes/rather yes/rather no/no, item ids -> 1-5."""
    found = read_answer_file(name, stdin)
    answers: dict[str, object] = {}
    for answer in found.answers:
        if fit_key(answer.key) in answers:
            raise found.problem(answer, _("answered twice"))
        key, value = fit_answer(answer.key, answer.value, sa_keys, item_ids,
                                lambda message, answer=answer: found.problem(answer, message))  # type: ignore[misc]
        answers[key] = value
    if not any(v is not None for v in answers.values()):
        raise AnswersError(str(Problem(found.path, _("no answers found"))))
    return answers


def fit_answers(given: "Mapping[str, object]", sa_keys: list[str], item_ids: list[str]) -> dict[str, object]:
    """The same answers given as a mapping (`Careers.fit`): question key -> answer, as in a file;
    a bad key or answer is a UsageError naming it."""
    answers: dict[str, object] = {}
    for raw_key, raw in given.items():
        if fit_key(str(raw_key)) in answers:
            raise UsageError(f"{raw_key}: " + _("answered twice"))
        key, value = fit_answer(str(raw_key), "-" if raw is None else str(raw), sa_keys, item_ids,
                                lambda message, k=raw_key: UsageError(f"{k}: {message}"))  # type: ignore[misc]
        answers[key] = value
    if not any(v is not None for v in answers.values()):
        raise UsageError(_("no answers found"))
    return answers


def fit_answer(key: str, raw: str, sa_keys: list[str], item_ids: list[str],
               error: "Callable[[str], Exception]") -> tuple[str, object]:
    """(question key, answer) of one answer to a fit test; `error(message)` is raised when the key is
    not a question of the test or the answer is not one."""
    from .compatibility import parse_self_assessment

    key = fit_key(key)
    if key in sa_keys:
        try:
            return key, parse_self_assessment(raw)
        except ValueError:
            raise error(_("'{value}' is not an answer; use yes, rather yes, rather no or no").format(
                value=shortened(raw))) from None
    if key in item_ids:
        return key, _checked_value(raw, error)
    raise error(_("not a question of this test; expected: {keys}").format(keys=", ".join([*sa_keys, *item_ids])))


def fit_key(key: str) -> str:
    """A fit test's question key as written in any case: SA1 is sa1, ACT2 is act2 (item ids keep theirs)."""
    return key.lower() if key.lower().startswith(("sa", "act")) else key
