"""The daemon: one worker owns the store and the mailbox connection; watchers only wake it.

A cycle catches up every watched folder (new UIDs after the cursor, headers first, bodies
only for candidates), replays the clock, then carries out what came due. The worker sleeps
until a watcher signals new mail or the next timer falls due, never longer than a few
minutes, so a wall clock that jumps (suspend, NTP) is noticed soon.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

from followup.config import Account, Profile
from followup.effects import Effects, Places
from followup.engine import (
    OWN_NOTICE_HEADER,
    Incoming,
    Outcome,
    known_threads_and_employers,
    process_backlog,
    tick,
)
from followup.imap import (
    FolderMissing,
    Folders,
    LinkLost,
    LoginFailed,
    MailboxError,
    TlsFailed,
    backoff,
)
from followup.mail import parse
from followup.mailbox import HeaderLike, Mailbox
from followup.model import Mail
from followup.runtime import Runtime
from followup.secrets import SecretError
from followup.store import Cursor, Store
from followup.triage import Known, why_fetch, why_known

log = logging.getLogger(__name__)

# A first start reads this much of the past, so an interview of this week is picked up;
# `followup backfill` reaches further back on request.
FIRST_RUN_LOOKBACK = timedelta(days=14)
# Messages fetched per round trip: bounds memory on a huge catch-up.
CHUNK = 1000
# The longest the worker sleeps without looking at the clock.
MAX_SLEEP = timedelta(minutes=5)
# Reconnect waits grow 2, 4, 8 ... seconds with jitter, up to this.
BACKOFF_CAP = 300.0
# A refused login or certificate is not retried faster than this: no retry storm.
REFUSED_WAIT = 1800.0


class ConnectedMailbox(Mailbox, Protocol):
    def close(self) -> None: ...

    def find_folders(self) -> Folders: ...


@dataclass
class CycleReport:
    """What one cycle did, for the log and for `run --once`."""

    fetched: dict[str, int] = field(default_factory=dict)  # folder -> new messages
    bodies: int = 0
    outcomes: list[Outcome] = field(default_factory=list)
    actions_done: int = 0

    @property
    def tracked_events(self) -> int:
        return sum(1 for o in self.outcomes if o.application_id and not o.duplicate)

    def summary(self) -> str:
        new = sum(self.fetched.values())
        return (
            f"{new} new message(s) ({self.bodies} read in full), "
            f"{self.tracked_events} about tracked applications, "
            f"{self.actions_done} draft(s) and notice(s) written"
        )


class Worker:
    """One account's cycle: catch up, tick, act. Single-threaded; owns store and mailbox."""

    def __init__(
        self,
        account: Account,
        profile: Profile,
        store: Store,
        runtime: Runtime,
        open_mailbox: Callable[[], ConnectedMailbox],
        *,
        lookback: timedelta = FIRST_RUN_LOOKBACK,
    ) -> None:
        self.account = account
        self.profile = profile
        self.store = store
        self.runtime = runtime
        self._open_mailbox = open_mailbox
        self.lookback = lookback
        self._mailbox: ConnectedMailbox | None = None
        self.folders: Folders | None = None
        # The first cycle retries every failed action: a restart is how a user says "I
        # fixed it" (a template, a folder, a quota).
        self._retry_all_failed = True
        self._body_failures: dict[tuple[str, int], int] = {}
        self._known_this_cycle: Known | None = None

    # -- connection --------------------------------------------------------------------------

    def connect(self) -> tuple[ConnectedMailbox, Folders]:
        if self._mailbox is None or self.folders is None:
            mailbox = self._open_mailbox()
            try:
                self.folders = mailbox.find_folders()
            except BaseException:
                mailbox.close()
                raise
            self._mailbox = mailbox
        return self._mailbox, self.folders

    def disconnect(self) -> None:
        if self._mailbox is not None:
            try:
                self._mailbox.close()
            except (MailboxError, OSError) as error:
                log.debug("closing the connection: %s", error)
        self._mailbox = None

    def watched(self) -> list[str]:
        """INBOX and Sent (when the account has one): where news and the user's replies are."""
        _, folders = self.connect()
        return [folders.inbox] + ([folders.sent] if folders.sent else [])

    # -- one cycle ---------------------------------------------------------------------------

    def cycle(self, now: datetime) -> CycleReport:
        """Catch up every watched folder, bring every application to `now`, act on what is
        due. A lost link propagates (the caller reconnects); nothing read is lost."""
        mailbox, folders = self.connect()
        report = CycleReport()
        incoming = []
        self._known_this_cycle = None
        for folder in self.watched():
            arrived = list(self._new_messages(mailbox, folder, now, report))
            report.fetched[folder] = len(arrived)
            incoming.extend(arrived)
        settings = self.runtime.settings
        if incoming:
            report.outcomes = process_backlog(self.store, settings, incoming, now)
            report.outcomes += self._second_look(mailbox, incoming, report, now)
        else:
            tick(self.store, settings.policy, now)
        effects = Effects(
            self.store,
            mailbox,
            self.account.name,
            self.profile,
            self.runtime.templates,
            settings.policy.calendar.zone,
            Places(folders.inbox, folders.drafts),
        )
        report.actions_done = effects.run(now, retry_failed=self._retry_all_failed)
        self._retry_all_failed = False
        return report

    def _second_look(
        self, mailbox: Mailbox, incoming: list[Incoming], report: CycleReport, now: datetime
    ) -> list[Outcome]:
        """List mail skipped by its headers may matter after all once this very batch made
        its sender an employer or its thread tracked (a confirmation and a reschedule read in
        one catch-up): fetch and read those now."""
        if not any(o.application_id for o in report.outcomes):
            return []
        known = self._known()
        again = [
            item
            for item in incoming
            if item.headers_only
            and item.parsed is not None
            and why_known(item.parsed, known) is not None
        ]
        fetched: list[Incoming] = []
        for folder in {item.folder for item in again}:
            uids = [item.uid for item in again if item.folder == folder]
            bodies = mailbox.bodies(folder, uids)
            report.bodies += len(bodies)
            fetched += [
                Incoming(folder, item.uidvalidity, item.uid, bodies[item.uid])
                for item in again
                if item.folder == folder and item.uid in bodies
            ]
        return process_backlog(self.store, self.runtime.settings, fetched, now) if fetched else []

    def _new_messages(
        self, mailbox: Mailbox, folder: str, now: datetime, report: CycleReport
    ) -> Iterator[Incoming]:
        """New messages of one folder: headers for all, bodies only for candidates.

        A candidate whose body does not come back though the message still exists stops the
        batch just before it (the cursor stays below, the next cycle tries again); the second
        time it is recorded as unreadable, so one bad message never holds up the folder."""
        cursor = self.store.cursor(self.account.name, folder)
        uidvalidity, uids = self._new_uids(mailbox, folder, cursor, now.date())
        if not uids:
            return
        if self._known_this_cycle is None:  # the store changes only after every folder is read
            self._known_this_cycle = self._known()
        known = self._known_this_cycle
        for start in range(0, len(uids), CHUNK):
            chunk = uids[start : start + CHUNK]
            headers = [(h, parse(h.raw)) for h in mailbox.headers(folder, chunk)]
            wanted = [h.uid for h, mail in headers if self._worth_reading(h, mail, known)]
            bodies = mailbox.bodies(folder, wanted) if wanted else {}
            report.bodies += len(bodies)
            stop_at, unreadable = self._missing_bodies(mailbox, folder, wanted, bodies)
            for header, mail in headers:
                if stop_at is not None and header.uid >= stop_at:
                    return
                body = bodies.get(header.uid)
                if header.uid in unreadable:
                    broken = replace(mail, unreadable=unreadable[header.uid])
                    yield Incoming(folder, uidvalidity, header.uid, header.raw, False, broken)
                elif body is None:  # judged by its headers: they are all it needs
                    yield Incoming(folder, uidvalidity, header.uid, header.raw, True, mail)
                else:
                    yield Incoming(folder, uidvalidity, header.uid, body)

    def _missing_bodies(
        self, mailbox: Mailbox, folder: str, wanted: list[int], bodies: dict[int, bytes]
    ) -> tuple[int | None, dict[int, str]]:
        """For wanted messages whose body did not come back: the UID to stop the batch at,
        and the ones to record as unreadable (the second failure). Expunged ones are dropped."""
        missing = [uid for uid in wanted if uid not in bodies]
        if missing:
            bodies.update(mailbox.bodies(folder, missing))
            missing = [uid for uid in missing if uid not in bodies]
        if not missing:
            return None, {}
        _, present = mailbox.uids_after(folder, missing[0] - 1)
        still_there = sorted(set(missing) & set(present))
        stop_at = None
        unreadable = {}
        for uid in still_there:
            failures = self._body_failures.get((folder, uid), 0) + 1
            self._body_failures[(folder, uid)] = failures
            if failures >= 2:
                unreadable[uid] = "the server did not return its body (twice)"
                continue
            log.warning(
                "%s: %s UID %s: the server did not return the message; trying again later",
                self.account.name,
                folder,
                uid,
            )
            stop_at = uid if stop_at is None else min(stop_at, uid)
        return stop_at, unreadable

    def _new_uids(
        self, mailbox: Mailbox, folder: str, cursor: Cursor | None, today: date
    ) -> tuple[int, list[int]]:
        if cursor is not None:
            uidvalidity, uids = mailbox.uids_after(folder, cursor.last_uid)
            if uidvalidity == cursor.uidvalidity:
                return uidvalidity, uids
            # The server renumbered the folder: read it again from where the first look
            # began; Message-IDs already seen are recognised and skipped.
            since = cursor.since
            log.warning(
                "%s: %s was renumbered (UIDVALIDITY %s -> %s); rescanning it%s",
                self.account.name,
                folder,
                cursor.uidvalidity,
                uidvalidity,
                f" from {since}" if since else "",
            )
            # Asked before the search: a message arriving in between is above the cursor.
            uidnext = mailbox.status(folder).uidnext
            if since:
                uidvalidity, uids = mailbox.uids_since(folder, since)
            else:
                uidvalidity, uids = mailbox.uids_after(folder, 0)
        else:
            since = today - self.lookback
            log.info("%s: first look at %s: mail since %s", self.account.name, folder, since)
            uidnext = mailbox.status(folder).uidnext
            uidvalidity, uids = mailbox.uids_since(folder, since)
        # Start the cursor just below what is to be read (older mail is left to `backfill`),
        # so that even an empty folder is never looked at for the first time again.
        start = uids[0] - 1 if uids else uidnext - 1
        with self.store.transaction():
            self.store.set_cursor(
                self.account.name, folder, Cursor(uidvalidity, max(start, 0), since)
            )
        return uidvalidity, uids

    def _known(self) -> Known:
        """What makes list mail relevant: tracked threads, what the user sent (a list that
        answers the user is worth reading), employers' domains, the user's addresses."""
        threads, employers = known_threads_and_employers(
            self.store.applications(), self.runtime.settings
        )
        sent = self.folders.sent if self.folders else None
        mine = self.store.seen_message_ids(self.account.name, sent) if sent else set()
        return Known.build(threads | mine, employers, self.profile.addresses)

    def _worth_reading(self, header: HeaderLike, mail: Mail, known: Known) -> bool:
        if mail.header(OWN_NOTICE_HEADER) or self.store.is_seen(self.account.name, mail.message_id):
            return False
        return why_fetch(mail, header.has_calendar, self.runtime.hints, known) is not None


class Daemon:
    """The long-running loop around the workers (one per account), in one thread: it owns
    all state; watcher threads only wake it. Waiting, reconnecting and backing off live here."""

    def __init__(
        self,
        workers: Sequence[Worker],
        start_watcher: Callable[[Worker, str, Callable[[str], None]], Stoppable] | None,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        on_cycle: Callable[[Worker, CycleReport], None] | None = None,
    ) -> None:
        self.workers = list(workers)
        self._start_watcher = start_watcher
        self.clock = clock
        self.on_cycle = on_cycle
        self.stop_requested = threading.Event()
        self._wake: queue.SimpleQueue[str] = queue.SimpleQueue()
        self._watchers: dict[str, list[Stoppable]] = {}
        self._failures: dict[str, int] = {}
        self._retry_at: dict[str, float] = {}  # account -> monotonic time of the next try

    def wake(self, reason: str) -> None:
        """Called from any thread: new mail, a reload, a stop. Never touches state."""
        self._wake.put(reason)

    def stop(self) -> None:
        self.stop_requested.set()
        self.wake("stop")

    def run(self) -> None:
        """Cycle until stopped; a refused login or a lost link waits, it never exits."""
        try:
            while not self.stop_requested.is_set():
                waits = [self._cycle(worker) for worker in self.workers]
                if self.stop_requested.is_set():
                    break
                self._sleep(min(waits))
        finally:
            for name in list(self._watchers):
                self._stop_watchers(name)
            for worker in self.workers:
                worker.disconnect()

    def _cycle(self, worker: Worker) -> float:
        """One worker's cycle; returns how long it may sleep."""
        name = worker.account.name
        left = self._retry_at.get(name, 0.0) - time.monotonic()
        if left > 0:
            return left
        try:
            report = worker.cycle(self.clock())
        except (LoginFailed, TlsFailed) as error:
            self._stop_watchers(name)
            worker.disconnect()
            log.error("%s (next try in %d minutes)", error, REFUSED_WAIT // 60)
            return self._retry_later(name, REFUSED_WAIT)
        except SecretError as error:
            self._failures[name] = self._failures.get(name, 0) + 1
            worker.disconnect()
            wait = backoff(self._failures[name] + 4, BACKOFF_CAP)
            log.error("%s (next try in %.0f s)", error, wait)
            return self._retry_later(name, wait)
        except FolderMissing as error:
            worker.disconnect()
            log.error("%s (next look in %d minutes)", error, REFUSED_WAIT // 60)
            return self._retry_later(name, REFUSED_WAIT)
        except (LinkLost, OSError) as error:
            self._failures[name] = self._failures.get(name, 0) + 1
            worker.disconnect()
            wait = backoff(self._failures[name], BACKOFF_CAP)
            log.warning("%s; reconnecting in %.0f s", error, wait)
            return self._retry_later(name, wait)
        except Exception:  # noqa: BLE001 - a bug or a full disk must not end the daemon
            self._failures[name] = self._failures.get(name, 0) + 1
            worker.disconnect()
            wait = backoff(self._failures[name] + 4, BACKOFF_CAP)
            log.exception("%s: the cycle failed; trying again in %.0f s", name, wait)
            return self._retry_later(name, wait)
        self._failures[name] = 0
        if any(report.fetched.values()) or report.actions_done:
            log.info("%s: %s", name, report.summary())
        if self.on_cycle:
            self.on_cycle(worker, report)
        self._ensure_watchers(worker)
        return self._until_next_due(worker)

    def _retry_later(self, name: str, seconds: float) -> float:
        self._retry_at[name] = time.monotonic() + seconds
        return seconds

    def _ensure_watchers(self, worker: Worker) -> None:
        name = worker.account.name
        if self._watchers.get(name) or self._start_watcher is None:
            return
        self._watchers[name] = [
            self._start_watcher(worker, folder, self.wake) for folder in worker.watched()
        ]

    def _stop_watchers(self, name: str) -> None:
        for watcher in self._watchers.pop(name, []):
            watcher.stop()

    def _until_next_due(self, worker: Worker) -> float:
        now = self.clock()
        due = worker.store.next_due()
        soonest = min(now + MAX_SLEEP, due) if due else now + MAX_SLEEP
        return max(0.0, (soonest - now).total_seconds())

    def _sleep(self, seconds: float) -> None:
        """Wait for a wake-up or the timeout; drain the rest of a burst of wake-ups."""
        try:
            reason = self._wake.get(timeout=max(seconds, 0.05))
            log.debug("woken: %s", reason)
        except queue.Empty:
            return
        while True:
            try:
                self._wake.get_nowait()
            except queue.Empty:
                return


class Stoppable(Protocol):
    def stop(self) -> None: ...
