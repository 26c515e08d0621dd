"""The committed catalogs (data/careers/onet, data/careers/rome) as plain YAML data, parsed once per
test run.

Several test files check the whole committed catalog; each parsing its 923 or 1,584 files again
cost seconds a test (PyYAML builds every value in Python, even with libyaml's parser). The first
process to ask parses a folder and leaves a pickled copy in the run's shared folder (see conftest's
`shared_cache`); the other pytest-xdist workers load that copy. The parsed profiles are shared
read-only: a test must not change them."""

from __future__ import annotations

import fcntl
import functools
import os
import pickle
from pathlib import Path
from typing import Any, Optional

import yaml

ROOT = Path(__file__).resolve().parents[1]
CAREERS = ROOT / "data" / "careers"
# libyaml's parser, PyYAML's own SafeConstructor: the same values as yaml.safe_load, faster.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_shared: list[Optional[Path]] = [None]  # the run's folder every worker sees (set by conftest)


def share_in(folder: Path) -> None:
    _shared[0] = folder


def parse_folder(folder: Path) -> tuple[dict[str, Any], ...]:
    """Every profile of `folder`, in file name order."""
    return tuple(yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER) for path in sorted(folder.glob("*.yaml")))


@functools.cache
def committed_profiles(origin: str) -> tuple[dict[str, Any], ...]:
    """Every profile of data/careers/<origin>, in file name order (do not modify them)."""
    folder = _shared[0]
    if folder is None:
        return parse_folder(CAREERS / origin)
    copy = folder / f"committed-{origin}.pickle"
    with open(folder / f"committed-{origin}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one worker parses while the others wait for its copy
        if copy.exists():
            return pickle.loads(copy.read_bytes())
        profiles = parse_folder(CAREERS / origin)
        partial = copy.with_suffix(".partial")
        partial.write_bytes(pickle.dumps(profiles, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(partial, copy)
        return profiles
