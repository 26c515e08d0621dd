"""A `Report` written as one self-contained HTML page, as Markdown, or as one SVG image.

HTML: no external resource (no font, script, image or link to fetch), the chart is inline SVG,
and the page prints on A4 (`@page`, rows and figures never split, headings kept with what
follows). Every text is escaped after `clean` (control and invisible characters out), so a name
or a title is shown as written and never read as markup. The functions at the end are the
renderers of the report formats (`report.html`, `report.md`, `report.svg` in render.RENDERERS).
"""

from __future__ import annotations

import textwrap
from html import escape
from typing import TYPE_CHECKING, Any, Callable

from .. import __version__
from ..i18n import _, colon
from ..text import clean
from .reports import Chart, Report, Section, Table, class_report, fit_report, quiz_report

if TYPE_CHECKING:
    from .output import Output

ACCENT, MUTED, TRACK, INK = "#1b6ca8", "#9db8cf", "#e7eaee", "#1a1a1a"
FONT = "'DejaVu Sans', 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"
MONO = "'DejaVu Sans Mono', Menlo, Consolas, monospace"


def text(value: Any) -> str:
    """Untrusted text as inert HTML or XML."""
    return escape(clean(str(value)), quote=True)


# ---------------------------------------------------------------- the chart (SVG, inline or alone)

def chart_svg(chart: Chart, width: int = 640, embedded: bool = False) -> str:
    """The bars as an `<svg>` of their own, or as a group inside a larger image (`embedded`)."""
    label_width, value_width, row = 190, 90, 26
    bar_width = width - label_width - value_width
    height = row * len(chart.bars) + 8
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
             f'height="{height}" role="img" aria-label="{text(chart.title)}">' if not embedded else
             f'<g font-family="{FONT}">',
             f"<title>{text(chart.title)}</title>"]
    for n, bar in enumerate(chart.bars):
        y = 4 + n * row
        span = bar.high - bar.low
        filled = max(0.0, min(1.0, (bar.value - bar.low) / span)) * bar_width if span > 0 else 0.0
        colour = ACCENT if bar.strong else MUTED
        weight = "bold" if bar.strong else "normal"
        parts += [
            f'<text x="0" y="{y + 17}" font-size="13" font-weight="{weight}" fill="{INK}" '
            f'font-family="{FONT}">{text(bar.label)}</text>',
            f'<rect x="{label_width}" y="{y + 5}" width="{bar_width}" height="14" rx="3" fill="{TRACK}"/>',
            f'<rect x="{label_width}" y="{y + 5}" width="{filled:.1f}" height="14" rx="3" fill="{colour}"/>',
            f'<text x="{label_width + bar_width + 8}" y="{y + 17}" font-size="13" fill="{INK}" '
            f'font-family="{FONT}">{text(bar.shown)}</text>',
        ]
    parts.append("</svg>" if not embedded else "</g>")
    return "\n".join(parts)


# ---------------------------------------------------------------- HTML

STYLE = f"""
@page {{ size: A4; margin: 10mm 12mm 11mm; }}
* {{ box-sizing: border-box; }}
body {{ font: 10.5pt/1.45 {FONT}; color: {INK}; max-width: 182mm; margin: 0 auto; padding: 10mm 4mm; }}
h1 {{ font-size: 19pt; margin: 0; }}
.subtitle {{ font-size: 13pt; margin: 1mm 0 4mm; color: #333; }}
h2 {{ font-size: 13pt; margin: 7mm 0 2mm; border-bottom: 0.4mm solid {ACCENT}; padding-bottom: 1mm;
     break-after: avoid; page-break-after: avoid; }}
dl.facts {{ display: grid; grid-template-columns: max-content 1fr; gap: 0.8mm 6mm; margin: 0 0 4mm; }}
dl.facts dt {{ font-weight: bold; }}
dl.facts dd {{ margin: 0; }}
figure {{ margin: 4mm 0; break-inside: avoid; page-break-inside: avoid; }}
figcaption {{ font-weight: bold; margin-bottom: 2mm; }}
figure svg {{ width: 100%; max-width: 160mm; height: auto; }}
table {{ border-collapse: collapse; width: 100%; font-size: 9pt; }}
thead {{ display: table-header-group; }}
th, td {{ border-bottom: 0.25mm solid #c9ced4; padding: 1.3mm 1.6mm; text-align: left; vertical-align: top; }}
th {{ background: #f1f4f7; }}
td.num, th.num {{ text-align: right; white-space: nowrap; }}
th.num {{ white-space: normal; }}
td code {{ overflow-wrap: break-word; }}
tr, li, pre {{ break-inside: avoid; page-break-inside: avoid; }}
code, pre {{ font-family: {MONO}; font-size: 8.5pt; overflow-wrap: anywhere; }}
pre {{ background: #f1f4f7; padding: 2mm 3mm; white-space: pre-wrap; }}
footer {{ margin-top: 8mm; font-size: 8pt; color: #666; }}
p, li {{ orphans: 3; widows: 3; }}
footer {{ break-before: avoid; page-break-before: avoid; }}
tbody.row {{ break-inside: avoid; page-break-inside: avoid; }}
tbody.row tr:first-child td {{ border-bottom: none; padding-bottom: 0; }}
tr.wide td {{ color: #333; padding-top: 0.3mm; }}
@media print {{ body {{ padding: 0; max-width: none; font-size: 9pt; line-height: 1.3; }}
  th {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
  h1 {{ font-size: 15pt; }} .subtitle {{ font-size: 11pt; margin-bottom: 2mm; }}
  h2 {{ font-size: 11pt; margin: 2.5mm 0 1mm; }} p, ul {{ margin: 1mm 0; }} table {{ line-height: 1.2; }}
  dl.facts {{ margin-bottom: 2mm; }} figure {{ margin: 2mm 0; }}
  figure svg {{ max-width: 85mm; }} table {{ font-size: 7.4pt; }} th, td {{ padding: 0.35mm 1mm; }}
  code {{ font-size: 6.8pt; }} pre code {{ font-size: 7.5pt; }} footer {{ margin-top: 3mm; }}
  .top {{ display: flex; gap: 6mm; align-items: flex-start; }} .top dl.facts {{ flex: 1 1 0; }}
  .top figure {{ flex: 0 0 85mm; margin: 0 0 2mm; }} }}
"""


def to_html(report: Report) -> str:
    title = text(report.title + (f" – {report.subtitle}" if report.subtitle else ""))
    body = [f"<header><h1>{text(report.title)}</h1>"]
    if report.subtitle:
        body.append(f'<p class="subtitle">{text(report.subtitle)}</p>')
    body.append("</header>")
    top = []  # the facts and the chart: side by side on a printed page, where the chart's height is a third of it
    if report.facts:
        top.append('<dl class="facts">' + "".join(f"<dt>{text(k)}</dt><dd>{text(v)}</dd>" for k, v in report.facts)
                   + "</dl>")
    if report.chart is not None:
        top.append(f"<figure><figcaption>{text(report.chart.title)}</figcaption>{chart_svg(report.chart)}</figure>")
    if top:
        body.append('<div class="top">' + "".join(top) + "</div>")
    body += [_section_html(section) for section in report.sections]
    body.append(f"<footer>{text(_('Made by careers {version}, offline.').format(version=__version__))}</footer>")
    lang = f' lang="{text(report.lang)}"' if report.lang else ""
    return (f"<!DOCTYPE html>\n<html{lang}>\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n"
            f"<style>{STYLE}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n")


def _section_html(section: Section) -> str:
    parts = [f"<section><h2>{text(section.heading)}</h2>"]
    parts += [f"<p>{text(p)}</p>" for p in section.paragraphs]
    if section.table is not None:
        parts.append(_table_html(section.table))
    if section.bullets:
        parts.append("<ul>" + "".join(f"<li>{text(b)}</li>" for b in section.bullets) + "</ul>")
    if section.commands:
        parts.append("<pre><code>" + "\n".join(text(c) for c in section.commands) + "</code></pre>")
    return "".join(parts) + "</section>"


def _table_html(table: Table) -> str:
    def cell(tag: str, index: int, value: str) -> str:
        kind = ' class="num"' if index in table.numeric else ""
        inner = f"<code>{text(value)}</code>" if index in table.code and tag == "td" else text(value)
        return f"<{tag}{kind}>{inner}</{tag}>"

    if table.wide:
        return _table_with_wide_lines(table, cell)
    head = "<tr>" + "".join(cell("th", i, h) for i, h in enumerate(table.headers)) + "</tr>"
    rows = "\n".join("<tr>" + "".join(cell("td", i, v) for i, v in enumerate(row)) + "</tr>" for row in table.rows)
    return f"<table><thead>{head}</thead><tbody>\n{rows}\n</tbody></table>"


def _table_with_wide_lines(table: Table, cell: Any) -> str:
    """Each row with its long text (the reasons) as a full-width line under it, the two kept on one
    page: long French reasons in a narrow column took a dozen lines a row and a second page."""
    columns = [i for i in range(len(table.headers)) if i not in table.wide]
    head = "<tr>" + "".join(cell("th", i, table.headers[i]) for i in columns) + "</tr>"
    bodies = []
    for row in table.rows:
        wide = [f"{text(colon(table.headers[i]))} {text(row[i])}" for i in table.wide if row[i]]
        under = (f'<tr class="wide"><td></td><td colspan="{len(columns) - 1}">{"<br>".join(wide)}</td></tr>'
                 if wide else "")
        bodies.append('<tbody class="row"><tr>' + "".join(cell("td", i, row[i]) for i in columns) + "</tr>"
                      + under + "</tbody>")
    return f"<table><thead>{head}</thead>\n" + "\n".join(bodies) + "\n</table>"


# ---------------------------------------------------------------- Markdown

def to_markdown(report: Report) -> str:
    from .cells import md

    lines = [f"# {md(report.title)}", ""]
    if report.subtitle:
        lines += [f"**{md(report.subtitle)}**", ""]
    lines += [f"- **{md(colon(k))}** {md(v)}" for k, v in report.facts] + [""]
    if report.chart is not None:
        lines += [f"## {md(report.chart.title)}", "", f"| | {_('Score')} | |", "|---|---:|---|"]
        for bar in report.chart.bars:
            span = bar.high - bar.low
            filled = round(max(0.0, min(1.0, (bar.value - bar.low) / span)) * 20) if span > 0 else 0
            lines.append(f"| {md(bar.label)} | {md(bar.shown)} | {'█' * filled}{'░' * (20 - filled)} |")
        lines.append("")
    for section in report.sections:
        lines += _section_markdown(section)
    return "\n".join(lines).rstrip("\n") + "\n"


def _section_markdown(section: Section) -> list[str]:
    from .cells import md, md_cell

    lines = [f"## {md(section.heading)}", ""]
    for paragraph in section.paragraphs:
        lines += [md(paragraph), ""]
    if section.table is not None:
        table = section.table
        lines.append("| " + " | ".join(md_cell(h) for h in table.headers) + " |")
        lines.append("|" + "|".join("---:" if i in table.numeric else "---" for i in range(len(table.headers))) + "|")
        for row in table.rows:
            lines.append("| " + " | ".join(_md_code(v) if i in table.code else md_cell(v) for i, v in enumerate(row))
                         + " |")
        lines.append("")
    lines += [f"- {md(b)}" for b in section.bullets] + ([""] if section.bullets else [])
    if section.commands:
        lines += ["```sh", *(clean(c).replace("`", "'") for c in section.commands), "```", ""]
    return lines


def _md_code(value: str) -> str:
    from .cells import md_cell

    inert = clean(value)
    return md_cell(inert) if any(c in inert for c in "`|\n<") else f"`{inert}`"


# ---------------------------------------------------------------- SVG (the whole report as one image)

def to_svg(report: Report, width: int = 820) -> str:
    """Title, facts, chart and sections as one image (tables as lines of text, wrapped)."""
    lines: list[str] = []
    y = 40

    def write(value: str, size: int = 13, weight: str = "normal", x: int = 24, mono: bool = False,
              wrap: int = 110) -> None:
        nonlocal y
        for part in textwrap.wrap(clean(value), wrap) or [""]:
            family = MONO if mono else FONT
            lines.append(f'<text x="{x}" y="{y}" font-size="{size}" font-weight="{weight}" font-family="{family}" '
                         f'fill="{INK}">{escape(part)}</text>')
            y += size + 6

    write(report.title, 22, "bold")
    if report.subtitle:
        write(report.subtitle, 15)
    y += 6
    for key, value in report.facts:
        write(f"{key}: {value}")
    if report.chart is not None:
        y += 10
        write(report.chart.title, 15, "bold")
        lines.append(f'<g transform="translate(24 {y - 12})">{chart_svg(report.chart, width - 48, embedded=True)}</g>')
        y += 26 * len(report.chart.bars) + 8
    for section in report.sections:
        y += 12
        write(section.heading, 15, "bold")
        for paragraph in section.paragraphs:
            write(paragraph)
        if section.table is not None:
            write("  ·  ".join(section.table.headers), weight="bold")
            for row in section.table.rows:
                write("  ·  ".join(v for v in row if v), wrap=104)
        for bullet in section.bullets:
            write("• " + bullet, wrap=106)
        for command in section.commands:
            write(command, 12, mono=True, x=36, wrap=96)
    height = y + 24
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}">\n<rect width="100%" height="100%" fill="#ffffff"/>\n'
            + "\n".join(lines) + "\n</svg>\n")


# ---------------------------------------------------------------- renderers (render.RENDERERS)

WRITERS: dict[str, Callable[[Report], str]] = {"report.html": to_html, "report.md": to_markdown, "report.svg": to_svg}


def _renderer(build: Callable[[Any], Report], fmt: str) -> Callable[[Any, "Output"], None]:
    def emit(result: Any, output: "Output") -> None:
        output.write_data(WRITERS[fmt](build(result)))

    return emit


quiz_html, quiz_markdown, quiz_svg = (_renderer(quiz_report, f) for f in WRITERS)
fit_html, fit_markdown, fit_svg = (_renderer(fit_report, f) for f in WRITERS)
class_html, class_markdown, class_svg = (_renderer(class_report, f) for f in WRITERS)


def _moves_report(result: Any) -> Report:
    from .moves_results import moves_report

    return moves_report(result)


def _path_report(result: Any) -> Report:
    from .moves_results import path_report

    return path_report(result)


moves_html, moves_markdown, moves_svg = (_renderer(_moves_report, f) for f in WRITERS)
path_html, path_markdown, path_svg = (_renderer(_path_report, f) for f in WRITERS)
