"""The profile template `careers new ID` writes: every section of a profile, commented.

Lines starting with `## ` explain; lines starting with `# ` are optional sections, ready to use
once the `# ` is deleted; the title is the one section that is not optional. Every value a
person must write is a placeholder `<FILL IN: ...>`: the loader refuses a profile that still has
one (`placeholder_problems`), so `careers validate` says which lines are left to fill, and an
unfilled template never shows up in the catalog. With the placeholders replaced and every `# `
deleted, the template is a valid profile (a test checks it).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import Problem
from ..patterns import lazy

MARK = "<FILL IN"
_SLUG = lazy(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

TEMPLATE = """\
## A career profile for careers, written by `careers new {id}`.
## 1. Replace every <FILL IN: ...> with your text (or delete its line).
## 2. Optional sections start with "# ": delete the "# " of the lines of a section to use it.
## 3. Check it: careers validate {file}   (every problem comes with its line number)
## 4. Use it: careers --data-dir FOLDER show {id}   (FOLDER: where this file is)
## A text is a plain string, or one per language (fr, en, nl) as below. `careers schema`
## prints every field with its type; an unknown key is an error, so a typo never passes.

## --- Identity -----------------------------------------------------------------------
title:
  fr: "<FILL IN: le nom du métier>"
  en: "<FILL IN: the job's name>"
# title_feminine:
#   fr: "<FILL IN: the feminine form, if French has one>"
# tagline:
#   fr: "<FILL IN: one sentence that sums up the job>"
# introduction:
#   fr: "<FILL IN: a short paragraph: what the job is about>"

## --- Studies and qualities ------------------------------------------------------------
# studies:
#   summary: "<FILL IN: which studies lead to it>"
#   length: "<FILL IN: e.g. 3 years after secondary school>"
# education: "<FILL IN: the usual diploma>"
# training_path:
#   - "<FILL IN: a step of the usual path>"
# schools:
#   - name: "<FILL IN: a school>"
#     city: "<FILL IN: its city>"
# qualities:
#   - "<FILL IN: a quality the job needs>"

## --- Pay (monthly gross in EUR, as an example) ------------------------------------------
# salary:
#   currency: EUR
#   period: month
#   basis: gross
#   overall: {{min: 2000, max: 3500}}
#   junior: {{min: 2000, max: 2400}}
#   senior: {{min: 3000, max: 3500}}
#   allowances: "<FILL IN: meal vouchers, car ...>"
#   estimate: true
#   year: 2026
#   source: "<FILL IN: where the figures come from>"
#   note: "<FILL IN: anything a reader must know>"
# wages:
#   - source: {{name: "<FILL IN: the survey>", url: "https://example.org/survey"}}
#     geography: "<FILL IN: e.g. Belgique>"
#     year: 2026
#     currency: EUR
#     basis: gross
#     pay:
#       - {{period: month, p10: 2100, median: 2800, p90: 3900}}
# outlook:
#   - source: {{name: "<FILL IN: who publishes the projections>"}}
#     geography: "<FILL IN: where they apply>"
#     base_year: 2024
#     target_year: 2034
#     change_percent: 4.0

## --- The work ---------------------------------------------------------------------------
# conditions: "<FILL IN: hours, travel, noise, teamwork ...>"
# work_contexts:
#   - heading: "<FILL IN: a kind of condition, e.g. Horaires>"
#     items: ["<FILL IN: e.g. Travail en soirée>"]
# competences:
#   know_how:
#     - heading: "<FILL IN: a group of skills>"
#       items: [{{text: "<FILL IN: a skill>", core: true}}]
#   soft_skills: [{{text: "<FILL IN: e.g. Sens de l'organisation>"}}]
#   knowledge:
#     - heading: "<FILL IN: a field of knowledge>"
#       items: [{{text: "<FILL IN: something to know>"}}]
# key_figures:
#   training_length: {{value: 3, unit: years, source: "<FILL IN: source>"}}
#   professionals: {{value: 1200, unit: people, year: 2026, estimate: true, source: "<FILL IN: source>"}}
#   growth: {{text: "<FILL IN: is it growing?>"}}
#   employment_rate: {{value: 85, unit: percent, source: "<FILL IN: source>"}}
#   average_age: {{value: 41, unit: years, source: "<FILL IN: source>"}}
#   share_of_women: {{value: 52, unit: percent, source: "<FILL IN: source>"}}
#   region: "<FILL IN: where the figures apply>"
# missions:
#   - "<FILL IN: a task of the job>"
# tools:
#   - "<FILL IN: a tool>"
# technologies:
#   - {{name: "<FILL IN: a software>", category: "<FILL IN: its kind>", hot: false}}
# typical_day:
#   - {{start: "09:00", end: "12:00", text: "<FILL IN: what happens then>"}}
# workplaces:
#   - kind: "<FILL IN: a kind of employer>"
#     examples: ["<FILL IN: an example>"]
# regions:
#   - "<FILL IN: where the jobs are>"

## --- Points of view -----------------------------------------------------------------------
# facts:
#   - heading: "<FILL IN: a title>"
#     text: "<FILL IN: a fact worth knowing>"
# testimony:
#   quote: "<FILL IN: what someone in the job says>"
#   name: "<FILL IN: a first name>"
#   role: "<FILL IN: their role>"
# pros:
#   - "<FILL IN: a good side>"
# cons:
#   - "<FILL IN: a hard side>"
# tips:
#   - "<FILL IN: advice to someone starting>"
# criteria:
#   - "<FILL IN: something to look at before choosing it>"
## Criteria of a kind, to browse careers by (`careers criteria`, `careers list --criterion`); kinds:
## criterion, interest, sector, subsector, theme, work_value, work_style, job_zone. main: the principal one.
# tags:
#   - {{kind: sector, text: "<FILL IN: e.g. Culture>", main: true}}
# faq:
#   - question: "<FILL IN: a question people ask>"
#     answer: "<FILL IN: its answer>"
## Questions of `careers fit {id}`: answered yes / rather yes / rather no / no.
# self_assessment:
#   - "<FILL IN: e.g. Do you like organising other people's work?>"

## --- Classification (for the interest quiz and the links) ------------------------------------
## Interests on O*NET's scale from 1 to 7; without them, the quiz cannot rank this career.
# riasec:
#   {{R: 2.0, I: 3.5, A: 4.0, S: 4.5, E: 6.0, C: 5.5, code: ECS, source: "<FILL IN: where they come from>"}}
## The letters a classification gives the job itself, if it gives some (e.g. ROME's).
# riasec_official: {{major: E, minor: C, source: "<FILL IN: the classification>"}}
## How far the job satisfies O*NET's six work values (extent, 1 to 7), for `careers quiz --values`.
# work_values:
#   {{achievement: 5.0, conditions: 4.5, recognition: 4.7, relationships: 5.5, support: 4.0, independence: 5.0,
#     source: "<FILL IN: where they come from>"}}
# job_zone: {{zone: 4, label: "<FILL IN: e.g. bachelor's degree>"}}
# codes:
#   onet_soc: ["13-1011.00"]
#   soc: ["13-1011"]
#   isco08: ["2431"]
#   rome: ["L1302"]
#   esco: ["<FILL IN: an ESCO occupation URI>"]
# similar: [administrateur-de-production]
## Counterparts in other classifications, from an official crosswalk, with the kind of match.
# links:
#   - {{scheme: onet, code: "13-1011.00", match: close, source: "<FILL IN: the crosswalk>"}}
# other_titles:
#   fr: ["<FILL IN: another name of the job>"]
#   en: ["<FILL IN: another name of the job>"]
## Related jobs a crosswalk links without calling them the same job (never the title).
# related_titles:
#   - {{code: "<FILL IN: an ESCO occupation URI>", match: close, title: {{fr: "<FILL IN: its name>"}}}}

## --- Where it all comes from -------------------------------------------------------------------
# sources:
#   - name: "<FILL IN: a source>"
#     url: "https://example.org/page"
#     retrieved: "2026-11-26"
# licence: "<FILL IN: e.g. CC BY 4.0>"
# id: {id}
# origin: curated
"""


def profile_template(career_id: str, file_name: str) -> str:
    return TEMPLATE.format(id=career_id, file=file_name)


def valid_id(career_id: str) -> bool:
    return bool(_SLUG.match(career_id))


def placeholder_problems(path: Path, source: str) -> list[Problem]:
    """Every line of a profile that still holds a placeholder of the template."""
    problems = []
    for number, line in enumerate(source.splitlines(), 1):
        column = line.find(MARK)
        if column >= 0 and not line.lstrip().startswith("#"):
            problems.append(Problem(path, "still the template's placeholder: write your text here, or delete the line",
                                    line=number, column=column + 1))
    return problems
