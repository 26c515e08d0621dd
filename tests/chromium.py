"""One headless Chromium for all the pages a test module prints to PDF.

`chromium --headless --print-to-pdf=OUT URL` starts a whole browser for one page: about a second
of CPU and two of waiting, fourteen times in test_reports.py. Here one browser is started with
`--remote-debugging-pipe` and asked over the DevTools protocol (JSON messages ending in a NUL
byte, commands on its fd 3, answers on its fd 4) to load and print each page, with settings that
give the pages the command line gives (backgrounds printed, the page's own CSS page size, no
header or footer): the same page sizes and lines on every page, checked on each report these tests
print. test_reports.py's A4 test still prints through the command line, the way a person would."""

from __future__ import annotations

import base64
import json
import os
import select
import subprocess
import tempfile
from pathlib import Path
from typing import Any

TIMEOUT = 120  # seconds for a page: the command line's own limit in these tests


class Chromium:
    def __init__(self) -> None:
        commands, self._to_browser = os.pipe()  # the browser reads fd 3
        self._from_browser, answers = os.pipe()  # and writes fd 4
        self.errors = tempfile.TemporaryFile()  # a pipe would fill up and stop the browser
        self.process = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self.errors,
            # `commands`, made first, is 3 or above, and `answers` above it: the first dup2 keeps it
            pass_fds=(3, 4), preexec_fn=lambda: (os.dup2(commands, 3), os.dup2(answers, 4)))
        os.close(commands)
        os.close(answers)
        self._buffer = bytearray()
        self._pending: list[dict[str, Any]] = []  # events read while waiting for an answer
        self._last = 0

    def send(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        """The result of one command; a protocol error fails the test with its message."""
        self._last += 1
        message = {"id": self._last, "method": method, "params": params, **({"sessionId": session} if session else {})}
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        while True:
            answer = self._read()
            if answer.get("id") == self._last:
                assert "error" not in answer, (method, answer["error"])
                return answer["result"]
            self._pending.append(answer)

    def wait_for(self, method: str, session: str) -> None:
        """Until the event `method` of `session` has come (events read meanwhile are dropped)."""
        while True:
            event = self._pending.pop(0) if self._pending else self._read()
            if event.get("method") == method and event.get("sessionId") == session:
                return

    def _read(self) -> dict[str, Any]:
        """The next message, whole (a read may end inside one, or hold several)."""
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._from_browser], [], [], TIMEOUT)
            assert ready, "Chromium did not answer: " + self.messages()
            data = os.read(self._from_browser, 1 << 16)
            assert data, "Chromium closed its pipe: " + self.messages()
            self._buffer += data
        message, _, rest = bytes(self._buffer).partition(b"\0")
        self._buffer = bytearray(rest)
        return json.loads(message)

    def messages(self) -> str:
        self.errors.seek(0)
        return self.errors.read().decode(errors="replace")[-500:]

    def print_to_pdf(self, page: Path) -> bytes:
        """The page printed as `chromium --headless --no-pdf-header-footer --print-to-pdf` prints it."""
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        try:
            self.send("Page.enable", session)
            self.send("Page.navigate", session, url=page.as_uri())
            self.wait_for("Page.loadEventFired", session)  # as the command line waits before printing
            printed = self.send("Page.printToPDF", session, printBackground=True, preferCSSPageSize=True,
                                displayHeaderFooter=False)
            return base64.b64decode(printed["data"])
        finally:
            self.send("Target.closeTarget", targetId=target)

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except AssertionError:
            pass
        finally:
            os.close(self._to_browser)
            os.close(self._from_browser)
            try:
                self.process.wait(timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
