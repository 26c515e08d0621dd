"""The garbage collector during a command: paused while tables are decoded, and what they made
frozen only when the process is one command (`careers`), never in a library user's process."""

from __future__ import annotations

import gc

import pytest

from careercli import memory


def test_decoding_pauses_the_collector_and_freezes_nothing_in_a_library_process() -> None:
    frozen = gc.get_freeze_count()
    with memory.no_collection():
        assert not gc.isenabled()
        kept = [[i] for i in range(1000)]
    assert gc.isenabled() and gc.get_freeze_count() == frozen and kept


def test_a_command_freezes_what_decoding_made(monkeypatch: pytest.MonkeyPatch) -> None:
    threshold = gc.get_threshold()
    monkeypatch.setattr(memory, "_freeze_decoded", False)
    try:
        memory.short_run()
        gc.unfreeze()  # from nothing frozen, so that the count below is what this decoding made
        with memory.no_collection():
            kept = [[i] for i in range(1000)]
        assert gc.get_freeze_count() >= len(kept) and gc.get_threshold()[0] == 50_000
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


def test_a_paused_collector_stays_paused() -> None:
    gc.disable()
    try:
        with memory.no_collection():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
