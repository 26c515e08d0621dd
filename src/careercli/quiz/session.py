"""A quiz in progress, saved when interrupted (Ctrl-C) and resumed with `careers quiz --resume`.

Kept as JSON in the user data folder (the application context says where: platformdirs, or
$CAREERS_DATA_DIR).
Written to a temporary file and renamed, so an interrupted write never leaves half a file.
"""

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, Optional, Union

import msgspec

from ..errors import CareersError, NotFoundError
from ..files import read_bounded, write_atomically
from ..i18n import _, current_language, os_reason

if TYPE_CHECKING:
    from ..facts.pay import Threshold

SESSION_VERSION = 1
SESSION_FILE = "quiz-session.json"
FIT_SESSION_FILE = "fit-session.json"
MAX_SESSION_BYTES = 64 * 1024  # a paused quiz of 60 items takes about 1 KiB
MAX_SALARY = 1e9  # a monthly salary threshold above this is a typing mistake (pay.MAX_AMOUNT)
MAX_PAY_TEXT = 64  # characters of a minimum pay as written: 40000USD/year

# The questions after the items, in the order asked (commands/quiz.py skips those that do not apply).
FollowUp = Literal["likes", "values", "zone", "salary", "detail"]
FOLLOW_UP_STEPS: tuple[FollowUp, ...] = ("likes", "values", "zone", "salary", "detail")
SessionLanguage = Literal["fr", "en", "nl"]  # i18n.LANGUAGES
SESSION_LANGUAGES: tuple[SessionLanguage, ...] = ("fr", "en", "nl")
ValueKey = Literal["achievement", "conditions", "recognition", "relationships", "support", "independence"]


class Session(msgspec.Struct, kw_only=True):
    """Everything needed to continue a quiz where it stopped.

    The file is the user's to edit or break: every field is checked when it is read, those
    that depend on the bank (item ids, position) by `session_problem`."""

    version: int = SESSION_VERSION
    bank: str
    lang: SessionLanguage
    answers: dict[str, Optional[int]] = {}  # item id -> 1-5, None when skipped
    position: Annotated[int, msgspec.Meta(ge=0, le=1000)] = 0  # index of the next item to show, in presentation order
    stage: Literal["items", "preferences", "done"] = "items"
    max_zone: Optional[Annotated[int, msgspec.Meta(ge=1, le=5)]] = None
    # The minimum pay as written (`40000USD/year`, read by pay.parse_threshold); a number, as older
    # versions saved it, is EUR a month, gross.
    min_salary: Union[Annotated[float, msgspec.Meta(ge=0, le=MAX_SALARY)],
                      Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_PAY_TEXT)], None] = None
    detailed_only: bool = False
    asked: list[FollowUp] = []  # follow-up questions already answered
    likes: list[Annotated[int, msgspec.Meta(ge=1, le=99)]] = []  # interest centres picked (centres.py numbers)
    values: list[ValueKey] = []  # work values, most important first (quiz/values.py)

    @property
    def threshold(self) -> Optional["Threshold"]:
        """The minimum pay (`session_problem` has checked that a written one reads)."""
        from ..facts.pay import Threshold, check_amount, parse_threshold

        if self.min_salary is None:
            return None
        if isinstance(self.min_salary, str):
            return check_amount(parse_threshold(self.min_salary))
        return Threshold(amount=float(self.min_salary))


FitAnswer = Union[Literal["yes", "rather-yes", "rather-no", "no"], Annotated[int, msgspec.Meta(ge=1, le=5)]]


class FitSession(msgspec.Struct, kw_only=True):
    """A compatibility test in progress (`careers fit --resume`); checked like `Session` when read."""

    version: int = SESSION_VERSION
    career: Annotated[str, msgspec.Meta(min_length=1, max_length=200)]  # the career's id
    lang: SessionLanguage
    answers: dict[str, Optional[FitAnswer]] = {}  # sa1.. -> yes..no, item id -> 1-5; None when skipped
    position: Annotated[int, msgspec.Meta(ge=0, le=1000)] = 0  # index of the next question


def session_language() -> SessionLanguage:
    """The run's language as a session keeps it (a run speaks one of i18n.LANGUAGES: checked_language)."""
    lang = current_language()
    assert lang in SESSION_LANGUAGES, lang
    return lang


def session_path(folder: Path, fit: bool = False) -> Path:
    """Where the paused quiz (or compatibility test) is kept, in the user data folder `folder`."""
    return folder / (FIT_SESSION_FILE if fit else SESSION_FILE)


def save_session(session: Union[Session, FitSession], folder: Path) -> Path:
    """Write atomically, so that an interrupted save never loses the previous answers."""
    path = session_path(folder, isinstance(session, FitSession))
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, msgspec.json.encode(session))
    return path


def load_session(folder: Path) -> Session:
    """The paused quiz, checked field by field against its bank; a clear error when it cannot be used."""
    path = session_path(folder)
    try:
        session = msgspec.json.decode(read_bounded(path, MAX_SESSION_BYTES), type=Session)
    except FileNotFoundError:
        raise NotFoundError(_("no saved quiz to resume; start one with `careers quiz`")) from None
    except (OSError, ValueError, msgspec.MsgspecError) as error:  # unreadable, too large, not UTF-8 or JSON, a bad field
        raise _unusable(path, os_reason(error)) from None
    if session.version != SESSION_VERSION:
        raise CareersError(_("the saved quiz in {path} is from another version; start again with `careers quiz`").format(
            path=path))
    problem = session_problem(session)
    if problem:
        raise _unusable(path, problem)
    return session


def session_problem(session: Session) -> Optional[str]:
    """What makes a session unusable with its bank (unknown bank or items, position out of range)."""
    from ..text import shortened
    from .bank import available_banks, load_bank

    if session.bank not in available_banks():
        return _("no item bank '{id}'").format(id=shortened(session.bank))
    bank = load_bank(session.bank)
    for item_id, value in session.answers.items():
        if bank.item(item_id) is None:
            return _("'{item}' is not an item of bank {bank}").format(item=shortened(item_id), bank=bank.id)
        if value is not None and value not in bank.response.values:
            return _("{item}: {value} is not an answer (1-5)").format(item=item_id, value=shortened(str(value)))
    from ..facts.centres import MAX_LIKES, centre

    unknown = [number for number in session.likes if centre(number) is None]
    if unknown or len(session.likes) > MAX_LIKES:
        return _("likes: {likes} are not up to {n} interest centres").format(likes=session.likes, n=MAX_LIKES)
    if len(set(session.values)) != len(session.values):
        return _("values: {values} names a work value twice").format(values=", ".join(session.values))
    last = len(bank.items) + len(FOLLOW_UP_STEPS)  # the items, then the follow-up questions
    if session.position > last:
        return _("position {position} is past the last question ({count})").format(position=session.position,
                                                                                   count=last)
    return pay_problem(session)


def pay_problem(session: Session) -> Optional[str]:
    """A minimum pay written in the session that does not read (pay.parse_threshold says why)."""
    from ..facts.pay import PayThresholdError

    try:
        session.threshold  # noqa: B018 - parses and checks it
    except PayThresholdError as error:
        return _("min_salary: {problem}").format(problem=error)
    return None


def _unusable(path: Path, problem: str) -> CareersError:
    return CareersError(_("the saved quiz in {path} cannot be used ({problem}); start again with `careers quiz`").format(
        path=path, problem=problem))


def load_fit_session(folder: Path) -> FitSession:
    """The paused compatibility test, its fields checked; a clear error when it cannot be used."""
    path = session_path(folder, fit=True)
    try:
        session = msgspec.json.decode(read_bounded(path, MAX_SESSION_BYTES), type=FitSession)
    except FileNotFoundError:
        raise NotFoundError(_("no paused compatibility test to resume; start one with `careers fit JOB`")) from None
    except (OSError, ValueError, msgspec.MsgspecError) as error:
        raise CareersError(_("the paused test in {path} cannot be used ({problem}); start again with `careers fit JOB`").format(
            path=path, problem=os_reason(error))) from None
    if session.version != SESSION_VERSION:
        raise CareersError(_("the paused test in {path} is from another version; start again with `careers fit JOB`").format(
            path=path))
    return session


def clear_session(folder: Path, fit: bool = False) -> None:
    session_path(folder, fit).unlink(missing_ok=True)


def fit_session_problem(session: FitSession, questions: list[str], items: list[str], values: list[int]) -> Optional[str]:
    """What makes a paused test unusable with its career's questions: an unknown question, an
    answer of the wrong kind, or a position past the last question (which would score the test
    from the few answers there are)."""
    from ..text import shortened

    for key, answer in session.answers.items():
        if key not in questions and key not in items:
            return _("'{item}' is not a question of this test").format(item=shortened(key))
        if answer is not None and (isinstance(answer, int) != (key in items) or
                                   (isinstance(answer, int) and answer not in values)):
            return _("{item}: {value} is not an answer to it").format(item=key, value=shortened(str(answer)))
    if session.position > len(questions) + len(items):
        return _("position {position} is past the last item ({count})").format(
            position=session.position, count=len(questions) + len(items))
    return None


class SessionSaver:
    """Saves a quiz or test in progress after every answer, and never stops it: when the answers
    cannot be saved (a full or read-only disk, or another quiz open in the same account, whose
    file this one must not overwrite), `problem` says why, once, and the quiz goes on unsaved.

    The lock (on `<session file>.lock`, held until the process ends) is what keeps two quizzes
    under one account from writing over each other's answers."""

    def __init__(self, folder: Path, fit: bool = False) -> None:
        self.folder, self.fit = folder, fit
        self.problem: Optional[str] = None
        self.told = False
        self.owner = False  # holds the lock: the saved session is this quiz's own
        self._take_lock()

    def _take_lock(self) -> None:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX: no lock, as before
            self.owner = True
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(session_path(self.folder, self.fit).with_suffix(".lock"), os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            self.problem = os_reason(error)
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            self.problem = _("another quiz or test is open in this account")
            return
        self.owner = True  # the descriptor stays open, and the lock held, until the process ends

    def save(self, session: Union[Session, FitSession]) -> bool:
        """Whether the session was saved; the first failure is kept in `problem`."""
        if self.problem is not None:
            return False
        try:
            save_session(session, self.folder)
        except OSError as error:
            self.problem = os_reason(error)
            return False
        return True

    def news(self) -> Optional[str]:
        """The problem, the first time it is asked for after it appeared (to be said once)."""
        if self.problem is None or self.told:
            return None
        self.told = True
        return self.problem

    def clear(self) -> None:
        """Remove the saved session, only when it is this quiz's own."""
        if self.owner:
            try:
                clear_session(self.folder, self.fit)
            except OSError:
                pass
