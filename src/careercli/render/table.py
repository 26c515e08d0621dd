"""The table that maps a result type and an output format to its renderer (`render.emit` and the
file writers of render/files.py both look renderers up here)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from .output import Output

# result type -> format -> "module:function" in this package
RENDERERS: dict[str, dict[str, str]] = {
    "ProfileView": {"rich": "profile_print:emit", "markdown": "profile_markdown:emit", "json": "profile_json:emit"},
    "CareerList": {"rich": "careers:emit_rich", "json": "careers:emit_json", "csv": "careers:emit_csv",
                   "markdown": "careers:emit_markdown"},
    "CriteriaList": {"rich": "criteria:emit_rich", "json": "criteria:emit_json", "csv": "criteria:emit_csv",
                     "markdown": "criteria:emit_markdown"},
    "ValidationReport": {"rich": "validation:emit_rich", "json": "validation:emit_json"},
    "SchemaDocument": {"json": "validation:emit_schema"},
    "About": {"rich": "about:emit_rich", "json": "about:emit_json"},
    "QuizResult": {"rich": "quiz_results:emit_rich", "json": "quiz_results:emit_json",
                   "csv": "quiz_results:emit_csv", "markdown": "quiz_results:emit_markdown",
                   "report.html": "report_formats:quiz_html", "report.md": "report_formats:quiz_markdown",
                   "report.svg": "report_formats:quiz_svg"},
    "Compatibility": {"rich": "quiz_results:emit_fit_rich", "json": "quiz_results:emit_fit_json",
                      "markdown": "report_formats:fit_markdown", "report.html": "report_formats:fit_html", "report.md": "report_formats:fit_markdown",
                      "report.svg": "report_formats:fit_svg"},
    "ValuesResult": {"rich": "values_result:emit_rich", "json": "values_result:emit_json"},
    "Comparison": {"rich": "comparison:emit_rich", "json": "comparison:emit_json", "csv": "comparison:emit_csv",
                   "markdown": "comparison:emit_markdown"},
    "ClassResult": {"rich": "class_results:emit_rich", "json": "class_results:emit_json",
                    "csv": "class_results:emit_csv", "markdown": "class_results:emit_markdown",
                    "report.html": "report_formats:class_html", "report.md": "report_formats:class_markdown",
                    "report.svg": "report_formats:class_svg"},
    "SavedResults": {"rich": "saved:emit_rich", "json": "saved:emit_json", "csv": "saved:emit_csv",
                     "markdown": "saved:emit_markdown"},
    "SearchResult": {"rich": "search_results:emit_rich", "json": "search_results:emit_json",
                     "csv": "search_results:emit_csv", "markdown": "search_results:emit_markdown"},
    "SimilarResult": {"rich": "similar_results:emit_rich", "json": "similar_results:emit_json",
                      "csv": "similar_results:emit_csv", "markdown": "similar_results:emit_markdown"},
    "MovesResult": {"rich": "moves_results:emit_rich", "json": "moves_results:emit_json",
                    "csv": "moves_results:emit_csv", "markdown": "moves_results:emit_markdown",
                    "report.html": "report_formats:moves_html", "report.md": "report_formats:moves_markdown",
                    "report.svg": "report_formats:moves_svg"},
    "PathResult": {"rich": "moves_results:emit_path_rich", "json": "moves_results:emit_path_json",
                   "csv": "moves_results:emit_path_csv", "markdown": "moves_results:emit_path_markdown",
                   "report.html": "report_formats:path_html", "report.md": "report_formats:path_markdown",
                   "report.svg": "report_formats:path_svg"},
    "Why": {"rich": "why:emit_rich", "markdown": "why:emit_markdown", "json": "why:emit_json"},
    "CacheReport": {"rich": "messages:emit_cache"},
    "ImportReport": {"rich": "messages:emit_import"},
}


def formats_of(result_type: str) -> list[str]:
    return list(RENDERERS[result_type])


def renderer(result: Any, fmt: str) -> Callable[[Any, "Output"], None]:
    formats = RENDERERS[type(result).__name__]
    module, function = (formats.get(fmt) or next(iter(formats.values()))).split(":")
    return getattr(import_module(f"{__package__}.{module}"), function)
