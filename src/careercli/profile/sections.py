"""The sections of a profile, in reading order: names for `--section`, the profile fields each
shows, and their headings. The renderers (Rich, Markdown) and `--section` follow this table."""

from __future__ import annotations

from ..i18n import _

# name -> profile fields shown in that section (the contract of `careers show --section`)
SECTIONS: dict[str, tuple[str, ...]] = {
    "overview": ("title", "title_feminine", "related_titles", "tagline", "introduction"),
    "studies": ("studies",),
    "qualities": ("qualities",),
    "competences": ("competences",),
    "salary": ("salary", "wages"),
    "outlook": ("outlook",),
    "conditions": ("conditions", "work_contexts"),
    "figures": ("key_figures",),
    "missions": ("missions",),
    "tools": ("tools", "technologies"),
    "day": ("typical_day",),
    "facts": ("facts",),
    "testimony": ("testimony",),
    "training": ("training_path", "schools"),
    "workplaces": ("workplaces",),
    "pros-cons": ("pros", "cons"),
    "tips": ("tips",),
    "self-assessment": ("self_assessment",),
    "faq": ("faq",),
    "regions": ("regions",),
    "similar": ("similar",),
    "moves": (),  # not a field: the first moves of `careers moves`, from the moves tables
    "see-also": ("links",),
    "criteria": ("criteria", "tags"),
    "interests": ("riasec", "riasec_official", "job_zone", "education"),
    "codes": ("codes", "other_titles"),
    "sources": ("sources", "licence"),
}


def section_heading(name: str) -> str:
    """The translated heading of a section."""
    headings = {
        "overview": _("Overview"),
        "studies": _("Studies"),
        "qualities": _("Key qualities"),
        "competences": _("Competences"),
        "salary": _("Salary"),
        "outlook": _("Job outlook"),
        "conditions": _("Working conditions"),
        "figures": _("Key figures"),
        "missions": _("Daily missions"),
        "tools": _("Tools and equipment"),
        "day": _("A typical day"),
        "facts": _("Facts"),
        "testimony": _("Testimony"),
        "training": _("Training path and schools"),
        "workplaces": _("Where you work"),
        "pros-cons": _("Pros and cons"),
        "tips": _("Tips"),
        "self-assessment": _("Is it for you?"),
        "faq": _("Frequently asked questions"),
        "regions": _("Where the jobs are"),
        "similar": _("Similar careers"),
        "moves": _("Career moves"),
        "see-also": _("See also"),
        "criteria": _("Criteria"),
        "interests": _("Interests and level"),
        "codes": _("Classification codes"),
        "sources": _("Sources and licence"),
    }
    return headings[name]


def check_sections(sections: list[str]) -> None:
    """Refuse a name that is not a section (UsageError naming the valid ones)."""
    from ..errors import UsageError

    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        raise UsageError(_("unknown section '{name}'; choose from: {choices}").format(
            name=unknown[0], choices=", ".join(SECTIONS)))
