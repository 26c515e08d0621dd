"""Layout primitives for Rich output that adapts to its width (used by `careers show`).

Each primitive lays itself out as a list of lines (lists of Segments) for a width.
Composing lines directly, instead of nesting Rich renderables that re-split each
other's output, keeps a long profile about as cheap to render as plain text; the same
renderable reads well at 80 columns and stays complete at 40, and no word is cropped.
These primitives never parse markup: callers hand them `rich.text.Text` built from
cleaned strings.
"""

from __future__ import annotations

from typing import Callable, Optional, Sequence

from rich.cells import cell_len, chop_cells
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.segment import Segment
from rich.text import Text

from ..patterns import lazy

ACCENT = "cyan"
HEADING = "bold cyan"
MUTED = "dim"
STRONG = "bold"
TRACK = "bright_black"
GOOD = "green"
BAD = "red"
WIDE = 70  # below this many columns, side-by-side layouts stack


Lines = list[list[Segment]]
_TOKEN = lazy(r"\s*\S+\s*")
# Characters one cell wide each (Latin, common punctuation, currency): measured by len().
_NARROW = lazy("[\x20-\x7e\xa0-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20bf]*")


def lay_out(console: Console, item: RenderableType, width: int) -> Lines:
    """The lines of any renderable at `width` (fast paths for Text, Group and our blocks)."""
    if isinstance(item, Block):
        return item.lines(console, width)
    if isinstance(item, Text):
        if not item.spans and "\t" not in item.plain:
            style = console.get_style(item.style) if item.style else None
            return [[Segment(line, style)] if line else [] for line in wrap_words(item.plain, width)]
        lines = []
        for line in item.wrap(console, width):
            line.rstrip()
            lines.append(list(line.render(console)))
        return lines
    if isinstance(item, Group):
        return [line for child in item.renderables for line in lay_out(console, child, width)]
    return console.render_lines(item, console.options.update_width(width), pad=False)


def wrap_words(text: str, width: int) -> list[str]:
    """Greedy word wrap by terminal cells, spacing kept; a word wider than the line is folded."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        measure = len if _NARROW.fullmatch(paragraph) else cell_len
        line, used = "", 0
        for token in _TOKEN.findall(paragraph):
            word = token.rstrip()
            size = measure(word)
            if line and used + size > width:
                out.append(line.rstrip())
                line, used, word, token = "", 0, word.lstrip(), token.lstrip()
                size = measure(word)
            if size > width:
                pieces = chop_cells(word, width)
                out += pieces[:-1]
                token = pieces[-1] + token[len(word):]
            line += token
            used += measure(token)
        out.append(line.rstrip())
    return out


def pad_line(line: list[Segment], width: int) -> list[Segment]:
    missing = width - Segment.get_line_length(line)
    return line + [Segment(" " * missing)] if missing > 0 else line


class Block:
    """A renderable that lays itself out as lines; see `lay_out`."""

    def lines(self, console: Console, width: int) -> Lines:
        raise NotImplementedError

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        new_line = Segment.line()
        for line in self.lines(console, options.max_width):
            yield from line
            yield new_line


class Stack(Block):
    """Renderables one under the other."""

    def __init__(self, *items: RenderableType) -> None:
        self.items = items

    def lines(self, console: Console, width: int) -> Lines:
        return [line for item in self.items for line in lay_out(console, item, width)]


class Hanging(Block):
    """A body after a prefix (bullet, number, time, quote bar); wrapped lines get `rest`."""

    def __init__(self, first: Text | str, body: RenderableType, rest: Text | str | None = None) -> None:
        self.first = Text(first) if isinstance(first, str) else first
        rest = " " * self.first.cell_len if rest is None else rest
        self.rest = Text(rest) if isinstance(rest, str) else rest
        self.body = body

    def lines(self, console: Console, width: int) -> Lines:
        indent = max(self.first.cell_len, self.rest.cell_len)
        if width - indent < 12:  # too narrow for a gutter: stack rather than crop
            return lay_out(console, self.first, width) + lay_out(console, self.body, width)
        first = list(self.first.render(console))
        rest = list(self.rest.render(console))
        body = lay_out(console, self.body, width - indent)
        blank_rest = [] if not self.rest.plain.strip() else rest
        return [(rest if index else first) + line if line else (first if not index else blank_rest)
                for index, line in enumerate(body)]


class Row(Block):
    """Cells side by side; `None` widths share what is left. Stacks when too narrow."""

    def __init__(self, cells: Sequence[RenderableType], widths: Sequence[Optional[int]],
                 gap: int = 2, min_flex: int = 10) -> None:
        self.cells, self.widths, self.gap, self.min_flex = list(cells), list(widths), gap, min_flex

    def _resolve(self, total: int) -> Optional[list[int]]:
        fixed = sum(w for w in self.widths if w)
        flex = sum(1 for w in self.widths if not w)
        left = total - fixed - self.gap * (len(self.widths) - 1)
        share = left // flex if flex else 0
        if left < 0 or (flex and share < self.min_flex):
            return None
        return [w or share for w in self.widths]

    def lines(self, console: Console, width: int) -> Lines:
        widths = self._resolve(width)
        if widths is None:
            return Stack(*self.cells).lines(console, width)
        columns = [lay_out(console, cell, w) for cell, w in zip(self.cells, widths)]
        gap = [Segment(" " * self.gap)]
        out = []
        for y in range(max(len(c) for c in columns)):
            cells = [rows[y] if y < len(rows) else [] for rows in columns]
            filled = max((x for x, cell in enumerate(cells) if cell), default=-1)
            line: list[Segment] = []
            for x in range(filled + 1):  # pad every cell but the last one with text
                line += (gap if x else []) + (pad_line(cells[x], widths[x]) if x < filled else cells[x])
            out.append(line)
        return out


class ByWidth(Block):
    """Build the wide layout, or the narrow one below `threshold` columns."""

    def __init__(self, threshold: int, wide: Callable[[], RenderableType],
                 narrow: Callable[[], RenderableType]) -> None:
        self.threshold, self.wide, self.narrow = threshold, wide, narrow

    def lines(self, console: Console, width: int) -> Lines:
        return lay_out(console, (self.wide if width >= self.threshold else self.narrow)(), width)


class Bar(Block):
    """A range drawn on a scale: ───━━━━━━───, as wide as it is allowed (up to `limit`); an
    optional `mark` (e.g. a median) is drawn as ┃ at its place."""

    def __init__(self, low: float, high: float, scale: tuple[float, float], style: str = ACCENT,
                 limit: int = 0, mark: Optional[float] = None) -> None:
        self.low, self.high, self.scale, self.style, self.limit, self.mark = low, high, scale, style, limit, mark

    def lines(self, console: Console, width: int) -> Lines:
        width = max(1, min(width, self.limit or width))
        start_at, end_at = self.scale
        span = (end_at - start_at) or 1.0
        start = min(width - 1, max(0, round((self.low - start_at) / span * width)))
        end = min(width, max(start + 1, round((self.high - start_at) / span * width)))
        cells = [("─", TRACK)] * start + [("━", self.style)] * (end - start) + [("─", TRACK)] * (width - end)
        if self.mark is not None:
            cells[min(width - 1, max(0, int((self.mark - start_at) / span * width)))] = ("┃", STRONG)
        return [list(Text.assemble(*_runs(cells)).render(console))]


def _runs(cells: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Neighbouring cells of the same style joined into one piece of text."""
    runs: list[tuple[str, str]] = []
    for char, style in cells:
        if runs and runs[-1][1] == style:
            runs[-1] = (runs[-1][0] + char, style)
        else:
            runs.append((char, style))
    return runs


class Heading(Block):
    """A section heading followed by a thin rule to the right edge."""

    def __init__(self, title: str) -> None:
        self.title = title

    def lines(self, console: Console, width: int) -> Lines:
        text = Text(self.title, style=HEADING)
        rest = width - text.cell_len - 1
        if rest >= 3:
            text.append(" " + "─" * rest, style=TRACK)
        return lay_out(console, text, width)


class Frame(Block):
    """A rounded box around a body, one space of padding inside."""

    def __init__(self, body: RenderableType, style: str = TRACK) -> None:
        self.body, self.style = body, style

    def lines(self, console: Console, width: int) -> Lines:
        inner = max(1, width - 4)
        border = console.get_style(self.style)
        left, right = Segment("│ ", border), Segment(" │", border)
        rows = [[left, *pad_line(line, inner), right] for line in lay_out(console, self.body, inner)]
        rule = "─" * (inner + 2)
        return [[Segment(f"╭{rule}╮", border)], *rows, [Segment(f"╰{rule}╯", border)]]


class Bullets(Block):
    """A bullet list, in up to three columns when the items are short enough."""

    def __init__(self, items: Sequence[Text], marker: str = "•", style: str = ACCENT, columns: bool = False) -> None:
        self.items, self.marker, self.style, self.columns = list(items), marker, style, columns

    def _item(self, item: Text) -> Hanging:
        return Hanging(Text(self.marker + " ", style=self.style), item)

    def lines(self, console: Console, width: int) -> Lines:
        count = 1
        if self.columns and self.items:
            longest = max(item.cell_len for item in self.items) + len(self.marker) + 1
            count = max(1, min(3, len(self.items), (width + 3) // (longest + 3)))
        if count == 1:
            return Stack(*map(self._item, self.items)).lines(console, width)
        per_column = -(-len(self.items) // count)
        chunks = [self.items[i:i + per_column] for i in range(0, len(self.items), per_column)]
        row = Row([Stack(*map(self._item, chunk)) for chunk in chunks], [None] * len(chunks), gap=3)
        return row.lines(console, width)


class Inline(Block):
    """Short items on a line, separated by ' · ', never broken inside an item that fits."""

    def __init__(self, items: Sequence[Text], separator: str = " · ") -> None:
        self.items, self.separator = [i for i in items if i.plain], separator

    def lines(self, console: Console, width: int) -> Lines:
        out: list[Text] = []
        line = Text()
        for item in self.items:
            sep = self.separator if line.plain else ""
            if line.plain and line.cell_len + len(sep) + item.cell_len > width:
                out.append(line)
                line, sep = Text(), ""
            line.append(Text(sep, style=MUTED)).append(item)
        out.append(line)
        return [row for text in out for row in lay_out(console, text, width)]


class Pairs(Block):
    """Label / value lines: labels in a column, or above their value when a value would not fit."""

    def __init__(self, rows: Sequence[tuple[str, RenderableType]]) -> None:
        self.rows = rows
        self.label_width = max((cell_len(label) for label, _v in rows), default=0)

    def lines(self, console: Console, width: int) -> Lines:
        column = width - self.label_width - 2
        out: Lines = []
        for label, value in self.rows:
            if column >= 24 and _longest_word(value) <= column:
                out += Row([Text(label, style=MUTED), value], [self.label_width, None]).lines(console, width)
            else:
                out += lay_out(console, Text(label, style=MUTED), width) + Hanging("  ", value).lines(console, width)
        return out


def _longest_word(value: RenderableType) -> int:
    return max((cell_len(word) for word in value.plain.split()), default=0) if isinstance(value, Text) else 0


