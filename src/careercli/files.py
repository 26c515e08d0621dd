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
    from .i18n import decimal_marks

    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= scale:
            return decimal_marks(f"{size / scale:g}") + f" {unit}"
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


def write_atomically(path: Path, data: bytes, *, through_links: bool = False) -> None:
    """Replace `path` with `data`: readers see the old file or the new one, never a mix.

    The data goes to a uniquely named temporary file in the same folder (so concurrent
    writers never share one), which is then renamed over `path`. With `through_links`, a link
    to a regular file is written through (the file is replaced, the link kept); a device, a pipe
    or another special file is never replaced."""
    target = write_target(path, through_links)
    temporary = temporary_name(target)
    try:
        with open(temporary, "xb") as file:
            file.write(data)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_text(path: Path) -> Iterator[TextIO]:
    """A text file (UTF-8) that replaces `path` only once the block ends without an error;
    until then readers see the old file, and an error leaves no trace. A link to a regular file
    is written through (what the user asked for is the file it names)."""
    target = write_target(path, through_links=True)
    temporary = temporary_name(target)
    try:
        with open(temporary, "x", encoding="utf-8", newline="") as file:
            yield file
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_target(path: Path, through_links: bool) -> Path:
    """The file a write to `path` replaces: the file a link names (with `through_links`), never
    anything but a regular file (raises FileRefused)."""
    from .i18n import _

    target = Path(os.path.realpath(path)) if through_links and path.is_symlink() else path
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return target
    if not stat.S_ISREG(info.st_mode) and not (stat.S_ISLNK(info.st_mode) and not through_links):
        raise FileRefused(errno.EINVAL, _("not a regular file"))
    return target


def temporary_name(path: Path) -> Path:
    """`.<name>.<random>.tmp` beside `path`, the name shortened to fit the file-system limit."""
    mark = f".{os.urandom(6).hex()}{TEMPORARY_SUFFIX}"
    room = name_limit(path.parent) - 1 - len(mark)
    name = os.fsencode(path.name)[:room].decode("utf-8", "ignore") if len(os.fsencode(path.name)) > room else path.name
    return path.with_name(f".{name}{mark}")


def name_limit(folder: Path) -> int:
    """The longest file name (in bytes) the folder's file system takes."""
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        return 255


def check_new(path: Path, force: bool) -> None:
    """Refuse, before any work is done, what the write would fail on or should not do: replace an
    existing file without `force`, write into a missing or unwritable folder, replace a folder, a
    device, a pipe or a link to one, or use a name longer than the file system takes."""
    from .errors import CareersError
    from .i18n import _, os_reason

    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    if path.is_symlink() and not target.is_file():
        raise CareersError(_("{path} is a link to {target}, which is not a regular file").format(
            path=path, target=target))
    if target.is_dir():
        raise CareersError(_("{path} is a folder; give a file name").format(path=path))
    if target.exists() and not target.is_file():
        raise CareersError(_("{path} is not a regular file (a device or a pipe); give a file name").format(path=path))
    if target.exists() and not force:
        raise CareersError(_("{path} exists; add --force to replace it").format(path=path))
    if not target.parent.is_dir():
        raise CareersError(_("no such folder: {path}").format(path=target.parent))
    if len(os.fsencode(target.name)) > name_limit(target.parent):
        raise CareersError(f"{path}: {os_reason(OSError(errno.ENAMETOOLONG, 'File name too long'))}")
    check_writable(target.parent)


def check_writable(folder: Path) -> None:
    """The folder, or the nearest one above it that exists (it will be made), must take new files."""
    from .errors import CareersError
    from .i18n import _, os_reason

    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        raise CareersError(_("cannot write to {folder}: {reason}").format(
            folder=existing, reason=os_reason(OSError(errno.EACCES, "Permission denied"))))
