"""The store: plain-JSON round trips, migrations, one transaction per message, private files."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from dataclasses import MISSING, fields, replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from followup import store as store_module
from followup.machine import advance, new_application
from followup.model import (
    Action,
    ActionKind,
    Application,
    Category,
    Person,
    Signal,
    State,
    Timer,
    Transition,
)
from followup.policy import Policy
from followup.store import (
    LATEST_VERSION,
    MIGRATIONS,
    Cursor,
    Store,
    StoreError,
    action_from_plain,
    application_from_plain,
    to_plain,
)
from hypothesis import given, settings
from hypothesis import strategies as st

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
KOLKATA = ZoneInfo("Asia/Kolkata")
CHATHAM = timezone(timedelta(hours=12, minutes=45))
ANA = Person("Ana Ruiz", "ana.ruiz@acme.example")
BEN = Person("", "ben@acme.example")
RITA = Person("Rita Recruiter", "rita@acme.example")
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN)


def when(hours: float, zone: timezone | ZoneInfo = BERLIN) -> datetime:
    return (T0 + timedelta(hours=hours)).astimezone(zone)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "state" / "followup.sqlite3") as opened:
        yield opened


def full_application() -> Application:
    """Every field differs from its default (test_full_application_is_full checks)."""
    return Application(
        id="acme-data-engineer",
        company="Acme",
        role="Data Engineer",
        state=State.WAITING,
        created=when(0),
        round=2,
        interview_start=when(30, NEW_YORK),
        interview_end=when(31, NEW_YORK),
        interviewers=(ANA, BEN),
        contact=RITA,
        subject="Re: Data Engineer – next steps",
        thread_ids=frozenset({"<a@acme>", "<b@acme>"}),
        invite_uids=frozenset({"invite-1", "invite-2"}),
        company_domains=frozenset({"acme.example", "acme-jobs.example"}),
        decision_date=date(2026, 3, 20),
        decision_text="by the end of next week",
        last_user_sent=when(33, KOLKATA),
        last_company_message=when(2, CHATHAM),
        follow_ups_drafted=2,
        follow_ups_sent=1,
        paused_until=when(100, UTC),
        snoozed_until=when(120, BERLIN),
        state_before_hold=State.INTERVIEWED,
        timers=((Timer.FOLLOW_UP_2, when(200, KOLKATA)), (Timer.MOVE_ON, when(400, UTC))),
        open_drafts=(("acme.r2.follow_up_1", "follow_up_1"), ("acme.r2.thank_you", "thank_you")),
        silence=3,
        emitted=frozenset({"acme.r2.follow_up_1", "acme.r2.thank_you"}),
        last_draft_at=when(77, KOLKATA),
        reschedules=1,
        last_event="timeline update",
        last_event_at=when(34, CHATHAM),
    )


def full_action() -> Action:
    return Action(
        id="acme.r2.remove:follow_up_1",
        application_id="acme-data-engineer",
        kind=ActionKind.REMOVE_STALE_DRAFT,
        step="remove:follow_up_1",
        round=2,
        created=when(5, NEW_YORK),
        due=when(29, KOLKATA),
        to=(RITA, BEN),
        notice="Acme wrote before your first follow-up went out.",
        replaces="acme.r2.follow_up_1",
    )


def through_json(value: object) -> object:
    return json.loads(json.dumps(to_plain(value)))


def offsets(value: object) -> list[tuple[timedelta | None, object]]:
    """Every datetime's UTC offset and zone inside an Application or Action, in field order.

    Stricter than ==, which compares instants only."""
    found: list[tuple[timedelta | None, object]] = []
    for f in fields(value):  # type: ignore[arg-type]
        item = getattr(value, f.name)
        items = item if isinstance(item, tuple) else (item,)
        for part in items:
            for leaf in part if isinstance(part, tuple) else (part,):
                if isinstance(leaf, datetime):
                    found.append((leaf.utcoffset(), leaf.tzinfo))
    return found


# -- plain JSON -------------------------------------------------------------------------------


@pytest.mark.parametrize("build", [full_application, full_action])
def test_full_examples_set_every_field(build: object) -> None:
    """Guards the round-trip tests below: a field left at its default would go untested."""
    value = build()  # type: ignore[operator]
    for f in fields(value):
        assert f.default is MISSING or getattr(value, f.name) != f.default, f.name


def test_application_round_trips_through_json_with_every_field() -> None:
    app = full_application()
    back = application_from_plain(through_json(app))  # type: ignore[arg-type]
    assert back == app
    # == compares instants; each datetime's offset and named zone survive too.
    assert offsets(back) == offsets(app)
    assert len({zone for _, zone in offsets(app)}) >= 4
    assert type(back.thread_ids) is frozenset and back.decision_date == date(2026, 3, 20)
    assert back.timers[0][0] is Timer.FOLLOW_UP_2


def test_action_round_trips_through_json_with_every_field() -> None:
    action = full_action()
    back = action_from_plain(through_json(action))  # type: ignore[arg-type]
    assert back == action
    assert offsets(back) == offsets(action)
    assert back.kind is ActionKind.REMOVE_STALE_DRAFT


@pytest.mark.parametrize("fold", [0, 1])
def test_the_hour_the_clocks_go_back_round_trips_in_its_zone(fold: int) -> None:
    """With only the offset, Python compares an ambiguous wall time unequal to itself."""
    ambiguous = datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN, fold=fold)
    app = replace(new_application("acme", T0), interview_start=ambiguous)
    back = application_from_plain(through_json(app))  # type: ignore[arg-type]
    assert back == app
    assert back.interview_start is not None and back.interview_start.tzinfo is BERLIN
    assert back.interview_start.utcoffset() == timedelta(hours=2 - fold)


def test_a_datetime_from_an_older_row_without_a_zone_name_still_reads() -> None:
    plain = through_json(new_application("acme", T0))
    assert isinstance(plain, dict)
    plain["created"] = "2026-03-02T09:00:00+01:00"
    assert application_from_plain(plain).created == T0


def test_rows_written_before_a_field_existed_read_as_its_default() -> None:
    plain = through_json(new_application("acme", T0))
    assert isinstance(plain, dict)
    del plain["silence"], plain["open_drafts"]
    assert application_from_plain(plain) == new_application("acme", T0)
    with pytest.raises(KeyError):
        application_from_plain({key: v for key, v in plain.items() if key != "state"})


ZONES = st.sampled_from([UTC, BERLIN, NEW_YORK, KOLKATA, CHATHAM, timezone(timedelta(hours=-9))])
instants = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=ZONES
)
text = st.text(max_size=12)
people = st.builds(Person, name=text, email=text)
ids = st.frozensets(text, max_size=4)


maybe = st.none() | instants
APPLICATION_FIELDS: dict[str, st.SearchStrategy[object]] = {
    "id": text,
    "company": text,
    "role": text,
    "state": st.sampled_from(State),
    "created": instants,
    "round": st.integers(1, 9),
    "interview_start": maybe,
    "interview_end": maybe,
    "interviewers": st.lists(people, max_size=3).map(tuple),
    "contact": st.none() | people,
    "subject": text,
    "thread_ids": ids,
    "invite_uids": ids,
    "company_domains": ids,
    "decision_date": st.none() | st.dates(),
    "decision_text": st.none() | text,
    "last_user_sent": maybe,
    "last_company_message": maybe,
    "follow_ups_drafted": st.integers(0, 2),
    "follow_ups_sent": st.integers(0, 2),
    "paused_until": maybe,
    "snoozed_until": maybe,
    "state_before_hold": st.none() | st.sampled_from(State),
    "timers": st.lists(st.tuples(st.sampled_from(Timer), instants), max_size=4).map(tuple),
    "open_drafts": st.lists(st.tuples(text, text), max_size=3).map(tuple),
    "silence": st.integers(0, 5),
    "emitted": ids,
    "last_draft_at": maybe,
    "reschedules": st.integers(0, 3),
    "last_event": text,
    "last_event_at": maybe,
}
applications = st.fixed_dictionaries(APPLICATION_FIELDS).map(lambda kw: Application(**kw))


def test_the_generator_covers_every_application_field() -> None:
    """A field added to the model must be added here, or the property would not test it."""
    assert set(APPLICATION_FIELDS) == {f.name for f in fields(Application)}


@settings(max_examples=200, deadline=None)
@given(applications)
def test_any_application_survives_json(app: Application) -> None:
    back = application_from_plain(json.loads(json.dumps(to_plain(app))))
    assert back == app
    assert offsets(back) == offsets(app)


@settings(max_examples=30, deadline=None)
@given(app=applications)
def test_any_application_survives_the_database(
    tmp_path_factory: pytest.TempPathFactory, app: Application
) -> None:
    with Store.open(tmp_path_factory.mktemp("db") / "f.sqlite3") as store:
        with store.transaction():
            store.save_application(app, next_due=app.created)
        assert store.application(app.id) == app
        assert store.applications() == [app]


# -- migrations -------------------------------------------------------------------------------


def test_a_fresh_database_is_at_the_latest_schema(store: Store) -> None:
    assert store.schema_version == LATEST_VERSION == len(MIGRATIONS) >= 2
    tables = {row[0] for row in store._db.execute("SELECT name FROM sqlite_master")}
    assert {"applications", "messages", "cursors", "outbox", "events"} <= tables


def test_a_new_migration_runs_once_and_reopening_runs_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "followup.sqlite3"
    Store.open(path).close()
    later = (*MIGRATIONS, "CREATE TABLE ran (n INTEGER); INSERT INTO ran VALUES (1);")
    monkeypatch.setattr(store_module, "MIGRATIONS", later)
    monkeypatch.setattr(store_module, "LATEST_VERSION", len(later))
    for _ in range(3):
        with Store.open(path) as store:
            assert store.schema_version == len(later)
            assert store._db.execute("SELECT count(*) FROM ran").fetchone()[0] == 1


def test_version_1_messages_survive_the_upgrade_with_their_folder_uidvalidity(
    tmp_path: Path,
) -> None:
    path = tmp_path / "followup.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(MIGRATIONS[0] + "PRAGMA user_version=1;")
    old.executescript(
        "INSERT INTO cursors VALUES ('me', 'INBOX', 7, 2);"
        "INSERT INTO messages VALUES ('me', 'INBOX', 1, '<a@x>', 'offer', 'acme', NULL, '2026');"
        "INSERT INTO messages VALUES ('me', 'Sent', 1, '<b@x>', NULL, NULL, 'bad', '2026');"
    )
    old.close()
    with Store.open(path) as store:
        assert store.schema_version == LATEST_VERSION
        rows = store._db.execute(
            "SELECT folder, uidvalidity, uid, message_id, category FROM messages ORDER BY folder"
        ).fetchall()
        assert rows == [("INBOX", 7, 1, "<a@x>", "offer"), ("Sent", 0, 1, "<b@x>", None)]
        assert store.seen_message_ids("me") == {"<a@x>", "<b@x>"}
        assert store.unreadable_messages() == [("Sent", "<b@x>", 1, "bad")]


def test_a_database_from_a_newer_program_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "followup.sqlite3"
    Store.open(path).close()
    newer = sqlite3.connect(path)
    newer.execute(f"PRAGMA user_version={LATEST_VERSION + 1}")
    newer.close()
    with pytest.raises(StoreError, match="newer interview-followup.*upgrade the program"):
        Store.open(path)


# -- errors opening ---------------------------------------------------------------------------


def test_an_unusable_path_is_a_store_error_that_names_state_dir(tmp_path: Path) -> None:
    not_a_directory = tmp_path / "file"
    not_a_directory.write_text("")
    with pytest.raises(StoreError, match=r"cannot open the state database .*state_dir"):
        Store.open(not_a_directory / "state" / "followup.sqlite3")


def test_a_garbage_file_is_a_store_error_that_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "followup.sqlite3"
    path.write_bytes(b"this is not SQLite, it is a shopping list\n" * 200)
    with pytest.raises(StoreError, match="not a readable followup database.*move it aside"):
        Store.open(path)
    assert path.read_bytes().startswith(b"this is not SQLite")  # never overwritten


# -- private files ----------------------------------------------------------------------------


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_files_are_0600_and_the_directory_0700_whatever_the_umask(
    tmp_path: Path,
) -> None:
    path = tmp_path / "state" / "followup.sqlite3"
    old_umask = os.umask(0)
    try:
        with Store.open(path) as store:
            with store.transaction():
                store.log(T0, "test", "make the WAL grow")
            wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
            assert wal.exists() and shm.exists()
            assert (mode(path), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
            assert mode(path.parent) == 0o700
    finally:
        os.umask(old_umask)


def test_a_database_left_readable_by_others_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "followup.sqlite3"
    Store.open(path).close()
    path.chmod(0o644)
    Store.open(path).close()
    assert mode(path) == 0o600


# -- transactions -----------------------------------------------------------------------------


def interview_invite(uid: int) -> Signal:
    return Signal(
        kind=Category.INFO_REQUEST,
        message_id=f"<m{uid}@acme.example>",
        at=when(uid),
        company="Acme",
        contact=RITA,
        sender=RITA,
    )


def step(app: Application, uid: int) -> Transition:
    signal = interview_invite(uid)
    return advance(app, signal, signal.at, Policy())


def test_record_writes_application_actions_and_log_in_the_callers_transaction(
    store: Store,
) -> None:
    app = new_application("acme", T0)
    transition = step(app, 1)
    assert transition.actions
    with store.transaction():
        added = store.record(
            None, transition, at=when(1), event="info_request", next_due=None, message_id="<m1>"
        )
        store.set_cursor("me", "INBOX", Cursor(7, 1))
    assert added == list(transition.actions)
    assert store.application("acme") == transition.application
    assert [entry.action for entry in store.outbox()] == list(transition.actions)
    [event] = store.events()
    assert (event.application_id, event.message_id, event.kind) == ("acme", "<m1>", "info_request")
    assert (event.state_before, event.state_after) == (None, "action_needed")
    assert event.reason == transition.reason


def test_an_exception_in_the_transaction_rolls_back_everything(store: Store) -> None:
    app = new_application("acme", T0)
    with store.transaction():
        store.record(None, step(app, 1), at=when(1), event="first", next_due=None)
    before = (store.application("acme"), store.outbox(), store.events())

    second = step(before[0], 2)  # type: ignore[arg-type]
    with pytest.raises(ZeroDivisionError), store.transaction():
        store.mark_seen("me", "INBOX", 2, "<m2>", when(2), uidvalidity=7)
        store.record(before[0], second, at=when(2), event="second", next_due=None)
        store.set_cursor("me", "INBOX", Cursor(7, 2))
        1 / 0  # noqa: B018

    assert (store.application("acme"), store.outbox(), store.events()) == before
    assert store.cursor("me", "INBOX") is None
    assert store.seen_message_ids("me") == set()
    # The connection is usable afterwards, and the same step can be recorded for real.
    with store.transaction():
        assert store.record(before[0], second, at=when(2), event="second", next_due=None)
    assert len(store.events()) == 2


def test_writes_outside_a_transaction_are_refused(store: Store) -> None:
    app = new_application("acme", T0)
    writes = [
        lambda: store.save_application(app, None),
        lambda: store.record(None, Transition(app), at=T0, event="e", next_due=None),
        lambda: store.add_actions([full_action()]),
        lambda: store.log(T0, "e", "why"),
        lambda: store.mark_seen("me", "INBOX", 1, "<m>", T0),
        lambda: store.set_cursor("me", "INBOX", Cursor(1, 1)),
        lambda: store.finish_action("x", "done", T0),
    ]
    for write in writes:
        with pytest.raises(StoreError, match="inside `with store.transaction"):
            write()
    assert store.applications() == [] and store.events() == [] and store.outbox() == []


def test_transactions_do_not_nest(store: Store) -> None:
    with pytest.raises(StoreError, match="does not nest"), store.transaction():
        store.log(T0, "outer", "rolled back with the failed inner one")
        with store.transaction():
            pass  # pragma: no cover
    assert store.events() == []


def test_a_second_writer_waits_then_gets_a_clear_error_while_readers_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "followup.sqlite3"
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_SECONDS", 0.2)
    with Store.open(path) as daemon, Store.open(path) as other:
        with daemon.transaction():
            daemon.set_cursor("me", "INBOX", Cursor(7, 9))
            assert other.cursor("me", "INBOX") is None  # WAL: reads the last commit, no wait
            with pytest.raises(StoreError, match="another followup daemon"), other.transaction():
                pass  # pragma: no cover
        assert other.cursor("me", "INBOX") == Cursor(7, 9)


def test_the_store_refuses_use_from_another_thread(store: Store) -> None:
    errors: list[BaseException] = []

    def read() -> None:
        try:
            store.applications()
        except BaseException as error:  # noqa: BLE001
            errors.append(error)

    worker = threading.Thread(target=read)
    worker.start()
    worker.join()
    assert len(errors) == 1 and isinstance(errors[0], sqlite3.ProgrammingError)


# -- outbox -----------------------------------------------------------------------------------


def action(step_name: str, hours: float = 0, **changes: object) -> Action:
    base = Action(
        id=f"acme.r1.{step_name}",
        application_id="acme",
        kind=ActionKind.NOTICE,
        step=step_name,
        round=1,
        created=when(hours),
        notice=f"about {step_name}",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_add_actions_is_exactly_once_by_id(store: Store) -> None:
    first, second, third = action("a", 1), action("b", 2), action("c", 3)
    with store.transaction():
        assert store.add_actions([first, second]) == [first, second]
    with store.transaction():
        changed = replace(first, notice="a different text for the same step")
        assert store.add_actions((changed, second, third, third)) == [third]
    assert [entry.action for entry in store.outbox()] == [first, second, third]


def test_an_action_the_outbox_cannot_hold_raises_instead_of_vanishing(store: Store) -> None:
    broken = action("a", created=None)
    with pytest.raises(sqlite3.IntegrityError), store.transaction():
        store.add_actions([broken])
    assert store.outbox() == []


def test_outbox_is_in_time_order_across_time_zones(store: Store) -> None:
    late_in_kolkata = action("late", created=datetime(2026, 3, 2, 12, 0, tzinfo=KOLKATA))
    early_in_new_york = action("early", created=datetime(2026, 3, 2, 1, 0, tzinfo=NEW_YORK))
    # 12:00 Kolkata is 06:30Z, 01:00 New York is 06:00Z: by text the order would be wrong.
    with store.transaction():
        store.add_actions([late_in_kolkata, early_in_new_york])
    assert [entry.action.step for entry in store.outbox()] == ["early", "late"]


def test_finish_action_statuses_and_failure_counting(store: Store) -> None:
    with store.transaction():
        store.add_actions([action("a"), action("b"), action("c")])
        store.finish_action("acme.r1.a", "failed", when(1), "IMAP: connection reset")
        store.finish_action("acme.r1.a", "failed", when(2), "IMAP: timeout")
        store.finish_action("acme.r1.b", "cancelled", when(2), "stopped by you")
    entries = {entry.action.step: entry for entry in store.outbox()}
    assert (entries["a"].status, entries["a"].attempts) == ("failed", 2)
    assert entries["a"].last_error == "IMAP: timeout"
    assert (entries["b"].status, entries["b"].attempts, entries["b"].last_error) == (
        "cancelled",
        0,
        None,
    )
    assert [entry.action.step for entry in store.outbox("pending")] == ["c"]
    assert [entry.action.step for entry in store.outbox("failed")] == ["a"]

    with store.transaction():
        store.finish_action("acme.r1.a", "done", when(3), "<acme.r1.a@followup>")
        store.finish_action("acme.r1.a", "done", when(4), "<acme.r1.a@followup>")  # repeat: fine
    [done] = store.outbox("done")
    assert (done.status, done.attempts, done.result, done.last_error) == (
        "done",
        2,
        "<acme.r1.a@followup>",
        "IMAP: timeout",
    )


def test_finish_action_refuses_what_makes_no_sense(store: Store) -> None:
    with store.transaction():
        store.add_actions([action("a")])
        store.finish_action("acme.r1.a", "done", T0)
    with pytest.raises(ValueError, match="unknown outbox status"), store.transaction():
        store.finish_action("acme.r1.a", "sent", T0)
    with pytest.raises(StoreError, match="no action"), store.transaction():
        store.finish_action("acme.r1.nope", "done", T0)
    with pytest.raises(StoreError, match="already done"), store.transaction():
        store.finish_action("acme.r1.a", "failed", T0, "would make it retry")
    with pytest.raises(ValueError, match="unknown outbox status"):
        store.outbox("sent")
    assert [entry.status for entry in store.outbox()] == ["done"]


# -- cursors, messages, events ----------------------------------------------------------------


def test_cursors_are_per_account_and_folder(store: Store) -> None:
    with store.transaction():
        store.set_cursor("me", "INBOX", Cursor(7, 10))
        store.set_cursor("me", "Sent", Cursor(8, 3))
        store.set_cursor("work", "INBOX", Cursor(9, 99))
    with store.transaction():
        store.set_cursor("me", "INBOX", Cursor(11, 1))  # UIDVALIDITY changed: start over
    assert store.cursor("me", "INBOX") == Cursor(11, 1)
    assert store.cursor("me", "Sent") == Cursor(8, 3)
    assert store.cursor("work", "INBOX") == Cursor(9, 99)
    assert store.cursor("work", "Sent") is None


def test_a_uidvalidity_rescan_forgets_no_message(store: Store) -> None:
    """UIDs are reused after a UIDVALIDITY change; the old messages must stay known."""
    with store.transaction():
        store.mark_seen("me", "INBOX", 5, "<old@x>", when(1), category="offer", uidvalidity=7)
        store.set_cursor("me", "INBOX", Cursor(7, 5))
    with store.transaction():
        store.set_cursor("me", "INBOX", Cursor(8, 0))
    with store.transaction():
        store.mark_seen("me", "INBOX", 5, "<new@x>", when(2), category="other")  # cursor's: 8
    assert store.seen_message_ids("me") == {"<old@x>", "<new@x>"}
    assert store.seen_message_ids("work") == set()
    rows = store._db.execute("SELECT uidvalidity, message_id FROM messages ORDER BY 1").fetchall()
    assert rows == [(7, "<old@x>"), (8, "<new@x>")]


def test_seeing_a_message_again_keeps_what_was_known(store: Store) -> None:
    with store.transaction():
        store.mark_seen("me", "INBOX", 1, "<a@x>", when(1), category="offer", application_id="acme")
        store.mark_seen("me", "INBOX", 2, "<b@x>", when(1), unreadable="bad MIME")
        store.mark_seen("me", "INBOX", 3, "<c@x>", when(1), unreadable="truncated")
    with store.transaction():
        store.mark_seen("me", "INBOX", 1, "<a@x>", when(2))  # no facts this time
        store.mark_seen("me", "INBOX", 2, "<b@x>", when(2), category="rejection")  # read now
        store.mark_seen("me", "INBOX", 3, "<c@x>", when(2))
    rows = store._db.execute(
        "SELECT uid, category, application_id, unreadable FROM messages ORDER BY uid"
    ).fetchall()
    assert rows == [
        (1, "offer", "acme", None),
        (2, "rejection", None, None),
        (3, None, None, "truncated"),
    ]
    assert store.unreadable_messages() == [("INBOX", "<c@x>", 3, "truncated")]


def test_events_keep_their_order_and_filter_by_application(store: Store) -> None:
    with store.transaction():
        store.log(when(5), "tick", "later clock first", application_id="acme")
        store.log(when(1), "offer", "offer received", application_id="globex", message_id="<o>")
        store.log(
            when(3, KOLKATA),
            "info_request",
            "asked for more",
            application_id="acme",
            state_before=State.WAITING,
            state_after=State.ACTION_NEEDED,
        )
    events = store.events()
    assert [event.reason for event in events] == [
        "later clock first",
        "offer received",
        "asked for more",
    ]
    assert [event.seq for event in events] == sorted(event.seq for event in events)
    acme = store.events("acme")
    assert [event.kind for event in acme] == ["tick", "info_request"]
    assert acme[1].at == when(3) and acme[1].at.utcoffset() == timedelta(hours=5, minutes=30)
    assert (acme[1].state_before, acme[1].state_after) == ("waiting", "action_needed")


def test_the_event_log_is_append_only(store: Store) -> None:
    with store.transaction():
        store.log(T0, "offer", "offer received")
    for statement in ("UPDATE events SET reason = 'rewritten'", "DELETE FROM events"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"), store.transaction() as db:
            db.execute(statement)
    assert [event.reason for event in store.events()] == ["offer received"]


def test_applications_list_most_recent_first_across_time_zones(store: Store) -> None:
    # 10:00 in Berlin (09:00Z) is earlier than 09:30 in London's winter (09:30Z).
    berlin = replace(
        new_application("berlin", T0), last_event_at=datetime(2026, 3, 2, 10, 0, tzinfo=BERLIN)
    )
    utc = replace(new_application("utc", T0), last_event_at=datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
    with store.transaction():
        store.save_application(berlin, None)
        store.save_application(utc, None)
    assert [app.id for app in store.applications()] == ["utc", "berlin"]


def test_integrity_reports_ok(store: Store) -> None:
    assert store.integrity() == "ok"


def test_due_applications_finds_only_timers_due_by_then(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "due.sqlite3")
    early, late, idle = (replace(full_application(), id=name) for name in ("early", "late", "idle"))
    noon = datetime(2026, 3, 3, 12, tzinfo=UTC)
    with store.transaction():
        store.save_application(late, noon + timedelta(hours=1))
        store.save_application(early, (noon - timedelta(hours=1)).astimezone(BERLIN))
        store.save_application(idle, None)
    assert [a.id for a in store.due_applications(noon)] == ["early"]
    assert [a.id for a in store.due_applications(noon + timedelta(hours=2))] == ["early", "late"]


def test_seen_among_answers_is_seen_for_a_whole_batch(tmp_path: Path) -> None:
    with Store.open(tmp_path / "state.sqlite3") as store:
        at = datetime(2026, 3, 2, 10, tzinfo=UTC)
        with store.transaction():
            store.mark_seen("personal", "INBOX", 1, "a@x.org", at)
            store.mark_seen("personal", "Sent", 2, "b@x.org", at)
            store.mark_seen("personal", "INBOX", 3, "b@x.org", at)
            store.mark_seen("work", "INBOX", 1, "c@x.org", at)
        ids = ["a@x.org", "b@x.org", "c@x.org", 'q"uote\\d@x.org', "ümlaut@x.org"] * 300
        assert store.seen_among("personal", ids) == {"a@x.org", "b@x.org"}
        assert store.seen_among("personal", []) == set()
        for message_id in set(ids):
            assert (message_id in store.seen_among("work", ids)) == store.is_seen(
                "work", message_id
            )
