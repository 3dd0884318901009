"""`followup show`: one application's story — every event and why, its drafts, what is next.

Pure: given the application and what the store logged about it, returns the lines to print.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from followup.describe import STATE_WORDS, action_words, next_step, people, plan, title, when
from followup.engine import RESUMED
from followup.model import TERMINAL_STATES, ActionKind, Application, State
from followup.policy import Policy
from followup.store import LoggedEvent, OutboxEntry, WrittenDraft

# Characters of a message's subject shown in the history; the rest is cut with an ellipsis.
SUBJECT_SHOWN = 60

EVENT_WORDS = {
    "tick": "the clock",
    "user_sent": "you wrote",
    "stop": "you said stop",
    "snooze": "you said snooze",
    "resume": "you said resume",
    "track": "you said track",
}

OUTBOX_WORDS = {
    "pending": "decided; the daemon writes it at its next cycle",
    "failed": "could not be written",
    "cancelled": "cancelled",
}


@dataclass(frozen=True)
class Record:
    """All the store knows of one application, read once by the shell."""

    application: Application
    events: Sequence[LoggedEvent]
    outbox: Sequence[OutboxEntry]
    drafts: dict[str, list[WrittenDraft]]  # action id -> what it wrote
    account: str | None = None
    ref: str = ""


def show(record: Record, now: datetime, policy: Policy) -> str:
    """The whole story, oldest first, in the user's zone."""
    zone = policy.calendar.zone
    app = record.application
    lines = [f"{title(app)}  ({record.ref or app.id})", *_facts(app, record.account, zone)]
    lines += ["", "History"]
    lines += [line for event in record.events for line in _event(event, zone)] or ["  (none)"]
    lines += ["", "Drafts and notices"]
    lines += _actions(record, zone) or ["  none yet"]
    lines += ["", "Next"]
    lines += _next(app, now, policy)
    return "\n".join(lines) + "\n"


def _facts(app: Application, account: str | None, zone: str) -> list[str]:
    facts = [f"  state: {STATE_WORDS[app.state]} · round {app.round} · id {app.id}"]
    if account:
        facts[0] += f" · account {account}"
    if app.interview_start:
        with_whom = f" with {people(app.interviewers)}" if app.interviewers else ""
        facts.append(f"  interview: {when(app.interview_start, zone)}{with_whom}")
    if app.contact:
        facts.append(f"  contact: {app.contact}")
    if app.decision_date:
        said = f' ("{app.decision_text}")' if app.decision_text else ""
        facts.append(f"  they said they decide by {app.decision_date:%a %d %b %Y}{said}")
    if app.snoozed_until:
        facts.append(f"  snoozed until {when(app.snoozed_until, zone)}")
    if app.subject:
        facts.append(f"  thread: {app.subject}")
    return facts


def _event(event: LoggedEvent, zone: str) -> list[str]:
    what = EVENT_WORDS.get(event.kind, event.kind.replace("_", " "))
    head = f"  {when(event.at, zone)}  {what}"
    if event.sender or event.subject:
        subject = _short(event.subject or "", SUBJECT_SHOWN)
        head += f"  {event.sender or '?'}" + (f': "{subject}"' if subject else "")
    elif event.message_id:  # logged before senders were (or by no message)
        head += f"  {event.message_id}"
    change = ""
    if event.state_before and event.state_after and event.state_before != event.state_after:
        change = f"{_state(event.state_before)} → {_state(event.state_after)}: "
    elif event.state_after and not event.state_before:
        change = f"tracked as {_state(event.state_after)}: "
    return [head, f"      {change}{event.reason}"]


def _short(text: str, most: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def _state(value: str) -> str:
    try:
        return STATE_WORDS[State(value)]
    except ValueError:
        return value


def _actions(record: Record, zone: str) -> list[str]:
    removed = {
        entry.action.replaces: entry
        for entry in record.outbox
        if entry.action.kind == ActionKind.REMOVE_STALE_DRAFT and entry.status == "done"
    }
    ids = [entry.action.id for entry in record.outbox]
    lines = []
    for entry in record.outbox:
        action = entry.action
        if action.kind == ActionKind.REMOVE_STALE_DRAFT:
            continue  # shown as the fate of the draft it removed
        lines.append(f"  {when(action.created, zone)}  {action_words(action)}")
        fate = _fate(entry, record.drafts.get(action.id, []), removed)
        if any(other.startswith(action.id + RESUMED) for other in ids):
            fate = "held back by your stop; decided again when you resumed (below)"
        lines.append(f"      {fate}")
        if action.due and entry.status in ("pending", "done"):
            lines.append(f"      send it by {when(action.due, zone)}")
    return lines


def _fate(
    entry: OutboxEntry, written: list[WrittenDraft], removed: dict[str | None, OutboxEntry]
) -> str:
    if entry.action.id in removed:
        return f"removed again: {removed[entry.action.id].result or 'no longer needed'}"
    if entry.status == "done":
        if written:
            where = "; ".join(f"{d.folder}, Message-ID {d.message_id}" for d in written)
            return f"written to {where}"
        return f"done: {entry.result}" if entry.result else "done"
    if entry.status == "failed":
        return f"{OUTBOX_WORDS['failed']} ({entry.attempts} tries): {entry.last_error}"
    text = OUTBOX_WORDS[entry.status]
    return f"{text}: {entry.result}" if entry.result else text


def _next(app: Application, now: datetime, policy: Policy) -> list[str]:
    if app.state in (State.STOPPED,):
        return [f"  nothing: stopped by you (undo with `followup resume {app.id}`)"]
    horizon = now + timedelta(days=366)
    upcoming = [line for line in plan([app], [], horizon, policy) if not line.pending][:5]
    lines = [f"  {when(line.at, policy.calendar.zone)} — {line.what}" for line in upcoming]
    what, at = next_step(app, policy.calendar.zone)
    if what != "nothing" and not (upcoming and at not in ("draft ready", "now")):
        lines.insert(0, f"  {at} — {what}" if at not in ("—", "") else f"  {what}")
    if not lines:
        closed = app.state in TERMINAL_STATES
        lines = ["  nothing: closed" if closed else "  nothing until mail arrives"]
    return lines
