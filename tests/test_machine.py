"""The follow-up state machine: every row of the transition table, and the advice as a story."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, timedelta

import pytest
from factories import ANA, BEN, POLICY, RITA, Story, at, confirmation, scheduled_story, signal
from followup.machine import TRANSITIONS, advance, new_application, next_due
from followup.model import ActionKind, Category, Command, State, Tick, Timer
from followup.policy import Policy, ReferencesPolicy, ThankYouTo
from followup.timing import Duration

C = Category


def interviewed_story() -> Story:
    """Interview Tue 3 Mar 14:00–15:00; thank-you drafted at 16:00."""
    story = scheduled_story()
    story.until(at(3, 16))
    return story


def waiting_story() -> Story:
    """…and the user sent the thank-you Tue 3 Mar 18:00."""
    story = interviewed_story()
    story.feed(signal(C.USER_SENT, at(3, 18)), at(3, 18))
    return story


# -- the whole advice, as one story ------------------------------------------------------------


def test_the_whole_advice_as_one_story() -> None:
    story = Story()
    story.feed(confirmation(at(3, 14), when=at(2, 10)), at(2, 10))
    assert story.app.state == State.SCHEDULED
    assert story.app.timer(Timer.INTERVIEW_END) == at(3, 15)

    # The interview ends at 15:00; the thank-you is made an hour later, due within 24 hours.
    made = story.until(at(3, 16))
    assert [a.step for a in made] == ["thank_you"]
    thank_you = made[0]
    assert thank_you.kind == ActionKind.DRAFT_THANK_YOU
    assert thank_you.created == at(3, 16)
    assert thank_you.due == at(4, 15)
    assert thank_you.to == (ANA,)
    assert story.app.state == State.INTERVIEWED

    # The user sends it that evening: waiting; the first follow-up is due a week later.
    story.feed(signal(C.USER_SENT, at(3, 19)), at(3, 19))
    assert story.app.state == State.WAITING
    assert story.app.timer(Timer.FOLLOW_UP_1) == at(10, 19)

    # A week of silence: follow-up 1 is drafted to the recruiter.
    assert story.until(at(10, 18, 59)) == []
    made = story.until(at(10, 19))
    assert [(a.step, a.to) for a in made] == [("follow_up_1", (RITA,))]

    # Sent the next morning; another week of silence: follow-up 2.
    story.feed(signal(C.USER_SENT, at(11, 9)), at(11, 9))
    assert story.app.timer(Timer.FOLLOW_UP_2) == at(18, 9)
    assert [a.step for a in story.until(at(18, 9))] == ["follow_up_2"]

    # Sent; a last week of silence: move on, with a notice and no more drafts.
    story.feed(signal(C.USER_SENT, at(18, 12)), at(18, 12))
    made = story.until(at(25, 12))
    assert [a.kind for a in made] == [ActionKind.NOTICE]
    assert "move on" in made[0].notice
    assert story.app.state == State.MOVED_ON
    assert story.until(at(30, 12, month=4)) == []

    # A late reply reopens the application.
    late = signal(C.TIMELINE_UPDATE, at(2, 10, month=4), decision_date=date(2026, 4, 10))
    story.feed(late, at(2, 10, month=4))
    assert story.app.state == State.WAITING
    assert "reopened" in story.reasons[-1]
    # Decision Fri 10 Apr + 1 business day of grace → Mon 13 Apr, start of the working day.
    assert story.app.timer(Timer.FOLLOW_UP_1) == at(13, 8, month=4)

    ids = [a.id for a in story.actions]
    assert len(ids) == len(set(ids))


def test_without_the_user_writing_the_clock_runs_from_the_interview_end() -> None:
    story = interviewed_story()
    assert story.app.timer(Timer.FOLLOW_UP_1) == at(10, 15)
    made = story.until(at(10, 15))
    assert [a.step for a in made] == ["follow_up_1"]
    # Follow-up 2 waits for the user to send follow-up 1.
    assert story.until(at(30, 12)) == []
    assert next_due(story.app) is None


# -- interview ends, thank-you -----------------------------------------------------------------


def test_confirmation_schedules_round_one() -> None:
    story = scheduled_story()
    assert story.app.state == State.SCHEDULED
    assert story.app.round == 1
    assert story.app.interviewers == (ANA,)
    assert story.app.contact == RITA
    assert story.actions == []  # references heads-up is on request by default


@pytest.mark.parametrize(
    "policy_value", [ReferencesPolicy.EVERY_ROUND, ReferencesPolicy.FIRST_ROUND]
)
def test_confirmation_drafts_a_references_heads_up_when_policy_says(policy_value) -> None:
    story = Story(policy=replace(POLICY, references=policy_value))
    story.feed(confirmation(at(3, 14)), at(2, 9))
    assert [a.kind for a in story.actions] == [ActionKind.DRAFT_REFERENCE_HEADS_UP]


def test_first_round_policy_skips_later_rounds_every_round_does_not() -> None:
    for policy_value, expected in (
        (ReferencesPolicy.FIRST_ROUND, 1),
        (ReferencesPolicy.EVERY_ROUND, 2),
    ):
        story = Story(policy=replace(POLICY, references=policy_value))
        story.feed(confirmation(at(3, 14)), at(2, 9))
        story.feed(confirmation(at(10, 14), when=at(5, 9)), at(5, 9))
        heads_ups = [a for a in story.actions if a.kind == ActionKind.DRAFT_REFERENCE_HEADS_UP]
        assert len(heads_ups) == expected
        assert story.app.round == 2


def test_thank_you_goes_to_every_interviewer_and_is_not_made_at_night() -> None:
    story = Story()
    start = at(3, 19, 30)
    story.feed(confirmation(start, minutes=90, interviewers=(ANA, BEN)), at(2, 9))
    made = story.until(at(4, 12))
    thank_yous = [a for a in made if a.kind == ActionKind.DRAFT_THANK_YOU]
    assert [a.to for a in thank_yous] == [(ANA,), (BEN,)]  # thank_you.to: each (the default)
    # Ends 21:00, +1 h = 22:00 is quiet: made at 08:00 next morning, due by 21:00 (not later:
    # 21:00 + 24 h would fall in the quiet hours).
    assert {a.created for a in thank_yous} == {at(4, 8)}
    assert {a.due for a in thank_yous} == {at(4, 21)}


def test_a_panel_gets_one_thank_you_when_policy_says_panel() -> None:
    story = Story(policy=replace(POLICY, thank_you_to=ThankYouTo.PANEL))
    story.feed(confirmation(at(3, 14), interviewers=(ANA, BEN)), at(2, 9))
    [thank_you] = [a for a in story.until(at(4, 12)) if a.kind == ActionKind.DRAFT_THANK_YOU]
    assert thank_you.to == (ANA, BEN)
    assert thank_you.step == "thank_you"


def test_24_hours_across_a_dst_change_is_24_real_hours() -> None:
    story = Story()
    story.feed(confirmation(at(28, 10)), at(27, 9))  # Sat 28 Mar; DST starts Sun 29 Mar
    made = story.until(at(29, 12))
    thank_you = next(a for a in made if a.step == "thank_you")
    # Same-zone subtraction in Python is wall-clock time: compare in UTC.
    assert thank_you.due.astimezone(UTC) - at(28, 11).astimezone(UTC) == timedelta(hours=24)
    assert thank_you.due.astimezone(at(1).tzinfo).hour == 12  # 11:00 CET + 24 h = 12:00 CEST


def test_an_invite_without_an_end_uses_the_default_length() -> None:
    story = Story()
    story.feed(
        confirmation(at(3, 14)).__class__(
            kind=C.INTERVIEW_CONFIRMATION, message_id="m1", at=at(2, 9), interview_start=at(3, 14)
        ),
        at(2, 9),
    )
    assert story.app.timer(Timer.INTERVIEW_END) == at(3, 15)


def test_the_same_confirmation_twice_changes_nothing() -> None:
    story = scheduled_story()
    before = story.app
    transition = advance(before, confirmation(at(3, 14), when=at(3, 8)), at(3, 8), POLICY)
    assert transition.actions == ()
    assert transition.application.state == State.SCHEDULED
    assert transition.application.timers == before.timers


# -- user sent -----------------------------------------------------------------------------------


def test_a_message_before_the_interview_does_not_start_the_wait() -> None:
    story = scheduled_story()
    story.feed(signal(C.USER_SENT, at(2, 20)), at(2, 20))
    assert story.app.state == State.SCHEDULED
    assert story.app.timer(Timer.INTERVIEW_END) == at(3, 15)


def test_the_users_own_thank_you_before_ours_means_no_draft() -> None:
    story = scheduled_story()
    story.feed(signal(C.USER_SENT, at(3, 15, 20)), at(3, 15, 20))
    assert story.app.state == State.WAITING
    assert story.until(at(4, 12)) == []
    assert story.app.timer(Timer.FOLLOW_UP_1) == at(10, 15, 20)


def test_a_draft_the_user_replaced_with_their_own_message_counts_as_sent() -> None:
    story = interviewed_story()
    assert [step for _, step in story.app.open_drafts] == ["thank_you"]
    story.feed(signal(C.USER_SENT, at(3, 18)), at(3, 18))
    assert story.app.open_drafts == ()


def test_follow_up_one_waits_for_the_stated_decision_date_plus_grace() -> None:
    story = Story()
    story.feed(confirmation(at(3, 14), decision_date=date(2026, 3, 20)), at(2, 9))
    story.until(at(3, 16))
    story.feed(signal(C.USER_SENT, at(3, 18)), at(3, 18))
    # Fri 20 Mar + 1 business day = Mon 23 Mar, 08:00 (later than Tue 10 Mar 18:00).
    assert story.app.timer(Timer.FOLLOW_UP_1) == at(23, 8)


def test_a_week_past_the_last_message_wins_over_an_early_decision_date() -> None:
    story = Story()
    story.feed(confirmation(at(3, 14), decision_date=date(2026, 3, 4)), at(2, 9))
    story.until(at(3, 16))
    story.feed(signal(C.USER_SENT, at(3, 18)), at(3, 18))
    assert story.app.timer(Timer.FOLLOW_UP_1) == at(10, 18)


# -- company replies -----------------------------------------------------------------------------


def test_rejection_closes_with_a_gracious_reply_and_a_kind_notice() -> None:
    story = waiting_story()
    made = story.feed(signal(C.REJECTION, at(5, 10)), at(5, 10))
    assert story.app.state == State.REJECTED
    kinds = [a.kind for a in made]
    assert kinds == [ActionKind.DRAFT_REJECTION_REPLY, ActionKind.NOTICE]
    assert made[0].to == (RITA,)
    assert story.app.timers == ()
    assert story.until(at(30, 9)) == []


def test_rejection_reply_can_be_turned_off() -> None:
    story = Story(policy=replace(POLICY, rejection_reply=False))
    story.feed(signal(C.REJECTION, at(5, 10)), at(5, 10))
    assert [a.kind for a in story.actions] == [ActionKind.NOTICE]


def test_offer() -> None:
    story = waiting_story()
    made = story.feed(signal(C.OFFER, at(6, 10)), at(6, 10))
    assert story.app.state == State.OFFER
    assert [a.kind for a in made] == [ActionKind.NOTICE]
    assert "offer" in made[0].notice.lower()


def test_next_round_without_a_time_then_its_confirmation() -> None:
    story = waiting_story()
    story.feed(signal(C.NEXT_ROUND, at(6, 10)), at(6, 10))
    assert story.app.state == State.SCHEDULED
    assert story.app.round == 2
    assert story.app.interview_start is None
    assert next_due(story.app) is None
    story.feed(confirmation(at(12, 10), when=at(7, 9)), at(7, 9))
    assert story.app.round == 2  # the confirmation fills in round 2, it is not round 3
    assert story.app.interview_start == at(12, 10)
    made = story.until(at(12, 12))
    assert [(a.step, a.round) for a in made] == [("thank_you", 2)]


def test_a_confirmation_after_the_interview_is_the_next_round() -> None:
    story = waiting_story()
    story.feed(confirmation(at(12, 10), when=at(6, 9)), at(6, 9))
    assert story.app.round == 2
    assert story.app.state == State.SCHEDULED


def test_reschedule_moves_the_interview_and_cancels_a_pending_thank_you() -> None:
    story = scheduled_story()
    story.feed(
        signal(
            C.INTERVIEW_RESCHEDULE, at(3, 11), interview_start=at(5, 10), interview_end=at(5, 11)
        ),
        at(3, 11),
    )
    assert story.app.state == State.SCHEDULED
    assert story.app.timer(Timer.INTERVIEW_END) == at(5, 11)
    assert story.until(at(4, 23)) == []
    assert [a.created for a in story.until(at(5, 12))] == [at(5, 12)]


def test_reschedule_without_a_new_time_waits_for_one() -> None:
    story = scheduled_story()
    story.feed(signal(C.INTERVIEW_RESCHEDULE, at(3, 11)), at(3, 11))
    assert story.app.state == State.TRACKING
    assert next_due(story.app) is None


def test_cancel() -> None:
    story = scheduled_story()
    made = story.feed(signal(C.INTERVIEW_CANCEL, at(3, 9)), at(3, 9))
    assert story.app.state == State.CANCELLED
    assert [a.kind for a in made] == [ActionKind.NOTICE]
    assert story.until(at(20, 9)) == []


def test_timeline_update_moves_the_follow_up_to_the_new_date() -> None:
    story = waiting_story()
    story.feed(signal(C.TIMELINE_UPDATE, at(9, 10), decision_date=date(2026, 3, 27)), at(9, 10))
    assert story.app.state == State.WAITING
    assert story.app.decision_date == date(2026, 3, 27)
    assert story.app.timer(Timer.FOLLOW_UP_1) == at(30, 8)


@pytest.mark.parametrize("kind", [C.INFO_REQUEST, C.REFERENCE_REQUEST])
def test_requests_need_the_users_action(kind: Category) -> None:
    story = waiting_story()
    made = story.feed(signal(kind, at(5, 10)), at(5, 10))
    assert story.app.state == State.ACTION_NEEDED
    notices = [a for a in made if a.kind == ActionKind.NOTICE]
    assert len(notices) == 1
    references = [a for a in made if a.kind == ActionKind.DRAFT_REFERENCE_HEADS_UP]
    assert len(references) == (1 if kind == C.REFERENCE_REQUEST else 0)
    # Answering puts the application back to waiting, with a fresh follow-up clock.
    story.feed(signal(C.USER_SENT, at(5, 15)), at(5, 15))
    assert story.app.state == State.WAITING
    assert story.app.timer(Timer.FOLLOW_UP_1) == at(12, 15)


def test_references_are_never_drafted_when_policy_says_never() -> None:
    story = Story(policy=replace(POLICY, references=ReferencesPolicy.NEVER))
    story.feed(signal(C.REFERENCE_REQUEST, at(5, 10)), at(5, 10))
    assert not [a for a in story.actions if a.kind == ActionKind.DRAFT_REFERENCE_HEADS_UP]


def test_a_company_reply_makes_an_unsent_follow_up_stale() -> None:
    story = interviewed_story()
    story.feed(signal(C.USER_SENT, at(3, 18)), at(3, 18))
    follow_up = story.until(at(10, 18))[0]
    made = story.feed(
        signal(C.TIMELINE_UPDATE, at(11, 9), decision_date=date(2026, 3, 20)), at(11, 9)
    )
    removals = [a for a in made if a.kind == ActionKind.REMOVE_STALE_DRAFT]
    assert [r.replaces for r in removals] == [follow_up.id]
    assert "wrote before your first follow-up" in removals[0].notice
    assert story.app.open_drafts == ()


def test_a_rejection_makes_an_unsent_thank_you_stale() -> None:
    story = interviewed_story()
    made = story.feed(signal(C.REJECTION, at(3, 17)), at(3, 17))
    assert [a.kind for a in made][0] == ActionKind.REMOVE_STALE_DRAFT


def test_a_next_round_leaves_an_unsent_thank_you_alone() -> None:
    story = interviewed_story()
    made = story.feed(signal(C.NEXT_ROUND, at(3, 17)), at(3, 17))
    assert ActionKind.REMOVE_STALE_DRAFT not in [a.kind for a in made]


def test_after_a_broken_silence_follow_ups_get_new_ids() -> None:
    story = waiting_story()
    first = story.until(at(10, 18))[0]
    story.feed(signal(C.USER_SENT, at(10, 20)), at(10, 20))
    story.feed(signal(C.TIMELINE_UPDATE, at(12, 9)), at(12, 9))
    again = story.until(at(30, 9))
    assert again and again[0].step == "follow_up_1@1"
    assert again[0].id != first.id


# -- out of office ---------------------------------------------------------------------------------


def test_out_of_office_is_not_a_reply_and_pauses_follow_ups() -> None:
    story = waiting_story()
    story.until(at(10, 18))
    story.feed(signal(C.USER_SENT, at(10, 19)), at(10, 19))  # follow-up 1 sent
    assert story.app.timer(Timer.FOLLOW_UP_2) == at(17, 19)
    made = story.feed(
        signal(C.OUT_OF_OFFICE, at(10, 19, 1), return_date=date(2026, 3, 23)), at(10, 19, 1)
    )
    assert made == []
    assert story.app.state == State.WAITING
    assert story.app.open_drafts == ()  # nothing went stale
    assert story.app.follow_ups_sent == 1  # the count did not restart
    # Back Mon 23 Mar: follow-up 2 waits for the next business morning after that.
    assert story.app.timer(Timer.FOLLOW_UP_2) == at(24, 8)


def test_out_of_office_without_a_date_changes_nothing() -> None:
    story = waiting_story()
    transition = advance(story.app, signal(C.OUT_OF_OFFICE, at(4, 9)), at(4, 9), POLICY)
    assert transition.application.timers == story.app.timers


# -- user commands -----------------------------------------------------------------------------


def test_stop_holds_through_ticks_and_mail_and_resume_restores() -> None:
    story = waiting_story()
    story.command("stop", at(4, 9))
    assert story.app.state == State.STOPPED
    assert story.until(at(30, 9)) == []
    story.feed(signal(C.TIMELINE_UPDATE, at(5, 9), decision_date=date(2026, 3, 27)), at(5, 9))
    assert story.app.state == State.STOPPED
    assert story.app.decision_date == date(2026, 3, 27)  # learnt, not acted on
    story.command("resume", at(6, 9))
    assert story.app.state == State.WAITING


def test_snooze_holds_every_timer_until_the_date() -> None:
    story = waiting_story()
    story.command("snooze", at(4, 9), until=at(20, 9))
    assert story.until(at(19, 9)) == []
    made = story.until(at(20, 9))
    assert [a.step for a in made] == ["follow_up_1"]
    assert made[0].created == at(20, 9)


def test_resume_lifts_a_snooze() -> None:
    story = waiting_story()
    story.command("snooze", at(4, 9), until=at(28, 9))
    story.command("resume", at(5, 9))
    assert [a.step for a in story.until(at(10, 18))] == ["follow_up_1"]


def test_resume_after_moving_on_starts_a_new_follow_up_cycle() -> None:
    story = waiting_story()
    for day in (10, 17):
        story.until(at(day, 18))
        story.feed(signal(C.USER_SENT, at(day, 19)), at(day, 19))
    story.until(at(31, 9))
    assert story.app.state == State.MOVED_ON
    story.command("resume", at(31, 10))
    assert story.app.state == State.WAITING
    assert story.app.timer(Timer.FOLLOW_UP_1) == at(7, 10, month=4)


def test_track_resumes_a_stopped_application() -> None:
    story = waiting_story()
    story.command("stop", at(4, 9))
    story.command("track", at(4, 10))
    assert story.app.state == State.WAITING


def test_terminal_states_absorb_ticks() -> None:
    for kind in (C.REJECTION, C.OFFER, C.INTERVIEW_CANCEL):
        story = waiting_story()
        story.feed(signal(kind, at(5, 9)), at(5, 9))
        transition = advance(story.app, Tick(), at(30, 9), POLICY)
        assert not transition.changed and transition.actions == ()


def test_a_new_interview_revives_a_cancelled_application() -> None:
    story = scheduled_story()
    story.feed(signal(C.INTERVIEW_CANCEL, at(3, 9)), at(3, 9))
    story.feed(confirmation(at(9, 14), when=at(4, 9)), at(4, 9))
    assert story.app.state == State.SCHEDULED


def test_unknown_combinations_are_ignored_not_errors() -> None:
    app = new_application("x", at(1))
    transition = advance(app, Command("nonsense"), at(1), POLICY)
    assert not transition.changed and "ignored" in transition.reason


def test_every_table_row_has_a_test_above() -> None:
    """A new row in TRANSITIONS needs a test here: this list is the checklist."""
    covered = {
        "interview_invite", "interview_confirmation", "interview_reschedule", "interview_cancel",
        "rejection", "offer", "next_round", "reference_request", "info_request",
        "timeline_update", "out_of_office", "user_sent", "tick", "stop", "snooze", "resume",
        "track",
    }  # fmt: skip
    assert {rule.event for rule in TRANSITIONS} == covered


def test_an_invite_with_a_time_schedules_without_one_tracks() -> None:
    story = Story()
    story.feed(signal(C.INTERVIEW_INVITE, at(2, 9)), at(2, 9))
    assert story.app.state == State.TRACKING
    story.feed(signal(C.INTERVIEW_INVITE, at(2, 12), interview_start=at(4, 10)), at(2, 12))
    assert story.app.state == State.SCHEDULED


def test_custom_timings_from_policy() -> None:
    policy = replace(
        POLICY,
        thank_you_after=Duration(real=timedelta(hours=3)),
        first_follow_up_after=Duration(business_days=5),
    )
    story = Story(policy=policy)
    story.feed(confirmation(at(3, 10)), at(2, 9))
    made = story.until(at(3, 14))
    assert [a.created for a in made] == [at(3, 14)]
    story.feed(signal(C.USER_SENT, at(3, 15)), at(3, 15))
    assert story.app.timer(Timer.FOLLOW_UP_1) == at(10, 15)  # Tue + 5 business days


def test_advance_is_deterministic() -> None:
    story = waiting_story()
    event = signal(C.REJECTION, at(5, 10))
    assert advance(story.app, event, at(5, 10), POLICY) == advance(
        story.app, event, at(5, 10), POLICY
    )


def test_policy_defaults_match_the_advice() -> None:
    policy = Policy()
    assert policy.thank_you_after == Duration(real=timedelta(hours=1))
    assert policy.thank_you_within == Duration(real=timedelta(hours=24))
    assert policy.first_follow_up_after == Duration(real=timedelta(days=7))
    assert policy.second_follow_up_after == Duration(real=timedelta(days=7))
    assert policy.decision_grace == Duration(business_days=1)
    assert policy.rejection_reply is True


def test_references_are_drafted_once_per_round_however_often_asked() -> None:
    story = Story(policy=replace(POLICY, references=ReferencesPolicy.EVERY_ROUND))
    story.feed(confirmation(at(3, 14)), at(2, 9))
    story.feed(signal(C.REFERENCE_REQUEST, at(2, 12)), at(2, 12))
    story.feed(signal(C.INTERVIEW_RESCHEDULE, at(2, 15), interview_start=at(4, 10)), at(2, 15))
    heads_ups = [a for a in story.actions if a.kind == ActionKind.DRAFT_REFERENCE_HEADS_UP]
    assert len(heads_ups) == 1


def test_the_same_message_twice_gives_one_notice() -> None:
    story = waiting_story()
    request = signal(C.INFO_REQUEST, at(5, 10))
    story.feed(request, at(5, 10))
    assert story.feed(request, at(5, 11)) == []


def test_a_rejection_removes_unsent_thank_yous_of_every_round() -> None:
    story = interviewed_story()  # round 1 thank-you drafted, never sent
    story.feed(confirmation(at(10, 14), when=at(5, 9)), at(5, 9))
    story.until(at(10, 16))  # round 2 thank-you drafted too
    made = story.feed(signal(C.REJECTION, at(11, 9)), at(11, 9))
    removed = sorted(a.replaces for a in made if a.kind == ActionKind.REMOVE_STALE_DRAFT)
    assert removed == ["acme.r1.thank_you", "acme.r2.thank_you"]


def test_answering_a_request_after_the_interview_also_stands_in_for_the_thank_you() -> None:
    story = interviewed_story()
    story.feed(signal(C.REFERENCE_REQUEST, at(4, 9)), at(4, 9))
    made = story.feed(signal(C.USER_SENT, at(4, 12)), at(4, 12))
    assert [a.replaces for a in made if a.kind == ActionKind.REMOVE_STALE_DRAFT] == [
        "acme.r1.thank_you"
    ]
    assert story.app.state == State.WAITING
