"""`careers validate`: every problem in every profile, one per line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import EXIT_ERROR, EXIT_OK, Problem, ProfileError
from ..i18n import _


def validate_paths(paths: list[Path]) -> tuple[int, list[Problem]]:
    """Check every profile file under `paths`; return how many were checked and every problem."""
    from ..catalog import profile_files
    from ..loader import read_profile

    checked, problems = 0, []
    for folder in paths:
        if not folder.exists():
            problems.append(Problem(folder, _("no such file or folder")))
            continue
        for path in profile_files(folder):
            checked += 1
            try:
                read_profile(path)
            except ProfileError as error:
                problems += error.problems
    return checked, problems


def run_validate(settings: Any, paths: list[Path]) -> int:
    from ..catalog import data_dirs
    from ..console import err, out

    checked, problems = validate_paths(paths or data_dirs(settings.data_dirs))
    for problem in problems:
        out().print(str(problem), markup=False, highlight=False, soft_wrap=True)
    bad_files = len({p.path for p in problems})
    summary = _("{checked} profiles checked, {bad} with problems ({count} problems)").format(
        checked=checked, bad=bad_files, count=len(problems))
    err().print(summary, markup=False, highlight=False)
    return EXIT_ERROR if problems else EXIT_OK
