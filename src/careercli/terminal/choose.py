"""A numbered choice between careers, at the terminal (number keys answer at once)."""

from __future__ import annotations

from typing import Optional

from ..i18n import _
from ..text import clean

def choose_career(query: str, careers: list[tuple[str, str]]) -> Optional[str]:
    """The id of the career chosen among (id, title) pairs, or None when the person cancels."""
    from .quiz_screens import CANCEL, SKIP, choose, numbers, terminal_width

    room = terminal_width() - len("   1) ")
    options = [(career_id, _label(clean(title), career_id, room)) for career_id, title in careers]  # keyed 1-9, 0
    instruction = _("({keys}, or ↑/↓ and Enter; Esc or q cancels)").format(keys=numbers(len(careers)))
    try:
        answer = choose(_("'{query}' matches several careers; which one?").format(query=clean(query)), options,
                        can_skip=True, skip_label=_("Cancel"), instruction=instruction, cancel_keys=True)
    except KeyboardInterrupt:
        return None
    return None if answer in (SKIP, CANCEL) else answer


def _label(title: str, career_id: str, room: int) -> str:
    """'Title  (id)' when it fits the terminal; else the title alone (a terminal would cut the id)."""
    both = f"{title}  ({career_id})"
    return both if len(both) <= room else title
