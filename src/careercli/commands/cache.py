"""`careers cache`: where the index cache is, and clearing it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..views import CacheReport

if TYPE_CHECKING:
    from ..app import App


def cache_path(app: "App") -> CacheReport:
    return CacheReport(folder=app.env.cache_dir())


def clear_cache(app: "App") -> CacheReport:
    from ..catalog.cache import CacheStore

    folder = app.env.cache_dir()
    return CacheReport(folder=folder, removed=CacheStore(folder).clear())
