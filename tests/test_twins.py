"""Twins across the two references (catalog/twins.py): an O*NET occupation and a ROME fiche that
the official crosswalks say are the same job are one row with `--catalog all`, with both codes, in
every command that lists careers (quiz, class, list, search, similar, the API); the rule's
conditions each keep a pair apart."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from careercli.catalog.entry import Entry
from careercli.catalog.twins import joined_pairs, with_cross_catalog_twins

ESCO = "http://data.europa.eu/esco/occupation/"


def fiche(career_id: str, code: str, onet: list[tuple[str, str]], esco: list[tuple[str, str]], isco: str = "2655",
          twins: tuple[str, ...] = ()) -> Entry:
    return Entry(id=career_id, path="", origin="rome", title=career_id, codes=[code], onet_links=onet,
                 esco=tuple((ESCO + uri, match) for uri, match in esco), isco08=[isco], twins=list(twins))


def occupation(career_id: str, code: str, esco: list[tuple[str, str]], isco: str = "2655") -> Entry:
    return Entry(id=career_id, path="", origin="onet", title=career_id, codes=[code, code[:7]],
                 esco=tuple((ESCO + uri, match) for uri, match in esco), isco08=[isco])


def joined(*entries: Entry) -> list[tuple[str, str]]:
    return [(f.id, o.id) for f, o in joined_pairs({e.id: e for e in entries})]


# Comédien / Actors: the fiche's main title closeMatch ESCO's actor, which is exactly Actors
ACTORS = occupation("actors", "27-2011.00", [("actor", "exact")])
COMEDIEN = fiche("comedien", "L1203", [("27-2011.00", "close")], [("actor", "close")])
# Musicien / Musicians and Singers: the main title is exactly ESCO's musician, of which the
# occupation is the broader job; Orchestrateur is narrower than ESCO's musician (broad, broad)
SINGERS = occupation("musicians-and-singers", "27-2042.00", [("musician", "narrow"), ("singer", "narrow")], "2652")
MUSICIEN = fiche("musicien", "L1202", [("27-2042.00", "broad")], [("musician", "exact"), ("singer", "narrow")], "2652")
ORCHESTRATEUR = fiche("orchestrateur", "L1210", [("27-2042.00", "broad")], [("musician", "broad")], "2652")


def test_a_close_match_one_to_one_and_a_broader_job_through_an_exact_step_are_joined() -> None:
    assert joined(ACTORS, COMEDIEN, SINGERS, MUSICIEN, ORCHESTRATEUR) == [("comedien", "actors"),
                                                                           ("musicien", "musicians-and-singers")]
    entries = with_cross_catalog_twins({e.id: e for e in (ACTORS, COMEDIEN)})
    assert entries["comedien"].twins == ["27-2011.00"] and entries["actors"].twins == ["L1203"]


def test_each_condition_of_the_rule_keeps_a_pair_apart() -> None:
    other_actor = fiche("artiste-de-cirque", "L1204", [("27-2011.00", "narrow")], [("performance-artist", "narrow")])
    assert joined(ACTORS, COMEDIEN, other_actor) == []  # a close match is joined only if neither has another link
    assert joined(ACTORS, fiche("comedien", "L1203", [("27-2011.00", "close")], [("actor", "close")], "9999")) == []
    assert joined(ACTORS, fiche("comedien", "L1203", [("27-2011.00", "close")], [("actor", "close")],
                                twins=("27-9999.00",))) == []  # already an exact twin of another occupation
    no_exact_step = fiche("musicien", "L1202", [("27-2042.00", "broad")], [("musician", "close")], "2652")
    assert joined(SINGERS, no_exact_step) == []  # broader only through close steps: too loose
    second = fiche("chanteur", "L1204", [("27-2042.00", "broad")], [("singer", "exact")], "2652")
    assert joined(SINGERS, MUSICIEN, second) == []  # two fiches the occupation is the broader job of
    closer = fiche("chef-de-choeur", "L1205", [("27-2042.00", "close")], [("choir", "close")], "2652")
    assert joined(SINGERS, MUSICIEN, closer) == []  # a closer fiche: the broad one is not its counterpart
    assert joined(occupation("x", "11-1111.00", [("e", "exact")]), fiche("y", "A1001", [("11-1111.00", "narrow")],
                                                                       [("e", "narrow")])) == []


# ---------------------------------------------------------------- the shipped catalog

@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_examples_are_one_row_with_both_codes_in_every_list(cli, tmp_path: Path, lang: str) -> None:  # noqa: ANN001
    kept = {"fr": ("comedien", "musicien"), "en": ("actors", "musicians-and-singers")}[lang]
    left = {"fr": ("actors", "musicians-and-singers"), "en": ("comedien", "musicien")}[lang]
    codes = {kept[0]: ("27-2011.00", "L1203"), kept[1]: ("27-2042.00", "L1202")}

    def rows(*args: str) -> list[dict]:
        result = cli(*args, "--catalog", "all", "--lang", lang, "--format", "json")
        assert result.exit_code == 0, result.stderr
        data = json.loads(result.stdout)["data"]
        return data if isinstance(data, list) else data["results"]

    quiz = rows("quiz", "--scores", "R=1,I=2,A=7,S=4,E=5,C=1", "--limit", "80")
    listing = rows("list", "--riasec", "A")
    search = rows("search", "comédien") + rows("search", "musicien")  # each finds both sides of its pair
    similar = rows("similar", "metteur-en-scene", "--limit", "80")
    for name, found in (("quiz", quiz), ("list", listing), ("search", search)):
        ids = [row["id"] for row in found]
        assert not set(left) & set(ids), (name, set(left) & set(ids))
        for career_id, (onet, rome) in codes.items():
            row = next(row for row in found if row["id"] == career_id)
            assert onet in row["onet_soc"] and rome in row["rome"], (name, row)
    assert not set(left) & {row["id"] for row in similar}
    people = tmp_path / "class.csv"
    people.write_text("name,R,I,A,S,E,C\nBob,1,2,7,4,5,1\nArt,1,1,7,5,3,1\n")
    scored = cli("class", str(people), "--catalog", "all", "--lang", lang, "--top", "30", "--format", "json")
    named = {value for value in re.findall(r'"id": "([^"]+)"', scored.stdout)}
    assert set(kept) <= named and not set(left) & named, scored.stdout[:300]


@pytest.mark.heavy
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_two_rows_of_an_all_list_are_twins(shared_cache: Path, lang: str) -> None:
    from careercli import Careers

    careers = Careers(lang=lang, cache_dir=shared_cache)
    rows = careers.careers().rows
    entries = careers.catalog.entries
    shown = {row.id for row in rows}
    owner = {e.codes[0]: e.id for e in entries.values() if e.origin in ("onet", "rome") and e.codes}
    pairs = {tuple(sorted((e.id, owner[code]))) for e in entries.values() for code in e.twins if code in owner}
    assert len(pairs) > 100  # the exact twins and those the rule joins (14 in the shipped catalog)
    assert [pair for pair in pairs if set(pair) <= shown] == []
    seen: dict[str, str] = {}
    references = [row for row in rows if row.origin in ("onet", "rome")]  # a curated profile may relate to any code
    for row in references:  # no code in two rows
        for code in [*row.onet_soc, *row.rome]:
            assert seen.setdefault(code, row.id) == row.id, (code, seen[code], row.id)


def test_the_index_stores_the_pairs_the_rule_finds_and_a_folder_over_them_is_worked_out_again(
        shared_cache: Path, tmp_path: Path) -> None:
    """The built-in folder's index holds its twins (no work when a command opens the catalog); a
    folder that overrides one of its careers gets them worked out again, so they stay exact."""
    from careercli.catalog.cache import CacheStore
    from careercli.catalog.merged import open_catalog
    from careercli.resources import builtin_careers

    catalog = open_catalog([], cache=CacheStore(shared_cache))
    entries = catalog.entries
    layer = catalog.layers[0]
    stored = layer.table("twins")
    raw = dict(layer.table("entries"))
    assert stored == [(f.id, o.id) for f, o in joined_pairs(raw)] and ("comedien", "actors") in stored
    assert catalog._stored_twins() == stored
    assert entries == with_cross_catalog_twins(dict(raw))  # what the rule gives without the stored pairs
    own = tmp_path / "own"
    own.mkdir()
    (own / "actors.yaml").write_text((builtin_careers() / "onet" / "actors.yaml").read_text(encoding="utf-8")
                                     .replace("27-2011.00", "27-2011.01"), encoding="utf-8")
    over = open_catalog([own], cache=CacheStore(shared_cache))
    assert over._stored_twins() is None  # its own Actors: the stored pairs may not hold
    assert "27-2011.01" not in over.entries["comedien"].twins  # not joined: the rule needs the crosswalk's code
    damaged = open_catalog([], cache=CacheStore(shared_cache))
    damaged.layers[0]._tables["twins"] = [("no-such-fiche", "actors")]  # as a damaged pack could decode
    damaged.entries  # noqa: B018 - fills the owners
    assert damaged._stored_twins() is None and "actors" in damaged.entries
