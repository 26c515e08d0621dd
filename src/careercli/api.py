"""The public Python API: everything the command line does, for scripts.

    from careercli import Careers, Preferences

    careers = Careers(lang="fr")                      # the built-in catalog (+ folders of your own)
    profile = careers.get("administrateur-de-production")
    person = careers.score("riasec-short", {"R1": 2, "I1": 5, ...})   # answers 1-5 by item id
    result = careers.rank(person, Preferences(max_zone=3), limit=5)
    print(careers.render(result, "markdown"))

The language is an argument (each method takes `lang`, defaulting to the one given to
`Careers`): titles, reasons, notes and headings all come in it. A method runs in it (`speaks`),
and the library below reads it from there, as the command line's commands do. Nothing here
prints, prompts or exits; failures raise `careercli.errors.CareersError` subclasses.
"""

from __future__ import annotations

import io
from contextlib import AbstractContextManager, contextmanager
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Optional, TypeVar, Union, cast

from .errors import UsageError
from .i18n import DEFAULT_LANGUAGE, _, checked_language, current_language, language

if TYPE_CHECKING:
    from .explore.browse import Filters
    from .catalog.cache import CacheStore
    from .catalog.merged import Catalog
    from .moves.results import MovesResult, PathResult
    from .facts.pay import Unit
    from .quiz.bank import Bank
    from .quiz.classroom import ClassResult
    from .quiz.compatibility import CareerTest, Compatibility, FitQuestions
    from .quiz.ranking import Preferences
    from .quiz.results import QuizResult
    from .quiz.scoring import InterestProfile
    from .quiz.values_result import ValuesResult
    from .profile.schema import Profile, Tag
    from .views import (
        About, CareerList, Comparison, CriteriaList, ProfileView, SearchResult, SimilarResult, ValidationReport,
    )

PathLike = Union[str, Path]
Method = TypeVar("Method", bound=Callable[..., Any])


def speaks(method: Method) -> Method:
    """A public method run in the language its `lang` argument names (checked; default: the one
    given to `Careers`): the API's one place that sets the language, which everything below reads
    (i18n.current_language), as a command runs in its `--lang`."""
    @wraps(method)
    def in_language(self: "Careers", *args: Any, **kwargs: Any) -> Any:
        with self._speaking(kwargs.get("lang")):
            return method(self, *args, **kwargs)
    return cast(Method, in_language)


class Careers:
    """The career catalog (built-in profiles plus `data_dirs`, a later folder overriding an
    earlier one by id) and what can be done with it.

    `cache_dir`: where indexes are kept between runs (default: the command line's, i.e.
    CAREERS_CACHE_DIR or the user's cache folder); `use_cache=False` keeps them in memory for
    this object only."""

    def __init__(self, data_dirs: Iterable[PathLike] = (), *, lang: str = DEFAULT_LANGUAGE, builtin: bool = True,
                 use_cache: bool = True, cache_dir: Optional[PathLike] = None) -> None:
        self.lang = checked_language(lang, DEFAULT_LANGUAGE)
        self.data_dirs = [Path(d).resolve() for d in data_dirs]
        self.builtin = builtin
        self.use_cache = use_cache
        self.cache_dir = Path(cache_dir) if cache_dir is not None else None
        self._catalog: Optional["Catalog"] = None

    def _speaking(self, chosen: Optional[str]) -> "AbstractContextManager[str]":
        """The language `chosen` (checked), else the one given to `Careers`, for a block."""
        return language(checked_language(chosen, self.lang))

    # the catalog ---------------------------------------------------------------------------

    @property
    def catalog(self) -> "Catalog":
        if self._catalog is None:
            from .catalog.merged import open_catalog

            self._catalog = open_catalog(self.data_dirs, builtin=self.builtin, cache=self._cache())
        return self._catalog

    def _cache(self) -> Optional["CacheStore"]:
        if not self.use_cache:
            return None
        from .catalog.cache import CacheStore

        if self.cache_dir is not None:
            return CacheStore(self.cache_dir)
        import os

        from .app import cache_dir_from

        return CacheStore(cache_dir_from(os.environ))  # the command line's cache

    @speaks
    def lookup(self, query: str, *, lang: Optional[str] = None, catalog: Optional[str] = None) -> str:
        """The id of the career `query` names, as every command that takes JOB finds it: an id, a
        code, a title in any language, or one clear best match (in the catalog of `lang`, or
        `catalog`: rome, onet or all, first). Raises NotFoundError, or AmbiguousError (with the
        candidates in `.data`) where the command line would ask which one."""
        return self._resolve(query, catalog)[0]

    def _resolve(self, query: str, catalog: Optional[str]) -> tuple[str, "Profile"]:
        from .explore.finding import ambiguous_error, resolve_career
        from .catalog.scope import scope_of

        resolved = resolve_career(self.catalog, query, scope=scope_of(catalog))
        if resolved.id is None:
            raise ambiguous_error(query, resolved.candidates)
        profile = resolved.profile or self.catalog.profile(self.catalog.entries[resolved.id])
        return resolved.id, profile

    @speaks
    def get(self, query: str, *, lang: Optional[str] = None, catalog: Optional[str] = None) -> "Profile":
        """The whole profile of the career `query` names (found as `lookup` finds it)."""
        return self._resolve(query, catalog)[1]

    @speaks
    def careers(self, *, lang: Optional[str] = None) -> "CareerList":
        """Every job of every catalog, one row each (id, title, Holland code, job zone, origin,
        scores), sorted by title in `lang`, as `careers list --catalog all` lists them: a job both
        references describe (an exact crosswalk twin) is one row, the language's reference's."""
        from .explore.browse import Filters

        return self.browse(Filters(), catalog="all", lang=lang)

    @speaks
    def browse(self, filters: Optional["Filters"] = None, *, catalog: Optional[str] = None,
               lang: Optional[str] = None, sort: str = "title", pay_in: Optional[str] = None) -> "CareerList":
        """The careers that pass `filters` (careercli.explore.browse.Filters: riasec, job_zone, study_level,
        criteria, sector, sources), as `careers list` gives them: sorted by title in `lang`, or by
        `sort` (pay, outlook); `pay_in` (e.g. "EUR/month") adds each row's pay. `catalog`: rome,
        onet or all (default: by language; every catalog when only `sources` narrows it)."""
        from .explore.career_list import career_list

        return career_list(self.catalog, catalog_choice=catalog, filters=filters, pager=False, sort=sort,
                           pay_unit=self._unit(pay_in))

    @staticmethod
    def _unit(pay_in: Optional[str]) -> Optional["Unit"]:
        from .facts.pay import parse_unit

        return parse_unit(pay_in) if pay_in else None

    @speaks
    def tags(self, query: str, *, lang: Optional[str] = None) -> list["Tag"]:
        """The criteria tags of the career `query` names: its own criteria, then its tags by source."""
        from .facts.tags import profile_tags

        return profile_tags(self.get(query, lang=lang))

    @speaks
    def criteria(self, *, catalog: Optional[str] = None, lang: Optional[str] = None,
                 kinds: Optional[list[str]] = None) -> "CriteriaList":
        """Every criteria tag of the catalog in scope with how many careers have it, by kind (as
        `careers criteria`; `kinds`: only those)."""
        from .explore.career_list import criteria_list
        from .catalog.scope import scope_of

        return criteria_list(self.catalog, scope=scope_of(catalog), kinds=kinds, pager=False)

    @speaks
    def search(self, query: str, limit: Optional[int] = 10, *, lang: Optional[str] = None,
               catalog: Optional[str] = None) -> "SearchResult":
        """Careers whose id, code, title or text matches `query`, best first, each with why (as
        `careers search`): in the catalog of `lang` unless `catalog` (rome, onet, all) says otherwise."""
        from .explore.finding import search_result
        from .catalog.scope import scope_of

        return search_result(self.catalog, query, scope=scope_of(catalog), limit=self._limit(limit))

    @speaks
    def similar(self, query: str, limit: Optional[int] = 15, *, lang: Optional[str] = None,
                catalog: Optional[str] = None) -> "SimilarResult":
        """Careers similar to the one `query` names, best reasons first, each with its `source`
        (curated, onet_related, rome_mobility, code, crosswalk, interests, official_letters), the
        reason in words and `r` or `agreement` (as `careers similar`; see careercli.explore.similar)."""
        from .catalog.scope import scope_of
        from .explore.similar_list import similar_result

        career_id, profile = self._resolve(query, catalog)
        return similar_result(self.catalog, career_id, profile, query=query, scope=scope_of(catalog),
                              limit=self._limit(limit))

    @staticmethod
    def _limit(limit: Optional[int]) -> Optional[int]:
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
            raise UsageError(_("limit must be a whole number of at least 1, or None for all (got {limit})").format(
                limit=repr(limit)))
        return limit

    @speaks
    def moves(self, query: str, limit: Optional[int] = 15, *, lang: Optional[str] = None,
              catalog: Optional[str] = None) -> "MovesResult":
        """The careers one can move to from the one `query` names (as `careers moves`): its
        reference's own links (ROME mobility, O*NET related occupations), then the nearest by
        competences, each with what carries over, what to add, and the change in study level and
        pay (see careercli.moves)."""
        from .moves.found import moves_result

        career_id, profile = self._resolve(query, catalog)
        return moves_result(self.catalog, query, career_id, profile, self._limit(limit))

    @speaks
    def path(self, start: str, goal: str, count: int = 3, *, lang: Optional[str] = None,
             catalog: Optional[str] = None) -> "PathResult":
        """The cheapest chains of at most 4 moves from one career to another (as `careers path`),
        each step with what it asks to learn; when none, `nearest` lists the reachable careers
        nearest to the goal."""
        from .moves.found import path_result

        start_id, start_profile = self._resolve(start, catalog)
        goal_id, goal_profile = self._resolve(goal, catalog)
        return path_result(self.catalog, (start, start_id, start_profile), (goal, goal_id, goal_profile),
                           self._limit(count) or 3)

    # interests --------------------------------------------------------------------------------

    @staticmethod
    def bank(bank_id: str = "riasec-short") -> "Bank":
        """An item bank: its items (id, scale, text per language), answer labels, source and terms."""
        from .quiz.bank import load_bank

        return load_bank(bank_id)

    def score(self, bank: str, answers: Mapping[str, Optional[int]]) -> "InterestProfile":
        """Six scale scores from answers to an item bank (item id -> 1-5; None or absent = skipped)."""
        from .quiz.bank import load_bank
        from .quiz.scoring import score_answers

        return score_answers(load_bank(bank), answers)

    @staticmethod
    def scores(scores: Mapping[str, float]) -> "InterestProfile":
        """A person's profile from six RIASEC scores of any instrument, on any scale (all six
        letters, each once; a missing or unknown letter or a value that is not a number is a UsageError)."""
        from .quiz.scoring import checked_scores, profile_from_scores

        return profile_from_scores(checked_scores(scores))

    @speaks
    def rank(self, person: Union["InterestProfile", Mapping[str, float]], preferences: Optional["Preferences"] = None,
             *, limit: Optional[int] = 10, lang: Optional[str] = None, sort: str = "match",
             pay_in: Optional[str] = None, catalog: Optional[str] = None, like: Iterable[str] = (),
             values: Optional[str] = None) -> "QuizResult":
        """Careers ordered by how their interest profile correlates with `person`'s, with reasons, pay
        and outlook, as `careers quiz` ranks them: the catalog of `lang` unless `catalog` (rome,
        onet, all) says otherwise, twins left out. `Preferences(min_salary=parse_threshold("40000USD/year"))`
        keeps a minimum pay (a bare number: EUR a month); `sort`: match, pay, outlook or title;
        `pay_in`: e.g. "USD/year"; `like`: interest centres, as `--like` takes them (a number of
        `careers criteria` or words of a label, in French or English); `values`: work values, most
        important first, as `--values` takes them ("relationships,support" or "relations,soutien")."""
        from .facts.pay import SORTS
        from .quiz.pool import build_result
        from .quiz.ranking import Preferences
        from .quiz.scoring import InterestProfile
        from .catalog.scope import scope_of

        if sort not in SORTS:
            raise UsageError(_("unknown sort '{sort}'; use one of: {choices}").format(sort=sort, choices=", ".join(SORTS)))
        profile = person if isinstance(person, InterestProfile) else self.scores(person)
        return build_result(self.catalog, profile, self._liking(preferences or Preferences(), like, values),
                            self._limit(limit), scope_of(catalog), sort, self._unit(pay_in))

    @staticmethod
    def _liking(preferences: "Preferences", like: Iterable[str], values: Optional[str] = None) -> "Preferences":
        """The preferences with the centres `like` names and the work values `values` orders
        (UsageError for words that name none)."""
        import msgspec

        from .facts.centres import resolve_likes
        from .quiz.values import resolve_values

        like = list(like)
        if like:
            preferences = msgspec.structs.replace(preferences, likes=resolve_likes(like))
        return msgspec.structs.replace(preferences, values=resolve_values(values)) if values is not None else preferences

    @speaks
    def score_class(self, file: PathLike, *, bank: Optional[str] = None, top: int = 5,
                    preferences: Optional["Preferences"] = None, catalog: Optional[str] = None,
                    lang: Optional[str] = None, strict: bool = False, id_columns: Optional[list[str]] = None,
                    csv_dialect: Optional[str] = None, like: Iterable[str] = (),
                    values: Optional[str] = None) -> "ClassResult":
        """A whole class from one CSV file (as `careers class FILE`): each person's profile and top
        careers, and the rows that could not be scored (`problems`; with `strict`, the first one
        raises instead). A Windows-1252 export is read as the command reads it (said in `notes`);
        `id_columns`: the columns that name a person (default: those that are not items or scales);
        `like`: interest centres for the whole class, as `class --like` takes them; `values`: work
        values for those the file's values column gives none, as `class --values` takes them."""
        from .quiz.classroom import read_roster
        from .quiz.pool import class_result
        from .quiz.ranking import Preferences
        from .catalog.scope import scope_of
        from .tables import decode_spreadsheet, read_bytes

        name = str(file)
        text, encoding_note = decode_spreadsheet(read_bytes(name), name)
        roster = read_roster(text, name, bank, strict=strict, id_columns=id_columns)
        return class_result(self.catalog if len(roster) else None, roster,
                            self._liking(preferences or Preferences(), like, values), self._limit(top) or 5,
                            scope_of(catalog), notes=[encoding_note] if encoding_note else [], csv_dialect=csv_dialect)

    @speaks
    def compare(self, queries: Iterable[str], *, lang: Optional[str] = None, catalog: Optional[str] = None,
                sort: Optional[str] = None, pay_in: Optional[str] = None) -> "Comparison":
        """Careers side by side (as `careers compare`), as given or ordered by `sort` (pay, outlook,
        title, or match with the first given)."""
        from .explore.compare import comparison

        careers = [self._resolve(query, catalog) for query in queries]
        return comparison(self.catalog, careers, sort, self._unit(pay_in))

    @speaks
    def view(self, query: str, sections: Iterable[str] = (), *, lang: Optional[str] = None,
             catalog: Optional[str] = None) -> "ProfileView":
        """A profile ready to render (with the titles of its similar careers), as `careers show`."""
        from .explore.profile_page import profile_view

        career_id, profile = self._resolve(query, catalog)
        return profile_view(self.catalog, career_id, profile, sections=list(sections), pager=False)

    @speaks
    def fit_questions(self, query: str, *, lang: Optional[str] = None, catalog: Optional[str] = None) -> "FitQuestions":
        """What `careers fit JOB` asks about a career: `self_assessment` and `activities` as
        (key, text), or `items` of the quiz bank; answer them by key in `fit`."""
        return self._career_test(query, catalog).questions

    @speaks
    def fit(self, query: str, answers: Mapping[str, Any], *, lang: Optional[str] = None,
            catalog: Optional[str] = None) -> "Compatibility":
        """The compatibility with a career from answers by question key, as in a `careers fit
        --answers` file: sa1.. -> yes, rather yes, rather no, no (English or French); act1.. and
        item ids -> 1-5; None skips. A key that is not a question, or an answer that is not one,
        raises UsageError."""
        import msgspec

        from .quiz.answers import fit_answers
        from .quiz.compatibility import compatibility

        test = self._career_test(query, catalog)
        questions = test.questions
        given = fit_answers(answers, [key for key, _text in questions.self_assessment],
                            [item.id for item in questions.items] + [key for key, _text in questions.activities])
        result = compatibility(test.career, test.title, questions, given, test.codes)
        return msgspec.structs.replace(result, lang=current_language())  # the language it was taken in

    def _career_test(self, query: str, catalog: Optional[str]) -> "CareerTest":
        from .quiz.compatibility import career_test

        career_id, profile = self._resolve(query, catalog)
        return career_test(self.catalog.entries[career_id], profile)

    @speaks
    def validate(self, paths: Iterable[PathLike] = (), *, lang: Optional[str] = None) -> "ValidationReport":
        """Every problem in the profile files under `paths` (files or folders), else in every data
        folder of this catalog (and the pay overlays and the search vocabulary), as `careers
        validate`. Problems are reported, never raised."""
        from .catalog.validation import validate_catalog, validate_given
        from .resources import builtin_careers

        given = [str(p) for p in paths]
        if given:
            return validate_given(given, self._cache())
        folders = [builtin_careers()] if self.builtin else []
        return validate_catalog([*folders, *self.data_dirs], self.catalog, self._cache())

    @speaks
    def values(self, order: str, top: Optional[int] = 10, *, lang: Optional[str] = None,
               catalog: Optional[str] = None) -> "ValuesResult":
        """The careers whose own work values fit an order best (as `careers values --values ORDER`):
        `order` names the values most important first, in English or French ("relationships,support"
        or "relations,soutien"); a name that is no value raises UsageError."""
        from .catalog.scope import scope_of
        from .quiz.pool import ranked_entries
        from .quiz.values import resolve_values
        from .quiz.values_result import values_result

        wanted = resolve_values(order)
        entries, notes = ranked_entries(self.catalog, scope_of(catalog))
        return values_result(wanted, entries, self._limit(top), notes)

    @speaks
    def about(self, *, lang: Optional[str] = None) -> "About":
        """Where the data comes from, under which licence, with the required attributions; the
        careers by origin; what the figures cover; how careers are ranked (as `careers about`)."""
        from .explore.about import about_of
        from .resources import builtin_careers

        folders = [builtin_careers()] if self.builtin else []
        return about_of(self.catalog, [*folders, *self.data_dirs])

    # output -------------------------------------------------------------------------------------

    def render(self, result: Any, fmt: str = "markdown", *, width: int = 80, lang: Optional[str] = None) -> str:
        """Any result (a profile view, a ranking, a comparison, a list ...) as text: `rich` (plain,
        no colour), `markdown`, `json` (the command line's envelope) or `csv`, where it has one,
        in `lang`, else in the language the result was made in. A profile given as a query string
        is looked up first."""
        from .render import RENDERERS, emit

        if isinstance(result, str):
            result = self.view(result, lang=lang)
        formats = [f for f in RENDERERS.get(type(result).__name__, {}) if not f.startswith("report.")]
        if fmt not in formats:
            raise UsageError(_("cannot render {kind} as '{format}'; formats: {choices}").format(
                kind=type(result).__name__, format=fmt, choices=", ".join(formats) or "-"))
        output = StringOutput(width)
        with self._speaking(lang or getattr(result, "lang", None)):
            emit(output, result, fmt)
        return output.getvalue()


class StringOutput:
    """Renderers' output collected in memory (the `render.output.Output` of the API)."""

    cache = None
    stdout_is_terminal = False

    def __init__(self, width: int = 80) -> None:
        from rich.console import Console

        self.buffer = io.StringIO()
        self.messages = io.StringIO()
        self.out = Console(file=self.buffer, width=width, no_color=True, highlight=False, _environ={})
        self.err = Console(file=self.messages, width=width, no_color=True, highlight=False, _environ={})

    def write_data(self, text: str) -> None:
        self.buffer.write(text if text.endswith("\n") else text + "\n")

    def write_json(self, command: str, data: object, errors: Optional[list[str]] = None, exit_code: int = 0) -> None:
        from .render.envelope import envelope, json_chunks

        for chunk in json_chunks(envelope(command, data, errors, exit_code)):
            self.buffer.write(chunk)

    @contextmanager
    def progress_bar(self, label: str, total: int, threshold: int = 0) -> Iterator[Callable[[int], None]]:
        yield lambda steps: None

    def message(self, text: str, style: str = "") -> None:
        from .text import clean

        self.err.print(clean(text), markup=False, highlight=False)

    def page(self, text: str) -> bool:
        return False

    def getvalue(self) -> str:
        return self.buffer.getvalue()
