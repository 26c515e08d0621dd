"""`careers values`: the values step of the quiz on its own (from --values, or asked at a terminal)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..i18n import _

if TYPE_CHECKING:
    from ..app import App
    from ..quiz.values_result import ValuesResult


def values_terminal_hint() -> str:
    return _("careers values asks at a terminal; without one, give the order with --values "
             "(e.g. --values relationships,support,achievement)")


def values(app: "App", order_text: Optional[str], top: int, catalog: Optional[str],
           extra_dirs: Optional[list[str]] = None) -> "ValuesResult":
    """The person's order (resolved from `order_text`, or asked), and the careers that fit it best."""
    from ..quiz.pool import ranked_entries
    from ..quiz.values import resolve_values
    from ..quiz.values_result import values_result

    order = resolve_values(order_text) if order_text is not None else ask_order(app)
    if not order:
        return values_result((), [], top)
    entries, notes = ranked_entries(app.catalog(extra_dirs), app.scope(catalog))
    return values_result(order, entries, top, notes)


def ask_order(app: "App") -> tuple[str, ...]:
    from ..terminal.quiz_screens import BACK, ask_values, prompt_session

    app.require_prompt(values_terminal_hint())
    with prompt_session(app.env):
        try:
            answer = ask_values(())
        except KeyboardInterrupt:
            from ..errors import Interrupted

            raise Interrupted(_("Stopped; nothing was kept")) from None
    return () if answer == BACK else tuple(answer)
