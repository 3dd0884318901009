"""SQLite memory: applications, messages seen, folder cursors, the outbox and the event log.

Everything one processed message changes is written in ONE transaction, so a crash at any
instant leaves neither a lost nor a duplicated draft, and no message is read twice or missed.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import date, datetime
from pathlib import Path
from typing import Any

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
)

OUTBOX_STATUSES = ("pending", "done", "failed", "cancelled")


class StoreError(RuntimeError):
    """The database cannot be opened or used; the message says what to do."""


@dataclass(frozen=True)
class Cursor:
    """How far one folder has been read: IMAP's (UIDVALIDITY, last UID)."""

    uidvalidity: int
    last_uid: int


@dataclass(frozen=True)
class OutboxEntry:
    """An action the machine decided, and how far the shell got with it."""

    action: Action
    status: str
    attempts: int
    result: str | None
    last_error: str | None


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


class Store:
    """One SQLite database; use `transaction()` for every write."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, path: Path | str) -> Store:
        """Open (and create or upgrade) the database; the file is private to the user."""
        path = Path(path).expanduser()
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            if not path.exists():
                # Created 0600 before SQLite touches it: the facts inside are about a job search.
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            db = sqlite3.connect(path, isolation_level=None, timeout=30)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
        except (OSError, sqlite3.Error) as error:
            raise StoreError(
                f"cannot open the state database {path}: {error}. "
                "Check that the directory exists and is writable (state_dir in the config)."
            ) from error
        store = cls(db, path)
        store._migrate()
        return store

    def close(self) -> None:
        self._db.close()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        version = self.schema_version
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path} was written by a newer interview-followup (schema {version}); "
                "upgrade the program, or point state_dir elsewhere."
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction() as db:
                for statement in script.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version={number}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: BEGIN IMMEDIATE, COMMIT on success, ROLLBACK on any exception."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # -- writes (call inside transaction()) ---------------------------------------------------

    def save_application(self, app: Application, next_due: datetime | None) -> None:
        self._db.execute(
            "INSERT INTO applications (id, state, company, role, next_due, updated, data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state, "
            "company = excluded.company, role = excluded.role, next_due = excluded.next_due, "
            "updated = excluded.updated, data = excluded.data",
            (
                app.id,
                app.state.value,
                app.company,
                app.role,
                _iso(next_due),
                _iso(app.last_event_at or app.created),
                json.dumps(to_plain(app), sort_keys=True),
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
    ) -> list[Action]:
        """Save one machine step: the application, its new actions and why, in the caller's
        transaction. Returns the actions that were not already queued."""
        app = transition.application
        if transition.changed or before is None:
            self.save_application(app, next_due)
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
            )
        return added

    def add_actions(self, actions: tuple[Action, ...] | list[Action]) -> list[Action]:
        """Queue actions; one already queued (same id) is ignored. Returns those newly queued."""
        added = []
        for action in actions:
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO outbox (action_id, application_id, kind, step, created, "
                "due, data) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    action.id,
                    action.application_id,
                    action.kind.value,
                    action.step,
                    _iso(action.created),
                    _iso(action.due),
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
    ) -> None:
        """Append to the event log; it is never updated or deleted."""
        self._db.execute(
            "INSERT INTO events (at, application_id, kind, message_id, state_before, state_after, "
            "reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                _iso(at),
                application_id,
                kind,
                message_id,
                state_before.value if state_before else None,
                state_after.value if state_after else None,
                reason,
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
    ) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO messages (account, folder, uid, message_id, category, "
            "application_id, unreadable, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (account, folder, uid, message_id, category, application_id, unreadable, _iso(at)),
        )

    def set_cursor(self, account: str, folder: str, cursor: Cursor) -> None:
        self._db.execute(
            "INSERT INTO cursors (account, folder, uidvalidity, last_uid) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (account, folder) DO UPDATE SET uidvalidity = excluded.uidvalidity, "
            "last_uid = excluded.last_uid",
            (account, folder, cursor.uidvalidity, cursor.last_uid),
        )

    def finish_action(self, action_id: str, status: str, at: datetime, result: str = "") -> None:
        """Record what became of an action (done, failed or cancelled)."""
        if status not in OUTBOX_STATUSES:
            raise ValueError(f"unknown outbox status {status!r}")
        self._db.execute(
            "UPDATE outbox SET status = ?, done_at = ?, result = ?, "
            "attempts = attempts + (? = 'failed'), last_error = CASE WHEN ? = 'failed' "
            "THEN ? ELSE last_error END WHERE action_id = ?",
            (status, _iso(at), result, status, status, result, action_id),
        )

    # -- reads --------------------------------------------------------------------------------

    def application(self, application_id: str) -> Application | None:
        row = self._db.execute(
            "SELECT data FROM applications WHERE id = ?", (application_id,)
        ).fetchone()
        return application_from_plain(json.loads(row[0])) if row else None

    def applications(self) -> list[Application]:
        rows = self._db.execute("SELECT data FROM applications ORDER BY updated DESC, id")
        return [application_from_plain(json.loads(data)) for (data,) in rows]

    def cursor(self, account: str, folder: str) -> Cursor | None:
        row = self._db.execute(
            "SELECT uidvalidity, last_uid FROM cursors WHERE account = ? AND folder = ?",
            (account, folder),
        ).fetchone()
        return Cursor(row[0], row[1]) if row else None

    def seen_message_ids(self, account: str) -> set[str]:
        rows = self._db.execute("SELECT message_id FROM messages WHERE account = ?", (account,))
        return {message_id for (message_id,) in rows}

    def outbox(self, status: str | None = None) -> list[OutboxEntry]:
        query = "SELECT data, status, attempts, result, last_error FROM outbox"
        parameters: tuple[str, ...] = ()
        if status:
            query += " WHERE status = ?"
            parameters = (status,)
        rows = self._db.execute(query + " ORDER BY created, action_id", parameters)
        return [
            OutboxEntry(action_from_plain(json.loads(data)), state, attempts, result, error)
            for data, state, attempts, result, error in rows
        ]

    def events(self, application_id: str | None = None) -> list[LoggedEvent]:
        query = "SELECT seq, at, application_id, kind, message_id, state_before, state_after, "
        query += "reason FROM events"
        parameters: tuple[str, ...] = ()
        if application_id:
            query += " WHERE application_id = ?"
            parameters = (application_id,)
        rows = self._db.execute(query + " ORDER BY seq", parameters)
        return [
            LoggedEvent(seq, datetime.fromisoformat(at), app, kind, message, before, after, why)
            for seq, at, app, kind, message, before, after, why in rows
        ]

    def unreadable_messages(self) -> list[tuple[str, str, int, str]]:
        """(folder, message_id, uid, reason) of every message that could not be read."""
        rows = self._db.execute(
            "SELECT folder, message_id, uid, unreadable FROM messages "
            "WHERE unreadable IS NOT NULL ORDER BY seen_at"
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]

    def integrity(self) -> str:
        return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])


# ---------------------------------------------------------------------------------------------
# Plain JSON for the frozen dataclasses: explicit, so a schema change is a visible migration.


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def to_plain(value: Any) -> Any:
    """Dataclasses, enums, dates and sets as JSON-ready values."""
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: to_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, str):  # StrEnum included
        return str(value)
    if isinstance(value, frozenset | set):
        return sorted(to_plain(item) for item in value)
    if isinstance(value, tuple | list):
        return [to_plain(item) for item in value]
    return value


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _person(value: dict[str, str] | None) -> Person | None:
    return Person(value["name"], value["email"]) if value else None


def _people(values: list[dict[str, str]]) -> tuple[Person, ...]:
    return tuple(Person(v["name"], v["email"]) for v in values)


def application_from_plain(data: dict[str, Any]) -> Application:
    return Application(
        id=data["id"],
        company=data["company"],
        role=data["role"],
        state=State(data["state"]),
        created=datetime.fromisoformat(data["created"]),
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
        timers=tuple((Timer(name), datetime.fromisoformat(when)) for name, when in data["timers"]),
        open_drafts=tuple((draft_id, step) for draft_id, step in data["open_drafts"]),
        silence=data["silence"],
        emitted=frozenset(data.get("emitted", ())),
        last_event=data["last_event"],
        last_event_at=_dt(data["last_event_at"]),
    )


def action_from_plain(data: dict[str, Any]) -> Action:
    return Action(
        id=data["id"],
        application_id=data["application_id"],
        kind=ActionKind(data["kind"]),
        step=data["step"],
        round=data["round"],
        created=datetime.fromisoformat(data["created"]),
        due=_dt(data["due"]),
        to=_people(data["to"]),
        notice=data["notice"],
        replaces=data["replaces"],
    )
