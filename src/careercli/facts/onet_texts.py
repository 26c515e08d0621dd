"""O*NET's fixed texts in the reader's language: the names and texts of its five job zones (Job
Zone Reference) and the twelve levels of its education scale (RL). O*NET writes them in English
only; the translations are careers' own, in the interface catalog (the profile says so)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..i18n import N_, current_language, translated
from ..text import clean, language_shown, localize

if TYPE_CHECKING:
    from ..profile.schema import Text


def onet_texts() -> dict[str, str]:
    """O*NET's five job zones (name, education, experience: Job Zone Reference) and the twelve
    levels of its education scale (RL), in the interface language: careers' own translation,
    said so once under them (render.profile_format.onet_translation_note)."""
    return {text: translated(text) for text in (*_ZONE_TEXTS, *_EDUCATION_LEVELS)}


_ZONE_TEXTS = (  # Job Zone Reference: names, education, then experience, zones 1 to 5
    N_("Job Zone One: Little or No Preparation Needed"),
    N_("Job Zone Two: Some Preparation Needed"),
    N_("Job Zone Three: Medium Preparation Needed"),
    N_("Job Zone Four: Considerable Preparation Needed"),
    N_("Job Zone Five: Extensive Preparation Needed"),
    N_("Some of these occupations may require a high school diploma or GED certificate."),
    N_("These occupations usually require a high school diploma."),
    N_("Most occupations in this zone require training in vocational schools, related on-the-job experience, or an "
       "associate's degree."),
    N_("Most of these occupations require a four-year bachelor's degree, but some do not."),
    N_("Most of these occupations require graduate school. For example, they may require a master's degree, and some "
       "require a Ph.D., M.D., or J.D. (law degree)."),
    N_("Little or no previous work-related skill, knowledge, or experience is needed for these occupations. For "
       "example, a person can become a waiter or waitress even if he/she has never worked before."),
    N_("Some previous work-related skill, knowledge, or experience is usually needed. For example, a teller would "
       "benefit from experience working directly with the public."),
    N_("Previous work-related skill, knowledge, or experience is required for these occupations. For example, an "
       "electrician must have completed three or four years of apprenticeship or several years of vocational "
       "training, and often must have passed a licensing exam, in order to perform the job."),
    N_("A considerable amount of work-related skill, knowledge, or experience is needed for these occupations. For "
       "example, an accountant must complete four years of college and work for several years in accounting to be "
       "considered qualified."),
    N_("Extensive skill, knowledge, and experience are needed for these occupations. Many require more than five "
       "years of experience. For example, surgeons must complete four years of college and an additional five to "
       "seven years of specialized medical training to be able to do their job."),
)

_EDUCATION_LEVELS = (  # Education, Training, and Experience Categories: the RL scale, 1 to 12
    N_("Less than a High School Diploma"),
    N_("High School Diploma - or the equivalent (for example, GED)"),
    N_("Post-Secondary Certificate - awarded for training completed after high school (for example, in agriculture or "
       "natural resources, computer services, personal or culinary services, engineering technologies, healthcare, "
       "construction trades, mechanic and repair technologies, or precision production)"),
    N_("Some College Courses"),
    N_("Associate's Degree (or other 2-year degree)"),
    N_("Bachelor's Degree"),
    N_("Post-Baccalaureate Certificate - awarded for completion of an organized program of study; designed for people "
       "who have completed a Baccalaureate degree but do not meet the requirements of academic degrees carrying the "
       "title of Master."),
    N_("Master's Degree"),
    N_("Post-Master's Certificate - awarded for completion of an organized program of study; designed for people who "
       "have completed a Master's degree but do not meet the requirements of academic degrees at the doctoral level."),
    N_("First Professional Degree - awarded for completion of a program that: requires at least 2 years of college "
       "work before entrance into the program, includes a total of at least 6 academic years of work to complete, "
       "and provides all remaining academic requirements to begin practice in a profession."),
    N_("Doctoral Degree"),
    N_("Post-Doctoral Training"),
)


def onet_wording(text: Optional["Text"]) -> str:
    """A job zone's or an education level's text, in the current language when O*NET gives it only in English
    and careers translates it."""
    lang = current_language()
    shown = clean(localize(text, lang) or "")
    return onet_texts().get(shown, shown) if language_shown(text, lang) not in (lang, None) else shown


def zone_name(label: str) -> str:
    """A job zone's name beside its number: O*NET's names repeat the number ("Job Zone Four:
    Considerable Preparation Needed" after "4/5"), so theirs keep only what follows the colon."""
    names = _ZONE_TEXTS[:5]
    if label not in names and label not in {translated(name) for name in names}:
        return label  # a name of the profile's own
    rest = label.split(":", 1)[-1].strip()
    return rest[:1].upper() + rest[1:]
