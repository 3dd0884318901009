"""Hard real-world sequences: out-of-order mail, repeats, no-shows, holds, odd recipients.

Each test was first written as a failing reproduction of a review finding, then fixed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from factories import (
    ANA,
    BEN,
    CORPUS,
    POLICY,
    RITA,
    Story,
    at,
    confirmation,
    engine_settings,
    scheduled_story,
    signal,
)
from followup.engine import Outcome, process_message
from followup.machine import new_application
from followup.mail import parse
from followup.match import match
from followup.model import ActionKind, Category, Person, State, Timer
from followup.store import Store
from followup.timing import Duration

C = Category

SETTINGS = engine_settings()


def read(store: Store, folder: str, names: list[str], now: datetime | None = None) -> list[Outcome]:
    """Read corpus messages from one folder in Date order (UID order), as the daemon would."""
    messages = []
    for name in names:
        raw = (CORPUS / name).read_bytes()
        sent = parse(raw).date
        assert sent is not None
        messages.append((sent, raw))
    messages.sort(key=lambda item: item[0])
    return [
        process_message(
            store, SETTINGS, folder=folder, uidvalidity=1, uid=uid, raw=raw,
            now=now or sent + timedelta(minutes=2),
        )
        for uid, (sent, raw) in enumerate(messages, 1)
    ]  # fmt: skip


def steps(actions: list) -> list[str]:  # type: ignore[type-arg]
    return [a.step for a in actions]


# -- 1. out-of-order user mail collapses the follow-up ladder ---------------------------------


def test_catch_up_reading_sent_after_inbox_does_not_invent_follow_ups(store: Store) -> None:
    # The daemon was down from 13 Jan to 30 Jan. Acme invited, confirmed (interview 21 Jan),
    # the user sent a thank-you (21 Jan) and a follow-up (30 Jan); an out-of-office came back.
    back = parse((CORPUS / "acme-6.eml").read_bytes()).date + timedelta(hours=3)  # type: ignore[operator]
    read(store, "INBOX", ["acme-1.eml", "acme-3.eml", "acme-6.eml"], now=back)
    read(store, "Sent", ["acme-2.eml", "acme-4.eml", "acme-5.eml"], now=back)
    [app] = store.applications()
    pending = steps([entry.action for entry in store.outbox("pending")])
    # The user wrote the thank-you and follow-up 1 themselves; nothing asked for follow-up 2
    # or a "move on" notice: the follow-up they sent today has not had a day to be answered.
    assert app.state == State.WAITING
    assert "follow_up_2" not in pending
    assert "notice:move_on" not in pending
    assert "thank_you" not in pending


def test_a_user_message_older_than_the_follow_up_draft_does_not_count_as_sending_it() -> None:
    story = scheduled_story()  # interview Tue 3 Mar 14:00-15:00
    made = story.until(at(10, 16))  # the user never wrote: thank-you, then follow-up 1 on 10 Mar
    assert steps(made) == ["thank_you", "follow_up_1"]
    # Read late (another folder): "see you tomorrow", written the evening before the interview.
    story.feed(signal(C.USER_SENT, at(2, 20)), at(10, 17))
    assert story.app.follow_ups_sent == 0
    assert story.until(at(11, 9)) == []  # no follow-up 2 the next morning


# -- 2. matching: the user's own mail, job boards, scheduling tools, ATS-started threads ------


def test_the_users_thank_you_to_a_company_address_is_matched(store: Store) -> None:
    # alpenglanz-user-1 is Dana's thank-you to reto.ammann@alpenglanz.example, a domain the
    # application already knows; the name found in it is only "Alpenglanz" (not "... Software").
    invite, thanks = read(store, "INBOX", ["alpenglanz-1.eml", "alpenglanz-user-1.eml"])
    assert invite.application_id is not None
    assert thanks.category == "user_sent"
    assert thanks.application_id == invite.application_id


def test_a_job_board_invite_and_its_reminder_make_one_application(store: Store) -> None:
    read(store, "INBOX", ["datalia-1.eml", "datalia-2.eml"])
    applications = store.applications()
    assert [app.company for app in applications] == ["Datalia Consultores"]
    assert all(app.id.split("-")[0] != "infojobs" for app in applications)


def test_a_calendly_booking_joins_the_application_that_sent_the_link(store: Store) -> None:
    invite, booked = read(store, "INBOX", ["lumen-1.eml", "lumen-2.eml"])
    assert booked.category == "interview_confirmation"
    assert booked.application_id == invite.application_id
    assert len(store.applications()) == 1


def test_the_recruiters_own_request_reaches_an_application_started_by_an_ats(
    store: Store,
) -> None:
    outcomes = read(store, "INBOX", ["brightwave-2.eml", "brightwave-3.eml", "brightwave-4.eml"])
    invite, info, references = outcomes
    assert (info.category, references.category) == ("info_request", "reference_request")
    assert info.application_id == invite.application_id
    assert references.application_id == invite.application_id


def test_a_reply_in_an_old_applications_thread_about_the_new_role_goes_to_the_new_one() -> None:
    old = replace(
        new_application("acme-old", at(5, month=1), "Acme", "Data Engineer"),
        state=State.REJECTED,
        thread_ids=frozenset({"old-1@acme.example"}),
        company_domains=frozenset({"acme.example"}),
        last_event_at=at(10, month=2),
    )
    new = replace(
        new_application("acme-new", at(1), "Acme", "Machine Learning Engineer"),
        state=State.INTERVIEWED,
        thread_ids=frozenset({"new-1@acme.example"}),
        company_domains=frozenset({"acme.example"}),
        last_event_at=at(3, 15),
    )
    # The user answers Rita's old thread to thank her for today's ML interview.
    thanks = signal(
        C.USER_SENT,
        at(3, 18),
        role="Machine Learning Engineer",
        thread_ids=("mine@example.org", "old-1@acme.example"),
    )
    assert match(thanks, [old, new], frozenset()).application_id == "acme-new"


# -- 3. reschedule after a no-show --------------------------------------------------------------


def test_a_reschedule_after_a_no_show_retracts_the_thank_you_and_makes_a_new_one() -> None:
    story = scheduled_story()  # Tue 3 Mar 14:00-15:00
    assert steps(story.until(at(3, 16))) == ["thank_you"]
    # The interviewer did not show up; the next morning the recruiter moves it to Friday.
    made = story.feed(
        signal(
            C.INTERVIEW_RESCHEDULE, at(4, 9), interview_start=at(6, 10), interview_end=at(6, 11)
        ),
        at(4, 9),
    )
    assert ActionKind.REMOVE_STALE_DRAFT in [a.kind for a in made]
    after_real_interview = story.until(at(6, 13))
    assert [a.kind for a in after_real_interview] == [ActionKind.DRAFT_THANK_YOU]


# -- 4. the same event announced again after it happened ----------------------------------------


def test_a_calendar_invite_for_the_same_event_after_it_ended_is_not_a_new_round() -> None:
    story = scheduled_story(invite_uid="evt-1@acme.example")
    story.until(at(3, 16))
    # Google Calendar's "Updated invitation" for the same event (notes added after the call).
    updated = signal(
        C.INTERVIEW_INVITE,
        at(3, 16, 30),
        message_id="gcal-update@calendar.google.com",
        interview_start=at(3, 14),
        interview_end=at(3, 15),
        invite_uid="evt-1@acme.example",
    )
    story.feed(updated, at(3, 16, 30))
    assert story.app.round == 1
    assert [a.step for a in story.until(at(5, 9))] == []


def test_a_repeated_confirmation_after_the_user_wrote_is_not_a_new_round() -> None:
    story = scheduled_story()
    story.until(at(3, 16))
    story.feed(signal(C.USER_SENT, at(3, 17)), at(3, 17))
    story.feed(confirmation(at(3, 14), when=at(3, 18), message_id="ats-copy@x"), at(3, 18))
    assert story.app.round == 1
    assert story.app.state == State.WAITING
    assert story.until(at(5, 9)) == []


# -- 5. mail before the interview is treated as if the interview were over ----------------------


def test_a_timeline_note_before_the_interview_does_not_cancel_the_thank_you() -> None:
    story = scheduled_story(start=at(12, 14))
    story.feed(signal(C.TIMELINE_UPDATE, at(4, 10), decision_date=date(2026, 3, 20)), at(4, 10))
    story.feed(signal(C.USER_SENT, at(5, 10)), at(5, 10))  # "thanks, see you on the 12th"
    assert steps(story.until(at(12, 16))) == ["thank_you"]


def test_answering_a_request_before_the_interview_drafts_no_follow_up_before_it() -> None:
    story = scheduled_story(start=at(16, 14))  # two weeks out
    story.feed(signal(C.INFO_REQUEST, at(4, 10)), at(4, 10))  # "please send your work permit"
    story.feed(signal(C.USER_SENT, at(4, 12)), at(4, 12))
    assert story.until(at(16, 13)) == []


# -- 6. an out-of-office hijacks the contact ----------------------------------------------------


def test_an_interviewers_out_of_office_does_not_become_the_follow_up_contact() -> None:
    story = scheduled_story()
    story.until(at(3, 16))
    story.feed(signal(C.USER_SENT, at(3, 17)), at(3, 17))  # thank-you to Ana (and Rita)
    away = signal(
        C.OUT_OF_OFFICE, at(3, 17, 1), sender=ANA, contact=ANA, return_date=date(2026, 3, 5)
    )
    story.feed(away, at(3, 17, 1))
    follow_up = next(a for a in story.until(at(12, 9)) if a.step == "follow_up_1")
    assert follow_up.to == (RITA,)


# -- 7/8. thank-you recipients --------------------------------------------------------------------


def test_a_thank_you_is_never_addressed_to_someone_without_an_email() -> None:
    story = scheduled_story(interviewers=(Person("Marta Gómez", ""),))
    thank_you = next(a for a in story.until(at(3, 16)) if a.step == "thank_you")
    assert thank_you.to and all(person.email for person in thank_you.to)


def test_thank_you_to_each_makes_one_draft_per_interviewer() -> None:
    story = scheduled_story(interviewers=(ANA, BEN))
    thank_yous = [a for a in story.until(at(3, 16)) if a.kind == ActionKind.DRAFT_THANK_YOU]
    assert sorted(p.email for a in thank_yous for p in a.to) == sorted([ANA.email, BEN.email])
    assert len(thank_yous) == 2


# -- 9. quiet hours ------------------------------------------------------------------------------


def test_a_thank_you_is_never_due_in_quiet_hours() -> None:
    story = Story()
    story.feed(confirmation(at(3, 23)), at(2, 9))  # 17:00 New York = 23:00 Berlin, one hour
    thank_you = next(a for a in story.until(at(5, 12)) if a.step == "thank_you")
    local = thank_you.due.astimezone(at(1).tzinfo)  # type: ignore[union-attr]
    assert (8, 0) <= (local.hour, local.minute) <= (21, 0)  # by the evening, not at midnight


# -- 10. a quick next-round email swallows the thank-you -----------------------------------------


def test_a_next_round_email_right_after_the_interview_keeps_its_thank_you() -> None:
    story = scheduled_story()  # ends 15:00; thank-you timer 16:00
    story.until(at(3, 15, 10))
    story.feed(signal(C.NEXT_ROUND, at(3, 15, 40)), at(3, 15, 40))
    story.until(at(4, 12))
    assert "thank_you" in steps(story.actions)


# -- 11. holds release their backlog all at once --------------------------------------------------


def test_the_end_of_a_snooze_does_not_release_a_thank_you_and_a_follow_up_together() -> None:
    # A quick policy so that both the thank-you and follow-up 1 fall due during the snooze.
    quick = replace(POLICY, first_follow_up_after=Duration(real=timedelta(days=1)))
    story = Story(policy=quick)
    story.feed(confirmation(at(3, 14)), at(2, 9))
    story.command("snooze", at(3, 12), until=at(5, 9))
    assert steps(story.until(at(5, 9))) == ["thank_you"]
    # Follow-up 1 waits a working day instead of arriving with the thank-you.
    assert steps(story.until(at(6, 8))) == ["follow_up_1"]


def test_resume_after_a_long_stop_does_not_replay_a_weeks_old_thank_you() -> None:
    story = scheduled_story()
    story.command("stop", at(3, 9))
    story.command("resume", at(25, 9))
    made = story.until(at(25, 9))
    assert "thank_you" not in steps(made)
    assert all(a.created >= at(25, 9) for a in made)


# -- 12. the user's own message leaves our draft behind -------------------------------------------


def test_the_users_own_thank_you_retracts_our_unsent_draft() -> None:
    story = scheduled_story()
    story.until(at(3, 16))  # our thank-you draft exists
    made = story.feed(signal(C.USER_SENT, at(3, 15, 50)), at(3, 16, 5))  # theirs, read late
    removals = [a for a in made if a.kind == ActionKind.REMOVE_STALE_DRAFT]
    assert [r.replaces for r in removals] == ["acme.r1.thank_you"]


# -- 13. calendar housekeeping after the interview -----------------------------------------------


def test_cancelling_an_event_that_already_happened_keeps_the_application_open() -> None:
    story = scheduled_story(invite_uid="evt-1@acme.example")
    story.until(at(3, 16))
    story.feed(signal(C.USER_SENT, at(3, 17)), at(3, 17))
    cleanup = signal(
        C.INTERVIEW_CANCEL, at(4, 9), interview_start=at(3, 14), invite_uid="evt-1@acme.example"
    )
    story.feed(cleanup, at(4, 9))
    assert story.app.state == State.WAITING
    assert story.app.timer(Timer.FOLLOW_UP_1) is not None
