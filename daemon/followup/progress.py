"""A one-line progress bar on a terminal: counts and rate, redrawn in place with `\\r`.

Silent when the stream is not a terminal (logs, pipes, tests), so scripts see only results.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

BAR_WIDTH = 24
# Redraws at most this often: a fast catch-up must not spend its time printing.
REDRAW_SECONDS = 0.1


class ProgressBar:
    """Call it with (done, total); it draws `label [#####.....] 120/480 · 35/s`."""

    def __init__(
        self,
        label: str,
        stream: TextIO | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        force: bool = False,
    ) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.clock = clock
        self.enabled = force or _is_terminal(self.stream)
        self._started = clock()
        self._drawn_at = float("-inf")
        self._open = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = self.clock()
        if done < total and now - self._drawn_at < REDRAW_SECONDS:
            return
        self._drawn_at = now
        self.stream.write("\r" + self.line(done, total, now - self._started))
        self._open = done < total
        if not self._open:
            self.stream.write("\n")
        self.stream.flush()

    def phase(self, label: str, done: int, total: int) -> None:
        """Progress of a named phase (`fetching INBOX`, `reading`): a new label starts a new
        line and a new rate."""
        if label != self.label:
            self.close()
            self.label = label
            self._started = self.clock()
            self._drawn_at = float("-inf")
        self(done, total)

    def line(self, done: int, total: int, elapsed: float) -> str:
        filled = BAR_WIDTH * min(done, total) // max(total, 1)
        rate = done / elapsed if elapsed > 0 else 0.0
        return (
            f"{self.label} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] "
            f"{done}/{total} · {rate:.0f}/s"
        )

    def close(self) -> None:
        """End an unfinished line (an error stopped the work), so what follows starts clean."""
        if self.enabled and self._open:
            self.stream.write("\n")
            self.stream.flush()
            self._open = False


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
