"""Real messages through parse → classify → match → machine → store, one transaction each."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from factories import CORPUS, POLICY, engine_settings
from followup import engine
from followup.engine import Incoming, process_backlog, process_message, tick
from followup.machine import DRAFT_KINDS, base_step
from followup.mail import parse
from followup.model import ActionKind, State
from followup.store import Store

SETTINGS = engine_settings()


def by_date(names: list[str]) -> list[tuple[datetime, bytes]]:
    messages = []
    for name in names:
        raw = (CORPUS / name).read_bytes()
        date = parse(raw).date
        assert date is not None
        messages.append((date, raw))
    return sorted(messages, key=lambda item: item[0])


def deliver(store: Store, messages: list[tuple[datetime, bytes]], first_uid: int = 1) -> list:
    """Deliver like the daemon would: the clock ticks up to each message, then it is read."""
    outcomes = []
    for uid, (date, raw) in enumerate(messages, first_uid):
        tick(store, POLICY, date)
        outcomes.append(
            process_message(
                store, SETTINGS, folder="INBOX", uidvalidity=7, uid=uid, raw=raw,
                now=date + timedelta(minutes=2),
            )
        )  # fmt: skip
    return outcomes


def test_a_whole_thread_ends_in_a_rejection_with_a_gracious_reply(store: Store) -> None:
    thread = by_date([f"acme-{n}.eml" for n in range(1, 8)])
    outcomes = deliver(store, thread)
    assert len({o.application_id for o in outcomes if o.application_id}) == 1
    [app] = store.applications()
    assert app.company == "Acme Robotics"
    assert app.state == State.REJECTED
    steps = [base_step(entry.action.step) for entry in store.outbox()]
    assert "thank_you" in steps
    assert "rejection_reply" in steps
    kinds = {entry.action.kind for entry in store.outbox()}
    assert ActionKind.NOTICE in kinds
    history = store.events(app.id)
    assert history[0].state_after == "scheduled" or history[0].state_after == "tracking"
    assert history[-1].state_after == "rejected"
    assert store.cursor("dana", "INBOX").last_uid == 7  # type: ignore[union-attr]


def test_the_whole_corpus_runs_without_losing_or_repeating_a_message(store: Store) -> None:
    messages = by_date(sorted(p.name for p in CORPUS.glob("*.eml")))
    outcomes = deliver(store, messages)
    assert len(outcomes) == len(messages)
    assert store.cursor("dana", "INBOX").last_uid == len(messages)  # type: ignore[union-attr]
    assert store.integrity() == "ok"
    actions = len(store.outbox())
    assert actions > 0
    # The folder is renumbered (UIDVALIDITY change): a rescan finds every message already read.
    again = [
        process_message(store, SETTINGS, folder="INBOX", uidvalidity=8, uid=uid, raw=raw,
                        now=messages[-1][0] + timedelta(days=1))
        for uid, (_, raw) in enumerate(messages, 1)
    ]  # fmt: skip
    assert all(o.duplicate for o in again)
    assert len(store.outbox()) == actions


def test_an_unreadable_message_is_recorded_and_skipped(store: Store) -> None:
    outcome = process_message(
        store, SETTINGS, folder="INBOX", uidvalidity=1, uid=5, raw=b"\x00\xff" * 10,
        now=datetime(2026, 3, 2, 9, tzinfo=POLICY.calendar.tz),
    )  # fmt: skip
    assert outcome.unreadable
    assert store.cursor("dana", "INBOX").last_uid == 5  # type: ignore[union-attr]
    [(folder, _, uid, reason)] = store.unreadable_messages()
    assert (folder, uid) == ("INBOX", 5) and reason


def test_noise_never_starts_an_application(store: Store) -> None:
    noise = [p.name for p in CORPUS.glob("*.eml") if p.name.startswith(("linkedin", "indeed"))]
    assert noise
    deliver(store, by_date(noise))
    assert store.applications() == []


def test_ticks_make_the_thank_you_after_the_interview(store: Store) -> None:
    thread = by_date(["acme-1.eml", "acme-2.eml", "acme-3.eml"])
    deliver(store, thread)
    [app] = store.applications()
    assert app.state == State.SCHEDULED and app.interview_end is not None
    made = tick(store, POLICY, app.interview_end + timedelta(hours=2))
    pending = [e.action for e in store.outbox("pending")]
    assert made == len(pending) == len(app.interviewers) == 2  # one note each
    assert {base_step(a.step) for a in pending} == {"thank_you"}
    assert {a.to for a in pending} == {(person,) for person in app.interviewers}
    assert tick(store, POLICY, app.interview_end + timedelta(hours=3)) == 0


def incoming(folder: str, names: list[str]) -> list[Incoming]:
    """Messages as one folder holds them: UIDs in arrival (Date) order."""
    return [Incoming(folder, 7, uid, raw) for uid, (_, raw) in enumerate(by_date(names), start=1)]


def test_a_backlog_interleaves_inbox_and_sent_as_they_were_written(store: Store) -> None:
    inbox = incoming("INBOX", ["acme-1.eml", "acme-3.eml", "acme-6.eml", "acme-7.eml"])
    sent = incoming("Sent", ["acme-2.eml", "acme-4.eml", "acme-5.eml"])
    last = max(parse(i.raw).date for i in inbox + sent)  # type: ignore[type-var]
    process_backlog(store, SETTINGS, inbox + sent, now=last + timedelta(hours=1))
    [app] = store.applications()
    assert app.state == State.REJECTED
    steps = [e.action.step for e in store.outbox()]
    # The user's own thank-you and follow-up count: no second follow-up, no "move on".
    assert "follow_up_2" not in steps and "notice:move_on" not in steps
    # The drafts their own messages stood in for are to be removed (the shell skips any it
    # has not written yet).
    removed = {e.action.replaces for e in store.outbox() if e.action.step.startswith("remove:")}
    drafted = {e.action.id for e in store.outbox() if e.action.kind in DRAFT_KINDS}
    assert {i for i in drafted if ".thank_you" in i or ".follow_up" in i} <= removed
    assert store.cursor("dana", "INBOX").last_uid == 4  # type: ignore[union-attr]
    assert store.cursor("dana", "Sent").last_uid == 3  # type: ignore[union-attr]


def test_a_crash_mid_backlog_never_moves_a_cursor_past_an_unread_uid(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # UID order differs from Date order: UID 3 was written first, so it is read first.
    names = ["acme-3.eml", "acme-6.eml", "acme-1.eml"]
    items = [Incoming("INBOX", 9, uid, (CORPUS / n).read_bytes()) for uid, n in enumerate(names, 1)]
    real = engine.process_mail
    calls = []

    def crash_on_second(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args[3].uid)
        if len(calls) == 2:
            raise RuntimeError("power cut")
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "process_mail", crash_on_second)
    with pytest.raises(RuntimeError):
        process_backlog(store, SETTINGS, items, now=datetime(2026, 4, 1, tzinfo=POLICY.calendar.tz))
    assert calls[0] == 3  # the oldest message, by Date, has the highest UID
    assert store.cursor("dana", "INBOX") is None  # UIDs 1 and 2 are unread: no move
    # Fetched again after the restart, everything is read once.
    monkeypatch.setattr(engine, "process_mail", real)
    outcomes = process_backlog(
        store, SETTINGS, items, now=datetime(2026, 4, 1, tzinfo=POLICY.calendar.tz)
    )
    assert [o.duplicate for o in outcomes].count(True) == 1
    assert store.cursor("dana", "INBOX").last_uid == 3  # type: ignore[union-attr]


def test_a_draft_superseded_before_it_was_written_is_cancelled_with_its_removal(
    store: Store,
) -> None:
    # Read late: the interview, then the user's own thank-you, both before the daemon acted.
    deliver(store, by_date(["acme-1.eml", "acme-2.eml", "acme-3.eml", "acme-4.eml"]))
    statuses = {e.action.step: e.status for e in store.outbox()}
    thank_yous = {step: status for step, status in statuses.items() if "thank_you" in step}
    assert thank_yous and set(thank_yous.values()) == {"cancelled"}
    assert not [e for e in store.outbox("pending") if "thank_you" in e.action.step]


def test_a_fault_in_reading_one_message_never_stops_the_rest(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = engine.classify

    def broken_on_offers(mail, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "acme-3" in mail.message_id or "calendar-7c4d1f2a" in mail.message_id:
            raise ZeroDivisionError("a bug")
        return real(mail, *args, **kwargs)

    monkeypatch.setattr(engine, "classify", broken_on_offers)
    outcomes = deliver(store, by_date(["acme-1.eml", "acme-3.eml", "acme-7.eml"]))
    assert [o.unreadable is not None for o in outcomes] == [False, True, False]
    assert "ZeroDivisionError: a bug" in (outcomes[1].unreadable or "")
    [(_, _, uid, reason)] = store.unreadable_messages()
    assert uid == 2 and "internal error" in reason
    assert store.cursor("dana", "INBOX").last_uid == 3  # type: ignore[union-attr]


def test_a_stop_ends_the_backlog_after_the_message_in_hand_and_loses_nothing(
    store: Store,
) -> None:
    messages = by_date([f"acme-{n}.eml" for n in range(1, 8)])
    items = [Incoming("INBOX", 7, uid, raw) for uid, (_, raw) in enumerate(messages, start=1)]
    now = messages[-1][0] + timedelta(days=1)
    asked = iter([False, False, False, True])
    first = process_backlog(store, SETTINGS, items, now, stopping=lambda: next(asked, True))
    assert len(first) == 3
    assert store.cursor("dana", "INBOX").last_uid == 3  # type: ignore[union-attr]
    # The next start reads on from the cursor: every message judged once, none lost.
    rest = process_backlog(store, SETTINGS, items[3:], now)
    assert len(rest) == 4 and not any(o.duplicate for o in rest)
    assert store.cursor("dana", "INBOX").last_uid == 7  # type: ignore[union-attr]
    [app] = store.applications()
    assert app.state == State.REJECTED
