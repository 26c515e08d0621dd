"""Writes stay where they were asked to go: through a link to a regular file (the link kept),
never over a link to something else, a device or a pipe; targets checked before any work;
temporary names that fit the file-system limit; --out and --report never the same file; a
reader that leaves the pipe early gets no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from careercli.files import FileRefused, atomic_text, name_limit, temporary_name, write_atomically

from ..conftest import ROOT

SCORES = "name,R,I,A,S,E,C\n" + "".join(f"p{n},{n % 7 + 1},{(n * 3) % 7 + 1},4,5,{(n * 5) % 7 + 1},2\n"
                                           for n in range(300))


@pytest.fixture
def class_file(tmp_path: Path) -> Path:
    path = tmp_path / "class.csv"
    path.write_text(SCORES, encoding="utf-8")
    return path


def test_out_through_a_link_writes_the_file_and_keeps_the_link(cli, tmp_path: Path, class_file: Path) -> None:  # noqa: ANN001
    real = tmp_path / "real.csv"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    result = cli("class", str(class_file), "--out", str(link), "--force")
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8").startswith("name,")


@pytest.mark.parametrize("kind", ["device", "fifo", "link-to-device", "dangling-link", "link-to-folder"])
def test_out_never_replaces_a_special_file_or_a_link_to_one(cli, tmp_path: Path, class_file: Path, kind: str) -> None:  # noqa: ANN001
    target = tmp_path / "target.csv"
    if kind == "device":
        target = Path("/dev/null")
    elif kind == "fifo":
        os.mkfifo(target)
    elif kind == "link-to-device":
        target.symlink_to("/dev/null")
    elif kind == "dangling-link":
        target.symlink_to(tmp_path / "missing.csv")
    else:
        target.symlink_to(tmp_path)
    before = os.lstat(target)
    result = cli("class", str(class_file), "--out", str(target), "--force")
    assert result.exit_code == 1 and result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    after = os.lstat(target)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)


def test_writers_refuse_to_replace_a_special_file(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(FileRefused):
        write_atomically(fifo, b"x")
    link = tmp_path / "link"
    link.symlink_to("/dev/null")
    with pytest.raises(FileRefused):
        with atomic_text(link) as file:
            file.write("x")
    assert link.is_symlink() and fifo.exists()


def test_out_and_report_naming_the_same_file_are_refused(cli, tmp_path: Path, class_file: Path) -> None:  # noqa: ANN001
    report = tmp_path / "r.md"
    report.write_text("my report\n", encoding="utf-8")
    same = tmp_path / "sub" / ".." / "r.md"
    (tmp_path / "sub").mkdir()
    result = cli("class", str(class_file), "--out", str(same), "--report", str(report), "--force")
    assert result.exit_code == 2 and "name the same file" in result.stderr
    assert report.read_text(encoding="utf-8") == "my report\n"


def test_a_long_file_name_gets_a_temporary_name_that_fits(cli, tmp_path: Path, class_file: Path) -> None:  # noqa: ANN001
    limit = name_limit(tmp_path)
    name = "é" * ((limit - 4) // 2) + ".csv"  # at the limit, in bytes
    assert len(os.fsencode(temporary_name(tmp_path / name).name)) <= limit
    result = cli("class", str(class_file), "--out", str(tmp_path / name))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / name).read_text(encoding="utf-8").startswith("name,")
    too_long = cli("class", str(class_file), "--out", str(tmp_path / ("x" * (limit + 1) + ".csv")))
    assert too_long.exit_code == 1 and "File name too long" in too_long.stderr and "Traceback" not in too_long.stderr


def test_new_out_in_a_missing_folder_is_refused_before_writing(cli, tmp_path: Path) -> None:  # noqa: ANN001
    result = cli("new", "my-job", "--out", str(tmp_path / "nope" / "my-job.yaml"))
    assert result.exit_code == 1 and "no such folder" in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_report_dir_is_refused_before_the_work(cli, tmp_path: Path, class_file: Path) -> None:  # noqa: ANN001
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        result = cli("class", str(class_file), "--report-dir", str(locked / "pages"))
    finally:
        locked.chmod(0o755)
    assert result.exit_code == 1 and "cannot write to" in result.stderr and "People scored" not in result.stderr


def test_a_report_dir_under_a_file_is_refused_before_the_work(cli, tmp_path: Path, class_file: Path) -> None:  # noqa: ANN001
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    result = cli("class", str(class_file), "--report-dir", str(blocker / "pages"))
    assert result.exit_code == 1 and f"cannot write to {blocker}" in result.stderr


@pytest.mark.parametrize("fmt", ["rich", "csv", "json", "markdown"])
def test_a_reader_leaving_early_gets_no_traceback(tmp_path: Path, class_file: Path, fmt: str) -> None:
    env = {**os.environ, "CAREERS_LANG": "en", "NO_COLOR": "1"}
    reader = subprocess.Popen([sys.executable, "-m", "careercli", "class", str(class_file), "--format", fmt],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.read(10)
    reader.stdout.close()  # as `| head -c 10` does
    errors = reader.stderr.read().decode("utf-8", "replace")
    reader.wait(timeout=60)
    assert "Traceback" not in errors and "internal error" not in errors and "Exception ignored" not in errors, errors
