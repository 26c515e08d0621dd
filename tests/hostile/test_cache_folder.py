"""The cache folder holds only the cache: `cache clear` removes only what the cache made, a forged
rendered page never brings a control character to the terminal, a damaged pack is rebuilt, and an
unwritable cache is said once while the command works from memory."""

from __future__ import annotations

import json
import re
import zlib
from pathlib import Path

import pytest

from careercli.catalog.cache import RENDERED, made_by_cache, rendered_key
from careercli.catalog.index import index_name, layer_key, pack_name

from ..conftest import no_builtin

SGR = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def profiles(tmp_path: Path) -> Path:
    folder = tmp_path / "profiles"
    folder.mkdir()
    for n in range(12):
        (folder / f"baker-{n}.yaml").write_text(f"title: Baker {n}\ntagline: Bakes bread number {n}\n", encoding="utf-8")
    return folder


def test_the_cache_names_match_what_clear_removes(tmp_path: Path) -> None:
    """clear recognises the cache's files by name: these names must keep the shapes it knows."""
    key = layer_key(tmp_path)
    for name in (index_name(key), pack_name(key)):
        path = tmp_path / name
        path.write_bytes(b"\x81\xa1a\x01")
        assert made_by_cache(path, rendered=False), name
    page = tmp_path / f"{rendered_key(b'profile', 'x', 80)}.txt"
    page.write_bytes(b"0000abcd\nbody")
    assert made_by_cache(page, rendered=True)


def test_cache_clear_removes_only_the_cache_files(cli, profiles: Path, private_cache: Path) -> None:  # noqa: ANN001
    assert cli("--data-dir", str(profiles), "show", "baker-1", "--no-pager").exit_code == 0
    made = sorted(p.name for p in private_cache.glob("layer-*"))
    assert made and list((private_cache / RENDERED).glob("*.txt"))
    mine = {
        "notes.txt": b"my notes\n",
        "layer-00000000.index": b"not an index\n",  # a cache name, but not the cache's format
        "layer-thesis.pack": b"\x81",  # not a cache name
        f"{RENDERED}/poem.txt": b"roses\n",
        f"{RENDERED}/0123456789abcdef0.txt": b"no checksum line\n",
    }
    for name, content in mine.items():
        (private_cache / name).write_bytes(content)
    outside = private_cache.parent / "outside.index"
    outside.write_bytes(b"\x81\xa1a\x01")
    (private_cache / "layer-11111111.index").symlink_to(outside)  # a link: not the cache's own file
    result = cli("cache", "clear")
    assert result.exit_code == 0, result.stderr
    assert {name: (private_cache / name).read_bytes() for name in mine} == mine
    assert (private_cache / "layer-11111111.index").is_symlink() and outside.exists()
    assert not [name for name in made if (private_cache / name).exists()]
    assert sorted(p.name for p in (private_cache / RENDERED).iterdir()) == ["0123456789abcdef0.txt", "poem.txt"]


def forge_pages(cache: Path, text: str) -> int:
    """Replace every rendered page with `text`, with a checksum that matches (as an attacker would)."""
    pages = list((cache / RENDERED).glob("*.txt"))
    body = text.encode("utf-8")
    for page in pages:
        page.write_bytes(f"{zlib.crc32(body):08x}\n".encode() + body)
    return len(pages)


@pytest.mark.parametrize("color", [False, True])
def test_a_forged_rendered_page_never_prints_control_characters(cli, profiles: Path, private_cache: Path,
                                                                monkeypatch: pytest.MonkeyPatch, color: bool) -> None:  # noqa: ANN001
    if color:
        monkeypatch.delenv("NO_COLOR")
        monkeypatch.setenv("FORCE_COLOR", "1")
    args = ("--data-dir", str(profiles), "show", "baker-1", "--no-pager")
    assert cli(*args).exit_code == 0
    forged = "Baker\x1b]52;c;cm0gLXJmIH4=\x07\x1b[2J\x1b[31mred\x1b[0m\r\x9b6n\u202eevil\n"
    assert forge_pages(private_cache, forged) >= 1
    shown = cli(*args).stdout
    without_colours = SGR.sub("", shown)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]", without_colours), repr(shown)


def test_a_damaged_pack_is_rebuilt_never_a_traceback(cli, profiles: Path, private_cache: Path) -> None:  # noqa: ANN001
    base = ("--data-dir", str(profiles))
    assert cli(*base, "search", "bread").exit_code == 0
    (pack,) = private_cache.glob(index_name(layer_key(profiles.resolve())).replace(".index", "-*.pack"))
    good = pack.read_bytes()
    for position in range(0, len(good), max(1, len(good) // 25)):
        damaged = bytearray(good)
        damaged[position] = 0xFF
        pack.write_bytes(bytes(damaged))
        for command in (("search", "bread"), ("show", "Baker 3", "--format", "json")):
            result = cli(*base, *command)
            assert result.exit_code in (0, 3, 4), (position, command, result.stderr)
            assert "Traceback" not in result.stderr and "nternal error" not in result.stderr
        shown = cli(*base, "show", "Baker 3", "--format", "json")
        assert json.loads(shown.stdout)["data"]["profile"]["title"] == "Baker 3", position
        if pack.exists():
            pack.write_bytes(good)


def test_an_unwritable_cache_is_said_once_and_works_from_memory(cli, profiles: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("CAREERS_CACHE_DIR", str(blocker / "cache"))  # a folder that cannot be made
    monkeypatch.setattr("careercli.app.LONG_BUILD", 5)
    no_builtin(monkeypatch, tmp_path)  # it would be indexed in memory too, for a minute
    second = tmp_path / "more"
    second.mkdir()
    for n in range(6):
        (second / f"potter-{n}.yaml").write_text(f"title: Potter {n}\n", encoding="utf-8")
    result = cli("--data-dir", str(profiles), "--data-dir", str(second), "list", "--format", "json")
    assert result.exit_code == 0, result.stderr
    ids = {row["id"] for row in json.loads(result.stdout)["data"]}
    assert {"baker-1", "potter-1"} <= ids
    assert result.stderr.count("the cache cannot be written") == 1, result.stderr
    assert "once; later runs read the index" not in result.stderr
    assert not blocker.read_text(encoding="utf-8")
