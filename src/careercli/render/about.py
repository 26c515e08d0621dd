"""`careers about`: sources, versions, licences and attributions, and the size of the catalog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import _, colon, dated, place
from ..phrases import joined, shown
from ..text import clean

if TYPE_CHECKING:
    from rich.console import Console

    from ..views import About
    from .output import Output


def emit_json(about: "About", output: "Output") -> None:
    _warn_pay(about, output)
    output.write_json("about", {"version": about.version, "sources": about.sources, "careers": about.careers,
                                "coverage": about.coverage, "french_titles": about.french_titles,
                                "study_levels": about.study_levels, "methods": about.methods})


def _warn_pay(about: "About", output: "Output") -> None:
    for problem in about.pay_problems:
        output.message(_("Pay figures not used: {problem}").format(problem=problem))


def coverage_lines(about: "About") -> list[str]:
    """'Pay: United States, May 2024, USD (median): 922 careers; Occupational Employment ...'."""
    lines = []
    for item in about.coverage.get("pay", []):
        when = item.get("reference") or item.get("year") or ""
        where = ", ".join(str(x) for x in (place(str(item.get("geography") or "")), dated(str(when)),
                                            item.get("currency")) if x)
        figure = _("median") if item["figure"] == "median" else _("salary range")
        lines.append(_("Pay: {where} ({figure}), careers: {n}; {source}").format(
            where=where, figure=figure, n=item["careers"], source=item.get("source") or _("unknown source")))
    for item in about.coverage.get("outlook", []):
        where = ", ".join(str(x) for x in (place(str(item.get("geography") or "")),
                                            f"{item['base_year']}–{item['target_year']}") if x)
        lines.append(_("Outlook: {where}, careers: {n}; {source}").format(
            where=where, n=item["careers"], source=item.get("source") or _("unknown source")))
    return lines


def french_title_line(about: "About") -> str:
    """'French titles of imported occupations: 490 from an exact crosswalk match; related jobs only ...'."""
    counts = about.french_titles
    if not counts:
        return ""
    return _("French titles of imported occupations: {exact} from an exact crosswalk match; only related French "
             "jobs (strongest match close: {close}, broader: {broad}, narrower: {narrow}); none: {none} (English "
             "title shown)").format(**counts)


def emit_rich(about: "About", output: "Output") -> None:
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    console = output.out
    console.print(Text(_("careers {version}: data sources and licences").format(version=about.version), style="bold"))
    labels = {"version": _("Version"), "publisher": _("Publisher"), "licence": _("Licence"), "url": _("Web"),
              "attribution": _("Attribution"), "note": _("Note"), "used_by": _("Used by")}
    for source in about.parts:
        console.print()
        console.print(Text(clean(shown(source["name"][0])), style="bold"))
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True, style="dim")
        grid.add_column(overflow="fold")
        for key, label in labels.items():
            if source.get(key):  # an importer's phrase in the reader's language; names and URLs as they are
                grid.add_row(Text(label), Text(clean(joined([shown(p) for p in source[key]], _("; ")))))
        console.print(Padding(grid, (0, 0, 0, 2)))
    careers = about.careers
    by_origin = ", ".join(f"{colon(origin)} {count}" for origin, count in careers["by_origin"].items())
    console.print()
    console.print(Text(_("Careers in the catalog: {total} ({by_origin})").format(total=careers["total"],
                                                                                  by_origin=clean(by_origin))))
    titles = french_title_line(about)
    if titles:
        console.print(Text(clean(titles)))
    lines = coverage_lines(about)
    if lines:
        console.print()
        console.print(Text(_("What the pay and outlook figures cover"), style="bold"))
        for line in lines:
            console.print(Padding(Text(clean(line)), (0, 0, 0, 2)))
    print_methods(about, console)
    _warn_pay(about, output)


def print_methods(about: "About", console: "Console") -> None:
    """The study levels read from the ROME fiches, and how the ranking uses the sources."""
    from rich.padding import Padding
    from rich.text import Text

    levels = about.study_levels
    if levels.get("rome_fiches"):
        console.print()
        by_level = ", ".join(f"EQF {level}: {n}" for level, n in levels["by_entry_level"].items())
        console.print(Text(_("Study levels of the ROME fiches, read from their access text (lowest level named): "
                             "{by_level}; unknown: {unknown}").format(by_level=by_level, unknown=levels["unknown"])))
    if about.methods:
        console.print()
        console.print(Text(_("How careers are ranked"), style="bold"))
        for line in about.methods:
            console.print(Padding(Text(line), (0, 0, 0, 2)))
