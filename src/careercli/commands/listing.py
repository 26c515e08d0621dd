"""`careers list`: every career in the catalog, one row each."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..errors import UsageError
from ..i18n import _, current_language
from ..schema import RIASEC_TYPES
from ..text import localize
from ..views import CareerList, CareerRow

if TYPE_CHECKING:
    from ..app import App
    from ..catalog import Catalog
    from ..pay import Unit


def career_rows(catalog: "Catalog", lang: str, scope: Optional[frozenset[str]] = None) -> list[CareerRow]:
    """One row per career of `scope`, twins left out, sorted by id: id, title (in `lang` if
    available), Holland code, job zone, origin and the six RIASEC scores (or None)."""
    from ..scope import in_scope, without_twins

    entries, _hidden = without_twins(in_scope(catalog.entries.values(), scope), lang)
    return [CareerRow(id=entry.id, title=localize(entry.title, lang) or entry.id, code=entry.holland,
                      job_zone=entry.job_zone, origin=entry.origin,
                      riasec=dict(zip(RIASEC_TYPES, entry.riasec)) if entry.riasec else None)
            for entry in sorted(entries, key=lambda e: e.id)]


def list_careers(app: "App", extra_dirs: Optional[list[str]] = None,
                 catalog_choice: Optional[str] = None, sort: str = "title",
                 pay_unit: Optional["Unit"] = None) -> CareerList:
    """Every career, by title (or `sort`); with pay and outlook when sorted by them or `pay_unit` is given."""
    if sort == "match":
        raise UsageError(_("careers list has no interest match to sort by: use --sort pay, outlook or title "
                           "(careers quiz ranks careers by match)"))
    catalog = app.catalog(extra_dirs)
    lang = current_language()
    rows = career_rows(catalog, lang, app.scope(catalog_choice))
    careers = CareerList(rows=rows, lang=lang, unreadable=len({p.path for p in catalog.profile_problems}))
    if sort in ("pay", "outlook") or pay_unit is not None:
        careers = with_pay(careers, catalog, pay_unit)
    return sorted_list(careers, sort)


def with_pay(careers: CareerList, catalog: "Catalog", unit: Optional["Unit"]) -> CareerList:
    """Each row with its pay in `unit` (default: the language's, pay.default_unit) and its outlook;
    careers without a pay figure in that unit are counted."""
    import msgspec

    from ..pay import default_unit, main_outlook, pay_in

    unit = unit or default_unit(careers.lang)
    priced = catalog.priced_entries()
    rows = []
    for row in careers.rows:
        entry = priced.get(row.id)
        decision = pay_in(entry.pay, unit) if entry is not None else None
        rows.append(msgspec.structs.replace(
            row, pay=decision if decision is not None and decision.point is not None else None,
            outlook=main_outlook(entry.outlook) if entry is not None else None))
    return msgspec.structs.replace(careers, rows=rows, pay_unit=unit, without_pay=sum(1 for r in rows if r.pay is None),
                                   pay_problems=[str(p) for p in catalog.pay_problems])


def sorted_list(careers: CareerList, sort: str) -> CareerList:
    """The rows by title (in the list's language), median pay or outlook; without the figure last."""
    import msgspec

    from ..pay import sort_order
    from ..text import fold

    if sort == "title":  # the default: the key alone (a list may hold thousands of careers)
        rows = sorted(careers.rows, key=lambda row: (fold(row.title), row.id))
    else:
        rows = sorted(careers.rows, key=lambda row: sort_order(
            sort, pay=row.pay.compared if row.pay else None,
            outlook=row.outlook.change_percent if row.outlook else None, title=row.title, position=0) + (row.id,))
    return msgspec.structs.replace(careers, rows=rows, sort=sort)
