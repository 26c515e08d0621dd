"""Pure text functions an import calls again and again on the same texts, remembered.

`careers import onet` folds 711,678 titles and splits 150,338 gender pairs, `import rome` folds
370,519 competence labels and headings: the same titles and labels recur across occupations
(alternate titles, related ESCO occupations, shared competences). Both functions are pure and
return immutable values (a str, a tuple), so a cached answer is the answer; the fold is the one
indexing uses (text.fold_title).
"""

from __future__ import annotations

from functools import lru_cache

from ..catalog import reference
from .. import text

CACHED_TEXTS = 1 << 17  # distinct texts remembered: more than an import meets, a few tens of megabytes at most

fold = text.fold_title  # the index's remembered fold, shared
gender_forms = lru_cache(maxsize=CACHED_TEXTS)(reference.gender_forms)
