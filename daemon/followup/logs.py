"""Logging that suits where the daemon runs: journald under systemd, a terminal otherwise.

Under systemd (JOURNAL_STREAM set) lines carry a `<N>` syslog priority prefix, which journald
turns into the entry's level, and no timestamp (journald adds its own). On a terminal they
carry the time and the level. Quiet by default: one line per thing that happened.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from typing import TextIO

# sd-daemon(3) priorities by logging level.
_PRIORITY = {
    logging.DEBUG: 7,
    logging.INFO: 6,
    logging.WARNING: 4,
    logging.ERROR: 3,
    logging.CRITICAL: 2,
}


class JournalFormatter(logging.Formatter):
    """`<6>message`: journald reads the level from the prefix and stamps the time itself."""

    def format(self, record: logging.LogRecord) -> str:
        priority = _PRIORITY.get(record.levelno, 6)
        text = super().format(record)
        # Every line of a multi-line entry (a traceback) keeps the entry's level.
        return "\n".join(f"<{priority}>{line}" for line in text.splitlines())


# Replaced whole, never changed in place: watcher threads add secrets (a refreshed OAuth2
# token at each reconnect) while the worker's log filter reads the set.
_SECRETS: frozenset[str] = frozenset()
_SECRETS_LOCK = threading.Lock()


def hide(secret: str) -> None:
    """Never let this text reach a log line, whoever logs it (imapclient at DEBUG included)."""
    global _SECRETS
    if len(secret) >= 4:
        with _SECRETS_LOCK:
            _SECRETS = _SECRETS | {secret}


def forget_secrets() -> None:
    """For tests: start again with no secrets known."""
    global _SECRETS
    with _SECRETS_LOCK:
        _SECRETS = frozenset()


class RedactSecrets(logging.Filter):
    """Replaces every known secret in a record's final text with ****."""

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = _SECRETS
        if secrets:
            text = record.getMessage()
            if any(secret in text for secret in secrets):
                for secret in secrets:
                    text = text.replace(secret, "****")
                record.msg, record.args = text, None
        return True


def under_journal() -> bool:
    """True when stderr is connected to journald (systemd sets JOURNAL_STREAM for that)."""
    return bool(os.environ.get("JOURNAL_STREAM"))


def setup(verbosity: int = 0, stream: TextIO | None = None) -> None:
    """0: what happened (INFO); 1 (-v): why (DEBUG for followup); 2 (-vv): library chatter."""
    handler = logging.StreamHandler(stream or sys.stderr)
    if under_journal():
        handler.setFormatter(JournalFormatter("%(message)s"))
    else:
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)-7s %(message)s", "%Y-%m-%d %H:%M:%S")
        )
    handler.addFilter(RedactSecrets())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbosity >= 2 else logging.WARNING)
    logging.getLogger("followup").setLevel(logging.DEBUG if verbosity >= 1 else logging.INFO)
