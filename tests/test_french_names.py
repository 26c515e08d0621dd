"""French names of U.S. occupations: a title only from an exact crosswalk match; otherwise related
jobs, shown as such and searched with less weight, and the English title marked."""

from __future__ import annotations

import json

import yaml

from careercli.catalog.search_table import OTHER, RELATED, field_byte, profile_keys, score_key, stemmed

from .committed import committed_profiles
from .conftest import ROOT

ONET = ROOT / "data" / "careers" / "onet"
CROSSWALK = "ESCO-O*NET Crosswalk"


def _onet_profiles() -> tuple[dict, ...]:
    return committed_profiles("onet")


def test_every_french_title_rests_on_an_exact_crosswalk_match() -> None:
    """Checked on the whole committed catalog: a French title only where the profile links an ESCO
    occupation as the same job, and its crosswalk note names the exact match."""
    titled = 0
    for profile in _onet_profiles():
        note = next((s.get("note", "") for s in profile["sources"] if s["name"] == CROSSWALK), "")
        if "fr" in profile["title"]:
            titled += 1
            assert any(link["scheme"] == "esco" and link["match"] == "exact" for link in profile["links"]), profile["id"]
            assert "(exact match in the ESCO-O*NET crosswalk)" in note, profile["id"]
            assert "fr" not in profile.get("introduction", {}) or "French introduction" not in note
        else:
            assert "fr" not in profile.get("introduction", {}), profile["id"]  # no description of another job
        for related in profile.get("related_titles", []):
            assert related["match"] != "exact"
    assert titled >= 480


def test_the_audited_wrong_names_are_only_related_jobs() -> None:
    nurse = yaml.safe_load((ONET / "nurse-practitioners.yaml").read_text(encoding="utf-8"))
    assert nurse["title"] == {"en": "Nurse Practitioners"}
    assert "fr" not in nurse["introduction"]  # not the GP's description
    assert nurse["related_titles"][0]["title"]["fr"] == "Médecin généraliste"
    assert nurse["related_titles"][0]["match"] == "close"
    for career_id, wrong in [("legislators", "Secrétaire d'État"), ("parts-salespersons", "Vendeur automobile"),
                             ("library-assistants-clerical", "Archiviste"),
                             ("helpers-pipelayers-plumbers-pipefitters-and-steamfitters", "Plombier")]:
        profile = yaml.safe_load((ONET / f"{career_id}.yaml").read_text(encoding="utf-8"))
        assert profile["title"].get("fr") != wrong, career_id
        assert wrong in [r["title"].get("fr") for r in profile["related_titles"]], career_id


def test_show_marks_the_english_title_and_names_related_jobs_as_such(cli) -> None:  # noqa: ANN001
    french = cli("show", "nurse-practitioners", "--lang", "fr", "--no-pager", "--section", "overview").stdout
    header = french.split("Présentation")[0]
    assert "Nurse Practitioners" in header
    assert "Pas de nom français pour ce métier\u00a0: son titre anglais est affiché" in header
    assert "Métier français apparenté\u00a0: Médecin généraliste (correspondance proche)" in header
    english = cli("show", "nurse-practitioners", "--lang", "en", "--no-pager", "--section", "overview").stdout
    assert "Médecin" not in english and "No French name" not in english
    markdown = cli("show", "nurse-practitioners", "--lang", "fr", "--format", "markdown").stdout
    assert "Métier français apparenté\u00a0: Médecin généraliste (correspondance proche)" in markdown


def test_a_french_title_has_no_mark(cli) -> None:  # noqa: ANN001
    result = cli("show", "accountants-and-auditors", "--lang", "fr", "--no-pager", "--section", "overview")
    assert "Comptable" in result.stdout and "Pas de nom français" not in result.stdout


def test_a_fiches_link_to_an_occupation_of_the_catalog_takes_its_french_title(cli) -> None:  # noqa: ANN001
    """The crosswalk writes only "Physical Therapists"; the O*NET catalog calls it Physiothérapeute."""
    for args in (("--no-pager", "--section", "see-also"), ("--format", "markdown")):
        shown = " ".join(cli("show", "kinesitherapeute", "--lang", "fr", *args).stdout.split()).replace("\\", "")
        assert "Physiothérapeute" in shown
        assert "Physical Therapists (titre anglais)" not in shown
        assert "Physical Therapist Aides (titre anglais)" in shown  # one the catalog names in English only stays marked
    english = " ".join(cli("show", "kinesitherapeute", "--lang", "en", "--no-pager", "--section", "see-also").stdout.split())
    assert "29-1123.00 Physical Therapists" in english


def test_related_job_titles_score_below_every_title_of_the_job_itself() -> None:
    related, other = field_byte(RELATED, "fr"), field_byte(OTHER, "fr")
    for query in ("plombier", "medecin generaliste"):
        assert 0 < score_key(query, stemmed(query), query, RELATED) < score_key(query, stemmed(query), query, OTHER)
    keys = profile_keys("x", [], [("Plombier chauffagiste", "fr")], [], [], [], related=[("Plombier", "fr")])
    assert ("plombier", related) in keys.keys and ("plombier chauffagiste", other) in keys.keys


def test_search_finds_a_related_job_below_the_job_itself(cli) -> None:  # noqa: ANN001
    result = cli("search", "médecin généraliste", "--lang", "fr", "--catalog", "all", "--format", "json", "--limit", "50")
    hits = json.loads(result.stdout)["data"]["results"]
    ids = [hit["id"] for hit in hits]
    assert {"medecin-generaliste", "family-medicine-physicians"} == set(ids[:2])  # titles (an exact match)
    nurse = next(hit for hit in hits if hit["id"] == "nurse-practitioners")
    assert nurse["field"] == "related job" and nurse["score"] < hits[0]["score"]


def test_about_counts_french_titles_by_match_type(cli) -> None:  # noqa: ANN001
    counts = json.loads(cli("about", "--format", "json").stdout)["data"]["french_titles"]
    profiles = _onet_profiles()
    assert sum(counts.values()) == len(profiles)
    assert counts["exact"] == sum(1 for p in profiles if "fr" in p["title"])
    assert counts["close"] == sum(1 for p in profiles if "fr" not in p["title"]
                                  and any(r["match"] == "close" for r in p.get("related_titles", [])))
    text = " ".join(cli("about", "--lang", "fr").stdout.split())
    assert f"{counts['exact']} par une correspondance exacte" in text


def test_figures_of_a_group_or_shared_say_so(cli) -> None:  # noqa: ANN001
    markdown = " ".join(cli("show", "mental-health-counselors", "--format", "markdown").stdout.split())
    assert "Figures for the group 21-1018 (Substance Abuse, Behavioral Disorder, and Mental Health Counselors)" in markdown
    assert "Shared with 2 occupations: 21-1011.00, 21-1014.00" in markdown
    own = " ".join(cli("show", "actuaries", "--format", "markdown").stdout.split())
    assert "Shared with" not in own and "Figures for the group" not in own
