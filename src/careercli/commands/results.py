"""`careers results`: the quizzes and compatibility tests kept in the user data folder."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Union

from ..errors import UsageError
from ..i18n import _, os_reason
from ..views import ImportReport, SavedResults

if TYPE_CHECKING:
    from ..app import App
    from ..quiz.compatibility import Compatibility
    from ..quiz.results import QuizResult


def list_results(app: "App") -> SavedResults:
    from ..quiz.saved import list_saved

    entries, unreadable = list_saved(app.env.user_data_dir())
    return SavedResults(entries=entries, unreadable=unreadable)


def show_result(app: "App", number: int, like: tuple[str, ...] = ()) -> Union["QuizResult", "Compatibility"]:
    """A kept result as it was; with `like` (interest centres, as `quiz --like` takes them) a kept quiz
    is ranked again, over the catalog of its language, with those centres instead of its own."""
    from ..quiz.results import QuizResult
    from ..quiz.saved import saved_result

    result = with_codes(app, saved_result(app.env.user_data_dir(), number))
    if not like:
        return result
    if not isinstance(result, QuizResult):
        raise UsageError(_("--like applies to a kept quiz; result {n} is a compatibility test").format(n=number))
    return reranked(app, result, like)


def with_codes(app: "App", result: Union["QuizResult", "Compatibility"]) -> Union["QuizResult", "Compatibility"]:
    """A result kept before results carried codes (views.CareerCodes) gets them from the catalog, by
    career id: they are facts of the career, not of the answers. A career no longer in the catalog
    keeps none."""
    import msgspec

    from ..quiz.results import QuizResult
    from ..views import codes_of

    careers = [*result.ranking.matches, *result.ranking.letter_matches] if isinstance(result, QuizResult) else [result]
    if all(career.title_language for career in careers):
        return result
    entries, lang = app.catalog().entries, result.lang or app.lang

    def filled(career: Any) -> Any:
        entry = entries.get(career.id)
        return career if career.title_language or entry is None else msgspec.structs.replace(
            career, **codes_of(entry, lang))

    if not isinstance(result, QuizResult):
        return filled(result)
    ranking = msgspec.structs.replace(result.ranking, matches=[filled(m) for m in result.ranking.matches],
                                      letter_matches=[filled(m) for m in result.ranking.letter_matches])
    return msgspec.structs.replace(result, ranking=ranking)


def reranked(app: "App", result: "QuizResult", like: tuple[str, ...]) -> "QuizResult":
    import msgspec

    from ..facts.centres import resolve_likes
    from ..i18n import language
    from ..quiz.pool import build_result

    prefs = msgspec.structs.replace(result.preferences, likes=resolve_likes(like))
    with language(result.lang):
        again = build_result(app.catalog(), result.profile, prefs, max(len(result.ranking.matches), 1),
                             app.scope(None), result.sort, result.pay_unit, result.quality)
        note = _("Ranked again now with the interest centres given (--like); the kept result is unchanged")
    return msgspec.structs.replace(again, taken=result.taken, answers=result.answers, saved=result.saved,
                                   notes=[*again.notes, note])


def delete_result(app: "App", number: int) -> ImportReport:
    from ..quiz.saved import delete_saved

    delete_saved(app.env.user_data_dir(), number)
    return ImportReport(lines=[_("Result {n} deleted.").format(n=number)])


def keep(app: "App", result: Any, answers: dict[str, Any]) -> Any:
    """Keep a completed quiz or test; the result comes back with its number (None if it could
    not be kept: the person still sees the results, with a warning)."""
    import msgspec

    from ..quiz.compatibility import Compatibility
    from ..quiz.saved import Saved, save_result

    kind: Literal["quiz", "fit"] = "fit" if isinstance(result, Compatibility) else "quiz"
    bank = None if kind == "fit" else result.profile.bank
    saved = Saved(kind=kind, taken=result.taken or app.env.now(), lang=getattr(result, "lang", "") or app.lang,
                  bank=bank, answers=answers, **{kind: result})
    try:
        number = save_result(app.env.user_data_dir(), saved)
    except OSError as error:
        app.message(_("Could not keep these results ({reason}).").format(reason=os_reason(error)),
                    style="yellow")
        return result
    return msgspec.structs.replace(result, saved=number)
