"""Writing files so that nothing the user or another run reads is ever half-written."""

import os
from pathlib import Path

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
