"""Real messages through parse → classify → match → machine → store, one transaction each."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from followup.classify import RuleSet
from followup.engine import Settings, process_message, tick
from followup.machine import base_step
from followup.mail import parse
from followup.model import ActionKind, State
from followup.policy import Policy
from followup.store import Store
from followup.timing import WorkCalendar

CORPUS = Path(__file__).parent / "corpus"
POLICY = Policy(calendar=WorkCalendar(zone="Europe/Berlin"))
SETTINGS = Settings.build("dana", RuleSet.default(), POLICY, ["dana.whitfield@example.org"])


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "state.sqlite3")


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
