"""`followup run` as a subprocess for the integration tests, its log in a file."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path


class Running:
    """The daemon started with `-v run`; `.log()` reads what it said so far, `.stop()` sends
    SIGTERM and waits at most `within` seconds, `.close()` kills whatever is left."""

    def __init__(self, config: Path, tmp: Path, env: dict[str, str], within: float) -> None:
        self.log_path = tmp / "daemon.log"
        self._log = self.log_path.open("ab")  # a restarted daemon goes on in the same log
        self.within = within
        self.process = subprocess.Popen(
            [sys.executable, "-m", "followup.cli", "--config", str(config), "-v", "run"],
            stderr=self._log,
            env=env,
        )

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=self.within)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self._log.close()
