"""Properties of the state machine over random event sequences (hypothesis)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from factories import POLICY, Story, at, signal
from followup.machine import advance
from followup.model import (
    ENGINE_SIGNALS,
    TERMINAL_STATES,
    Category,
    Command,
    Event,
    Signal,
    Tick,
    Timer,
)
from followup.policy import ReferencesPolicy
from hypothesis import given, settings
from hypothesis import strategies as st

START = at(2, 8)


@st.composite
def events(draw: st.DrawFn) -> tuple[timedelta, Event]:
    """A pause, then one event: a signal with random facts, a tick or a user command."""
    pause = timedelta(minutes=draw(st.integers(0, 60 * 24 * 9)))
    choice = draw(st.sampled_from(["signal", "signal", "signal", "tick", "command"]))
    if choice == "tick":
        return pause, Tick()
    if choice == "command":
        name = draw(st.sampled_from(["stop", "snooze", "resume", "track"]))
        until = START + timedelta(days=draw(st.integers(0, 60))) if name == "snooze" else None
        return pause, Command(name, until=until)
    kind = draw(st.sampled_from(sorted(ENGINE_SIGNALS)))
    facts: dict[str, object] = {}
    if draw(st.booleans()):
        start = START + timedelta(hours=draw(st.integers(-48, 24 * 40)))
        facts["interview_start"] = start
        if draw(st.booleans()):
            facts["interview_end"] = start + timedelta(minutes=draw(st.integers(15, 240)))
    if draw(st.booleans()):
        facts["decision_date"] = date(2026, 3, 1) + timedelta(days=draw(st.integers(0, 60)))
    if kind == Category.OUT_OF_OFFICE and draw(st.booleans()):
        facts["return_date"] = date(2026, 3, 1) + timedelta(days=draw(st.integers(0, 60)))
    return pause, Signal(kind=kind, message_id=f"m{draw(st.integers(0, 10**9))}", at=START, **facts)  # type: ignore[arg-type]


def play(
    sequence: list[tuple[timedelta, Event]], policy=POLICY
) -> tuple[Story, list[tuple[datetime, Event]]]:
    story = Story(policy=policy)
    now = START
    timeline = []
    for number, (pause, event) in enumerate(sequence):
        now = now + pause
        if isinstance(event, Signal):  # each message is seen once: the shell dedups the rest
            event = replace(event, at=now, message_id=f"m{number}@example")
        story.feed(event, now)
        timeline.append((now, event))
    story.until(now + timedelta(days=60))
    return story, timeline


sequences = st.lists(events(), min_size=1, max_size=25)
policies = st.sampled_from([POLICY, replace(POLICY, references=ReferencesPolicy.EVERY_ROUND)])


@settings(max_examples=300, deadline=None)
@given(sequences, policies)
def test_no_action_id_twice(sequence: list[tuple[timedelta, Event]], policy) -> None:
    story, _ = play(sequence, policy)
    ids = [action.id for action in story.actions]
    assert len(ids) == len(set(ids)), ids


@settings(max_examples=300, deadline=None)
@given(sequences)
def test_no_due_time_before_the_event_that_caused_it(
    sequence: list[tuple[timedelta, Event]],
) -> None:
    story = Story()
    now = START
    for pause, event in sequence:
        now += pause
        story.until(now)
        if isinstance(event, Signal):
            event = replace(event, at=now)
        transition = advance(story.app, event, now, POLICY)
        for action in transition.actions:
            assert action.created == now
            assert action.due is None or action.due >= now
        armed = set(transition.application.timers) - set(story.app.timers)
        for timer, when in armed:
            if timer != Timer.INTERVIEW_END:  # a fact from the invite, not a due time
                assert when >= now, (timer, when, now, event)
        story.app = transition.application
    for action in story.actions:
        assert action.due is None or action.due >= action.created


@settings(max_examples=200, deadline=None)
@given(sequences, st.integers(1, 90))
def test_terminal_states_absorb_ticks(sequence: list[tuple[timedelta, Event]], days: int) -> None:
    story, timeline = play(sequence)
    if story.app.state in TERMINAL_STATES:
        later = timeline[-1][0] + timedelta(days=days)
        transition = advance(story.app, Tick(), later, POLICY)
        assert transition.application == story.app
        assert transition.actions == ()


@settings(max_examples=300, deadline=None)
@given(sequences, st.one_of(st.none(), st.dates(date(2026, 1, 1), date(2026, 12, 31))))
def test_out_of_office_never_counts_as_a_reply(
    sequence: list[tuple[timedelta, Event]], back
) -> None:
    story, timeline = play(sequence)
    now = timeline[-1][0] + timedelta(minutes=1)
    before = story.app
    auto_reply = signal(Category.OUT_OF_OFFICE, now, return_date=back, company=None, role=None)
    transition = advance(before, auto_reply, now, POLICY)
    after = transition.application
    assert transition.actions == ()
    assert after.state == before.state
    assert after.open_drafts == before.open_drafts
    assert after.last_company_message == before.last_company_message
    assert (after.follow_ups_drafted, after.follow_ups_sent, after.silence) == (
        before.follow_ups_drafted,
        before.follow_ups_sent,
        before.silence,
    )
    # It may only push timers later, never earlier.
    for timer, when in before.timers:
        later = after.timer(timer)
        assert later is not None and later >= when
