"""Parse many profile files on every core: the first index of a large folder (a fresh clone's
2,500 profiles) is bound by YAML parsing and validation, one file at a time.

Worker processes are forked before any thread of ours starts (a progress bar starts after the
pool), so they hold no lock another thread had. Where forking is not possible or not safe (no
`fork` on the platform, threads already running, a process limit), the files are parsed here,
one after the other: the result is the same, only slower. Small jobs are never worth the start.
A worker is an entry point of its own: it works in the language its parent hands it with each
chunk of jobs (what `_()` writes into problems), whatever the language was when it was forked.
"""

from __future__ import annotations

import os
import threading
from functools import partial
from typing import Callable, Optional, TypeVar

from ..i18n import current_language, language

Job = TypeVar("Job")
Result = TypeVar("Result")

MIN_FILES_PER_WORKER = 100  # below this, starting a process costs more than it saves
MAX_WORKERS = 8
CHUNK = 16  # files sent to a worker at once
# A worker composes some 2,000 YAML nodes a file and drops them: at Python's default threshold (700
# new objects) the cycle collector runs a dozen times a file, for cycles parsing hardly ever
# makes, 5.6 % of a worker's instructions. It still runs, less often (as tests/conftest.py does).
WORKER_GC_THRESHOLD = (20_000, 50, 100)


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on every platform
        return os.cpu_count() or 1


def worker_count(jobs: int, cores: Optional[int] = None) -> int:
    """How many processes are worth starting for `jobs` files (1: parse them here)."""
    cores = usable_cores() if cores is None else cores
    return max(1, min(cores, MAX_WORKERS, jobs // MIN_FILES_PER_WORKER))


def map_all(work: Callable[[Job], Result], jobs: list[Job], *, start: Callable[[], None] = lambda: None,
            done: Callable[[], None] = lambda: None, workers: Optional[int] = None) -> list[Result]:
    """[work(job) for job in jobs], on several processes when that pays. `start` is called once
    the workers exist (a progress bar may start its thread then), `done` after each job. `work`
    must be a module-level function (workers receive it by name). A pool that breaks (a worker
    killed by the system) costs time, never results: the work is done here instead."""
    workers = worker_count(len(jobs)) if workers is None else workers
    pool = _started_pool(workers) if workers > 1 else None
    start()
    if pool is not None:
        from concurrent.futures.process import BrokenProcessPool

        with pool:
            try:
                results = []
                for result in pool.map(partial(_in_language, current_language(), work), jobs, chunksize=CHUNK):
                    results.append(result)
                    done()
                return results
            except (BrokenProcessPool, OSError):
                pass
    results = []
    for job in jobs:
        results.append(work(job))
        done()
    return results


def _in_language(code: str, work: Callable[[Job], Result], job: Job) -> Result:
    """`work(job)` in a worker, in the language of the process that handed it over."""
    with language(code):
        return work(job)


def _worker_started() -> None:
    import gc

    gc.set_threshold(*WORKER_GC_THRESHOLD)


def _started_pool(workers: int):  # noqa: ANN202 - a ProcessPoolExecutor, imported lazily
    """Worker processes forked now, from this single thread; None where that cannot be done safely."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if threading.active_count() > 1 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    pool = None
    try:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_worker_started)
        pool.submit(int).result()  # with fork, the first task starts every worker, before any thread
    except Exception:  # noqa: BLE001 - no processes or semaphores left (some containers): parse here
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        return None
    return pool
