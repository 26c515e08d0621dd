"""Study levels read from a ROME fiche's own "accès à l'emploi" text, on the European
Qualifications Framework (EQF, CEC in French, EKR in Dutch: levels 1-8).

France Travail writes how a job is entered in words ("Cet emploi est accessible avec un CAP/BEP
..., un Bac+2 (BTS, DUT) ..."); `read_levels` finds the diplomas and levels it names and maps each
to its EQF level as France's national framework places it (CAP/BEP 3, bac 4, bac+2 5, bac+3 and
licence 6, bac+5 and master 7, doctorat 8; "sans diplôme" is EQF 1, entry without a
qualification). The sentences they were read from are kept, as the provenance of the figure.
What the text does not name is not guessed: a "Diplôme d'État" alone, a CQP or a "titre
professionnel" without a level has no level, and a fiche whose text names none is "unknown".

Belgian names go with the levels (CESS = EQF 4, bachelier = EQF 6, master = EQF 7): `eqf_label`.
A career's entry level (what a study filter compares) is the lowest level its text names: the
job is open from there.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple, Optional, Sequence

from ..i18n import _
from ..patterns import lazy

if TYPE_CHECKING:
    from ..profile.schema import Profile

# (pattern, EQF level); searched in the text as written (case matters for CAP/BEP/BTS ...).
_BAC_PLUS = lazy(r"\bBac\s*\+\s*(\d)", re.IGNORECASE)
_PATTERNS: tuple[tuple[re.Pattern[str], int], ...] = (
    (lazy(r"\b(?:sans|aucun) (?:diplôme|qualification)", re.IGNORECASE), 1),
    (lazy(r"\b(?:CAPA?|BEPA?|CAP/BEP)\b"), 3),
    (lazy(r"\bMention [Cc]omplémentaire\b"), 3),
    (lazy(r"\bBac(?:calauréat)?\b(?!\s*\+)", re.IGNORECASE), 4),
    (lazy(r"\b(?:Brevet [Pp]rofessionnel|BP|BMA|BPJEPS)\b"), 4),
    (lazy(r"\b(?:BTSA?|DUT|DEUST|DEJEPS)\b"), 5),
    (lazy(r"\b(?:[Ll]icence|BUT|DN MADE)\b"), 6),
    (lazy(r"\b(?:[Mm]aster|[Dd]iplôme d'ingénieur|DESJEPS)\b"), 7),
    (lazy(r"\b(?:[Dd]octorat|[Dd]octeur en)\b"), 8),
)
# "Bac + N": years after the baccalauréat, on France's framework
_BAC_PLUS_LEVEL = {1: 5, 2: 5, 3: 6, 4: 6, 5: 7, 6: 7, 7: 7, 8: 8}
_SENTENCE_END = lazy(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])")

# How long a person will study, as the quiz asks it (an O*NET job zone), on the EQF: what
# ROME fiches are compared with. Zone 2 is O*NET's "usually a high school diploma": CESS, EQF 4.
EQF_OF_ZONE = {1: 2, 2: 4, 3: 5, 4: 6, 5: 8}


class StudyLevels(NamedTuple):
    levels: tuple[int, ...]  # the EQF levels the text names, lowest first
    sentences: tuple[str, ...]  # the sentences they were read from, in the text's order

    @property
    def entry(self) -> Optional[int]:
        """The lowest level named: the job is open from there (None: the text names none)."""
        return self.levels[0] if self.levels else None


def read_levels(text: Optional[str]) -> StudyLevels:
    """The EQF levels a French "accès à l'emploi" text names, with their sentences."""
    if not text:
        return StudyLevels((), ())
    found: set[int] = set()
    sentences = []
    for sentence in _SENTENCE_END.split(text.strip()):
        levels = sentence_levels(sentence)
        if levels:
            found |= levels
            sentences.append(sentence.strip())
    return StudyLevels(tuple(sorted(found)), tuple(sentences))


def fiche_study_levels(profile: "Profile") -> StudyLevels:
    """A ROME fiche's levels, read from its French studies text (the fiche's "accès à l'emploi");
    none for other profiles (O*NET careers keep their job zones)."""
    if profile.origin != "rome" or profile.studies is None:
        return StudyLevels((), ())
    summary = profile.studies.summary
    return read_levels(summary if isinstance(summary, str) or summary is None else summary.fr)


def sentence_levels(sentence: str) -> set[int]:
    levels = {_BAC_PLUS_LEVEL.get(int(years), 8) for years in _BAC_PLUS.findall(sentence)}
    levels |= {level for pattern, level in _PATTERNS if pattern.search(sentence)}
    return levels


def eqf_label(level: int) -> str:
    """'EQF 6 (bachelier, licence, bac+3)': the level with the names a Belgian or French reader knows."""
    names = {
        1: _("no diploma required"),
        2: _("basic education"),
        3: _("CAP/BEP, certificat de qualification"),
        4: _("CESS, bac"),
        5: _("bac+2, BTS, brevet de l'enseignement supérieur"),
        6: _("bachelier, licence, bac+3"),
        7: _("master, bac+5"),
        8: _("doctorat"),
    }
    return _("EQF {level} ({names})").format(level=level, names=names[level])


def levels_text(levels: Sequence[int]) -> str:
    return ", ".join(eqf_label(level) for level in levels) if levels else _("unknown")
