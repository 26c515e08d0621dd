"""The committed catalogs (data/careers/onet, data/careers/rome) as plain YAML data, read once per
test process.

Several test files check the whole committed catalog; each parsing its 923 or 1,584 files again
cost seconds a test. The parsed profiles are shared read-only: a test must not change them."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
CAREERS = ROOT / "data" / "careers"
# libyaml's parser, PyYAML's own SafeConstructor: the same values as yaml.safe_load, several times faster.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.cache
def committed_profiles(origin: str) -> tuple[dict[str, Any], ...]:
    """Every profile of data/careers/<origin>, in file name order (do not modify them)."""
    return tuple(yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
                 for path in sorted((CAREERS / origin).glob("*.yaml")))
