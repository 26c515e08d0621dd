"""How a run treats the garbage collector.

A command decodes tens of thousands of small objects (the catalog's tables) and makes almost no
reference cycles, so the collector, woken by every 700 allocations, walks those objects again
and again for nothing: a tenth to a fifth of a short command. Two measures:

- `no_collection()`: no collection while a table is decoded (the objects are all kept);
- `short_run()`, called once by the `careers` command: collections are rarer, and what a
  decoding made is frozen (`gc.freeze`), so later collections never scan it again. A library
  user's long-running process keeps Python's defaults: nothing is frozen there.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

_freeze_decoded = False


def short_run() -> None:
    """This process is one command: collect rarely, and freeze what decoding made."""
    global _freeze_decoded
    _freeze_decoded = True
    gc.set_threshold(50_000, 20, 20)


def one_command() -> bool:
    """Whether this process runs one command and ends (`short_run`): nothing is worth keeping
    for a next command there."""
    return _freeze_decoded


@contextmanager
def no_collection() -> Iterator[None]:
    """No collection while thousands of objects that are all kept are made."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if _freeze_decoded:
            gc.freeze()
        gc.enable()
