"""One message in, one transaction out: parse, classify, match, advance, remember.

Shared by every mailbox backend: it knows nothing of IMAP or Maildir, only (folder, UID, bytes).
Each message is handled on its own, so one bad message never stops the rest.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial

from followup.classify import RuleSet, Verdict, classify
from followup.extract import extract
from followup.machine import (
    DRAFT_KINDS,
    action_id,
    advance,
    new_application,
    next_due,
    run_until,
    track_thread,
)
from followup.mail import parse
from followup.match import match, shared_domains
from followup.model import (
    ENGINE_SIGNALS,
    TERMINAL_STATES,
    Action,
    ActionKind,
    Application,
    Category,
    Command,
    Mail,
    Signal,
    State,
    Transition,
)
from followup.policy import Policy
from followup.store import Cursor, Store, StoreError

log = logging.getLogger(__name__)

# What the store records for a message triage judged by its headers alone.
NOT_FETCHED = "not_fetched"
# The daemon's notices to the user carry this header; reading them back would be reading
# the user's own mail about nothing.
OWN_NOTICE_HEADER = "X-Followup-Notice"
OWN_NOTICE = "own_notice"
# Sightings that change no application recorded per transaction: few fsyncs, yet a crash
# redoes little.
SKIPPED_PER_TRANSACTION = 500

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


@dataclass(frozen=True)
class Slot:
    """Where a message lies (folder, UIDVALIDITY, UID) and how far the folder's cursor may
    move once it is recorded: None while an earlier UID of the batch is still unread."""

    folder: str
    uidvalidity: int
    uid: int
    cursor_to: int | None
    headers_only: bool = False  # triage left the body unread: remember, do not classify


@dataclass(frozen=True)
class Incoming:
    """A raw message fetched from a folder, not read yet (`headers_only` when triage found
    its headers enough to know it is not about a job search: `raw` is then the header)."""

    folder: str
    uidvalidity: int
    uid: int
    raw: bytes
    headers_only: bool = False
    parsed: Mail | None = None  # `raw` already parsed (triage read the headers), else None
    # The Date its header fetch read: the backlog is put in order by it, and `raw` (the
    # whole message) is parsed only when its turn comes, so a big catch-up never holds
    # every message read whole at once.
    date: datetime | None = None


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
    return process_mail(store, settings, parse(raw), Slot(folder, uidvalidity, uid, uid), now)


def process_backlog(
    store: Store,
    settings: Settings,
    messages: Iterable[Incoming],
    now: datetime,
    progress: Callable[[int, int], None] | None = None,
    stopping: Callable[[], bool] | None = None,
    *,
    move_cursors: bool = True,
) -> list[Outcome]:
    """Mail that arrived while the daemon was away, read in the order it was written.

    INBOX and Sent interleave as they happened, with the clock replayed in between, so the
    user's own replies count for what they answered. A folder's cursor only moves past UIDs
    whose every predecessor in the batch is recorded: a crash mid-way loses nothing (what was
    read beyond the cursor is recognised by Message-ID when it is fetched again). So does a
    stop: when `stopping()` turns true the replay ends after the message in hand.

    `move_cursors=False` for messages picked out of a batch already replayed: only the
    batch's own order knows how far a cursor may move (after a stop, lower UIDs may still
    be unread).
    """
    items = [
        item if item.parsed is not None or item.date is not None else _parsed(item)
        for item in messages
    ]
    items.sort(key=lambda item: (_written_at(_date_of(item), now), item.folder, item.uid))
    slots = _crash_safe_slots(items)
    if not move_cursors:  # a second look at part of a batch: its cursors are the batch's
        slots = [replace(slot, cursor_to=None) for slot in slots]
    # Parsed when the replay reaches it, and not kept after.
    ordered = [(partial(_mail_of, item), slot) for item, slot in zip(items, slots, strict=True)]
    return _replay(store, settings, ordered, now, progress, stopping)


def _parsed(item: Incoming) -> Incoming:
    return replace(item, parsed=parse(item.raw))


def _date_of(item: Incoming) -> datetime | None:
    return item.parsed.date if item.parsed is not None else item.date


def _mail_of(item: Incoming) -> Mail:
    return item.parsed or parse(item.raw)


def process_saved(
    store: Store,
    settings: Settings,
    messages: Iterable[tuple[str, bytes]],
    now: datetime,
    progress: Callable[[int, int], None] | None = None,
) -> list[Outcome]:
    """Saved mail (.eml files, a Maildir) read in the order it was written, the clock
    replayed in between, then brought up to `now`.

    Files have no UIDs to resume from, so no cursor moves: reading the same files again finds
    every message by its Message-ID and changes nothing.
    """
    mails = sorted((parse(raw) for _, raw in messages), key=lambda mail: _written(mail, now))
    ordered = [
        (_given(mail), Slot("saved", 0, number, None)) for number, mail in enumerate(mails, 1)
    ]
    return _replay(store, settings, ordered, now, progress)


def _crash_safe_slots(items: list[Incoming]) -> list[Slot]:
    """For messages read in this order, how far each may move its folder's cursor: up to the
    highest UID below which every message of the batch has been read."""
    waiting = {
        folder: deque(sorted(i.uid for i in items if i.folder == folder))
        for folder in {item.folder for item in items}
    }
    read: dict[str, set[int]] = {folder: set() for folder in waiting}
    slots = []
    for item in items:
        read[item.folder].add(item.uid)
        uids = waiting[item.folder]
        safe: int | None = None
        while uids and uids[0] in read[item.folder]:
            safe = uids.popleft()
        slots.append(Slot(item.folder, item.uidvalidity, item.uid, safe, item.headers_only))
    return slots


def _replay(
    store: Store,
    settings: Settings,
    ordered: Sequence[tuple[Callable[[], Mail], Slot]],
    now: datetime,
    progress: Callable[[int, int], None] | None = None,
    stopping: Callable[[], bool] | None = None,
) -> list[Outcome]:
    """Each message at the time it was written, the clock ticking up to it first."""
    outcomes: list[Outcome] = []
    pending = _Pending(store, settings)
    for number, (read, slot) in enumerate(ordered, start=1):
        if stopping is not None and stopping():
            pending.flush()
            return outcomes  # the rest is read again at the next start (cursors say where)
        mail = read()
        written = _written(mail, now)
        if slot.headers_only:
            # Mail triage left unread changes no application: recorded with others.
            seen = mail.message_id in pending.ids or store.is_seen(
                settings.account, mail.message_id
            )
            pending.add(slot, mail.message_id, now, category=None if seen else NOT_FETCHED)
            outcomes.append(
                Outcome(mail.message_id, "seen" if seen else NOT_FETCHED, duplicate=seen)
            )
        else:
            tick(store, settings.policy, written)
            outcomes.append(process_mail(store, settings, mail, slot, written, pending))
        if progress:
            progress(number, len(ordered))
    pending.flush()
    tick(store, settings.policy, now)
    return outcomes


class _Pending:
    """Sightings of messages that change no application (list mail triage left unread, and
    mail read whole that turned out unrelated), written together in one transaction with
    their cursors: one fsync per few hundred messages instead of one each.

    Written in the order they were made, before anything that changes an application and
    before a message with the same Message-ID is judged, so every reader of the store sees
    what it would have seen had each been written at once; a crash loses only sightings
    whose cursor did not move either (they are read again)."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self.entries: list[tuple[Slot, str, datetime, dict[str, str | None]]] = []
        self.ids: set[str] = set()

    def add(self, slot: Slot, message_id: str, now: datetime, **facts: str | None) -> None:
        self.entries.append((slot, message_id, now, facts))
        self.ids.add(message_id)
        if len(self.entries) >= SKIPPED_PER_TRANSACTION:
            self.flush()

    def flush(self) -> None:
        if not self.entries:
            return
        # Per folder, the sighting that moves its cursor furthest.
        furthest: dict[tuple[str, int], Slot] = {}
        with self.store.transaction():
            for slot, message_id, now, facts in self.entries:
                _mark_seen(self.store, self.settings.account, (slot, message_id, now, facts))
                place = (slot.folder, slot.uidvalidity)
                if slot.cursor_to is not None:
                    known = furthest.get(place)
                    if known is None or (known.cursor_to or 0) <= slot.cursor_to:
                        furthest[place] = slot
            # One cursor move per folder, to where the last sighting allows: the same end
            # as a move after each, in two statements instead of two per sighting.
            for slot in furthest.values():
                _move_cursor(self.store, self.settings, slot)
        self.entries.clear()
        self.ids.clear()


def _written(mail: Mail, now: datetime) -> datetime:
    return _written_at(mail.date, now)


def _written_at(date: datetime | None, now: datetime) -> datetime:
    return date if date and date <= now else now


def _given(mail: Mail) -> Callable[[], Mail]:
    return lambda: mail


def process_mail(
    store: Store,
    settings: Settings,
    mail: Mail,
    slot: Slot,
    now: datetime,
    pending: _Pending | None = None,
) -> Outcome:
    """Classify, match and advance one parsed message; one transaction records it all.

    A fault in reading one message (a bug, a pathological input) marks that message
    unreadable with the reason and moves on: one bad message never stops the rest. Store
    errors still propagate: the shell must see a broken database.
    """
    try:
        return _process_mail(store, settings, mail, slot, now, pending)
    except StoreError:
        raise
    except Exception as error:  # noqa: BLE001 - reported per message, as the invariant says
        if mail.unreadable:  # recording it as unreadable failed too: nothing sane is left
            raise
        log.exception("could not read %s (%s UID %s)", mail.message_id, slot.folder, slot.uid)
        reason = " ".join(f"internal error: {type(error).__name__}: {error}".split())[:300]
        return process_mail(store, settings, replace(mail, unreadable=reason), slot, now, pending)


def _process_mail(
    store: Store,
    settings: Settings,
    mail: Mail,
    slot: Slot,
    now: datetime,
    pending: _Pending | None,
) -> Outcome:
    if pending is not None and (mail.unreadable or mail.message_id in pending.ids):
        pending.flush()  # what follows reads or writes the store as if they were written
    if mail.unreadable:
        with store.transaction():
            _remember(store, settings, slot, mail.message_id, now, unreadable=mail.unreadable)
            store.log(
                now,
                "unreadable",
                f"{slot.folder} UID {slot.uid}: {mail.unreadable}",
                message_id=mail.message_id,
            )
        return Outcome(mail.message_id, "unreadable", unreadable=mail.unreadable)

    if not store.only_skipped(settings.account, mail.message_id):
        # The same message in another folder, or again after a UIDVALIDITY change. (List
        # mail once judged by its headers alone is read when it comes with its body.)
        _only_remember(store, settings, slot, mail.message_id, now, pending)
        return Outcome(mail.message_id, "seen", duplicate=True, reason="already read")

    if mail.header(OWN_NOTICE_HEADER):
        _only_remember(store, settings, slot, mail.message_id, now, pending, category=OWN_NOTICE)
        return Outcome(mail.message_id, OWN_NOTICE, reason="a notice of this program's own")

    applications = store.applications()
    tracked, employers = known_threads_and_employers(applications, settings)
    verdict = classify(mail, settings.rules, settings.me, tracked, employers)
    category = verdict.category.value
    if verdict.category not in ENGINE_SIGNALS:
        _only_remember(store, settings, slot, mail.message_id, now, pending, category=category)
        return Outcome(mail.message_id, category, reason=_why(verdict))

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
        _only_remember(store, settings, slot, mail.message_id, now, pending, category=category)
        return Outcome(mail.message_id, category, reason=found.reason)

    if pending is not None:
        pending.flush()
    with store.transaction():
        created = app is None
        if app is None:
            app = new_application(
                _new_id(signal), signal.at, signal.company or "", signal.role or ""
            )
        else:
            # Read again under the write lock: a `followup stop` or `snooze` committed since
            # the list above was read must hold (the user's word wins).
            app = store.application(app.id) or app
        app, _ = _catch_up(store, app, min(signal.at, now), settings.policy, created)
        transition = advance(app, signal, now, settings.policy)
        _record(
            store,
            None if created else app,
            transition,
            min(signal.at, now),
            signal.kind.value,
            signal.message_id,
            settings.account,
            signal,
        )  # the log reads in the order of the mail
        _remember(
            store, settings, slot, mail.message_id, now, category=category, application_id=app.id
        )
    log.info(
        "%s: %s → %s (%s)",
        app.id,
        signal.kind.value,
        transition.application.state.value,
        transition.reason,
    )
    return Outcome(mail.message_id, category, app.id, found.reason)


def known_threads_and_employers(
    applications: Iterable[Application], settings: Settings
) -> tuple[frozenset[str], frozenset[str]]:
    """The Message-IDs of tracked threads, and the domains of employers being tracked (not
    the shared ATS and free-mail domains, which say nothing about who the employer is)."""
    applications = list(applications)
    threads = frozenset(i for app in applications for i in app.thread_ids)
    domains = frozenset(d for app in applications for d in app.company_domains)
    return threads, domains - settings.shared


def tick(store: Store, policy: Policy, now: datetime) -> int:
    """Fire every timer due by `now`, one transaction per application; returns actions made.

    A fault in one application's timers (a bug) is logged and leaves that application as it
    was; the others, and the mail after them, go on."""
    made = 0
    for listed in store.due_applications(now):
        try:
            with store.transaction():
                # Read again under the write lock, so a user's command committed meanwhile
                # holds (a stopped application has no timers left to fire).
                app = store.application(listed.id) or listed
                _, actions = _catch_up(store, app, now, policy, created=False)
        except StoreError:
            raise
        except Exception:  # noqa: BLE001 - one application's fault must not stop the rest
            log.exception("%s: its timers could not be run; it is left as it was", listed.id)
            continue
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
    account: str | None = None,
    about: Signal | None = None,
) -> list[Action]:
    """`about`: the message's signal, whose sender and subject `followup show` tells."""
    due = next_due(transition.application)
    sender = about.sender if about else None
    queued = store.record(
        before,
        transition,
        at=at,
        event=event,
        next_due=due[1] if due else None,
        message_id=message_id,
        account=account,
        sender=(sender.name or sender.email) if sender else None,
        subject=about.subject if about and about.subject else None,
    )
    _cancel_unwritten(store, queued, at)
    return queued


def _cancel_unwritten(store: Store, queued: list[Action], at: datetime) -> None:
    """A removal whose draft is still only in the outbox cancels both: the shell never writes
    a draft just to delete it."""
    removals = [a for a in queued if a.kind == ActionKind.REMOVE_STALE_DRAFT]
    if not removals:
        return
    # A failed draft is unwritten too: retried later, it would bring back a stale draft.
    pending = {entry.action.id for entry in store.outbox("pending") + store.outbox("failed")}
    for action in removals:
        if action.replaces in pending:
            store.finish_action(
                action.replaces, "cancelled", at, "superseded before it was written"
            )
            store.finish_action(action.id, "cancelled", at, "the draft was never written")


def _remember(
    store: Store,
    settings: Settings,
    slot: Slot,
    message_id: str,
    now: datetime,
    **facts: str | None,
) -> None:
    """Mark the message seen and move the folder's cursor as far as is safe (never backwards)."""
    _mark_seen(store, settings.account, (slot, message_id, now, facts))
    _move_cursor(store, settings, slot)


def _mark_seen(
    store: Store, account: str, sighting: tuple[Slot, str, datetime, dict[str, str | None]]
) -> None:
    slot, message_id, now, facts = sighting
    store.mark_seen(
        account, slot.folder, slot.uid, message_id, now, uidvalidity=slot.uidvalidity, **facts
    )


def _move_cursor(store: Store, settings: Settings, slot: Slot) -> None:
    """The folder's cursor up to `slot.cursor_to`, never backwards."""
    target = slot.cursor_to
    if target is None:
        return
    cursor = store.cursor(settings.account, slot.folder)
    if cursor is None or cursor.uidvalidity != slot.uidvalidity or cursor.last_uid < target:
        store.set_cursor(settings.account, slot.folder, Cursor(slot.uidvalidity, target))


def _only_remember(
    store: Store,
    settings: Settings,
    slot: Slot,
    message_id: str,
    now: datetime,
    pending: _Pending | None = None,
    **facts: str | None,
) -> None:
    """A message that changes no application: seen, and the cursor moved, in one transaction
    (its own, or with others in `pending`)."""
    if pending is not None:
        pending.add(slot, message_id, now, **facts)
        return
    with store.transaction():
        _remember(store, settings, slot, message_id, now, **facts)


def _new_id(signal: Signal) -> str:
    """Readable and stable: `acme-robotics-3f2a9c1b` from the company and the first message."""
    name = signal.company or (signal.sender.email.rpartition("@")[2] if signal.sender else "")
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:32] or "application"
    return f"{slug}-{hashlib.sha256(signal.message_id.encode()).hexdigest()[:8]}"


def _why(verdict: Verdict) -> str:
    return "; ".join(verdict.reasons[:3])


# ---------------------------------------------------------------------------------------------
# The user's commands (`followup stop`, `snooze`, `resume`), applied from outside the daemon.


@dataclass(frozen=True)
class CommandOutcome:
    """What one user command changed: the application before and after, the machine's reason,
    and the unwritten drafts it made moot (cancelled in the same transaction)."""

    before: Application
    after: Application
    reason: str
    changed: bool
    cancelled: tuple[Action, ...] = ()
    queued: tuple[Action, ...] = ()


def apply_command(
    store: Store, application_id: str, command: Command, now: datetime, policy: Policy
) -> CommandOutcome:
    """Apply a user command to one application in ONE transaction: state, event log, and the
    cancelling of drafts not yet written that a closed application no longer wants.

    The application is read under the write lock, so a daemon cycle running at the same time
    either finished before (and the command sees its result) or starts after (and sees the
    command). Drafts already in the Drafts folder are the user's: they are left alone.
    Raises KeyError when the store has no such application.
    """
    with store.transaction():
        app = store.application(application_id)
        if app is None:
            raise KeyError(application_id)
        transition = advance(app, command, now, policy)
        if not transition.changed:
            return CommandOutcome(app, app, transition.reason, False)
        after = transition.application
        cancelled: list[Action] = []
        if after.state in TERMINAL_STATES:
            cancelled = _cancel_moot_drafts(store, application_id, now, command.name)
            gone = {action.id for action in cancelled}
            after = replace(
                after, open_drafts=tuple(d for d in after.open_drafts if d[0] not in gone)
            )
            transition = replace(transition, application=after)
        elif app.state == State.STOPPED:
            transition = _bring_back_stopped_drafts(store, transition, now)
            after = transition.application
        queued = _record(store, app, transition, now, command.name, None)
    log.info("%s: %s → %s (%s)", app.id, command.name, after.state.value, transition.reason)
    return CommandOutcome(app, after, transition.reason, True, tuple(cancelled), tuple(queued))


def _cancel_moot_drafts(
    store: Store, application_id: str, now: datetime, command: str
) -> list[Action]:
    """Drafts of this application still only in the outbox (pending, or failed and waiting
    for a retry): the shell must not write them after the user closed the application."""
    moot = [
        entry.action
        for status in ("pending", "failed")
        for entry in store.outbox(status)
        if entry.action.application_id == application_id and entry.action.kind in DRAFT_KINDS
    ]
    for action in moot:
        store.finish_action(action.id, "cancelled", now, f"{STOPPED_BEFORE_WRITTEN} {command}")
    return moot


# The outbox result of a draft a stop cancelled: a resume decides it again.
STOPPED_BEFORE_WRITTEN = "not written: you said"
RESUMED = "@resumed-"


def _bring_back_stopped_drafts(store: Store, transition: Transition, now: datetime) -> Transition:
    """Drafts a stop cancelled before they were written are decided again on resume (as new
    actions: an outbox row, once cancelled, stays so), each at most once per stop."""
    app = transition.application
    entries = [e for e in store.outbox() if e.action.application_id == app.id]
    ids = [e.action.id for e in entries]
    again = []
    stamp = hashlib.sha256(now.isoformat().encode()).hexdigest()[:6]
    for entry in entries:
        action = entry.action
        if (
            entry.status != "cancelled"
            or action.kind not in DRAFT_KINDS
            or not (entry.result or "").startswith(STOPPED_BEFORE_WRITTEN)
            or any(other.startswith(action.id + RESUMED) for other in ids)
        ):
            continue
        step = f"{action.step}{RESUMED}{stamp}"
        again.append(
            replace(
                action,
                id=action_id(app.id, step, action.round),
                step=step,
                created=now,
                due=action.due,  # a thank-you resumed weeks later is too late, and said so
            )
        )
    if not again:
        return transition
    app = replace(
        app,
        open_drafts=(*app.open_drafts, *((a.id, a.step) for a in again)),
        emitted=app.emitted | {a.id for a in again},
        last_draft_at=now,
    )
    reason = f"{transition.reason}; {len(again)} draft(s) the stop held back decided again"
    return replace(
        transition, application=app, actions=(*transition.actions, *again), reason=reason
    )


# ---------------------------------------------------------------------------------------------
# Commands about one message (`followup track -`, Followup/Track, $FollowupStop, ...).


def application_of_message(
    store: Store, settings: Settings, mail: Mail
) -> tuple[Signal, Application | None, str]:
    """The application `mail` belongs to, matched exactly as the daemon would, with the
    signal read from it and the reason of the match (None: no application knows it)."""
    applications = store.applications()
    tracked, employers = known_threads_and_employers(applications, settings)
    verdict = classify(mail, settings.rules, settings.me, tracked, employers)
    signal = extract(
        mail, verdict, rules=settings.rules, me=settings.me, zone=settings.policy.calendar.zone
    )
    found = match(signal, applications, settings.shared)
    app = next((a for a in applications if a.id == found.application_id), None)
    return signal, app, found.reason


def track_message(store: Store, settings: Settings, mail: Mail, now: datetime) -> CommandOutcome:
    """Track the thread of `mail`: its application learns the thread (a stopped one resumes),
    or a new application starts from it. One transaction; tracking twice changes nothing."""
    signal, app, _ = application_of_message(store, settings, mail)
    with store.transaction():
        created = app is None
        if app is None:
            app = new_application(_new_id(signal), now, signal.company or "", signal.role or "")
        else:
            app = store.application(app.id) or app
        transition = track_thread(app, signal, now, settings.policy)
        if not transition.changed:
            return CommandOutcome(app, app, "already tracked", False)
        queued = _record(
            store, None if created else app, transition, now, "track", None, settings.account
        )
    after = transition.application
    log.info("%s: track → %s (%s)", after.id, after.state.value, transition.reason)
    return CommandOutcome(app, after, transition.reason, True, (), tuple(queued))
