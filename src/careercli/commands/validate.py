"""`careers validate`: every problem in every profile, located."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Optional

from ..errors import Problem, ProfileError
from ..i18n import _
from ..views import ValidationReport

if TYPE_CHECKING:
    from ..app import App


def validate_paths(paths: list[Path]) -> ValidationReport:
    """Check every profile file under `paths`: what the walk skipped, duplicate ids, every problem."""
    from ..loader import read_profile
    from ..walk import walk_profiles

    checked, problems = 0, []
    for root in paths:
        walk = walk_profiles(root)
        base = root if walk.folders else root.parent
        problems += [Problem(root if s.relative == "." else base / s.relative, _skip_reason(s.reason))
                     for s in walk.skipped]
        seen: dict[str, str] = {}
        for found in walk.files:
            checked += 1
            career_id = Path(found.relative).stem
            if career_id in seen:
                problems.append(Problem(Path(found.path), _("same id '{id}' as {other}, which is used; rename one of them")
                                        .format(id=career_id, other=seen[career_id])))
                continue
            seen[career_id] = found.path
            try:
                read_profile(Path(found.path))
            except ProfileError as error:
                problems += error.problems
    return ValidationReport(checked=checked, problems=problems)


def _path_reason(reason: "str | None") -> str:
    if reason is None:
        return _("an empty path; name a file or folder")
    return _("no such file or folder") if reason == "missing" else _("cannot be read: {reason}").format(reason=reason)


def _skip_reason(reason: str) -> str:
    reasons = {"not a regular file": _("skipped: not a regular file"), "link loop": _("skipped: link loop"),
               "unreadable": _("skipped: unreadable"), "name not UTF-8": _("skipped: name not UTF-8"),
               "too deep": _("skipped: folder too deep")}
    return reasons.get(reason, _("skipped: {reason}").format(reason=reason))


def validate(app: "App", paths: list[str], extra_dirs: Optional[list[str]] = None) -> ValidationReport:
    """The given files and folders, else every data folder (built-in, CAREERS_PATH, --data-dir)."""
    from ..resources import builtin_careers
    from ..walk import path_problem

    if paths:
        unusable = {p: path_problem(Path(p)) for p in paths if not p or path_problem(Path(p))}
        report = validate_paths([Path(p) for p in paths if p not in unusable])
        report.problems[:0] = [Problem(Path(p or "''"), _path_reason(reason)) for p, reason in unusable.items()]
        return report
    return validate_paths([builtin_careers(), *app.data_dirs(extra_dirs)])
