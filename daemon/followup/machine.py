"""The follow-up state machine: one application and one event in, new state and actions out.

Table-driven and pure: `advance(app, event, now, policy)` never reads the clock or does I/O, so
weeks of follow-up advice can be tested in microseconds and `followup plan` can show the future.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from followup.model import (
    PIPELINE_EVENTS,
    TERMINAL_STATES,
    Action,
    ActionKind,
    Application,
    Category,
    Command,
    Event,
    Person,
    Signal,
    State,
    Tick,
    Timer,
    Transition,
)
from followup.policy import Policy, ReferencesPolicy, ThankYouTo
from followup.timing import (
    add_business_days,
    after,
    before_quiet_hours,
    outside_quiet_hours,
    start_of_business_day,
)

ANY_STATE: frozenset[State] = frozenset(State)
LIVE_STATES: frozenset[State] = ANY_STATE - TERMINAL_STATES
# A company can come back after these: a late reply reopens, a new date revives.
REOPENABLE: frozenset[State] = frozenset({State.MOVED_ON, State.CANCELLED, State.REJECTED})
MAX_TIMERS_PER_TICK = 32  # a guard: each fired timer arms at most a later one


@dataclass
class _Step:
    """The application being changed and what the change asks the shell to do."""

    app: Application
    now: datetime
    policy: Policy
    actions: list[Action]
    reasons: list[str]
    before: Application  # as the event found it, before any fact was absorbed

    def set(self, **changes: object) -> None:
        self.app = replace(self.app, **changes)  # type: ignore[arg-type]

    def say(self, reason: str) -> None:
        self.reasons.append(reason)

    def arm(self, timer: Timer, when: datetime) -> None:
        """Set a timer; nothing becomes due in the user's quiet hours."""
        when = outside_quiet_hours(when, self.policy.calendar)
        timers = [(t, w) for t, w in self.app.timers if t != timer] + [(timer, when)]
        self.set(timers=tuple(sorted(timers, key=lambda item: item[1])))

    def disarm(self, *timers: Timer) -> None:
        self.set(timers=tuple((t, w) for t, w in self.app.timers if t not in timers))

    def act(self, kind: ActionKind, step: str, **fields: object) -> Action | None:
        """Decide an action, unless this application already decided the same one."""
        identity = action_id(self.app.id, step, self.app.round)
        if identity in self.app.emitted:
            return None
        action = Action(
            id=identity,
            application_id=self.app.id,
            kind=kind,
            step=step,
            round=self.app.round,
            created=self.now,
            **fields,  # type: ignore[arg-type]
        )
        self.actions.append(action)
        self.set(emitted=self.app.emitted | {identity})
        if kind in DRAFT_KINDS:
            self.set(open_drafts=(*self.app.open_drafts, (action.id, step)), last_draft_at=self.now)
        return action

    def notice(self, topic: str, text: str, cause: str = "") -> None:
        step = f"notice:{topic}" + (f":{_short_hash(cause)}" if cause else "")
        self.act(ActionKind.NOTICE, step, notice=text)


DRAFT_KINDS = frozenset(
    {
        ActionKind.DRAFT_THANK_YOU,
        ActionKind.DRAFT_FOLLOW_UP,
        ActionKind.DRAFT_REFERENCE_HEADS_UP,
        ActionKind.DRAFT_REJECTION_REPLY,
    }
)


def action_id(application_id: str, step: str, round_: int) -> str:
    """Same (application, step, round), same id: the key the shell executes exactly once by."""
    return f"{application_id}.r{round_}.{step}"


def base_step(step: str) -> str:
    """`follow_up_1@2` and `thank_you:1a2b3c4d` are kinds of `follow_up_1` and `thank_you`."""
    return re.split(r"[@:]", step, maxsplit=1)[0]


def _short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:8]


def event_kind(event: Event) -> str:
    """The name the transition table is keyed by."""
    if isinstance(event, Signal):
        return event.kind.value
    if isinstance(event, Command):
        return event.name
    return "tick"


# ---------------------------------------------------------------------------------------------
# Facts every company message can carry


def _absorb_facts(step: _Step, signal: Signal) -> None:
    """Keep what the message taught us: people, company, role, thread ids, the stated timeline."""
    app = step.app
    changes: dict[str, object] = {
        "thread_ids": app.thread_ids | frozenset(signal.thread_ids),
        "last_event": signal.kind.value.replace("_", " "),
        "last_event_at": signal.at,
    }
    if signal.invite_uid:
        changes["invite_uids"] = app.invite_uids | {signal.invite_uid}
    if signal.company and not app.company:
        changes["company"] = signal.company
    if signal.role and not app.role:
        changes["role"] = signal.role
    if signal.subject and not app.subject:
        changes["subject"] = signal.subject
    speaks_for_company = signal.kind not in (Category.USER_SENT, Category.OUT_OF_OFFICE)
    if signal.contact and signal.contact.email and speaks_for_company:
        changes["contact"] = signal.contact
    if signal.interviewers and speaks_for_company:
        changes["interviewers"] = signal.interviewers
    if signal.decision_date:
        changes["decision_date"] = signal.decision_date
        changes["decision_text"] = signal.decision_text
    if signal.sender and speaks_for_company:
        domain = signal.sender.email.rpartition("@")[2].lower()
        if domain:
            changes["company_domains"] = app.company_domains | {domain}
    step.set(**changes)


def _company_spoke(step: _Step, signal: Signal) -> None:
    """A real reply from the company: drafts that asked for one are stale, silence restarts."""
    step.set(last_company_message=signal.at)
    stale_steps = _stale_on(signal.kind)
    for draft_id, draft_step in step.app.open_drafts:
        if base_step(draft_step) in stale_steps:
            # The shell tells the user when it removes the draft (not when it never wrote it).
            step.act(
                ActionKind.REMOVE_STALE_DRAFT,
                _removal_step(step.app, draft_id),
                replaces=draft_id,
                notice=f"{_name(step.app)} wrote before your {_step_words(draft_step)} went "
                "out; the unsent draft was removed.",
            )
    step.set(
        open_drafts=tuple(d for d in step.app.open_drafts if base_step(d[1]) not in stale_steps)
    )
    if step.app.follow_ups_drafted or step.app.timer(Timer.MOVE_ON):
        # A new silence starts: follow-ups are counted afresh and get fresh action ids.
        step.set(follow_ups_drafted=0, follow_ups_sent=0, silence=step.app.silence + 1)
    step.disarm(Timer.FOLLOW_UP_1, Timer.FOLLOW_UP_2, Timer.MOVE_ON)


def _removal_step(app: Application, draft_id: str) -> str:
    """`remove:r1.thank_you`: named after the draft itself, so two drafts of one step in
    different rounds get two removals."""
    return "remove:" + draft_id.removeprefix(f"{app.id}.")


def _stale_on(kind: Category) -> frozenset[str]:
    """Which unsent drafts a company message makes pointless."""
    follow_ups = frozenset({"follow_up_1", "follow_up_2"})
    if kind in (
        Category.REJECTION,
        Category.INTERVIEW_CANCEL,
        Category.OFFER,
        Category.INTERVIEW_RESCHEDULE,  # a thank-you for an interview that did not happen
    ):
        return follow_ups | {"thank_you"}
    return follow_ups


def _name(app: Application) -> str:
    return app.company or "The company"


def _step_words(step: str) -> str:
    base = base_step(step)
    return {
        "thank_you": "thank-you note",
        "follow_up_1": "first follow-up",
        "follow_up_2": "second follow-up",
        "rejection_reply": "reply to the rejection",
        "references": "heads-up to your references",
    }.get(base, base.replace("_", " "))


def _silence_step(app: Application, base: str) -> str:
    """Follow-up steps of later silences get their own names, so their ids never collide."""
    return base if app.silence == 0 else f"{base}@{app.silence}"


# ---------------------------------------------------------------------------------------------
# Scheduling


def _interview_end(app: Application, policy: Policy) -> datetime | None:
    if app.interview_end:
        return app.interview_end
    if app.interview_start:
        return after(app.interview_start, policy.interview_length, policy.calendar)
    return None


def _first_follow_up_time(app: Application, base: datetime, policy: Policy) -> datetime:
    """The later of the stated decision date (+ grace) and `first_after` past our last word."""
    end = _interview_end(app, policy)
    if end is not None:
        base = max(base, end)
    due = after(base, policy.first_follow_up_after, policy.calendar)
    if app.decision_date:
        stated = _decision_deadline(app.decision_date, policy)
        due = max(due, stated)
    if app.paused_until:
        due = max(due, app.paused_until)
    return due


def _decision_deadline(decided_by: date, policy: Policy) -> datetime:
    """The morning after the stated decision date plus the grace."""
    grace = policy.decision_grace
    if grace.business_days:
        day = add_business_days(decided_by, grace.business_days, policy.calendar)
        return start_of_business_day(day, policy.calendar)
    return after(start_of_business_day(decided_by, policy.calendar), grace, policy.calendar)


def _schedule_interview(step: _Step, signal: Signal, new_round: bool) -> None:
    """A fixed interview time: SCHEDULED, the end timer armed, references told if policy says."""
    first_ever = step.before.interview_start is None and step.app.round == 1
    if new_round:
        step.set(round=step.app.round + 1, reschedules=0)
    same_start = signal.interview_start == step.app.interview_start
    step.set(
        state=State.SCHEDULED,
        interview_start=signal.interview_start,
        # A reminder that repeats the start without the end keeps the end the invite gave.
        interview_end=signal.interview_end or (step.app.interview_end if same_start else None),
        follow_ups_drafted=0,
        follow_ups_sent=0,
    )
    end = _interview_end(step.app, step.policy)
    if end is not None:
        step.arm(Timer.INTERVIEW_END, end)
    step.disarm(Timer.THANK_YOU, Timer.FOLLOW_UP_1, Timer.FOLLOW_UP_2, Timer.MOVE_ON)
    references = step.policy.references
    if references == ReferencesPolicy.EVERY_ROUND or (
        references == ReferencesPolicy.FIRST_ROUND and first_ever
    ):
        step.act(ActionKind.DRAFT_REFERENCE_HEADS_UP, "references")
    when = signal.interview_start.isoformat(" ", "minutes") if signal.interview_start else "?"
    step.say(f"interview round {step.app.round} fixed for {when}")


def _is_new_round(app: Application, signal: Signal, policy: Policy) -> bool:
    """An interview that starts after the previous one ended is the next round."""
    end = _interview_end(app, policy)
    if end is None:
        return False
    return (signal.interview_start or signal.at) >= end


def _repeats_known_interview(before: Application, signal: Signal) -> bool:
    """The same interview announced again: a reminder, a calendar update, an ATS copy."""
    if before.interview_start is None:
        return False
    if signal.interview_start is not None:
        return signal.interview_start == before.interview_start
    return bool(signal.invite_uid) and signal.invite_uid in before.invite_uids


def _note_repeat(step: _Step, signal: Signal) -> None:
    if signal.interview_end and step.app.interview_end is None:
        step.set(interview_end=signal.interview_end)
        if step.app.timer(Timer.INTERVIEW_END):
            step.arm(Timer.INTERVIEW_END, signal.interview_end)
    step.say("repeats the interview already known")


# ---------------------------------------------------------------------------------------------
# Handlers: each takes the step and the event and changes the step.


def _on_invite(step: _Step, signal: Signal) -> None:
    if _repeats_known_interview(step.before, signal):
        _note_repeat(step, signal)
        return
    _company_spoke(step, signal)
    if signal.interview_start:
        _schedule_interview(step, signal, _is_new_round(step.app, signal, step.policy))
        return
    if _is_new_round(step.app, signal, step.policy):
        _on_next_round(step, signal)
        return
    if step.app.state != State.SCHEDULED:
        step.set(state=State.TRACKING)
    step.say("invited to interview; waiting for a fixed time")


def _on_confirmation(step: _Step, signal: Signal) -> None:
    if _repeats_known_interview(step.before, signal):
        _note_repeat(step, signal)
        return
    _company_spoke(step, signal)
    if not signal.interview_start:
        step.say("confirmation without a time: nothing to schedule")
        if step.app.state in REOPENABLE:
            step.set(state=State.TRACKING)
        return
    _schedule_interview(step, signal, _is_new_round(step.app, signal, step.policy))


def _on_reschedule(step: _Step, signal: Signal) -> None:
    if signal.interview_start and signal.interview_start == step.before.interview_start:
        _note_repeat(step, signal)
        return
    thanked = _thank_you_decided(step.app)
    _company_spoke(step, signal)
    step.disarm(Timer.THANK_YOU, Timer.INTERVIEW_END)
    if thanked:
        # The interview that was thanked for did not happen: the real one gets its own note.
        step.set(reschedules=step.app.reschedules + 1)
    if signal.interview_start:
        _schedule_interview(step, signal, new_round=False)
        step.say(f"rescheduled to {signal.interview_start.isoformat(' ', 'minutes')}")
    else:
        step.set(state=State.TRACKING, interview_start=None, interview_end=None)
        step.say("to be rescheduled; waiting for the new time")


def _on_cancel(step: _Step, signal: Signal) -> None:
    end = _interview_end(step.before, step.policy)
    past_event = signal.interview_start is not None and signal.interview_start < signal.at
    if past_event and end is not None and end <= signal.at:
        step.say("calendar clean-up of an interview that already took place: nothing changes")
        return
    _company_spoke(step, signal)
    step.disarm(*Timer)
    step.set(state=State.CANCELLED)
    step.notice("cancelled", f"{_name(step.app)} cancelled the interview.", signal.message_id)
    step.say("interview cancelled")


def _on_rejection(step: _Step, signal: Signal) -> None:
    _company_spoke(step, signal)
    step.disarm(*Timer)
    step.set(state=State.REJECTED)
    if step.policy.rejection_reply:
        step.act(ActionKind.DRAFT_REJECTION_REPLY, "rejection_reply", to=_contact(step.app))
    step.notice(
        "rejection",
        f"{_name(step.app)} decided not to go ahead. It is their loss; a gracious reply "
        "is ready if you want to keep the door open. Keep going!",
        signal.message_id,
    )
    step.say("rejected")


def _on_offer(step: _Step, signal: Signal) -> None:
    _company_spoke(step, signal)
    step.disarm(*Timer)
    step.set(state=State.OFFER)
    step.notice("offer", f"An offer from {_name(step.app)}! Congratulations.", signal.message_id)
    step.say("offer received")


def _on_next_round(step: _Step, signal: Signal) -> None:
    _company_spoke(step, signal)
    _thank_now_if_owed(step, signal.at)
    step.disarm(*Timer)
    step.set(
        state=State.SCHEDULED,
        round=step.app.round + 1,
        reschedules=0,
        interview_start=None,
        interview_end=None,
    )
    step.notice(
        "next_round",
        f"{_name(step.app)} invites you to round {step.app.round}; waiting for a time.",
        signal.message_id,
    )
    step.say(f"invited to round {step.app.round}")


def _on_request(step: _Step, signal: Signal) -> None:
    _company_spoke(step, signal)
    step.set(state=State.ACTION_NEEDED)
    wants_references = signal.kind == Category.REFERENCE_REQUEST or signal.wants_references
    asked = "your references" if wants_references else "more information"
    step.notice(
        signal.kind.value, f"{_name(step.app)} asked for {asked}: please reply.", signal.message_id
    )
    if wants_references and step.policy.references != ReferencesPolicy.NEVER:
        step.act(ActionKind.DRAFT_REFERENCE_HEADS_UP, "references")
    step.say(f"the company asked for {asked}")


def _on_timeline_update(step: _Step, signal: Signal) -> None:
    _company_spoke(step, signal)
    stated = step.app.decision_date.isoformat() if step.app.decision_date else "no date"
    if _interview_pending(step.app):
        step.say(f"the company's timeline noted ({stated}); the interview is still ahead")
        return
    step.set(state=State.WAITING)
    base = max(signal.at, step.app.last_user_sent or signal.at)
    step.arm(Timer.FOLLOW_UP_1, _first_follow_up_time(step.app, base, step.policy))
    step.say(f"the company needs more time ({stated})")


OUT_OF_OFFICE_HORIZON = timedelta(days=42)  # a later "back on" date is more likely misread


def _on_out_of_office(step: _Step, signal: Signal) -> None:
    """An auto-reply is not a reply: nothing goes stale, follow-ups wait until they are back."""
    back_on = signal.return_date
    if (
        back_on is None
        or not signal.at.date() <= back_on <= (signal.at + OUT_OF_OFFICE_HORIZON).date()
    ):
        step.say("out-of-office reply without a usable return date: ignored")
        return
    back = start_of_business_day(
        add_business_days(back_on, 1, step.policy.calendar), step.policy.calendar
    )
    step.set(paused_until=back)
    for timer in (Timer.FOLLOW_UP_1, Timer.FOLLOW_UP_2, Timer.MOVE_ON):
        when = step.app.timer(timer)
        if when is not None and when < back:
            step.arm(timer, back)
    step.say(f"contact away until {back_on.isoformat()}; follow-ups wait")


def _on_user_sent(step: _Step, signal: Signal) -> None:
    """The user wrote on the thread: whatever they wrote counts as the draft that was due.

    Mail can be read out of order (Sent after INBOX, after downtime): a message only counts
    for what it could have answered when it was written.
    """
    app = step.app
    latest = max(signal.at, app.last_user_sent) if app.last_user_sent else signal.at
    step.set(last_user_sent=latest)
    end = _interview_end(app, step.policy)
    interview_over = end is not None and end <= signal.at
    if interview_over:
        _retract_drafts(step, {"thank_you"})  # any word after the interview stands in for it
    if app.state == State.ACTION_NEEDED:
        if _interview_pending(app):
            step.set(state=State.SCHEDULED)
            step.say("you answered the company's request; the interview is still ahead")
            return
        step.set(state=State.WAITING)
        step.arm(Timer.FOLLOW_UP_1, _first_follow_up_time(step.app, latest, step.policy))
        step.say("you answered the company's request")
        return
    if not interview_over:
        step.say("you wrote before the interview")
        return
    if app.state in (State.INTERVIEWED, State.SCHEDULED) or (
        app.state == State.WAITING and app.follow_ups_drafted == 0
    ):
        step.disarm(Timer.THANK_YOU, Timer.INTERVIEW_END)
        step.set(state=State.WAITING)
        step.arm(Timer.FOLLOW_UP_1, _first_follow_up_time(step.app, latest, step.policy))
        step.say("you wrote after the interview; waiting for the company")
        return
    if app.state != State.WAITING:
        step.say("you wrote on the thread")
        return
    if app.last_draft_at and signal.at < app.last_draft_at:
        step.say("an earlier message of yours, read late: it does not answer the newest draft")
        return
    # Follow-up n counts as sent; the next wait runs from the user's latest message.
    _retract_drafts(step, {"follow_up_1", "follow_up_2"})
    sent = app.follow_ups_drafted
    calendar = step.policy.calendar
    step.set(follow_ups_sent=sent)
    if sent == 1:
        step.arm(Timer.FOLLOW_UP_2, after(latest, step.policy.second_follow_up_after, calendar))
        step.say("first follow-up sent")
    else:
        step.arm(Timer.MOVE_ON, after(latest, step.policy.move_on_after, calendar))
        step.say("second follow-up sent; last wait before moving on")


def _retract_drafts(step: _Step, kinds: set[str]) -> None:
    """The user's own message stands in for these unsent drafts: the shell removes them
    (only if the user has not edited them)."""
    covered = [d for d in step.app.open_drafts if base_step(d[1]) in kinds]
    for draft_id, _ in covered:
        step.act(
            ActionKind.REMOVE_STALE_DRAFT, _removal_step(step.app, draft_id), replaces=draft_id
        )
    step.set(open_drafts=tuple(d for d in step.app.open_drafts if d not in covered))


def _interview_pending(app: Application) -> bool:
    """An interview is fixed and has not ended yet (its end timer still waits)."""
    return app.timer(Timer.INTERVIEW_END) is not None


def _thank_you_decided(app: Application) -> bool:
    """A thank-you for this round's interview was already decided."""
    prefix = action_id(app.id, "thank_you", app.round)
    return any(emitted.startswith(prefix) for emitted in app.emitted)


def _thank_now_if_owed(step: _Step, at: datetime) -> None:
    """The interview is over but its thank-you timer has not fired: write it now."""
    end = _interview_end(step.app, step.policy)
    owed = step.app.timer(Timer.THANK_YOU) is not None or (
        step.app.timer(Timer.INTERVIEW_END) is not None and end is not None and end <= at
    )
    if owed:
        _fire(step, Timer.THANK_YOU)


# ---------------------------------------------------------------------------------------------
# Commands


def _on_stop(step: _Step, command: Command) -> None:
    step.set(state=State.STOPPED, state_before_hold=step.app.state)
    step.say("stopped by you" + (f": {command.reason}" if command.reason else ""))


def _on_snooze(step: _Step, command: Command) -> None:
    step.set(snoozed_until=command.until)
    until = command.until.isoformat(" ", "minutes") if command.until else "further notice"
    step.say(f"snoozed by you until {until}")


def _on_resume(step: _Step, command: Command) -> None:
    app = step.app
    step.set(snoozed_until=None)
    if app.state == State.STOPPED:
        step.set(state=app.state_before_hold or State.TRACKING, state_before_hold=None)
        _rebase_overdue(step)
        step.say("resumed by you")
    elif app.state == State.MOVED_ON:
        _reopen(step)
        step.arm(Timer.FOLLOW_UP_1, _first_follow_up_time(step.app, step.now, step.policy))
        step.say("resumed by you after moving on")
    else:
        step.say("snooze lifted by you")


def track_thread(app: Application, signal: Signal, now: datetime, policy: Policy) -> Transition:
    """The user pointed at a message and said "track this": the application learns the
    message's thread, people and company, though the message itself is no pipeline event
    (a recruiter's personal note, a reply the rules did not recognise). A stopped
    application resumes."""
    step = _Step(app, now, policy, [], [], app)
    _absorb_facts(step, signal)
    learned = replace(step.app, last_event=app.last_event, last_event_at=app.last_event_at)
    if learned == app and app.state != State.STOPPED:
        return Transition(app, (), "already tracked", changed=False)  # the same message again
    step.set(last_event="tracked by you", last_event_at=now)
    if app.state == State.STOPPED:
        _on_resume(step, Command("track"))
    else:
        step.say("tracked by you: its thread is followed from now on")
    return Transition(step.app, tuple(step.actions), "; ".join(step.reasons), step.app != app)


def _rebase_overdue(step: _Step) -> None:
    """What fell due during a stop happens from now on, not stamped in the past."""
    for timer, when in step.app.timers:
        if when < step.now:
            step.arm(timer, step.now)


def _on_track(step: _Step, command: Command) -> None:
    if step.app.state == State.STOPPED:
        _on_resume(step, command)
    else:
        step.say("already tracked")


def _reopen(step: _Step) -> None:
    step.set(
        state=State.WAITING,
        state_before_hold=None,
        follow_ups_drafted=0,
        follow_ups_sent=0,
        silence=step.app.silence + 1,
    )


# ---------------------------------------------------------------------------------------------
# Clock

DRAFT_TIMERS = frozenset({Timer.THANK_YOU, Timer.FOLLOW_UP_1, Timer.FOLLOW_UP_2})


def _fire(step: _Step, timer: Timer) -> None:
    app, policy = step.app, step.policy
    step.disarm(timer)
    if timer == Timer.INTERVIEW_END:
        end = _interview_end(app, policy) or step.now
        step.set(state=State.INTERVIEWED)
        step.arm(Timer.THANK_YOU, after(end, policy.thank_you_after, policy.calendar))
        step.arm(Timer.FOLLOW_UP_1, _first_follow_up_time(step.app, end, policy))
        step.say(f"round {app.round} interview over")
    elif timer == Timer.THANK_YOU:
        _draft_thank_you(step)
    elif timer == Timer.FOLLOW_UP_1:
        step.set(state=State.WAITING, follow_ups_drafted=1)
        step.act(ActionKind.DRAFT_FOLLOW_UP, _silence_step(app, "follow_up_1"), to=_contact(app))
        step.say("no word from the company: first follow-up drafted")
    elif timer == Timer.FOLLOW_UP_2:
        step.set(follow_ups_drafted=2)
        step.act(ActionKind.DRAFT_FOLLOW_UP, _silence_step(app, "follow_up_2"), to=_contact(app))
        step.say("still no word: second follow-up drafted")
    elif timer == Timer.MOVE_ON:
        step.set(state=State.MOVED_ON, state_before_hold=app.state)
        step.act(
            ActionKind.NOTICE,
            _silence_step(app, "notice:move_on"),
            notice=f"No answer from {_name(app)} after two follow-ups: time to move on. "
            "If they write later, the application reopens by itself.",
        )
        step.say("no answer after two follow-ups: moved on")


THANK_YOU_TOO_LATE = timedelta(days=3)  # past its due by more than this, a note would be odd


def _draft_thank_you(step: _Step) -> None:
    """One note per interviewer (or one to the panel), due before the evening's quiet hours."""
    app, policy = step.app, step.policy
    end = _interview_end(app, policy) or step.now
    due = before_quiet_hours(after(end, policy.thank_you_within, policy.calendar), policy.calendar)
    if step.now > due + THANK_YOU_TOO_LATE:
        step.notice(
            "thank_you_missed",
            f"The interview with {_name(app)} was on {end:%a %d %b}; it is late for a "
            "thank-you note now, so none was drafted. The follow-ups go on as planned.",
            cause=f"{app.round}:{app.reschedules}",
        )
        step.say("too late for a thank-you note: told you instead")
        return
    due = max(due, step.now)
    base = "thank_you" if app.reschedules == 0 else f"thank_you@{app.reschedules}"
    people = _reachable(app.interviewers) or _contact(app)
    if policy.thank_you_to == ThankYouTo.EACH and len(people) > 1:
        for person in people:
            step.act(
                ActionKind.DRAFT_THANK_YOU, f"{base}:{_short_hash(person.email)}", due=due,
                to=(person,),
            )  # fmt: skip
    else:
        step.act(ActionKind.DRAFT_THANK_YOU, base, due=due, to=people)
    step.say("thank-you note drafted")


def _on_tick(step: _Step, _tick: Tick) -> None:
    drafted = False
    for _ in range(MAX_TIMERS_PER_TICK):
        due = next_due(step.app)
        if due is None or due[1] > step.now:
            return
        timer = due[0]
        if drafted and timer in DRAFT_TIMERS:
            # One draft at a time: after a pause, the next waits a working day.
            later = add_business_days(step.now.astimezone(step.policy.calendar.tz).date(), 1,
                                      step.policy.calendar)  # fmt: skip
            step.arm(timer, max(due[1], start_of_business_day(later, step.policy.calendar)))
            continue
        before = len(step.actions)
        _fire(step, timer)
        drafted = drafted or any(a.kind in DRAFT_KINDS for a in step.actions[before:])


def next_due(app: Application) -> tuple[Timer, datetime] | None:
    """The next timer to fire and when, with snoozes applied; None when nothing waits."""
    if app.state in TERMINAL_STATES or not app.timers:
        return None
    timer, when = app.timers[0]
    if app.snoozed_until and when < app.snoozed_until:
        when = app.snoozed_until
    return timer, when


def _reachable(people: tuple[Person, ...]) -> tuple[Person, ...]:
    return tuple(p for p in people if p.email)


def _contact(app: Application) -> tuple[Person, ...]:
    if app.contact and app.contact.email:
        return (app.contact,)
    return _reachable(app.interviewers)[:1]


# ---------------------------------------------------------------------------------------------
# The table


@dataclass(frozen=True)
class Rule:
    """One row of the transition table."""

    event: str
    states: frozenset[State]
    handler: Callable[[_Step, Event], None]
    result: str  # the new state, in words, for the documentation table


_PIPELINE_STATES = LIVE_STATES | REOPENABLE


def _signal(handler: Callable[[_Step, Signal], None]) -> Callable[[_Step, Event], None]:
    def run(step: _Step, event: Event) -> None:
        assert isinstance(event, Signal)
        _absorb_facts(step, event)
        if step.app.state == State.MOVED_ON and event.kind in PIPELINE_EVENTS:
            _reopen(step)
            step.say("a late reply reopened the application")
        handler(step, event)

    return run


def _command(handler: Callable[[_Step, Command], None]) -> Callable[[_Step, Event], None]:
    def run(step: _Step, event: Event) -> None:
        assert isinstance(event, Command)
        handler(step, event)

    return run


def _tick(step: _Step, event: Event) -> None:
    assert isinstance(event, Tick)
    _on_tick(step, event)


TRANSITIONS: tuple[Rule, ...] = (
    Rule(
        "interview_invite",
        _PIPELINE_STATES,
        _signal(_on_invite),
        "scheduled (time fixed) or tracking",
    ),
    Rule(
        "interview_confirmation",
        _PIPELINE_STATES,
        _signal(_on_confirmation),
        "scheduled; round n+1 after a past interview",
    ),
    Rule(
        "interview_reschedule",
        _PIPELINE_STATES,
        _signal(_on_reschedule),
        "scheduled at the new time; thank-you cancelled",
    ),
    Rule("interview_cancel", LIVE_STATES | {State.MOVED_ON}, _signal(_on_cancel), "cancelled"),
    Rule(
        "rejection",
        LIVE_STATES | {State.MOVED_ON},
        _signal(_on_rejection),
        "rejected (+ gracious reply draft)",
    ),
    Rule("offer", _PIPELINE_STATES, _signal(_on_offer), "offer (+ notice)"),
    Rule(
        "next_round", _PIPELINE_STATES, _signal(_on_next_round), "scheduled, round n+1, no time yet"
    ),
    Rule(
        "reference_request",
        LIVE_STATES | {State.MOVED_ON},
        _signal(_on_request),
        "action_needed (+ notice, reference drafts)",
    ),
    Rule(
        "info_request",
        LIVE_STATES | {State.MOVED_ON},
        _signal(_on_request),
        "action_needed (+ notice)",
    ),
    Rule(
        "timeline_update",
        LIVE_STATES | {State.MOVED_ON},
        _signal(_on_timeline_update),
        "waiting, follow-up moved to the new date",
    ),
    Rule(
        "out_of_office",
        LIVE_STATES,
        _signal(_on_out_of_office),
        "unchanged; follow-ups wait for the return",
    ),
    Rule(
        "user_sent",
        LIVE_STATES,
        _signal(_on_user_sent),
        "waiting after the interview; follow-up n counted as sent",
    ),
    Rule("tick", LIVE_STATES, _tick, "fires due timers: interviewed, drafts, moved_on"),
    Rule("stop", ANY_STATE - {State.STOPPED}, _command(_on_stop), "stopped"),
    Rule("snooze", LIVE_STATES, _command(_on_snooze), "unchanged; nothing due before the date"),
    Rule("resume", ANY_STATE, _command(_on_resume), "the state before stop; moved_on → waiting"),
    Rule("track", ANY_STATE, _command(_on_track), "stopped → the state before; else unchanged"),
)


def _find_rule(kind: str, state: State) -> Rule | None:
    return next((r for r in TRANSITIONS if r.event == kind and state in r.states), None)


def advance(app: Application, event: Event, now: datetime, policy: Policy) -> Transition:
    """Apply one event at instant `now`; the same inputs always give the same outputs."""
    kind = event_kind(event)
    rule = _find_rule(kind, app.state)
    if rule is None:
        if isinstance(event, Signal) and app.state in TERMINAL_STATES:
            return _recorded_only(app, event, now, policy)
        return Transition(app, (), f"{kind} ignored in state {app.state.value}", changed=False)
    step = _Step(app, now, policy, [], [], app)
    rule.handler(step, event)
    if kind == "tick" and step.app == app:
        return Transition(app, (), "", changed=False)
    return Transition(step.app, tuple(step.actions), "; ".join(step.reasons), step.app != app)


def _recorded_only(app: Application, signal: Signal, now: datetime, policy: Policy) -> Transition:
    """A closed application still learns from mail; the user's stop and the outcome hold."""
    step = _Step(app, now, policy, [], [], app)
    _absorb_facts(step, signal)
    reason = f"{signal.kind.value} noted; the application stays {app.state.value}"
    return Transition(step.app, (), reason, step.app != app)


def run_until(
    app: Application, now: datetime, policy: Policy
) -> Iterable[tuple[datetime, Transition]]:
    """Ticks at each timer up to `now`, so catching up after downtime replays in order."""
    for _ in range(MAX_TIMERS_PER_TICK):
        due = next_due(app)
        if due is None or due[1] > now:
            return
        transition = advance(app, Tick(), due[1], policy)
        yield due[1], transition
        app = transition.application


def new_application(
    application_id: str, now: datetime, company: str = "", role: str = ""
) -> Application:
    """A freshly tracked application; the first signal or command fills it in."""
    return Application(
        id=application_id, company=company, role=role, state=State.TRACKING, created=now
    )


def transition_table_markdown() -> str:
    """The table as built, for the docs: event, from which states, to what."""
    lines = ["| event | from | to |", "| --- | --- | --- |"]
    for rule in TRANSITIONS:
        states = rule.states
        if states == ANY_STATE:
            source = "any"
        elif states == LIVE_STATES:
            source = "any live state"
        elif states == _PIPELINE_STATES:
            source = "live, moved_on, cancelled, rejected"
        else:
            missing = sorted(s.value for s in ANY_STATE - states)
            source = "any but " + ", ".join(missing)
        lines.append(f"| {rule.event} | {source} | {rule.result} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(transition_table_markdown())
