"""`careers about`: where the data comes from, under which licence, with the required attributions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..explore.about import about_of

if TYPE_CHECKING:
    from ..app import App
    from ..views import About


def about(app: "App") -> "About":
    """What `careers about` prints, for the catalog of this run (the built-in folder, CAREERS_PATH, --data-dir)."""
    from ..resources import builtin_careers

    return about_of(app.catalog(), [builtin_careers(), *app.data_dirs()])
