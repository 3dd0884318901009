"""SQLite memory: applications, messages seen, folder cursors, the outbox and the event log.

Everything one processed message changes is written in ONE transaction, so a crash at any
instant leaves neither a lost nor a duplicated draft, and no message is read twice or missed.

Threads: a `Store` (its sqlite3 connection) belongs to the thread that opened it; sqlite3
refuses use from any other thread. The daemon's one worker thread owns the store; any other
process or thread (the CLI's `status`, `plan`) opens its own and, thanks to WAL, reads
while the daemon writes.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import MISSING, dataclass, fields
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup.model import Action, ActionKind, Application, Person, State, Timer, Transition

# Each entry upgrades the schema by one version; never edit a shipped entry, append a new one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE applications (
        id TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        company TEXT NOT NULL,
        role TEXT NOT NULL,
        next_due TEXT,
        updated TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE TABLE messages (
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        uid INTEGER NOT NULL,
        message_id TEXT NOT NULL,
        category TEXT,
        application_id TEXT,
        unreadable TEXT,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (account, folder, uid)
    );
    CREATE INDEX messages_by_id ON messages (message_id);
    CREATE TABLE cursors (
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        last_uid INTEGER NOT NULL,
        PRIMARY KEY (account, folder)
    );
    CREATE TABLE outbox (
        action_id TEXT PRIMARY KEY,
        application_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        step TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        created TEXT NOT NULL,
        due TEXT,
        done_at TEXT,
        result TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        data TEXT NOT NULL
    );
    CREATE INDEX outbox_pending ON outbox (status, created);
    CREATE TABLE events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        application_id TEXT,
        kind TEXT NOT NULL,
        message_id TEXT,
        state_before TEXT,
        state_after TEXT,
        reason TEXT NOT NULL
    );
    CREATE INDEX events_by_application ON events (application_id, seq);
    """,
    # 2: a message is known by (account, folder, UIDVALIDITY, UID, Message-ID). Keyed by
    # (account, folder, UID) alone, a rescan after a UIDVALIDITY change REPLACEd the rows of
    # old messages whose UIDs were reused, so their Message-IDs were forgotten and they were
    # processed again. The event log also becomes append-only in fact, not only by convention.
    """
    CREATE TABLE messages_v2 (
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL DEFAULT 0,
        uid INTEGER NOT NULL,
        message_id TEXT NOT NULL,
        category TEXT,
        application_id TEXT,
        unreadable TEXT,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (account, folder, uidvalidity, uid, message_id)
    );
    INSERT INTO messages_v2 (account, folder, uidvalidity, uid, message_id, category,
                             application_id, unreadable, seen_at)
        SELECT m.account, m.folder, coalesce(c.uidvalidity, 0), m.uid, m.message_id,
               m.category, m.application_id, m.unreadable, m.seen_at
        FROM messages AS m
        LEFT JOIN cursors AS c ON c.account = m.account AND c.folder = m.folder;
    DROP TABLE messages;
    ALTER TABLE messages_v2 RENAME TO messages;
    CREATE INDEX messages_by_id ON messages (account, message_id);
    CREATE INDEX messages_unreadable ON messages (seen_at) WHERE unreadable IS NOT NULL;
    CREATE TRIGGER events_no_update BEFORE UPDATE ON events
    BEGIN
        SELECT RAISE(ABORT, 'the event log is append-only');
    END;
    CREATE TRIGGER events_no_delete BEFORE DELETE ON events
    BEGIN
        SELECT RAISE(ABORT, 'the event log is append-only');
    END;
    """,
    # 3: the clock looks up applications by their next due time.
    """
    CREATE INDEX applications_due ON applications (next_due);
    """,
    # 4: every draft written to a mailbox, so a stale one can be found again and removed only
    # if the user left it as it was (fingerprint), and a deleted one is never written again.
    """
    CREATE TABLE drafts (
        action_id TEXT NOT NULL,
        message_id TEXT NOT NULL,
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        uid INTEGER,
        fingerprint TEXT NOT NULL,
        written_at TEXT NOT NULL,
        PRIMARY KEY (message_id)
    );
    CREATE INDEX drafts_by_action ON drafts (action_id);
    """,
    # 5: an application belongs to the account whose mail started it, so that with several
    # accounts each one writes only its own drafts; a folder remembers the day its first
    # look began, so a renumbered folder is rescanned from there, not from its first message.
    """
    ALTER TABLE applications ADD COLUMN account TEXT;
    ALTER TABLE cursors ADD COLUMN since TEXT;
    """,
    # 6: what a running daemon has live, for `followup status` in another process: its rules
    # (where from, a one-line summary, the last error and when), its pid, start and last cycle.
    # One row per daemon (the accounts it runs, e.g. `personal` for `run --account personal`).
    """
    CREATE TABLE daemon_status (
        daemon TEXT PRIMARY KEY,
        pid INTEGER,
        started TEXT,
        stopped TEXT,
        last_cycle TEXT,
        rules_dir TEXT,
        rules_summary TEXT,
        rules_loaded TEXT,
        rules_error TEXT,
        rules_error_at TEXT
    );
    """,
    # 7: drafts the user marked to be sent later (followup.sendlater): one row per Message-ID,
    # its status written before the SMTP transaction and after the server's answer, and the
    # sent copy kept only until it is filed in Sent.
    """
    CREATE TABLE send_requests (
        account TEXT NOT NULL,
        message_id TEXT NOT NULL,
        folder TEXT NOT NULL,
        uid INTEGER NOT NULL,
        marked_at TEXT NOT NULL,
        send_at TEXT NOT NULL,
        status TEXT NOT NULL,
        zone TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        fingerprint TEXT,
        sent_at TEXT,
        filed_at TEXT,
        raw BLOB,
        PRIMARY KEY (account, message_id)
    );
    CREATE INDEX send_requests_by_status ON send_requests (status, send_at);
    """,
    # 8: who wrote the message an event is about, and its subject, for `followup show`
    # (NULL for events logged before, and for those no message caused).
    """
    ALTER TABLE events ADD COLUMN sender TEXT;
    ALTER TABLE events ADD COLUMN subject TEXT;
    """,
)
LATEST_VERSION = len(MIGRATIONS)

OUTBOX_STATUSES = ("pending", "done", "failed", "cancelled")
# Once an action is done or cancelled it stays so: going back would redo a draft the user has.
FINAL_STATUSES = frozenset({"done", "cancelled"})
PRIVATE_FILE = 0o600
# Sidecar files SQLite keeps next to the database; they hold the same private data.
SIDECARS = ("-wal", "-shm", "-journal")
# After a big batch the WAL file is truncated back to this size at checkpoint, not kept huge.
WAL_SIZE_LIMIT = 4 * 1024 * 1024
# How long a writer waits for another (the CLI migrating, a second daemon) before giving up.
BUSY_TIMEOUT_SECONDS = 30


class StoreError(RuntimeError):
    """The database cannot be opened or used; the message says what to do."""


@dataclass(frozen=True)
class Cursor:
    """How far one folder has been read: IMAP's (UIDVALIDITY, last UID)."""

    uidvalidity: int
    last_uid: int
    since: date | None = None  # the day the first look began (older mail was not read)


@dataclass(frozen=True)
class OutboxEntry:
    """An action the machine decided, and how far the shell got with it."""

    action: Action
    status: str
    attempts: int
    result: str | None
    last_error: str | None
    done_at: datetime | None = None  # when it was written or sent (or given up)


@dataclass(frozen=True)
class WrittenDraft:
    """A draft as it was written: where, and a fingerprint of what the user would change."""

    action_id: str
    message_id: str
    account: str
    folder: str
    uid: int | None
    fingerprint: str
    written_at: datetime


SEND_STATUSES = ("scheduled", "sending", "sent", "cancelled", "refused", "unsure")


@dataclass(frozen=True)
class SendRequest:
    """A draft the user marked to be sent later, and how far sending it got (migration 7)."""

    account: str
    message_id: str  # the key: the draft's own, or one given to it before sending
    folder: str  # where the marked draft is (Drafts, or the send-later folder) ...
    uid: int  # ... and its UID there
    marked_at: datetime  # when the daemon first saw the mark
    send_at: datetime  # the next good moment in the recipient's business hours
    status: str  # one of SEND_STATUSES
    zone: str = ""  # the recipient's zone and how it was known, for status
    summary: str = ""  # recipients and subject, for status
    attempts: int = 0  # SMTP transactions begun
    last_error: str | None = None
    fingerprint: str | None = None  # of the draft a refusal was about
    sent_at: datetime | None = None
    filed_at: datetime | None = None  # the copy is in Sent and the draft removed
    raw: bytes | None = None  # the copy for Sent, kept from `sending` until filed


@dataclass(frozen=True)
class RulesStatus:
    """What a daemon has live, as it last recorded it (no secrets: paths, counts, errors)."""

    daemon: str  # the accounts it runs, comma-separated
    pid: int | None
    started: datetime | None
    stopped: datetime | None  # set when it stopped cleanly; None while it runs (or crashed)
    last_cycle: datetime | None
    rules_dir: str | None
    rules_summary: str | None  # `31 rules in 6 files, 5 templates`
    rules_loaded: datetime | None
    rules_error: str | None  # the last rejected reload (`file:line:col: rule 'x': ...`)
    rules_error_at: datetime | None


@dataclass(frozen=True)
class LoggedEvent:
    """One line of an application's history."""

    seq: int
    at: datetime
    application_id: str | None
    kind: str
    message_id: str | None
    state_before: str | None
    state_after: str | None
    reason: str
    sender: str | None = None  # of the message it is about: a name, else the address
    subject: str | None = None


class Store:
    """One SQLite database; every write goes inside `transaction()`.

    Not thread-safe by design: use it only from the thread that opened it (see the module
    docstring). Writes outside `transaction()` raise instead of autocommitting one by one,
    which would break the one-transaction-per-message rule.
    """

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, path: Path | str) -> Store:
        """Open (and create or upgrade) the database; its files are private to the user."""
        path = Path(path).expanduser()
        try:
            # The leaf directory is made 0700; an existing one is the user's choice, left alone.
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not path.exists():
                # Created 0600 before SQLite touches it: the facts inside are about a job search.
                # SQLite gives its -wal and -shm files the database file's mode.
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE))
            _make_private(path)
            db = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_SECONDS)
        except (OSError, sqlite3.Error) as error:
            raise StoreError(
                f"cannot open the state database {path}: {error}. "
                "Check that the directory exists and is writable (state_dir in the config)."
            ) from error
        try:
            # WAL: the CLI reads while the daemon writes, and a killed writer leaves at most an
            # uncommitted tail that the next open ignores.
            mode = db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError(
                    f"{path}: SQLite cannot use write-ahead logging there (journal mode {mode}); "
                    "put state_dir on a local file system."
                )
            # FULL: a commit survives a power cut too, not only a crash (NORMAL may lose the
            # last commits then); one fsync per message is nothing next to an IMAP round trip.
            db.execute("PRAGMA synchronous=FULL")
            db.execute(f"PRAGMA journal_size_limit={WAL_SIZE_LIMIT}")
            store = cls(db, path)
            store._migrate()
        except BaseException as error:
            db.close()
            if isinstance(error, sqlite3.Error):
                raise _open_error(path, error) from error
            raise
        return store

    def close(self) -> None:
        """Close the connection; SQLite checkpoints the WAL into the database and removes it."""
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        """Bring the schema to LATEST_VERSION; refuse a database from a newer program."""
        self._check_not_newer(self.schema_version)
        if self.schema_version == LATEST_VERSION:
            return  # the common case takes no write lock, so `status` never waits for it
        with self.transaction() as db:
            # Read again under the write lock: another process may have migrated meanwhile.
            version = self.schema_version
            self._check_not_newer(version)
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in _statements(script):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version={number}")

    def _check_not_newer(self, version: int) -> None:
        if version > LATEST_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer interview-followup (schema {version}, "
                f"this program knows up to {LATEST_VERSION}); "
                "upgrade the program, or point state_dir elsewhere."
            )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: BEGIN IMMEDIATE, COMMIT on success, ROLLBACK on any exception.

        IMMEDIATE takes the write lock up front, so a second writer waits (busy timeout)
        at BEGIN instead of failing halfway through the message it is recording.
        """
        if self._db.in_transaction:
            raise StoreError("store.transaction() does not nest: one message, one transaction")
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if _cannot_write(error):
                raise _write_error(self.path, error) from error
            raise StoreError(
                f"{self.path} stayed locked for {BUSY_TIMEOUT_SECONDS} s ({error}); "
                "is another followup daemon running on the same state_dir?"
            ) from error
        try:
            yield self._db
            self._db.execute("COMMIT")
        except BaseException as error:
            # SQLite may have rolled back already (e.g. disk full); ROLLBACK must not mask why.
            if self._db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
            # A full disk is the store's fault, never the message's: callers that mark a
            # message unreadable on an error let StoreError through.
            if isinstance(error, sqlite3.OperationalError) and _cannot_write(error):
                raise _write_error(self.path, error) from error
            raise

    def _writing(self) -> sqlite3.Connection:
        """The connection, provided a transaction is open."""
        if not self._db.in_transaction:
            raise StoreError("store writes belong inside `with store.transaction():`")
        return self._db

    # -- writes (call inside transaction()) ---------------------------------------------------

    def save_application(
        self, app: Application, next_due: datetime | None, account: str | None = None
    ) -> None:
        """Insert or update; the account is set when the application is first saved."""
        self._writing().execute(
            "INSERT INTO applications (id, state, company, role, next_due, updated, data, "
            "account) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "state = excluded.state, company = excluded.company, role = excluded.role, "
            "next_due = excluded.next_due, "
            "updated = excluded.updated, data = excluded.data, "
            "account = coalesce(account, excluded.account)",
            (
                app.id,
                app.state.value,
                app.company,
                app.role,
                _utc(next_due),
                _utc(app.last_event_at or app.created),
                json.dumps(to_plain(app), sort_keys=True),
                account,
            ),
        )

    def record(
        self,
        before: Application | None,
        transition: Transition,
        *,
        at: datetime,
        event: str,
        next_due: datetime | None,
        message_id: str | None = None,
        account: str | None = None,
        sender: str | None = None,
        subject: str | None = None,
    ) -> list[Action]:
        """Save one machine step: the application, its new actions and why, in the caller's
        transaction. Returns the actions that were not already queued."""
        self._writing()
        app = transition.application
        if transition.changed or before is None:
            self.save_application(app, next_due, account)
        added = self.add_actions(transition.actions)
        if transition.changed or transition.actions or before is None:
            self.log(
                at,
                event,
                transition.reason or event,
                application_id=app.id,
                message_id=message_id,
                state_before=before.state if before else None,
                state_after=app.state,
                sender=sender,
                subject=subject,
            )
        return added

    def add_actions(self, actions: tuple[Action, ...] | list[Action]) -> list[Action]:
        """Queue actions; one already queued (same id) is ignored. Returns those newly queued."""
        db = self._writing()
        added = []
        for action in actions:
            # ON CONFLICT (action_id), not INSERT OR IGNORE: OR IGNORE would also swallow a
            # NOT NULL violation and drop the action without a word.
            cursor = db.execute(
                "INSERT INTO outbox (action_id, application_id, kind, step, created, due, data) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (action_id) DO NOTHING",
                (
                    action.id,
                    action.application_id,
                    action.kind.value,
                    action.step,
                    _utc(action.created),
                    _utc(action.due),
                    json.dumps(to_plain(action), sort_keys=True),
                ),
            )
            if cursor.rowcount:
                added.append(action)
        return added

    def log(
        self,
        at: datetime,
        kind: str,
        reason: str,
        *,
        application_id: str | None = None,
        message_id: str | None = None,
        state_before: State | None = None,
        state_after: State | None = None,
        sender: str | None = None,
        subject: str | None = None,
    ) -> None:
        """Append to the event log; triggers refuse any UPDATE or DELETE of it."""
        self._writing().execute(
            "INSERT INTO events (at, application_id, kind, message_id, state_before, state_after, "
            "reason, sender, subject) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                _iso(at),
                application_id,
                kind,
                message_id,
                state_before.value if state_before else None,
                state_after.value if state_after else None,
                reason,
                sender,
                subject,
            ),
        )

    def mark_seen(
        self,
        account: str,
        folder: str,
        uid: int,
        message_id: str,
        at: datetime,
        *,
        category: str | None = None,
        application_id: str | None = None,
        unreadable: str | None = None,
        uidvalidity: int | None = None,
    ) -> None:
        """Remember a message. Without `uidvalidity`, the folder's cursor's (0 if none yet).

        Seeing the same message at the same place again keeps what was known: facts given now
        win, facts left out stay; a classified sighting clears an earlier `unreadable`.
        """
        self._writing().execute(
            "INSERT INTO messages (account, folder, uidvalidity, uid, message_id, category, "
            "application_id, unreadable, seen_at) VALUES (?, ?, coalesce(?, (SELECT uidvalidity "
            "FROM cursors WHERE account = ? AND folder = ?), 0), ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (account, folder, uidvalidity, uid, message_id) DO UPDATE SET "
            "category = coalesce(excluded.category, category), "
            "application_id = coalesce(excluded.application_id, application_id), "
            "unreadable = CASE WHEN excluded.category IS NOT NULL THEN excluded.unreadable "
            "ELSE coalesce(excluded.unreadable, unreadable) END",
            (
                account,
                folder,
                uidvalidity,
                account,
                folder,
                uid,
                message_id,
                category,
                application_id,
                unreadable,
                _utc(at),
            ),
        )

    def set_cursor(self, account: str, folder: str, cursor: Cursor) -> None:
        """Move a folder's cursor; a cursor without `since` keeps the day already known."""
        self._writing().execute(
            "INSERT INTO cursors (account, folder, uidvalidity, last_uid, since) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (account, folder) DO UPDATE SET "
            "uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid, "
            "since = coalesce(excluded.since, since)",
            (
                account,
                folder,
                cursor.uidvalidity,
                cursor.last_uid,
                cursor.since.isoformat() if cursor.since else None,
            ),
        )

    def finish_action(self, action_id: str, status: str, at: datetime, result: str = "") -> None:
        """Record what became of an action: done, failed (counted; may be retried), cancelled.

        done and cancelled are final: repeating them is harmless (a crash between doing and
        recording), changing them is a bug and raises.
        """
        _check_status(status)
        db = self._writing()
        row = db.execute("SELECT status FROM outbox WHERE action_id = ?", (action_id,)).fetchone()
        if row is None:
            raise StoreError(f"no action {action_id!r} in the outbox")
        if row[0] in FINAL_STATUSES:
            if row[0] == status:
                return
            raise StoreError(f"action {action_id!r} is already {row[0]}; it cannot become {status}")
        failed = status == "failed"
        db.execute(
            "UPDATE outbox SET status = ?, done_at = ?, result = ?, attempts = attempts + ?, "
            "last_error = CASE WHEN ? THEN ? ELSE last_error END WHERE action_id = ?",
            (status, _utc(at), result, int(failed), failed, result, action_id),
        )

    def record_draft(self, draft: WrittenDraft) -> None:
        """Remember a draft written to a mailbox (by its Message-ID; writing it again updates)."""
        self._writing().execute(
            "INSERT INTO drafts (action_id, message_id, account, folder, uid, fingerprint, "
            "written_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO UPDATE SET "
            "folder = excluded.folder, uid = excluded.uid, fingerprint = excluded.fingerprint",
            (
                draft.action_id,
                draft.message_id,
                draft.account,
                draft.folder,
                draft.uid,
                draft.fingerprint,
                _utc(draft.written_at),
            ),
        )

    # -- reads --------------------------------------------------------------------------------

    def drafts_of(self, action_id: str) -> list[WrittenDraft]:
        """The drafts one action wrote (a reference heads-up writes one per reference)."""
        rows = self._db.execute(
            "SELECT action_id, message_id, account, folder, uid, fingerprint, written_at "
            "FROM drafts WHERE action_id = ? ORDER BY message_id",
            (action_id,),
        )
        return [
            WrittenDraft(action, message, account, folder, uid, print_, _instant(at))
            for action, message, account, folder, uid, print_, at in rows
        ]

    def thread_messages(self, application_id: str) -> list[str]:
        """Message-IDs recorded for an application, oldest first: what a draft replies to."""
        rows = self._db.execute(
            "SELECT message_id, min(seen_at) AS first FROM messages "
            "WHERE application_id = ? AND unreadable IS NULL "
            "GROUP BY message_id ORDER BY first, message_id",
            (application_id,),
        )
        return [message_id for message_id, _ in rows]

    def replaced_drafts(self) -> set[str]:
        """Ids of draft actions that a removal has superseded: never to be written."""
        rows = self._db.execute("SELECT data FROM outbox WHERE kind = 'remove_stale_draft'")
        return {r for (data,) in rows if (r := json.loads(data).get("replaces"))}

    def retryable(self, now: datetime, limit: int, account: str | None = None) -> list[OutboxEntry]:
        """Failed actions worth another try: fewer than `limit` attempts, and the wait since the
        last one (1, 2, 4, 8 ... minutes, capped at an hour) is over."""
        due = []
        for entry, done_at in self._failed(account):
            wait = timedelta(minutes=min(60, 2 ** max(entry.attempts - 1, 0)))
            if entry.attempts < limit and (done_at is None or done_at + wait <= now):
                due.append(entry)
        return due

    def _failed(self, account: str | None) -> list[tuple[OutboxEntry, datetime | None]]:
        rows = self._db.execute(
            "SELECT o.data, o.status, o.attempts, o.result, o.last_error, o.done_at "
            "FROM outbox AS o LEFT JOIN applications AS a ON a.id = o.application_id "
            "WHERE o.status = 'failed' AND (? IS NULL OR a.account IS NULL OR a.account = ?) "
            "ORDER BY o.created, o.action_id",
            (account, account),
        )
        return [
            (
                OutboxEntry(action_from_plain(json.loads(data)), state, attempts, result, error),
                _dt(done_at),
            )
            for data, state, attempts, result, error, done_at in rows
        ]

    def application(self, application_id: str) -> Application | None:
        row = self._db.execute(
            "SELECT data FROM applications WHERE id = ?", (application_id,)
        ).fetchone()
        return application_from_plain(json.loads(row[0])) if row else None

    def applications(self) -> list[Application]:
        rows = self._db.execute("SELECT data FROM applications ORDER BY updated DESC, id")
        return [application_from_plain(json.loads(data)) for (data,) in rows]

    def due_applications(self, now: datetime) -> list[Application]:
        """Applications with a timer due by `now`, soonest first: the clock's work, found by
        the indexed column instead of decoding every application on every tick."""
        rows = self._db.execute(
            "SELECT data FROM applications WHERE next_due IS NOT NULL AND next_due <= ? "
            "ORDER BY next_due, id",
            (_utc(now),),
        )
        return [application_from_plain(json.loads(data)) for (data,) in rows]

    def next_due(self) -> datetime | None:
        """The soonest timer of any application: when the clock next has work."""
        row = self._db.execute("SELECT min(next_due) FROM applications").fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    def cursor(self, account: str, folder: str) -> Cursor | None:
        row = self._db.execute(
            "SELECT uidvalidity, last_uid, since FROM cursors WHERE account = ? AND folder = ?",
            (account, folder),
        ).fetchone()
        if not row:
            return None
        return Cursor(row[0], row[1], date.fromisoformat(row[2]) if row[2] else None)

    def is_seen(self, account: str, message_id: str) -> bool:
        """Whether a message was read before, in any folder (an indexed lookup)."""
        row = self._db.execute(
            "SELECT 1 FROM messages WHERE account = ? AND message_id = ? LIMIT 1",
            (account, message_id),
        ).fetchone()
        return row is not None

    def seen_among(self, account: str, message_ids: Sequence[str]) -> set[str]:
        """Which of `message_ids` were read before, in any folder: `is_seen` for a whole
        batch in one indexed query (the ids go in as one JSON array)."""
        rows = self._db.execute(
            "SELECT DISTINCT message_id FROM messages WHERE account = ? "
            "AND message_id IN (SELECT value FROM json_each(?))",
            (account, json.dumps(list(message_ids))),
        )
        return {message_id for (message_id,) in rows}

    def only_skipped(self, account: str, message_id: str) -> bool:
        """Whether every sighting of a message (none included) was judged by its headers
        alone: False once it was read whole."""
        row = self._db.execute(
            "SELECT count(*) FROM messages WHERE account = ? AND message_id = ? "
            "AND (category IS NULL OR category != 'not_fetched')",
            (account, message_id),
        ).fetchone()
        return bool(row[0] == 0)

    def seen_message_ids(self, account: str, folder: str | None = None) -> set[str]:
        """Message-IDs recorded for an account, or in one of its folders (e.g. Sent: what
        the user wrote)."""
        rows = self._db.execute(
            "SELECT message_id FROM messages WHERE account = ? AND (? IS NULL OR folder = ?)",
            (account, folder, folder),
        )
        return {message_id for (message_id,) in rows}

    def outbox(self, status: str | None = None, account: str | None = None) -> list[OutboxEntry]:
        """Actions, oldest first; with `account`, those of its applications (and of
        applications recorded before accounts were, which any account may do)."""
        query = (
            "SELECT o.data, o.status, o.attempts, o.result, o.last_error, o.done_at "
            "FROM outbox AS o "
            "LEFT JOIN applications AS a ON a.id = o.application_id WHERE 1"
        )
        parameters: list[str] = []
        if status:
            _check_status(status)
            query += " AND o.status = ?"
            parameters.append(status)
        if account:
            query += " AND (a.account IS NULL OR a.account = ?)"
            parameters.append(account)
        rows = self._db.execute(query + " ORDER BY o.created, o.action_id", parameters)
        return [
            OutboxEntry(
                action_from_plain(json.loads(data)), state, attempts, result, error, _dt(done)
            )
            for data, state, attempts, result, error, done in rows
        ]

    def events(self, application_id: str | None = None) -> list[LoggedEvent]:
        query = "SELECT seq, at, application_id, kind, message_id, state_before, state_after, "
        query += "reason, sender, subject FROM events"
        parameters: tuple[str, ...] = ()
        if application_id:
            query += " WHERE application_id = ?"
            parameters = (application_id,)
        rows = self._db.execute(query + " ORDER BY seq", parameters)
        return [
            LoggedEvent(seq, _instant(at), app, kind, message, before, after, why, sender, subject)
            for seq, at, app, kind, message, before, after, why, sender, subject in rows
        ]

    def unreadable_messages(self) -> list[tuple[str, str, int, str]]:
        """(folder, message_id, uid, reason) of every message that could not be read."""
        rows = self._db.execute(
            "SELECT folder, message_id, uid, unreadable FROM messages "
            "WHERE unreadable IS NOT NULL ORDER BY seen_at, folder, uid"
        )
        return [(folder, message_id, uid, reason) for folder, message_id, uid, reason in rows]

    def integrity(self) -> str:
        """'ok', or every problem SQLite's integrity check found, one per line."""
        rows = self._db.execute("PRAGMA integrity_check").fetchall()
        return "\n".join(str(row[0]) for row in rows)

    def application_accounts(self) -> dict[str, str | None]:
        """Each application's account (None for those recorded before accounts were), for
        `status` and `show` with several accounts."""
        rows = self._db.execute("SELECT id, account FROM applications")
        return {app_id: account for app_id, account in rows}

    # -- the daemon's own status (migration 6) -------------------------------------------------

    def save_daemon_started(self, daemon: str, pid: int, at: datetime) -> None:
        """A daemon (re)started: its pid and start; the last cycle and stop are reset."""
        self._writing().execute(
            "INSERT INTO daemon_status (daemon, pid, started, stopped, last_cycle) "
            "VALUES (?, ?, ?, NULL, NULL) ON CONFLICT (daemon) DO UPDATE SET "
            "pid = excluded.pid, started = excluded.started, stopped = NULL, last_cycle = NULL",
            (daemon, pid, _utc(at)),
        )

    def save_daemon_stopped(self, daemon: str, at: datetime) -> None:
        self._writing().execute(
            "UPDATE daemon_status SET stopped = ? WHERE daemon = ?", (_utc(at), daemon)
        )

    def save_last_cycle(self, daemon: str, at: datetime) -> None:
        self._writing().execute(
            "UPDATE daemon_status SET last_cycle = ? WHERE daemon = ?", (_utc(at), daemon)
        )

    def save_rules_loaded(self, daemon: str, rules_dir: Path, summary: str, at: datetime) -> None:
        """A rule set went live: it replaces the recorded one, and clears the last error."""
        self._writing().execute(
            "INSERT INTO daemon_status (daemon, rules_dir, rules_summary, rules_loaded) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (daemon) DO UPDATE SET "
            "rules_dir = excluded.rules_dir, rules_summary = excluded.rules_summary, "
            "rules_loaded = excluded.rules_loaded, rules_error = NULL, rules_error_at = NULL",
            (daemon, str(rules_dir), summary, _utc(at)),
        )

    def save_rules_error(self, daemon: str, error: str, at: datetime) -> None:
        """A reload was refused: the live set stays recorded as it was."""
        self._writing().execute(
            "INSERT INTO daemon_status (daemon, rules_error, rules_error_at) VALUES (?, ?, ?) "
            "ON CONFLICT (daemon) DO UPDATE SET rules_error = excluded.rules_error, "
            "rules_error_at = excluded.rules_error_at",
            (daemon, error, _utc(at)),
        )

    def rules_status(self, daemon: str | None = None) -> RulesStatus | None:
        """One daemon's record, or (without a name) the one that started last."""
        statuses = self.daemon_statuses()
        if daemon is not None:
            return next((s for s in statuses if s.daemon == daemon), None)
        return statuses[0] if statuses else None

    def daemon_statuses(self) -> list[RulesStatus]:
        """Every daemon's record, the one that started last first."""
        rows = self._db.execute(
            "SELECT daemon, pid, started, stopped, last_cycle, rules_dir, rules_summary, "
            "rules_loaded, rules_error, rules_error_at FROM daemon_status "
            "ORDER BY started IS NULL, started DESC, daemon"
        )
        return [
            RulesStatus(
                daemon=row[0],
                pid=row[1],
                started=_dt(row[2]),
                stopped=_dt(row[3]),
                last_cycle=_dt(row[4]),
                rules_dir=row[5],
                rules_summary=row[6],
                rules_loaded=_dt(row[7]),
                rules_error=row[8],
                rules_error_at=_dt(row[9]),
            )
            for row in rows
        ]

    # -- drafts to send later (migration 7) ---------------------------------------------------

    def save_send_request(self, request: SendRequest) -> None:
        """Insert or replace one request. `sent` and `unsure` are final: a sent draft is never
        made `sending` again (only its filing is recorded), and an unsure one waits for the
        user; trying to change either is a bug and raises."""
        if request.status not in SEND_STATUSES:
            raise ValueError(f"unknown send status {request.status!r}")
        db = self._writing()
        row = db.execute(
            "SELECT status FROM send_requests WHERE account = ? AND message_id = ?",
            (request.account, request.message_id),
        ).fetchone()
        if row is not None and row[0] in ("sent", "unsure") and row[0] != request.status:
            raise StoreError(
                f"the send request {request.message_id!r} is already {row[0]}; "
                f"it cannot become {request.status}"
            )
        if request.status == "sending" and (row is None or row[0] != "scheduled"):
            # Checked under the write lock: of two processes only one ever begins to send.
            raise StoreError(
                f"the send request {request.message_id!r} is "
                f"{row[0] if row else 'unknown'}, not scheduled: it is not sent (again)"
            )
        db.execute(
            "INSERT OR REPLACE INTO send_requests (account, message_id, folder, uid, marked_at, "
            "send_at, status, zone, summary, attempts, last_error, fingerprint, sent_at, "
            "filed_at, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                request.account,
                request.message_id,
                request.folder,
                request.uid,
                _iso(request.marked_at),
                _utc(request.send_at),
                request.status,
                request.zone,
                request.summary,
                request.attempts,
                request.last_error,
                request.fingerprint,
                _iso(request.sent_at),
                _iso(request.filed_at),
                request.raw,
            ),
        )

    def send_requests(
        self, account: str | None = None, statuses: tuple[str, ...] = ()
    ) -> list[SendRequest]:
        """Requests (of one account, in some statuses), soonest first."""
        query = (
            "SELECT account, message_id, folder, uid, marked_at, send_at, status, zone, "
            "summary, attempts, last_error, fingerprint, sent_at, filed_at, raw "
            "FROM send_requests WHERE (? IS NULL OR account = ?)"
        )
        parameters: list[Any] = [account, account]
        if statuses:
            query += f" AND status IN ({', '.join('?' for _ in statuses)})"
            parameters += list(statuses)
        rows = self._db.execute(query + " ORDER BY send_at, message_id", parameters)
        return [
            SendRequest(
                account=row[0],
                message_id=row[1],
                folder=row[2],
                uid=row[3],
                marked_at=_instant(row[4]),
                send_at=_instant(row[5]),
                status=row[6],
                zone=row[7],
                summary=row[8],
                attempts=row[9],
                last_error=row[10],
                fingerprint=row[11],
                sent_at=_dt(row[12]),
                filed_at=_dt(row[13]),
                raw=bytes(row[14]) if row[14] is not None else None,
            )
            for row in rows
        ]

    def send_request(self, account: str, message_id: str) -> SendRequest | None:
        found = [r for r in self.send_requests(account) if r.message_id == message_id]
        return found[0] if found else None

    def next_send(self, account: str | None = None) -> datetime | None:
        """When the soonest scheduled draft is to be sent: the worker wakes for it."""
        row = self._db.execute(
            "SELECT min(send_at) FROM send_requests WHERE status = 'scheduled' "
            "AND (? IS NULL OR account = ?)",
            (account, account),
        ).fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None


def _check_status(status: str) -> None:
    if status not in OUTBOX_STATUSES:
        raise ValueError(f"unknown outbox status {status!r}")


def _statements(script: str) -> Iterator[str]:
    """Split a migration into statements: a ';' inside a trigger body or a string does not
    end one. (executescript would COMMIT first, outside the migration's transaction.)"""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\n;"):
                yield pending.strip()
            pending = ""
    if pending.strip(" \t\n;"):
        raise ValueError(f"incomplete SQL statement in a migration: {pending.strip()[:60]}")


def _make_private(path: Path) -> None:
    """Tighten the database and its sidecars to 0600 when an older run left them wider."""
    for candidate in (path, *(path.with_name(path.name + suffix) for suffix in SIDECARS)):
        try:
            info = candidate.stat()
        except FileNotFoundError:
            continue
        if stat.S_ISREG(info.st_mode) and info.st_mode & 0o077 and info.st_uid == os.getuid():
            candidate.chmod(PRIVATE_FILE)


def _cannot_write(error: sqlite3.Error) -> bool:
    """The disk is full, failing or read-only: nothing to do with what was being written."""
    name = getattr(error, "sqlite_errorname", "")
    return name == "SQLITE_FULL" or name.startswith(("SQLITE_IOERR", "SQLITE_READONLY"))


def _write_error(path: Path, error: sqlite3.Error) -> StoreError:
    return StoreError(
        f"cannot write the state database {path}: {error}. Free space on its disk (or make "
        "it writable again; state_dir in the config); nothing is lost: what could not be "
        "recorded is read again and recorded once writing works."
    )


def _open_error(path: Path, error: sqlite3.Error) -> StoreError:
    """Say what to do about the database rather than only what SQLite said."""
    name = getattr(error, "sqlite_errorname", "")
    if name in ("SQLITE_NOTADB", "SQLITE_CORRUPT"):
        return StoreError(
            f"{path} is not a readable followup database ({error}). Restore it from a backup, "
            "or move it aside and restart: the daemon then starts afresh and reads the mailbox "
            "again (drafts already in Drafts are found there and not made twice)."
        )
    return StoreError(
        f"cannot use the state database {path}: {error}. "
        "Check that the directory is writable and the disk is not full (state_dir in the config)."
    )


# ---------------------------------------------------------------------------------------------
# Plain JSON for the frozen dataclasses: explicit, so a schema change is a visible migration.


def _iso(value: datetime | None) -> str | None:
    return _stamp(value) if value else None


def _utc(value: datetime | None) -> str | None:
    """For columns SQL sorts or compares: text order is time order only in one offset."""
    return value.astimezone(UTC).isoformat() if value else None


def to_plain(value: Any) -> Any:
    """Dataclasses, enums, dates and sets as JSON-ready values.

    Datetimes are ISO 8601 with their offset and, for a named zone, the name in brackets
    (RFC 9557): without the name a round trip turns Europe/Berlin into +01:00, and Python
    then compares an ambiguous wall time (the hour the clocks go back) unequal to itself.
    """
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: to_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, datetime):
        return _stamp(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):  # StrEnum included
        return str(value)
    if isinstance(value, frozenset | set):
        return sorted(to_plain(item) for item in value)
    if isinstance(value, tuple | list):
        return [to_plain(item) for item in value]
    return value


def _stamp(value: datetime) -> str:
    text = value.isoformat()
    key = value.tzinfo.key if isinstance(value.tzinfo, ZoneInfo) else None
    return f"{text}[{key}]" if key else text


def _instant(text: str) -> datetime:
    """The datetime `_stamp` wrote, in its named zone when this machine knows the zone."""
    base, _, zone = text.partition("[")
    moment = datetime.fromisoformat(base)
    if not zone:
        return moment
    try:
        tz = ZoneInfo(zone.removesuffix("]"))
    except (ZoneInfoNotFoundError, ValueError):
        return moment
    for fold in (0, 1):  # fold 1 is the second pass through the hour the clocks go back
        local = moment.replace(tzinfo=tz, fold=fold)
        if local.utcoffset() == moment.utcoffset():
            return local
    return moment.astimezone(tz)  # the zone's rules changed since: the instant is what counts


def _dt(value: str | None) -> datetime | None:
    return _instant(value) if value else None


def _person(value: dict[str, str] | None) -> Person | None:
    return Person(value["name"], value["email"]) if value else None


def _people(values: list[dict[str, str]]) -> tuple[Person, ...]:
    return tuple(Person(v["name"], v["email"]) for v in values)


def _defaults(cls: type) -> dict[str, Any]:
    """The plain form of a dataclass's field defaults: rows written before a field existed
    read as that default, so adding a field with a default needs no data migration."""
    return {f.name: to_plain(f.default) for f in fields(cls) if f.default is not MISSING}


def application_from_plain(data: dict[str, Any]) -> Application:
    data = {**_APPLICATION_DEFAULTS, **data}
    return Application(
        id=data["id"],
        company=data["company"],
        role=data["role"],
        state=State(data["state"]),
        created=_instant(data["created"]),
        round=data["round"],
        interview_start=_dt(data["interview_start"]),
        interview_end=_dt(data["interview_end"]),
        interviewers=_people(data["interviewers"]),
        contact=_person(data["contact"]),
        subject=data["subject"],
        thread_ids=frozenset(data["thread_ids"]),
        invite_uids=frozenset(data["invite_uids"]),
        company_domains=frozenset(data["company_domains"]),
        decision_date=date.fromisoformat(data["decision_date"]) if data["decision_date"] else None,
        decision_text=data["decision_text"],
        last_user_sent=_dt(data["last_user_sent"]),
        last_company_message=_dt(data["last_company_message"]),
        follow_ups_drafted=data["follow_ups_drafted"],
        follow_ups_sent=data["follow_ups_sent"],
        paused_until=_dt(data["paused_until"]),
        snoozed_until=_dt(data["snoozed_until"]),
        state_before_hold=State(data["state_before_hold"]) if data["state_before_hold"] else None,
        timers=tuple((Timer(name), _instant(when)) for name, when in data["timers"]),
        open_drafts=tuple((draft_id, step) for draft_id, step in data["open_drafts"]),
        silence=data["silence"],
        emitted=frozenset(data["emitted"]),
        last_draft_at=_dt(data["last_draft_at"]),
        reschedules=data["reschedules"],
        last_event=data["last_event"],
        last_event_at=_dt(data["last_event_at"]),
    )


def action_from_plain(data: dict[str, Any]) -> Action:
    data = {**_ACTION_DEFAULTS, **data}
    return Action(
        id=data["id"],
        application_id=data["application_id"],
        kind=ActionKind(data["kind"]),
        step=data["step"],
        round=data["round"],
        created=_instant(data["created"]),
        due=_dt(data["due"]),
        to=_people(data["to"]),
        notice=data["notice"],
        replaces=data["replaces"],
    )


_APPLICATION_DEFAULTS = _defaults(Application)
_ACTION_DEFAULTS = _defaults(Action)
