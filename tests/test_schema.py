"""The profile schema: round trip, strictness, and the shipped seed profile being complete."""

from __future__ import annotations

import json
from pathlib import Path

import msgspec
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from careercli.profile.loader import read_profile
from careercli.profile.schema import LANGUAGES, Localized, Profile

from .conftest import ROOT, SEED_ID

SEED = ROOT / "data" / "careers" / f"{SEED_ID}.yaml"

# Every section of the career-guide page, and how many items the page lists in each.
SEED_LISTS = {
    "qualities": 8, "missions": 10, "tools": 11, "typical_day": 5, "facts": 6, "training_path": 7,
    "schools": 7, "workplaces": 8, "pros": 8, "cons": 8, "tips": 8, "self_assessment": 6, "faq": 8,
    "regions": 6,
}
SEED_SECTIONS = [
    "title", "title_feminine", "tagline", "introduction", "studies", "salary", "conditions", "key_figures",
    "testimony", "riasec", "codes", "sources", "similar", "criteria",
]


def test_seed_profile_has_every_section_of_the_page():
    profile = read_profile(SEED)
    for name in SEED_SECTIONS:
        assert getattr(profile, name), f"section {name} is empty"
    for name, count in SEED_LISTS.items():
        assert len(getattr(profile, name)) == count, name


def test_seed_key_figures_are_sourced_estimates():
    figures = read_profile(SEED).key_figures
    assert figures is not None
    for name in ("training_length", "professionals", "growth", "insertion_rate", "average_age", "share_of_women"):
        figure = getattr(figures, name)
        assert figure is not None, name
        assert figure.estimate and figure.year == 2025 and figure.source, name
    assert (figures.insertion_rate.value, figures.insertion_rate.unit) == (85, "percent")
    assert figures.employment_rate is None  # the page gives an insertion rate, not an employment rate
    assert (figures.professionals.min, figures.professionals.max) == (1500, 2500)


def test_seed_salary_matches_the_page():
    salary = read_profile(SEED).salary
    assert salary is not None and salary.source and salary.estimate
    assert (salary.currency, salary.period, salary.basis) == ("EUR", "month", "gross")
    assert (salary.overall.min, salary.overall.max) == (2500, 5500)
    assert (salary.junior.min, salary.junior.max) == (2500, 3200)
    assert (salary.senior.min, salary.senior.max) == (3300, 5500)


def _texts(value):
    """Every localisable text in a builtins tree (dicts whose keys are languages)."""
    if isinstance(value, dict):
        if value and set(value) <= set(LANGUAGES) and all(isinstance(v, str) for v in value.values()):
            yield value
        else:
            for item in value.values():
                yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def test_seed_every_text_is_in_french_and_english():
    data = msgspec.to_builtins(read_profile(SEED))
    texts = list(_texts(data))
    assert len(texts) > 140
    missing = [t for t in texts if not (t.get("fr") and t.get("en"))]
    assert missing == []


def test_seed_riasec_comes_from_named_onet_occupations():
    riasec = read_profile(SEED).riasec
    assert riasec is not None and riasec.based_on and riasec.source
    assert riasec.code == "".join(sorted("RIASEC", key=lambda t: -getattr(riasec, t))[:3])


def test_round_trip_through_yaml_and_json_keeps_the_profile():
    profile = read_profile(SEED)
    as_yaml = yaml.safe_dump(msgspec.to_builtins(profile), allow_unicode=True, sort_keys=False)
    assert msgspec.convert(yaml.safe_load(as_yaml), Profile) == profile
    assert msgspec.json.decode(msgspec.json.encode(profile), type=Profile) == profile


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)


@given(title=texts, tagline=st.one_of(texts, st.builds(Localized, fr=texts, en=texts)),
       missions=st.lists(texts, max_size=4))
def test_round_trip_of_generated_profiles(title, tagline, missions):
    profile = Profile(title=title, tagline=tagline, missions=missions)
    assert msgspec.json.decode(msgspec.json.encode(profile), type=Profile) == profile
    assert msgspec.convert(msgspec.to_builtins(profile), Profile) == profile


def test_a_title_alone_is_a_valid_profile(tmp_path: Path):
    path = tmp_path / "thin.yaml"
    path.write_text("title: Thin\n", encoding="utf-8")
    assert read_profile(path).title == "Thin"


@pytest.mark.parametrize("text", [{}, {"de": "Hallo"}])
def test_a_localised_text_needs_a_known_language(text):
    with pytest.raises(msgspec.ValidationError):
        msgspec.convert({"title": text}, Profile)


def test_schema_command_prints_a_json_schema(cli):
    result = cli("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    profile = schema["$defs"]["Profile"]
    assert profile["required"] == ["title"]
    assert profile["additionalProperties"] is False
    assert {"salary", "key_figures", "typical_day", "riasec", "codes", "faq"} <= set(profile["properties"])
