"""The list `careers list` and `Careers.browse` give: the careers of the catalog, filtered, one
row each, sorted by title (or by pay or outlook)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..errors import UsageError
from ..i18n import _, current_language
from ..profile.schema import RIASEC_TYPES
from ..text import localize
from ..views import CareerList, CareerRow, CriteriaKind, CriteriaList, TagCountView, codes_of

if TYPE_CHECKING:
    from .browse import Filters
    from ..catalog.merged import Catalog
    from ..catalog.entry import Entry
    from ..facts.pay import Unit


def career_rows(entries: list["Entry"]) -> list[CareerRow]:
    """One row per entry, in their order: id, title (in the current language if available), Holland code, job
    zone, origin, the six RIASEC scores (or None) and its codes (views.codes_of)."""
    lang = current_language()
    return [CareerRow(id=entry.id, title=localize(entry.title, lang) or entry.id, code=entry.holland,
                      job_zone=entry.job_zone, origin=entry.origin,
                      riasec=dict(zip(RIASEC_TYPES, entry.riasec)) if entry.riasec else None, **codes_of(entry, lang))
            for entry in entries]


def career_list(catalog: "Catalog", *, catalog_choice: Optional[str] = None,
                filters: Optional["Filters"] = None, pager: bool = True, sort: str = "title",
                pay_unit: Optional["Unit"] = None) -> CareerList:
    """The careers of the catalog in scope (`catalog_choice`: rome, onet or all; default: by
    language) that pass `filters`, sorted by title (browse.browse), or by `sort`; with pay and
    outlook when sorted by them or `pay_unit` is given. --source alone widens the scope to every
    catalog."""
    from .browse import Filters, browse
    from ..facts.pay import SORTS
    from ..catalog.scope import scope_of

    lang = current_language()
    if sort not in SORTS:
        raise UsageError(_("unknown sort '{sort}'; use one of: {choices}").format(sort=sort, choices=", ".join(SORTS)))
    if sort == "match":
        raise UsageError(_("careers list has no interest match to sort by: use --sort pay, outlook or title "
                           "(careers quiz ranks careers by match)"))
    filters = filters if filters is not None else Filters()
    scope = None if filters.sources and catalog_choice is None else scope_of(catalog_choice)
    found = browse(catalog, filters, scope)
    left_out = (_("Careers of unknown study level left out (ROME fiches whose access text names no level, "
                  "careers without a job zone): {count}") if filters.study_level is not None else
                _("Careers without a job zone left out (ROME fiches linked to no O*NET occupation): {count}"))
    notes = [left_out.format(count=found.without_zone)] if found.without_zone else []
    careers = CareerList(rows=career_rows(found.entries), lang=lang, notes=notes, pager=pager,
                         unreadable=len({p.path for p in catalog.profile_problems}))
    if sort in ("pay", "outlook") or pay_unit is not None:
        careers = with_pay(careers, catalog, pay_unit)
    return sorted_list(careers, sort)


def with_pay(careers: CareerList, catalog: "Catalog", unit: Optional["Unit"]) -> CareerList:
    """Each row with its pay in `unit` (default: the language's, pay.default_unit) and its outlook;
    careers without a pay figure in that unit are counted."""
    import msgspec

    from ..facts.pay import default_unit, main_outlook, pay_in

    unit = unit or default_unit()
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
    """The rows by median pay or outlook, those without the figure last, ties in title order (the
    order browse gives, which `title` keeps)."""
    import msgspec

    from ..facts.pay import sort_order

    if sort == "title":
        return msgspec.structs.replace(careers, sort=sort)

    def key(i: int) -> tuple:
        row = careers.rows[i]
        return sort_order(sort, pay=row.pay.compared if row.pay else None,
                          outlook=row.outlook.change_percent if row.outlook else None, title=row.title, position=i)

    order = sorted(range(len(careers.rows)), key=key)
    return msgspec.structs.replace(careers, rows=[careers.rows[i] for i in order], sort=sort)


def criteria_list(catalog: "Catalog", *, scope: Optional[frozenset[str]],
                  kinds: Optional[list[str]] = None, pager: bool = True) -> CriteriaList:
    """Every criteria tag of the careers in `scope`, with how many have it, by kind (`kinds`: only
    those; an unknown kind is a UsageError), as `careers criteria` lists them."""
    from .browse import criteria_counts
    from ..facts.tags import KINDS, derivation, kind_label

    lang = current_language()
    unknown = [kind for kind in kinds or [] if kind not in KINDS]
    if unknown:
        raise UsageError(_("unknown kind '{kind}'; valid: {valid}").format(kind=unknown[0], valid=", ".join(KINDS)))
    careers, counts = criteria_counts(catalog, scope)
    by_kind: dict[str, CriteriaKind] = {}
    for found in counts:
        if kinds and found.kind not in kinds:
            continue
        group = by_kind.setdefault(found.kind, CriteriaKind(kind=found.kind, label=kind_label(found.kind),
                                                              derivation=derivation(found.kind), tags=[]))
        group.tags.append(TagCountView(text=found.text, texts=found.texts, count=found.count))
    if "interest" in by_kind:
        by_kind["interest"].tags = numbered_centres(by_kind["interest"].tags)
    return CriteriaList(lang=lang, careers=careers, kinds=list(by_kind.values()), pager=pager,
                        unreadable=len({p.path for p in catalog.problems}))


def numbered_centres(tags: list[TagCountView]) -> list[TagCountView]:
    """Interest centres with their numbers (what `--like` takes) and their label in the current language (French as
    published, else careers' English); a centre written in several languages counted once. Tags the
    centre table does not know (a curated profile's own) stay as they are, after."""
    from ..facts.centres import centre, centre_number

    counts: dict[int, int] = {}
    others = []
    for tag in tags:
        number = centre_number(tag.texts.get("fr", tag.text))
        if number is None:
            others.append(tag)
        else:
            counts[number] = counts.get(number, 0) + tag.count
    numbered = []
    for number, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        found = centre(number)
        assert found is not None
        numbered.append(TagCountView(text=found.label(), texts={"fr": found.fr, "en": found.en},
                                     count=count, number=number))
    return numbered + others
