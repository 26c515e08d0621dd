"""Where the data shipped with careers lives: inside the package, found with importlib.resources.

`careercli/data/` holds the career profiles (`careers/`), the quiz item banks (`quiz/`) and the
reference tables (`reference/`). In a source checkout it is a symbolic link to the `data/`
folder at the top of the repository, where profiles are edited; the wheel carries the files
themselves (hatchling follows the link), so a clone, an editable install and a normal install
all read the same place. A checkout made where symbolic links are not supported (git on
Windows without `core.symlinks`) falls back to the repository's `data/` folder.

An installed wheel also carries `careercli/_index/`: the index of the built-in profiles, made
when the wheel was built (see hatch_build.py), so the first command after install is fast.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional

PREBUILT_INDEX = "_index"


@lru_cache(maxsize=1)
def data_root() -> Path:
    packaged = resources.files(__package__) / "data"
    if isinstance(packaged, Path) and (packaged / "careers").is_dir():
        return packaged.resolve()  # through the checkout's link: the folder people edit
    return Path(__file__).resolve().parents[2] / "data"  # a checkout without the link


def builtin_careers() -> Path:
    return data_root() / "careers"


def builtin_banks() -> Path:
    return data_root() / "quiz"


def reference_tables() -> Path:
    return data_root() / "reference"


def prebuilt_index() -> Optional[Path]:
    """The folder of the index built with the wheel, or None (a source checkout has none)."""
    folder = resources.files(__package__) / PREBUILT_INDEX
    return folder if isinstance(folder, Path) and folder.is_dir() else None
