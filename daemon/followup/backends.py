"""Which mailbox serves an account: IMAP or a local Maildir, opened and watched alike.

The launcher asks here, so the daemon never branches on the kind of account.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from followup.config import Account
from followup.imap import ImapMailbox, MailboxError, SecretLike, Watcher
from followup.maildir import MaildirMailbox, MaildirWatcher, find_tree
from followup.service import ConnectedMailbox, Stoppable

__all__ = ["WatcherLike", "open_mailbox", "opener", "start_watcher"]

log = logging.getLogger(__name__)


class WatcherLike(Stoppable, Protocol):
    def start(self) -> None: ...


def open_mailbox(
    account: Account, secret: Callable[[], SecretLike], state_dir: Path
) -> ConnectedMailbox:
    """A connected mailbox for `account`: logged in over IMAP, or its Maildir tree found.
    `secret` is only called for IMAP; `state_dir` keeps a Maildir's UID maps."""
    mailbox: ConnectedMailbox
    if account.maildir is not None:
        local = MaildirMailbox(account, state_dir)
        local.connect()
        mailbox = local
    else:
        remote = ImapMailbox(account, secret)
        remote.connect()
        mailbox = remote
    return mailbox


def opener(
    account: Account, secret: Callable[[], SecretLike], state_dir: Path
) -> Callable[[], ConnectedMailbox]:
    """What a Worker calls each time it needs a fresh connection."""
    return lambda: open_mailbox(account, secret, state_dir)


def start_watcher(
    account: Account,
    folder: str,
    wake: Callable[[str], None],
    secret: Callable[[], SecretLike],
    *,
    on_error: Callable[[MailboxError], None] | None = None,
) -> WatcherLike:
    """A started watcher that calls `wake(folder)` when `folder` may have changed: IMAP IDLE
    (or polling) on its own connection, or file-system events on the Maildir folder."""
    watcher: WatcherLike
    if account.maildir is not None:
        directory = find_tree(account.maildir).path_of(folder)
        if directory is None:
            # The cycle that follows says so (FolderMissing) and is retried; the watcher
            # must not end the daemon.
            log.warning("%s: %s is not in the Maildir: not watched", account.name, folder)
            return _NotWatching()
        watcher = MaildirWatcher(directory, folder, wake, on_error=on_error)
    else:
        watcher = Watcher(account, secret, folder, wake, on_error=on_error)
    watcher.start()
    return watcher


class _NotWatching:
    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass
