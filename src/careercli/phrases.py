"""The English phrases the importers write into profiles and manifests (source versions, licences,
notes), as templates: the data keeps them in English, as written, and a profile or `careers
about` shows them in the reader's language (`shown`). A phrase from anywhere else (a hand-written
profile, a source's own attribution, which stays verbatim) is shown as it is.
"""

from __future__ import annotations

from .i18n import N_, translated_as

PUBLISHED = N_("v{version}, published {date}")
ROME_LICENCE = N_("Licence Ouverte / Etalab 2.0 (believed; to be verified)")
ROME_ATTRIBUTION = N_("France Travail, ROME 4.0 {release}. Modified: export artefacts (doubled quotes, spaces) cleaned.")
ROME_CHANGES = N_("Gender pairs split; competences and work contexts grouped and ordered (core items first); interest "
                  "centres, activity sectors and sub-sectors, and themes kept as criteria tags of their kind, France "
                  "Travail's principal one marked.")
ISCO_NOTE = N_("ISCO-08 of ROME v3 fiche {parent}, from which this fiche comes (column 'Code ISCO08').")
NOT_STATED = N_("not stated in the file")
ESCO_LABELS = N_("v1.1 (labels as given in the ESCO - ROME mapping)")
CAPPED_LINKS = N_("{count} {what} links; the {limit} strongest are listed.")
ONET_CONVERTED = N_("Converted from the official O*NET {version} Excel edition ({edition}).")  # onet/VERSION's
ESCO_VERSIONS = N_("v1.0.x (English and French labels), v1.1.1 (Dutch labels)")
ESCO_ATTRIBUTION = N_("ESCO classification, © European Union, CC BY 4.0. Modified: gender pairs split, linked to O*NET "
                      "by ISCO-08 group.")
ESCO_FRENCH = N_("{version} (French)")
ESCO_DESCRIPTIONS = N_("French titles and descriptions of crosswalk matches.")
DERIVED_INTERESTS = N_("Interest scores of ROME fiches, derived from O*NET by careers")
DERIVED_NOTE = N_("Derived for {derived} of {count} fiches ({percent} %): mean of the scores of the O*NET occupations "
                  "linked through ESCO, weighted by match type (exact 1, close 0.75, broad or narrow 0.5). The highest "
                  "derived score is France Travail's major RIASEC letter for {agreeing} of them ({agreement} %). The "
                  "other {rest} fiches keep only France Travail's letters.")
DERIVED_ZONES = N_("Job zones of ROME fiches, derived from O*NET by careers")
DERIVED_ZONES_NOTE = N_("Derived for {derived} of {count} fiches ({percent} %): median of the job zones of the O*NET "
                        "occupations linked through ESCO, weighted by match type (exact 1, close 0.75, broad or narrow "
                        "0.5). They are U.S. preparation levels: a guide to the length of studies, not a Belgian or "
                        "French diploma. The other {rest} fiches have no job zone.")
DERIVED_VALUES = N_("Work values of ROME fiches, derived from O*NET by careers")
DERIVED_VALUES_NOTE = N_("Derived for {derived} of {count} fiches ({percent} %): mean of the work values (extent 1-7) "
                         "of the O*NET occupations linked through ESCO, weighted by match type (exact 1, close 0.75, "
                         "broad or narrow 0.5). The other {rest} fiches have no work values.")
ONET_INTERESTS = N_("{name}, Interests (OI scale 1-7; code from the IH high-points)")  # a profile's RIASEC source
ONET_VALUES = N_("{name}, Work Values (EX scale 1-7: the extent to which the occupation satisfies each)")

PHRASES = (PUBLISHED, ROME_LICENCE, ROME_ATTRIBUTION, ROME_CHANGES, ISCO_NOTE, NOT_STATED, ESCO_LABELS, CAPPED_LINKS,
           ONET_CONVERTED, ESCO_VERSIONS, ESCO_ATTRIBUTION, ESCO_FRENCH, ESCO_DESCRIPTIONS, DERIVED_INTERESTS,
           DERIVED_NOTE, DERIVED_ZONES, DERIVED_ZONES_NOTE, DERIVED_VALUES, DERIVED_VALUES_NOTE, ONET_INTERESTS, ONET_VALUES)


def shown(text: str) -> str:
    """`text` in the current language when an importer wrote it from one of PHRASES."""
    return translated_as(text, PHRASES)


def joined(parts: list[str], semicolon: str = "; ") -> str:
    """The parts of one field of a source used in several places, as one text (a new sentence
    after a full stop, else after `semicolon`)."""
    text = parts[0]
    for part in parts[1:]:
        text += (" " if text.endswith(".") else semicolon) + part
    return text
