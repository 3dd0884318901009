"""The daemon: one worker owns the store and the mailbox connection; watchers only wake it.

A cycle catches up every watched folder (new UIDs after the cursor, headers first, bodies
only for candidates), replays the clock, then carries out what came due. The worker sleeps
until a watcher signals new mail or the next timer falls due, never longer than a few
minutes, so a wall clock that jumps (suspend, NTP) is noticed soon.
"""

from __future__ import annotations

import errno
import logging
import os
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from followup import memory, notify, sendlater
from followup.classify import normalize_address
from followup.config import Account, ControlNames, Notices, Profile, SendLater
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
from followup.mailcontrol import MailControl, apply_mail_command
from followup.model import TERMINAL_STATES, Mail, Person
from followup.runtime import Runtime
from followup.sdnotify import Notifier, status_line
from followup.secrets import SecretError
from followup.store import Cursor, Store, StoreError
from followup.triage import Known, why_fetch, why_known

if TYPE_CHECKING:
    from followup.news import NewsCache

log = logging.getLogger(__name__)

# A first start reads this much of the past, so an interview of this week is picked up;
# `followup backfill` reaches further back on request.
FIRST_RUN_LOOKBACK = timedelta(days=14)
# Messages fetched per round trip: bounds memory on a huge catch-up.
CHUNK = 2000
# The longest the worker sleeps without looking at the clock.
MAX_SLEEP = timedelta(minutes=5)
# Reconnect waits grow 2, 4, 8 ... seconds with jitter, up to this.
BACKOFF_CAP = 300.0
# A local disk that is full, over quota or read-only: the user must act, not the network.
DISK_TROUBLE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES})
# A refused login or certificate is not retried faster than this: no retry storm.
REFUSED_WAIT = 1800.0
# During a long catch-up systemd hears that the daemon is alive at most this often (s).
HEARTBEAT = 30.0


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


@dataclass
class BackfillReport:
    """What `followup backfill` found and read, per folder and in all."""

    listed: dict[str, int] = field(default_factory=dict)  # folder -> messages since the day
    already_read: int = 0
    bodies: int = 0
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def tracked_events(self) -> int:
        return sum(1 for o in self.outcomes if o.application_id and not o.duplicate)

    def summary(self) -> str:
        listed = ", ".join(f"{folder} {count}" for folder, count in self.listed.items())
        new = len([o for o in self.outcomes if not o.duplicate])
        return (
            f"{sum(self.listed.values())} message(s) since then ({listed}): "
            f"{self.already_read} already read, {new} read now "
            f"({self.bodies} in full), {self.tracked_events} about job applications"
        )


# Reports (phase, done, total) while a backfill fetches and reads, e.g. a progress bar.
BackfillProgress = Callable[[str, int, int], None]


def _phase(progress: BackfillProgress | None, label: str) -> Callable[[int, int], None] | None:
    """The (done, total) callback of one named phase."""
    if progress is None:
        return None
    return lambda done, total: progress(label, done, total)


@dataclass(frozen=True)
class Outbound:
    """What reaches past the Drafts folder: notices by SMTP (else into INBOX) and the daily
    digest, company news for the drafts, the user's commands given by mail, and drafts the
    user marked to be sent later (off unless the config enables it)."""

    notifier: notify.Notifier | None = None
    notices: Notices = field(default_factory=Notices)
    news: NewsCache | None = None
    control: ControlNames = field(default_factory=ControlNames)
    send_later: SendLater = field(default_factory=SendLater)


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
        outbound: Outbound | None = None,
    ) -> None:
        self.account = account
        self.outbound = outbound or Outbound()
        # The daemon's stop flag: a long catch-up ends after the message in hand.
        self.stopping: Callable[[], bool] = lambda: False
        # Told (done, total) as a catch-up's replay goes: the daemon tells systemd it lives.
        self.heartbeat: Callable[[int, int], None] | None = None
        self._control: MailControl | None = None  # per connection: it caches folder names
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

    def use_outbound(self, outbound: Outbound) -> None:
        """Take a reloaded config's outbound settings (control folder names may differ)."""
        self.outbound = outbound
        self._control = None

    def disconnect(self) -> None:
        self._control = None
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
        control = self._mail_control(mailbox)
        for folder in self.watched():
            arrived = list(self._new_messages(mailbox, folder, now, report))
            report.fetched[folder] = len(arrived)
            incoming.extend(arrived)
            if control is not None:
                control.look(folder)  # still selected: its keyword search costs no EXAMINE
        settings = self.runtime.settings
        if incoming:
            report.outcomes = process_backlog(
                self.store, settings, incoming, now, self.heartbeat, self.stopping
            )
            # Even when asked to stop: list mail recorded as skipped is never read again.
            report.outcomes += self._second_look(mailbox, incoming, report, now)
            if self.stopping():
                return report  # asked to stop: what was read is recorded, no more
        else:
            tick(self.store, settings.policy, now)
        self._mail_commands(mailbox, now)
        outbound = self.outbound
        zone = settings.policy.calendar.zone
        notify.due_digest(self.store, now, outbound.notices, zone)
        sendlater.in_cycle(self, mailbox, folders, now, retry_refused=self._retry_all_failed)
        if outbound.news is not None:
            live = [a for a in self.store.applications() if a.state not in TERMINAL_STATES]
            outbound.news.prefetch(live, now)
        effects = Effects(
            self.store,
            mailbox,
            self.account.name,
            self.profile,
            self.runtime.templates,
            zone,
            Places(folders.inbox, folders.drafts),
            notifier=outbound.notifier,
            notices=outbound.notices,
            news=outbound.news,
        )
        report.actions_done = effects.run(now, retry_failed=self._retry_all_failed)
        self._retry_all_failed = False
        return report

    def _mail_commands(self, mailbox: ConnectedMailbox, now: datetime) -> None:
        """Track or stop what the user pointed at from their mail client (Followup/Track,
        Followup/Stop, or a keyword on a message in INBOX or Sent)."""
        control = self._mail_control(mailbox)
        if control is None:
            return
        settings = self.runtime.settings
        for said in control.run(
            self.watched(), lambda command: apply_mail_command(self.store, settings, command, now)
        ):
            log.info("%s: mail command: %s", self.account.name, said)

    def _mail_control(self, mailbox: ConnectedMailbox) -> MailControl | None:
        """This connection's MailControl, when mail commands are on and the backend has
        folders of its own to offer (IMAP)."""
        names = self.outbound.control
        if not names.enabled or not hasattr(mailbox, "own_folder"):
            return None
        if self._control is None:
            self._control = MailControl(mailbox, names)  # type: ignore[arg-type]
        return self._control

    def _second_look(
        self, mailbox: Mailbox, incoming: list[Incoming], report: CycleReport, now: datetime
    ) -> list[Outcome]:
        """List mail skipped by its headers may matter after all once this very batch made
        its sender an employer or its thread tracked (a confirmation and a reschedule read in
        one catch-up): fetch and read those now."""
        if not any(o.application_id for o in report.outcomes):
            return []
        known = self._known()
        # Only what the replay recorded: a stop leaves the rest to be read afresh next time.
        recorded = {outcome.message_id for outcome in report.outcomes}
        again = [
            item
            for item in incoming
            if item.headers_only
            and item.parsed is not None
            and item.parsed.message_id in recorded
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
        if not fetched:
            return []
        return process_backlog(self.store, self.runtime.settings, fetched, now, move_cursors=False)

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
            seen = self.store.seen_among(
                self.account.name, [mail.message_id for _, mail in headers]
            )
            wanted = [h.uid for h, mail in headers if self._worth_reading(h, mail, known, seen)]
            bodies = mailbox.bodies(folder, wanted) if wanted else {}
            report.bodies += len(bodies)
            stop_at, unreadable = self._missing_bodies(mailbox, folder, wanted, bodies)
            for header, mail in headers:
                if stop_at is not None and header.uid >= stop_at:
                    return
                body = bodies.get(header.uid)
                why = unreadable.get(header.uid)
                yield _incoming(folder, uidvalidity, header, mail, body, why, known.me)

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
            if since:
                uidvalidity, uids, uidnext = mailbox.uids_since(folder, since)
            else:
                # Asked before the search: a message arriving in between is above the cursor.
                uidnext = mailbox.status(folder).uidnext
                uidvalidity, uids = mailbox.uids_after(folder, 0)
        else:
            since = today - self.lookback
            log.info("%s: first look at %s: mail since %s", self.account.name, folder, since)
            uidvalidity, uids, uidnext = mailbox.uids_since(folder, since)
        # Start the cursor just below what is to be read (older mail is left to `backfill`),
        # so that even an empty folder is never looked at for the first time again.
        start = uids[0] - 1 if uids else uidnext - 1
        with self.store.transaction():
            self.store.set_cursor(
                self.account.name, folder, Cursor(uidvalidity, max(start, 0), since)
            )
        return uidvalidity, uids

    # -- backfill ----------------------------------------------------------------------------

    def backfill(
        self, since: date, now: datetime, progress: BackfillProgress | None = None
    ) -> BackfillReport:
        """Read INBOX and Sent back to `since`: applications already under way before the
        daemon's first look (which reads only FIRST_RUN_LOOKBACK) are picked up.

        The same path as a cycle (headers first, bodies of candidates, the engine replaying
        the mail in the order it was written), with three differences that make it safe next
        to a running daemon and idempotent: only UIDs at or below a folder's cursor are read
        (what lies above is the daemon's), messages whose Message-ID is known are skipped
        before their bodies are fetched, and drafts are left in the outbox for the daemon's
        next cycle to write. Each message is one store transaction, as in a cycle.
        """
        mailbox, _ = self.connect()
        report = BackfillReport()
        todo = []
        for folder in self.watched():
            cursor = self.store.cursor(self.account.name, folder)
            uidvalidity, uids, _ = mailbox.uids_since(folder, since)
            if cursor is not None and cursor.uidvalidity == uidvalidity:
                uids = [uid for uid in uids if uid <= cursor.last_uid]
            report.listed[folder] = len(uids)
            todo.append((folder, uidvalidity, uids))
        total = sum(len(uids) for _, _, uids in todo)
        done = 0
        label = f"{self.account.name}: reading"
        known = self._known()
        incoming: list[Incoming] = []
        for folder, uidvalidity, uids in todo:
            for start in range(0, len(uids), CHUNK):
                chunk = uids[start : start + CHUNK]
                incoming += self._backfill_chunk(mailbox, folder, uidvalidity, chunk, known, report)
                done += len(chunk)
                if progress:
                    progress(f"{self.account.name}: fetching", done, total)
        if incoming:
            report.outcomes = process_backlog(
                self.store, self.runtime.settings, incoming, now, _phase(progress, label)
            )
            cycle = CycleReport(outcomes=report.outcomes)
            report.outcomes += self._second_look(mailbox, incoming, cycle, now)
            report.bodies += cycle.bodies
        self._remember_backfill_day(since, [(f, v) for f, v, _ in todo])
        return report

    def _backfill_chunk(
        self,
        mailbox: Mailbox,
        folder: str,
        uidvalidity: int,
        chunk: list[int],
        known: Known,
        report: BackfillReport,
    ) -> list[Incoming]:
        """One chunk's messages not read before: headers for all, bodies for candidates."""
        fresh = []
        headers = [(header, parse(header.raw)) for header in mailbox.headers(folder, chunk)]
        seen = self.store.seen_among(self.account.name, [mail.message_id for _, mail in headers])
        for header, mail in headers:
            if mail.message_id in seen:
                report.already_read += 1
            else:
                fresh.append((header, mail))
        wanted = [h.uid for h, mail in fresh if self._worth_reading(h, mail, known, seen)]
        bodies = mailbox.bodies(folder, wanted) if wanted else {}
        report.bodies += len(bodies)
        result = []
        for header, mail in fresh:
            body = bodies.get(header.uid)
            why = (
                "the server did not return its body"
                if body is None and header.uid in wanted
                else None
            )
            result.append(_incoming(folder, uidvalidity, header, mail, body, why, known.me))
        return result

    def _remember_backfill_day(self, since: date, folders: list[tuple[str, int]]) -> None:
        """A folder renumbered later is rescanned from the earliest day read, backfill
        included. The cursor is read again under the write lock: the daemon may have moved it."""
        with self.store.transaction():
            for folder, uidvalidity in folders:
                cursor = self.store.cursor(self.account.name, folder)
                if cursor is None or cursor.uidvalidity != uidvalidity:
                    continue
                if cursor.since is None or since < cursor.since:
                    self.store.set_cursor(
                        self.account.name, folder, Cursor(uidvalidity, cursor.last_uid, since)
                    )

    def _known(self) -> Known:
        """What makes list mail relevant: tracked threads, what the user sent (a list that
        answers the user is worth reading), employers' domains, the user's addresses."""
        threads, employers = known_threads_and_employers(
            self.store.applications(), self.runtime.settings
        )
        sent = self.folders.sent if self.folders else None
        mine = self.store.seen_message_ids(self.account.name, sent) if sent else set()
        return Known.build(threads | mine, employers, self.profile.addresses)

    def _worth_reading(self, header: HeaderLike, mail: Mail, known: Known, seen: set[str]) -> bool:
        """`seen`: the Message-IDs of this batch the store already has (one query a batch)."""
        if mail.header(OWN_NOTICE_HEADER) or mail.message_id in seen:
            return False
        return why_fetch(mail, header.has_calendar, self.runtime.hints, known) is not None


def _incoming(
    folder: str,
    uidvalidity: int,
    header: HeaderLike,
    mail: Mail,
    body: bytes | None,
    unreadable: str | None,
    me: frozenset[str],
) -> Incoming:
    """One message of a batch as the engine gets it: read whole (parsed when its turn comes),
    judged by its headers (only the parsed headers kept, see _slim), or unreadable."""
    if unreadable is not None:
        broken = replace(mail, unreadable=unreadable)
        return Incoming(folder, uidvalidity, header.uid, header.raw, False, broken)
    if body is None:
        return Incoming(folder, uidvalidity, header.uid, b"", True, _slim(mail, me))
    return Incoming(folder, uidvalidity, header.uid, body, date=mail.date)


def _slim(mail: Mail, me: frozenset[str]) -> Mail:
    """A message judged by its headers, as the rest of the cycle still asks for it: its ids
    and date (the order of the backlog) and the addresses a second look tests (see
    triage.why_known: the sender, and recipients other than the user). A big catch-up holds
    thousands of them until the backlog is read."""

    def others(people: tuple[Person, ...]) -> tuple[Person, ...]:
        return tuple(Person("", p.email) for p in people if normalize_address(p.email) not in me)

    return Mail(
        message_id=mail.message_id,
        date=mail.date,
        sender=Person("", mail.sender.email) if mail.sender else None,
        to=others(mail.to),
        cc=others(mail.cc),
        reply_to=others(mail.reply_to),
        in_reply_to=mail.in_reply_to,
        references=mail.references,
    )


class ReloadRefused(Exception):
    """A reload found a broken rule set or config; the old one stays live. The message is
    the one error (`file:line:col: rule 'name': ...`), already logged by the reloader."""


class Reloader(Protocol):
    def __call__(self, workers: Sequence[Worker], config_too: bool) -> Sequence[Worker]:
        """The workers to run from now on: the same ones with a new runtime, or new ones when
        the accounts changed. Raises ReloadRefused to keep everything as it is."""
        ...


class Daemon:
    """The long-running loop around the workers (one per account), in one thread: it owns
    all state; watcher threads only wake it. Waiting, reconnecting and backing off live here,
    and so does what systemd is told (READY, STATUS, WATCHDOG, STOPPING) and when rules and
    config are reloaded: always in this thread, between cycles."""

    def __init__(
        self,
        workers: Sequence[Worker],
        start_watcher: Callable[[Worker, str, Callable[[str], None]], Stoppable] | None,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        on_cycle: Callable[[Worker, CycleReport], None] | None = None,
        notifier: Notifier | None = None,
        reloader: Reloader | None = None,
        name: str | None = None,
    ) -> None:
        self.workers = list(workers)
        self._start_watcher = start_watcher
        self.clock = clock
        self.on_cycle = on_cycle
        self.notifier = notifier or Notifier(None)
        self._reloader = reloader
        # The row of the store's daemon_status this daemon writes: the accounts it runs.
        self.name = name or ",".join(w.account.name for w in self.workers)
        self.stop_requested = threading.Event()
        for worker in self.workers:
            worker.stopping = self.stop_requested.is_set
            worker.heartbeat = self._heartbeat
        self._ready = False
        self._last_beat = time.monotonic()
        # Plain flags, not threading.Events: a signal handler runs in this very thread, and
        # an Event's lock, held here by clear(), would deadlock it. Assignment is atomic.
        self._reload_rules = False
        self._reload_config = False
        self._wake: queue.SimpleQueue[str] = queue.SimpleQueue()
        self._watchers: dict[str, list[Stoppable]] = {}
        self._failures: dict[str, int] = {}
        self._retry_at: dict[str, float] = {}  # account -> monotonic time of the next try
        self._problems: dict[str, str] = {}  # account -> what is wrong, for STATUS
        self._rules_problem: str | None = None
        self._last_status: str | None = None

    def wake(self, reason: str) -> None:
        """Called from any thread: new mail, a reload, a stop. Never touches state."""
        self._wake.put(reason)

    def stop(self) -> None:
        self.stop_requested.set()
        self.wake("stop")

    def request_reload(self, *, config_too: bool = False, reason: str = "reload") -> None:
        """From any thread (a signal handler, the rule watcher): reload the rules (and with
        `config_too`, the config file) at the next turn of the loop. Only sets a flag."""
        if config_too:
            self._reload_config = True
        else:
            self._reload_rules = True
        self.wake(reason)

    def run(self) -> None:
        """Cycle until stopped; a refused login or a lost link waits, it never exits.

        READY=1 goes out once every account had its first try (a failed one included: the
        service is up and says in STATUS what is wrong); WATCHDOG=1 after every turn of the
        loop, so a worker stuck in a call that never returns stops the pings and systemd
        restarts it, while an account that is down (which a restart would not fix) does not."""
        self._record("started")
        try:
            first = True
            while not self.stop_requested.is_set():
                self._reload_if_asked()
                waits = [self._cycle(worker) for worker in self.workers]
                if self.stop_requested.is_set():
                    break
                self._record("cycled")
                self._tell_systemd(ready=first)
                self._ready = True
                first = False
                self._sleep(self._capped(min(waits, default=MAX_SLEEP.total_seconds())))
        finally:
            self.notifier.stopping()
            for name in list(self._watchers):
                self._stop_watchers(name)
            for worker in self.workers:
                worker.disconnect()
            self._record("stopped")

    def _heartbeat(self, done: int, total: int) -> None:
        """A long catch-up is progress, not a hang: before READY=1 it extends systemd's start
        timeout, after it pings the watchdog (a reconnect after days away may read for
        longer than WatchdogSec). At most every HEARTBEAT seconds."""
        if not self.notifier.enabled or time.monotonic() - self._last_beat < HEARTBEAT:
            return
        self._last_beat = time.monotonic()
        if self._ready:
            self.notifier.watchdog()
        else:
            self.notifier.extend_start(4 * HEARTBEAT, f"starting: read {done} of {total} messages")

    def _capped(self, seconds: float) -> float:
        """A healthy idle daemon keeps pinging: it wakes at least twice per watchdog interval."""
        interval = self.notifier.watchdog_seconds
        return min(seconds, interval / 2) if interval else seconds

    def _tell_systemd(self, *, ready: bool) -> None:
        if not self.notifier.enabled:
            return  # not under systemd: no STATUS to build from every application
        text = self.status_text()
        if ready:
            self.notifier.ready(text)
        elif text != self._last_status:
            self.notifier.status(text)
        self._last_status = text
        self.notifier.watchdog()
        self._last_beat = time.monotonic()

    def status_text(self) -> str:
        """The STATUS line: applications, the next step, and whatever is wrong."""
        if not self.workers:
            return "no accounts to watch"
        worker = self.workers[0]
        problems = [p for w in self.workers if (p := self._problems.get(w.account.name))]
        if self._rules_problem:
            problems.append(self._rules_problem)
        try:
            applications = worker.store.applications()
        except (StoreError, sqlite3.Error) as error:
            return status_line([], None, [*problems, f"state database: {error}"])
        return status_line(applications, worker.runtime.policy.calendar.zone, problems)

    # -- reload ------------------------------------------------------------------------------

    def _reload_if_asked(self) -> None:
        config_too = self._reload_config
        if not config_too and not self._reload_rules:
            return
        # Cleared before loading: an edit from now on asks for one more reload.
        self._reload_config = False
        self._reload_rules = False
        if self._reloader is None:
            return
        self.notifier.reloading()
        try:
            workers = list(self._reloader(self.workers, config_too))
        except ReloadRefused as error:
            self._rules_problem = f"not reloaded: {error}"
        except Exception:  # noqa: BLE001 - a bug in a reload must not end the daemon
            log.exception("the reload failed; the rules and config in force stay as they were")
            self._rules_problem = "not reloaded: see the log"
        else:
            self._rules_problem = None
            self._replace_workers(workers, retry_now=config_too)
        self._last_status = None
        self.notifier.ready(self.status_text())

    def _replace_workers(self, workers: list[Worker], *, retry_now: bool) -> None:
        """Workers that left (or whose account changed) stop watching and disconnect; with
        `retry_now` (SIGHUP: "I fixed it"), accounts waiting after a refusal try again now."""
        kept = {id(w) for w in workers}
        for old in self.workers:
            if id(old) not in kept:
                self._stop_watchers(old.account.name)
                old.disconnect()
        names = {w.account.name for w in workers}
        for table in (self._failures, self._retry_at, self._problems):
            for name in [n for n in table if n not in names]:
                del table[name]
        if retry_now:
            self._retry_at.clear()
        for worker in workers:
            worker.stopping = self.stop_requested.is_set
            worker.heartbeat = self._heartbeat
        self.workers = workers

    # -- one worker --------------------------------------------------------------------------

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
            refused = "login" if isinstance(error, LoginFailed) else "TLS"
            self._problems[name] = f"{name}: {refused} refused"
            return self._retry_later(name, REFUSED_WAIT)
        except SecretError as error:
            self._failures[name] = self._failures.get(name, 0) + 1
            worker.disconnect()
            wait = backoff(self._failures[name] + 4, BACKOFF_CAP)
            log.error("%s (next try in %.0f s)", error, wait)
            self._problems[name] = f"{name}: no password"
            return self._retry_later(name, wait)
        except FolderMissing as error:
            worker.disconnect()
            log.error("%s (next look in %d minutes)", error, REFUSED_WAIT // 60)
            self._problems[name] = f"{name}: a folder is missing"
            return self._retry_later(name, REFUSED_WAIT)
        except (LinkLost, OSError) as error:
            self._failures[name] = self._failures.get(name, 0) + 1
            worker.disconnect()
            if _disk_trouble(error):
                return self._local_disk_trouble(name, error)
            wait = backoff(self._failures[name], BACKOFF_CAP)
            log.warning("%s; reconnecting in %.0f s", error, wait)
            self._problems[name] = f"{name}: offline, reconnecting"
            return self._retry_later(name, wait)
        except StoreError as error:  # a full or read-only disk: the message says what to do
            self._failures[name] = self._failures.get(name, 0) + 1
            worker.disconnect()
            wait = backoff(self._failures[name] + 4, BACKOFF_CAP)
            log.error("%s: %s (next try in %.0f s)", name, error, wait)
            log.debug("the state database failed here", exc_info=True)
            self._problems[name] = f"{name}: the state database failed (see the log)"
            return self._retry_later(name, wait)
        except Exception as error:  # noqa: BLE001 - a bug or a full disk must not end the daemon
            self._failures[name] = self._failures.get(name, 0) + 1
            worker.disconnect()
            if _disk_trouble(error):  # e.g. a Maildir draft that could not be written
                return self._local_disk_trouble(name, error)
            wait = backoff(self._failures[name] + 4, BACKOFF_CAP)
            log.exception("%s: the cycle failed; trying again in %.0f s", name, wait)
            self._problems[name] = f"{name}: the last cycle failed (see the log)"
            return self._retry_later(name, wait)
        self._failures[name] = 0
        self._problems.pop(name, None)
        if any(report.fetched.values()) or report.actions_done:
            log.info("%s: %s", name, report.summary())
        if sum(report.fetched.values()) >= memory.BIG_CYCLE:
            memory.give_back_freed_memory()
        if self.on_cycle:
            self.on_cycle(worker, report)
        self._ensure_watchers(worker)
        return self._until_next_due(worker)

    def _local_disk_trouble(self, name: str, error: BaseException) -> float:
        """A local file (a Maildir, its UID map) cannot be written: the user must act, and
        it is no network trouble to reconnect from."""
        wait = backoff(self._failures[name] + 4, BACKOFF_CAP)
        log.error(
            "%s: %s: free some space or make it writable; nothing is lost (next try in %.0f s)",
            name, error, wait,
        )  # fmt: skip
        self._problems[name] = f"{name}: a local file cannot be written (see the log)"
        return self._retry_later(name, wait)

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
        """Until the next timer of an application or the next draft to send later."""
        now = self.clock()
        store = worker.store
        sending = (
            store.next_send(worker.account.name) if worker.outbound.send_later.enabled else None
        )
        candidates = [when for when in (store.next_due(), sending) if when is not None]
        soonest = min([now + MAX_SLEEP, *candidates])
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

    # -- the daemon's record in the store -----------------------------------------------------

    def _record(self, what: str) -> None:
        """Start, last cycle and stop, for `followup status` in another process. A store that
        cannot be written (a full disk) is logged; it never stops the daemon."""
        if not self.workers:
            return
        store = self.workers[0].store
        now = self.clock()
        try:
            with store.transaction():
                if what == "started":
                    store.save_daemon_started(self.name, os.getpid(), now)
                elif what == "cycled":
                    store.save_last_cycle(self.name, now)
                else:
                    store.save_daemon_stopped(self.name, now)
        except (StoreError, sqlite3.Error) as error:
            log.warning("cannot record the daemon's status in %s: %s", store.path, error)


class Stoppable(Protocol):
    def stop(self) -> None: ...


def _disk_trouble(error: BaseException) -> bool:
    """A local disk full, over quota or read-only, raised as is or behind a mailbox error
    (the Maildir backend reports its file errors as LinkLost, or CommandFailed on append)."""
    cause = error if isinstance(error, OSError) else error.__cause__
    return isinstance(cause, OSError) and cause.errno in DISK_TROUBLE
