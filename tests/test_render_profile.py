"""Rendering one profile: Rich at 80 and 40 columns, Markdown, and untrusted text kept inert."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import msgspec
import pytest
from rich.cells import cell_len
from rich.console import Console

from careercli.i18n import language
from careercli.render.profile_markdown import profile_markdown
from careercli.render.profile_rich import render_profile
from careercli.profile.sections import SECTIONS, section_heading
from careercli.profile.schema import Profile

SEED = Path(__file__).resolve().parents[1] / "data" / "careers" / "administrateur-de-production.yaml"
LONG_URL = "http://data.europa.eu/esco/occupation/03632d98-0ae3-4dd2-941c-3b48de9a0219"
ATTRIBUTION = ("This product includes information from the O*NET 29.3 Database by the U.S. Department "
               "of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 "
               "license. O*NET(R) is a trademark of USDOL/ETA.")


def both(fr: str, en: str) -> dict[str, str]:
    return {"fr": fr, "en": en}


FULL: dict[str, Any] = {
    "id": "test-career",
    "title": both("Régisseur de test", "Test stage manager"),
    "title_feminine": both("Régisseuse de test", "Test stage manager"),
    "related_titles": [{"code": "http://data.europa.eu/esco/occupation/test-related", "match": "close",
                        "title": both("Régisseur plateau", "Stage floor manager")}],
    "tagline": both("Le métier qui fait tourner le spectacle.", "The job that keeps the show running."),
    "introduction": both("Tu coordonnes tout ce qui se passe en coulisses.",
                         "You coordinate everything that happens backstage, from rehearsals to the last bow."),
    "studies": {"summary": both("Un bachelier en arts du spectacle.", "A bachelor's degree in performing arts."),
                "length": both("3 ans", "3 years")},
    "qualities": [both("rigueur", "rigour"), both("calme", "calm"), both("sens du contact", "people skills")],
    "competences": {
        "know_how": [{"heading": both("Conduire un spectacle", "Run a show"),
                      "items": [{"text": both("Lancer les tops", "Call the cues"), "core": True},
                                {"text": both("Piloter la régie", "Drive the control desk"), "emerging": True}]},
                     {"heading": both("Respecter les règles de sécurité", "Follow safety rules"), "core": True}],
        "soft_skills": [{"text": both("Sang-froid", "Composure")}],
        "knowledge": [{"heading": both("Techniques professionnelles", "Professional techniques"),
                       "items": [{"text": both("Électricité scénique", "Stage electrics")}]}],
        "note": both("Selon ROME.", "As ROME lists them."),
    },
    "salary": {"currency": "EUR", "period": "month", "basis": "gross",
               "overall": {"min": 2100, "max": 4800}, "junior": {"min": 2100, "max": 2700},
               "senior": {"min": 3200, "max": 4800},
               "allowances": both("primes de tournée", "touring bonuses"),
               "estimate": True, "year": 2025, "source": "Test guide"},
    "wages": [{
        "source": {"name": "Test wage survey", "publisher": "Test bureau", "url": "https://example.org/wages"},
        "geography": both("États-Unis", "United States"), "year": 2024, "reference": "May 2024",
        "currency": "USD", "basis": "gross", "employment": 1654440,
        "row": {"system": "SOC 2018", "code": "27-2012", "title": "Producers and Directors"},
        "pay": [{"period": "year", "mean": 144570, "p10": 79850, "p25": 103050, "median": 133080, "p75": 169000,
                 "p90": 239200, "top_coded": ["p90"]},
                {"period": "hour", "mean": 69.5, "p10": 38.39, "p25": 49.55, "median": 63.98, "p75": 81.25,
                 "p90": 115, "top_coded": ["p90"]}]}],
    "outlook": [{
        "source": {"name": "Test projections", "publisher": "Test bureau"},
        "geography": both("États-Unis", "United States"), "base_year": 2024, "target_year": 2034,
        "row": {"system": "SOC 2018", "code": "27-2010", "title": "Actors, producers, and directors",
                "level": "broad"},
        "employment_thousands": 1693.8, "projected_thousands": 1961.4, "change_thousands": 267.7,
        "change_percent": 15.8, "openings_thousands": 115.2, "median_wage": 133080, "currency": "USD",
        "education": {"en": "Bachelor's degree"}, "experience": {"en": "Less than 5 years"},
        "suppressed": ["training"]}],
    "conditions": both("Soirées et week-ends.", "Evenings and weekends, with long technical rehearsals."),
    "work_contexts": [{"heading": both("Horaires", "Working hours"),
                       "items": [both("Travail de nuit", "Night work"), both("Travail le week-end", "Weekend work")]}],
    "key_figures": {
        "training_length": {"min": 3, "max": 5, "unit": "years",
                            "estimate": True, "year": 2025, "source": "Test guide"},
        "professionals": {"value": 1800, "unit": "people", "note": both("Belgique", "Belgium only"),
                          "estimate": True, "year": 2025, "source": "Test guide"},
        "growth": {"text": both("Stable", "Steady"), "estimate": True, "year": 2025, "source": "Test guide"},
        "employment_rate": {"value": 82, "unit": "percent", "estimate": True, "year": 2025, "source": "Test guide"},
        "average_age": {"value": 41, "unit": "years", "estimate": True, "year": 2025, "source": "Test guide"},
        "share_of_women": {"value": 47, "unit": "percent", "estimate": True, "year": 2025, "source": "Test guide"},
        "region": both("Belgique", "Belgium"),
    },
    "missions": [both("Préparer les conduites.", "Prepare the cue sheets for every performance."),
                 both("Diriger les répétitions techniques.",
                      "Run the technical rehearsals with lighting, sound and stage crews together.")],
    "tools": [both("Talkie-walkie", "Walkie-talkie"), both("Logiciel de conduite", "Cueing software (QLab)")],
    "technologies": [{"name": "QLab", "category": "Show control software", "hot": True},
                     {"name": "Microsoft Excel", "category": "Spreadsheet software", "in_demand": True}],
    "typical_day": [
        {"start": "14:00", "end": "18:00", "text": both("Montage et réglages.", "Set-up and adjustments | checks.")},
        {"start": "18:00", "end": "23:00",
         "text": both("Représentation.", "Performance, then the get-out of the set.")},
    ],
    "facts": [{"heading": both("La tournée", "On tour"),
               "text": both("Un spectacle peut tourner deux ans.", "A show can tour Belgium for two whole years.")}],
    "testimony": {"quote": both("Chaque soir est unique.", "Every night is unique, and that is why I love it."),
                  "name": "Sam", "role": both("Régisseur", "Stage manager")},
    "training_path": [both("Obtenir le CESS.", "Obtain the CESS."),
                      both("Suivre un bachelier.", "Complete a bachelor's degree in theatre techniques.")],
    "schools": [{"name": "INSAS", "city": "Bruxelles"}, {"name": "Conservatoire royal", "city": "Liège"}],
    "workplaces": [{"kind": both("Théâtres", "Theatres"), "examples": ["Théâtre National", "KVS"]},
                   {"kind": both("Festivals", "Festivals")}],
    "pros": [both("Jamais de routine.", "Never any routine."), both("Esprit d'équipe.", "Real team spirit.")],
    "cons": [both("Horaires décalés.", "Unsocial hours."), both("Stress des premières.", "Opening-night stress.")],
    "tips": [both("Apprends l'électricité.", "Learn the basics of electricity early on.")],
    "self_assessment": [both("Aimes-tu la nuit ?", "Do you enjoy working at night?")],
    "faq": [{"question": both("Faut-il un diplôme ?", "Do I need a degree?"),
             "answer": both("Pas toujours.", "Not always: many stage managers start as technicians.")}],
    "regions": [both("Bruxelles", "Brussels"), both("Liège", "Liège area")],
    "similar": ["lighting-technician", "production-administrator"],
    "criteria": [both("spectacle", "performing arts"), both("soir", "evening work")],
    "tags": [{"kind": "work_style", "text": both("Fiabilité", "Dependability")},
             {"kind": "sector", "text": {"fr": "Culture"}},
             {"kind": "sector", "text": {"fr": "Spectacle vivant"}, "main": True}],
    "job_zone": {"zone": 3, "label": both("Préparation moyenne", "Medium preparation needed"),
                 "education": both("Formation", "Vocational school or an associate's degree."),
                 "experience": both("Expérience", "Previous work-related experience is usually needed.")},
    "education": both("Bachelier", "Bachelor's degree"),
    "riasec": {"R": 4.2, "I": 2.1, "A": 4.8, "S": 3.9, "E": 5.1, "C": 4.4, "code": "EAC",
               "source": both("O*NET 29.3, moyenne", "O*NET 29.3, mean of two occupations"),
               "based_on": ["27-2012.00"], "inherited": True},
    "riasec_official": {"major": "E", "minor": "A", "source": "France Travail, ROME 4.0 v460"},
    "work_values": {"achievement": 5.83, "conditions": 5.08, "recognition": 6.0, "relationships": 5.17,
                    "support": 2.83, "independence": 6.33, "based_on": ["27-2012.00", "27-2012.03"], "derived": True,
                    "source": both("Dérivées de deux métiers", "Derived from two occupations")},
    "codes": {"onet_soc": ["27-2012.00"], "soc": ["27-2012"], "isco08": ["3435"], "rome": ["L1503"],
              "esco": [LONG_URL]},
    "other_titles": {"fr": ["régisseur général", "régisseuse générale"], "en": ["stage manager"]},
    "links": [{"scheme": "onet", "code": "27-2012.03", "title": {"en": "Media Programming Directors"}, "match": "broad",
               "via": "esco", "source": "ESCO - ROME V1.4 + ESCO-O*NET Crosswalk 1"},
              {"scheme": "esco", "code": LONG_URL, "title": {"fr": "régisseur de spectacle"}, "match": "exact",
               "source": "ESCO - ROME V1.4"}],
    "sources": [{"name": "Test guide", "note": both("Page de test.", "A test page.")},
                {"name": "O*NET 29.3 Database", "publisher": "USDOL/ETA", "licence": "CC BY 4.0",
                 "url": "https://www.onetcenter.org/database.html", "attribution": ATTRIBUTION}],
    "licence": "CC BY 4.0",
}


def profile(**changes: Any) -> Profile:
    return msgspec.convert({**FULL, **changes}, Profile)


def a_move() -> Any:
    """A move, as `careers show` gets them from the moves tables."""
    from careercli.moves.results import CompetenceView, MoveView

    return MoveView(rank=1, id="stage-director", title="Stage director", code="L1301", source="rome_mobility",
                    reason="ROME mobility no. 1", to_learn=0.5, from_id="test-stage-manager",
                    to_add=[CompetenceView(code="1", kind="competence", name="Direct actors", core=True)])


def rich_text(p: Profile, width: int = 80, lang: str = "en", sections: list[str] | None = None,
              color: bool = False, moves: list[Any] = ()) -> str:
    console = Console(width=width, record=True, file=io.StringIO(), color_system="truecolor" if color else None,
                      force_terminal=color)
    with language(lang):
        console.print(render_profile(p, sections=sections, moves=moves))
    return console.file.getvalue() if color else console.export_text()  # type: ignore[attr-defined]


def flat(text: str) -> str:
    """Output with layout removed: gutters and frame bars gone, whitespace normalised."""
    return " ".join(re.sub(r"[│╭╮╰╯●]", " ", text).split())


def words_of(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------- Rich

@pytest.mark.parametrize("width", [80, 40])
def test_full_profile_shows_every_section_within_the_width(width: int) -> None:
    out = rich_text(profile(), width, moves=[a_move()])
    for name in SECTIONS:
        assert section_heading(name) in out, name
    for line in out.splitlines():
        assert cell_len(line) <= width, line
    text = flat(out)
    for fact in ("Test stage manager", "Régisseur de test / Régisseuse de test", "The job that keeps the show running.",
                 "3 years", "€2,100 – €4,800", "gross/month", "Junior", "Senior", "touring bonuses",
                 "3–5 years", "1,800 people", "82%", "41 years", "47%", "Belgium only", "Steady",
                 "14:00–18:00", "Walkie-talkie", "QLab ★", "Microsoft Excel ▲", "INSAS — Bruxelles",
                 "Theatres — Théâtre National, KVS", "Sam, Stage manager", "3/5", "Medium preparation needed",
                 "EAC", "Inherited from 27-2012.00", "27-2012.00", "L1503", "régisseur général",
                 "CC BY 4.0", "Estimate", "2025", "Test guide",
                 "Know-how", "Run a show", "Call the cues ★", "Drive the control desk ↗", "Follow safety rules ★",
                 "Soft skills", "Composure", "Knowledge", "Stage electrics", "As ROME lists them.",
                 "★ core of the job · ↗ emerging", "Working hours", "Night work · Weekend work",
                 "O*NET (through ESCO)", "27-2012.03 Media Programming Directors broader",
                 "régisseur de spectacle (French title) exact match", "Official RIASEC letters E, A (Enterprising, Artistic)",
                 "Official letters: France Travail, ROME 4.0 v460", "Working conditions", "5.08", "Independence",
                 "6.33", "Derived from 27-2012.00, 27-2012.03"):
        assert fact in text, fact
    assert "https://www.onetcenter.org/database.html" in "".join(text.split())  # folded at 40, not cut


@pytest.mark.parametrize("width", [80, 40])
def test_no_word_is_lost(width: int) -> None:
    p = profile()
    text = flat(rich_text(p, width))
    lists = [p.missions, p.tools, p.training_path, p.pros, p.cons, p.tips, p.self_assessment, p.regions]
    items = [t.en for group in lists for t in group]  # type: ignore[union-attr]
    items += [b.text.en for b in p.typical_day] + [f.text.en for f in p.facts]  # type: ignore[union-attr]
    items += [q.answer.en for q in p.faq] + [q.question.en for q in p.faq]  # type: ignore[union-attr]
    items += [p.introduction.en, p.testimony.quote.en, ATTRIBUTION]  # type: ignore[union-attr]
    for item in items:
        assert words_of(item) in text, item
    assert LONG_URL in "".join(text.split())  # folded at 40 columns, never cut


def test_thin_profile_renders_only_its_title() -> None:
    out = rich_text(msgspec.convert({"title": "Beekeeper"}, Profile), 40)
    assert "Beekeeper" in out
    assert all(section_heading(name) not in out for name in SECTIONS)


def test_french_and_english() -> None:
    fr, en = flat(rich_text(profile(), lang="fr")), flat(rich_text(profile(), lang="en"))
    assert "Préparer les conduites." in fr and "Prepare the cue sheets" not in fr
    assert "Prepare the cue sheets for every performance." in en and "Préparer les conduites." not in en
    assert "2 100 € – 4 800 €" in fr.replace("\u00a0", " ")
    assert "EN Test stage manager" in fr  # the title in the other language, under the French one


@pytest.mark.parametrize("lang, shown", [("en", "4/5 Considerable Preparation Needed"),
                                         ("fr", "4/5 Préparation importante")])
def test_an_onet_job_zone_name_does_not_repeat_its_number(lang: str, shown: str) -> None:
    """O*NET's name "Job Zone Four: Considerable Preparation Needed" beside "4/5" says the zone twice."""
    zone = {"zone": 4, "label": {"en": "Job Zone Four: Considerable Preparation Needed"}}
    with language(lang):
        rich = flat(rich_text(profile(job_zone=zone), lang=lang))
        markdown = profile_markdown(profile(job_zone=zone), sections=None)
    assert shown in rich and "Job Zone Four" not in rich and "préparation 4 :" not in rich.replace("\u00a0", " ")
    assert shown.replace(" ", " — ", 1) in markdown
    own = profile(job_zone={"zone": 4, "label": {"en": "Job zone: ours"}})  # a name of the profile's own stays whole
    assert "4/5 Job zone: ours" in flat(rich_text(own))


def test_sections_filter_keeps_reading_order() -> None:
    out = rich_text(profile(), sections=["faq", "salary"])
    assert out.index(section_heading("salary")) < out.index(section_heading("faq"))
    assert section_heading("missions") not in out and "Prepare the cue sheets" not in out
    assert "The job that keeps the show running." not in out  # the tagline belongs to the overview


def test_pros_and_cons_side_by_side_when_wide_stacked_when_narrow() -> None:
    wide = rich_text(profile(), 80).splitlines()
    assert any("Never any routine." in line and "Unsocial hours." in line for line in wide)
    narrow = rich_text(profile(), 40).splitlines()
    assert not any("✓" in line and "✗" in line for line in narrow)
    assert any("Never any routine." in line for line in narrow) and any("Unsocial hours." in line for line in narrow)


def test_timeline_puts_times_in_a_column() -> None:
    lines = rich_text(profile(), 80).splitlines()
    assert any(re.search(r"14:00–18:00 ● Set-up", line) for line in lines)


def test_salary_is_drawn_as_bars_on_one_scale() -> None:
    out = rich_text(profile(), 80)
    junior = next(line for line in out.splitlines() if "Junior" in line)
    senior = next(line for line in out.splitlines() if "Senior" in line)
    assert junior.index("━") < senior.index("━")  # the junior range starts further left


def test_long_lists_are_capped() -> None:
    technologies = [{"name": f"Tool{i}", "category": "Software", "hot": i == 29} for i in range(30)]
    titles = [f"Title{i}" for i in range(25)]
    out = flat(rich_text(profile(technologies=technologies, other_titles={"en": titles}), 80))
    assert "Tool29 ★" in out  # hot technologies are kept first
    assert "and 10 more" in out and "Tool28" not in out
    assert "Title9" in out and "Title10" not in out and "and 15 more" in out


# ---------------------------------------------------------------- pay statistics and outlook

HOURLY_ONLY = {"period": "year", "suppressed": ["mean", "p10", "p25", "median", "p75", "p90"]}


@pytest.mark.parametrize("width", [80, 40])
def test_wages_bar_runs_from_the_10th_to_the_90th_percentile_with_the_median_marked(width: int) -> None:
    lines = rich_text(profile(), width, sections=["salary"]).splitlines()
    bar = next(line for line in lines if "┃" in line and "━" in line)
    assert bar.strip()[0] == "─" and bar.strip()[-1] == "─"  # 10th to 25th and 75th to 90th: thin
    axis = lines[lines.index(bar) + 1]
    assert axis.split() == ["$79,850", "≥", "$239,200"]  # the 90th percentile is top-coded: at least
    text = flat("\n".join(lines))
    for fact in ("United States · USD · gross · May 2024", "Median $133,080 per year", "$103,050 – $169,000",
                 "$144,570", "Per hour", "$63.98", "≥ $115.00", "1,654,440", "Test wage survey, Test bureau",
                 "SOC 2018 27-2012 Producers and Directors"):
        assert fact in text, fact


def test_a_period_the_source_withholds_is_not_available() -> None:
    hour = FULL["wages"][0]["pay"][1]
    p = profile(wages=[{**FULL["wages"][0], "pay": [HOURLY_ONLY, hour]}])
    text = flat(rich_text(p, 80, sections=["salary"]))
    assert "Median $63.98 per hour" in text and "Per year not available" in text
    md = profile_markdown(p, sections=["salary"])
    assert "| Median | not available | $63.98 |" in md


def test_top_coded_median_is_at_least() -> None:
    top = {"period": "year", "p10": 83930, "p25": 165940, "median": 239200, "p75": 239200, "p90": 239200,
           "top_coded": ["median", "p75", "p90"]}
    p = profile(wages=[{**FULL["wages"][0], "pay": [top]}])
    assert "Median ≥ $239,200 per year" in flat(rich_text(p, 40, sections=["salary"]))
    assert "| Median | ≥ $239,200 |" in profile_markdown(p, sections=["salary"])


@pytest.mark.parametrize("width", [80, 40])
def test_outlook_block(width: int) -> None:
    out = rich_text(profile(), width, sections=["outlook"])
    assert all(cell_len(line) <= width for line in out.splitlines())
    text = flat(out)
    for fact in ("United States · 2024–34", "Change 2024–34", "+15.8% (+267,700 jobs)",
                 "1,693,800 in 2024 → 1,961,400 in 2034", "Openings a year", "115,200",
                 "Typical entry education", "Bachelor's degree", "Less than 5 years", "On-the-job training",
                 "not available", "wider group 27-2010 (Actors, producers, and directors)"):
        assert fact in text, fact


def test_pay_and_outlook_in_french() -> None:
    from careercli.i18n import language

    with language("fr"):
        text = flat(rich_text(profile(), 80, lang="fr", sections=["salary", "outlook"])).replace("\u00a0", " ")
        md = profile_markdown(profile(), sections=["salary"]).replace("\u00a0", " ")
    for fact in ("États-Unis · USD · brut · mai 2024", "Médiane 133 080 $ par an", "≥ 239 200 $", "63,98 $",
                 "+15,8 % (+267 700 emplois)", "Perspectives d'emploi", "Diplôme de bachelier (licence)",
                 "Moins de 5 ans", "non disponible", "1er décile", "9e décile"):
        assert fact in text, fact
    assert "| Médiane | 133 080 $ | 63,98 $ |" in md


def test_pay_and_outlook_in_markdown() -> None:
    md = profile_markdown(profile(), sections=["salary", "outlook"])
    assert "**United States · USD · gross · May 2024**" in md
    assert "|  | Per year | Per hour |" in md and "| Median | $133,080 | $63.98 |" in md
    assert "| 90th percentile | ≥ $239,200 | ≥ $115.00 |" in md
    assert "- **Change 2024–34:** +15.8% (+267,700 jobs)" in md
    assert "- **On-the-job training:** not available" in md
    assert "*Source: Test projections, Test bureau · SOC 2018 27-2010 Actors, producers, and directors*" in md


def test_untrusted_text_in_figures_stays_inert() -> None:
    evil = "[bold]x[/] | <b>y</b>\x1b[31m"
    wages = {**FULL["wages"][0], "source": {"name": evil}, "row": {"system": "SOC 2018", "code": evil, "title": evil}}
    p = profile(wages=[wages], outlook=[{**FULL["outlook"][0], "education": evil, "geography": evil}])
    out = rich_text(p, 80, sections=["salary", "outlook"], color=True)
    assert "[bold]x[/]" in out and "\x1b[31m" not in out
    md = profile_markdown(p, sections=["salary", "outlook"])
    assert "\\[bold\\]x\\[/\\] \\| \\<b\\>y\\</b\\>" in md and "\x1b" not in md


# ---------------------------------------------------------------- untrusted text

def test_markup_in_data_prints_literally() -> None:
    p = profile(title="[bold red]boom[/]", missions=["[link=https://evil.example]click[/link] :smile:"])
    out = rich_text(p, 80)
    assert "[bold red]boom[/]" in out
    assert "[link=https://evil.example]click[/link] :smile:" in out
    colored = rich_text(p, 80, color=True)
    assert "\x1b]8;" not in colored  # no hyperlink was created
    assert "[bold red]boom[/]" in colored


@pytest.mark.parametrize("color", [False, True])
def test_control_sequences_never_reach_the_terminal(color: bool) -> None:
    evil = "Bad\x1b[31mRED\x07 \x1b]8;;https://evil.example\x07link\x9b2J"
    p = profile(title=evil, missions=[evil], faq=[{"question": evil, "answer": evil}],
                sources=[{"name": evil, "attribution": evil}])
    out = rich_text(p, 80, color=color)
    assert "\x07" not in out and "\x9b" not in out
    if color:  # the only escape sequences are Rich's own colours (SGR), never the data's
        assert re.findall(r"\x1b(?!\[[0-9;]*m)", out) == []
        assert "\x1b[31mRED" not in out
    else:
        assert "\x1b" not in out
    assert "Bad[31mRED ]8;;https://evil.examplelink2J" in out  # what is left is inert text


def test_criteria_grouped_by_kind_in_the_display_language() -> None:
    out = rich_text(profile(), sections=["criteria"], lang="fr")
    lines = [line.strip() for line in out.splitlines() if line.strip()]
    start = lines.index("Critères du métier")
    assert lines[start:start + 6] == [
        "Critères du métier", "spectacle · soir", "Secteurs d'activité", "Spectacle vivant · Culture",  # main first
        "Styles de travail", "Fiabilité"]  # the kinds in their order, whatever the profile's order
    only_own = rich_text(profile(tags=[]), sections=["criteria"])
    assert "performing arts · evening work" in only_own and "Criteria of the profile" not in only_own
    md = profile_markdown(profile(), sections=["criteria"])
    assert "**Activity sectors:** **Spectacle vivant** · Culture" in md and "**Work styles:** Dependability" in md


# ---------------------------------------------------------------- Markdown

def test_markdown_has_every_section() -> None:
    md = profile_markdown(profile(), sections=None, moves=[a_move()])
    assert md.startswith("# Test stage manager\n")
    for name in SECTIONS:
        assert f"\n## {section_heading(name)}\n" in md, name
    assert "| 14:00–18:00 | Set-up and adjustments \\| checks. |" in md  # '|' escaped in a table cell
    assert "| Share of women | 47% |" in md
    assert "| Independence ★ | 6.33 |" in md and "| Support | 2.83 |" in md  # the job's three highest starred
    assert "- Never any routine." in md and "- Unsocial hours." in md
    assert "1. Obtain the CESS." in md
    assert "O\\*NET 29.3 Database" in md
    assert "- Stage director (`stage-director`): ROME mobility no. 1 · to learn: 50% of what it asks · to add: " \
           "Direct actors" in md
    assert "- Run a show\n  - Call the cues ★\n  - Drive the control desk ↗\n- Follow safety rules ★" in md
    assert "**Working hours:** Night work · Weekend work" in md
    assert "- **27-2012.03** Media Programming Directors — broader" in md
    assert "**Official RIASEC letters:** E, A (Enterprising, Artistic)" in md


def test_derived_scores_and_official_letters() -> None:
    derived = {"R": 3.0, "I": 5.0, "A": 1.5, "S": 5.5, "E": 2.0, "C": 4.0, "code": "SIC", "derived": True,
               "based_on": ["29-1141.00", "29-1141.04", "29-1171.00", "29-1141.01", "29-1141.02", "31-9097.00"],
               "source": both("Dérivés.", "Derived from linked O*NET occupations.")}
    text = flat(rich_text(profile(riasec=derived), sections=["interests"]))
    assert "Derived from 29-1141.00, 29-1141.04, 29-1171.00, 29-1141.01, 29-1141.02 (and 1 more)" in text
    assert "Inherited" not in text
    official_only = flat(rich_text(profile(riasec=None), sections=["interests"]))
    assert "Official RIASEC letters E, A (Enterprising, Artistic)" in official_only and "Holland code" not in official_only
    with language("fr"):
        french = flat(rich_text(profile(riasec=None), lang="fr", sections=["interests"]))
    assert "Lettres RIASEC officielles E, A (Entreprenant, Artistique)" in french


def test_new_sections_keep_untrusted_text_inert() -> None:
    evil = "# [x](javascript:alert(1)) *b*\x1b[31m"
    p = profile(competences={"know_how": [{"heading": evil, "items": [{"text": evil, "core": True}]}]},
                work_contexts=[{"heading": evil, "items": [evil]}],
                links=[{"scheme": "onet", "code": "1` <b>", "title": evil, "match": "close", "source": evil}])
    sections = ["competences", "conditions", "see-also"]
    md = profile_markdown(p, sections=sections)
    assert "\x1b" not in md and "<b>" not in md and "`" not in md.replace("\\`", "")
    escaped = "\\# \\[x\\](javascript:alert(1)) \\*b\\*\\[31m"
    assert f"\n- {escaped}\n  - {escaped} ★\n" in md and f"**{escaped}:** {escaped}" in md
    text = rich_text(p, sections=sections)
    assert "\x1b" not in text and "[x](javascript:alert(1)) *b*[31m" in flat(text)  # no markup parsed


def test_markdown_escapes_untrusted_text() -> None:
    p = profile(title="# [x](javascript:alert(1)) <b>hi</b>\x1b[31m",
                missions=["# not a heading", "1. not a list", "<script>x</script>"])
    md = profile_markdown(p, sections=["missions"])
    assert "\x1b" not in md
    assert md.startswith("# \\# \\[x\\](javascript:alert(1)) \\<b\\>hi\\</b\\>\\[31m / Test stage manager\n")
    assert "- \\# not a heading" in md and "- 1\\. not a list" in md and "\\<script\\>" in md
    assert "## " + section_heading("salary") not in md


def test_markdown_thin_profile() -> None:
    thin = msgspec.convert({"title": "Beekeeper"}, Profile)
    with language("fr"):
        assert profile_markdown(thin, sections=None) == "# Beekeeper\n"


# ---------------------------------------------------------------- the seed profile

@pytest.mark.skipif(not SEED.exists(), reason="seed profile not written yet")
@pytest.mark.parametrize("width", [80, 40])
def test_seed_profile_renders(width: int) -> None:
    from careercli.profile.loader import read_profile

    seed = read_profile(SEED)
    for lang in ("fr", "en"):
        out = rich_text(seed, width, lang=lang)
        assert all(cell_len(line) <= width for line in out.splitlines())
        assert all(words_of(t.fr if lang == "fr" else t.en) in flat(out) for t in seed.missions)  # type: ignore[union-attr]


def test_a_figure_of_one_year_is_singular_in_both_languages():
    from careercli.i18n import language
    from careercli.render.profile_format import figure_value
    from careercli.profile.schema import Figure

    for lang, one, three in (("en", "1 year", "3 years"), ("fr", "1 an", "3 ans")):
        with language(lang):
            assert figure_value(Figure(value=1, unit="years")) == one
            assert figure_value(Figure(value=3, unit="years")) == three
            assert figure_value(Figure(min=1, max=3, unit="years")) == three.replace("3", "1–3")


# ---------------------------------------------------------------- one registry of fields

def test_every_profile_field_belongs_to_exactly_one_section() -> None:
    """sections.SECTIONS is the registry: a field added to the schema alone fails here, instead of
    silently never showing in `careers show` (its section, heading and renderers come with it)."""
    import msgspec

    placed = [field for fields in SECTIONS.values() for field in fields]
    schema = {f.encode_name for f in msgspec.structs.fields(Profile)} - {"id", "origin"}  # identity, not shown
    assert sorted(placed) == sorted(set(placed)), "a field in two sections"
    assert set(placed) == schema, (sorted(schema - set(placed)), sorted(set(placed) - schema))


def test_every_section_has_a_rich_and_a_markdown_renderer_and_a_template_block() -> None:
    from careercli.render.profile_markdown import _MD_SECTIONS
    from careercli.render.profile_rich import _SECTIONS
    from careercli.profile.template import TEMPLATE

    from_the_catalog = {"similar", "moves"}  # built per call from what the catalog knows of other careers
    assert set(_SECTIONS) | from_the_catalog == set(SECTIONS)
    assert set(_MD_SECTIONS) | from_the_catalog == set(SECTIONS)
    keys = {line.lstrip("# ").split(":")[0] for line in TEMPLATE.splitlines()
            if line and not line.startswith("##") and not line.startswith(("  ", "#   ", "# -", "#  "))}
    derived = {"wages", "outlook", "work_contexts", "technologies", "tags", "riasec_official", "links",
               "competences", "job_zone", "work_values"}  # written by the importers from their sources, not by hand
    missing = {f for fields in SECTIONS.values() for f in fields} - keys - derived
    assert not missing, sorted(missing)


def test_the_full_test_profile_sets_every_field() -> None:
    """So that the Rich and Markdown tests above see every field of the schema rendered."""
    import msgspec

    schema = {f.encode_name for f in msgspec.structs.fields(Profile)} - {"origin"}
    assert schema <= set(FULL), sorted(schema - set(FULL))


def test_related_titles_show_under_the_title_in_french_and_in_markdown() -> None:
    assert "Régisseur plateau" in flat(rich_text(profile(), lang="fr"))
    with language("fr"):
        assert "Régisseur plateau" in profile_markdown(profile(), sections=None)
