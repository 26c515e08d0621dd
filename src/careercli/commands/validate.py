"""`careers validate`: every problem in every profile, located."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..catalog.validation import validate_catalog, validate_given

if TYPE_CHECKING:
    from ..app import App
    from ..views import ValidationReport


def validate(app: "App", paths: list[str], extra_dirs: Optional[list[str]] = None) -> "ValidationReport":
    """The given files and folders, else every data folder (built-in, CAREERS_PATH, --data-dir)."""
    from ..resources import builtin_careers

    if paths:
        return validate_given(paths, app.cache)
    return validate_catalog([builtin_careers(), *app.data_dirs(extra_dirs)], app.catalog(extra_dirs), app.cache)
