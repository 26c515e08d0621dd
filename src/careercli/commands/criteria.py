"""`careers criteria`: every criteria tag of the careers in scope, with its count, by kind."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..errors import UsageError
from ..i18n import _, current_language
from ..views import CriteriaKind, CriteriaList, TagCountView

if TYPE_CHECKING:
    from ..app import App


def list_criteria(app: "App", extra_dirs: Optional[list[str]] = None, catalog_choice: Optional[str] = None,
                  kinds: Optional[list[str]] = None, pager: bool = True) -> CriteriaList:
    from ..browse import criteria_counts
    from ..tags import KINDS, derivation, kind_label

    unknown = [kind for kind in kinds or [] if kind not in KINDS]
    if unknown:
        raise UsageError(_("unknown kind '{kind}'; valid: {valid}").format(kind=unknown[0], valid=", ".join(KINDS)))
    catalog = app.catalog(extra_dirs)
    lang = current_language()
    careers, counts = criteria_counts(catalog, lang, app.scope(catalog_choice))
    by_kind: dict[str, CriteriaKind] = {}
    for found in counts:
        if kinds and found.kind not in kinds:
            continue
        group = by_kind.setdefault(found.kind, CriteriaKind(kind=found.kind, label=kind_label(found.kind),
                                                              derivation=derivation(found.kind), tags=[]))
        group.tags.append(TagCountView(text=found.text, texts=found.texts, count=found.count))
    if "interest" in by_kind:
        by_kind["interest"].tags = numbered_centres(by_kind["interest"].tags, lang)
    return CriteriaList(lang=lang, careers=careers, kinds=list(by_kind.values()), pager=pager,
                        unreadable=len({p.path for p in catalog.problems}))


def numbered_centres(tags: list[TagCountView], lang: str) -> list[TagCountView]:
    """Interest centres with their numbers (what `--like` takes) and their label in `lang` (French as
    published, else careers' English); a centre written in several languages counted once. Tags the
    centre table does not know (a curated profile's own) stay as they are, after."""
    from ..centres import centre, centre_number

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
        numbered.append(TagCountView(text=found.label(lang), texts={"fr": found.fr, "en": found.en},
                                     count=count, number=number))
    return numbered + others
