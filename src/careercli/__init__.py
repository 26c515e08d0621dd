"""careers: an offline, scriptable career explorer for the terminal, and its Python API.

    from careercli import Careers
    careers = Careers(lang="fr")

See `careercli.api` (loaded on first use, so `import careercli` stays light for the command line).
"""

from typing import Any

__version__ = "0.1.0"

_PUBLIC = {
    "Careers": "careercli.api",
    "Preferences": "careercli.quiz.ranking",
    "Filters": "careercli.explore.browse",
    "InterestProfile": "careercli.quiz.scoring",
    "QuizResult": "careercli.quiz.results",
    "ClassResult": "careercli.quiz.classroom",
    "SearchResult": "careercli.views",
    "SimilarResult": "careercli.views",
    "CareerList": "careercli.views",
    "CriteriaList": "careercli.views",
    "Comparison": "careercli.views",
    "ProfileView": "careercli.views",
    "ValidationReport": "careercli.views",
    "About": "careercli.views",
    "ValuesResult": "careercli.quiz.values_result",
    "FitQuestions": "careercli.quiz.compatibility",
    "Compatibility": "careercli.quiz.compatibility",
    "Profile": "careercli.profile.schema",
    "CareersError": "careercli.errors",
    "NotFoundError": "careercli.errors",
    "AmbiguousError": "careercli.errors",
    "UsageError": "careercli.errors",
}
__all__ = ["__version__", *_PUBLIC]


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'careercli' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(module), name)
