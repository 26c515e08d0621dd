"""A numbered choice between careers, at the terminal (number keys answer at once)."""

from __future__ import annotations

from typing import Optional

from ..i18n import _
from ..text import clean

CANCEL = ""


def choose_career(query: str, careers: list[tuple[str, str]]) -> Optional[str]:
    """The id of the career chosen among (id, title) pairs, or None when the person cancels."""
    from questionary import Choice, Separator

    from .quiz_screens import one_key_select

    choices: list = [Choice(f"{n}. {clean(title)}  ({career_id})", value=career_id,
                            shortcut_key=str(n) if n < 10 else None)
                     for n, (career_id, title) in enumerate(careers, 1)]
    choices += [Separator(), Choice(_("Cancel"), value=CANCEL, shortcut_key="q")]
    keys = f"1-{min(len(careers), 9)}"
    try:
        answer = one_key_select(_("'{query}' matches several careers; which one?").format(query=clean(query)), choices,
                                qmark="?", instruction=_("({keys}, or ↑/↓ and Enter; q cancels)").format(keys=keys))
    except KeyboardInterrupt:
        return None
    return answer or None
