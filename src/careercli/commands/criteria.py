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
    from ..browse import count_tags
    from ..scope import in_scope, without_twins
    from ..tags import KINDS, derivation, kind_label

    unknown = [kind for kind in kinds or [] if kind not in KINDS]
    if unknown:
        raise UsageError(_("unknown kind '{kind}'; valid: {valid}").format(kind=unknown[0], valid=", ".join(KINDS)))
    catalog = app.catalog(extra_dirs)
    lang = current_language()
    entries, _hidden = without_twins(in_scope(catalog.entries.values(), app.scope(catalog_choice)), lang)
    by_kind: dict[str, CriteriaKind] = {}
    for found in count_tags(entries, catalog.tags(), lang):
        if kinds and found.kind not in kinds:
            continue
        group = by_kind.setdefault(found.kind, CriteriaKind(kind=found.kind, label=kind_label(found.kind),
                                                              derivation=derivation(found.kind), tags=[]))
        group.tags.append(TagCountView(text=found.text, texts=found.texts, count=found.count))
    return CriteriaList(lang=lang, careers=len(entries), kinds=list(by_kind.values()), pager=pager,
                        unreadable=len({p.path for p in catalog.problems}))
