"""A quiz in progress, saved when interrupted (Ctrl-C) and resumed with `careers quiz --resume`.

Kept as JSON in the user data folder (the application context says where: platformdirs, or
$CAREERS_DATA_DIR).
Written to a temporary file and renamed, so an interrupted write never leaves half a file.
"""


from pathlib import Path
from typing import Literal, Optional, Union

import msgspec

from ..errors import CareersError, NotFoundError
from ..files import write_atomically
from ..i18n import _

SESSION_VERSION = 1
SESSION_FILE = "quiz-session.json"
FIT_SESSION_FILE = "fit-session.json"


class Session(msgspec.Struct, kw_only=True):
    """Everything needed to continue a quiz where it stopped."""

    version: int = SESSION_VERSION
    bank: str
    lang: str
    answers: dict[str, Optional[int]] = {}  # item id -> 1-5, None when skipped
    position: int = 0  # index of the next item to show, in presentation order
    stage: Literal["items", "preferences", "done"] = "items"
    max_zone: Optional[int] = None
    min_salary: Optional[float] = None
    detailed_only: bool = False
    asked: list[str] = []  # preference questions already answered


class FitSession(msgspec.Struct, kw_only=True):
    """A compatibility test in progress (`careers fit --resume`)."""

    version: int = SESSION_VERSION
    career: str  # the career's id
    lang: str
    answers: dict[str, Optional[Union[int, str]]] = {}  # sa1.. -> yes..no, item id -> 1-5; None when skipped
    position: int = 0  # index of the next question


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
    path = session_path(folder)
    try:
        session = msgspec.json.decode(path.read_bytes(), type=Session)
    except FileNotFoundError:
        raise NotFoundError(_("no saved quiz to resume; start one with `careers quiz`")) from None
    except (OSError, msgspec.DecodeError, msgspec.ValidationError):
        raise CareersError(_("the saved quiz in {path} cannot be read; start again with `careers quiz`").format(
            path=path)) from None
    if session.version != SESSION_VERSION:
        raise CareersError(_("the saved quiz in {path} is from another version; start again with `careers quiz`").format(
            path=path))
    return session


def load_fit_session(folder: Path) -> FitSession:
    path = session_path(folder, fit=True)
    try:
        session = msgspec.json.decode(path.read_bytes(), type=FitSession)
    except FileNotFoundError:
        raise NotFoundError(_("no paused compatibility test to resume; start one with `careers fit JOB`")) from None
    except (OSError, msgspec.DecodeError, msgspec.ValidationError):
        raise CareersError(_("the paused test in {path} cannot be read; start again with `careers fit JOB`").format(
            path=path)) from None
    return session


def clear_session(folder: Path, fit: bool = False) -> None:
    session_path(folder, fit).unlink(missing_ok=True)
