"""O*NET's fixed vocabularies in French, for the criteria tags of O*NET profiles.

O*NET names its 6 work values, 16 work styles (the pre-30.1 model of release 29.3) and 5 job zones
in English only; these French names are careers' own translations (the profiles' source note
says so). Keys are O*NET's element ids (Content Model Reference) and job zone numbers; the
English names are checked against the data, so a release that renames an element stops the
import instead of pairing it with a stale translation.
"""

from __future__ import annotations

# element id -> (English name as in the data, French name)
WORK_VALUES: dict[str, tuple[str, str]] = {
    "1.B.2.a": ("Achievement", "Accomplissement"),
    "1.B.2.b": ("Working Conditions", "Conditions de travail"),
    "1.B.2.c": ("Recognition", "Reconnaissance"),
    "1.B.2.d": ("Relationships", "Relations humaines"),
    "1.B.2.e": ("Support", "Soutien"),
    "1.B.2.f": ("Independence", "Indépendance"),
}

# O*NET's high-point values (VH scale, 1-6) name the work values in this order; 0 = no such high point.
WORK_VALUE_BY_HIGH_POINT = ("1.B.2.a", "1.B.2.b", "1.B.2.c", "1.B.2.d", "1.B.2.e", "1.B.2.f")

# element id -> the key of its extent score in a profile's `work_values` (schema.WorkValues)
WORK_VALUE_KEYS: dict[str, str] = {
    "1.B.2.a": "achievement", "1.B.2.b": "conditions", "1.B.2.c": "recognition",
    "1.B.2.d": "relationships", "1.B.2.e": "support", "1.B.2.f": "independence",
}

WORK_STYLES: dict[str, tuple[str, str]] = {
    "1.C.1.a": ("Achievement/Effort", "Goût de l'effort et de la réussite"),
    "1.C.1.b": ("Persistence", "Persévérance"),
    "1.C.1.c": ("Initiative", "Initiative"),
    "1.C.2.b": ("Leadership", "Leadership"),
    "1.C.3.a": ("Cooperation", "Coopération"),
    "1.C.3.b": ("Concern for Others", "Attention aux autres"),
    "1.C.3.c": ("Social Orientation", "Goût du travail avec les autres"),
    "1.C.4.a": ("Self-Control", "Maîtrise de soi"),
    "1.C.4.b": ("Stress Tolerance", "Résistance au stress"),
    "1.C.4.c": ("Adaptability/Flexibility", "Adaptabilité et souplesse"),
    "1.C.5.a": ("Dependability", "Fiabilité"),
    "1.C.5.b": ("Attention to Detail", "Souci du détail"),
    "1.C.5.c": ("Integrity", "Intégrité"),
    "1.C.6": ("Independence", "Autonomie"),
    "1.C.7.a": ("Innovation", "Innovation"),
    "1.C.7.b": ("Analytical Thinking", "Esprit d'analyse"),
}

# job zone -> French name (the English one is O*NET's, from Job Zone Reference.txt)
JOB_ZONES_FR: dict[int, str] = {
    1: "Niveau de préparation 1\u00a0: peu ou pas de préparation",
    2: "Niveau de préparation 2\u00a0: un peu de préparation",
    3: "Niveau de préparation 3\u00a0: préparation moyenne",
    4: "Niveau de préparation 4\u00a0: préparation importante",
    5: "Niveau de préparation 5\u00a0: préparation très importante",
}
