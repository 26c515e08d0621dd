"""Validation: every problem in every profile file of some folders, located; the same for the
command line (`careers validate`) and `Careers.validate`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Optional

from ..errors import Problem
from ..i18n import _
from ..views import ValidationReport

if TYPE_CHECKING:
    from .cache import ReadOnlyStore
    from .merged import Catalog


def validate_given(paths: list[str], cache: Optional["ReadOnlyStore"] = None) -> ValidationReport:
    """The files and folders named (as typed: problems name them so); a path that is missing or
    unreadable is a problem of its own, reported first."""
    from .walk import path_problem

    unusable = {p: path_problem(Path(p)) for p in paths if not p or path_problem(Path(p))}
    report = validate_paths([Path(p) for p in paths if p not in unusable], cache)
    report.problems[:0] = [Problem(Path(p or "''"), _path_reason(reason)) for p, reason in unusable.items()]
    return report


def validate_catalog(folders: list[Path], catalog: "Catalog", cache: Optional["ReadOnlyStore"] = None) -> ValidationReport:
    """Every data folder of a catalog, the pay overlays whose career no folder has, and the
    search vocabulary."""
    report = validate_paths(folders, cache)
    report.problems += catalog.orphan_overlays()
    report.problems += vocabulary_problems(catalog)
    return report


def validate_paths(paths: list[Path], cache: Optional["ReadOnlyStore"] = None) -> ValidationReport:
    """Check every profile file under `paths`: what the walk skipped, duplicate ids, every problem.

    Each path is indexed like a data folder (through `cache` when given): a file unchanged since
    it was last checked is not parsed again, and its problems are the ones found then."""
    from .merged import Layer, MemoryStore

    checked, problems = 0, []
    for path in paths:
        layer = Layer(path.absolute(), cache if cache is not None else MemoryStore())
        index = layer.index()
        checked += len(index.files) + len(index.duplicates) + len(index.overlays)  # pay overlays are checked too
        problems += [_as_given(problem, layer.root, path) for problem in layer.problems()]
    return ValidationReport(checked=checked, problems=problems)


def _as_given(problem: Problem, absolute: Path, given: Path) -> Problem:
    """The problem's file named from the path the user typed (`profiles/x.yaml`, not `/home/...`)."""
    try:
        relative = problem.path.relative_to(absolute)
    except ValueError:
        try:
            relative = problem.path.relative_to(absolute.parent)
            given = given.parent
        except ValueError:
            return problem
    problem.path = given / relative if str(relative) != "." else given
    return problem


def vocabulary_problems(catalog: "Catalog") -> list[Problem]:
    """What is wrong in the search vocabulary (data/reference/vocabulary.tsv): a line that does not
    parse, a term given twice, a phrase that finds no career."""
    from .search import search_entries
    from .vocabulary import parse_vocabulary, unfound_meanings, vocabulary_path

    path = vocabulary_path()
    if not path.is_file():
        return []
    terms, problems = parse_vocabulary(path.read_text(encoding="utf-8"))
    if any(entry.origin in ("rome", "onet") for entry in catalog.entries.values()):  # what its phrases point to
        problems += unfound_meanings(terms, lambda phrase: bool(search_entries(catalog, phrase, limit=1)))
    return [Problem(path, p.message, field=p.field, line=p.line) for p in sorted(problems)]


def _path_reason(reason: "str | None") -> str:
    if reason is None:
        return _("an empty path; name a file or folder")
    return _("no such file or folder") if reason == "missing" else _("cannot be read: {reason}").format(reason=reason)
