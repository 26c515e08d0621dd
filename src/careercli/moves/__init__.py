"""Career moves: where a person can go from the job they have, what carries over, what to learn,
and the shortest chains of moves to a goal (`careers moves`, `careers path`, `Careers.moves`).

- `tables`: the reference tables (data/reference/moves-*.tsv), read once, line by line on demand;
- `measure`: the overlap of two careers' competences and the share of a move that must be learnt;
- `ranking`: the moves from one career, each with what carries over and what to add;
- `paths`: the cheapest chains of moves (at most MAX_STEPS) from one career to another.
"""

REFERENCE_ORIGINS = frozenset({"rome", "onet"})  # ranking.LIST_SOURCES: the references whose tables list moves


def may_have_moves(origin: str) -> bool:
    """Whether a profile of this origin can have moves in its page (a ROME fiche, an O*NET
    occupation): a curated profile's page has none, and `careers show` then imports none of this package's modules."""
    return origin in REFERENCE_ORIGINS
