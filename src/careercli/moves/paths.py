"""The cheapest chains of moves from one career to another, over the links of `careers moves`.

The graph: from each career, its reference's own links (ROME mobility, O*NET related
occupations) and its nearest careers by competences (moves.tables), to careers in scope. A step
costs what it asks to learn (measure.to_learn, 0 to 1) plus STEP_COST, so that of two chains that
ask as much, the shorter wins; a link to a career without competences in the table is not
followed. At most MAX_STEPS steps.

`cheapest_paths` finds up to `count` chains, cheapest first (a best-first search that expands each
career at most `count` times, without going through a career twice in one chain), and keeps the
ones that ask at most GOOD_ENOUGH times as much as the cheapest. When there is none,
`nearest_reachable` gives the careers that can be reached whose competences overlap most with
the goal.
"""

from __future__ import annotations

import heapq
from typing import Callable, NamedTuple

from .measure import overlap
from .tables import MovesTable

MAX_STEPS = 4
STEP_COST = 0.1
GOOD_ENOUGH = 1.5  # an alternative chain asks at most this many times the cheapest one's cost


class Chain(NamedTuple):
    cost: float  # the sum of what each step asks to learn, plus STEP_COST a step
    codes: tuple[str, ...]  # from the start to the goal


class Graph:
    """The moves a chain may take from each career: each target once, in scope, with a known cost."""

    def __init__(self, table: MovesTable, allowed: Callable[[str], bool]) -> None:
        self.table, self.allowed = table, allowed
        self._edges: dict[str, list[tuple[str, float]]] = {}

    def edges(self, code: str) -> list[tuple[str, float]]:
        found = self._edges.get(code)
        if found is None:
            found, seen = [], set()
            for link in self.table.moves_from(code):
                if link.to_learn is not None and link.code not in seen and self.allowed(link.code):
                    seen.add(link.code)
                    found.append((link.code, link.to_learn + STEP_COST))
            self._edges[code] = found
        return found


def cheapest_paths(table: MovesTable, start: str, goal: str, allowed: Callable[[str], bool],
                   count: int = 3) -> list[Chain]:
    """Up to `count` chains from `start` to `goal`, cheapest first (see the module's docstring)."""
    graph = Graph(table, allowed)
    next_to_goal = table.linking_to(goal)  # a chain with one step left must be at one of these
    queue = [Chain(0.0, (start,))]
    expanded: dict[str, int] = {}
    found: list[Chain] = []
    while queue and len(found) < count:
        chain = heapq.heappop(queue)
        if found and chain.cost > found[0].cost * GOOD_ENOUGH:
            break  # every chain left asks too much more than the cheapest
        here = chain.codes[-1]
        if here == goal:
            found.append(chain)
            continue
        if expanded.get(here, 0) >= count:
            continue
        expanded[here] = expanded.get(here, 0) + 1
        steps_left = MAX_STEPS - len(chain.codes)  # after the next step
        for there, cost in graph.edges(here):
            useful = there == goal or (steps_left > 0 and expanded.get(there, 0) < count
                                       and (steps_left > 1 or there in next_to_goal))
            if useful and there not in chain.codes:
                heapq.heappush(queue, Chain(round(chain.cost + cost, 6), (*chain.codes, there)))
    return found


def reachable(table: MovesTable, start: str, allowed: Callable[[str], bool]) -> dict[str, Chain]:
    """Every career reachable within MAX_STEPS, with the cheapest chain to it."""
    graph = Graph(table, allowed)
    best: dict[str, Chain] = {}
    queue = [Chain(0.0, (start,))]
    while queue:
        chain = heapq.heappop(queue)
        here = chain.codes[-1]
        if here in best:
            continue
        best[here] = chain
        if len(chain.codes) <= MAX_STEPS:  # fewer than MAX_STEPS steps so far
            for there, cost in graph.edges(here):
                if there not in best:
                    heapq.heappush(queue, Chain(round(chain.cost + cost, 6), (*chain.codes, there)))
    best.pop(start, None)
    return best


def nearest_reachable(table: MovesTable, start: str, goal: str, allowed: Callable[[str], bool],
                      count: int = 5) -> list[tuple[float, Chain]]:
    """The careers reachable from `start` whose competences overlap most with `goal`'s, best first,
    as (overlap, cheapest chain to it)."""
    target = table.career(goal)
    if target is None:
        return []
    scored = []
    for code, chain in reachable(table, start, allowed).items():
        career = table.career(code)
        if career is not None and code != goal:
            scored.append((round(overlap(career.competences, target.competences), 3), chain))
    scored.sort(key=lambda pair: (-pair[0], pair[1].cost, pair[1].codes[-1]))
    return scored[:count]
