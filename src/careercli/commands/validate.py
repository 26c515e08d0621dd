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
        base = root if root.is_dir() else root.parent
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


def _skip_reason(reason: str) -> str:
    reasons = {"not a regular file": _("skipped: not a regular file"), "link loop": _("skipped: link loop"),
               "unreadable": _("skipped: unreadable"), "name not UTF-8": _("skipped: name not UTF-8"),
               "too deep": _("skipped: folder too deep")}
    return reasons.get(reason, _("skipped: {reason}").format(reason=reason))


def validate(app: "App", paths: list[str], extra_dirs: Optional[list[str]] = None) -> ValidationReport:
    """The given files and folders, else every data folder (built-in, CAREERS_PATH, --data-dir)."""
    from ..resources import builtin_careers

    if paths:
        missing = [p for p in paths if not Path(p).exists()]
        report = validate_paths([Path(p) for p in paths if p not in missing])
        report.problems[:0] = [Problem(Path(p), _("no such file or folder")) for p in missing]
        return report
    return validate_paths([builtin_careers(), *app.data_dirs(extra_dirs)])
