"""Build the daemon from the configuration and run it: once, or until a signal stops it.

The shell's shell: it opens the store, loads the rules, obtains secrets (hidden from every
log line), wires IMAP connections and watchers to the worker, and installs signal handlers.
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

from followup import logs, paths
from followup.config import Account, Config, find_account
from followup.imap import ImapMailbox, MailboxError, Watcher
from followup.paths import rules_root
from followup.runtime import load_runtime
from followup.secrets import Secret, SecretError, obtain
from followup.service import Daemon, Stoppable, Worker
from followup.store import Store

log = logging.getLogger(__name__)


def secret_source(account: Account) -> Callable[[], Secret]:
    """Obtains the secret afresh on every connection (tokens expire; passwords change), and
    registers it with the log filter before anything could log it."""

    def get() -> Secret:
        secret = obtain(account)
        logs.hide(secret.value)
        return secret

    return get


def _accounts(config: Config, name: str | None) -> list[Account]:
    return [find_account(config, name)] if name else list(config.accounts)


def _workers(config: Config, store: Store, account_name: str | None) -> list[Worker]:
    workers = []
    root = rules_root(config)
    for account in _accounts(config, account_name):
        runtime = load_runtime(root, account.name, config.profile.addresses)
        workers.append(
            Worker(
                account, config.profile, store, runtime, _opener(account, secret_source(account))
            )
        )
    return workers


def _opener(account: Account, secret: Callable[[], Secret]) -> Callable[[], ImapMailbox]:
    """Opens a fresh, logged-in connection each time the worker needs one."""

    def open_mailbox() -> ImapMailbox:
        mailbox = ImapMailbox(account, secret)
        mailbox.connect()
        return mailbox

    return open_mailbox


def run_once(
    config: Config, state_dir: Path, account_name: str | None, as_of: datetime | None, out: TextIO
) -> int:
    """One full cycle per account; exit 0 when every account completed it. An account that
    fails (refused login, unreachable server) is reported and the others still run."""
    now = as_of or datetime.now(UTC)
    failed = 0
    with Store.open(state_dir / paths.DATABASE_NAME) as store:
        for worker in _workers(config, store, account_name):
            try:
                report = worker.cycle(now)
            except (MailboxError, SecretError) as error:
                print(f"followup: {error}", file=sys.stderr)
                failed += 1
                continue
            finally:
                worker.disconnect()
            out.write(f"{worker.account.name}: {report.summary()}\n")
    return 1 if failed else 0


def run_forever(config: Config, state_dir: Path, account_name: str | None) -> int:
    """The daemon until SIGTERM or SIGINT; exits 0 after finishing the transaction in hand."""
    with Store.open(state_dir / paths.DATABASE_NAME) as store:
        workers = _workers(config, store, account_name)
        daemon = Daemon(workers, _watcher_starter())
        previous = _on_signals(daemon)
        try:
            names = ", ".join(w.account.name for w in workers)
            log.info("watching %s; state in %s", names, store.path)
            daemon.run()
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
    log.info("stopped")
    return 0


def _watcher_starter() -> Callable[[Worker, str, Callable[[str], None]], Stoppable]:
    def start(worker: Worker, folder: str, wake: Callable[[str], None]) -> Stoppable:
        account = worker.account
        watcher = Watcher(
            account,
            secret_source(account),
            folder,
            lambda changed: wake(f"{account.name}: {changed} changed"),
            on_error=lambda error: log.warning("%s: watching %s: %s", account.name, folder, error),
        )
        watcher.start()
        return watcher

    return start


def _on_signals(daemon: Daemon) -> dict[signal.Signals, Any]:
    """SIGTERM and SIGINT stop the daemon after the transaction in hand (they only set a
    flag: the worker finishes what it is doing, closes its connections and returns)."""
    if threading.current_thread() is not threading.main_thread():
        return {}

    def stop(signum: int, _frame: FrameType | None) -> None:
        log.info("%s received: stopping", signal.Signals(signum).name)
        daemon.stop()

    return {signum: signal.signal(signum, stop) for signum in (signal.SIGTERM, signal.SIGINT)}
