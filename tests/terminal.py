"""Programs in a real pseudo-terminal (pexpect), without pexpect's pauses for slow machines.

ptyprocess sleeps 0.1 s on every close "to give the kernel time" before asking whether the
program has ended, and terminates it with more sleeps if it has not; pexpect waits 50 ms
before every key it sends. A test reads each screen before it types, and a program that has
closed its output is waited for here, so neither pause is needed: together they were seconds of
idle time per run, with a core free."""

from __future__ import annotations

import time
from typing import Any

import pexpect

EXIT_SECONDS = 10  # a program still running this long after its output ended is ended by close()


class Terminal(pexpect.spawn):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.delaybeforesend = None
        self.ptyproc.delayafterclose = 0

    def close(self, force: bool = True) -> None:
        """Wait for a program whose output has ended, then close: its exit status is then the one
        it exited with, never a signal sent because it was still on its way out."""
        deadline = time.monotonic() + EXIT_SECONDS
        while self.flag_eof and not self.closed and self.isalive() and time.monotonic() < deadline:
            time.sleep(0.002)
        super().close(force=force)
