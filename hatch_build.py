"""Wheel build hook: ship the index of the built-in profiles inside the package.

Parsing ~2,500 YAML profiles takes seconds; an installed package never changes, so the wheel
carries their index (careercli/_index/builtin.index and builtin.pack, paths relative to the data
folder) and the first command after `pip install` is as fast as a warm one. The index is built
here with the package's own code. When the builder's cache (CAREERS_CACHE_DIR) holds a fresh
index of the same folder, its pieces are reused instead of parsing every file again.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

INDEX_FILES = ("builtin.index", "builtin.pack")


class PrebuiltIndexHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return  # an editable install reads the checkout, indexed in the user's cache
        out = Path(tempfile.mkdtemp(prefix="careers-index-"))
        problems = build_index(Path(self.root), out)
        if problems:
            shown = "\n".join(str(p) for p in problems[:20])
            raise RuntimeError(f"the built-in profiles do not validate ({len(problems)} problems):\n{shown}")
        for name in INDEX_FILES:
            build_data["force_include"][str(out / name)] = f"careercli/_index/{name}"


def build_index(root: Path, out: Path) -> list:
    sys.path.insert(0, str(root / "src"))
    try:
        from careercli.catalog.cache import CacheStore
        from careercli.catalog.index import build_prebuilt
    finally:
        sys.path.pop(0)
    cache_dir = os.environ.get("CAREERS_CACHE_DIR")
    warm = CacheStore(Path(cache_dir)) if cache_dir else None
    return build_prebuilt((root / "data" / "careers").resolve(), out, warm=warm)
