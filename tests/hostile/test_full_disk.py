"""A real full disk (a tiny tmpfs, where the machine lets the tests mount one): an import, a
saved quiz and an output file each fail in one line, and nothing already there is lost."""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path
from typing import Iterator

import pytest

from careercli.errors import CareersError
from careercli.importers.output import write_owned_files
from careercli.quiz.session import Session, SessionSaver

PAY_MANIFEST = {"generator": "careers import pay", "format": 1}


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 KiB file system, with room for what the test writes first, then filled up."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(folder: Path) -> None:
    """Write until the file system says it is full."""
    descriptor = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(descriptor, b"\0" * 1024):
            pass
    except OSError as error:
        assert error.errno == errno.ENOSPC
    finally:
        os.close(descriptor)


def test_an_import_on_a_full_disk_replaces_nothing(full_disk: Path) -> None:
    out = full_disk / "pay"
    old = {f"c{n}.pay.json": b'{\n  "format": 1,\n  "career": "c%d"\n}\n' % n for n in range(4)}
    write_owned_files(out, old, PAY_MANIFEST)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    fill(full_disk)
    with pytest.raises(CareersError, match="No space left on device"):
        write_owned_files(out, {name: content * 200 for name, content in old.items()}, PAY_MANIFEST)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_quiz_on_a_full_disk_goes_on_unsaved(full_disk: Path) -> None:
    saver = SessionSaver(full_disk / "data")
    fill(full_disk)
    assert not saver.save(Session(bank="riasec-short", lang="en", answers={"R2": 5}))
    assert "No space left on device" in (saver.news() or "")


def test_an_output_file_on_a_full_disk_is_one_line_and_no_half_file(cli, full_disk: Path, tmp_path: Path) -> None:  # noqa: ANN001
    scores = tmp_path / "scores.csv"
    scores.write_text("name,R,I,A,S,E,C\n" + "".join(f"p{n},{n % 6 + 1},2,3,4,5,6\n" for n in range(300)), encoding="utf-8")
    fill(full_disk)
    result = cli("class", str(scores), "--out", str(full_disk / "results.csv"))
    assert result.exit_code == 1 and result.stderr.startswith("Error: ") and "Traceback" not in result.stderr
    assert not (full_disk / "results.csv").exists() and not list(full_disk.glob(".*.tmp"))
