"""The results screen as a place to explore (after `careers quiz` and `careers results show N`, at
a terminal): for a listed career, open its profile, see why it came up, compare it with another,
see the moves from it, or hide it ("not for me") and bring in the next, which the kept result
remembers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..i18n import _

if TYPE_CHECKING:
    from ..app import App
    from ..catalog.merged import Catalog
    from ..quiz.results import QuizResult


class ResultExplorer:
    """What the results menu (terminal.quiz_screens.explore_results) does, on one quiz result."""

    def __init__(self, app: "App", result: "QuizResult", extra_dirs: Optional[list[str]] = None) -> None:
        self.app, self.result, self.extra_dirs = app, result, extra_dirs
        self._catalog: Optional["Catalog"] = None

    @property
    def catalog(self) -> "Catalog":
        if self._catalog is None:
            self._catalog = self.app.catalog(self.extra_dirs)
        return self._catalog

    def careers(self) -> list[tuple[str, str]]:
        from ..quiz.letters import agreement_text
        from ..text import clean

        ranking = self.result.ranking
        return ([(m.id, f"{m.rank}. {clean(m.title)} ({m.match}%)") for m in ranking.matches]
                + [(m.id, f"{m.rank}. {clean(m.title)} ({m.letters} {agreement_text(m.agreement)})")
                   for m in ranking.letter_matches])

    def open(self, career_id: str) -> None:
        from ..explore.profile_page import profile_view
        from ..render import emit

        entry = self.catalog.entries.get(career_id)
        if entry is None:
            self.app.message(_("{id} is no longer in the catalog").format(id=career_id), style="yellow")
            return
        profile = self.catalog.profile(entry)
        emit(self.app, profile_view(self.catalog, career_id, profile), "rich")

    def why(self, career_id: str) -> None:
        from ..quiz.why import why
        from ..render import emit

        match = next((m for m in self.result.ranking.matches if m.id == career_id), None)
        if match is None:  # ranked by its official letters: its reasons say how
            letters = next(m for m in self.result.ranking.letter_matches if m.id == career_id)
            for reason in letters.reasons:
                self.app.message(reason)
            return
        emit(self.app, why(self.result, match, self.catalog.entries.get(career_id)), "rich")

    def hide(self, career_id: str) -> None:
        """Not for me: the career left out, the next one brought in, the kept result updated."""
        from ..quiz.pool import without_career
        from ..quiz.saved import update_saved

        before = {listed for listed, _label in self.careers()}
        result = without_career(self.catalog, self.app.scope(None), self.result, career_id)
        if result.saved:
            update_saved(self.app.env.user_data_dir(), result.saved, result)
        self.result = result
        brought = [m.title for m in [*result.ranking.matches, *result.ranking.letter_matches] if m.id not in before]
        self.app.message(_("Hidden: {title}").format(title=result.hidden[career_id]), style="dim")
        if brought:
            self.app.message(_("Brought in: {titles}").format(titles=", ".join(brought)), style="dim")

    def compare(self, first: str, second: str) -> None:
        from ..explore.compare import comparison
        from ..render import emit

        careers = [(i, self.catalog.profile(self.catalog.entries[i])) for i in (first, second)
                   if i in self.catalog.entries]
        if len(careers) == 2:
            emit(self.app, comparison(self.catalog, careers), "rich")

    def moves(self, career_id: str) -> None:
        from ..errors import CareersError
        from ..moves.found import moves_result
        from ..render import emit

        entry = self.catalog.entries.get(career_id)
        if entry is None:
            return
        try:
            found = moves_result(self.catalog, career_id, career_id, self.catalog.profile(entry), limit=10)
        except CareersError as error:  # no moves table knows it: said, and the menu goes on
            self.app.message(str(error), style="yellow")
            return
        emit(self.app, found, "rich")


def explore(app: "App", result: "QuizResult", extra_dirs: Optional[list[str]] = None) -> None:
    """The results menu; Esc, q or Ctrl-C stop it quietly with one line (exit 130)."""
    from ..errors import Interrupted
    from ..terminal.quiz_screens import explore_results

    try:
        explore_results(ResultExplorer(app, result, extra_dirs))
    except KeyboardInterrupt:
        raise Interrupted(_("Your results are kept: careers results show {n}").format(n=result.saved)
                          if result.saved else _("Results closed.")) from None
