"""The first index of a large folder is parsed on every core: same results as one at a time, in
order, and a broken pool or a running thread only means parsing here."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from careercli.catalog import parallel
from careercli.catalog.cache import CacheStore
from careercli.catalog.merged import open_catalog
from careercli.i18n import current_language, language

PARENT = os.getpid()


def square_and_pid(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


def die_in_a_worker(n: int) -> int:
    if os.getpid() != PARENT and n == 5:
        os._exit(1)  # a worker killed mid-way, as the system's out-of-memory killer would
    return n + 1


def test_results_come_back_in_order_from_other_processes() -> None:
    calls = {"start": 0, "done": 0}

    def start() -> None:
        calls["start"] += 1

    def done() -> None:
        calls["done"] += 1

    results = parallel.map_all(square_and_pid, list(range(50)), start=start, done=done, workers=2)
    assert [r for r, _pid in results] == [n * n for n in range(50)]
    assert {pid for _r, pid in results} - {PARENT}, "no work was done in a worker process"
    assert calls == {"start": 1, "done": 50}


def gc_threshold_and_pid(_n: int) -> tuple[tuple[int, int, int], int]:
    import gc

    return gc.get_threshold(), os.getpid()


def test_workers_collect_cycles_less_often_than_python_by_default() -> None:
    results = parallel.map_all(gc_threshold_and_pid, list(range(40)), workers=2)
    assert {pid for _threshold, pid in results} - {PARENT}, "no work was done in a worker process"
    assert {threshold for threshold, pid in results if pid != PARENT} == {parallel.WORKER_GC_THRESHOLD}


def language_and_pid(_n: int) -> tuple[str, int]:
    return current_language(), os.getpid()


def test_a_worker_works_in_the_language_of_the_process_that_hands_it_work(monkeypatch) -> None:  # noqa: ANN001
    """The language is handed over with the work, not inherited: these workers were forked while
    the language was English, and are given work in French."""
    pool = parallel._started_pool(2)
    assert pool is not None, "no worker processes on this machine"
    monkeypatch.setattr(parallel, "_started_pool", lambda workers: pool)
    with language("fr"):
        results = parallel.map_all(language_and_pid, list(range(40)), workers=2)
    assert {pid for _code, pid in results} - {PARENT}, "no work was done in a worker process"
    assert {code for code, _pid in results} == {"fr"}


def test_a_broken_pool_costs_time_not_results() -> None:
    assert parallel.map_all(die_in_a_worker, list(range(40)), workers=2) == [n + 1 for n in range(40)]


def test_with_a_thread_running_nothing_is_forked() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        results = parallel.map_all(square_and_pid, list(range(10)), workers=2)
    finally:
        stop.set()
        thread.join()
    assert {pid for _r, pid in results} == {PARENT}


@pytest.mark.parametrize("jobs, cores, expected", [(50, 8, 1), (250, 2, 2), (250, 1, 1), (5000, 64, 8)])
def test_workers_are_started_only_when_they_pay(jobs: int, cores: int, expected: int) -> None:
    assert parallel.worker_count(jobs, cores) == expected


def test_an_index_parsed_on_several_cores_is_the_index_parsed_on_one(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "profiles"
    folder.mkdir()
    for i in range(60):
        (folder / f"job-{i:02d}.yaml").write_text(
            f"title: {{en: Job {i}, fr: Métier {i}}}\nriasec: {{R: {1 + i % 7}, I: 2, A: 3, S: 4, E: 5, C: 6}}\n",
            encoding="utf-8")
    (folder / "broken.yaml").write_text("title: [unclosed\n", encoding="utf-8")

    def catalog(cache: str, workers: int):
        monkeypatch.setattr(parallel, "worker_count", lambda jobs, cores=None: workers)
        opened = open_catalog([folder], builtin=False, cache=CacheStore(tmp_path / cache))
        return opened.entries, sorted((p.path, p.message) for p in opened.problems)

    assert catalog("one", 1) == catalog("two", 2)
