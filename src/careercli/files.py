"""Writing files so that nothing the user or another run reads is ever half-written."""

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, TextIO

TEMPORARY_SUFFIX = ".tmp"


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data`: readers see the old file or the new one, never a mix.

    The data goes to a uniquely named temporary file in the same folder (so concurrent
    writers never share one), which is then renamed over `path`.
    """
    temporary = path.with_name(f".{path.name}.{os.urandom(6).hex()}{TEMPORARY_SUFFIX}")
    try:
        with open(temporary, "xb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_text(path: Path) -> Iterator[TextIO]:
    """A text file (UTF-8) that replaces `path` only once the block ends without an error;
    until then readers see the old file, and an error leaves no trace."""
    temporary = path.with_name(f".{path.name}.{os.urandom(6).hex()}{TEMPORARY_SUFFIX}")
    try:
        with open(temporary, "x", encoding="utf-8", newline="") as file:
            yield file
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def check_new(path: Path, force: bool) -> None:
    """Refuse to replace an existing file without `force`, and to write into a missing folder,
    before any work is done."""
    from .errors import CareersError
    from .i18n import _

    if path.is_dir():
        raise CareersError(_("{path} is a folder; give a file name").format(path=path))
    if path.exists() and not force:
        raise CareersError(_("{path} exists; add --force to replace it").format(path=path))
    if not path.parent.is_dir():
        raise CareersError(_("no such folder: {path}").format(path=path.parent))
