"""The user's word on one application: `followup stop`, `snooze` and `resume`, in words.

Reads when a snooze ends (`2026-12-03`, `3d`, `2w`, `monday`) and says what a command changed
and what comes next; the change itself is one transaction in engine.apply_command.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from followup.describe import STATE_WORDS, action_words, next_step, title, when
from followup.engine import CommandOutcome
from followup.model import TERMINAL_STATES
from followup.timing import WorkCalendar, after, outside_quiet_hours, parse_duration

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
UNTIL_FORMS = "2026-12-03, 2026-12-03T14:00, 3d, 2w, 36h, 5 business days, tomorrow or monday"
DAEMON_NOTE = (
    "A running daemon sees this at its next cycle (within a few minutes); nothing to restart."
)


def parse_until(text: str, now: datetime, calendar: WorkCalendar) -> datetime:
    """When a snooze ends, in the user's zone. A day alone means the end of that day's quiet
    hours (e.g. 08:00), so follow-ups wake with the user, not at midnight.

    Raises ValueError naming the forms that work, or saying the instant has passed."""
    source = " ".join(text.strip().lower().split())
    local_now = now.astimezone(calendar.tz)
    until = _read_until(source, local_now, calendar)
    if until is None:
        raise ValueError(f"cannot read {text!r} as a date or a duration; write e.g. {UNTIL_FORMS}")
    if until <= now:
        raise ValueError(f"{text!r} is already past ({until:%Y-%m-%d %H:%M}); give a later time")
    return until


def _read_until(source: str, local_now: datetime, calendar: WorkCalendar) -> datetime | None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", source):
        try:
            return _morning(date.fromisoformat(source), calendar)
        except ValueError:
            return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[t ]\S+", source):
        try:
            moment = datetime.fromisoformat(source.upper())
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=calendar.tz)
    if source == "tomorrow":
        return _morning(local_now.date() + timedelta(days=1), calendar)
    if source in ("next week", "next monday"):
        return _morning(_next_weekday(local_now.date(), 0), calendar)
    for number, name in enumerate(WEEKDAYS):
        if len(source) >= 3 and name.startswith(source.removeprefix("next ")):
            return _morning(_next_weekday(local_now.date(), number), calendar)
    try:
        return outside_quiet_hours(after(local_now, parse_duration(source), calendar), calendar)
    except ValueError:
        return None


def _next_weekday(today: date, weekday: int) -> date:
    """The next such day after today (`monday` on a Monday means a week on)."""
    return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


def _morning(day: date, calendar: WorkCalendar) -> datetime:
    return datetime.combine(day, calendar.quiet_end, calendar.tz)


def report(outcome: CommandOutcome, command: str, zone: str) -> str:
    """What changed, what comes next, and when the daemon notices."""
    app = outcome.after
    name = title(app)
    if not outcome.changed:
        return f"{name}: nothing changed ({outcome.reason}).\n"
    lines = [f"{name}: {outcome.reason}."]
    before, now_state = STATE_WORDS[outcome.before.state], STATE_WORDS[app.state]
    if before != now_state:
        lines.append(f"  state: {before} → {now_state}")
    if app.snoozed_until and command == "snooze":
        lines.append(f"  nothing comes due before {when(app.snoozed_until, zone)}")
    for action in outcome.cancelled:
        lines.append(f"  cancelled, never written: {action_words(action)}")
    for action in outcome.queued:
        lines.append(f"  decided now: {action_words(action)}")
    if app.state in TERMINAL_STATES:
        if app.open_drafts:
            lines.append(
                "  drafts already in your Drafts folder stay there: delete them if you will "
                "not send them"
            )
        lines.append(f"  next: nothing (undo with `followup resume {app.id}`)")
    else:
        what, at = next_step(app, zone)
        if what == "nothing":
            what = "nothing until mail arrives"
        lines.append(f"  next: {what}" + (f", {at}" if at not in ("—", "") else ""))
    lines.append(DAEMON_NOTE)
    return "\n".join(lines) + "\n"
