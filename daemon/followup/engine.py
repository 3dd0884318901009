"""One message in, one transaction out: parse, classify, match, advance, remember.

Shared by every mailbox backend: it knows nothing of IMAP or Maildir, only (folder, UID, bytes).
Each message is handled inside its own try/except, so one bad message never stops the rest.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from followup.classify import RuleSet, Verdict, classify
from followup.extract import extract
from followup.machine import advance, new_application, next_due, run_until
from followup.mail import parse
from followup.match import match, shared_domains
from followup.model import ENGINE_SIGNALS, Action, Application, Category, Signal, Transition
from followup.policy import Policy
from followup.store import Cursor, Store

log = logging.getLogger(__name__)

# Interview news starts tracking an application; anything else must belong to one already.
STARTS_TRACKING: frozenset[Category] = frozenset(
    {
        Category.INTERVIEW_INVITE,
        Category.INTERVIEW_CONFIRMATION,
        Category.INTERVIEW_RESCHEDULE,
        Category.NEXT_ROUND,
    }
)


@dataclass(frozen=True)
class Settings:
    """What the engine needs to read mail the user's way."""

    account: str
    rules: RuleSet
    policy: Policy
    me: frozenset[str]  # the mailbox owner's addresses
    shared: frozenset[str] = field(default=frozenset())  # ATS / free-mail domains

    @classmethod
    def build(cls, account: str, rules: RuleSet, policy: Policy, me: Iterable[str]) -> Settings:
        return cls(account, rules, policy, frozenset(a.lower() for a in me), shared_domains(rules))


@dataclass(frozen=True)
class Outcome:
    """What became of one message, for logs and `explain`-style reports."""

    message_id: str
    category: str
    application_id: str | None = None
    reason: str = ""
    unreadable: str | None = None
    duplicate: bool = False


def process_message(
    store: Store,
    settings: Settings,
    *,
    folder: str,
    uidvalidity: int,
    uid: int,
    raw: bytes,
    now: datetime,
) -> Outcome:
    """Read one message and record everything it changes in ONE transaction with the cursor."""
    mail = parse(raw)
    if mail.unreadable:
        with store.transaction():
            _remember(
                store,
                settings,
                folder,
                uidvalidity,
                uid,
                mail.message_id,
                now,
                unreadable=mail.unreadable,
            )
            store.log(
                now,
                "unreadable",
                f"{folder} UID {uid}: {mail.unreadable}",
                message_id=mail.message_id,
            )
        return Outcome(mail.message_id, "unreadable", unreadable=mail.unreadable)

    if mail.message_id in store.seen_message_ids(settings.account):
        # The same message in another folder, or again after a UIDVALIDITY change.
        with store.transaction():
            _remember(store, settings, folder, uidvalidity, uid, mail.message_id, now)
        return Outcome(mail.message_id, "seen", duplicate=True, reason="already read")

    applications = store.applications()
    tracked = frozenset(i for app in applications for i in app.thread_ids)
    employers = frozenset(d for app in applications for d in app.company_domains) - settings.shared
    verdict = classify(mail, settings.rules, settings.me, tracked, employers)
    if verdict.category not in ENGINE_SIGNALS:
        with store.transaction():
            _remember(
                store,
                settings,
                folder,
                uidvalidity,
                uid,
                mail.message_id,
                now,
                category=verdict.category.value,
            )
        return Outcome(mail.message_id, verdict.category.value, reason=_why(verdict))

    signal = extract(
        mail,
        verdict,
        rules=settings.rules,
        me=settings.me,
        received=now,
        zone=settings.policy.calendar.zone,
    )
    found = match(signal, applications, settings.shared)
    app = next((a for a in applications if a.id == found.application_id), None)
    if app is None and signal.kind not in STARTS_TRACKING:
        with store.transaction():
            _remember(
                store,
                settings,
                folder,
                uidvalidity,
                uid,
                mail.message_id,
                now,
                category=verdict.category.value,
            )
        return Outcome(mail.message_id, verdict.category.value, reason=found.reason)

    with store.transaction():
        created = app is None
        if app is None:
            app = new_application(
                _new_id(signal), signal.at, signal.company or "", signal.role or ""
            )
        app, _ = _catch_up(store, app, min(signal.at, now), settings.policy, created)
        transition = advance(app, signal, now, settings.policy)
        _record(
            store, None if created else app, transition, now, signal.kind.value, signal.message_id
        )
        _remember(
            store,
            settings,
            folder,
            uidvalidity,
            uid,
            mail.message_id,
            now,
            category=verdict.category.value,
            application_id=app.id,
        )
    log.info(
        "%s: %s → %s (%s)",
        app.id,
        signal.kind.value,
        transition.application.state.value,
        transition.reason,
    )
    return Outcome(mail.message_id, verdict.category.value, app.id, found.reason)


def tick(store: Store, policy: Policy, now: datetime) -> int:
    """Fire every timer due by `now`, one transaction per application; returns actions made."""
    made = 0
    for app in store.applications():
        due = next_due(app)
        if due is None or due[1] > now:
            continue
        with store.transaction():
            _, actions = _catch_up(store, app, now, policy, created=False)
        made += actions
    return made


def _catch_up(
    store: Store, app: Application, until: datetime, policy: Policy, created: bool
) -> tuple[Application, int]:
    """Replay the timers due by `until`, in order, each recorded as its own log line."""
    before: Application | None = None if created else app
    queued = 0
    for instant, transition in run_until(app, until, policy):
        queued += len(_record(store, before, transition, instant, "tick", None))
        app = before = transition.application
    return app, queued


def _record(
    store: Store,
    before: Application | None,
    transition: Transition,
    at: datetime,
    event: str,
    message_id: str | None,
) -> list[Action]:
    due = next_due(transition.application)
    return store.record(
        before,
        transition,
        at=at,
        event=event,
        next_due=due[1] if due else None,
        message_id=message_id,
    )


def _remember(
    store: Store,
    settings: Settings,
    folder: str,
    uidvalidity: int,
    uid: int,
    message_id: str,
    now: datetime,
    **facts: str | None,
) -> None:
    """Mark the message seen and move the folder's cursor past it (never backwards)."""
    store.mark_seen(
        settings.account, folder, uid, message_id, now, uidvalidity=uidvalidity, **facts
    )
    cursor = store.cursor(settings.account, folder)
    if cursor is None or cursor.uidvalidity != uidvalidity or cursor.last_uid < uid:
        store.set_cursor(settings.account, folder, Cursor(uidvalidity, uid))


def _new_id(signal: Signal) -> str:
    """Readable and stable: `acme-robotics-3f2a9c1b` from the company and the first message."""
    name = signal.company or (signal.sender.email.rpartition("@")[2] if signal.sender else "")
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:32] or "application"
    return f"{slug}-{hashlib.sha256(signal.message_id.encode()).hexdigest()[:8]}"


def _why(verdict: Verdict) -> str:
    return "; ".join(verdict.reasons[:3])
