"""Build the daemon from the configuration and run it: once, or until a signal stops it.

The shell's shell: it opens the store, loads the rules, obtains secrets (hidden from every
log line), wires IMAP connections and watchers to the worker, and installs signal handlers.
"""

from __future__ import annotations

import logging
import signal
import sqlite3
import sys
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import Any, NoReturn, TextIO

from followup import backends, paths
from followup.config import Account, Config, find_account, load_config
from followup.imap import MailboxError
from followup.paths import rules_root
from followup.rulewatch import RuleWatcher, worth_watching
from followup.runtime import load_runtime, template_problems
from followup.sdnotify import Notifier
from followup.secrets import Secret, SecretError, secret_source
from followup.service import (
    ConnectedMailbox,
    Daemon,
    Outbound,
    ReloadRefused,
    Stoppable,
    Worker,
)
from followup.store import Store, StoreError
from followup.templates import TemplateError
from followup.yamlfile import YamlError

log = logging.getLogger(__name__)


def _accounts(config: Config, name: str | None) -> list[Account]:
    return [find_account(config, name)] if name else list(config.accounts)


def _workers(config: Config, store: Store, account_name: str | None) -> list[Worker]:
    workers = []
    root = rules_root(config)
    outbound = _outbound(config, store.path.parent, root)
    for account in _accounts(config, account_name):
        runtime = load_runtime(root, account.name, config.profile.addresses)
        workers.append(
            Worker(
                account,
                config.profile,
                store,
                runtime,
                _opener(account, secret_source(account), store.path.parent),
                outbound=outbound,
            )
        )
    return workers


def _outbound(config: Config, state_dir: Path, rules_dir: Path) -> Outbound:
    """Notices by SMTP when configured (else into INBOX), the digest, company news and
    mail commands, as the config says; shared by every account's worker."""
    from followup.news import open_news
    from followup.notify import Notifier as MailNotifier

    return Outbound(
        notifier=MailNotifier.build(config.smtp, config.accounts) if config.smtp else None,
        notices=config.notices,
        news=open_news(config.news, state_dir, rules_dir),
        control=config.control,
        send_later=config.send_later,
    )


def _opener(
    account: Account, secret: Callable[[], Secret], state_dir: Path
) -> Callable[[], ConnectedMailbox]:
    """Opens a fresh, logged-in connection (or the account's Maildir tree, whose UID maps
    live in `state_dir`) each time the worker needs one."""
    return backends.opener(account, secret, state_dir)


def run_once(
    config: Config, state_dir: Path, account_name: str | None, as_of: datetime | None, out: TextIO
) -> int:
    """One full cycle per account; exit 0 when every account completed it. An account that
    fails (refused login, unreachable server) is reported and the others still run."""
    now = as_of or datetime.now(UTC)
    failed = 0
    with Store.open(state_dir / paths.DATABASE_NAME) as store:
        workers = _workers(config, store, account_name)
        for worker in workers:
            try:
                report = worker.cycle(now)
            except (MailboxError, SecretError) as error:
                print(f"followup: {error}", file=sys.stderr)
                failed += 1
                continue
            finally:
                worker.disconnect()
            out.write(f"{worker.account.name}: {report.summary()}\n")
        _let_news_arrive(workers)
    return 1 if failed else 0


def _let_news_arrive(workers: Sequence[Worker]) -> None:
    """A one-shot run (cron, a timer) ends with the process: feeds it started fetching in
    the background get their timeout to land in the cache, for the next run's drafts."""
    for news in {id(w.outbound.news): w.outbound.news for w in workers}.values():
        if news is not None:
            news.wait(news.settings.timeout_seconds + 1)


def run_forever(config: Config, state_dir: Path, account_name: str | None) -> int:
    """The daemon until SIGTERM or SIGINT; exits 0 after finishing the transaction in hand.

    SIGHUP reloads the config file and the rules; an edit under the user's rules directory
    reloads the rules. Under systemd (Type=notify) it reports READY, STATUS, WATCHDOG and
    STOPPING through $NOTIFY_SOCKET."""
    notifier = Notifier.from_environment()
    notifier.status("starting: reading the mailbox")
    with Store.open(state_dir / paths.DATABASE_NAME) as store:
        workers = _workers(config, store, account_name)
        name = account_name or "all"
        reloader = LiveRules(config, store, account_name, name)
        daemon = Daemon(
            workers, _watcher_starter(), notifier=notifier, reloader=reloader, name=name
        )
        reloader.started(workers, daemon)
        previous = _on_signals(daemon)
        try:
            names = ", ".join(w.account.name for w in workers)
            log.info("watching %s; state in %s", names, store.path)
            daemon.run()
        finally:
            reloader.close()
            for signum, handler in previous.items():
                signal.signal(signum, handler)
    notifier.close()
    log.info("stopped")
    return 0


class LiveRules:
    """The reloader of a running daemon: loads the whole new set (and on SIGHUP the config)
    in the daemon thread, swaps it in for every worker at once, or keeps the old one, logs
    ONE error naming file:line:column (and the rule), and records either in the store for
    `followup status`. It also keeps a RuleWatcher on the rules directory in force."""

    def __init__(
        self, config: Config, store: Store, account_name: str | None, daemon_name: str
    ) -> None:
        self.config = config
        self.store = store
        self.account_name = account_name
        self.daemon_name = daemon_name
        self._watcher: RuleWatcher | None = None
        self._wake: Callable[[str], None] | None = None
        self._last_error: str | None = None

    def started(self, workers: list[Worker], daemon: Daemon) -> None:
        """Record the set the daemon starts with, and watch its directory."""
        self._wake = lambda reason: daemon.request_reload(reason=reason)
        if workers:
            runtime = workers[0].runtime
            for problem in template_problems(runtime.templates):
                log.warning("%s (a draft from this template would fail)", problem)
            self._record_loaded(runtime.rules_dir, runtime.summary())
        self._watch(rules_root(self.config))

    def __call__(self, workers: Sequence[Worker], config_too: bool) -> Sequence[Worker]:
        try:
            config = load_config(self.config.path) if config_too else self.config
            fresh = _workers(config, self.store, self.account_name)
        except (YamlError, TemplateError, ValueError, OSError) as error:
            self._refuse(_error_text(error))
        problems = template_problems(fresh[0].runtime.templates) if fresh else []
        if problems:
            self._refuse(problems[0])
        self._last_error = None
        swapped = _swap(workers, fresh, config)
        runtime = swapped[0].runtime if swapped else None
        if runtime is not None:
            log.info("rules reloaded from %s: %s", runtime.rules_dir, runtime.summary())
            self._record_loaded(runtime.rules_dir, runtime.summary())
        self.config = config
        self._watch(rules_root(config))
        return swapped

    def _refuse(self, text: str) -> NoReturn:
        """Keep the old set: one error in the log (not again for the same mistake), and the
        error recorded for `followup status`."""
        if text != self._last_error:
            log.error("%s; the rules and config in force stay as they were", text)
        self._last_error = text
        self._record(lambda: self.store.save_rules_error(self.daemon_name, text, _now()))
        raise ReloadRefused(text)

    def close(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None

    def _watch(self, root: Path) -> None:
        """Watch `root` (the user's rules; never the shipped ones: see rulewatch), moving the
        watch when a reloaded config points elsewhere."""
        if self._watcher is not None and self._watcher.root == root:
            return
        self.close()
        if self._wake is None or not worth_watching(root):
            return
        watcher = RuleWatcher(root, self._wake)
        try:
            watcher.start()
        except OSError as error:  # e.g. the inotify watch limit: SIGHUP still reloads
            log.warning("cannot watch %s for rule edits (%s); reload with SIGHUP", root, error)
            watcher.stop()
            return
        self._watcher = watcher

    def _record_loaded(self, root: Path, summary: str) -> None:
        self._record(lambda: self.store.save_rules_loaded(self.daemon_name, root, summary, _now()))

    def _record(self, write: Callable[[], None]) -> None:
        try:
            with self.store.transaction():
                write()
        except (StoreError, sqlite3.Error) as error:
            log.warning("cannot record the rules' status in %s: %s", self.store.path, error)


def _swap(old: Sequence[Worker], fresh: list[Worker], config: Config) -> list[Worker]:
    """Keep each worker whose account and profile did not change (its connection and
    watchers stay) and give it the new runtime; the others are the fresh ones."""
    by_name = {worker.account.name: worker for worker in old}
    result = []
    for worker in fresh:
        kept = by_name.get(worker.account.name)
        if kept is not None and kept.account == worker.account and kept.profile == config.profile:
            kept.runtime = worker.runtime
            # SMTP, notices, news, mail commands and send later as the new config says (a
            # send_later turned off must stop the sending now, not at the next restart).
            kept.use_outbound(worker.outbound)
            result.append(kept)
        else:
            result.append(worker)
    return result


def _error_text(error: Exception) -> str:
    """The one line that says what is wrong and where (`file:line:col: rule 'x': ...`)."""
    return " ".join(str(error).split())


def _now() -> datetime:
    return datetime.now(UTC)


def _watcher_starter() -> Callable[[Worker, str, Callable[[str], None]], Stoppable]:
    def start(worker: Worker, folder: str, wake: Callable[[str], None]) -> Stoppable:
        account = worker.account
        return backends.start_watcher(
            account,
            folder,
            lambda changed: wake(f"{account.name}: {changed} changed"),
            secret_source(account),
            on_error=lambda error: log.warning("%s: watching %s: %s", account.name, folder, error),
        )

    return start


def _on_signals(daemon: Daemon) -> dict[signal.Signals, Any]:
    """SIGTERM and SIGINT stop the daemon after the transaction in hand; SIGHUP reloads the
    config and the rules. Handlers only set a flag and wake the daemon thread, which finishes
    what it is doing first (and, to stop, closes its connections and returns)."""
    if threading.current_thread() is not threading.main_thread():
        return {}

    def stop(signum: int, _frame: FrameType | None) -> None:
        log.info("%s received: stopping", signal.Signals(signum).name)
        daemon.stop()

    def reload(signum: int, _frame: FrameType | None) -> None:
        log.info("%s received: reloading the config and the rules", signal.Signals(signum).name)
        daemon.request_reload(config_too=True, reason="SIGHUP")

    handlers = {signal.SIGTERM: stop, signal.SIGINT: stop, signal.SIGHUP: reload}
    return {signum: signal.signal(signum, handler) for signum, handler in handlers.items()}
