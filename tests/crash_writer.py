"""Crash-test writer: records messages 1..N, one store transaction each, resuming from the cursor.

`python tests/crash_writer.py DB N` is SIGKILLed at random moments by test_store_crash.py;
`Expected().advance_to(n)` computes in memory what the database must hold after n messages.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from followup.machine import advance, new_application, next_due
from followup.model import Action, Application, Category, Person, Signal, Transition
from followup.policy import Policy
from followup.store import Cursor, Store

ACCOUNT = "crash@example.org"
FOLDER = "INBOX"
UIDVALIDITY = 42
APPLICATIONS = 3  # messages take turns between these, so each one changes a stored application
BASE = datetime(2026, 3, 2, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
POLICY = Policy()
RITA = Person("Rita Recruiter", "rita@acme.example")


def application_id(uid: int) -> str:
    return f"app{uid % APPLICATIONS}"


def message_id(uid: int) -> str:
    return f"<m{uid}@crash.example>"


def signal(uid: int) -> Signal:
    """A company request: its notice's action id is derived from the message, so from `uid`.

    The first reference request of each application also queues its one references draft.
    """
    kind = Category.INFO_REQUEST if uid % 2 else Category.REFERENCE_REQUEST
    return Signal(
        kind=kind,
        message_id=message_id(uid),
        at=BASE + timedelta(minutes=uid),
        subject="Your application",
        sender=RITA,
        company="Acme",
        role="Data Engineer",
        contact=RITA,
        thread_ids=(message_id(uid),),
    )


def step(app: Application, uid: int) -> Transition:
    event = signal(uid)
    return advance(app, event, event.at, POLICY)


def fresh(uid: int) -> Application:
    return new_application(application_id(uid), BASE)


def process(store: Store, uid: int) -> None:
    """Everything message `uid` changes, in ONE transaction, as the daemon does it."""
    event = signal(uid)
    with store.transaction():
        before = store.application(application_id(uid))
        transition = step(before or fresh(uid), uid)
        assert transition.actions, "every crash-test message must queue an action"
        store.mark_seen(
            ACCOUNT,
            FOLDER,
            uid,
            event.message_id,
            event.at,
            category=event.kind.value,
            application_id=application_id(uid),
            uidvalidity=UIDVALIDITY,
        )
        due = next_due(transition.application)
        store.record(
            before,
            transition,
            at=event.at,
            event=event.kind.value,
            next_due=due[1] if due else None,
            message_id=event.message_id,
        )
        store.set_cursor(ACCOUNT, FOLDER, Cursor(UIDVALIDITY, uid))


@dataclass
class Expected:
    """What the database must hold once messages 1..last_uid are recorded (pure replay)."""

    last_uid: int = 0
    applications: dict[str, Application] = field(default_factory=dict)
    actions: dict[str, Action] = field(default_factory=dict)  # first queued wins, as in the store

    def advance_to(self, last_uid: int) -> Expected:
        """Replay further; the crash test checks after every kill, so never from scratch."""
        if last_uid < self.last_uid:
            raise ValueError(f"the cursor went back from {self.last_uid} to {last_uid}")
        for uid in range(self.last_uid + 1, last_uid + 1):
            app = self.applications.get(application_id(uid)) or fresh(uid)
            transition = step(app, uid)
            self.applications[app.id] = transition.application
            for action in transition.actions:
                self.actions.setdefault(action.id, action)
        self.last_uid = last_uid
        return self


def main(argv: list[str]) -> int:
    database, last = Path(argv[1]), int(argv[2])
    # Imports are done: from here on a kill can land in open, a migration or any transaction.
    print("ready", flush=True)
    with Store.open(database) as store:
        cursor = store.cursor(ACCOUNT, FOLDER)
        for uid in range((cursor.last_uid if cursor else 0) + 1, last + 1):
            process(store, uid)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
