"""`careers compare`: two or more careers side by side."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from ..errors import UsageError
from ..i18n import _, use_language

MAX_CAREERS = 6


def run_compare(settings: Any, jobs: list[str], *, lang: Optional[str], fmt: str,
                extra_dirs: Optional[list[Path]] = None) -> None:
    lang = use_language(lang)
    if not 2 <= len(jobs) <= MAX_CAREERS:
        raise UsageError(_("compare needs 2 to {most} careers (got {count})").format(most=MAX_CAREERS, count=len(jobs)))
    catalog = settings.catalog(extra_dirs)
    careers = [catalog.get(job) for job in jobs]
    if fmt in ("json", "csv"):
        from ..compare import career_facts
        from ..console import write_data

        facts = [career_facts(career_id, profile, lang) for career_id, profile in careers]
        if fmt == "csv":
            from ..render.comparison import comparison_csv

            write_data(comparison_csv(facts))
        else:
            from ..render.envelope import envelope, to_json

            write_data(to_json(envelope("compare", {"careers": facts})))
        return
    from ..compare import compare_careers

    rows = compare_careers(careers, lang)
    if fmt == "markdown":
        from ..console import write_data
        from ..render.comparison import comparison_markdown

        write_data(comparison_markdown(rows))
    else:
        from ..console import out
        from ..render.comparison import render_comparison

        render_comparison(rows, out())
