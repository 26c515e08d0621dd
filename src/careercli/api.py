"""The public Python API: everything the command line does, for scripts.

    from careercli import Careers, Preferences

    careers = Careers(lang="fr")                      # the built-in catalog (+ folders of your own)
    profile = careers.get("administrateur-de-production")
    person = careers.score("riasec-short", {"R1": 2, "I1": 5, ...})   # answers 1-5 by item id
    result = careers.rank(person, Preferences(max_zone=3), limit=5)
    print(careers.render(result, "markdown"))

The language is an argument (each method takes `lang`, defaulting to the one given to
`Careers`): titles, reasons, notes and headings all come in it. Nothing here prints, prompts or
exits; failures raise `careercli.errors.CareersError` subclasses.
"""

from __future__ import annotations

import io
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Optional, Union

from .i18n import DEFAULT_LANGUAGE, checked_language, language

if TYPE_CHECKING:
    from .cache import CacheStore
    from .catalog import Catalog
    from .index import Entry
    from .moves.results import MovesResult, PathResult
    from .quiz.bank import Bank
    from .quiz.ranking import Preferences
    from .quiz.results import QuizResult
    from .quiz.scoring import InterestProfile
    from .browse import Filters, TagCount
    from .schema import Profile, Tag
    from .similar import Neighbour
    from .views import Comparison, ProfileView

PathLike = Union[str, Path]


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

    # the catalog ---------------------------------------------------------------------------

    @property
    def catalog(self) -> "Catalog":
        if self._catalog is None:
            from .catalog import open_catalog

            self._catalog = open_catalog(self.data_dirs, builtin=self.builtin, cache=self._cache())
        return self._catalog

    def _cache(self) -> Optional["CacheStore"]:
        if not self.use_cache:
            return None
        from .cache import CacheStore

        if self.cache_dir is not None:
            return CacheStore(self.cache_dir)
        import os

        from .app import cache_dir_from

        return CacheStore(cache_dir_from(os.environ))  # the command line's cache

    def _lang(self, lang: Optional[str]) -> str:
        return checked_language(lang, self.lang)

    def lookup(self, query: str) -> str:
        """The id of the career `query` names: an id, a code or an exact title (any language, case,
        accents or gender form). Raises NotFoundError."""
        return self.catalog.resolve(query)

    def entry(self, query: str) -> "Entry":
        """What the index knows of a career (title, codes, interest scores, job zone) without its profile."""
        return self.catalog.find(query)

    def get(self, query: str) -> "Profile":
        """The whole profile of the career `query` names."""
        return self.catalog.get(query)[1]

    def careers(self) -> list["Entry"]:
        """Every career of the catalog, sorted by id."""
        entries = self.catalog.entries
        return [entries[career_id] for career_id in sorted(entries)]

    def browse(self, filters: Optional["Filters"] = None, *, catalog: Optional[str] = None,
               lang: Optional[str] = None) -> list["Entry"]:
        """The careers that pass `filters` (careercli.browse.Filters: riasec, job_zone, study_level,
        criteria, sector, sources), sorted by title in `lang`, like `careers list`. `catalog`:
        rome, onet or all (default: by language; every catalog when only `sources` narrows it)."""
        from .browse import Filters, browse
        from .scope import scope_of

        filters = filters if filters is not None else Filters()
        with language(self._lang(lang)) as chosen:
            scope = None if filters.sources and catalog is None else scope_of(catalog, chosen)
            return browse(self.catalog, filters, chosen, scope).entries

    def tags(self, query: str) -> list["Tag"]:
        """The criteria tags of the career `query` names: its own criteria, then its tags by source."""
        from .tags import profile_tags

        return profile_tags(self.get(query))

    def criteria(self, *, catalog: Optional[str] = None, lang: Optional[str] = None) -> list["TagCount"]:
        """Every criteria tag of the catalog in scope with how many careers have it, by kind (`careers criteria`)."""
        from .browse import criteria_counts
        from .scope import scope_of

        with language(self._lang(lang)) as chosen:
            return criteria_counts(self.catalog, chosen, scope_of(catalog, chosen))[1]

    def search(self, query: str, limit: int = 10, lang: Optional[str] = None) -> list["Entry"]:
        """Careers whose id, code or title matches `query`, best first (see careercli.search)."""
        from .search import search_entries

        with language(self._lang(lang)) as chosen:
            return [hit.entry for hit in search_entries(self.catalog, query, lang=chosen, limit=limit)]

    def similar(self, query: str, limit: Optional[int] = 15, lang: Optional[str] = None,
                catalog: Optional[str] = None) -> list["Neighbour"]:
        """Careers similar to the one `query` names (id, code or exact title), best reasons first,
        each with its `source` (curated, onet_related, rome_mobility, code, crosswalk, interests,
        official_letters) and `r` or `agreement`; the catalog of the language unless `catalog`
        (rome, onet, all) says otherwise (see careercli.similar)."""
        from .scope import in_scope, scope_of, without_twins
        from .similar import similar_careers

        chosen = self._lang(lang)
        career_id, profile = self.catalog.get(query)
        entries = self.catalog.entries
        candidates, _twins = without_twins(in_scope(entries.values(), scope_of(catalog, chosen)), chosen)
        return similar_careers(entries[career_id], profile, entries, candidates, limit).neighbours

    def moves(self, query: str, limit: Optional[int] = 15, lang: Optional[str] = None) -> "MovesResult":
        """The careers one can move to from the one `query` names: its reference's own links (ROME
        mobility, O*NET related occupations), then the nearest by competences, each with what
        carries over, what to add, and the change in study level and pay (see careercli.moves)."""
        from .commands.moves import moves_result

        with language(self._lang(lang)):
            career_id, profile = self.catalog.get(query)
            return moves_result(self.catalog, query, career_id, profile, limit)

    def path(self, start: str, goal: str, count: int = 3, lang: Optional[str] = None) -> "PathResult":
        """The cheapest chains of at most 4 moves from one career to another, each step with what it
        asks to learn; when none, `nearest` lists the reachable careers nearest to the goal."""
        from .commands.moves import path_result

        with language(self._lang(lang)):
            start_id, start_profile = self.catalog.get(start)
            goal_id, goal_profile = self.catalog.get(goal)
            return path_result(self.catalog, (start, start_id, start_profile), (goal, goal_id, goal_profile), count)

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
        """A person's profile from six RIASEC scores of any instrument, on any scale."""
        from .quiz.scoring import profile_from_scores

        return profile_from_scores(scores)

    def rank(self, person: Union["InterestProfile", Mapping[str, float]], preferences: Optional["Preferences"] = None,
             *, limit: Optional[int] = 10, lang: Optional[str] = None, sort: str = "match",
             pay_in: Optional[str] = None) -> "QuizResult":
        """Careers ordered by how their interest profile correlates with `person`'s, with reasons, pay
        and outlook. `Preferences(min_salary=parse_threshold("40000USD/year"))` keeps a minimum pay (a
        bare number: EUR a month); `sort`: match, pay, outlook or title; `pay_in`: e.g. "USD/year"."""
        from .pay import parse_unit
        from .quiz.ranking import Preferences
        from .quiz.results import quiz_result
        from .quiz.scoring import InterestProfile

        profile = person if isinstance(person, InterestProfile) else self.scores(person)
        return quiz_result(profile, self.catalog.priced_entries().values(), preferences or Preferences(),
                           self._lang(lang), limit=limit, unit=parse_unit(pay_in) if pay_in else None, sort=sort)

    def compare(self, queries: Iterable[str], lang: Optional[str] = None) -> "Comparison":
        from .pay import default_unit
        from .views import Comparison

        chosen = self._lang(lang)
        return Comparison(careers=[self.catalog.get(q) for q in queries], lang=chosen, pay_unit=default_unit(chosen))

    def view(self, query: str, sections: Iterable[str] = (), lang: Optional[str] = None) -> "ProfileView":
        """A profile ready to render (with the titles of its similar careers)."""
        from .commands.show import check_sections, profile_view

        check_sections(list(sections))
        career_id, profile = self.catalog.get(query)
        with language(self._lang(lang)):
            return profile_view(self.catalog, career_id, profile, sections=list(sections), pager=False)

    # output -------------------------------------------------------------------------------------

    def render(self, result: Any, fmt: str = "markdown", *, width: int = 80, lang: Optional[str] = None) -> str:
        """Any result (a profile view, a ranking, a comparison, a list ...) as text: `rich` (plain,
        no colour), `markdown`, `json` (the command line's envelope) or `csv`, where it has one.
        A profile given as a query string is looked up first."""
        from .render import emit

        if isinstance(result, str):
            result = self.view(result, lang=lang)
        output = StringOutput(width)
        with language(self._lang(lang or getattr(result, "lang", None))):
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
