"""Build the two reference tables `careers moves` and `careers path` read (data/reference/).

`moves-rome-v<version>.tsv`, from the ROME 4.0 export (France Travail):
    fiche   <code>  <core items>  <other items>  <mobility>  <near>
    item    <code_ogr>  area|competence|knowledge  <label>      every item some fiche holds, by code
`moves-onet-<version>.tsv`, from the O*NET database (Skills.txt, Knowledge.txt, Related Occupations.txt):
    element <id>  skill|knowledge  <English name>  <French name>    in the order of the value lists
    occupation  <code>  <importances>  <levels>  <related>  <near>

Lists are space-separated. `mobility`: ROME's mobility links (rubrique_mobilite) in their published
order; `related`: O*NET's Related Occupations, Primary-Short then Primary-Long, by index (what the
profiles' `similar` lists hold), each as `code:to_learn` (moves.measure.to_learn, 3 decimals; the
code alone when the target has no skill data); `near`: the NEAR careers of the same table whose
competences overlap most with this one (moves.measure.overlap, >= MIN_NEAR), best first, as
`code:overlap:to_learn`. The costs are there so that `careers path` reads edges, not sets.
Importances and levels are written as O*NET publishes them ("-": none for this occupation).
A fiche's items are its competences (savoir-faire), the macro-competences they belong to (`area`:
a fiche with "Accueillir des enfants" holds "Conseiller, accompagner une personne", core when one of
its competences there is) and its knowledge (savoirs). Soft skills (savoir-être) are not in the
ROME table (see moves.measure). Item labels get their accented capitals back as the profiles do
("Elaborer" -> "Élaborer", importers/accents.py), from the export's own lower-case spellings.

Same sources -> same bytes. `tools/moves_tables.py` writes them; a test checks the committed ones
equal a fresh build.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from ..moves.measure import CORE_WEIGHT, IMPORTANT, OTHER_WEIGHT, Competences, to_learn
from .accents import accent_restorer, lower_case_forms
from .onet_elements import ELEMENTS

NEAR = 10
MIN_NEAR = 0.15  # below this overlap two careers share too little to be called near
ROME_LICENCE = "Licence Ouverte / Etalab 2.0 (believed; to be verified)"
COMMAND = "python tools/moves_tables.py ../shared/data/rome ../shared/data/onet --out data/reference"
KNOW_HOW, KNOWLEDGE = "1", "3"  # rubriques of the ROME competences bloc (2: savoir-être, left out)


def build_rome_table(rome_dir: Path) -> tuple[str, str]:
    """(file name, text) of the ROME table."""
    from .rome_export import read_rome_export

    export = read_rome_export(rome_dir)
    fiches: dict[str, tuple[list[str], list[str]]] = {}
    used: dict[str, str] = {}  # item -> kind
    for code, fiche in sorted(export.fiches.items()):
        flags = _fiche_items(export, fiche, used)
        fiches[code] = ([i for i, core in flags.items() if core], [i for i, core in flags.items() if not core])
    competences = {code: Competences({**{i: OTHER_WEIGHT for i in other}, **{i: CORE_WEIGHT for i in core}})
                   for code, (core, other) in fiches.items()}
    near = nearest(competences)
    release = export.release
    lines = _header(["source: ROME 4.0, Répertoire Opérationnel des Métiers et des Emplois (open-data export)",
                     "publisher: France Travail",
                     f"version: v{release.version}, published {release.published}",
                     f"licence: {ROME_LICENCE}"])
    for code, fiche in sorted(export.fiches.items()):
        mobility = [target for _order, target in sorted(fiche.mobility) if target != code]
        core, other = fiches[code]
        lines.append("\t".join(["fiche", code, " ".join(core), " ".join(other), links(code, mobility, competences),
                                 near_with_costs(code, near[code], competences)]))
    restore = accent_restorer(lower_case_forms(_export_texts(export)))
    for code, kind in sorted(used.items(), key=lambda pair: int(pair[0])):
        lines.append(f"item\t{code}\t{kind}\t{restore(_item_label(export, code, kind))}")
    return f"moves-rome-v{release.version}.tsv", "\n".join(lines) + "\n"


def _fiche_items(export, fiche, used: dict[str, str]) -> dict[str, bool]:  # noqa: ANN001 - RomeExport, Fiche
    """item -> core, for the competences and knowledge of a fiche; each competence brings its
    macro-competence (the area it belongs to), core when one of its competences is."""
    flags: dict[str, bool] = {}
    for item in fiche.items.get(KNOW_HOW, []):
        macro = export.competences[item.code].macro
        for code, kind in ((item.code, "competence" if macro else "area"), (macro, "area")):
            if code is not None:
                flags[code] = flags.get(code, False) or item.flag == "core"
                used[code] = kind
    for item in fiche.items.get(KNOWLEDGE, []):
        flags[item.code] = flags.get(item.code, False) or item.flag == "core"
        used[item.code] = "knowledge"
    return flags


def _export_texts(export) -> Iterator[str]:  # noqa: ANN001 - a RomeExport
    """The French texts of the export whose lower-case words show how a capitalised one is accented."""
    for fiche in export.fiches.values():
        yield fiche.title
        yield from fiche.job_titles
        yield from (sentence for _position, sentence in fiche.definition + fiche.access)
    yield from (competence.label for competence in export.competences.values())
    yield from (label for label, _category in export.knowledge.values())


def _item_label(export, code: str, kind: str) -> str:  # noqa: ANN001 - a RomeExport
    return export.knowledge[code][0] if kind == "knowledge" else export.competences[code].label


def build_onet_table(onet_dir: Path) -> tuple[str, str]:
    """(file name, text) of the O*NET table."""
    from .onet import read_release

    release = read_release(onet_dir / "VERSION")
    values = _element_values(onet_dir)
    related = _related(onet_dir / "Related Occupations.txt")
    competences = {code: Competences({e: float(v) for e, v in scales["IM"].items() if float(v) >= IMPORTANT},
                                     {e: float(v) for e, v in scales["LV"].items()})
                   for code, scales in values.items()}
    near = nearest(competences)
    lines = _header([f"source: {release.name} (Skills, Knowledge, Related Occupations)",
                     "publisher: USDOL/ETA, National Center for O*NET Development",
                     f"version: {release.version}", "licence: CC BY 4.0", f"attribution: {release.attribution}",
                     "French names of the elements: careers' own translations"])
    lines += [f"element\t{element}\t{kind}\t{english}\t{french}" for element, (kind, english, french) in ELEMENTS.items()]
    for code, scales in sorted(values.items()):
        importances = " ".join(scales["IM"].get(e, "-") for e in ELEMENTS)
        levels = " ".join(scales["LV"].get(e, "-") for e in ELEMENTS)
        lines.append("\t".join(["occupation", code, importances, levels, links(code, related.get(code, []), competences),
                                 near_with_costs(code, near[code], competences)]))
    return f"moves-onet-{release.version}.tsv", "\n".join(lines) + "\n"


def _header(meta: list[str]) -> list[str]:
    return [f"# {line}" for line in meta] + [
        f"# near: the {NEAR} careers of this table whose competences overlap most (weighted Jaccard, see "
        f"careercli.moves.measure), from {MIN_NEAR}",
        f"# generated by: {COMMAND} (do not edit)"]


def _element_values(onet_dir: Path) -> dict[str, dict[str, dict[str, str]]]:
    """code -> scale (IM, LV) -> element id -> the value as written, from Skills.txt and Knowledge.txt."""
    from .onet import _code
    from .tsv import read_tsv

    values: dict[str, dict[str, dict[str, str]]] = {}
    for name in ("Skills.txt", "Knowledge.txt"):
        for row in read_tsv(onet_dir / name, ["O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Data Value"]):
            element, scale = row["Element ID"], row["Scale ID"]
            if element not in ELEMENTS or ELEMENTS[element][1] != row["Element Name"]:
                raise row.error(f"unknown element {element} {row['Element Name']!r}: add it to importers/onet_elements.py")
            if scale in ("IM", "LV"):
                row.number("Data Value")  # checked: a number
                values.setdefault(_code(row), {"IM": {}, "LV": {}})[scale][element] = row["Data Value"]
    return values


def _related(path: Path) -> dict[str, list[str]]:
    from .onet import RELATED_TIER_ORDER, _code
    from .tsv import read_tsv

    found: dict[str, list[tuple[int, int, str]]] = {}
    for row in read_tsv(path, ["O*NET-SOC Code", "Related O*NET-SOC Code", "Relatedness Tier", "Index"]):
        tier = RELATED_TIER_ORDER.get(row["Relatedness Tier"])
        if tier is not None:
            found.setdefault(_code(row), []).append((tier, row.integer("Index"), row["Related O*NET-SOC Code"]))
    return {code: [target for *_order, target in sorted(rows)] for code, rows in found.items()}


def links(code: str, targets: list[str], competences: dict[str, Competences]) -> str:
    """`target:to_learn` for each target (the code alone when it has no competences in the table)."""
    own = competences[code]
    return " ".join(f"{t}:{to_learn(own, competences[t]):.3f}" if t in competences else t for t in targets)


def near_with_costs(code: str, near: list[tuple[str, float]], competences: dict[str, Competences]) -> str:
    own = competences[code]
    return " ".join(f"{other}:{value:.3f}:{to_learn(own, competences[other]):.3f}" for other, value in near)


def nearest(competences: dict[str, Competences]) -> dict[str, list[tuple[str, float]]]:
    """code -> its NEAR nearest by overlap (>= MIN_NEAR), best first (ties by code), as (code, overlap).

    numpy finds the candidates (a career's weighted Jaccard index with every other at once, from
    an items x careers matrix); each candidate's overlap is then summed again item by item in Python, in the
    order of the career's items, so that the published figure and its rounding are exactly
    measure.overlap's, whatever numpy's order of summation."""
    import numpy as np

    codes = list(competences)
    items = {item: i for i, item in enumerate(dict.fromkeys(i for held in competences.values() for i in held.weights))}
    # items x careers, so that one career's items are a few whole rows: gathering them from a
    # careers x items matrix (30,000 columns for ROME) jumped a row's length for every value.
    by_item = np.zeros((len(items), len(codes)))
    rows_of: list[Any] = []
    for column, code in enumerate(codes):
        weights = competences[code].weights
        rows = np.fromiter((items[item] for item in weights), dtype=np.intp, count=len(weights))
        by_item[rows, column] = np.fromiter(weights.values(), dtype=float, count=len(weights))
        rows_of.append(rows)
    totals = {code: sum(held.weights.values()) for code, held in competences.items()}
    sums = np.array([totals[code] for code in codes])
    found: dict[str, list[tuple[str, float]]] = {}
    for row, code in enumerate(codes):
        held = rows_of[row]
        shared = np.minimum(by_item[held], by_item[held, row][:, None]).sum(axis=0)
        union = sums[row] + sums - shared
        index = np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)
        index[row] = -1.0
        tenth = np.partition(index, -NEAR)[-NEAR] if len(index) >= NEAR else MIN_NEAR
        floor = max(MIN_NEAR, tenth) - 0.0011  # what rounds to the same 3 decimals competes too
        candidates = [codes[i] for i in np.flatnonzero(index >= floor)]
        scored = sorted(((_overlap(competences[code], competences[other], totals[code] + totals[other]), other)
                         for other in candidates), key=lambda pair: (-pair[0], pair[1]))
        found[code] = [(other, value) for value, other in scored[:NEAR] if value >= MIN_NEAR]
    return found


def _overlap(own: Competences, other: Competences, both: float) -> float:
    """measure.overlap, rounded to 3 decimals (`both`: the sum of both careers' weights)."""
    shared = _shared(own, other)
    return round(shared / (both - shared), 3)


def _shared(own: Competences, other: Competences) -> float:
    """The sum of the smaller weight of each item both hold, added in the order of `own`'s items."""
    theirs = other.weights
    value = 0.0
    for item, weight in own.weights.items():
        if item in theirs:
            value += min(weight, theirs[item])
    return value


def write_tables(rome_dir: Path, onet_dir: Path, out: Path) -> list[Path]:
    """Write both tables into `out` (an older version of a table is removed); the paths written."""
    from .output import remove_other_versions, write_if_changed

    written = []
    for (name, text), pattern in ((build_rome_table(rome_dir), "moves-rome-v*.tsv"),
                                  (build_onet_table(onet_dir), "moves-onet-*.tsv")):
        out.mkdir(parents=True, exist_ok=True)
        write_if_changed(out / name, text.encode("utf-8"))
        remove_other_versions(out, name, pattern, f"generated by: {COMMAND}".encode())  # what _header writes
        written.append(out / name)
    return written

