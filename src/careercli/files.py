"""Reading files within limits, and writing them so that nothing is ever seen half-written."""

import errno
import os
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator, TextIO, Union

TEMPORARY_SUFFIX = ".tmp"


class FileRefused(OSError):
    """A file the tool will not read (too large, not a regular file); `strerror` says why."""


def size_text(size: int) -> str:
    """1048576 -> '1 MiB' (the limits are powers of two)."""
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:g} {unit}"
    return f"{size} B"


def read_bounded(path: Union[str, Path], limit: int, *, regular_only: bool = True) -> bytes:
    """The bytes of `path`, refused when there are more than `limit` of them.

    At most `limit` + 1 bytes are ever read, so a file that grows after it was checked, or a
    device such as /dev/zero, cannot exhaust memory. With `regular_only`, anything but a regular
    file (a named pipe that would block, a device) is refused before reading; opening never
    blocks. Without it, pipes are read too (`--answers <(...)`): a pipe nobody writes to reads
    as empty. Raises OSError (FileRefused for the refusals)."""
    from .i18n import _

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    with open(fd, "rb", buffering=0, closefd=True) as file:
        info = os.fstat(fd)
        regular = stat.S_ISREG(info.st_mode)
        if stat.S_ISDIR(info.st_mode):
            raise FileRefused(errno.EISDIR, _("a folder, not a file"))
        if regular_only and not regular:
            raise FileRefused(errno.EINVAL, _("not a regular file"))
        if not regular:
            os.set_blocking(fd, True)
        if (regular and info.st_size > limit) or len(data := _read_up_to(file, limit + 1)) > limit:
            raise FileRefused(errno.EFBIG, _("file too large (the limit is {size})").format(size=size_text(limit)))
    return data


def _read_up_to(file: BinaryIO, count: int) -> bytes:
    chunks, left = [], count
    while left > 0:
        chunk = file.read(min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


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
