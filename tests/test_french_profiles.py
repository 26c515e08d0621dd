"""Every text section of a French profile is French: ROME fiches and the curated seed, shown in
French (rich and Markdown), have French headings and no English sentence.

What may stay in another language, because it is a name or a verbatim legal text: a source's
name and publisher, the attribution a CC BY licensor asks for (O*NET's, ESCO's), and the
official titles of linked occupations in another classification (O*NET's are English).
"""

from __future__ import annotations

import json
import re

import pytest

from careercli.i18n import language
from careercli.profile.sections import SECTIONS, section_heading

from .conftest import ROOT, SEED_ID

ROME = sorted(path.stem for path in (ROOT / "data" / "careers" / "rome").glob("*.yaml"))
SAMPLE = sorted({*ROME[::80], "infirmier-en-soins-generaux-ide", "chef-d-equipe-batiment", SEED_ID})
# Words that mark an English sentence and are not French words ("an", "a", "on", "or" are both).
ENGLISH = set("the of and to with for from this that is are by which their these was were has have its it "
              "be been not into than".split())
WIDE = "1000"  # no wrapping: exempt texts are found whole


def english_headings() -> dict[str, str]:
    with language("en"):
        english = {name: section_heading(name) for name in SECTIONS}
    with language("fr"):
        return {heading: name for name, heading in english.items() if section_heading(name) != heading}


def exempt_texts(profile: dict) -> list[str]:
    texts = []
    for source in profile.get("sources", []):
        texts += [source["name"], source.get("publisher", "")]
        if source.get("licence", "").startswith("CC BY"):
            texts.append(source.get("attribution", ""))
    for link in profile.get("links", []):
        title = link.get("title")
        texts += list(title.values()) if isinstance(title, dict) else [title or ""]
    return sorted((t for t in texts if t), key=len, reverse=True)


def english_lines(text: str, exempt: list[str]) -> list[str]:
    for name in exempt:
        text = text.replace(name, " ").replace(name.replace("*", "\\*"), " ")  # Markdown escapes O*NET
    found = []
    for line in text.splitlines():
        tokens = [t for t in line.split() if not re.search(r"[-_/.=*@\d]\w", t)]  # not ids, codes, URLs
        words = {w.lower() for t in tokens for w in re.findall(r"[A-Za-z]+", t)}
        if len(words & ENGLISH) >= 2:
            found.append(line.strip())
    return found


@pytest.fixture
def wide(monkeypatch):
    monkeypatch.setenv("COLUMNS", WIDE)
    monkeypatch.setenv("CAREERS_LANG", "fr")


@pytest.mark.parametrize("career_id", SAMPLE)
def test_a_french_profile_is_french_in_every_section(cli, wide, career_id):
    profile = json.loads(cli("show", career_id, "--format", "json").stdout)["data"]["profile"]
    exempt = exempt_texts(profile)
    headings = english_headings()
    for args, heading in ((["--no-pager"], r"^(\S.*?) ─+$"), (["--format", "markdown"], r"^## (.+)$")):
        result = cli("show", career_id, *args)
        assert result.exit_code == 0, result.stderr
        shown_headings = re.findall(heading, result.stdout, re.M)
        assert len(shown_headings) >= 3
        assert not [h for h in shown_headings if h.strip() in headings], shown_headings
        english = english_lines(result.stdout, exempt)
        assert not english, f"{career_id} {' '.join(args)}: English left in French:\n" + "\n".join(english)


def test_the_check_finds_english_text(cli, wide):
    """The same check on the English view of a fiche finds English headings and sentences."""
    result = cli("show", "infirmier-en-soins-generaux-ide", "--lang", "en", "--no-pager")
    assert "Sources and licence" in result.stdout
    assert [line for line in english_lines(result.stdout, []) if "product includes information" in line]
    assert english_lines(result.stdout.replace("Licence Ouverte", ""), exempt_texts({}))


def test_a_rome_fiche_quotes_its_sources_in_french(cli, wide):
    text = cli("show", "infirmier-en-soins-generaux-ide", "--section", "sources", "--no-pager").stdout
    assert "v460, publiée le 18/09/2025" in text
    assert "Licence Ouverte / Etalab 2.0 (présumée\u00a0; à vérifier)" in text
    assert "ISCO-08 de la fiche ROME v3 J1506, dont cette fiche est issue" in text
    assert "This product includes information from the O*NET 29.3 Database" in text  # verbatim, as O*NET asks
    english = cli("show", "infirmier-en-soins-generaux-ide", "--section", "sources", "--lang", "en", "--no-pager")
    assert "v460, published 18/09/2025" in english.stdout  # the data is English: shown as written in English


@pytest.mark.parametrize("query", ["infirmier", "infirmière", "enseignant"])
def test_a_french_job_family_asks_among_french_fiches(cli, query):
    """No ROME appellation is plain "Infirmier / Infirmière": the word names several fiches, so
    careers asks (exit 3, the candidates on stderr and in JSON), in French, never guesses."""
    result = cli("show", query, "--lang", "fr")
    assert result.exit_code == 3 and result.stdout == ""
    assert result.stderr.startswith(f"Erreur\u00a0: «\u00a0{query}\u00a0» correspond à plusieurs métiers\u00a0; ")
    assert "\u00a0; 2. " in result.stderr  # French list separator
    candidates = json.loads(cli("show", query, "--lang", "fr", "--format", "json").stdout)["data"]["candidates"]
    origins = {json.loads(cli("show", c["id"], "--lang", "fr", "--format", "json").stdout)["data"]["profile"]["origin"]
               for c in candidates[:3]}
    assert len(candidates) >= 3 and origins <= {"rome", "curated"}
