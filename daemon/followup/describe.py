"""Words for people: what an application's state, timers and actions mean, for status and plan.

Pure: given the data and an instant, returns sentences; the CLI only prints them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from followup.machine import base_step, next_due, run_until
from followup.model import TERMINAL_STATES, Action, ActionKind, Application, Person, State, Timer
from followup.policy import Policy
from followup.timing import zone_info

STATE_WORDS: dict[State, str] = {
    State.TRACKING: "tracking",
    State.SCHEDULED: "interview scheduled",
    State.INTERVIEWED: "interviewed",
    State.WAITING: "waiting for them",
    State.ACTION_NEEDED: "your move",
    State.OFFER: "offer",
    State.REJECTED: "rejected",
    State.CANCELLED: "cancelled",
    State.MOVED_ON: "moved on",
    State.STOPPED: "stopped",
}


STEP_WORDS: dict[str, str] = {
    "thank_you": "thank-you",
    "follow_up_1": "first follow-up",
    "follow_up_2": "second follow-up",
    "references": "heads-up to your references",
    "rejection_reply": "reply to the rejection",
}


def when(instant: datetime | None, zone: str | None = None) -> str:
    """`Tue 3 Mar 10:00`, in the user's zone when given."""
    return _local(instant, zone, "{0:%a} {0.day} {0:%b %H:%M}")


def day(instant: datetime | None, zone: str | None = None) -> str:
    """`2 Mar`: enough for a table column."""
    return _local(instant, zone, "{0.day} {0:%b}")


def _local(instant: datetime | None, zone: str | None, layout: str) -> str:
    if instant is None:
        return "—"
    return layout.format(instant.astimezone(zone_info(zone)) if zone else instant)


def people(persons: tuple[Person, ...]) -> str:
    names = [p.name or p.email for p in persons]
    if not names:
        return "the hiring contact"
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def title(app: Application) -> str:
    """`Acme, Data Engineer` — whatever of the two is known."""
    parts = [part for part in (app.company, app.role) if part]
    return ", ".join(parts) if parts else app.id


def timer_words(app: Application, timer: Timer) -> str:
    contact = (app.contact,) if app.contact else app.interviewers[:1]
    return {
        Timer.INTERVIEW_END: f"interview round {app.round} ends",
        Timer.THANK_YOU: f"thank-you to {people(app.interviewers or contact)}",
        Timer.FOLLOW_UP_1: f"first follow-up to {people(contact)}",
        Timer.FOLLOW_UP_2: f"second follow-up to {people(contact)}",
        Timer.MOVE_ON: "time to move on, unless they answer",
        Timer.SNOOZE_END: "snooze ends",
    }[timer]


def action_words(action: Action) -> str:
    base = base_step(action.step)
    if action.kind == ActionKind.NOTICE:
        return f"notice: {action.notice}"
    if action.kind == ActionKind.REMOVE_STALE_DRAFT:
        return f"remove the unsent draft {action.replaces}"
    label = STEP_WORDS.get(base, base.replace("_", " "))
    if action.kind == ActionKind.DRAFT_REFERENCE_HEADS_UP:
        return f"draft: {label}"
    return f"draft: {label} to {people(action.to)}"


def next_step(app: Application, zone: str | None = None) -> tuple[str, str]:
    """(what, when) of the application's next timer, or why nothing is next."""
    due = next_due(app)
    if due is None:
        if app.open_drafts and app.state not in TERMINAL_STATES:
            return (
                f"send the {STEP_WORDS.get(base_step(app.open_drafts[-1][1]), 'draft')}",
                "draft ready",
            )
        if app.state == State.ACTION_NEEDED:
            return "reply to their request", "now"
        if app.state == State.SCHEDULED and app.interview_start is None:
            return "waiting for an interview time", "—"
        return "nothing", "—"
    timer, instant = due
    return timer_words(app, timer), when(instant, zone)


def by_urgency(applications: list[Application]) -> list[Application]:
    """Open applications first, soonest next step first; then closed ones, newest first."""
    far = datetime.max.replace(tzinfo=UTC)

    def key(app: Application) -> tuple[bool, bool, datetime, float]:
        due = next_due(app)
        closed = app.state in TERMINAL_STATES
        waiting_on_user = bool(app.open_drafts) or app.state == State.ACTION_NEEDED
        last = (app.last_event_at or app.created).timestamp()
        return (closed, not waiting_on_user, due[1] if due else far, -last)

    return sorted(applications, key=key)


@dataclass(frozen=True)
class PlanLine:
    """One future step: when, what, for which application; `pending` if already decided."""

    at: datetime
    what: str
    application: Application
    pending: bool = False


def plan(
    applications: list[Application],
    pending: list[Action],
    as_of: datetime,
    policy: Policy,
) -> list[PlanLine]:
    """Everything that will happen up to `as_of` if nobody writes, then each next timer."""
    by_id = {app.id: app for app in applications}
    lines = [
        PlanLine(action.created, action_words(action), by_id[action.application_id], True)
        for action in pending
        if action.application_id in by_id
    ]
    for app in applications:
        for instant, transition in run_until(app, as_of, policy):
            app = transition.application
            lines.extend(PlanLine(instant, action_words(a), app) for a in transition.actions)
        due = next_due(app)
        if due is not None:
            lines.append(PlanLine(due[1], timer_words(app, due[0]), app))
    return sorted(lines, key=lambda line: (line.at, line.application.id))
